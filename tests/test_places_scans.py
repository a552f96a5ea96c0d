"""The places component's shortcuts give what the patterns they stand in for would: each test reads its own sentences
both ways."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from basewatch.extract import places as P
from basewatch.extract.places import Places

P_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

SENTENCES = (
    "They met at Rukla, in central Lithuania, on Monday, and at Pabrade, on Tuesday.",
    "Shelling hit the Juffair district and the Sitra village, residents said.",
    "Divers surveyed the reef at Uthuru Thila Falhu, a lagoon north of the capital.",
    "The army base at Mansila was hit; a depot near Coulport was not.",
    "Ships docked in Doraleh, a few kilometres west of Djibouti City, and at Obock, 40 km north of it.",
    "Drones struck near Qamishli, on Dover Street, and in Al-Qaim, in northern Iraq.",
    "The island of La Orchila and the villages of Ceiba and Noma lie off the coast.",
    "Troops at Fort Bragg and the U.S. Army garrison at Vilseck trained in the Hohenfels area.",
    "St. Louis, Mo., and Gatineau, Que., sent crews to the town of Berenice.",
)


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_the_token_pattern_s_matches(text: str) -> None:
    for run in P._RUN.finditer(text):
        words = run.group()
        assert P._tokens(words) == tuple((m.start(), m.end(), m.group()) for m in P._TOKEN.finditer(words))


@pytest.mark.parametrize("text", SENTENCES)
def test_tested_leads_keep_every_match_of_the_unlisted_pattern(text: str) -> None:
    for lead in re.finditer(r"(?<![a-z])(?:the|at|in|near|off) ", text):
        start = lead.start()
        if P._cues("en").unlisted.match(text, start) is None:
            continue
        opening = P._opening(text, start)
        assert opening != P._OTHER_LEAD
        if opening == P._THE_LEAD:
            assert P._may_be_district(text, start + 4)
        else:
            sited = opening == P._SITED_LEAD
            cues = P._cues("en")
            assert P._may_be_located(text, start, sited, cues) or P._last_unit(text, cues.distance_units) > start


@pytest.mark.parametrize("countries", [[], ["SY"], ["SY", "IQ", "SY"], ["SY", "IQ"], ["IQ", "SY", "SY", "IQ", "TR"],
                                       ["TR", "SY", "IQ", "IQ", "IQ"]])
def test_most_named_is_the_sole_most_common(countries: list[str]) -> None:
    ranked = Counter(countries).most_common(2)
    sole = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
    assert P._most_named(dict(Counter(countries))) == sole


@pytest.mark.parametrize(
    "run",
    ["Albu Kamal and al-Mayadin", "Deir ez-Zor", "Ras al Ain", "Tal Abyad", "Khan ash-Shih", "Bal-Harbour", "Xal-Y",
     "al-Bab", "Dar es Salaam", "Jisr adh Dhahab", "Wadi al-Dawasir"],
)
def test_an_article_before_a_token_is_the_pattern_s(run: str) -> None:
    pattern = re.compile(rf"(?:^|[ -])({P._ARTICLE})$")
    for end in range(len(run) + 1):
        found = pattern.search(run, 0, end)
        assert P._article_before(run, end) == (found.start(1) if found else -1), end


PHRASE_SENTENCES = (
    "Shells fell across the Donetsk region and, later, the eastern Euphrates region.",
    "Talks in Côte d'Ivoire and in Cote d\u2019Ivoire, then the Baltic states' summit.",
    "In the Anti-Lebanon range (and the Asia-Pacific region) nothing moved; the Donetsk  Region too.",
    "A file named x_Donetsk region_1 and the Dnipropetrovsk region.",
    "Envoys of the Gulf states, of the Baltic states and of Côte d'Ivoire met in the Gulf, not in the Baltic.",
)


@pytest.mark.parametrize("text", PHRASE_SENTENCES)
def test_phrase_spans_from_the_shared_scan_hold_those_of_the_spaced_view(places: Places, text: str) -> None:
    from basewatch.extract.spacing import spaced

    view = spaced(text.lower())
    own = [(after - length - 1, length) for after, length in places._phrase_words.iter(view)]
    shared = places._phrase_spans(text, view)
    assert own
    if "_" in text:
        assert shared == own
    else:
        # Every place the spaced view shows, in its order; any more are turned away by the comparison with the forms.
        assert [s for s in shared if s in own] == own
    assert places._phrase_hits(text, view) == places._phrase_hits(text, None)


@pytest.mark.parametrize("text", [
    *SENTENCES,
    "The Sea Breeze exercise and the Baltops manoeuvres, the Zapad 2021 drills, ran on.",
    "Crews of Cope Thunder, this year's largest air exercise, flew from Clark.",
    "Ships of Malabar exercises sailed.",
    "Exercise Pitch Black",
])
def test_an_exercise_after_a_run_is_the_pattern_s(places: Places, text: str) -> None:
    lex = places.lexicon
    for end in range(len(text) + 1):
        by_pattern = lex.exercise_after.match(text, end, end + 60) is not None
        assert places._named(text, end, []) == by_pattern, (text, end)


@pytest.mark.parametrize("run", ["al-Assad", "ash Shaddadi", "Al Udeid", "el-Arish", "ul Haq", "an-Nasiriyah", "a",
                                 "Aden", "up-North", "Eastern"])
def test_an_article_leads_a_run_only_from_its_initials(run: str) -> None:
    assert (P._LEAD.match(run) is not None) <= (run[:1] in P._ARTICLE_INITIALS)


@pytest.mark.parametrize("text", [*SENTENCES, "Gen. J.R. Allen met St. Mary's staff at Ft. Hood and Mt. Kenya-Addis",
                                  "Near Rio de Janeiro the al-Asad and Ar Raqqa ST. PETERSBURG Ma'arat al-Nu'man"])
def test_a_run_reads_its_later_words_as_the_word_pattern_does(text: str) -> None:
    opened = f"(?:{'|'.join(P._OPENED)})"
    head = P._RUN.pattern[:P._RUN.pattern.index(opened) + len(opened)]
    plain = re.compile(head + rf"(?:(?:[ -](?:{P._LINKS}))*[ -]{P._WORD})*")
    assert [m.regs for m in P._RUN.finditer(text)] == [m.regs for m in plain.finditer(text)]


def test_every_particle_the_landform_end_reads_inside_a_name_links_a_run() -> None:
    # 'Valle dei Orsi' is one name to both: the landform pattern goes on after 'Valle', and so does the run
    for particle in P._NAME_PARTICLES:
        assert P._RUN.match(f"Valle {particle} Orsi").group() == f"Valle {particle} Orsi", particle


LANDFORM_TEXTS = (
    "Patrols left Mount Oravi Kessel at dawn and crossed the Upper Tarrow Vell Strait by noon.",
    "A radar on Cape Dunmore, a jetty in the Gulf of Serrat and a camp on the Little Korran islands.",
    "\u201cThe Eastern Hobb Hills,\u201d he said; the Nessa-Vor Peninsula and Ras Qalbit lie north (Punta Lares).",
    "Raids on the Kel island, the Kel Islands and an island near Point Harrow; Lake Umbra froze.",
    "Mt Verran's slopes and the Dova Archipelago's reefs, then Tanjung Pirau and the Sava Mountains.",
)


@pytest.mark.parametrize("text", LANDFORM_TEXTS + tuple(p.read_text() for p in sorted(P_EXAMPLES.glob("*.txt"))))
def test_landform_matches_are_the_landform_pattern_s_matches(text: str) -> None:
    cues = P._cues("en")
    assert [m.span() for m in P._landform_matches(text, cues)] == [m.span() for m in cues.landform.finditer(text)]

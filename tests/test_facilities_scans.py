"""Shortcuts that spare the facility layer whole-text scans must find what the scans found."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Any

import pytest

from basewatch.data import table
from basewatch.extract import catalog, coref, facilities, facility_attrs
from basewatch.extract.bisection import bisect_left_int, bisect_right_int
from basewatch.extract.lexicon import facility_words
from basewatch.extract.normalize import make_doc
from basewatch.extract.spacing import is_word_char, may_end
from spans import check_spans


@pytest.mark.parametrize(
    "text",
    [
        "The coast guard keeps its two patrol boats there, and the navy kept a tug there too.",
        "Upkeeps there were costly. The army houses some 300 troops there - and parks trucks there.",
        "It stations\nfour new jets there; the air force bases them there, not elsewhere.",
        "Nobody keeps anything there. Therefore, there, thereby.",
        "The fleet keeps boats at Tartus; there is no other port. It keeps one frigate-sized ship\tthere",
        "",
    ],
)
def test_object_there_finds_what_a_whole_text_scan_finds(text: str) -> None:
    cues = coref._cues("en")
    scanned = [m.span(1) for m in cues.object_there.finditer(text)]
    assert coref._object_there(cues, text) == scanned


def test_a_private_operator_still_clears_a_ports_state_operator(pipeline: Any) -> None:
    text = "Cargo ships call at Kyaukphyu port every week. The port is run by a private operator under a long lease."
    result = pipeline.extract(text, published="2024-05-01")
    check_spans(text, result)
    assert [(f["name"], f["operator"]) for f in result["facilities"]] == [("Kyaukphyu port", None)]


def test_a_state_runs_a_catalogued_port_no_company_is_said_to_run(pipeline: Any) -> None:
    text = "Cargo ships call at Kyaukphyu port every week. The port is run under a long lease."
    result = pipeline.extract(text, published="2024-05-01")
    assert [(f["name"], f["operator"]) for f in result["facilities"]] == [("Kyaukphyu port", "MM")]


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("France handed the Faya base over to Chadian forces last year.", "TD"),
        ("Troops left the Faya base, a French army facility in the north, on Monday.", "FR"),
        ("Troops left the Faya base, which France operates, on Monday.", "FR"),
        ("Troops left the Faya base on Monday; France said nothing.", None),
    ],
)
def test_who_runs_a_facility_is_read_around_each_state(pipeline: Any, text: str, operator: str | None) -> None:
    result = pipeline.extract(text, published="2024-05-01")
    check_spans(text, result)
    assert [f["operator"] for f in result["facilities"]] == [operator]


@pytest.mark.parametrize(
    "text",
    [
        'near the (al-Tanf) garrison, said "Camp X"; the  US\u00a0Barque Canada Reef: base',
        "pro-Russian forces at Hmeimim air base",
        "",
        " , ;",
    ],
)
def test_tokens_read_back_are_the_windows_tokens(text: str) -> None:
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            tokens = [m.span() for m in facilities._TOKEN.finditer(text, lo, hi)]
            for pos in range(hi + 1):
                ending = [t for t in tokens if t[1] <= pos]
                assert facilities._token_by(text, lo, hi, pos) == (ending[-1] if ending else None)


@pytest.mark.parametrize(
    "name",
    ["Al-Udeid Air Base", "the  al_x AL", "Ash-Shaddadi base", "AT-Tanf", "x__y", "an-Nasiriyah_", "The The",
     "1st al 2nd", "as'ad", "Gioia del Colle", "Aſ Samawah", "Şanlıurfa GAP airport", ""],
)
def test_name_keys_drop_the_particles_the_pattern_drops(name: str) -> None:
    by_pattern = catalog._NON_WORD.sub("", catalog._PARTICLES.sub("", name.lower()))
    assert catalog.name_key(name) == by_pattern


@pytest.mark.parametrize(
    "text",
    [
        "Troops moved near Chernyakhovsk, where the 152nd Missile Brigade is based, on Friday.",
        "Troops moved near Chernyakhovsk (Kaliningrad), where the 152nd Missile Brigade is based, on Friday.",
    ],
)
def test_a_town_where_a_unit_is_based_is_its_garrison_with_or_without_an_aside(pipeline: Any, text: str) -> None:
    result = pipeline.extract(text, published="2024-05-01")
    check_spans(text, result)
    assert [(f["name"], f["rule"]) for f in result["facilities"]] == [
        ("Chernyakhovsk garrison", "facilities:unit-town")]


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("The United States operates the Faya air base, officials said.", "US"),
        ("Germany's army runs a  logistics hub at Faya base.", "DE"),
        ("France still\toperates  its\nFaya base.", "FR"),
        ("France operates. The Faya base opened.", None),
    ],
)
def test_a_state_running_the_facility_named_after_its_verb(pipeline: Any, text: str, operator: str | None) -> None:
    result = pipeline.extract(text, published="2024-05-01")
    check_spans(text, result)
    assert [f["operator"] for f in result["facilities"]] == [operator]


@pytest.mark.parametrize(
    "gap",
    ["; ", " but ", " butter ", "... ", "\u2026", " whereas the ", " meanwhile ", ", near the ", "", " awhile "],
)
def test_a_clause_break_is_found_with_or_without_the_substring_test(gap: str) -> None:
    text = f"Jets flew to the base{gap}in May."
    scanned = next(facility_attrs._clause_breaks(text, 3, len(text) - 3), None) is not None
    assert facility_attrs._clause_break(text, 3, len(text) - 3) == scanned


@pytest.mark.parametrize(
    ("text", "operator"),
    [
        ("Russia's Hmeimim air base grew.", "RU"),
        ("The Fijian navy's Faya base grew.", "FJ"),
        ("The US-run Faya base grew.", "US"),
        ("Russia said on Monday that Faya base grew.", None),
    ],
)
def test_the_state_right_before_a_name_runs_it(pipeline: Any, text: str, operator: str | None) -> None:
    result = pipeline.extract(text, published="2024-05-01")
    assert [f["operator"] for f in result["facilities"]] == [operator]


@pytest.mark.parametrize(
    "text",
    [
        "the air base in Latakia",
        "the air base, near the coast",
        "the air base\u00a0at Hama",
        "the base 40 km north-east of the city",
        "the base northwest of the town",
        "a base some 12 miles (19 km) south of the capital",
        "a base for the Royal Saudi Naval Forces near the port",
        "a naval base is being built at the bay",
        "a base right next to the airport",
        "the base inland from the coast",
        "the base, which opened in May",
        "the base.",
        "the base",
    ],
)
def test_a_locative_opens_where_the_shortcut_says_it_may(text: str) -> None:
    at = text.index("base") + 4
    bearings = facilities._bearings("en")
    for end in range(at, len(text) + 1):
        if bearings.locative.match(text, at, end) is not None:
            assert facilities._may_open_locative(bearings, text, at, end)


@pytest.mark.parametrize(
    "text",
    [
        "Troops of the army were sent to the new air base",
        "Marines guard the old X-at base",
        "soldiers who had been   stationed   at    a  port",
        "Its forces occupied\tthe site near",
        "The crew used their two small ",
        "forces inside the wire ",
        "the troops man \nthe post ",
        "Units in Kars and Ardahan ",
        "troops ın the base ",
        "flat cat hat ",
        "",
    ],
)
def test_a_force_at_verb_is_found_where_the_pattern_finds_one(text: str) -> None:
    cues = facility_attrs._cues("en")
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            expected = cues.force_at.search(text, lo, hi) is not None
            assert facility_attrs._force_at(cues, text, lo, hi) == expected, (lo, hi)


@pytest.mark.parametrize(
    "text",
    [
        "They are based at the field.",
        "The new jets were moved to the base.",
        "The  fighters have been deployed there.",
        "These drones remain stationed there.",
        "The base was built in 1950.",
        "All were kept there.",
        "Both newer jets are based there.",
    ],
)
def test_a_kit_sentence_opens_with_a_word_the_shortcut_accepts(text: str) -> None:
    cues = facility_attrs._cues("en")
    if cues.kit_pronoun.match(text, 0) is not None:
        assert facility_attrs._kit_word_next(cues.kit_next_words, text, 0)


@pytest.mark.parametrize(
    "text",
    [
        "They said that the new base, this one, was closed at the time",
        "It is the main base of the fleet",
        "they bathe at the other beach in this heat",
        "That\tsmall\nnaval base",
        "x-the old base and 'this base",
        "thıs base",
        "",
    ],
)
def test_a_determiner_is_found_where_the_pattern_finds_one(text: str) -> None:
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            runs = text[lo:hi].rsplit(None, 4)
            start = lo + len(runs[0]) if len(runs) == 5 else lo
            expected = coref._DET_BEFORE.search(text, start, hi)
            found = coref._determiner(text, lo, hi)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@pytest.mark.parametrize(
    "gap",
    [" in ", ", near the ", " at", "on ", " close to ", " closeto ", " station point ", "_at ", " 9on ", " ın ",
     " Near ", "", " in-", "-at,", " don inn "],
)
def test_a_locative_word_is_found_as_a_whole_word_pattern_finds_it(gap: str) -> None:
    pattern = re.compile(r"\b(?:in|near|outside|at|on|close to)\b")
    assert facility_attrs._has_locative(gap) == (pattern.search(gap) is not None)


@pytest.mark.parametrize(
    "text",
    ["the western runway", "its SECOND and main strips", "a secondary strip", "the old one, mainly", "ſecond runway",
     "fırst runway", "the runway", "The two share a runway", "which Shares it", "ſhared strip", "sharp turn"],
)
def test_side_and_sharing_words_are_found_where_the_patterns_find_them(text: str) -> None:
    cues = facility_attrs._cues("en")
    if cues.sides.search(text):
        assert facility_attrs._may_name_side(cues.side_words, text)
    assert facility_attrs._gated_search(cues.shared, cues.share_words, text, 0, len(text)) == bool(
        cues.shared.search(text))


@pytest.mark.parametrize(
    "text",
    ["X, which the Royal ", "the base is run by the ", "were garrisoned in practice by ", "used jointly by ",
     "a base that ", "thatch run by ", "X is\u00a0operated by Royal ", "_run by the ", "Which the "],
)
def test_a_run_by_cue_is_found_where_the_pattern_finds_it(text: str) -> None:
    cues = facility_attrs._cues("en")
    for lo in range(len(text) + 1):
        expected = cues.run_by.search(text, lo, len(text))
        found = facility_attrs._run_by_cue(cues, text, lo, len(text))
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_a_possessor_written_alone_is_no_part_of_a_name() -> None:
    only_possessive = facilities._only_possessive
    assert only_possessive("Kellan's Reach lies north; Kellanson said so.", "Kellan")
    assert only_possessive("At Kellan's Reach, the_Kellan note and Kellans", "Kellan")
    assert not only_possessive("Kellan's Reach lies north. Kellan said so.", "Kellan")
    assert not only_possessive("Kellan's Reach, then (Kellan) again", "Kellan")


@pytest.mark.parametrize(
    "alias",
    ["Camp Lemonnier", "the Kerrow naval air base", "Pell Harbour Air Base", "Dunmore-base", "Brill (base)",
     "Air Base", "base", "Lisk \u00c9cole base", "Orrin bases", "Arden base camp", ""],
)
def test_a_name_loses_its_head_as_a_whole_text_search_reads_it(alias: str) -> None:
    heads = facility_words("en").heads
    ending = [hit for hit in heads.finditer(alias) if hit.stop == len(alias) and hit.begin]
    whole = alias[:ending[-1].begin].rstrip() if ending else ""
    assert coref._without_head(alias, heads) == whole


@pytest.mark.parametrize(
    "text",
    ["A field hospital and the field-exercise area near Orrin airfield; the port call at the Port Visit.",
     "Troops left the FIELD HOSPITAL at the air base; a field kitchen, the port_calls, Field   Marshal.", ""],
)
def test_a_compound_is_found_with_or_without_the_openers_test(text: str) -> None:
    for head in facility_words("en").heads.finditer(text):
        following = coref._WORD_AFTER.match(text, head.stop)
        read = following is not None and (
            f"{head.text.lower()} {following.group(1).lower()}" in coref._compounds("en"))
        assert coref.compound_modifier(text, head, "en") == read



@pytest.mark.parametrize("name", ["Hmeimim", "Khmeimin", "Shaddadi", "Shadadi air", "Kaliningradd", "Cam Ranh Bayy",
                                  "Mihail Kogalniceanu Base", "Niamey", "Portofspain", "Zvartnotts", "Ream Naval"])
def test_the_fuzzy_search_sees_every_key_that_comes_close(name: str) -> None:
    found = catalog.catalog()
    key = catalog.name_key(name)
    close = [k for k in found._near(len(key)) if catalog.fuzz.ratio(key, k) >= catalog._CUTOFF]
    gated = found._sharing_a_piece(key)
    assert [k for k in gated if k in close] == close


@pytest.mark.parametrize("text", [" Forces", " Force", "Rapid Support Forces", " Army\n", " Navy\n\n", "US Navy ",
                                  " Guards", "Corps", " Gendarmerie", "the Coast Guard", " Air Force\n", "", "\n"])
def test_a_force_name_end_is_what_the_pattern_read(text: str) -> None:
    pattern = re.compile(r" (?:Forces?|Army|Navy|Guard|Corps|Gendarmerie)$")
    ends = facilities.facility_words("en").force_ends
    assert facilities._force_name_end(text, ends) == (pattern.search(text) is not None)


@pytest.mark.parametrize("text", [" (FOB) at X", "(FOB)", " FOB", "  (FOB)", " (", ""])
def test_a_short_form_opens_where_the_pattern_may_match(text: str) -> None:
    for end in range(len(text) + 1):
        if facilities._SHORT_FORM.match(text, 0, end):
            assert facilities._opens_short_form(text, 0, end)


@pytest.mark.parametrize("text", ["Jets moved to X, after Iran fired at Y, and then left", "X hosts jets and Y drones",
                                  "X, once home to Su-24s, and Y", "jets flew , and  left; once home"])
def test_the_clause_patterns_find_nothing_without_a_comma(text: str) -> None:
    for lo in range(len(text)):
        for hi in range(lo, len(text) + 1):
            if text.find(",", lo, hi) < 0:
                assert facility_attrs._SUBORDINATE.search(text, lo, hi) is None
                assert facility_attrs._AND_CLAUSE.search(text, lo, hi) is None



def _fronted_name_by_patterns(doc: Any, sent_start: int, head_start: int) -> Any:
    norm = doc.norm
    first = facilities._FRONTED_AT_FIRST.match(norm, sent_start, head_start)
    for opening in (first, facilities._FRONTED_AT.match(norm, sent_start, head_start)):
        name_span = facilities._name_after(norm, opening.end(), head_start) if opening else None
        if (name_span is not None and norm.startswith(", ", name_span[1])
                and head_start - name_span[1] <= facilities._FRONTED_REACH and (opening is not first or (
                    (place := facilities._place_at(doc, name_span)) is not None
                    and place.kind in facilities._TOWN_PLACE_KINDS))):
            return name_span
    return None


@pytest.mark.parametrize("text", ["At Tindouf, the air base grew.", "Further south, in Garoua, a base opened.",
                                  "At Tindouf the air base grew.", "In Kenya, in Nairobi, the base opened.",
                                  "In fact, at Manda Bay the camp is new.", "Near Obock the port, at Doraleh, grew."])
def test_a_fronted_name_is_what_the_patterns_read(pipeline: Any, text: str) -> None:
    doc = make_doc(text)
    for name, component in pipeline.components:
        doc = component(doc)
        if name == "places":
            break
    for head in re.finditer(r"\b\w", text):
        assert facilities._fronted_name(doc, 0, head.start()) == _fronted_name_by_patterns(doc, 0, head.start())


@pytest.mark.parametrize("text", ["Bases at Tartus, Hmeimim and Latakia, and a depot near Homs, were hit.",
                                  "X and Y", ", and ", "A,B"])
def test_a_list_join_is_the_gap_sliced_and_looked_up(text: str) -> None:
    for start in range(len(text) + 2):
        for end in range(len(text) + 2):
            assert facilities._list_join(text, start, end) == (text[start:end] in facilities._LIST_JOINS)


@pytest.mark.parametrize(
    "text",
    [
        "Tanks were flown in to the island of Sark ",
        "Crews moved out of the old port of Vigo ",
        "jets landed next to Gander ",
        "The ships sailed from Brest and on to Toulon ",
        "AT THE Port Of Aden ",
        "went into\nthe town ",
        "data_to Rome ",
        "troops ın Kars ",
        "",
    ],
)
def test_a_tie_before_a_mention_is_found_where_the_pattern_finds_one(text: str) -> None:
    tie = facility_attrs._cues("en").passive_tie
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert facility_attrs._tied_before(tie, text, lo, hi) == (tie.search(text, lo, hi) is not None), (lo, hi)


@pytest.mark.parametrize(
    "gap",
    [" and ", ", ", " fighters, and the ", " tanks or some ", " jets as well as two ", " armoured, and ",
     " jets. Then ", " and 12 ", " and\u2009", " jets, France ", " vehicles-and ", ""],
)
def test_a_kit_list_gap_is_read_where_the_pattern_can_read_it(gap: str) -> None:
    text = f"X{gap}Y"
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            expected = facility_attrs._KIT_LIST.fullmatch(text, lo, hi) is not None
            assert bool(facility_attrs._kit_gap(text, lo, hi) and expected) == expected, (lo, hi)


@pytest.mark.parametrize(
    "text",
    ["The jets were flown to the base", "the battalion redeployed INTO  ", "they were sent to\n", "moved toward ",
     "the jets were flown tO ", "Troops were sent ınto ", "sent onto ", ""],
)
def test_a_move_before_an_anaphor_is_searched_where_the_pattern_can_end(text: str) -> None:
    moved_to = coref._cues("en").moved_to
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            if moved_to.search(text, lo, hi) is not None:
                assert may_end(text, lo, hi, coref._MOVED_PREPS), (lo, hi)


@pytest.mark.parametrize("values", [[], [3], [1, 1, 2, 5, 5, 5, 9], list(range(0, 40, 3)), [-4, 0, 0, 7]])
def test_native_bisection_answers_as_the_bisect_module(values: list[int]) -> None:
    for x in range(-6, 45):
        assert bisect_left_int(values, x) == bisect_left(values, x)
        assert bisect_right_int(values, x) == bisect_right(values, x)


def test_subdivision_pattern_finds_what_the_plain_alternation_finds() -> None:
    """`_subdivision_pattern` opens with the names' first characters and looks behind the one it took: the same
    matches as the names tried, longest first, behind a look-behind at every character."""
    text = ("Troops left Kent and West Sussex-based units; Kentish farms, a Devon-born pilot and Dorset Police "
            "met in Bristol, then in City of Bristol, Sulu and Tawi-Tawi, not Sulu Sea nor xSulu, -Kent or Kentucky.")
    for country, division in {(row["country"], row["division"]) for row in table("subdivisions.tsv")}:
        pattern = facility_attrs._subdivision_pattern(country, division)
        assert pattern is not None
        names = [name for row in table("subdivisions.tsv") if (row["country"], row["division"]) == (country, division)
                 for name in facility_attrs._subdivision_names(row)]
        plain = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
                           + r")(?![\w-])(?! [A-Z])")
        every = " ".join(f"{name}, x{name} {name}s -{name} ({name}) {name} Bay" for name in names)
        for sample in (text, every):
            assert [m.span() for m in pattern.finditer(sample)] == [m.span() for m in plain.finditer(sample)]


@pytest.mark.parametrize(
    "text",
    [
        "The airport at Sokol, which the navy also runs, and the port the army operates. Runs ran on; it runs",
        "It runs_x here, reruns there, the run-up and the runway; the navy controls it\nand mans the post (runs)",
        "Der Hafen, which the navy runs near Çanakkale, and the army operates İstanbul's field too.",
        "operates at the start, and runs\tthere; the navy garrisons  runs",
        "",
    ],
)
def test_running_words_are_found_where_a_search_per_word_finds_them(text: str) -> None:
    cues = facility_attrs._cues("en")
    # As the rule read them: each word written after a space, where no word character goes on from it.
    doc = make_doc(text)
    searched = []
    for k, word in enumerate(cues.running_words):
        searched.extend((k, m.start()) for m in re.finditer(re.escape(f" {word}") + r"(?!\w)", doc.norm))
    assert [(k, pos) for k, pos in facility_attrs._running_words_at(doc, cues)
            if not is_word_char(doc.norm[pos + len(cues.running_words[k]) + 1:][:1])] == searched


@pytest.mark.parametrize(
    "text",
    [
        "The port is run by a private operator, and the airfield is managed by the commercial firm next door.",
        "It was overrun by a private company; rerun by a private firm, then run by an\ncommercial consortium.",
        "Operated by a private operator (operated by the private firm) and _run by a private company, run by a run",
        "managed by a private operator",
        "The base is run by the army.",
    ],
)
def test_a_private_operator_cue_is_found_where_the_pattern_search_finds_it(text: str) -> None:
    cues = facility_attrs._cues("en")
    searched = []
    cue = cues.private_run.search(text)
    while cue is not None:  # the search the shortcut stands for: a word character before a match skips it
        if cue.start() and is_word_char(text[cue.start() - 1]):
            cue = cues.private_run.search(text, cue.start() + 1)
        else:
            searched.append(cue.span())
            cue = cues.private_run.search(text, cue.end())
    assert [c.span() for c in facility_attrs._private_cues(cues, text)] == searched
    assert searched or "army" in text


@pytest.mark.parametrize("module", [facilities, facility_attrs, coref])
def test_a_languages_cues_are_the_same_whichever_string_names_it(module: Any) -> None:
    first = module._cues("en")
    assert module._cues("".join(["e", "n"])) is first  # an equal string, not the same object
    assert module._cues("en") is first

"""Places: toponyms, transliterations, ambiguity and people who are not places."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from basewatch.data import table
from basewatch.extract import places
from basewatch.extract.compass import compass
from basewatch.extract.gazetteer import airfields, fold_name, name_key
from basewatch.extract.lexicon import word_lists_for
from basewatch.extract.normalize import make_doc
from basewatch.extract.places import Places
from basewatch.extract.spacing import spaced
from basewatch.model import PlaceMention


def run(places: Places, text: str) -> list[tuple[str, PlaceMention]]:
    doc = places(make_doc(text))
    return [(doc.surface(p.span), p) for p in doc.places]


def find(found: list[tuple[str, PlaceMention]], surface: str) -> PlaceMention:
    hits = [p for s, p in found if s == surface]
    assert hits, f"{surface!r} not found among {[s for s, _ in found]}"
    return hits[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Deir al Zour", "Deir ez-Zor"), ("Dayr az Zawr", "Deir ez-Zor"), ("Deir el-Zor", "Deir ez-Zor"),
        ("al Hasakah", "Al-Hasakah"), ("Hasaka", "Al-Hasakah"), ("Hasakah", "al-Hasaka"),
        ("al Shaddadi", "Ash Shaddadah"), ("Shadadi", "Shaddadi"), ("Raqqa", "Ar-Raqqah"), ("Homs", "Hims"),
    ],
)
def test_fold_name_meets_transliterations(a: str, b: str) -> None:
    assert fold_name(a) == fold_name(b)


@pytest.mark.parametrize(("a", "b"), [("Homs", "Hama"), ("Raqqa", "Riga"), ("Idlib", "Irbid"), ("Aleppo", "Latakia")])
def test_fold_name_keeps_distinct_places_apart(a: str, b: str) -> None:
    assert fold_name(a) != fold_name(b)


def test_a_territorys_airfields_carry_its_own_code() -> None:
    # airportsdata files them under the sovereign with the territory as subdivision; a plain subdivision stays
    fields = {field.name: field.country for field in airfields()}
    assert fields["Luis Munoz Marin International Airport"] == "PR"
    assert fields["Henry E Rohlsen Airport"] == "VI"
    assert fields["Chatham Islands-Tuuta Airport"] == "NZ"
    assert fields["Chicago Midway International Airport"] == "US"


def test_name_key_folds_case_accents_and_punctuation() -> None:
    assert name_key("Ash Shaddādah") == name_key("ash-shaddadah") == "ash shaddadah"


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "kind"),
    [
        ("Syria and Iraq share a long border.", "Syria", "Syria", "SY", "country"),
        ("Talks between the United States and Russia stalled.", "United States", "United States", "US", "country"),
        ("Troops from the UK arrived on Monday.", "UK", "United Kingdom", "GB", "country"),
        ("Britain sent two frigates.", "Britain", "United Kingdom", "GB", "country"),
        ("The Russian Federation denied it.", "Russian Federation", "Russia", "RU", "country"),
        ("Chinese engineers dredged the reef.", "Chinese", "Chinese", "CN", "demonym"),
        ("An American drone flew over the area.", "American", "American", "US", "demonym"),
        ("Moscow and Washington traded accusations over Syria.", "Moscow", "Moscow", "RU", "city"),
        ("Moscow and Washington traded accusations over Syria.", "Washington", "Washington", "US", "city"),
        ("Warships patrol the Mediterranean.", "Mediterranean", "Mediterranean", None, "sea"),
        ("Tensions rose across the Middle East and North Africa.", "Middle East", "Middle East", None, "region"),
        ("Tensions rose across the Middle East and North Africa.", "North Africa", "North Africa", None, "region"),
        ("Freedom of navigation in the South China Sea is contested.", "South China Sea", "South China Sea", None,
         "sea"),
        ("Piracy returned to the Horn of Africa.", "Horn of Africa", "Horn of Africa", None, "region"),
        ("New bases appeared in the eastern Euphrates region of Syria.", "eastern Euphrates region",
         "eastern Euphrates region", "SY", "region"),
        ("Fighting continued in the Donbas.", "Donbas", "Donbas", "UA", "region"),
        ("Russia annexed Crimea in 2014.", "Crimea", "Crimea", "UA", "admin1"),
        ("Peshmerga units in the Kurdistan Region of Iraq were put on alert.", "Kurdistan Region of Iraq",
         "Kurdistan Region", "IQ", "region"),
        ("Ships crossed the Strait of Hormuz.", "Strait of Hormuz", "Strait of Hormuz", None, "strait"),
        ("The base in Djibouti hosts several navies.", "Djibouti", "Djibouti", "DJ", "country"),
        ("Россия и Сирия подписали соглашение.", "Сирия", "Syria", "SY", "country"),
        ("وصلت القوات إلى دمشق أمس.", "دمشق", "Damascus", "SY", "city"),
    ],
)
def test_places(places: Places, text: str, surface: str, name: str, country: str | None, kind: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country, place.kind) == (name, country, kind)
    assert place.rule.startswith("places:")


@pytest.mark.parametrize(
    ("text", "surface", "name", "admin1", "kind"),
    [
        ("The US built a new facility in Deir al Zour Governorate in Syria.", "Deir al Zour", "Deir ez-Zor",
         "Deir ez-Zor", "admin1"),
        ("Syrian forces shelled Dayr az Zawr.", "Dayr az Zawr", "Deir ez-Zor", "Deir ez-Zor", "city"),
        ("The airstrip lies in al Hasakah governorate, Syria.", "al Hasakah", "Al-Hasakah", "Al-Hasakah", "admin1"),
        ("A new runway was seen at the US base in al Shaddadi area in Syria.", "al Shaddadi", "Ash Shaddadah",
         "Al-Hasakah", "city"),
        ("Convoys drove from Hasakah to the Iraqi border.", "Hasakah", "Al Hasakah", "Al-Hasakah", "city"),
    ],
)
def test_transliterated_syrian_places(places: Places, text: str, surface: str, name: str, admin1: str,
                                      kind: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country, place.admin1, place.kind) == (name, "SY", admin1, kind)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Libya's rival governments met again. Militias clashed in Tripoli overnight.", "LY"),
        ("Lebanon's army deployed in the north. Clashes broke out in Tripoli overnight.", "LB"),
    ],
)
def test_ambiguous_name_follows_the_article(places: Places, text: str, country: str) -> None:
    assert find(run(places, text), "Tripoli").country == country


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("On the Russian side, Foreign Minister Sergey Lavrov stated that Russia has no such aim.", {"Sergey", "Lavrov",
                                                                                                   "Sergey Lavrov"}),
        ("Joseph Trevithick, a researcher specializing in security affairs, wrote on The Drive website.",
         {"Trevithick", "Joseph Trevithick", "Drive", "The Drive"}),
        ("Russian military expert Yuri Natkashev believes the move is symbolic.", {"Yuri", "Natkashev"}),
        ("As for the military expert, Oleg Shevidkov, he believes it will create challenges.", {"Shevidkov", "Oleg"}),
        ("The pro-Assad militias and Russian Wagner fighters attacked the plant.", {"Assad", "Wagner"}),
        ("President Vladimir Putin visited the base. Putin said it was ready.", {"Putin", "Vladimir"}),
        ("Nice weather helped the crews. Split decisions followed in March.", {"Nice", "Split", "March"}),
        # A political body's word names no town of that name without a trigger.
        ("Delegates flew in for a Commonwealth summit, and the Alliance said its jets would stay.",
         {"Commonwealth", "Alliance"}),
    ],
)
def test_people_and_common_words_are_not_places(places: Places, text: str, not_places: set[str]) -> None:
    found = {surface for surface, _ in run(places, text)}
    assert not found & not_places


@pytest.mark.parametrize(
    ("text", "outlet", "named"),
    [
        ("The Times of Israel said Israel moved jets to Beersheba.", "Times of Israel", {"Israel", "Beersheba"}),
        ("According to the South China Morning Post, the runway at Woody Island grew.", "South China Morning Post",
         {"Woody Island"}),
        ("The Saudi Press Agency said Saudi jets left Taif on Monday.", "Saudi Press Agency", {"Saudi", "Taif"}),
        ("Radio New Zealand reported that a frigate left Auckland.", "Radio New Zealand", {"Auckland"}),
    ],
)
def test_a_place_inside_an_outlets_name_is_no_place(places: Places, text: str, outlet: str, named: set[str]) -> None:
    found = run(places, text)
    assert {surface for surface, _ in found} == named
    start = text.index(outlet)
    assert all(p.span[0] >= start + len(outlet) or p.span[1] <= start for _, p in found)


def test_demonym_after_a_title_word_is_still_a_place(places: Places) -> None:
    found = run(places, "The daughter of a former Russian intelligence officer fell ill.")
    assert find(found, "Russian").country == "RU"


def test_first_name_that_starts_a_place_name(places: Places) -> None:
    assert find(run(places, "Fires spread toward Beverly Hills, California."), "Beverly Hills").country == "US"


def test_small_town_needs_evidence(places: Places) -> None:
    assert not run(places, "Wagner said nothing.")
    assert find(run(places, "Fighting near Tall Tamr, in Syria, resumed."), "Tall Tamr").country == "SY"


def test_one_mention_per_occurrence_with_spans_in_original_text(places: Places) -> None:
    text = "Syria\u00ad and \u201cSyria\u201d again: Syria."
    doc = places(make_doc(text))
    spans = [doc.orig_span(p.span) for p in doc.places]
    assert [text[s:e] for s, e in spans] == ["Syria", "Syria", "Syria"]
    assert all(p.name == "Syria" for p in doc.places)


def test_geocode_resolves_given_spans(places: Places) -> None:
    doc = make_doc("Strikes hit Aleppo and Idlib while talks went on in Geneva.")
    spans = [(doc.norm.index(w), doc.norm.index(w) + len(w)) for w in ("Aleppo", "Idlib", "Geneva")]
    resolved = places.geocode(doc.norm, spans)
    assert [(p.country if p else None) for p in resolved] == ["SY", "SY", "CH"]


def test_seed_article_places(places: Places, shared: object) -> None:
    from pathlib import Path

    seed = Path(str(shared)) / "seed" / "syria-bases.txt"
    found = run(places, seed.read_text(encoding="utf-8"))
    names = {(p.name, p.country) for _, p in found}
    expected = {("Syria", "SY"), ("Deir ez-Zor", "SY"), ("Al-Hasakah", "SY"), ("Ash Shaddadah", "SY"),
                ("Iraq", "IQ"), ("Moscow", "RU"), ("Washington", "US"), ("Mediterranean", None),
                ("Middle East", None), ("North Africa", None), ("eastern Euphrates region", "SY")}
    assert expected <= names
    surfaces = {s for s, _ in found}
    assert not surfaces & {"Lavrov", "Trevithick", "Natkashev", "Shevidkov", "Wagner", "Assad", "Drive", "The Drive"}


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("The PLA Navy pier lies west of Djibouti City, in Djibouti.", "Djibouti City", "Djibouti", "DJ"),
        ("Chinese ships docked at Ream Naval Base near Ream, in Cambodia.", "Ream", "Ream", "KH"),
        ("Russia rebuilt the airfield on Alexandra Land in the Franz Josef Land archipelago.", "Franz Josef Land",
         "Franz Josef Land", "RU"),
        ("China built a runway on Fiery Cross Reef.", "Fiery Cross Reef", "Fiery Cross Reef", None),
        ("China summoned the Philippine ambassador. Woody Island hosts missiles.", "Woody Island", "Woody Island",
         None),
        ("Turkish drones struck near Qamishli and Kobani in Syria.", "Kobani", "Ayn al Arab", "SY"),
        ("Ships left Sevastopol for Novorossiysk.", "Novorossiysk", "Novorossiysk", "RU"),
        ("Fighting raged around Bakhmut in Donetsk Oblast.", "Donetsk Oblast", "Donetsk Oblast", "UA"),
    ],
)
def test_reporting_on_bases(places: Places, text: str, surface: str, name: str, country: str | None) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Jets flew from Andersen Air Force Base on Guam.", {"Force", "Air", "Andersen"}),
        ("Strikes hit Ain al-Asad air base in Iraq.", {"Ain"}),
        ("The SOL and FSA units met the TNA delegation.", {"SOL", "FSA", "TNA"}),
        ("Al Udeid Air Base in Qatar hosts US tankers.", {"Al"}),
    ],
)
def test_installation_words_and_acronyms_are_not_towns(places: Places, text: str, not_places: set[str]) -> None:
    assert not {surface for surface, _ in run(places, text)} & not_places


_ALPHABET = "Al-Deir ez Zor,. Syria'sUKUSAmoscowМосква دمشق\u00ad\u201cNear in Tripoli\n"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(alphabet=st.sampled_from(list(_ALPHABET)), max_size=120))
def test_any_text_gives_spans_in_range(places: Places, text: str) -> None:
    doc = places(make_doc(text))
    for place in doc.places:
        start, end = doc.orig_span(place.span)
        assert 0 <= start < end <= len(text)
        assert doc.norm[place.span[0]:place.span[1]].strip() == doc.norm[place.span[0]:place.span[1]]


def test_big_city_beats_namesake_in_a_country_the_article_mentions(places: Places) -> None:
    text = "Washington and Georgia lawmakers met in Atlanta. Paris and Berlin sent frigates."
    assert find(run(places, text), "Berlin").country == "DE"


def test_first_name_of_an_official_is_not_a_town(places: Places) -> None:
    found = run(places, "Secretary of State Antony Blinken met Defense Secretary Lloyd Austin in Paris.")
    assert {s for s, _ in found} == {"Paris"}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Россия не уходит из Сирии.", "Сирии", "Syria"),
        ("Самолёты приземлились в Латакии и в Москве.", "Латакии", "Latakia"),
        ("Самолёты приземлились в Латакии и в Москве.", "Москве", "Moscow"),
        ("وقال الرئيس بشار الأسد إن القوات في دير الزور والحسكة.", "دير الزور", "Deir ez-Zor"),
        ("وقال الرئيس بشار الأسد إن القوات في دير الزور والحسكة.", "والحسكة", "Al Hasakah"),
    ],
)
def test_inflected_and_unvowelled_scripts(places: Places, text: str, surface: str, name: str) -> None:
    assert find(run(places, text), surface).name == name


def test_names_after_a_person_in_the_same_run_are_read(places: Places) -> None:
    found = run(places, "Chinese President Xi Jinping and Prime Minister Li Qiang visited Hainan and Sanya.")
    assert {s for s, _ in found} == {"Chinese", "Hainan", "Sanya"}


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        ("Storms hit Alabama and Georgia overnight.", "US", "admin1"),
        ("Russia and Georgia fought a war in 2008.", "GE", "country"),
        # A town of the country outweighs a capital city that lies in another state of the namesake's.
        ("Envoys from Washington flew to Kutaisi, and Georgia promised a new port.", "GE", "country"),
    ],
)
def test_georgia_follows_its_neighbours(places: Places, text: str, country: str, kind: str) -> None:
    place = find(run(places, text), "Georgia")
    assert (place.country, place.kind) == (country, kind)


def test_article_inside_a_list_of_names(places: Places) -> None:
    found = run(places, "Militias hold Albu Kamal and al-Mayadin, east of Deir ez-Zor in Syria.")
    assert find(found, "al-Mayadin").name == "Al Mayadin"


def test_small_town_qualified_by_its_division(places: Places) -> None:
    found = run(places, "Transport jets landed at Ramstein in Rhineland-Palatinate.")
    assert find(found, "Ramstein").admin1 == "Rhineland-Palatinate"


def test_dateline_capital_in_capitals(places: Places) -> None:
    found = run(places, "DOHA (Reuters) - Qatar hosts the largest US base in the region.")
    assert find(found, "DOHA").country == "QA"


def test_title_case_headline(places: Places) -> None:
    found = run(places, "Russia Is Fortifying Hmeimim Air Base As US Builds New Bases In Eastern Syria")
    assert [(s, p.country) for s, p in found] == [("Russia", "RU"), ("US", "US"), ("Syria", "SY")]


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("Mona Khalil, a researcher based in Tunis, disagreed.", {"Khalil"}),
        ("Aircraft flew from the Lal-lo airfield in the Philippines.", {"Lal"}),
    ],
)
def test_surnames_and_hyphenated_names_are_not_towns(places: Places, text: str, not_places: set[str]) -> None:
    assert not {surface for surface, _ in run(places, text)} & not_places


def test_equipment_names_are_not_places(places: Places) -> None:
    from basewatch.extract.equipment import Equipment

    doc = make_doc("Moscow deployed Iskander-M missiles to Kaliningrad.")
    doc = places(Equipment()(doc))
    assert {doc.surface(p.span) for p in doc.places} == {"Moscow", "Kaliningrad"}


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Pituffik lies 1,200 km north of the Arctic Circle.", "Arctic Circle", "Arctic Circle"),
        ("The Gulf States met in Riyadh.", "Gulf States", "Gulf states"),
        ("Drones hit a depot at Qamishli in Syria.", "Qamishli", "Al Qamishli"),
    ],
)
def test_longer_names_win_and_articles_stay_outside(places: Places, text: str, surface: str, name: str) -> None:
    assert find(run(places, text), surface).name == name


def test_person_named_like_a_city(places: Places) -> None:
    found = run(places, "Mohammed bin Zayed welcomed the jets at Al Dhafra in the United Arab Emirates.")
    assert "Mohammed bin Zayed" not in {s for s, _ in found}


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("F-35s flew from Misawa Air Base in Japan.", "Misawa Air Base", "Misawa Air Base", "JP"),
        ("US tankers refuel at Al Udeid Air Base in Qatar.", "Al Udeid Air Base", "Al Udeid Air Base", "QA"),
        ("US tankers refuel at Al Udeid air base.", "Al Udeid air base", "Al Udeid Air Base", "QA"),
        ("Navy P-8s use Isa Air Base.", "Isa Air Base", "Sheik Isa Air Base", "BH"),
        ("Missiles struck Shayrat airbase in 2017.", "Shayrat airbase", "Shayrat Air Base", "SY"),
    ],
)
def test_military_airfields_are_known_but_left_to_facilities(places: Places, text: str, surface: str, name: str,
                                                             country: str) -> None:
    cand = next(c for c in places.match(text) if c.surface == surface)
    field = next(p for p, _ in cand.entries.items if p.kind == "airfield")
    assert (field.name, field.country) == (name, country)
    assert field.lat is not None and field.lon is not None
    start = text.index(surface)
    assert not [s for s, p in run(places, text) if p.span[0] < start + len(surface) and start < p.span[1]]


@pytest.mark.parametrize(
    ("norm", "surface", "twin"),
    [
        ("Mobile launchers moved. The mobile units followed.", "Mobile", True),
        ("Mobile launchers moved, and an automobile followed.", "Mobile", False),
        ("Mobile launchers moved; mobile_unit was the tag.", "Mobile", False),
        ("Mobile launchers moved; mobiles followed.", "Mobile", False),
        ("Cam Ranh and cam ranh.", "Cam Ranh", False),
        ("Mobile.mobile", "Mobile", True),
    ],
)
def test_lower_case_twin_is_a_whole_word(norm: str, surface: str, twin: bool) -> None:
    from basewatch.extract.places import _lower_case_word

    assert _lower_case_word(norm, surface) is twin


_READ_BEFORE = [
    "Russian jets flew from Hmeimim to Latakia and on to Deir ez-Zor, near the Iraqi border.",
    "President Joe Biden spoke in Washington; Georgia and Virginia lawmakers met in Atlanta.",
    "Sheikh Mohammed visited Tripoli, Libya, then Benghazi and Misrata in the east.",
    "Troops near al-Mayadin and Albu Kamal moved toward Dayr az Zawr, according to Reuters.",
    "Chinese engineers built an airstrip on Fiery Cross Reef in the South China Sea.",
]


def test_results_do_not_depend_on_what_was_read_before(places: Places) -> None:
    """The component caches what runs of capitals read as: a fresh one must agree with a used one."""
    for text in _READ_BEFORE:
        run(places, text)
    fresh = Places()
    for text in reversed(_READ_BEFORE):
        assert run(fresh, text) == run(places, text)


@pytest.mark.parametrize(
    ("text", "surface", "name", "country", "kind"),
    [
        ("Tankers crossed the Gulf of Aden at night.", "Gulf of Aden", "Gulf of Aden", None, "sea"),
        ("The pier juts into the Gulf of Thailand.", "Gulf of Thailand", "Gulf of Thailand", None, "sea"),
        ("A radar watches the Bay of Bengal.", "Bay of Bengal", "Bay of Bengal", None, "sea"),
        # a marginal sea reaching past one state's territorial sea is no one state's; inner waters are
        ("Russian icebreakers crossed the Laptev Sea in March.", "Laptev Sea", "Laptev Sea", None, "sea"),
        ("Two frigates sailed into the Tyrrhenian Sea.", "Tyrrhenian Sea", "Tyrrhenian Sea", None, "sea"),
        ("Ferries cross the Sea of Marmara every hour.", "Sea of Marmara", "Sea of Marmara", "TR", "sea"),
        ("Drones flew over the Gulf on Tuesday.", "Gulf", "Persian Gulf", None, "sea"),
        ("Icebreakers keep the Northern Sea Route open.", "Northern Sea Route", "Northern Sea Route", None, "region"),
        ("Two US destroyers docked there.", "US", "American", "US", "demonym"),
        ("The port hosted a UK-led patrol.", "UK", "British", "GB", "demonym"),
        ("It is run by the US Navy.", "US", "American", "US", "demonym"),
        ("Talks between the US and Japan stalled.", "US", "United States", "US", "country"),
        ("Troops from the UK arrived on Monday.", "UK", "United Kingdom", "GB", "country"),
    ],
)
def test_named_waters_and_initials_as_modifiers(places: Places, text: str, surface: str, name: str,
                                               country: str | None, kind: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country, place.kind) == (name, country, kind)


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Ray and Montreal councillors met before the lights went up in downtown Montreal.", "Montreal", "Montreal",
         "CA"),
        ("Adam and Leeds fans sang outside the ground in Leeds.", "Leeds", "Leeds", "GB"),
    ],
)
def test_a_first_name_before_and_does_not_swallow_a_place(places: Places, text: str, surface: str, name: str,
                                                         country: str) -> None:
    found = [p for s, p in run(places, text) if s == surface]
    assert len(found) == 2 and all((p.name, p.country) == (name, country) for p in found)


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Floodwater closed schools in Hazard, Ky., on Monday.", "Ky.", "Kentucky", "US"),
        ("The mill in Gatineau, Que., shut its doors.", "Que.", "Quebec", "CA"),
        ("Grain trains stop at Churchill, Man., twice a week.", "Man.", "Manitoba", "CA"),
        ("Grain trains stop at Churchill, Man., twice a week.", "Churchill", "Churchill", "CA"),
        ("LEBANON, Mo. - A tornado flattened two barns.", "LEBANON", "Lebanon", "US"),
        ("The family farms near Frederick, Md., since 1890.", "Frederick", "Frederick", "US"),
    ],
)
def test_postal_abbreviations_after_a_town(places: Places, text: str, surface: str, name: str, country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize("text", ["Miss Hale won the race.", "The Man who knew too much.", "Mo Farah ran."])
def test_postal_abbreviations_alone_name_nothing(places: Places, text: str) -> None:
    assert not [s for s, p in run(places, text) if p.kind == "admin1"]


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("The family rented a house in the Garden City area of Myrtle Beach.", "Garden City", "Garden City", "US"),
        ("Fighters were seen west of Palmyra in Syria.", "Palmyra", "Tadmur", "SY"),
    ],
)
def test_a_towns_own_name_beats_a_big_citys_nickname(places: Places, text: str, surface: str, name: str,
                                                     country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize("text", ["Part of that is the weather.", "Part of the money went to schools."])
def test_common_words_that_are_other_names_of_cities(places: Places, text: str) -> None:
    assert run(places, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's courts heard the campaigners of Dignity in Dying last week.",
        "Iranian pupils at Galliard primary in Iran sang.",
    ],
)
def test_folded_spellings_must_open_like_the_name(places: Places, text: str) -> None:
    assert {s for s, _ in run(places, text)} <= {"Pakistan", "Iranian", "Iran"}


@pytest.mark.parametrize(
    "text",
    [
        "Sidney Crosby scored twice in the third period.",
        "The rapper posed with Kanye West at the gala.",
        "Her son Leo Thames started school.",
        "Regulators fined Cambridge Analytica for the data breach.",
        "Fans of Bolton Wanderers sang all night.",
        "The show airs in English on Sundays.",
        "Best Buy cut its prices again.",
        "Liverpool will host Man City next week.",
    ],
)
def test_people_clubs_brands_and_languages_are_no_places(places: Places, text: str) -> None:
    assert {s for s, _ in run(places, text)} <= {"Liverpool"}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Vietnam let a Russian tanker into Cam Ranh Bay last year.", "Cam Ranh Bay", "VN"),
        ("Ukraine said a drone hit a ship in Sevastopol Bay.", "Sevastopol Bay", "UA"),
    ],
)
def test_a_feature_takes_the_country_of_its_town_when_the_article_names_it(places: Places, text: str, surface: str,
                                                                          country: str) -> None:
    assert find(run(places, text), surface).country == country


@pytest.mark.parametrize(
    ("text", "surface", "name", "kind"),
    [
        ("Oklahoma lawmakers met in a rare Friday session.", "Oklahoma", "Oklahoma", "admin1"),
        ("Teachers in Oklahoma walked out of classrooms.", "Oklahoma", "Oklahoma", "admin1"),
        ("The flight landed in Oklahoma City after dark.", "Oklahoma City", "Oklahoma City", "city"),
    ],
)
def test_a_states_own_name_beats_its_capitals_other_name(places: Places, text: str, surface: str, name: str,
                                                         kind: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind) == (name, kind)


@pytest.mark.parametrize(
    "text",
    ["Drones were launched, US Africa Command said.",
     "Imagery from the Asia Maritime Transparency Initiative shows it."],
)
def test_a_continent_inside_an_organisations_name_is_no_place(places: Places, text: str) -> None:
    assert not [p for _, p in run(places, text) if p.kind in ("continent", "region")]


@pytest.mark.parametrize(
    "text",
    [
        "The family gathers at Christmas every year.",
        "The bill stalled in Congress again.",
        "Still, the mayor said the plan was sound.",
        "She won an Olympic silver medal in 2014.",
        "The suspect appeared in Court on Monday.",
    ],
)
def test_everyday_capitalised_words_are_no_places(places: Places, text: str) -> None:
    assert run(places, text) == []


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Insurgents attacked Maiduguri, Borno State, on Sunday.", "Borno", "Borno", "NG"),
        ("Floods cut roads across Limpopo and the Eastern Cape.", "Eastern Cape", "Eastern Cape", "ZA"),
        ("Floods cut roads across Limpopo and the Eastern Cape.", "Limpopo", "Limpopo", "ZA"),
    ],
)
def test_nigerian_states_and_south_african_provinces(places: Places, text: str, surface: str, name: str,
                                                     country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country, place.kind) == (name, country, "admin1")


def test_a_name_that_runs_on_in_lower_case_is_read_whole(places: Places) -> None:
    place = find(run(places, "A rocket hit a base near Erbil, in the Kurdistan region, at dawn."), "Kurdistan region")
    assert (place.name, place.country) == ("Kurdistan Region", "IQ")


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Marines trained in Santa Ana and Lal-lo, both in Cagayan.", "Lal"),
        ("Ahmet Kaya, a retired pilot, described the strike.", "Kaya"),
    ],
)
def test_a_cut_name_or_a_surname_is_no_town(places: Places, text: str, absent: str) -> None:
    assert absent not in {s for s, _ in run(places, text)}


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("The bakery at 207 South Main St. closed early.", "Main St", "Main St", None),
        ("Jordan reopened the shops on Main Street in Amman.", "Main Street", "Main Street", None),
    ],
)
def test_a_street_is_its_own_place_with_no_country_guessed(places: Places, text: str, surface: str, name: str,
                                                           country: str | None) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country, place.kind) == (name, country, "feature")


def test_crystal_is_a_word_before_it_is_a_town(places: Places) -> None:
    assert run(places, "Crystal trophies went to the winners.") == []


@pytest.mark.parametrize(
    ("text", "sea"),
    [
        ("The Black Sea Fleet moved its ships east.", False),
        ("Pacific Air Forces announced the drill.", False),
        ("Two frigates sailed into the Black Sea.", True),
    ],
)
def test_a_sea_inside_a_fleet_or_command_is_no_place(places: Places, text: str, sea: bool) -> None:
    assert any(p.kind == "sea" for _, p in run(places, text)) == sea


_RUN_ALPHABET = [*"aeluhdsrtnAELUSFMQT .-'\"(),x_1\n", "al ", "al-", "ash-", "adh ", "St. ", "U.S.", "of the ",
                 "\u0627\u0644", "é", "Ж"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUN_ALPHABET), max_size=30).map("".join))
def test_run_scan_finds_the_runs_a_plain_pattern_finds(text: str) -> None:
    from basewatch.extract import places as module

    # The scan reads the first character before looking back; this is the same rule written forwards.
    plain_run = re.compile(
        rf"(?=[aeu{module._UPPER}\u0621-\u064a])(?<![\w'.-]){module._ARTICLE}?{module._WORD}"
        rf"(?:(?:[ -](?:{module._LINKS}))*[ -]{module._WORD})*"
    )
    found = [(m.start(m.lastindex or 0), m.end()) for m in module._RUN.finditer(text)]
    assert found == [m.span() for m in plain_run.finditer(text)]


def test_a_name_resolves_alike_whatever_was_read_before() -> None:
    texts = [
        "Storms hit Alabama and Georgia overnight.",
        "Russia and Georgia fought a war in 2008.",
        "Officials in Washington and Tbilisi spoke about Georgia.",
        "Washington state troopers met in Spokane; Georgia sent aid.",
        "Tripoli, Lebanon, saw clashes as Tripoli in Libya stayed calm.",
    ]
    shared = Places()
    # Remembered choices are keyed by everything they read: an order of articles changes nothing.
    for order in (texts, texts[::-1], texts):
        for text in order:
            assert run(shared, text) == run(Places(), text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["Washington", "Georgia", "Tripoli", "Paris", "Victoria", "Alexandria"]),
       countries=st.sets(st.sampled_from(["US", "GB", "GE", "LY", "LB", "FR", "CA", "AU", "EG", "SY"])),
       qualifier=st.sampled_from([None, "US", "GA", "LB", "TX", "ENG"]), folded=st.booleans(),
       admin_suffix=st.booleans())
def test_best_entry_is_the_first_of_the_highest_score(places: Places, name: str, countries: set[str],
                                                      qualifier: str | None, folded: bool, admin_suffix: bool) -> None:
    from basewatch.extract import places as module

    entries = places.lexicon.lookup(name)
    admins = {(p.country, p.admin1_code) for p, _ in entries.items[:3] if p.country and p.admin1_code}
    cand = module.Candidate((0, len(name)), name, entries, folded, admin_suffix=admin_suffix, qualifier=qualifier,
                            qualifier_country=qualifier if qualifier in countries else None)
    scored = [(module._score(p, own, cand, countries, admins), -k, p) for k, (p, own) in enumerate(entries.items)
              if not (folded and p.country not in countries)]
    top = max(scored, key=lambda s: s[:2], default=None)
    expected = top[2] if top is not None and top[0] > -1.0 else None
    assert module._best(cand, countries, admins) is expected


@pytest.mark.parametrize(
    ("text", "expected", "not_places"),
    [
        ("Cargo jets landed at Laoag International Airport.", set(), {"Laoag International Airport", "Laoag"}),
        ("Jets left Laoag International Airport. Laoag residents watched.", {"Laoag"}, {"Laoag International Airport"}),
        ("Fog in London closed London City airport overnight.", {"London"}, {"London City airport"}),
        ("Drones were seen over Rafael Hernández Airport in Aguadilla.", {"Aguadilla"},
         {"Rafael Hernández Airport", "Rafael"}),
    ],
)
def test_airports_are_facilities_but_name_the_town_they_serve(places: Places, text: str, expected: set[str],
                                                                not_places: set[str]) -> None:
    surfaces = {s for s, _ in run(places, text)}
    assert expected <= surfaces
    assert not surfaces & not_places


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("The destroyer Baotou and the frigate Hamburg sailed together.", {"Baotou", "Hamburg"}),
        ("The cruiser Moskva sank in April.", {"Moskva"}),
        ("Veterans of the Second World War gathered by the old harbour.", {"War"}),
        ("Carolina Ortiz, a retired pilot, disagreed.", {"Carolina"}),
        ('"We will stay," said Salem al-Barouni, a local official.', {"Salem"}),
    ],
)
def test_ships_first_names_and_common_words_are_not_places(places: Places, text: str, not_places: set[str]) -> None:
    assert not {s for s, _ in run(places, text)} & not_places


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Abidjan, the capital of Côte d'Ivoire, hosts French troops.", "Côte d'Ivoire", "Ivory Coast", "CI"),
        ("Troops left Cote d'Ivoire last year.", "Cote d'Ivoire", "Ivory Coast", "CI"),
        ("South Carolina Governor Henry McMaster spoke first.", "South Carolina", "South Carolina", "US"),
        ("The frigate docked near Hamburg.", "Hamburg", "Hamburg", "DE"),
        ("Jets fly from the base at Šiauliai in Lithuania.", "Šiauliai", "Siauliai", "LT"),
        ("Jets fly from the base at Siauliai in Lithuania.", "Siauliai", "Siauliai", "LT"),
    ],
)
def test_elided_articles_division_pairs_and_diacritics(places: Places, text: str, surface: str, name: str,
                                                        country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Nurses at the clinic in Grenoble said the ward was full.", "Grenoble", "Grenoble"),
        ("Shares fell after Beijing said it would retaliate.", "Beijing", "Beijing"),
        ("A GRENOBLE court on Monday fined the firm.", "GRENOBLE", "Grenoble"),
        ("DETROIT The Transportation Department fined the airline.", "DETROIT", "Detroit"),
    ],
)
def test_speech_and_articles_around_a_town(places: Places, text: str, surface: str, name: str) -> None:
    assert find(run(places, text), surface).name == name


def test_a_small_town_that_speaks_is_a_person_throughout(places: Places) -> None:
    text = '"It hurts," said Noma. Noma works nights. Residents of Noma told reporters nothing.'
    assert "Noma" not in {s for s, _ in run(places, text)}
    text = "Troops landed in Ceiba, Puerto Rico. Residents of Ceiba told radio they worried."
    assert "Ceiba" in {s for s, _ in run(places, text)}


@pytest.mark.parametrize(
    ("text", "not_places"),
    [
        ("He was taken to Grenoble General Hospital on Friday.", {"Grenoble"}),
        ("Dutch rail chief Roger van Boxtel spoke first. Van Boxtel said fares would rise.", {"Boxtel"}),
    ],
)
def test_organisations_with_titles_and_surnames_with_particles(places: Places, text: str,
                                                               not_places: set[str]) -> None:
    assert not {s for s, _ in run(places, text)} & not_places


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Envoys of the Republic of Armenia met in Rome.", "Republic of Armenia", "Armenia"),
        ("The State of Qatar hosts the air base.", "State of Qatar", "Qatar"),
        ("The State of Texas sued the agency.", "Texas", "Texas"),
        ("The university is in College Station, Texas.", "College Station", "College Station"),
    ],
)
def test_formal_names_and_organisation_words_inside_a_name(places: Places, text: str, surface: str, name: str) -> None:
    assert find(run(places, text), surface).name == name


def test_a_town_s_other_name_running_on_into_a_longer_name_is_no_town(places: Places) -> None:
    text = "China claims the reef; Vietnam calls the island Trường Sa Lớn."
    assert "Changsha" not in {p.name for _, p in run(places, text)}


def test_tajik_regions_are_divisions(places: Places) -> None:
    place = find(run(places, "Border posts in Gorno-Badakhshan and Khatlon were reinforced."), "Gorno-Badakhshan")
    assert (place.kind, place.country) == ("admin1", "TJ")


def test_a_river_named_like_a_town_is_a_feature(places: Places) -> None:
    place = find(run(places, "The border runs along the Panj river for 1,300 km."), "Panj river")
    assert (place.name, place.kind, place.country, place.lat) == ("Panj", "feature", None, None)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Troops paraded in Vilnius, Lithuania. The ceremony in Cathedral Square drew crowds.", "Cathedral Square",
         "LT"),
        ("The border runs along the Panj river. Dushanbe, Tajikistan, is far away.", "Panj river", None),
    ],
)
def test_a_square_lies_in_the_town_last_named(places: Places, text: str, surface: str, country: str | None) -> None:
    assert find(run(places, text), surface).country == country


@pytest.mark.parametrize(
    ("text", "not_places", "places_named"),
    [
        ("Selin Aydın, an Ankara-based analyst, thinks Turkey will act.", {"Aydın"}, {"Ankara", "Turkey"}),
        ("At an event in West Virginia, the president called for cuts.", set(), {"West Virginia"}),
    ],
)
def test_a_name_with_a_role_in_apposition_is_a_person(places: Places, text: str, not_places: set[str],
                                                      places_named: set[str]) -> None:
    surfaces = {s for s, _ in run(places, text)}
    assert not surfaces & not_places
    assert places_named <= surfaces


def test_another_name_of_a_small_town_abroad_is_not_taken(places: Places) -> None:
    found = run(places, "The jets flew to Orland in Norway.")
    assert all(mention.country != "US" for _, mention in found)


def test_a_small_town_abroad_needs_its_country_named(places: Places) -> None:
    found = run(places, "Cuba denied that China runs a listening post at Lourdes, near Havana.")
    assert all(mention.country != "FR" for _, mention in found)


PHRASE_TEXTS = st.lists(
    st.sampled_from(["the Gulf", "The Gulf", "Gulf states", "Baltic states", "the Baltic", "Asia-Pacific region",
                     "Cote d'Ivoire", "the U.S.", "states", "x", "the", "of", "é", " ", ",", "-", "'", ".", "1", "\n"]),
    max_size=20,
).map("".join)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=PHRASE_TEXTS)
def test_phrases_scanned_where_the_spaced_view_points_are_those_of_the_whole_scan(places: Places, text: str) -> None:
    def read(view: str | None) -> list[tuple[tuple[int, int], str]]:
        return [(c.span, c.surface) for c in places._phrase_candidates(text, view)]

    assert read(spaced(text.lower())) == read(None)


def test_a_region_within_one_state_names_that_state_for_its_towns(places: Places) -> None:
    found = run(places, "Israeli troops raided homes near Jenin before dawn, the army said of the operation in the "
                        "northern West Bank.")
    assert find(found, "Jenin").country == "PS"


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        ("Drones struck the Soltsy airfield in Novgorod region overnight.", "Soltsy", "Novgorod"),
        ("Tankers refuel at the Ayni air base, west of Dushanbe.", "Ayni", "Dushanbe"),
        ("Jets flew from Chiayi Air Base to the islands; Taiwan said.", "Chiayi", "Taiwan"),
    ],
)
def test_town_only_named_in_a_base_name_is_not_reported(places: Places, text: str, dropped: str, kept: str) -> None:
    found = run(places, text)
    assert dropped not in [s for s, _ in found]
    find(found, kept)


def test_town_also_named_on_its_own_is_kept(places: Places) -> None:
    found = run(places, "Jets took off from the Hama air base. Fighting raged in Hama, Syria, on Monday.")
    assert [s for s, _ in found].count("Hama") == 2



@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # A bay or harbour after a locative word is a place though neither its name nor its first word is known.
        ("Two corvettes anchored in Valdorra Bay, Greece said.", "Valdorra Bay", "GR"),
        # The sentence's last country before it locates it; a demonym says who acts, not where.
        ("Chile's Quintrala Harbour is small.", "Quintrala Harbour", "CL"),
        ("Ships left Peru for Brazil, where a Chilean tug sank off the Tarvelo Harbour.", "Tarvelo Harbour", "BR"),
        # A country told of as acting or as a party is not where the feature lies: the article's own is.
        ("Peru is big. Peru has a coast. Ecuador will build a pier at Paltoro Bay.", "Paltoro Bay", "PE"),
        ("Peru is big. Peru has a coast. By the border with Ecuador, boats anchor in Paltoro Bay.", "Paltoro Bay",
         "PE"),
        ("Peru has a coast. In Chile, a plan for Peru to build a pier at Paltoro Bay failed.", "Paltoro Bay", "CL"),
        # No country in the sentence: the one the article names most.
        ("Norway is building a port. Norway and Sweden agreed. Divers searched in Skarvik Bay.", "Skarvik Bay", "NO"),
    ],
)
def test_unknown_bay_after_a_locative_is_a_feature(places: Places, text: str, surface: str, country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind, place.country) == (surface, "feature", country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a first name that names a division is the division after a word announcing a place
        ("The minesweepers are based near Lorient in Brittany, the navy said.", "Brittany", "FR"),
        # reporting's short names of island states and groups
        ("Fishing boats from the Canaries were stopped off Morocco.", "Canary Islands", "ES"),
        ("Fiji will send two patrol boats to the Solomons next month.", "Solomon Islands", "SB"),
    ],
)
def test_a_stop_word_after_a_trigger_and_short_names(places: Places, text: str, name: str, country: str) -> None:
    assert (name, country) in {(p.name, p.country) for _, p in run(places, text)}


@pytest.mark.parametrize(
    ("text", "country", "kind"),
    [
        # An island a two-part state is named after is that state's, where the article is about the islands ...
        ("Coast guard cutters from Port of Spain will patrol around Trinidad, officials of Trinidad and Tobago said.",
         "TT", "island"),
        ("The new radar on Trinidad watches the Venezuelan coast, fishermen say.", "TT", "island"),
        # ... and gives way to a namesake town in the country the article names where it names not the island's.
        ("Bolivia moved two helicopters to Trinidad, a river town in the Beni lowlands.", "BO", "city"),
        ("Cuba will put a new radar near Trinidad, on the south coast of Cuba.", "CU", "city"),
    ],
)
def test_island_yields_to_a_town_of_the_named_country(places: Places, text: str, country: str, kind: str) -> None:
    place = find(run(places, text), "Trinidad")
    assert (place.country, place.kind) == (country, kind)


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # A generic word before or after names the gazetteer lacks makes a feature, in the country the article gives.
        ("Greece put a radar on Mount Veltrano, a peak on a small Greek island.", "Mount Veltrano", "GR"),
        ("Chile says its marines trained on Cape Ormandi last week.", "Cape Ormandi", "CL"),
        ("Patrol boats of Indonesia now watch the Kolvara Strait every night.", "Kolvara Strait", "ID"),
        # Open water is no one state's: the sea or gulf has no country.
        ("A Turkish frigate sailed into the Gulf of Marvesto on Monday.", "Gulf of Marvesto", None),
        ("Danish minesweepers cleared the Ostrava Bight after the drills in Denmark.", "Ostrava Bight", None),
    ],
)
def test_generic_word_makes_an_unknown_name_a_feature(places: Places, text: str, surface: str,
                                                      country: str | None) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind, place.country) == (surface, "feature", country)


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        # A lower-case generic word describes the name before it, which names the feature ...
        ("Norway will build a pier on the Sudrevik peninsula, the Norwegian navy said.", "Sudrevik peninsula",
         "Sudrevik", "NO"),
        ("Engineers of Chile have lengthened the airstrip on the Quelmoro island this year.", "Quelmoro island",
         "Quelmoro", "CL"),
        ("Smugglers from Panama row across the Tuvara islands at night.", "Tuvara islands", "Tuvara", "PA"),
        ("Nicaragua is calm. Birds nest beside the Masaya lagoon.", "Masaya lagoon", "Masaya", "NI"),
        ("Norway moved troops into the Telvik valley last week.", "Telvik valley", "Telvik", "NO"),
        ("Troops of India patrol the Tarsang ridge.", "Tarsang ridge", "Tarsang", "IN"),
        ("Helicopters from Czechia trained over the Bravcov reservoir in May.", "Bravcov reservoir", "Bravcov", "CZ"),
        ("Tourists from Japan crowd the Halvon beach in summer.", "Halvon beach", "Halvon", "JP"),
        # A river, often a border, is no one state's.
        ("Smugglers from Benin cross the Kelvaru river at night.", "Kelvaru river", "Kelvaru", None),
        # ... and a capitalised one is part of it.
        ("Engineers of Chile have lengthened the airstrip on Quelmoro Island this year.", "Quelmoro Island",
         "Quelmoro Island", "CL"),
    ],
)
def test_lower_case_generic_word_describes_the_name(places: Places, text: str, surface: str, name: str,
                                                    country: str | None) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind, place.country) == (name, "feature", country)


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        # A town's name before a lower-case peninsula or range names the feature, not the town ...
        ("Troops from Italy trained on the Sorrento peninsula last week.", "Sorrento peninsula", "Sorrento", "IT"),
        ("Troops from Cyprus trained in the Paphos mountains in May.", "Paphos mountains", "Paphos", "CY"),
    ],
)
def test_town_named_peninsula_or_range_is_the_feature(places: Places, text: str, surface: str, name: str,
                                                      country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind, place.country) == (name, "feature", country)


def test_town_inside_an_island_name_stays_the_town(places: Places) -> None:
    # ... where a town inside an island's name is the island's town.
    found = run(places, "Portugal's navy called at Funchal, and Portuguese marines trained on the Funchal island.")
    assert all(p.kind == "city" for s, p in found if "Funchal" in s)


def test_possessive_opening_a_sentence_names_no_island(places: Places) -> None:
    found = run(places, "Our island has no runway, the mayor of Stanley said. Their islands are larger.")
    assert not [s for s, _ in found if "island" in s]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A known name holding the generic word stands; an opening word or a possessive is no part of a name.
        ("Tourists flew from Cape Town to Kenya.", "Town"),
        ("The island lies off Greece. This island has no harbour.", "The island"),
        ("Egypt's Sinai Peninsula is guarded.", "Egypt's Sinai Peninsula"),
        # A known town before a lower-case word is the town ('Hania island' is no other place).
        ("Greek boats sailed from Hania island to Crete.", "Hania island"),
        # A feature the article names a base after is the base.
        ("The Punta Serrado air base reopened. Jets landed at Punta Serrado in Peru.", "Punta Serrado"),
    ],
)
def test_generic_word_leaves_known_and_base_names_alone(places: Places, text: str, absent: str) -> None:
    assert absent not in [s for s, _ in run(places, text)]


def test_a_language_s_own_link_and_article_words_build_the_landform_reading() -> None:
    rows = [*table("pattern_words.tsv"), {"lang": "xx", "word": "zu", "class": "landform link"},
            {"lang": "xx", "word": "ein", "class": "landform article"}]
    cues = places._Cues(compass("en"), word_lists_for(rows, "xx"))
    # A tail before the language's link word and a name is a head; before English's 'of' it is a tail again.
    assert cues.landform.match("Vorrel Gulf zu Amsky") is None
    assert cues.landform.match("Vorrel Gulf of Amsky").group() == "Vorrel Gulf"
    assert places._cues("en").landform.match("Vorrel Gulf of Amsky") is None
    assert cues.describing_articles == (" ein ",)


def test_known_bay_name_is_not_read_again(places: Places) -> None:
    found = run(places, "Ships sailed into Cam Ranh Bay in Vietnam.")
    assert [s for s, _ in found].count("Cam Ranh Bay") == 1


def test_bay_named_first_in_one_country_keeps_it(places: Places) -> None:
    found = run(places, "Kenya's Lamuri Bay was hit. Troops from Somalia reached the Lamuri Bay later.")
    assert {p.country for s, p in found if s == "Lamuri Bay"} == {"KE"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Troops of Moscow's Asia Corps landed in Mali.", "Asia"),
        ("Dana Holt, a fellow at the Arctic Forum in Oslo, disagreed.", "Arctic"),
        ("The Institute for Caucasus Studies in Baku published the report.", "Caucasus"),
        ("The Bourbon Street Journal reported the deal.", "Bourbon Street"),
    ],
)
def test_place_inside_an_organisation_name_is_not_reported(places: Places, text: str, absent: str) -> None:
    assert absent not in [s for s, _ in run(places, text)]


def test_county_inside_an_organisation_name_is_reported(places: Places) -> None:
    find(run(places, "The Laurel County Sheriff's Office in Kentucky made an arrest."), "Laurel County")


def test_breakaway_region_is_its_own_place_in_its_state(places: Places) -> None:
    found = run(places, "Ethiopia signed a port deal with Somaliland, which Somalia says is its own.")
    region, state = find(found, "Somaliland"), find(found, "Somalia")
    assert (region.name, region.kind, region.country) == ("Somaliland", "region", "SO")
    assert (state.name, state.kind) == ("Somalia", "country")


def test_apposition_naming_a_settlement_announces_a_small_town(places: Places) -> None:
    found = run(places, "China runs the islands from Sansha, the city Beijing created in 2012.")
    assert (find(found, "Sansha").country, find(found, "Sansha").kind) == ("CN", "city")


@pytest.mark.parametrize(
    ("text", "surface", "kind"),
    [
        ("Soldiers of the US 82nd Airborne Division arrived.", "US", "demonym"),
        ("Flights from the US 3 times a week resumed.", "US", "country"),
    ],
)
def test_initials_before_a_unit_number_are_a_modifier(places: Places, text: str, surface: str, kind: str) -> None:
    assert find(run(places, text), surface).kind == kind


def test_sports_games_are_an_organisation(places: Places) -> None:
    assert "Pacific" not in [s for s, _ in run(places, "Chinese firms built a stadium for the Pacific Games.")]


def test_small_town_at_home_beats_a_larger_namesake_abroad(places: Places) -> None:
    # The English Stanley is larger, but a small town abroad after a trigger is refused: the Falklands' one is meant.
    found = run(places, "The patrol ship sailed from Stanley in the Falkland Islands.")
    assert find(found, "Stanley").country == "FK"


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        ("The Lincoln carrier strike group entered the Arabian Sea.", "Lincoln", "Arabian Sea"),
        ("Marines rotate through Robertson Barracks near Darwin.", "Robertson", "Darwin"),
    ],
)
def test_ship_group_and_barracks_names_are_not_towns(places: Places, text: str, absent: str, kept: str) -> None:
    found = run(places, text)
    assert absent not in [s for s, _ in found]
    find(found, kept)


@pytest.mark.parametrize("group", ["al-Shabaab", "Hamas", "Fatah", "Hayat Tahrir al-Sham"])
def test_armed_movement_named_like_a_town_is_not_a_place(places: Places, group: str) -> None:
    found = run(places, f"Fighters from {group} attacked a base in Somalia, Iran and Syria.")
    assert all(p.kind == "country" for _, p in found)


def test_capitalised_compass_word_opens_a_longer_name(places: Places) -> None:
    # 'Clover' is a small US town; 'the Western Clover' names a compound, while 'western Kursk' announces a place.
    assert "Clover" not in [s for s, _ in run(places, "The camp, called the Western Clover, holds 200 troops.")]
    find(run(places, "Drones struck western Kursk overnight."), "Kursk")


def test_small_town_a_base_is_named_after_is_the_base_when_bare(places: Places) -> None:
    text = "Drones flew from Chabelley airfield in Djibouti. More drones are based at Chabelley."
    assert "Chabelley" not in [s for s, _ in run(places, text)]


def test_small_town_something_stands_in_is_kept(places: Places) -> None:
    text = "A US camp in Chabelley grew, and the Chabelley airfield now hosts drones in Djibouti."
    assert "Chabelley" in [s for s, _ in run(places, text)]


def test_antarctica_is_a_continent_of_no_state(places: Places) -> None:
    found = run(places, "An ice patrol ship calls on its way to Antarctica and the Antarctic Peninsula.")
    assert (find(found, "Antarctica").kind, find(found, "Antarctica").country) == ("continent", None)
    assert find(found, "Antarctic Peninsula").country is None


def test_ocean_half_is_read_whole(places: Places) -> None:
    found = run(places, "No submarine has been reported in the South Atlantic since 1982.")
    assert find(found, "South Atlantic").name == "Atlantic Ocean"


def test_disputed_islands_have_no_country(places: Places) -> None:
    # Russia holds the southern Kurils and Japan claims them: like the Spratlys, they get no country.
    found = run(places, "Russia put missiles on Kunashir and Shikotan, which Japan calls its Northern Territories.")
    assert {find(found, name).country for name in ("Kunashir", "Shikotan", "Northern Territories")} == {None}
    assert find(found, "Russia").country == "RU"


def test_place_name_opening_before_a_first_name(places: Places) -> None:
    # 'Thomas' is a first name, but 'Second Thomas Shoal' is a reef's own name.
    found = run(places, "Chinese ships blocked a resupply near Second Thomas Shoal, west of Palawan.")
    assert find(found, "Second Thomas Shoal").kind == "reef"


def test_plural_division_word_holds_for_every_name_before_it(places: Places) -> None:
    found = run(places, "Most US troops are in Deir ez-Zor and al-Hasakah provinces, in Syria.")
    assert {find(found, s).kind for s in ("Deir ez-Zor", "al-Hasakah")} == {"admin1"}


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # Names no gazetteer lists, where the text says what they are and where.
        ("A battalion will be based at Varnkai, in central Lithuania.", "Varnkai", "LT"),
        ("The radar site at Zelkowo in northern Poland is ready.", "Zelkowo", "PL"),
        ("Venezuela moved jets to the island of La Tortuguilla, north of Caracas.", "La Tortuguilla", "VE"),
        ("Sailors live in the Ummsaf district of Manama, Bahrain.", "Ummsaf", "BH"),
        # An installation's site, a resort, a lagoon an apposition names, a lagoon named like a town.
        ("Ghana is calm. Ghana votes. Gunmen hit the army base at Ombrexi, near the border with Togo.", "Ombrexi",
         "GH"),
        ("Jordan is calm. A drone fell near the resort of Zorvena, in the south.", "Zorvena", "JO"),
        ("The Maldives agreed. Work began at Velidhoo Thila Falhu, a lagoon west of the capital.",
         "Velidhoo Thila Falhu", "MV"),
        # A district, the districts of two names, a place on an island.
        ("Gabon is calm. Most troops live in the district of Ombrexi.", "Ombrexi", "GA"),
        ("Angola is calm. Rebels moved towards the districts of Molvara and Tesquina.", "Tesquina", "AO"),
        ("Angola is calm. Rebels moved towards the districts of Molvara and Tesquina.", "Molvara", "AO"),
        ("India is calm. The airstrip at Pradvelu, on Great Nicobar, is longer.", "Pradvelu", "IN"),
        ("The Maldives agreed. Divers worked at Ombrexi Thila, a remote coral reef.", "Ombrexi Thila", "MV"),
        # Who acts is no evidence of where: a story's demonyms do not make their country its own.
        ("Indian ships, Indian money and Indian men came. The Maldives agreed. Work began at Skarvik Bay.",
         "Skarvik Bay", "MV"),
    ],
)
def test_unlisted_settlement_named_by_its_context(places: Places, text: str, surface: str, country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country) == (surface, country)


@pytest.mark.parametrize("text", ["He worked at Boeing in Seattle.", "Putin met Xi in Moscow, in March."])
def test_unlisted_needs_a_settlement_word_or_a_qualified_region(places: Places, text: str) -> None:
    assert all(p.rule != "places:unlisted/feature" for _, p in run(places, text))


@pytest.mark.parametrize("text", [
    "town of Ruvo, in the hills, and (near Darvaz, in northern Tajikistan) troops massed.",
    "the Qalwa district, and_at Brisk, in Ukraine; The Miro district; off Kellomäki, in eastern Finland.",
    "hamlet of Pyrna was shelled at dawn, as the atoll of Eneko and the islet of South Vey were.",
])
def test_unlisted_reads_alike_with_and_without_the_spaced_view(places: Places, text: str) -> None:
    doc = make_doc(text)
    with_view = [(c.span, c.surface) for c in places.match(doc.norm, doc.spaced()) if c.rule == "unlisted"]
    assert with_view == [(c.span, c.surface) for c in places.match(doc.norm) if c.rule == "unlisted"]
    assert with_view


def test_central_chinese_provinces_are_divisions(places: Places) -> None:
    found = run(places, "Heavy rain flooded farms across Jiangxi and Hubei provinces this week.")
    assert (find(found, "Hubei").kind, find(found, "Jiangxi").kind) == ("admin1", "admin1")


def test_a_division_beats_a_great_city_s_unrelated_other_name(places: Places) -> None:
    found = run(places, "Floods cut roads to villages in Henan on Monday.")
    assert find(found, "Henan").kind == "admin1"


def test_division_qualifying_a_town_is_reported_though_a_first_name(places: Places) -> None:
    # 'Virginia' is also a first name, but after 'Norfolk, ' it is the state the town lies in.
    found = run(places, "The carrier returned to Norfolk, Virginia, on Friday.")
    assert (find(found, "Virginia").kind, find(found, "Virginia").country) == ("admin1", "US")


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Peacekeepers patrol the ceasefire line along the Dniester river.", "Dniester river", "Dniester", None),
        ("Ukrainian troops crossed the Oskil River near Kupiansk.", "Oskil River", "Oskil River", "UA"),
        ("Barges sailed up the Volga to Kazan.", "Volga", "Volga", "RU"),
    ],
)
def test_rivers_of_front_lines_and_borders(places: Places, text: str, surface: str, name: str,
                                           country: str | None) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind, place.country) == (name, "river", country)


def test_river_named_like_a_town_needs_its_river_word(places: Places) -> None:
    assert find(run(places, "Estonia reinforced the Narva garrison."), "Narva").kind == "city"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Drones struck Belgorod region overnight.", "Belgorod Oblast", "admin1"),
        ("Su-34s flew from airfields in Rostov region.", "Rostov Oblast", "admin1"),
        ("Drones struck Belgorod overnight.", "Belgorod", "city"),
    ],
)
def test_town_before_a_division_word_is_the_division_named_after_it(places: Places, text: str, name: str,
                                                                     kind: str) -> None:
    place = next(p for _, p in run(places, text) if p.country == "RU")
    assert (place.name, place.kind) == (name, kind)


def test_name_only_seen_before_air_force_base_is_the_base(places: Places) -> None:
    found = run(places, "Jets took off from Shaw Air Force Base in South Carolina.")
    assert "Shaw" not in [s for s, _ in found]
    find(found, "South Carolina")


@pytest.mark.parametrize("region", ["Central Africa", "Southern Africa"])
def test_african_regions_are_read_whole(places: Places, region: str) -> None:
    found = run(places, f"She studies security in {region} at a university in Madrid.")
    assert (find(found, region).kind, find(found, region).country) == ("region", None)


def test_bay_takes_no_country_from_a_town_it_names_only_by_another_name(places: Places) -> None:
    # 'Mare' is one of the other names of Murray, Kentucky; the harbour lies in the country the sentence names.
    found = run(places, "The US sent a ship, and Britain based a patrol boat at Mare Harbour in the Falkland Islands.")
    assert find(found, "Mare Harbour").country == "FK"


def test_small_town_named_in_a_known_airfield_is_that_base_when_bare(places: Places) -> None:
    found = run(places, "F-15s left Kadena Air Base on Okinawa. New jets will be based at Kadena.")
    assert "Kadena" not in [s for s, _ in found]


@pytest.mark.parametrize(
    "text",
    [
        # A small town named in a base's name stays a place where the text says it is a town: a dateline, a
        # settlement's word before it, an apposition that the settlement's word heads.
        "TADJOURA, Djibouti - The Tadjoura naval base will get a new pier, officials said.",
        "Djibouti opened the Tadjoura naval base. Fishing boats still crowd the port of Tadjoura.",
        "Djibouti opened the Tadjoura naval base. Tadjoura, a quiet fishing town, has one road.",
    ],
)
def test_town_named_in_a_base_stays_where_the_text_says_it_is_a_town(places: Places, text: str) -> None:
    assert find(run(places, text), "Tadjoura").country == "DJ"


@pytest.mark.parametrize(
    "text",
    [
        "Djibouti opened the Tadjoura naval base in March. Patrol boats moved to Tadjoura.",
        "Djibouti opened the Tadjoura naval base. Tadjoura, the hill above the town, is bare.",
        "TADJOURA AND OBOCK\nDjibouti opened the Tadjoura naval base.",
    ],
)
def test_town_named_in_a_base_is_the_base_where_nothing_says_it_is_a_town(places: Places, text: str) -> None:
    assert "Tadjoura" not in [p.name for _, p in run(places, text)]


def test_town_a_civil_airport_serves_stays_a_place(places: Places) -> None:
    found = run(places, "Flights left Baghdad International Airport. Baghdad was calm.")
    assert [s for s, _ in found].count("Baghdad") == 2


def test_apposition_saying_a_name_is_a_base(places: Places) -> None:
    found = run(places, "Russia built shelters at Soltsy, the air force's main bomber airfield, and in Novgorod.")
    assert "Soltsy" not in [s for s, _ in found]
    find(found, "Novgorod")


@pytest.mark.parametrize(
    ("text", "surface", "admin1"),
    [
        ("Radar units were moved to Kayseri last week.", "Kayseri", "Kayseri Province"),
        ("The submarine was seen at Sinpo, North Korea.", "Sinpo", "South Hamgyong Province"),
        ("Engineers flew into Ismailia on the canal.", "Ismailia", "Ismailia Governorate"),
        ("Conscripts trained near Tambov, Russia.", "Tambov", "Tambov Oblast"),
    ],
)
def test_town_carries_its_division_in_every_country(places: Places, text: str, surface: str, admin1: str) -> None:
    assert find(run(places, text), surface).admin1 == admin1


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Missiles were fired from North Pyongan Province.", "North Pyongan Province", "North Pyongan Province", "KP"),
        ("Flooding hit Quang Ninh province overnight.", "Quang Ninh", "Quang Ninh Province", "VN"),
        ("A new depot rose in Aichi Prefecture.", "Aichi Prefecture", "Aichi Prefecture", "JP"),
        ("Drones fell in the Republic of Bashkortostan.", "Republic of Bashkortostan", "Bashkortostan Republic", "RU"),
    ],
)
def test_divisions_known_beyond_the_hand_made_list(places: Places, text: str, surface: str, name: str,
                                                  country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country, place.kind) == (name, country, "admin1")


@pytest.mark.parametrize("text", ["Lukoil raised its output again.", "Officers of the Chuvash diaspora met.",
                                  "Northern units and Central command met."])
def test_words_that_only_resemble_a_division_name_none(places: Places, text: str) -> None:
    assert not [s for s, p in run(places, text) if p.kind == "admin1"]


@pytest.mark.parametrize(
    "text",
    ["Typhoons landed at Mount Pleasant after the long flight, the Falkland Islands government said.",
     "Police in Manila raided shops in Chinatown, Philippine officials said."],
)
def test_common_name_abroad_from_the_story_is_no_namesake_there(places: Places, text: str) -> None:
    found = run(places, text)
    assert not [s for s, p in found if p.kind == "city" and p.country == "US"]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [("Santa Ana, California, and Mexico signed the deal.", "Santa Ana", "US"),
     ("Talks in Geneva on Syria stalled, Russia said.", "Geneva", "CH")],
)
def test_qualified_or_far_biggest_namesake_stands_abroad(places: Places, text: str, surface: str,
                                                         country: str) -> None:
    assert find(run(places, text), surface).country == country


def test_announced_town_abroad_by_an_unlike_other_name_is_not_that_city(places: Places) -> None:
    found = run(places, "Egypt moved fighters to a naval base near the Red Sea town of Berenice.")
    assert not [s for s, p in found if p.country == "LY"]


def test_small_town_abroad_does_not_vouch_for_its_own_country(places: Places) -> None:
    found = run(places, "Flights at Heathrow resumed on Monday, British officials said.")
    assert not [s for s, p in found if p.kind == "city"]


def test_small_towns_of_one_division_vouch_for_each_other(places: Places) -> None:
    found = run(places, "Storm damage closed roads in Bantam and Litchfield, while Mexico sent aid.")
    assert find(found, "Bantam").country == "US"


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Troops moved into Odessa region on Monday.", "Odessa", "Odesa Oblast"),
        ("Shelling hit Zaporozhye region overnight.", "Zaporozhye", "Zaporizhzhia Oblast"),
        ("Bombers flew over Primorsky region again.", "Primorsky region", "Primorsky Krai"),
    ],
)
def test_division_read_by_another_spelling_of_its_core(places: Places, text: str, surface: str, name: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind) == (name, "admin1")


@pytest.mark.parametrize(
    ("text", "country"),
    [("Pakistan moved jets to bases in Punjab after the strike.", "PK"),
     ("Indian troops in Punjab were put on alert.", "IN")],
)
def test_division_name_two_countries_share_goes_by_context(places: Places, text: str, country: str) -> None:
    assert find(run(places, text), "Punjab").country == country


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [("Drones hit an oil depot in Udmurtia overnight.", "Udmurtia", "Udmurt Republic"),
     ("Coal trains left Kuzbass for the east.", "Kuzbass", "Kemerovo Oblast"),
     ("Recruits from the Republic of Buryatia arrived.", "Republic of Buryatia", "Buryatia Republic"),
     ("A regiment moved to Stavropol Territory.", "Stavropol Territory", "Stavropol Krai")],
)
def test_russian_regions_by_their_other_english_names(places: Places, text: str, surface: str, name: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.kind, place.country) == (name, "admin1", "RU")


@pytest.mark.parametrize("text", ["Russia expanded the air base near Kirov, Kaluga region.",
                                  "Russia expanded the air base near Kirov, Kaluga Region."])
def test_town_qualified_by_a_division_named_by_its_core(places: Places, text: str) -> None:
    assert find(run(places, text), "Kirov").admin1 == "Kaluga Oblast"


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        ("The navy hosted the Lyon Star exercise near Toulon in May.", "Lyon", "Toulon"),
        ("Swift Dakar, the yearly air defence exercise, ended in Senegal.", "Dakar", "Senegal"),
        ("The research ship Ocean Lima docked in Manila.", "Lima", "Manila"),
        # A ship class is named after a ship, whatever the ship is named after.
        ("Two Kirov-class cruisers left Murmansk.", "Kirov", "Murmansk"),
        ("Frigates of the Al Medina class called at Jeddah.", "Medina", "Jeddah"),
    ],
)
def test_a_word_of_an_exercise_or_ship_name_is_no_place(places: Places, text: str, absent: str, kept: str) -> None:
    surfaces = [s for s, _ in run(places, text)]
    assert absent not in surfaces and kept in surfaces


def test_a_census_place_named_as_a_base_is_the_base(places: Places) -> None:
    """GeoNames lists some bases as populated places ('Minot Air Force Base'): the facilities component reports
    them."""
    found = run(places, "Four bombers flew from Minot Air Force Base in North Dakota.")
    assert [s for s, _ in found] == ["North Dakota"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A division of another country qualifies a name none of whose towns it holds.
        ("Peru is calm. Police found the dogs in Estey's Bridge, Peru, on Tuesday.", "Bridge"),
    ],
)
def test_a_town_qualified_by_another_country_is_none_of_it(places: Places, text: str, absent: str) -> None:
    assert absent not in [s for s, _ in run(places, text)]


def test_a_qualifier_is_read_in_a_country_of_the_name(places: Places) -> None:
    """'Georgia' after a US town is the state, not the country."""
    found = run(places, "The firm has offices in Macon, Georgia and Dallas, Texas.")
    assert find(found, "Macon").country == "US"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # A small territory's capital where the article names the territory, not a bigger namesake.
        ("Britain sent ships to the Falkland Islands. The crews rested in Stanley.", "Stanley", "FK"),
        ("Protesters gathered in Dili as Timor-Leste voted.", "Dili", "TL"),
        # Abroad, the capital weighs no more than its people.
        ("Canada is big. The team trained in Hamilton.", "Hamilton", "CA"),
    ],
)
def test_a_capital_where_its_country_is_named(places: Places, text: str, surface: str, country: str) -> None:
    assert find(run(places, text), surface).country == country


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Bombers flew over Russia's Arctic on Monday.", "RU"),
        # The noun the region modifies is the possessor's, the region is no one's.
        ("Russia's Arctic strategy was published.", None),
    ],
)
def test_a_possessed_region_is_the_possessors(places: Places, text: str, country: str | None) -> None:
    assert find(run(places, text), "Arctic").country == country


def test_names_listed_before_a_plural_feature_word_are_each_that_feature(places: Places) -> None:
    found = run(places, "China built radars on Triton, Duncan and Pattle islands last year.")
    assert [(s, p.name) for s, p in found if s != "China"] == [
        ("Triton", "Triton Island"), ("Duncan", "Duncan Island"), ("Pattle", "Pattle Island")]


_BRITISH_STORY = ("Britain will move a patrol ship to Scotland, British officials said. Britain said the United States "
                  "had asked to use the port, and Britain agreed. ")


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The story is Britain's: its own Worcester outweighs the bigger American one, the United States being
        # named only as a party.
        (_BRITISH_STORY + "The crew had rested in Worcester before the exercise.", "GB"),
        # A country's name as a modifier says who acts, not where the story is.
        (_BRITISH_STORY + "U.S. sailors and U.S. officers joined. The crew had rested in Worcester.", "GB"),
        # The text ties the name to the other country.
        (_BRITISH_STORY + "The crew had rested in Worcester, Massachusetts, before the exercise.", "US"),
        # The story is America's.
        ("The United States will move a patrol ship, American officials said. The United States said Britain had "
         "asked to use the port, and the United States agreed. The crew had rested in Worcester.", "US"),
    ],
)
def test_a_namesake_in_the_country_the_story_is_about(places: Places, text: str, country: str) -> None:
    assert find(run(places, text), "Worcester").country == country


def test_a_capital_abroad_outweighs_the_storys_own_namesake(places: Places) -> None:
    found = run(places, _BRITISH_STORY + "The minister flew to Washington before the exercise.")
    assert find(found, "Washington").country == "US"


_GHANAIAN_STORY = ("Ghana sent troops north, Ghanaian officials said. Ghana's army chief said Ghana would hold the "
                   "border. ")


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # A settlement the gazetteer lacks lies in the country the story is about, not in the one its sentence
        # names as where the attackers came from.
        (_GHANAIAN_STORY + "Fighters based in Burkina Faso attacked a post near the village of Zongbirago.",
         "Zongbirago", "GH"),
        # ... unless a state possesses it.
        (_GHANAIAN_STORY + "Ghana also asked Togo for help. The navy visited Togo's Agbodrafo Bay on Monday.",
         "Agbodrafo Bay", "TG"),
        # A story about no one country: the sentence's.
        ("Fighters based in Burkina Faso attacked a post near the village of Zongbirago.", "Zongbirago", "BF"),
    ],
)
def test_an_unlisted_settlement_lies_in_the_storys_country(places: Places, text: str, surface: str,
                                                           country: str) -> None:
    assert find(run(places, text), surface).country == country


def test_a_shortened_word_of_any_language_opens_a_second_alias() -> None:
    rows = [*table("place_words.tsv"), {"role": "shortened", "word": "Zorbsaint", "lang": "xx", "short": "Zs"}]
    shortenings = places._shortenings(rows)
    assert ("Saint ", "St ") in shortenings and shortenings[-1] == ("Zorbsaint ", "Zs ")
    found = run(Places(), "The frigate called at Basseterre in St Kitts and Nevis on Monday.")
    assert find(found, "St Kitts and Nevis").country == "KN"


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # The atoll's bare name later in the story is the atoll, not a town abroad of that name.
        ("Patrol planes will use the old runway on Midway Atoll again. The lagoon off Midway had no visitors this "
         "winter.", "Midway", "UM"),
        # ... and before the whole name: a headline names it short.
        ("Norfolk wants a longer runway\nThe council of Norfolk Island asked Canberra for a longer runway on Monday.",
         "Norfolk", "NF"),
    ],
)
def test_an_island_named_whole_is_what_its_bare_name_means(places: Places, text: str, surface: str,
                                                            country: str) -> None:
    assert find(run(places, text), surface).country == country


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # A town's name that a particle ties to a word naming nothing is the end of a longer name.
        ("The patrol boat docked at Quai des Cannes, on the coast, on Friday.", "Cannes"),
        ("Fishermen camp at Carbet des Cannes, upriver, in the dry season.", "Cannes"),
        # ... or the start of one, before a particle and a word naming nothing
        ("Gunners train at the Salto di Vendrasca ranges each autumn.", "Salto"),
        ("The ferry calls at Cannes des Trembleurs twice a week.", "Cannes"),
    ],
)
def test_a_name_a_particle_ties_to_an_unknown_word_is_no_town(places: Places, text: str, surface: str) -> None:
    assert surface not in [s for s, _ in run(places, text)]


def test_a_town_after_a_known_name_and_a_particle_stays(places: Places) -> None:
    found = run(places, "Ferries run between Nice and Cannes, and from Port de Paix to Le Cap.")
    assert find(found, "Cannes").country == "FR"


@pytest.mark.parametrize(
    "text",
    ["Brussels said the European Union would fund a new coastguard pier.",
     "The radar was paid for by the EU and handed to the navy in Dakar."],
)
def test_a_union_of_states_is_no_place(places: Places, text: str) -> None:
    """The European Union is read (so that 'EU' is no French town) but is not reported: it is no place."""
    found = run(places, text)
    assert all(p.name != "European Union" and p.kind != "bloc" for _, p in found)
    assert all(s not in ("EU", "European Union") for s, _ in found)
    assert any(p.kind == "city" for _, p in found)


def test_an_unlisted_lake_lies_in_the_country_the_article_places_it_in(places: Places) -> None:
    """A lake the gazetteer lacks is inland water: it takes the article's country, as a mountain does, where a gulf
    the gazetteer lacks stays no one state's."""
    found = run(places, "Kenyan police boats patrol Lake Baringo, north of Nakuru. Kenya says the post at "
                        "Kampi ya Samaki will grow, and boats also patrol the Gulf of Kavirondo.")
    assert find(found, "Lake Baringo").country == "KE"
    assert find(found, "Gulf of Kavirondo").country is None


def test_a_town_of_the_story_s_country_outranks_a_named_neighbour_s_city_by_another_name(places: Places) -> None:
    """'Trung Son' is a Vietnamese town's own name and a Chinese city's Vietnamese reading: in a story about Vietnam
    that names China, the name that sounds nothing like the city's own is the Vietnamese town's."""
    found = run(places, "Vietnam moves corvettes south\nVietnam's navy based two corvettes in Trung Son, the defence "
                        "ministry in Hanoi said. China's coast guard was not told. Officials said a pier in Vietnam "
                        "would be lengthened.")
    assert find(found, "Trung Son").country == "VN"


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Two corvettes put in at Simon's Town before sailing on to Durban.", "Simon's Town", "Simon's Town", "ZA"),
        ("A ferry now links Cox's Bazar with the offshore islands of Bangladesh.", "Cox's Bazar", "Cox's Bazar", "BD"),
        ("The cutter tied up at St. George's, where Grenada's coast guard keeps its boats.", "St. George's",
         "Saint George's", "GD"),
    ],
)
def test_a_name_holding_a_possessive_is_read_whole(places: Places, text: str, surface: str, name: str,
                                                    country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country) == (name, country)


def test_a_possessive_after_a_place_leaves_the_place(places: Places) -> None:
    found = run(places, "Kenya's navy and Peru's coast guard trained with Adam's crew.")
    assert [(s, p.name) for s, p in found if p.kind != "demonym"] == [("Kenya", "Kenya"), ("Peru", "Peru")]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        ("Crews from Texas flew the drones, the American embassy in Georgetown said.", "Georgetown", "GY"),
        ("A team from Texas trained the guards, the US embassy in Victoria said.", "Victoria", "SC"),
    ],
)
def test_an_embassy_stands_in_the_capital_of_the_name(places: Places, text: str, surface: str, country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.country, place.rule) == (country, "places:name/seat")


@pytest.mark.parametrize(
    ("text", "surface", "name", "country"),
    [
        ("Soldiers landed on Bering island in the spring.", "Bering island", "Bering Island", "RU"),
        ("Canadian troops exercised on Baffin island.", "Baffin island", "Baffin Island", "CA"),
    ],
)
def test_a_known_name_with_its_generic_word_in_lower_case(places: Places, text: str, surface: str, name: str,
                                                          country: str) -> None:
    place = find(run(places, text), surface)
    assert (place.name, place.country, place.kind) == (name, country, "island")

"""Dates read the words around a candidate from a view of the whole text, and the digit runs that may open a date by
string tests at each run start: both must give what a regex scan would, wherever a stretch starts and ends."""

from __future__ import annotations

from dataclasses import replace

from basewatch.extract.dates import (
    _DIGIT_START,
    _DIGITS,
    Anchor,
    Context,
    Dates,
    _date_digits,
    _opens_number,
    _unfolded,
    build_grammar,
    scanned_words,
)
from basewatch.extract.normalize import make_doc
from basewatch.extract.spacing import folds_into_ascii

TEXTS = [
    "The frigate's crew said they'll sail on Monday; 'Operation_Blue' isn't over, the navy's chief said.",
    "Les forces l'ont quitté l'été dernier — d'après le ministère, ''x'' et rock'n'roll.",
    "ΣΟΦΙΑ said the ΣΑΣ base will reopen next year.",
    "İstanbul talks, held in March, will resume in May 2025 at the base.",
    "A_B __init__ 'quoted' '' ' q' 12'5 naïve café résumé",
]


def test_words_match_a_regex_scan_of_every_stretch() -> None:
    grammar = build_grammar("en")
    for text in TEXTS:
        doc = make_doc(text)
        ctx = Context(doc, grammar.lexicon, grammar.cues, Anchor.parse(None))
        for lo in range(len(doc.norm) + 1):
            for hi in range(lo, min(len(doc.norm), lo + 45) + 1):
                assert ctx.words(lo, hi) == scanned_words(doc.norm[lo:hi]), (text, lo, hi)


DIGIT_TEXTS = [
    "On 5 March 2021, 12 jets and 1,200 troops; 3.75 tonnes, 747s, F-16 and $40m, 3,500-strong, 1.200 men.",
    "In 2019/20 the 2nd wing, #4 and 12.5.2020 or 5,000 or 05.03.2019 or 12,34 or 1,2345 or A320 and 2_3.",
    "١٢ مارس ٢٠٢١ and ٣،٥٠٠ and 𝟙𝟚 digits, 42",
]


def test_digit_run_tests_match_the_regexes() -> None:
    for text in DIGIT_TEXTS:
        doc = make_doc(text)
        runs = doc.digit_runs()
        assert _date_digits(doc.norm, runs) == [m.span() for m in (_DIGITS.match(doc.norm, r) for r in runs) if m]
        assert [r for r in runs if _opens_number(doc.norm, r)] == [r for r in runs if _DIGIT_START.match(doc.norm, r)]


NEEDING_TEXTS = [
    "Two years ago the base opened; three weeks LATER it closed, and 5 days Earlier a drill ran. Since 2019, 12 jets.",
    "In 2019, 12 jets came. The base closed 3 years later. The 40 troops left 2 days ago, before the summer of 2020.",
    "Over the weekend of 3 March, 7 ships sailed; the winter 2021 drill came 2 weeks afterwards, not 2 weeks agO.",
    "Il y a deux ans, trois semaines plus tard, le week-end du 3 mars; l'été 2020.",
    "Two years ago the ſhips left (ı, µ, ΣΟΦΙΑ), and 3 days later they came back.",
    "Two years ago the Straße (µ, ΣΟΦΙΑ, KELVIN) was shut, and 3 days later the AGO report.",
]


def test_rules_skipped_for_want_of_their_word_would_not_have_matched() -> None:
    dates = Dates()
    for text in NEEDING_TEXTS:
        doc = make_doc(text, published="2024-05-10")
        grammar = dates.grammars.get(doc.language) or dates.grammars["en"]
        reach = grammar.reaches(doc)
        lowered = doc.lower()
        for start, kinds in grammar.opener_starts(doc.norm, lowered, grammar.windows(doc.norm, lowered)):
            found, tried = grammar.match(doc.norm, start, kinds, reach), grammar.match(doc.norm, start, kinds)
            assert (found and (found.span(), found.lastgroup)) == (tried and (tried.span(), tried.lastgroup))


def test_texts_the_lower_case_does_not_guide() -> None:
    assert not _unfolded("Plain ASCII, KELVIN and café, naïve, Ärger")
    assert all(_unfolded(f"text {ch} here") for ch in "ıſµΣςϐ")


def test_texts_an_ascii_word_may_be_misread_in() -> None:
    # the shared test `Reach` reads: the letters a case-blind pattern takes for ASCII ones, no other
    assert not folds_into_ascii("Plain ASCII, KELVIN and café, naïve, Ärger, Straße, µ, ΣΟΦΙΑ")
    assert all(folds_into_ascii(f"text {ch} here") for ch in "\u0131\u017f\u0130\u212a")


FOLLOWING_TEXTS = [
    "From March to May 2021, then March-April, on Monday, 5 March, Friday next week, next week Tuesday, the 1990s.",
    "Between 12 and 14 June 2019, the 3rd of May, 2019-05-01, 05/03/2019, 3-2020, 2019 to 2021, 2019-20 drills.",
    "Early in the year 2020, the end of 2019, mid-March, late last year, this time last year, the past three weeks.",
    "The day before, the same week, last Friday, the weekend, this summer, summer 2021, three years ago, a few days "
    "later, twenty-five years ago, a dozen years earlier, the year before last, May 2019 saw the first drill.",
    "Le 5 mars 2021, du 3 au 5 mai, l'été dernier, il y a deux ans; am 3. März 2021, letzte Woche.",
    "In March ſix jets, 2019 ıs the year, on Monday KELVIN, the 2019 annexation, a 2008 Ford, 1,200 troops 3 years.",
    "In the 1980's and early 1970S, the 1960ſ, 1950s-era jets, 2020 drills, 2010, 1900x and 2000 troops 1990.",
]


def test_rules_skipped_for_the_word_after_their_start_or_their_digits_would_not_have_matched() -> None:
    dates = Dates()
    for text in FOLLOWING_TEXTS:
        doc = make_doc(text, published="2024-05-10")
        grammar = dates.grammars.get(doc.language) or dates.grammars["en"]
        unfiltered = replace(grammar, follows={kinds: (None,) * len(sets) for kinds, sets in grammar.follows.items()},
                             decades={kinds: (False,) * len(rules) for kinds, rules in grammar.decades.items()})
        lowered = doc.lower()
        for start, kinds in grammar.opener_starts(doc.norm, lowered, grammar.windows(doc.norm, lowered)):
            found, tried = grammar.match(doc.norm, start, kinds), unfiltered.match(doc.norm, start, kinds)
            assert (found and (found.span(), found.lastgroup)) == (tried and (tried.span(), tried.lastgroup)), text


def test_the_rules_skipped_for_the_word_after_their_start() -> None:
    grammar = build_grammar("en")
    month, digits4 = frozenset({"month"}), frozenset({"digits4"})
    assert grammar.match("March 2021", 0, month) is not None  # a month and a year: no range
    assert grammar.match("March to May 2021", 0, month) is not None
    skipped = [follows for follows in grammar.follows[digits4] if follows is not None]
    assert skipped and all("the" not in follows for follows in skipped)  # '2019, the' opens no ISO date, no range

"""The sources component's patterns written to open with a set of letters match what their `\\b` forms match: each
test reads its own sentences both ways, from every start and to several ends."""

from __future__ import annotations

import re

import pytest

from basewatch.extract import sources as S

_TEXTS = (
    "Local radio stations said the Kestrel press office, not the Ardent media, posted it; local TV aired it.",
    "According to the Vantor Times, a Borland News Television crew was told by locals; Lemuria news agencies wrote.",
    "The Mirrow Herald cited officials, and Ostrava Press Agency quoted the Wire, writes the Daily Post's editor.",
    "localpress Xlocal media; reported by Tarn media \u017fAID via KLOCAL Press secretary Ruel Media",
)
_CASES = (
    (S._LOCAL_MEDIA,
     r"\blocal\s+(?:radio|television|TV|media|press|newspapers?|broadcasters?)(?:\s+(?:stations?|channels?))?\b"
     r"|\b[A-Z][a-z]+\s+news\s+agencies\b"
     r"|\b[A-Z][a-z]+\s+(?:media|press)\b(?!\s+(?:secretary|secretaries|conference|release|office|service|officers?|"
     r"briefing|freedom|card|corps|pool|statement|attach|reports?)\b)"),
    (S._MASTHEAD,
     r"\b(?:News|Times|Post|Herald|Journal|Gazette|Tribune|Observer|Telegraph|Chronicle|Courier|Examiner|Inquirer|"
     r"Dispatch|Radio|Television|TV|Press\s+Agency|Wire)\b"),
    (S._CITED_BEFORE,
     r"(?i:\b(?:according\s+to|citing|cited|quoted|told|reported|said|says|wrote|writes|posted|tweeted|shared|"
     r"published|announced|broadcast|aired|streamed|by|via|on|in|from))\s+"
     r"(?:(?:the|an?|its|his|her|their)\s+)?(?:(?!(?i:that|and|or)\b)[\w'-]+\s+){0,3}$"),
)


@pytest.mark.parametrize(("opened", "plain"), _CASES)
def test_opened_patterns_match_as_their_word_boundary_forms(opened: re.Pattern[str], plain: str) -> None:
    boundary = re.compile(plain)
    for text in _TEXTS:
        for lo in range(len(text)):
            for hi in (lo + 12, lo + 40, len(text)):
                want, got = boundary.search(text, lo, hi), opened.search(text, lo, hi)
                assert (want and want.span()) == (got and got.span())

""":func:`strip_page_text` refuses a sentence no prefix opens with one question
(``_ANY_PREFIX`` and a look for the list header's colon) and answers as the plain walk over
every prefix, on a newspaper's paragraphs and on crafted heads."""

from __future__ import annotations

import json
import re

from generator.ingest import page_text
from generator.ingest.formats import text_units
from generator.ingest.jsonl import detokenize
from tests.conftest import SHARED_DATA

GUARDIAN = SHARED_DATA / "t17" / "h1n1" / "guardian" / "articles.jsonl"
HEADS = [
    "Cairo, Egypt -- Protesters gathered on Friday.",
    "WASHINGTON (CNN) -- The president spoke.",
    "CIBOLO, Texas | Fri May 1, 2009 1:22 pm EDT The school closed.",
    "From Hada Messia, CNN Protesters gather in Rome.",
    "Sat Jan 15 2011 22:59:00 Tunisia's president fled.",
    "Page last updated at 08:03 GMT, Tuesday, 26 July 2011 09:03 UK The vote was held.",
    "Photograph: Ron Edmonds/AP The president waves.",
    "Kim Badawi/Getty Images for CNN Crowds gather.",
    "Haiti earthquake: Your stories The ground shook.",
    "Developments in Egypt: -- Hundreds of police officers protested.",
    "Hundreds said: -- It was over.",
    "SNOW (voice-over): The storm came.",
    "Well, this Facebook page is new.",
    "(For full coverage, click (nFLU)) The flu spread.",
    "A mistake CAIRO | Wed",
    "Updated: 4 May 2021 The council met.",
    ": -- A colon first.",
]


def _plain(sentence: str, date_text: str | None) -> str:
    """:func:`page_text.strip_page_text` as it was: every prefix asked in turn."""
    stripped = page_text._TRAILING_DATELINE.sub("", sentence) if "|" in sentence else sentence
    stripped = page_text._LEADING_NOTE.sub("", stripped)
    for prefix in page_text._PREFIXES:
        found = prefix.match(stripped)
        if found and (date_text is None or date_text not in found.group(0)):
            stripped = stripped[found.end() :]
    if len(stripped) == len(sentence):
        return sentence
    return stripped if re.search(r"\w", stripped) else sentence


def _sentences() -> list[str]:
    texts = list(HEADS)
    if GUARDIAN.is_file():
        for line in GUARDIAN.read_text("utf-8").splitlines()[:40]:
            texts += [u.text for u in text_units(detokenize(json.loads(line)["text"]))]
    return texts


def test_page_text_is_stripped_as_by_every_prefix() -> None:
    for sentence in _sentences():
        for date_text in (None, "2009", "26 July 2011"):
            assert page_text.strip_page_text(sentence, date_text) == _plain(sentence, date_text)

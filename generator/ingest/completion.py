"""A headline fragment completed from what follows its date: the leaf steps.

"The Security Council voted" + "… on Thursday to impose a no-fly zone over Libya" →
"The Security Council voted to impose a no-fly zone over Libya"
(:func:`generator.ingest.headline.make_headline` decides when).
"""

from __future__ import annotations

import re

from generator.ingest.title_finish import without_dangling
from generator.ingest.title_length import cut_point

COMPLETE_WORDS = 15
"""Longest headline when a fragment is completed with its object."""
OPEN_VERB = re.compile(
    r"^(?:said|says|announced|announces|voted|votes|estimated|estimates|confirmed|agreed|decided"
    r"|began|begun|started|warned|reported|stated|added|claimed|declared|revealed|urged|called"
    r"|told|asked|noted|insisted|promised|pledged|threatened|admitted|denied|ruled|signalled"
    r"|signaled|indicated|suggested|ordered|demanded|vowed|proposed|approved|rejected|launched"
    r"|is|was|are|were|has|have|had|will|would|could|can|may|might|must|should|be|been)$",
    re.I,
)
"""Verbs that leave a headline unfinished when nothing follows them ("Qatar announced")."""
_OPEN_VERBS = frozenset(OPEN_VERB.pattern[4:-2].split("|"))
""":data:`OPEN_VERB`'s words."""


def is_open_verb(word: str) -> bool:
    """``OPEN_VERB.match(word) is not None``: a set lookup of a word of ASCII letters,
    lower-cased (the pattern ignores case); another may fold to ASCII ("ſaid") or end on a
    line break (before which ``$`` matches) and goes to the pattern."""
    if word.isascii() and word.isalpha():
        return word.lower() in _OPEN_VERBS
    return OPEN_VERB.match(word) is not None


THAT_ASIDE = re.compile(r"^that,\s[^,]{3,80},\s")
"""An aside between "that" and its clause ("cautioned that, while the economy is on the mend,
unemployment remains an issue"): the headline keeps the clause."""


def join_overlap(head: str, tail: str) -> str:
    """``head`` then ``tail``, without repeating words that end one and start the other."""
    a, b = head.split(), tail.split()

    def key(words: list[str]) -> list[str]:
        return [w.strip(",.;:").casefold() for w in words]

    for n in range(min(len(a), len(b)), 0, -1):
        if key(a[-n:]) == key(b[:n]):
            return " ".join(a + b[n:])
    return f"{head} {tail}".strip()


COMPLEMENT = re.compile(
    r"\s*,?\s*(?:that|to|when|as|after|with|for|against|over)\s"
    r"|\s+(?!(?:and|but|or|is|was|were|are|who|which|whose|while)\b)[A-Za-z“\"‘']",
    re.I,
)
"""What may follow an open verb and complete it: an object, a that/to clause."""


def cut_completed(text: str) -> str:
    """At most :data:`COMPLETE_WORDS` words, cut before a function word, no dangling end."""
    cut = text.split()[:COMPLETE_WORDS]
    if len(cut) == COMPLETE_WORDS:
        cut = cut[: cut_point(cut, COMPLETE_WORDS - 1, 4) or COMPLETE_WORDS]
    return without_dangling(" ".join(cut).strip(" ,;:—–.“”\"'‘’"))

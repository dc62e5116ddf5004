"""Who did what a report tells: two reports whose doers are different people, neither named
in the other's sentence, tell two happenings.

"U.S. Defense Secretary Robert Gates spoke with Egyptian Field Marshal Mohammed Hussein
Tantawi on Saturday" and "Israeli Defense Minister Ehud Barak spoke to his Egyptian
counterpart Mohammed Hussein Tantawi on the phone Saturday" share a day, a verb and the
man called: two calls. Only a person named in full opening the title counts as its doer
(a body's name, "Human Rights Watch", may stand for its spokesman's words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from generator.ingest.verbs import is_verb
from generator.models import Mention

_NAME_WORD = re.compile(r"[A-Z][a-z][\w’'-]*|[A-Z]\.(?:[A-Z]\.)?")
"""A word of a person's name: "Robert", "Ki-moon", "P.J."."""
_BODY_WORDS = frozenset(
    """Watch Organization Organisation Ministry Department Council Committee Party Agency
    Office House Bank Union Nations Service Court Post Times News Network International
    Association Group Brotherhood Front Movement Authority Government Commission Fund
    Programme Program Corps Force Forces Army Police Command Institute University School
    College Hospital Center Centre Church Company Airlines Lines Airways Inc Corp Senate
    Congress Parliament Embassy Guard Navy Department Square Street""".split()
)
"""Words that make a capitalised name a body's or a place's, not a person's."""


def name_start(words: Sequence[str], end: int, stop: frozenset[str] = frozenset()) -> int:
    """Where the person's name that ends before ``words[end]`` starts: at most three name
    words back, none of them in ``stop`` (an office's word: "Secretary General | Ban
    Ki-moon"); ``end`` when no name word is there."""
    start = end
    while (
        start > 0
        and end - start < 3
        and _NAME_WORD.fullmatch(words[start - 1])
        and words[start - 1] not in stop
    ):
        start -= 1
    return start


@lru_cache(maxsize=1 << 14)
def doer(title: str) -> str | None:
    """The surname of the person named in full just before the title's verb ("U.S. Defense
    Secretary Robert Gates spoke …" → "Gates"), or None."""
    words = title.split()
    verb = next((i for i, w in enumerate(words) if is_verb(w)), None)
    if verb is None or verb < 2:
        return None
    name = words[name_start(words, verb) : verb]
    if len(name) < 2 or any(w in _BODY_WORDS for w in name):
        return None
    return name[-1].removesuffix("'s").removesuffix("’s")


def different_doers(one: Mention, other: Mention) -> bool:
    """Whether two reports tell what two different people did: each title opens on a
    person named in full, the two differ, and neither sentence names the other's."""
    first, second = doer(one.title), doer(other.title)
    if first is None or second is None or first == second:
        return False
    return not re.search(rf"\b{re.escape(first)}\b", other.sentence) and not re.search(
        rf"\b{re.escape(second)}\b", one.sentence
    )

"""The form of a title that is no headline at all: no verb, two sentences run together, a
list, a clause or a phrase instead of a sentence, broken off before what was said, or a
fragment cut from a quote (:mod:`generator.ingest.confidence` holds such an event back)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator import fastre
from generator.dates import MONTH_NAMES
from generator.ingest.happening_checks import FORM_SCAN, SAID_AFTER
from generator.ingest.title_checks import BROKEN, SENTENCE_GAP
from generator.ingest.title_checks import TITLE_WORD as _WORD
from generator.ingest.verbs import has_verb, surely_verb, verb_only_in_relative

NO_VERB = f"{BROKEN}: it has no verb"
"""The reason for a title without a verb (a scheduled event may have one)."""
FRAGMENT = "title is a fragment of a quote"
"""The reason given for a title cut from the middle of a quote or sentence (broken too)."""
_DASH = re.compile(r"\s(?:-{1,2}|[–—])\s")
"""A dash between words, which opens or closes an aside."""


def _verbs_only_aside(title: str) -> bool:
    """Whether the title's words outside an aside opened by a dash have no verb: the aside
    runs to a second dash or to the end ("A British search and rescue team - made up of 71
    people, mostly from the fire services", "The government -- which said …"), not "The
    quake - Haiti's worst in two centuries - struck at 1653". A title without a dash's
    character has none: it is not split."""
    if "-" not in title and "–" not in title and "—" not in title:
        return False
    parts = _DASH.split(title, maxsplit=2)
    if len(parts) == 1 or has_verb(_WORD.findall(parts[0])):
        return False
    outside = parts[0] + (" " + parts[2] if len(parts) == 3 else "")
    return not has_verb(_WORD.findall(outside))


_CUT_END = fastre.compile(
    r"(\s(?:and|or)\s+[a-z]+ed)$|\sthe\s+\d[\d,.]*$"
    r"|\s(?:billed|dubbed|hailed|labell?ed|branded|touted|(?:commonly|widely|also|better"
    r"|popularly)\s+known)$",
    scan=FORM_SCAN,
)
"""An end that has lost what it needs: a second verb's object ("… up from 1,364 and
repeated"), a noun after a number ("… adding to the 21"), the "as" phrase of a naming verb
("… for what is being billed", "… of what has been commonly known")."""
_LISTENER_WORDS = 3
"""Words after "told" that name only whom it was told ("told state television")."""
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s")
"""A passive, in which "… shot and killed" ends whole."""
_CONNECTIVE_START = frozenset("and but or so which who whom that because while".split())
"""Words that start the middle of a sentence, not a headline."""


def broken_form(title: str, words: list[str]) -> list[str]:
    """The ways a title is not a headline at all by its form (see :data:`BROKEN`): no verb,
    two sentences run together, a list, a clause or phrase, broken off."""
    if not words:
        return []
    if not has_verb(words):
        return [NO_VERB]
    if _verbs_only_aside(title):
        return [f"{BROKEN}: its verbs are all in an aside after a dash ({words[0]!r} …)"]
    cut = _CUT_END.search(title.rstrip(" .,;:"))
    if cut and not (cut.group(1) and _PASSIVE.search(title)):
        return [f"{BROKEN}: it breaks off at {cut.group(0).strip()!r}"]
    if verb_only_in_relative(words):
        return [f"{BROKEN}: its only verb is in a relative clause ({words[0]!r} … {words[-1]!r})"]
    glued = _GLUED.search(title)  # the share of capitals is counted only for a glued one
    if glued and _capitalised(words) < 0.6 and ":" not in title[: glued.start()]:
        return [f"{BROKEN}: two sentences run together ({glued.group(0).strip()!r})"]
    if ";" in title:
        return [f"{BROKEN}: it is a list"]
    tail = _WORD.findall(title.rpartition(":")[2]) if ":" in title else []
    if len(tail) >= 2 and not has_verb(tail) and has_verb(words):
        return [f"{BROKEN}: it ends in a fragment after a colon"]
    head = _WORD.findall(title.partition(":")[0]) if ":" in title else []
    if len(head) >= 3 and has_verb(head) and has_verb(tail) and tail[0][:1].isupper():
        return [f"{BROKEN}: a page's headline is glued before it ({' '.join(head[:4])!r} …:)"]
    lowered = list(map(str.lower, words))  # the set tests below skip most scans of them
    openers = (
        [
            i
            for i, w in enumerate(lowered)
            if w in _CLAUSE_OPENERS
            and not (i + 1 < len(lowered) and lowered[i + 1] in _NOT_A_CLAUSE_AFTER)
        ]
        if not _CLAUSE_OPENERS.isdisjoint(lowered)
        else []
    )
    if openers:
        last = openers[-1]
        rest = words[last + 1 :]
        reported = lowered[last] == "that" and last and lowered[last - 1] in _SAYING_VERBS
        subject = lowered[last] == "that" and lowered[last + 1 : last + 2] in _DETERMINED
        longest = _REPORTED_WORDS if reported or subject else 5
        if 0 < len(rest) <= longest and not has_verb(rest):
            return [f"{BROKEN}: it breaks off after {words[last]!r}"]
    between = (
        max(i for i, w in enumerate(lowered) if w == "between") if "between" in lowered else None
    )
    if (
        between is not None
        and len(lowered) - between <= 4
        and not any(w == "and" or w.endswith("s") for w in lowered[between + 1 :])
    ):  # "… between British": and whom? ("between rival gangs" is whole)
        return [f"{BROKEN}: it breaks off after 'between'"]
    gap = (
        next(
            (
                i
                for i in range(1, len(words))
                if words[i - 1] in _SAYING_VERBS and lowered[i] in _LOST_SUBJECT
            ),
            None,
        )
        if not _LOST_SUBJECT.isdisjoint(lowered)
        else None
    )
    if gap is not None:  # "… which the WHO warned today has the potential …": what has?
        return [
            f"{BROKEN}: what was said lost its subject ({' '.join(words[gap - 1 : gap + 1])!r})"
        ]
    if lowered[-1] in _SAYING_VERBS and not SAID_AFTER.search(title):  # "…, WHO warned"
        return [f"{BROKEN}: it stops at {words[-1]!r}, before what was said"]
    said = (
        next((i for i in range(len(lowered) - 1, 0, -1) if lowered[i] in _SAYING_VERBS), None)
        if not _SAYING_VERBS.isdisjoint(lowered)
        else None
    )
    if said is not None and 0 < len(lowered) - said - 1 <= 3 and _only_when(lowered[said + 1 :]):
        return [f"{BROKEN}: it breaks off at {' '.join(words[said:])!r}"]
    if (
        said is not None
        and lowered[said + 1 : said + 2] in (["after"], ["following"], ["amid"], ["during"])
        and lowered[said] not in ("told", "asked")
        and "that" not in lowered[said + 1 :]
    ):  # "State television announced after protests by workers …": announced what?
        return [f"{BROKEN}: it tells of {words[said]!r} without what was said"]
    if "," not in title and (
        lowered[0] in _SUBORDINATE_START
        or (lowered[0] in _TIME_CLAUSE_START and lowered[1:2] and lowered[1] not in _NO_CLAUSE)
        or (lowered[0] in _OPENING_SPANS and lowered[1:2] and lowered[1] in _TIME_CLAUSE_START)
    ):
        return [f"{BROKEN}: it is a clause, not a sentence ({words[0]!r})"]
    opening, comma, after_comma = title.rpartition(",")
    if comma and _LEADING_TIME_CLAUSE.match(opening) and not has_verb(_WORD.findall(after_comma)):
        return [f"{BROKEN}: its main clause is cut off ({after_comma.strip()!r})"]  # "A day after
        # Hosni Mubarak stepped down, employees"
    if lowered[1:2] == ["including"]:  # "Elsewhere including fire crews …, traveled …"
        return [f"{BROKEN}: it opens mid-sentence ({' '.join(words[:2])!r})"]
    if lowered[0] in _AUXILIARY_START:
        return [f"{BROKEN}: it does not say who ({words[0]!r})"]
    if (
        lowered[0] in _PHRASE_START
        and lowered[1:2] != ["least"]
        and "," not in title
        and not _past_or_auxiliary(lowered)
    ):
        return [f"{BROKEN}: it is a phrase, not a sentence ({' '.join(words[:2])!r})"]
    if said is not None and lowered[said] in _SAYING_CLAUSE and not _attributed(title, words, said):
        what = words[said + 1 :]
        if 0 < len(what) <= _REPORTED_WORDS and not has_verb(what):
            return [f"{BROKEN}: it breaks off in what was said ({' '.join(words[said:])!r})"]
        if lowered[said] in ("told", "tells") and 0 < len(what) <= _LISTENER_WORDS:
            return [f"{BROKEN}: it stops at whom it was told ({' '.join(words[said:])!r})"]
    return []


def _capitalised(words: Sequence[str]) -> float:
    """The share of ``words`` that start with a capital."""
    return sum(w[0].isupper() for w in words) / len(words)


_GLUED = fastre.compile(
    SENTENCE_GAP + r"(?:The|A|An|In|It|This|That|He|She|They|We|But|His|Her|Their|On|At)"
    r"\s+(?=[a-z0-9])",
    scan=FORM_SCAN,
)
"""A sentence starting mid-title after a lowercase word (:data:`~generator.ingest.title_checks.
SENTENCE_GAP`: "… the protests The military will …"); not a name that starts with "The" ("a
letter to The Guardian")."""
_CLAUSE_OPENERS = frozenset("that which who whom whose whether because where how why".split())
"""Words that open a clause; a title ending in one without a verb breaks off in it."""
_NOT_A_CLAUSE_AFTER = frozenset(
    "of year day week month time night morning evening moment point decade period".split()
)
"""After these an opener is a determiner or preposition ("in that year", "because of")."""
_DETERMINED = tuple([w] for w in "the a an his her its their our".split())
"""Words after which "that" opens a clause, not names a thing ("a pandemic that | the most
populous countries in Asia"): that clause's subject needs its verb however long it runs."""
_SAYING_CLAUSE = frozenset("said says told tells".split())
"""Verbs whose object is a clause: a title that ends without its verb has lost it ("Tony
Blair said the fanatics", "The UN said a total of about $270m")."""
_SAYING_VERBS = frozenset(
    """said says told announced announces confirmed confirms reported reports added adds stated
    states declared declares revealed reveals claimed claims noted notes explained explains
    insisted insists warned warns acknowledged acknowledges cautioned cautions stressed stresses
    argued argues predicted predicts asked asks""".split()
)
"""Verbs whose object is what was said: a title ending in one has lost it."""
_LEADING_TIME_CLAUSE = re.compile(
    r"(?:(?:a|an|one|two|three|hours|days|weeks|minutes|moments|shortly|soon|just)\s+"
    r"(?:\w+\s+)?)?(?:after|before|when|while|as|since|once|until|following|although|though"
    r"|because|if)\s",
    re.I,
)
"""A clause of time or cause opening a title: its main clause comes after the comma."""
_LOST_SUBJECT = frozenset("has have will would could can may might".split())
"""Auxiliaries that need a subject: right after a saying verb, what was said lost its own
("… warned has the potential"); not "were", which a participle's noun may have ("the cases
confirmed were adults")."""
_WHEN_WORDS = frozenset(
    """today yesterday tonight monday tuesday wednesday thursday friday saturday sunday""".split()
)
_REPORTED_WORDS = 10
"""Words after "said that" that still need a verb of their own ("said that 98 percent of all
flu samples")."""
_WHEN_PREPOSITIONS = frozenset("on in at late early".split())


def _attributed(title: str, words: Sequence[str], said: int) -> bool:
    """Whether the saying verb at ``said`` is passive ("is said to be") or attributes what
    the title said before its last comma ("X was arrested, a source told CNN")."""
    if words[said - 1].lower() in _PASSIVE_BEFORE:
        return True
    head, comma, tail = title.rpartition(",")
    return bool(comma) and words[said] in _WORD.findall(tail) and has_verb(_WORD.findall(head))


_PASSIVE_BEFORE = frozenset("is are was were be been being".split())


def _only_when(words: Sequence[str]) -> bool:
    """Whether ``words`` only say when ("Thursday", "on Thursday", "in late May")."""
    return words[-1] in _WHEN_WORDS | _MONTHS and all(
        w in _WHEN_PREPOSITIONS or w in _WHEN_WORDS | _MONTHS for w in words
    )


_MONTHS = frozenset(m.lower() for m in MONTH_NAMES)
_TIME_CLAUSE_START = frozenset("as after before".split())
"""Words that open a clause or a phrase of time ("After the virus was identified")."""
_OPENING_SPANS = frozenset(
    "minutes hours days weeks months years moments seconds shortly soon".split()
)
"""Words that open a clause of time with "after"/"before" ("Minutes after the bombings …"):
fewer than :data:`~generator.ingest.title_length.TIME_SPANS`, which keeps "a day before" in
one cut; with its "just", "Just as we liberated Cuba …" would be doubted too."""
_NO_CLAUSE = frozenset("many much well part of for".split())
"""After "As" these make a phrase of a main clause ("As many as 100 people died")."""
_AUXILIARY_START = frozenset(
    "is are was were has have had will would can could saw brought marked witnessed".split()
)
"""A title that opens with one has lost its subject ("Was the day troops took the city", "Saw
Italy's death toll reach 21" of "Wednesday saw …")."""
_PHRASE_START = frozenset("in on at with during for from by".split())
"""Prepositions that open a title's phrase: with no comma and no past or auxiliary verb after,
the phrase is all there is ("In phone calls with foreign leaders")."""


def _past_or_auxiliary(lowered: Sequence[str]) -> bool:
    """Whether any of ``lowered`` is an auxiliary or a past form: a verb the lexicon is sure of
    (an "-s" form after a noun may be a plural: "phone calls")."""
    return any(w in _PASSIVE_BEFORE or surely_verb(w) for w in lowered)


_SUBORDINATE_START = frozenset(
    """although though despite whereas unless because since while whether if with
    specifically how amid amidst among following when whenever until once where whereby
    wherever whose whom which having being elsewhere meanwhile separately moreover
    furthermore nevertheless nonetheless asked pressed questioned""".split()
)
"""Words that start a dependent clause ("Asked at the briefing whether the U.S. continues to
back Hosni Mubarak"): a title starting with one and no comma is not a sentence."""


def in_capitals(title: str) -> bool:
    """Whether ``title`` has four letters or more, all capitals. A lower-case ASCII letter,
    which nearly every title has, says no at once: each letter is looked at only in a title
    without one."""
    if _LOWER_ASCII.search(title):
        return False
    letters = [c for c in title if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_LOWER_ASCII = re.compile("[a-z]")


def is_fragment(title: str, words: list[str]) -> bool:
    """True for a title cut from the middle of a quote or sentence."""
    text = title.strip()
    if not text or text.endswith(("…", "...")) or text.startswith(("…", "...")):
        return bool(text)
    straight = text.count('"')
    opened, closed = text.count("“"), text.count("”")
    unopened = text.count(")") > text.count("(")  # "Walter Road Chapel) He died"
    if straight % 2 or opened != closed or text[0] in ")]},;:-–—" or unopened:
        return True
    if words[:2] in (["Let", "us"], ["Let's"], ["Let’s"]):
        return True  # "Let us recall: the attack … shook America": a speaker's words
    if not words:
        return False
    opener = words[0]  # "Who …" opens a clause; "WHO said …" is the organisation
    return text[0].islower() or (opener.lower() in _CONNECTIVE_START and not opener.isupper())

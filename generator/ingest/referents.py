"""Who a title's pronoun or relative clause is about, from the sentence it comes from.

"In May, Ortega praised the accord, and on Friday, he signed it" is titled "Ortega
signed it"; "The strain, which …" and "…, said Ana Ruiz, who …" give the relative
clause its antecedent (:mod:`generator.ingest.headline` joins them).
"""

from __future__ import annotations

import re

from generator.ingest.names import NAME as _NAME
from generator.ingest.page_text import normalize
from generator.ingest.verbs import is_verb

_PRONOUN = re.compile(r"^(He|She|His|Her)\b")
_CLAUSE_SUBJECT = re.compile(rf"(?:^|[,;]\s+|\band\s+)({_NAME}(?:\s+{_NAME}){{0,2}})\s+(?=[a-z])")
"""A name opening a clause, followed by its verb: "In May, Ortega praised …"."""
_NOT_A_NAME = re.compile(
    r"^(?:In|On|At|By|Since|During|After|Before|The|A|An|This|That|But|And|Yet|Still|Last|Next|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|He|She|His|Her|Its|Their|It"
    r"|They|We|I|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Earlier|Later|Meanwhile|Also"
    r"|However|Today|Yesterday|Tomorrow|Tonight)$"
)


def resolve_pronoun(headline: str, sentence: str, date_text: str) -> str:
    """ "he signed it" → "Ortega signed it" when an earlier clause of the sentence has Ortega
    as its subject ("In May, Ortega praised the accord, and on Friday, he signed it"). A
    name elsewhere (after the pronoun, after a preposition) is no antecedent: then the
    pronoun stays, and the title counts as not saying who."""
    found = _PRONOUN.match(headline)
    if not found:
        return headline
    text = normalize(sentence)
    pronoun = re.search(rf"\b{found.group(1)}\b", text, re.I)
    if pronoun is None:
        return headline
    for match in _CLAUSE_SUBJECT.finditer(text, 0, pronoun.start()):
        words = match.group(1).split()
        if _NOT_A_NAME.match(words[0]) or match.group(1) in date_text:
            continue
        name = words[-1].removesuffix("’s").removesuffix("'s")
        owner = f"{name}’s" if found.group(1) in ("His", "Her") else name
        return owner + headline[len(found.group(1)) :]
    return headline


def antecedent(before: str, *, which: bool = False) -> str | None:
    """What a relative clause refers to: a short noun phrase before the comma, else the
    last Name ("The Hope For Haiti Now telethon and gig, which …", "The strain, which …").
    For a "which" clause, not a Name a preposition ties into a longer phrase ("the criminal
    trial against Dr Murray, which is expected to begin": the trial, not the doctor)."""
    before = before.rstrip(" ,")
    before = re.sub(r",\s(?:a|an|the)\b[^,]*$", "", before)
    phrase = re.split(r"[,;:]\s", before)[-1].strip()
    if 2 <= len(phrase.split()) <= 10 and re.match(
        r"(?:The|A|An|This|That|Its|His|Her|the|a|an)\b", phrase
    ):
        return phrase[:1].upper() + phrase[1:]
    pair = re.fullmatch(
        rf"(?:.*\s)?((?:{_NAME}\s+){{0,2}}{_NAME}\s+and\s+(?:{_NAME}\s+){{0,2}}{_NAME})", phrase
    )
    if pair and not _NOT_A_NAME.match(pair.group(1).split()[0]):
        return pair.group(1)  # "… included Bono and Rihanna, who pre-recorded their …"
    name = re.fullmatch(rf"(?:.*\s)?((?:{_NAME}\s+){{0,3}}{_NAME})", phrase)
    if name and not _NOT_A_NAME.match(name.group(1).split()[0]):
        lead = phrase[: name.start(1)].split()
        while lead and lead[-1][:1].isupper():  # "against Dr | Murray": the whole name
            lead.pop()
        if which and lead[-1:] in _IN_A_PHRASE:
            return None
        return name.group(1)  # "…, said Ana Ruiz, who …": the name just before the comma
    return None  # the last name of a longer phrase may be a place ("soldiers killed in Iraq")


_IN_A_PHRASE = [[w] for w in "against of for with by from to about".split()]
"""Prepositions before a Name that make it part of a longer noun phrase."""
_NP_BOUNDARY = frozenset(
    """of to for with by at in on from about against into over under after before than as
    and or but that which who whom whose said says""".split()
)
"""Words that end, from the right, the noun phrase a restrictive relative clause follows."""
_NP_START = frozenset(
    """the a an this that these those some many several two three four five six seven eight
    nine ten dozens hundreds thousands his her their its""".split()
)
"""Words that open a noun phrase: "the man", "three armed men"."""
_OBJECT_WORDS = 5
"""Most words of that noun phrase ("the three armed men")."""
_QUOTES = "\"“”'‘’"
"""Quotation marks around a noun phrase ('"thugs"')."""


def object_antecedent(head: str) -> str | None:
    """The noun phrase that ends ``head``, the main clause before a restrictive "who …"
    ("Police arrested the man" → "The man"; 'the identity of "thugs"' → "Thugs"), if
    ``head`` has a verb before it and the phrase opens with a determiner or a number, or
    is quoted; else None."""
    words = head.split()
    start = len(words)
    while start > 0 and len(words) - start < _OBJECT_WORDS:
        word = words[start - 1]
        adjective = word.endswith("ed") and start > 1 and words[start - 2].casefold() in _NP_START
        if word.casefold().strip(_QUOTES) in _NP_BOUNDARY or (is_verb(word) and not adjective):
            break
        start -= 1
    if start in (0, len(words)) or not any(is_verb(w) for w in words[:start]):
        return None  # no noun phrase, or no main clause before it
    phrase = words[start:]
    if not (phrase[0][:1] in _QUOTES and phrase[-1][-1:] in _QUOTES):
        opener = next((i for i, w in enumerate(phrase) if w.casefold() in _NP_START), None)
        if opener is None:
            return None  # "the first time that anyone who …": not a phrase that names who
        phrase = phrase[opener:]  # "hunting three armed men" → "three armed men"
        named = all(w[:1].isupper() for w in phrase[1:])
        if named and opener == 0 and words[start - 1].casefold() in _NP_BOUNDARY:
            return None  # "a woman from the Western Cape who …": the place is no antecedent
    text = " ".join(phrase).strip(_QUOTES)
    return text[:1].upper() + text[1:]

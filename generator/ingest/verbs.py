"""Does a title have a verb? A small English verb lexicon for judging headlines.

A headline says who *did* what: "Ben Ali fled the country", "Protesters march
on Cairo". A title without any finite verb ("Several hundred people
demonstrating in Jordan", "A Facebook page called …") is a fragment of a
sentence, not a headline. There is no parser here, so the test is lexical and
lenient: a word counts as a verb if it is an auxiliary or modal, an irregular
past form, a regular past form (lowercase, ending in -ed), or a base or -s form
of a common news verb. Nouns that share a verb's spelling ("the protest") make
it say yes too often, never no: it is meant to find titles that certainly lack
a verb, nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

AUXILIARIES = frozenset(
    """is are was were be been am has have had will would shall should can could may might
    must do does did won't can't isn't aren't wasn't weren't hasn't haven't hadn't didn't
    doesn't don't he's she's it's that's there's who's what's we're they're you're i'm
    we've they've i've you've he'd she'd we'd they'd""".split()
)
"""Auxiliaries and modals: a title with one has a verb phrase."""

IRREGULAR_PAST = frozenset(
    """said told took went came made gave got fled met left led held won lost began rose fell
    hit shot struck sent spoke wrote broke chose drove ran sat stood saw found brought bought
    caught fought thought taught kept slept swept paid laid sold heard built spent lent meant
    felt dealt hung stuck swore tore wore froze woke rode shook threw grew knew flew drew blew
    became overcame undertook forgave forbade ate sought spun withdrew upheld oversaw arose
    bore beat bid cast cut hurt let put quit read set shut split spread thrust upset sank
    sprang stole stung swam swung understood wound forecast overthrew overtook underwent
    rebuilt rewrote rang sang dug fed lit slid strove wove wrung clung flung shrank bled bred
    sped hid bit slit sought shone""".split()
)
"""Past forms that do not end in -ed."""

NEWS_VERBS = frozenset(
    """accept accuse add admit agree aim allow announce appeal appear appoint approve argue
    arrest arrive ask attack back ban bar become begin believe blame block bomb break bring
    build burn buy call cancel capture carry cause charge choose claim clash close come
    comment condemn confirm consider continue convict cost criticise criticize cut deal
    decide declare defend delay demand deny deploy describe die discuss dismiss dissolve
    drop drive elect end evacuate expand expect explode face fail fall fear file find fire
    flee fly follow force free gain gather get give go grant grow guide halt hand head hear
    help hit hold hope impose include increase insist investigate issue join keep kill know
    launch lead leave lift limit lose make march meet move name need negotiate note offer
    open order organise organize oust pass pay plan pledge praise prepare present press
    promise propose protest prove publish pull push quit raise rally reach reassure receive
    recognise recognize record refuse reject release remain remove report request require
    resign respond resume return reveal rise rule run say seek seize sell send sentence set
    show shut sign speak spread stand start state step stop storm strike support surge
    suspend take talk tell threaten topple tour try turn urge visit vote vow wait walk want
    warn welcome win withdraw work wear cross feature admit host lack mark miss pose post
    score sit suffer survive teach treat trigger watch write read attend mourn bury honour
    honor remember celebrate perform play sing release star marry divorce sue probe hail
    slam mark top edge dip jump soar plunge slump climb rebound rank list count estimate
    kidnap rescue injure wound hurt damage destroy collapse flood shake hit erupt spread
    infect confirm test treat vaccinate isolate quarantine close reopen cancel postpone
    delay resume restore cover broadcast air publish print describe insist doubt question
    criticise praise mock defy dismiss sack hire employ arm equip train send deploy expire
    introduce present contradict indicate suggest swell tear last seem""".split()
)
"""Base forms of verbs news titles use; their -s and -ed forms count too."""


_VERB_PREFIXES = frozenset("re co pre un de mis out over under".split())
"""Prefixes a hyphen joins to a verb ("re-elected", "co-founded")."""


NOT_VERBS = frozenset(
    """hundred indeed hatred sacred naked wicked kindred rugged ragged wretched beloved
    crooked""".split()
)
"""Words ending in -ed that are not past forms."""


@lru_cache(maxsize=1 << 14)
def is_verb(word: str) -> bool:
    """Whether ``word`` (as written) can be a finite verb of a headline."""
    if not word or not word[0].islower():
        return False  # a capitalised word mid-title is a name ("United", "Speaks" in a show title)
    w = word.casefold().replace("’", "'")
    head, hyphen, w = w.rpartition("-")
    if hyphen and head not in _VERB_PREFIXES:
        return False  # "long-awaited", "state-run": adjectives; "re-elected" is a verb
    if w in AUXILIARIES or w in IRREGULAR_PAST or w in NEWS_VERBS:
        return True
    if len(w) > 4 and w.endswith("ed") and w not in NOT_VERBS:
        return True
    if w.endswith("d") and w[:-1] in NEWS_VERBS:
        return True  # "died", "tied": short past forms of verbs ending in "e"
    if w.endswith("ies") and w[:-3] + "y" in NEWS_VERBS:
        return True
    if w.endswith("es") and (w[:-2] in NEWS_VERBS or w[:-1] in NEWS_VERBS):
        return True
    return w.endswith("s") and w[:-1] in NEWS_VERBS


def first_verb(words: Sequence[str]) -> int | None:
    """The index of the first word after a title's first (its subject's) that can be a verb
    (:func:`is_verb`), if any (cached by the words: several title checks ask it of one
    title's words)."""
    return _first_verb(tuple(words))


@lru_cache(maxsize=1 << 14)
def _first_verb(words: tuple[str, ...]) -> int | None:
    """:func:`first_verb` of a tuple of words (a plain loop from the second word: the
    generator it replaces tested the index of every word)."""
    for i in range(1, len(words)):
        if is_verb(words[i]) and not _NOUN_BEFORE.match(words[i - 1]):
            return i
    return None


_NOUN_BEFORE = re.compile(r"(?i:the|a|an|his|her|its|their|our|my|this|these|those)$|\d[\d,.]*$")
"""A word after which a verb's spelling is a noun ("the attack", "The July 7 attacks", "3
arrests")."""


def surely_verb(lowered: str) -> bool:
    """Whether a lower-cased word is a verb the lexicon is sure of: an auxiliary or a past form
    (an "-s" form after a noun may be a plural: "phone calls")."""
    return lowered in AUXILIARIES or lowered in IRREGULAR_PAST or lowered.endswith("ed")


def has_verb(words: Sequence[str]) -> bool:
    """Whether any of ``words`` can be a finite verb.

    A capitalised word never is (a headline's first word is its subject's: "Rally
    in Cairo" has no verb), nor one after "to" ("… calling on Iran to follow").
    The answer is cached by the words: the title checks, the cut checks and titling ask
    about the same title's words, each split afresh.
    """
    return _has_verb(tuple(words))


@lru_cache(maxsize=1 << 14)
def _has_verb(words: tuple[str, ...]) -> bool:
    """:func:`has_verb` of a tuple of words.

    A word that is no verb by its spelling (:func:`is_verb`, or a present form after a
    name) is passed over before the checks of its neighbours, which can only refuse a verb:
    most words are not verbs, and the answer is the same."""
    for i, word in enumerate(words):
        if not (is_verb(word) or (i >= 2 and _present_after_name(word) and _is_name(words[i - 1]))):
            continue
        before = words[i - 1] if i else ""
        if before.lower() == "to" or (word == "am" and before[-1:].isdigit()):
            continue  # "… calling on Iran to follow"; "5:33 am" is a clock time
        if before.lower() == "and" and i >= 2 and _noun_pair(words[i - 2], word):
            continue  # "71 search and rescue specialists": two nouns joined
        if _after_determiner(words, i) and not word.endswith("ed"):
            continue  # "The head of the programme", "a long-awaited report": nouns
        if _participle_before_by(words, i):
            continue  # "A long-awaited report released by two senators": no finite verb
        return True
    return False


def _noun_pair(first: str, second: str) -> bool:
    """Whether "first and second" are two base forms that name a kind of work together
    ("search and rescue", "command and control"): neither is a finite verb there."""
    return (first.lower(), second.lower()) in _NOUN_PAIRS


_NOUN_PAIRS = frozenset(
    {("search", "rescue"), ("command", "control"), ("trial", "error"), ("stop", "search")}
)
"""Base forms a headline joins with "and" as one noun, never as verbs."""
_DETERMINERS = frozenset("the a an his her its their our my".split())
"""Words after which a verb's spelling is a noun ("the protest", "their attacks")."""
AUXILIARY_BEFORE = frozenset("was were been be is are being has have had get got".split())
"""Auxiliaries before a participle that make it part of a finite verb ("was hacked")."""


def _after_determiner(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` follows a determiner, over hyphenated adjectives ("a long-awaited")."""
    j = i - 1
    while j > 0 and "-" in words[j]:
        j -= 1
    return j >= 0 and words[j].lower() in _DETERMINERS


def _participle_before_by(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is a past participle opening a phrase ("a report released by …")."""
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    before = words[i - 1].lower() if i else ""
    return after == "by" and words[i].endswith(("ed", "en")) and before not in AUXILIARY_BEFORE


def _is_name(word: str) -> bool:
    """Whether ``word`` is a name that may be a subject: capitalised, not an acronym, which
    is more often a noun's modifier ("UN employees", "U.S. senators")."""
    return word[:1].isupper() and not word.replace(".", "").isupper()


def _present_after_name(word: str) -> bool:
    """ "introduces", "crosses" right after a name: a present-tense verb ("Mark Chapman
    introduces"); not after a title's first word ("Upcoming elections"), nor a plural in
    "-ers" the lexicon does not know as a verb ("Sea Stallion helicopters", "Labour
    supporters"): an agent noun."""
    return (
        len(word) > 3
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ics", "ers"))
    )


_RELATIVES = frozenset("that who which whom".split())


def verb_only_in_relative(words: Sequence[str]) -> bool:
    """Whether the only verbs of ``words`` are in a relative clause of its subject:
    "Celebratory crowds that had gathered overnight ahead of Mubarak's speech" says what the
    crowds had done, not what they did; "Crowds that had gathered overnight turned on the
    police" has its verb after the relative clause's.

    Most titles have no relative word, which a set test over the lowered words finds at C
    speed. The relative clause's first verb ends the shortest prefix that has a verb: the
    first prefix with a verb has none one word shorter, so asking each prefix in turn until
    one has gives the first place where having a verb begins."""
    if _RELATIVES.isdisjoint(map(str.lower, words)):
        return False
    start = next(i for i, w in enumerate(words) if w.lower() in _RELATIVES)
    if not start or not words[start - 1].islower() or has_verb(words[:start]):
        return False
    rest = words[start + 1 :]
    first = next((i for i in range(len(rest)) if has_verb(rest[: i + 1])), None)
    if first is None:
        return False
    while first + 1 < len(rest) and has_verb([rest[first + 1]]):
        first += 1  # the relative clause's verb group ("had gathered", "was being held")
    return not has_verb(rest[first + 1 :])

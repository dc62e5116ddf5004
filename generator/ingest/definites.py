"""Which one a title's "the virus" means, from the article that says it in full.

News names a thing once in full ("the H1N1 virus", "the Haiti earthquake", "clashes in
Cairo") and then by its noun alone ("the virus", "the quake", "the clashes"). A title cut
from a later sentence keeps the short form, which only the article explains: readers judged
"Cuba and Thailand confirmed their first case of the virus" no headline. A title's "the"
and bare noun take the fuller form the article gives that noun, when the article gives it
one way far more often than any other ("the H1N1 virus"), else they stay.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter

from generator.dates import MONTH_NAMES
from generator.ingest.names import is_broken_title
from generator.ingest.title_length import LONGEST_WORDS
from generator.ingest.verbs import is_verb
from generator.ingest.workers import OnceEach
from generator.models import Article, Mention
from generator.temporal import WEEKDAYS

_DEFINITE = re.compile(r"(?<![\w’'-])([Tt]he) (?:new )?([a-z]{3,})(['’]s\b)?(?![\w’'-])")
"""A title's "the" and a bare noun ("the virus", "the quake's", "the new flu")."""
_FOLLOWERS = frozenset(
    """for with by as after before during since until and or but had has have was were
    is are will would could should may might when while amid despite""".split()
)
"""Words after a noun that end its phrase without saying which one it is."""
_SPECIFIERS = frozenset("of in at on to from near outside inside that which who".split())
"""Words after a noun that may go on to say which one ("the site of Babylon")."""
_GENERIC = frozenset(
    """time times year years week weeks month months days first last same other rest number
    numbers people world public past future morning afternoon evening night weekend most
    least latest following state news media press end top use way lot job""".split()
)
"""Nouns that stand for no thing the article named before ("the first", "the world")."""
_ROLES = frozenset(
    """president leader minister premier king queen prince chancellor governor spokesman
    spokeswoman secretary ambassador chief head official officials""".split()
)
"""A person's office: in a page that tells of several countries, "the president" is not the
one the page names most ("Tunisia's president" for Yemen's)."""
_NOT_NAMES = frozenset(
    [w.capitalize() for w in WEEKDAYS]
    + [w.capitalize() + s for w in WEEKDAYS for s in ("'s", "’s")]
    + list(MONTH_NAMES)
    + """Today Today's Today’s Yesterday Yesterday's Yesterday’s Tomorrow Tonight Last Next
    This That These Those The A An In On At By For And But Or Of With As To From After Before
    During Since Until When While Its His Her Their Our Mr Mrs Ms""".split()
)
"""Capitalised words that say when or open a phrase, not which thing ("Sunday's protests")."""
_HANGING = frozenset("of at for with by".split())
"""Prepositions whose phrase hangs on the noun before it ("the mayor of the capital")."""
_TOKEN = re.compile(r"(?:\d{1,3}(?:,\d{3})+)?[\w’'.-]*\w|[^\w\s]|\n")
"""Words ("10,000-ton" whole), punctuation marks and paragraph breaks."""
_MOST_SHARE = 2 / 3
"""Share of the article's fuller forms of a noun the one taken must have: "protests" given
as "Tunisian protests" once and "Facebook-organized protests" once says neither."""


def with_specific_referents(
    paragraphs: Sequence[str], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions of an article (its ``paragraphs``), each with the fuller forms the
    article gives its title's bare nouns (:func:`fuller_forms`), for the event's title."""
    text = "\n".join(paragraphs)
    return [_with_referents(mention, text) for mention in mentions]


def _with_referents(mention: Mention, text: str) -> Mention:
    """``mention`` with the fuller forms of its title's nouns, unless its title is broken
    before or after them: a fuller form must not make a title that is no headline pass for
    one ("The Caribbean country has suffered …"), nor break a headline."""
    return _with_forms(mention, fuller_forms(mention.title, text))


def _with_forms(mention: Mention, forms: tuple[tuple[str, str], ...]) -> Mention:
    """``mention`` with ``forms`` added to its referents, unless its title is broken before
    or after them (:func:`_with_referents`)."""
    if not forms or is_broken_title(mention.title, mention.sentence):
        return mention
    if is_broken_title(specific_title(mention.title, forms), mention.sentence):
        return mention
    return replace(mention, referents=mention.referents + forms)


def fuller_forms(title: str, text: str) -> tuple[tuple[str, str], ...]:
    """Each "the" and bare noun of ``title`` the article ``text`` names in fuller form, with
    that form: ("the virus", "the H1N1 virus"), ("the new flu", "the H1N1 flu"), ("the
    capital", "Port-au-Prince"), ("the clashes", "the clashes in Cairo"); and cases or deaths
    counted with the illness the article names (:func:`_counted_illness`)."""
    return _forms(title, lambda head: _fuller_form(text, head)) + _counted_illness(title, text)


_ILLNESSES = ("flu", "influenza", "virus")
"""Nouns of an illness that an article names with a name or code before them ("H1N1 flu")."""
_ILLNESS = "|".join(_ILLNESSES)
_NAMES_ILLNESS = re.compile(rf"\b(?:{_ILLNESS})\b", re.I)
_COUNTED = re.compile(
    r"(?<![\w’'-])(?:first|confirmed|new|suspected|probable)\s+(cases?|deaths?)(?![\w’'-])"
    rf"(?!\s+(?:of|from|in\s+(?:the\s+)?(?:[A-Z0-9][\w-]*\s+)?(?:{_ILLNESS})))"
)
"""Cases or deaths a title counts without saying of what ("Switzerland confirmed its first
case in a man returning from Mexico", "The CDC reported 2,254 confirmed cases")."""


def _counted_illness(title: str, text: str) -> tuple[tuple[str, str], ...]:
    """The title's count of cases or deaths (:data:`_COUNTED`) with the illness its article
    names ("first case" → "first case of H1N1 flu"), when the title names none itself."""
    counted = _COUNTED.search(title)
    if counted is None or _NAMES_ILLNESS.search(title):
        return ()
    following = title[counted.end() :].split()[:1]
    if following and not _ends_at(following[0]):
        return ()  # "its suspected death | toll": the count is another noun's
    for head in _ILLNESSES:
        fuller = _fuller_form(text, head)
        if fuller is not None and fuller.kind == _MODIFIED and not fuller.words.endswith("s"):
            joint = "from" if counted.group(1).startswith("death") else "of"
            the = " the" if head == "virus" else ""  # "of the H1N1 virus", "of H1N1 flu"
            return ((counted.group(0), f"{counted.group(0)} {joint}{the} {fuller.words} {head}"),)
    return ()


def _forms(title: str, lookup: Callable[[str], _Fuller | None]) -> tuple[tuple[str, str], ...]:
    """Each "the" and bare noun of ``title`` that ``lookup`` gives a fuller form, with the
    phrase that form makes (:func:`fuller_forms`)."""
    if "the " not in title.casefold():
        return ()
    forms: list[tuple[str, str]] = []
    for found in _DEFINITE.finditer(title):
        the, head, owner = found.group(1), found.group(2), found.group(3) or ""
        if head in _GENERIC or head in _ROLES:
            continue
        if not _ends_phrase(title[found.end() :], bool(owner)):
            continue
        fuller = lookup(head)
        if fuller is None or fuller.words.casefold() in title.casefold():
            continue
        if fuller.kind == _NAMED:  # "the capital, Port-au-Prince": the name
            phrase = fuller.words + owner
        elif fuller.kind == _PLACED:  # "clashes in Cairo"
            if owner:
                continue
            phrase = f"{the} {head} in {fuller.words}"
        elif fuller.words.endswith(("'s", "’s")):  # "Haiti's capital"
            if owner:
                continue  # "Port-au-Prince's port's pier"
            phrase = f"{fuller.words} {head}"
        else:  # "the H1N1 virus"
            phrase = f"{the} {fuller.words} {head}{owner}"
        if found.start() == 0:
            phrase = phrase[:1].upper() + phrase[1:]
        forms.append((found.group(0), phrase))
    return tuple(forms)


def specific_title(title: str, forms: Sequence[tuple[str, str]]) -> str:
    """``title`` with each short form of :func:`fuller_forms` that it still has made full,
    within the headline's length (:data:`~generator.ingest.title_length.LONGEST_WORDS`)."""
    for short, full in forms:
        start = _whole_form(title, short)
        if start < 0:
            continue  # a later step rewrote that part of the title
        candidate = title[:start] + full + title[start + len(short) :]
        if len(candidate.split()) <= LONGEST_WORDS:
            title = candidate
    return title


def _whole_form(title: str, short: str) -> int:
    """Where ``title`` first has ``short`` whole, as ``(?<![\\w’'-])short(?![\\w-])`` would
    find it (``\\w`` is what :meth:`str.isalnum` or "_" is), or -1: found with
    :meth:`str.find`, not a pattern compiled for each short form (``re`` keeps few)."""
    size = len(short)
    at = title.find(short)
    while at >= 0:
        before = title[at - 1 : at]  # "" at the start: title[-1:0]
        after = title[at + size : at + size + 1]
        if not (before and (before.isalnum() or before in "_’'-")) and not (
            after and (after.isalnum() or after in "_-")
        ):
            return at
        at = title.find(short, at + 1)
    return -1


def _ends_phrase(after: str, possessive: bool) -> bool:
    """Whether the noun's phrase ends at the noun, before ``after`` (the rest of the title),
    with nothing there saying which one it is ("the virus | spread", not "the virus | in
    France" or "the virus | strain")."""
    if possessive:
        return True  # "the capital's | airport": the airport is another phrase's noun
    words = after.split()
    if not words or after[:1] in ',;:.)"”':
        return True
    word = words[0]
    if word in _SPECIFIERS:
        return False
    return word in _FOLLOWERS or (is_verb(word) and not word.endswith("ing"))


_MODIFIED, _NAMED, _PLACED = "modified", "named", "placed"


@dataclass(frozen=True)
class _Fuller:
    """How an article names a noun in full."""

    kind: str
    """:data:`_MODIFIED` (names before it), :data:`_NAMED` (its name after a comma) or
    :data:`_PLACED` (a place after "in")."""
    words: str
    """The names before it ("H1N1", "Haiti's"), its name ("Port-au-Prince") or the place
    ("Cairo")."""


@lru_cache(maxsize=4096)
def _fuller_form(text: str, head: str) -> _Fuller | None:
    """The one fuller form in which ``text`` names ``head``: names or codes before it ("H1N1
    virus", "Haiti earthquake" for "quake", "Haiti's capital"), else its name after a comma
    ("the capital, Port-au-Prince,"), else a place after "in" that it gives at least twice
    ("clashes in Cairo"); None if the text gives none, or several about as often. Only where
    the noun ends its phrase ("a Texas military | base" names no military) and is no name's
    ("… of England First School")."""
    found: dict[str, Counter[str]] = {_MODIFIED: Counter(), _NAMED: Counter(), _PLACED: Counter()}
    for tokens, i in _places(text, head):
        if i + 1 < len(tokens) and not _ends_at(tokens[i + 1]):
            continue
        for kind, words in (
            (_MODIFIED, " ".join(_modifiers(tokens, i))),
            (_NAMED, _apposition(tokens, i)),
            (_PLACED, _place_after(tokens, i)),
        ):
            if words:
                found[kind][words] += 1
    for kind, least in ((_MODIFIED, 1), (_NAMED, 1), (_PLACED, 2)):
        forms = found[kind]
        if forms:
            (best, count), total = forms.most_common(1)[0], sum(forms.values())
            return _Fuller(kind, best) if count >= max(least, _MOST_SHARE * total) else None
    return None


def _ends_at(following: str) -> bool:
    """Whether a noun's phrase ends before the token ``following`` it in the article."""
    return (
        not following[:1].isalpha()
        or following in _FOLLOWERS
        or following in _SPECIFIERS
        or (following[:1].islower() and is_verb(following))
    )


_SPACE = re.compile(r"\s")
_BEFORE, _AFTER = 5, 7
"""Tokens a window must hold before a noun and from it on, unless it opens or closes the
text: the most :func:`_modifiers`, :func:`_apposition` and :func:`_place_after` look at."""


def _places(text: str, head: str) -> list[tuple[list[str], int]]:
    """Where ``text`` gives the noun ``head``, alone or ending a longer token ("quake" of
    "earthquake"), in text order: each as the tokens of a window around it and its index
    there. No token runs across white space (a line break is a token of its own), so
    tokens read from a white-space character on are the text's own: a short window stands
    for the whole text's tokens, which cost the most of this step when the whole article
    was tokenized for each noun looked up."""
    places: list[tuple[list[str], int]] = []
    size = len(head)
    at = text.find(head)
    while at >= 0:
        place = _window(text, at, at + size)
        if place is not None:
            tokens, i = place
            if len(tokens[i]) == size or len(tokens[i]) > size + 2:
                places.append(place)
        at = text.find(head, at + 1)
    return places


def _window(text: str, start: int, end: int) -> tuple[list[str], int] | None:
    """The tokens around ``text[start:end]`` and the index of the token ending at ``end``
    and holding it all, with :data:`_BEFORE` and :data:`_AFTER` tokens about it unless the
    text opens or closes first; None when no token ends there ("viruses")."""
    back, ahead = 40, 60
    while True:
        first = 0
        if start > back:
            space = _SPACE.search(text, start - back, start)
            if space is None:
                back *= 2
                continue
            first = space.start()
        space = _SPACE.search(text, end + ahead)
        last = len(text) if space is None else space.start()
        window = _window_tokens(text, first, last, start, end)
        if window is None:
            return None
        tokens, i = window
        if i < _BEFORE and first > 0:
            back *= 2
        elif len(tokens) - i < _AFTER and last < len(text):
            ahead *= 2
        else:
            return tokens, i


def _window_tokens(
    text: str, first: int, last: int, start: int, end: int
) -> tuple[list[str], int] | None:
    """The tokens of ``text[first:last]`` and the index of the one ending at ``end`` and
    holding ``start``, or None. No token runs across white space, so a scan from a
    white-space character on finds the text's own tokens: those before the last white space
    before ``start`` and those from ``end`` on are listed in C (``findall``); only the few
    between are read one by one, to find the noun's (a loop over every token of the window
    cost most of :func:`_window`)."""
    space = _LAST_SPACE.search(text, first, start)
    cut = first if space is None else space.start()
    tokens = _TOKEN.findall(text, first, cut)
    for token in _TOKEN.finditer(text, cut, last):
        if token.end() == end and token.start() <= start:
            i = len(tokens)
            tokens.append(token.group())
            tokens += _TOKEN.findall(text, end, last)
            return tokens, i
        if token.end() >= end:
            return None
        tokens.append(token.group())
    return None


_LAST_SPACE = re.compile(r"\s\S*\Z")
"""The last white-space character before the end (``endpos``) of a search."""


def _modifiers(tokens: Sequence[str], i: int) -> list[str]:
    """The names or codes just before ``tokens[i]`` (at most three, after a word or a comma,
    none a day's or month's name): "H1N1", "Haiti", "Haiti's", "7.0-magnitude"."""
    mods: list[str] = []
    j = i - 1
    while j >= 0 and len(mods) < 3 and _is_modifier(tokens[j]):
        mods.insert(0, tokens[j])
        j -= 1
    if not mods or j < 0 or not (tokens[j][:1].isalnum() or tokens[j] == ","):
        return []  # "Deadly virus …", "` Dangerous storm '": a capital that opens says nothing
    return mods


def _is_modifier(token: str) -> bool:
    """A name or a code: capitalised, or with a letter and a digit, none of :data:`_NOT_NAMES`
    (for a token of letters alone, most, only the capital decides: ``isalpha`` runs in C)."""
    if token in _NOT_NAMES:
        return False
    if token.isalpha():
        return token[:1].isupper()
    if not any(c.isalpha() for c in token):
        return False
    return token[:1].isupper() or any(c.isdigit() for c in token)


def _apposition(tokens: Sequence[str], i: int) -> str | None:
    """The name set off by commas after "the" and ``tokens[i]`` ("the capital,
    Port-au-Prince,"), at most three words, ending where the apposition does; not after a
    phrase that hangs on another noun, whose name it may be."""
    if i + 2 >= len(tokens) or tokens[i + 1] != "," or i < 2 or tokens[i - 1] != "the":
        return None
    if tokens[i - 2] in _HANGING:
        return None  # "the head of the operation at the airport, Col Buck Elton,": the head's
    name: list[str] = []
    j = i + 2
    while j < len(tokens) and len(name) < 3 and _is_place_word(tokens[j]):
        name.append(tokens[j])
        j += 1
    if not name or (j < len(tokens) and tokens[j][:1].isalpha()):
        return None  # "the capital, Cap-Haitien and Jacmel": a list, not its name
    return " ".join(name)


def _place_after(tokens: Sequence[str], i: int) -> str | None:
    """The capitalised place after "in" that follows ``tokens[i]`` ("clashes in | Cairo"),
    at most three words, none a day's or month's name."""
    if i + 2 >= len(tokens) or tokens[i + 1] != "in":
        return None
    place: list[str] = []
    j = i + 2
    while (
        j < len(tokens)
        and len(place) < 3
        and tokens[j][:1].isupper()
        and tokens[j] not in _NOT_NAMES
    ):
        place.append(tokens[j])
        j += 1
    return " ".join(place) or None


def _is_place_word(token: str) -> bool:
    return token[:1].isupper() and token not in _NOT_NAMES


_NAMING = re.compile(
    r"([A-Z0-9](?<![\w’'.-].)[\w’'.-]*\s+(?:[A-Z0-9][\w’'.-]*\s+){0,2})([a-z]{3,})(?![\w’'-])"
)
"""Up to three capitalised words or codes and the lower-case noun after them ("H1N1 virus",
"Obama administration"): where an article may name a noun in full. The pattern opens with
the class ``[A-Z0-9]``, so that ``re`` skips the lower-case text to the next capital or
digit in C; the lookbehind after it asks what ``(?<![\\w’'.-])`` before it would (its
character is no newline), and the first word is taken before ``{0,2}`` more, as ``{1,3}``
would: twice faster over the articles than the form with the lookbehind first. (Possessive
repeats would save a tenth of its time, but Python 3.10, which Chronicle supports, has
none.)"""
_FOLLOWING = re.compile(r"\s*(\S+)")
STORY_LEAST = 3
"""Articles that must give a noun the same fuller form before the story's other articles,
which give it none, take it (:func:`story_forms`)."""


def article_namings(paragraphs: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """Each noun the article names with words before it ("H1N1 virus"), with the one form it
    gives far more often than any other, or "" when it gives several about as often: what
    one article tells the story's other articles (:func:`story_forms`).

    The namings are listed (:func:`_namings`), then counted (``Counter`` of a list counts in
    C), not added one by one to a counter of each noun."""
    found: dict[str, dict[str, int]] = {}
    for (head, kept), count in Counter(_namings("\n".join(paragraphs))).items():
        found.setdefault(head, {})[kept] = count  # in the order first seen
    namings = []
    for head, forms in sorted(found.items()):
        best, count = max(forms.items(), key=itemgetter(1))  # the first most, as most_common
        namings.append((head, best if count >= _MOST_SHARE * sum(forms.values()) else ""))
    return tuple(namings)


def _namings(text: str) -> list[tuple[str, str]]:
    """Each noun ``text`` names with words before it (:data:`_NAMING`), with those of the
    words that name it (:func:`_kept_modifiers`), in text order.

    :data:`_NAMING_AHEAD` gives the chunk after each naming with it (no second match at its
    end), and the names before a noun are sorted once for each way they are written
    (:data:`_KEPT`): a sixth less time over the corpora than asking at each match."""
    if text.isascii():
        return _ascii_namings(text)
    named: list[tuple[str, str]] = []
    ends_before, not_named, kept_of = _ENDS_BEFORE, _NOT_NAMED, _KEPT
    for match in _NAMING_AHEAD.finditer(text):
        mods, head, after = match.groups()
        if head in not_named or (after and not ends_before[after]):
            continue  # "" after: only white space to the end
        kept, whole = kept_of[mods]
        if not kept:
            continue
        if whole and not _named_inside(text, match.start()):
            continue
        named.append((head, kept))
    return named


def _ascii_namings(text: str) -> list[tuple[str, str]]:
    """:func:`_namings` of an ASCII ``text``, found in its characters' classes
    (:data:`_CLASSES`) by :data:`_CLASS_NAMING`, which matches there where
    :data:`_NAMING` matches in ``text``: ``re`` skips to the next capital or digit, a
    literal, in a tight loop, where it tested each character against a class (a quarter of
    the step's time over the news corpora)."""
    named: list[tuple[str, str]] = []
    ends_before, not_named, kept_of = _ENDS_BEFORE, _NOT_NAMED, _KEPT
    for match in _CLASS_NAMING.finditer(text.encode().translate(_CLASSES)):
        (start, _), (at, end), (after_start, after_end) = match.regs
        head = text[at:end]
        if head in not_named:
            continue
        after = text[after_start:after_end]
        if after and not ends_before[after]:
            continue  # "" after: only white space to the end
        kept, whole = kept_of[text[start:at]]
        if not kept:
            continue
        if whole and not _named_inside(text, start):
            continue
        named.append((head, kept))
    return named


def _named_inside(text: str, start: int) -> bool:
    """Whether a naming at ``start`` that is all capitalised words follows a word or a comma:
    "Deadly virus …", a capital that opens a sentence, says nothing."""
    before = text[max(0, start - 20) : start].rstrip()[-1:]
    return before.isalnum() or before == ","


_NAMING_AHEAD = re.compile(_NAMING.pattern + r"(?=\s*(\S*))")
""":data:`_NAMING` with the chunk after it (group 3), as :data:`_FOLLOWING` would find it
at the match's end ("" where it finds none)."""
_NOT_NAMED = _GENERIC | _ROLES
"""Nouns :func:`article_namings` passes over."""
_CLASSES = bytes.maketrans(
    bytes(range(128)),
    bytes(
        b"A"[0] if chr(c).isupper() or chr(c).isdigit()
        else b"a"[0] if chr(c).islower()
        else b"_"[0] if chr(c) in "_'-"
        else c if chr(c) == "."
        else b" "[0] if chr(c).isspace()
        else b"#"[0]
        for c in range(128)
    ),
)  # fmt: skip
"""Each ASCII character's class as :data:`_NAMING` sees it: "A" a capital or a digit, "a" a
lower-case letter, "_" the other word characters and the apostrophe and the hyphen, "."
itself, " " white space (``\\s``), "#" any other."""
_CLASS_NAMING = re.compile(
    rb"A(?<![Aa_.].)[Aa_.]* +(?:A[Aa_.]* +){0,2}(a{3,})(?![Aa_])(?= *([^ ]*))"
)
""":data:`_NAMING_AHEAD` in an ASCII text's :data:`_CLASSES`: the naming's noun (group 1) and
the chunk after it (group 2)."""


def _kept_modifiers(mods: str) -> tuple[str, bool]:
    """The words of a naming's ``mods`` (:data:`_NAMING`'s group 1) that name the noun: those
    after the last that is no modifier (:func:`_is_modifier`), joined; and whether they are
    all of them."""
    words = mods.split()
    first = len(words)  # the first kept word: walked back from the end, no list built
    while first and _MODIFIER[words[first - 1]]:
        first -= 1
    return " ".join(words[first:]), not first


def _ends_before(chunk: str) -> bool:
    """Whether a noun's phrase ends before the text ``chunk`` (up to the next space) after
    it: :func:`_ends_at` of its first token."""
    return _ends_at(_TOKEN.findall(chunk)[0])


_ENDS_BEFORE = OnceEach(_ends_before)
""":func:`_ends_before` of each chunk, for :func:`article_namings` (most chunks recur)."""
_MODIFIER = OnceEach(_is_modifier)
""":func:`_is_modifier` of each word, for :func:`article_namings` (most words recur)."""
_KEPT = OnceEach(_kept_modifiers)
""":func:`_kept_modifiers` of each run of names before a noun (most recur)."""


def story_forms(namings: Iterable[Sequence[tuple[str, str]]]) -> dict[str, str]:
    """The fuller form of each noun that at least :data:`STORY_LEAST` articles give one way
    and most articles naming it give so (:func:`article_namings` of each): "virus" is "H1N1
    virus" in a story of 45 pages that say so, "the government" the "Egyptian government"."""
    votes: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for article in namings:
        for head, form in article:
            votes[head][form] += 1
    story = {}
    for head, forms in sorted(votes.items()):
        best, count = forms.most_common(1)[0]
        if best and count >= STORY_LEAST and count >= _MOST_SHARE * sum(forms.values()):
            story[head] = best
    return story


def with_story_referents(
    mentions: Sequence[Mention],
    story: Mapping[str, str],
    namings: Mapping[str, Sequence[tuple[str, str]]],
    pages: Mapping[str, Article],
) -> list[Mention]:
    """The mentions, a bare noun their own article never names in full given the story's
    fuller form (:func:`story_forms`), when the article uses that form's words elsewhere
    ("H1N1", "Egyptian"): "the virus" of a page that says "H1N1" but never "H1N1 virus"."""
    if not story:
        return list(mentions)
    return [_with_story_referents(m, story, namings, pages) for m in mentions]


def _with_story_referents(
    mention: Mention,
    story: Mapping[str, str],
    namings: Mapping[str, Sequence[tuple[str, str]]],
    pages: Mapping[str, Article],
) -> Mention:
    done = {short for short, _ in mention.referents}

    def lookup(head: str) -> _Fuller | None:  # the article's own namings read only for a
        form = story.get(head)  # noun the story names (a set of them each mention cost more)
        if form is None or any(own == head for own, _ in namings.get(mention.article_id, ())):
            return None
        body = pages[mention.article_id].body  # joined only for a noun the story names
        return None if any(w not in body for w in form.split()) else _Fuller(_MODIFIED, form)

    forms = tuple(
        (short, full)
        for short, full in _forms(mention.title, lookup)
        if short not in done and not mention.title.startswith(short)
    )  # a subject the article leaves bare stays so: the title's checks doubt it
    return _with_forms(mention, forms)

"""The one-scan refusals in front of the line rules (``unit_gate``: widgets, reader
content, end-of-story markers, inline stamps) refuse only lines on which the rules behind
them find nothing: each rule answers as it does with its refusal taken away, on the seeds'
lines, a newspaper's units, crafted furniture and generated lines."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import fastre
from generator.ingest import assemble, boilerplate, threads, widgets
from generator.ingest.boilerplate_patterns import NAV_WORDS, SHARE_WORDS
from generator.ingest.units import Unit
from tests.ingest.test_read_shortcuts import CRAFTED, _texts
from tests.ingest.test_widget_shortcuts import FURNITURE

_GATES = (
    (widgets, "_may_be_widget"),
    (threads, "_may_have_evidence"),
    (boilerplate, "_may_mark_end"),
    (assemble, "_may_hold_stamp"),
)
MORE = [
    "Home | News | World | Sport",
    "news about us",
    "Home a About b Contact",
    "Share · Tweet · Email",
    "X",
    "copy link",
    "NEW: Moussa says he will run UPDATE: crowds gather",
    "2 hours ago",
    "10:35 GMT",
    "Jane Doe on",
    "2. John Smith says:",
    "This comment was removed by a moderator.",
    "© 2024 The Paper Ltd. All rights reserved.",
    "(Updated 5:16 a.m. Thursday in Cairo) Protesters gathered again in the square today.",
    "Saturday 15 January 2005 00.03 GMT The minister resigned after a long day of talks.",
    "By the CNN Wire Staff Tanks rolled into the square on Friday as crowds gathered.",
    "Read this story in our app",
    "Ｘ",
    "ﬁle photo",
]


@contextmanager
def _without_gates() -> Iterator[None]:
    """The rules as they were: every gate lets every line through."""
    kept = [(module, name, getattr(module, name)) for module, name in _GATES]
    for module, name, _gate in kept:
        setattr(module, name, lambda _text: True)
    try:
        yield
    finally:
        for module, name, gate in kept:
            setattr(module, name, gate)


def _stamped(text: str) -> tuple[list[Any], list[str | None], list[str]]:
    """What :func:`assemble._strip_inline_stamps` takes from and leaves of one unit."""
    units = [Unit("A headline", 1), Unit("Another line", 2), Unit("A third", 3), Unit(text, 4)]
    found = assemble._strip_inline_stamps(units)
    return found, [u.stamp for u in units], [u.text for u in units]


def _answers(text: str) -> tuple[Any, ...]:
    return (
        widgets.widget_reason(text),
        threads.unit_evidence(3, text),
        boilerplate._marker_reason(text),
        _stamped(copy.copy(text)),
    )


def _check(texts: list[str]) -> int:
    """Every text's answers with and without the gates; the number the gates refused."""
    gated = [_answers(t) for t in texts]
    with _without_gates():
        plain = [_answers(t) for t in texts]
    for text, fast, slow in zip(texts, gated, plain, strict=True):
        assert fast == slow, text
    return sum(not getattr(m, n)(t) for t in texts for m, n in _GATES)


def test_gates_refuse_only_lines_without_an_answer() -> None:
    texts = _texts() + FURNITURE + MORE
    refused = _check(texts)
    if fastre.has_re2():
        assert refused > len(texts)  # most lines are refused by most gates
    plain: list[tuple[Any, ...]] = []
    with _without_gates():
        plain = [_answers(t) for t in CRAFTED + FURNITURE + MORE]
    assert sum(a[0] is not None for a in plain) >= 15  # furniture is found
    assert sum(a[1] is not None for a in plain) >= 8
    assert sum(a[2] is not None for a in plain) >= 5
    assert sum(bool(a[3][0]) for a in plain) >= 3


def test_a_gate_is_a_superset_of_its_patterns() -> None:
    """A gate missing one of its rule's patterns would refuse that pattern's line."""
    if not fastre.has_re2():
        pytest.skip("without RE2 every gate lets every line through")
    assert not widgets._may_be_widget("The minister said the talks would resume on Monday.")
    for line in ["Share this article", "Advertisement", "Rating: 4"]:
        assert widgets._may_be_widget(line), line
    assert not widgets._may_be_widget("Home About Contact")  # a menu is told in Python
    assert widgets.widget_reason("Home About Contact") == "navigation"
    assert threads._may_have_evidence("March 4, 2024 at 6:17 pm | Reply")
    assert boilerplate._may_mark_end("Leave a comment")
    assert assemble._may_hold_stamp("(Update 4:51 p.m. in Cairo) The head said so.")


_WORDS = [*sorted(SHARE_WORDS | NAV_WORDS), "said", "Reply", "ago", "12:30", "(@jdoe)", "©"]
_GAPS = [" ", " | ", " · ", ", ", "/", " » ", ": ", ". ", "\t"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=10))
def test_generated_lines_answer_as_without_gates(parts: list[tuple[str, str]]) -> None:
    line = "".join(word + gap for word, gap in parts).strip()
    _check([line, line.upper(), line.title()])

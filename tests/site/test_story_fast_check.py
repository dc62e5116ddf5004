"""The fast validity check of ``content/story.yaml`` never accepts what the JSON Schema refuses.

Every build validates the story; jsonschema cost 0.1 s to import and most of a
small build's validation, so a story that plainly fits the schema skips it
(:func:`generator.store.story._plainly_valid`). Anything the check does not
accept still goes to jsonschema, which words the problems.
"""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.store.story import _plainly_valid, _validator

_TEXTS = st.one_of(
    st.text(max_size=5),
    st.sampled_from(["", "2026", "2026-02", "2026-02-03", "199X", "2026-01~", "2026\n", "20260"]),
    st.sampled_from(["a-b", "2026-02-03-the-vote", "A-b", "-a", "a" * 120, "b" * 121]),
    st.text(min_size=195, max_size=205),
)
_VALUES: st.SearchStrategy[Any] = st.one_of(
    _TEXTS, st.none(), st.integers(), st.booleans(), st.lists(_TEXTS, max_size=3)
)
_KEYS = ["title", "standfirst", "period", "hero", "key_events", "bogus"]
_STORIES = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(_TEXTS, _VALUES),
        "standfirst": st.one_of(st.text(max_size=30), st.text(min_size=1995, max_size=2005)),
        "period": st.one_of(
            _VALUES,
            st.dictionaries(st.sampled_from(["start", "end", "middle"]), _VALUES, max_size=3),
        ),
        "hero": st.one_of(
            _VALUES,
            st.dictionaries(st.sampled_from(["src", "alt", "credit", "size"]), _TEXTS, max_size=4),
        ),
        "key_events": st.one_of(
            _VALUES, st.lists(_TEXTS, max_size=22), st.lists(st.just("a-b"), max_size=3)
        ),
        "bogus": _VALUES,
    },
)


@settings(max_examples=800)
@given(st.one_of(_STORIES, st.dictionaries(st.sampled_from(_KEYS), _VALUES)))
def test_fast_check_never_accepts_what_the_schema_refuses(data: dict[str, Any]) -> None:
    if _plainly_valid(data):
        assert list(_validator().iter_errors(data)) == [], data


def test_fast_check_accepts_ordinary_stories() -> None:
    assert _plainly_valid({})
    assert _plainly_valid({"title": "", "standfirst": "Two sentences.\n\nAnother one."})
    assert _plainly_valid(
        {
            "title": "Harbour bridge",
            "period": {"start": "2016", "end": "2026-05"},
            "hero": {"src": "media/bridge.jpg", "alt": "The harbour", "credit": "Jan Berg"},
            "key_events": ["2026-02-03-city-council-approves-the-harbour-bridge"],
        }
    )
    assert not _plainly_valid({"titel": "Harbour bridge"})
    assert not _plainly_valid({"key_events": ["a-b", "a-b"]})

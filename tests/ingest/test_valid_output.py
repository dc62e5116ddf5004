"""Ingest never writes a file that ``chronicle check`` refuses.

``chronicle ingest`` once wrote an event with ``title: ""`` (T17 egypt/cnn: the
headline rules took the aside "(3 a.m. ET)" for the clause and then dropped it as an
aside), after which ``chronicle build`` and ``chronicle export`` refused to run. Every
file ingest is about to write now passes :mod:`generator.ingest.gate` first: repaired
when the repair is certain (a title made again from the first quote), left out with a
warning otherwise. These tests hold ingest to that on adversarial text (a property
test), on every shared T17 corpus there is, and on the inputs that broke it.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.errors import ChronicleError
from generator.ingest import extract
from generator.ingest.gate import TITLE_CHARS, TITLE_WORDS, remade_title
from generator.ingest.headline import make_headline
from generator.ingest.reconcile import IngestReport, apply_events, ingest, load_state
from generator.models import Event
from generator.store import check_content, event_from_data, load_events
from tests.conftest import ROOT, SHARED_DATA

EMPTY_TITLE_ARTICLE = "Published: 01 February 2011.\n10 a.m. Wednesday (3 a.m. ET), television.\n"
"""The smallest article that made ingest write ``title: ""`` (shrunk word by word from
T17 egypt/cnn ``cnn-2011-02-01-105``: "Egypt's national airline, EgyptAir, canceled
flights until 10 a.m. Wednesday (3 a.m. ET), according to state television.")."""
CORPUS_SAMPLE = 60
"""Articles ingested from each shared corpus (the first ones of the file)..."""
KNOWN_BAD = ("cnn-2011-02-01-105", "cnn-2011-02-02-59")
"""... and these wherever they are: T17 egypt/cnn articles that gave events ``title: ""``."""


def _project(folder: Path) -> Path:
    """A fresh project's content folder: the repository's vocabularies, no events yet."""
    content = folder / "content"
    shutil.copytree(ROOT / "content", content)
    for name in ("events", "sources"):
        shutil.rmtree(content / name, ignore_errors=True)
    (content / "ingest-state.json").unlink(missing_ok=True)
    return content


def _errors(content: Path) -> list[str]:
    return [str(p) for p in check_content(content).errors]


def _ingest(folder: Path, articles: dict[str, str]) -> tuple[IngestReport | None, Path]:
    """Ingest ``articles`` (file name → text) into a fresh project under ``folder``."""
    content = _project(folder)
    paths = []
    for name, text in articles.items():
        path = folder / name
        path.write_text(text, "utf-8")
        paths.append(path)
    try:
        return ingest(paths, content), content
    except ChronicleError as exc:  # a refusal with a message (e.g. no story text) is fine
        assert str(exc)
        return None, content


# -- adversarial article text -------------------------------------------------------

DATES = [
    "On 3 March 2011", "3 March 2011", "10 a.m. Wednesday", "(3 a.m. ET)", "last year",
    "in 1918", "Friday", "2011-02-01", "next September", "tomorrow", "on Tuesday",
    "March 3", "in the 1990s", "until 10 a.m. Wednesday", "8:17 a.m. ET)",
]  # fmt: skip
PUNCTUATION = [
    "", ".", "...", "—", "–", ")", "(", "(", ")", "\\*", "- - - - -", "!!!", "?", ";", ":",
    ",", "“", "”", '"', "'", "’s", "•", "*", "#", "&", "|", ">", "%", "@", "`", "- ",
]  # fmt: skip
WORDS = [
    "the", "minister", "resigned", "Egypt's", "national", "airline", "EgyptAir", "canceled",
    "flights", "until", "according", "to", "state", "television", "who", "said", "announced",
    "He", "She", "and", "was", "Cairo", "Petro", "President", "will", "meet", "in", "on",
]  # fmt: skip
ODD = [
    "\x07", "\x1b[31m", "\x0b", "\x0c", "\x85", "\u2028", "\u2029", "\u00a0", "\u200b",
    "\ufeff", "\u202e", "\u202c", "\u200f", "الوزير استقال", "השר התפטר", "字字字字字字",
    "🔥", "👩‍👩‍👧", "🇪🇬", "e\u0301", "\ufffd", "\uffff", "\x7f", "\x9b", "\t",
]  # fmt: skip
LONG_WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz字/:.-"), min_size=150, max_size=700)
PIECE = st.one_of(
    st.sampled_from(DATES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(WORDS),
    st.sampled_from(ODD),
    LONG_WORD,
    st.text(max_size=12).filter(lambda t: "\x00" not in t),
)
SENTENCE = st.one_of(
    st.lists(PIECE, max_size=25).map(" ".join),
    st.lists(st.sampled_from(WORDS), min_size=40, max_size=120).map(  # very long sentences
        lambda words: "On 3 March 2011 " + " ".join(words)
    ),
    st.sampled_from(DATES).map(lambda d: f"“{d} it happened,” he said."),  # quotes only
    st.tuples(st.sampled_from(DATES), st.sampled_from(PUNCTUATION)).map(" ".join),
)
PARAGRAPH = st.lists(
    st.tuples(SENTENCE, st.sampled_from([". ", ".", " ", "! ", "? ", "\n", ". . "])).map("".join),
    min_size=1,
    max_size=6,
).map("".join)
ARTICLE = st.lists(PARAGRAPH, min_size=1, max_size=5).map("\n\n".join)
LEAD = "The minister spoke to reporters about the plan for the city and the region."
"""A plain first paragraph, so that the article has story text around the odd bits."""


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(body=ARTICLE, as_jsonl=st.booleans())
def test_every_file_ingest_writes_passes_the_checker(body: str, as_jsonl: bool) -> None:
    logging.disable(logging.WARNING)  # the gate warns about every repair; not under test
    try:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            if as_jsonl:
                text = f"{LEAD}\n\n{body}"
                record = {"id": "a1", "date": "2011-02-01", "title": "A story", "text": text}
                articles = {"a.jsonl": json.dumps(record)}
            else:
                articles = {"a.txt": f"Published: 01 February 2011.\n{LEAD}\n{body}\n"}
            report, content = _ingest(folder, articles)
            assert _errors(content) == []
            if report is not None:
                written = {Path(p).name for p in report.written}
                loaded = {Path(e.path or "").name for e in load_events(content).events}
                assert written <= loaded
    finally:
        logging.disable(logging.NOTSET)


# -- every shared corpus ---------------------------------------------------------------

CORPORA = sorted(SHARED_DATA.glob("t17/*/*/articles.jsonl"))


@pytest.mark.skipif(not CORPORA, reason="no shared T17 corpus on this machine")
@pytest.mark.parametrize(
    "corpus", CORPORA, ids=[str(p.parent.relative_to(SHARED_DATA)) for p in CORPORA]
)
def test_ingest_output_of_each_shared_corpus_passes_the_checker(
    corpus: Path, tmp_path: Path
) -> None:
    with corpus.open(encoding="utf-8") as lines:
        sample = [
            line
            for number, line in enumerate(lines)
            if number < CORPUS_SAMPLE or any(f'"id": "{i}"' in line[:80] for i in KNOWN_BAD)
        ]
    report, content = _ingest(tmp_path, {corpus.name: "".join(sample)})
    assert report is not None and report.written
    assert _errors(content) == []


# -- the inputs that broke it ----------------------------------------------------------


def _headline_as_it_was(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the headline rules give ``""`` for the egypt/cnn sentence, as they once did.

    :func:`generator.ingest.headline.make_headline` took the aside "(3 a.m. ET)" after
    "10 a.m. Wednesday" for the clause and then dropped it as an aside. Its own fix
    makes that sentence give a title again; the gate must hold whatever the rules give.
    """

    def as_it_was(sentence: str, date_text: str) -> str:
        if (
            sentence.startswith("10 a.m. Wednesday (3 a.m. ET)")
            and date_text == "10 a.m. Wednesday"
        ):
            return ""
        return make_headline(sentence, date_text)

    monkeypatch.setattr(extract, "make_headline", as_it_was)


def test_the_smallest_egypt_cnn_article_gives_valid_files(tmp_path: Path) -> None:
    """The article as it is, whatever the headline rules make of it."""
    report, content = _ingest(tmp_path, {"a.txt": EMPTY_TITLE_ARTICLE})
    assert report is not None and report.written  # one event: "10 a.m. (3 a.m. ET)" is one moment
    assert _errors(content) == []


def test_the_empty_title_of_egypt_cnn_is_made_again_from_its_quote(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    _headline_as_it_was(monkeypatch)
    report, content = _ingest(tmp_path, {"a.txt": EMPTY_TITLE_ARTICLE})
    assert _errors(content) == []
    assert report is not None
    (event,) = [e for e in load_events(content).events if e.date.edtf() == "2011-02-02T10:00"]
    assert event.title == "10 a.m. Wednesday (3 a.m. ET), television"
    assert report.repaired == [
        f"{event.id}: title '' (title: must not be empty) made again: "
        "'10 a.m. Wednesday (3 a.m. ET), television'"
    ]
    assert f"event {event.id}: title ''" in caplog.text
    # the repaired title is the merge base: a second run keeps it and is no editor's edit
    assert load_state(content)[event.id]["title"] == event.title
    again = ingest([tmp_path / "a.txt"], content)
    assert again.written == [] and again.kept_edits == []
    assert _errors(content) == []


def test_a_title_too_long_for_the_schema_is_shortened(tmp_path: Path) -> None:
    """Headlines count words, not characters: a URL or a run of CJK is one 'word'."""
    body = "On 3 March 2011 the minister said " + "字" * 500 + " in the city."
    report, content = _ingest(tmp_path, {"a.txt": f"Published: 01 February 2011.\n{body}\n"})
    assert _errors(content) == []
    assert report is not None and len(report.repaired) == 1
    (event,) = load_events(content).events
    assert event.title.startswith("The minister said 字字") and event.title.endswith("…")
    assert len(event.title) <= TITLE_CHARS


def test_an_event_file_over_the_size_limit_is_left_out_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    body = "On 3 March 2011 the minister resigned " + "and then he went home " * 30000 + "."
    report, content = _ingest(tmp_path, {"a.txt": f"Published: 01 February 2011.\n{body}\n"})
    assert _errors(content) == []
    assert report is not None and report.written == []
    (skipped,) = report.skipped
    assert "would fail chronicle check: file is" in skipped
    assert "event files are limited to" in skipped
    assert "not written: it would fail chronicle check: file is" in caplog.text
    assert load_state(content) == {}  # not taken for deleted by an editor next time


def test_lone_surrogates_in_event_text_never_reach_an_event_file(tmp_path: Path) -> None:
    """JSON ``\\ud800`` escapes give a ``str`` with a lone surrogate; no YAML file holds one."""
    text = f"{LEAD}\n\nOn 3 March 2011 the minister \ud800 resigned, his office said."
    line = json.dumps({"id": "a1", "date": "2011-02-01", "title": "A story", "text": text})
    report, content = _ingest(tmp_path, {"a.jsonl": line})
    assert _errors(content) == []
    assert report is not None and len(report.written) == 1  # read as U+FFFD, then written
    written = "".join(p.read_text(encoding="utf-8") for p in content.rglob("events/**/*.yaml"))
    assert "\ufffd" in written


def test_lone_surrogates_in_article_metadata_never_reach_a_source_record(tmp_path: Path) -> None:
    text = f"{LEAD}\n\nOn 3 March 2011 the minister resigned, his office said."
    line = json.dumps({"id": "a1", "date": "2011-02-01", "title": "A \udfff story", "text": text})
    _, content = _ingest(tmp_path, {"a.jsonl": line})
    assert _errors(content) == []


def test_an_editor_end_before_a_refreshed_date_is_left_out_not_a_crash(tmp_path: Path) -> None:
    """The three-way merge can combine an editor's ``end`` with ingest's later ``date``."""

    def event(date: str) -> Event:
        quote = "The talks opened in Geneva, officials said."
        return event_from_data(
            {
                "id": "2026-01-07-talks-open",
                "title": "Talks open in Geneva",
                "date": date,
                "sources": [{"article": "a1", "quote": quote, "date_value": date}],
            }
        )

    apply_events([event("2026-01-07")], tmp_path)
    (path,) = (tmp_path / "events").rglob("*.yaml")
    path.write_text(path.read_text("utf-8") + "end: 2026-01-09\n", "utf-8")
    before = path.read_text("utf-8")
    report = apply_events([event("2026-01-20")], tmp_path)
    assert path.read_text("utf-8") == before
    assert report.skipped == [
        "2026-01-07-talks-open: not written, it would fail chronicle check: "
        "end: 2026-01-09 is before date 2026-01-20"
    ]
    assert load_state(tmp_path)["2026-01-07-talks-open"]["date"] == "2026-01-07"


def _quoted(quote: str, title: str = "", **more: str) -> dict[str, object]:
    return {"title": title, "sources": [{"article": "a1", "quote": quote}], **more}


@pytest.mark.parametrize(
    ("record", "title"),
    [
        (_quoted("  The\tminister\x07 resigned.  "), "The minister resigned"),
        (_quoted("He left the U.S.", title=" \u2028 "), "He left the U.S."),
        (_quoted(" ".join(["w"] * 40)), " ".join(["w"] * TITLE_WORDS)),
        (_quoted("\x07", summary="Talks, open."), "Talks, open"),
        (_quoted(")"), ")"),
        (_quoted("x" * 400), "x" * (TITLE_CHARS - 1) + "…"),
        ({"title": "\x1b", "sources": []}, ""),
    ],
)
def test_remade_title(record: dict[str, object], title: str) -> None:
    assert remade_title(record) == title

"""Dates at the edge of the calendar: what ``check`` accepts, the build renders.

:class:`~generator.dates.PartialDate` refuses years outside 0001-9998 (and
decades reaching past them), because the exports compute the first day, the
last day and the day after a date's period. The property test writes event
files and source records with arbitrary dates at every precision, edges
included, and holds the build to what ``chronicle check`` accepts: the pages
and every export must render. One real ``chronicle build`` of edge dates runs
MkDocs too (it stamps the sitemap's gzip header with the newest source's date).
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.ingest import build_events
from generator.models import Article
from generator.site.build import prepare_docs
from generator.site.exports import EXPORT_FORMATS, ExportOptions, export
from generator.site.generate import SiteOptions
from generator.store import check_content
from tests.conftest import copy_project
from tests.reliability.util import cli

EDGE_YEARS = [0, 1, 2, 9, 10, 999, 1000, 1969, 1970, 2106, 2107, 9989, 9990, 9997, 9998, 9999]
"""Years where some computation with a date used to overflow, or might."""


@st.composite
def edtf(draw: st.DrawFn) -> str:
    """An EDTF string of any precision, valid or not, often at the edges."""
    year = draw(st.one_of(st.sampled_from(EDGE_YEARS), st.integers(0, 9999)))
    approx = "~" if draw(st.booleans()) else ""
    precision = draw(st.sampled_from(["decade", "year", "month", "day", "time"]))
    if precision == "decade":
        return f"{year // 10:03d}X{approx}"
    text = f"{year:04d}"
    if precision == "year":
        return text + approx
    text += f"-{draw(st.one_of(st.sampled_from([1, 2, 12]), st.integers(0, 13))):02d}"
    if precision == "month":
        return text + approx
    text += f"-{draw(st.one_of(st.sampled_from([1, 28, 29, 30, 31]), st.integers(0, 32))):02d}"
    if precision == "day":
        return text + approx
    hour = draw(st.one_of(st.sampled_from([0, 23]), st.integers(0, 24)))
    minute = draw(st.one_of(st.sampled_from([0, 59]), st.integers(0, 60)))
    return f"{text}T{hour:02d}:{minute:02d}{approx}"


@st.composite
def event_text(draw: st.DrawFn, number: int) -> str:
    """An event file whose date, end, status and source anchor are drawn."""
    lines = [
        f"id: e{number}",
        f"title: Event {number}",
        f"date: '{draw(edtf())}'",
        f"status: {draw(st.sampled_from(['occurred', 'scheduled']))}",
    ]
    if draw(st.booleans()):
        lines.append(f"end: '{draw(edtf())}'")
    if draw(st.booleans()):
        anchor = draw(edtf()).rstrip("~")
        lines += [
            "sources:",
            f"  - article: a{number}",
            "    quote: It happened.",
            "    date_text: then",
            f"    date_value: '{draw(edtf())}'",
            f"    date_rule: relative, anchor dct {anchor}",
        ]
    return "\n".join(lines) + "\n"


def _write_content(root: Path, events: list[str], published: list[str | None]) -> Path:
    content = root / "content"
    (content / "events" / "any").mkdir(parents=True)
    (content / "sources").mkdir()
    for number, text in enumerate(events):
        ident = re.search(r"^id: (\S+)", text, re.MULTILINE)
        assert ident is not None, text
        (content / "events" / "any" / f"{ident[1]}.yaml").write_text(text, "utf-8")
        date = published[number]
        when = f"published: '{date}'\n" if date is not None else ""
        (content / "sources" / f"a{number}.yaml").write_text(
            f"id: a{number}\ntitle: Report {number}\n{when}", "utf-8"
        )
    return content


_ICAL_DATE = re.compile(r"^(DTSTART|DTEND|DTSTAMP)[;:]")
_ICAL_VALUE = re.compile(r"\d{8}(T\d{6}Z?)?")
_ATOM_TIME = re.compile(r"<(updated|published)>(.*?)</")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=st.integers(1, 3).flatmap(
        lambda n: st.tuples(*(event_text(number) for number in range(n)))
    ),
    published=st.lists(st.one_of(st.none(), edtf()), min_size=3, max_size=3),
)
@example(events=("id: e0\ntitle: Edge\ndate: '9999-12-31'\n",), published=[None] * 3)
@example(events=("id: e0\ntitle: Edge\ndate: '0000-01-01'\n",), published=[None] * 3)
@example(events=("id: e0\ntitle: Edge\ndate: '9999-12'\n",), published=[None] * 3)
@example(events=("id: e0\ntitle: Edge\ndate: '9990-01'\nend: '9999'\n",), published=[None] * 3)
@example(events=("id: e0\ntitle: Edge\ndate: '000X'\n",), published=[None] * 3)
@example(events=("id: e0\ntitle: Edge\ndate: '0001-01-01'\n",), published=["0001-01"] * 3)
def test_whatever_check_accepts_every_page_and_export_renders(
    events: tuple[str, ...], published: list[str | None]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        content = _write_content(Path(folder), list(events), published)
        result = check_content(content)
        if result.errors:
            return  # refused, with file:line:column (tests/store cover the messages)
        prepare_docs(content, Path(folder) / "generated", SiteOptions(title="Edges"))
    options = ExportOptions(title="Edges", site_url="https://example.org/")
    for fmt in EXPORT_FORMATS:
        text = export(result.load.events, fmt, result.sources, options)
        if fmt == "ical":  # dates keep four-digit years: 00010101, not 10101
            for line in text.split("\r\n"):
                if _ICAL_DATE.match(line):
                    assert _ICAL_VALUE.fullmatch(line.rpartition(":")[2]), line
        if fmt == "atom":
            for _, stamp in _ATOM_TIME.findall(text):
                assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", stamp), stamp


def test_check_names_the_supported_range_at_the_date(tmp_path: Path) -> None:
    content = _write_content(
        tmp_path,
        [
            "id: e0\ntitle: Edge\ndate: '2020'\nend: '9999-12-31'\n",
            "id: e1\ntitle: Decade\ndate: 000X\n",
        ],
        ["9999-01", None],
    )
    messages = sorted(str(p) for p in check_content(content).errors)
    assert len(messages) == 3, messages
    assert "events/any/e0.yaml:4:1: end: year 9999 is out of range" in messages[0]
    assert "dates must lie within the years 0001-9998" in messages[0]
    assert "e1.yaml:3:1: date: decade 000X (0-9) is out of range" in messages[1]
    assert "sources/a0.yaml" in messages[2] and "year 9999 is out of range" in messages[2]


def test_ingest_skips_tagger_dates_past_the_range() -> None:
    """In December 9998 "next month" is 9999-01 to the tagger: no event, and no crash."""
    article = Article(
        "late",
        "late.txt",
        title="Late news",
        published=PartialDate(9998, 12, 15),
        paragraphs=[
            "The election will be held next month, officials said on Tuesday.",
            "A summit of the ministers is planned for next year in the capital.",
            "The talks between the two delegations ended on 10 December in the capital.",
        ],
    )
    built = build_events([article])
    dates = sorted(e.date.edtf() for e in built.events)
    assert dates and all(d.startswith("9998") for d in dates), dates


def test_a_real_build_of_edge_dates(tmp_path: Path) -> None:
    """MkDocs and every export, with dates at both ends and a source of 9998."""
    project = copy_project(tmp_path, ("site_config",))
    content = _write_content(
        project,
        [
            "id: first\ntitle: First\ndate: '0001-01-01'\nend: '0001-01-31'\n",
            "id: last\ntitle: Last\ndate: '9998-12-31'\nstatus: scheduled\n"
            "sources:\n  - article: a1\n    quote: At the very end.\n",
            "id: decade\ntitle: Decade\ndate: 998X\nend: '9998'\n",
        ],
        [None, "9998-12-31", None],
    )
    assert content.is_dir()
    result = cli(project, "build", "--strict")
    assert result.exit_code == 0, result.output
    ics = (project / "site" / "events.ics").read_bytes().decode("utf-8")
    assert "DTSTART;VALUE=DATE:00010101\r\nDTEND;VALUE=DATE:00010201\r\n" in ics
    assert "DTSTART;VALUE=DATE:99981231\r\nDTEND;VALUE=DATE:99990101\r\n" in ics

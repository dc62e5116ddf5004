"""The ``chronicle`` command: a thin layer that turns library errors into user errors."""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from generator import __version__
from generator.errors import BuildError, ChronicleError, InputError, os_error
from generator.signals import stop_on_sigterm

if TYPE_CHECKING:
    from generator.models import Event, EventStatus
    from generator.store import Source

log = logging.getLogger("chronicle")

F = TypeVar("F", bound=Callable[..., Any])
"""A command function (:func:`_user_errors` wraps it)."""
T = TypeVar("T")
"""An item a progress bar counts."""


def _user_errors(func: F) -> F:
    """Print Chronicle errors as one line each and exit with status 1.

    An ``OSError`` (a full disk, a read-only or unreadable folder) is one too:
    ``path: what happened (strerror); what to do``. The path is the file the
    system named, or else the command's ``--content`` folder (a write to a full
    disk names no file). Writers undo their changes before the error gets here:
    ``content/`` through its journal, ``site/`` by building into a staging folder.
    """

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ChronicleError as exc:
            _fail(exc)
        except OSError as exc:
            _fail(_os_error(exc, kwargs.get("content_dir")))

    return wrapper  # type: ignore[return-value]


def _fail(exc: ChronicleError) -> NoReturn:
    first, *rest = str(exc).splitlines() or [""]
    click.echo(f"error: {first}", err=True)
    for line in rest:
        click.echo(line, err=True)
    _annotate(exc)
    sys.exit(1)


def _os_error(exc: OSError, fallback: Path | str | None = None) -> ChronicleError:
    """``exc`` as a one-line error naming its file, else the folder ``fallback``."""
    if exc.filename is None and fallback is not None:
        return os_error(exc, Path(fallback).as_posix())
    return os_error(exc)


class _RebuildErrors:
    """Stands in for the ``traceback`` module of MkDocs' live-reload loop under ``serve``.

    MkDocs prints a failed rebuild's traceback there and keeps serving the last good
    pages; an ``OSError`` (a full disk or read-only folder where MkDocs writes the
    preview) becomes our one line instead. Anything else still gets its traceback.
    """

    @staticmethod
    def print_exc(*args: Any, **kwargs: Any) -> None:
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError):
            click.echo(f"error: {_os_error(exc, tempfile.gettempdir())}", err=True)
        else:
            traceback.print_exc(*args, **kwargs)


@contextmanager
def _one_line_rebuild_errors(livereload: Any) -> Iterator[None]:
    """MkDocs' live-reload module printing failed rebuilds through :class:`_RebuildErrors`."""
    original = livereload.traceback
    livereload.traceback = _RebuildErrors
    try:
        yield
    finally:
        livereload.traceback = original


def _annotate(exc: ChronicleError) -> None:
    if os.environ.get("GITHUB_ACTIONS") == "true" and exc.path:
        where = f"file={exc.path}"
        if exc.line:
            where += f",line={exc.line}"
            if exc.column:
                where += f",col={exc.column}"
        click.echo(f"::error {where}::{exc.message.splitlines()[0]}")


_content_option = click.option(
    "--content",
    "content_dir",
    default="content",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder that holds events/, sources/ and the vocabularies.",
)
"""The ``--content`` option every command that reads or writes content/ takes."""

_config_option = click.option(
    "-f",
    "--config-file",
    default="mkdocs.yml",
    show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The MkDocs configuration whose chronicle plugin sets min_confidence "
    "(default 0.4) and articles_dir (default articles/).",
)
"""The ``--config-file`` option of commands that follow the plugin's options."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chronicle")
@click.option("-v", "--verbose", count=True, help="More detail (-vv for debug output).")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors.")
def main(verbose: int, quiet: bool) -> None:
    """Chronicle: turn news articles into a dated, searchable timeline site.

    Typical use: `chronicle ingest seeds/` writes event files under
    content/events/; edit them by hand if you like; `chronicle build`
    validates them and builds the site into site/.
    """
    level = logging.WARNING if quiet else (logging.DEBUG if verbose > 1 else logging.INFO)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", force=True)
    if verbose < 2:
        logging.getLogger("mkdocs").setLevel(logging.WARNING if not verbose else logging.INFO)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=True, path_type=Path))
@click.option("--title", required=True, help="The story's title (site name and home page).")
@click.option("--description", default=None, help="One sentence for search engines and feeds.")
@_user_errors
def init(directory: Path, title: str, description: str | None) -> None:
    """Create a new timeline project in DIRECTORY (default: here).

    Writes mkdocs.yml, content/ (story.yaml with the title, empty events/,
    sources/ and vocabularies), an articles/ folder for input, the GitHub
    Pages workflow, the pre-commit configuration, .gitignore and a README.
    Refuses to touch a folder that already holds a project.

    \b
    chronicle init harbour-bridge --title "Harbour bridge"
    cd harbour-bridge   # copy articles into articles/, then:
    chronicle ingest && chronicle build
    """
    from generator.scaffold import init_project

    report = init_project(directory, title, description)
    for path in report.kept:
        click.echo(f"kept your {path.relative_to(directory).as_posix()}", err=True)
    where = directory.as_posix()
    click.echo(
        f"created a project in {where} ({len(report.written)} files). Next:\n"
        + (f"  cd {shlex.quote(where)}\n" if directory != Path(".") else "")
        + "  copy articles into articles/, then: chronicle ingest && chronicle build",
        err=True,
    )


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@_content_option
@_config_option
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar (default: on a terminal)."
)
@_user_errors
def ingest(
    paths: tuple[Path, ...], content_dir: Path, config_file: Path, progress: bool | None
) -> None:
    """Read articles and write one YAML file per event under content/events/.

    PATHS are article files (.txt, .md, .html, .jsonl) or folders of them;
    the default is the project's articles folder (articles_dir of the chronicle
    plugin in mkdocs.yml: articles/ unless it says otherwise). Re-running never
    undoes an editor's change: edited fields are kept, deleted or rejected
    events are not re-created, and hand-written events are never duplicated.
    The title and standfirst of content/story.yaml are drafted while empty.
    """
    from generator.ingest import ingest as run_ingest
    from generator.site import articles_folder
    from generator.store import transaction

    targets = list(paths)
    if not targets:
        folder = articles_folder(config_file)
        if not folder.is_dir():
            raise ChronicleError(
                f"no articles to read: the folder {folder.as_posix()!r} does not exist; "
                "put articles there or name files and folders: chronicle ingest PATH..."
            )
        targets = [folder]
    show = sys.stderr.isatty() if progress is None else progress
    with transaction(content_dir):  # all files or none, even if killed
        report = run_ingest(targets, content_dir, progress=_progress_bar if show else None)
    click.echo(
        f"{report.articles} articles, {report.mentions} dated statements, "
        f"{report.events} events; {len(report.written)} files written"
        + (f", {len(report.kept_edits)} edited fields kept" if report.kept_edits else "")
        + (f", {len(report.skipped)} skipped" if report.skipped else "")
        + (f", {report.suggested} entity suggestions" if report.suggested else "")
        + (f"; drafted the story's {' and '.join(report.story)}" if report.story else ""),
        err=True,
    )
    for line in report.skipped:
        log.info("skipped %s", line)


def _progress_bar(items: Iterable[T]) -> Iterable[T]:
    from tqdm import tqdm

    bar: Iterable[T] = tqdm(items, desc="reading articles", unit=" articles", file=sys.stderr)
    return bar


@main.command()
@_content_option
@_user_errors
def check(content_dir: Path) -> None:
    """Validate every event file: YAML, schema, dates, ids, sources and vocabularies.

    Each problem is printed as `path:line:column: message` (every schema
    problem of a file, not only the first); entities and tags missing from
    content/entities.yaml or content/tags.yaml are warnings. Exits with status
    1 when there is any error. Under GitHub Actions it also prints `::error`
    and `::warning` annotations so problems show on the pull request.
    """
    from generator.store import check_content

    result = check_content(content_dir)
    annotate = os.environ.get("GITHUB_ACTIONS") == "true"
    for problem in result.problems:
        click.echo(str(problem), err=True)
        if annotate:
            click.echo(_annotation(problem))
    count = len(result.load.events)
    warnings = len(result.problems) - len(result.errors)
    noted = f", {warnings} warning(s)" if warnings else ""
    if result.errors:
        click.echo(f"{len(result.errors)} error(s){noted} in {content_dir}", err=True)
        sys.exit(1)
    click.echo(f"{count} events OK{noted}", err=True)


def _annotation(problem: Any) -> str:
    """A GitHub Actions workflow command for one problem."""
    kind = "error" if problem.severity == "error" else "warning"
    where = f"file={problem.path}"
    if problem.line:
        where += f",line={problem.line}"
        if problem.column:
            where += f",col={problem.column}"
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::{kind} {where}::{message}"


@main.command()
@click.argument("title")
@click.option(
    "--date", "date", required=True, help="EDTF date: 2026-03-01, 2025-10, 199X, 2026-01~."
)
@click.option("--end", default=None, help="Last date of a range (EDTF).")
@click.option(
    "--status",
    type=click.Choice(["occurred", "scheduled"]),
    default="occurred",
    show_default=True,
    help="scheduled: still in the future when reported.",
)
@click.option("--summary", default="", help="One or two sentences.")
@click.option("--tag", "tags", multiple=True, help="A topic tag (repeatable).")
@click.option(
    "--entity", "entities", multiple=True, help="A person, organisation or place (repeatable)."
)
@_content_option
@_user_errors
def new(
    title: str,
    date: str,
    end: str | None,
    status: EventStatus,  # click.Choice lets through only statuses
    summary: str,
    tags: tuple[str, ...],
    entities: tuple[str, ...],
    content_dir: Path,
) -> None:
    """Write a new hand-made event file and print its path.

    The id is the date plus the title's words (made unique); the file goes
    under content/events/YYYY/. Ingest treats it as yours: it never changes
    or duplicates it.
    """
    from generator.ingest import load_state
    from generator.store import create_event

    path = create_event(
        content_dir,
        title,
        date,
        status=status,
        summary=summary,
        tags=tags,
        entities=entities,
        end=end,
        reserved=set(load_state(content_dir)),
    )
    click.echo(path.as_posix())


@main.command()
@click.option("--strict", is_flag=True, help="Treat MkDocs warnings (e.g. broken links) as errors.")
@click.option(
    "-f",
    "--config-file",
    default="mkdocs.yml",
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The MkDocs configuration.",
)
@click.option(
    "-d",
    "--site-dir",
    default=None,
    type=click.Path(file_okay=False, path_type=Path),
    help="Where to write the site (default: site_dir of mkdocs.yml).",
)
@click.option(
    "--incremental/--no-incremental",
    " /--full",
    default=True,
    show_default=True,
    help="Render again only the pages that changed since the last build (--full: all).",
)
@_user_errors
def build(strict: bool, config_file: Path, site_dir: Path | None, incremental: bool) -> None:
    """Check content/, generate the pages and build the static site.

    The previous site stays in place until the new one is complete. When a
    previous site exists and nothing global changed (mkdocs.yml, site_config/
    overrides, versions, the set of pages), only the pages whose content
    changed are rendered again; the result is the same as a full build.
    """
    from generator.site import build_site

    try:
        target = build_site(config_file, strict=strict, site_dir=site_dir, incremental=incremental)
    except OSError as exc:  # MkDocs writing a page to a full disk names no file
        if isinstance(exc.filename, str):  # the staging folder is gone: name the site's file
            exc.filename = _STAGING.sub(r"\1\2", exc.filename)
        if isinstance(exc.filename2, str):
            exc.filename2 = _STAGING.sub(r"\1\2", exc.filename2)
        raise _os_error(exc, site_dir or config_file.parent / "site") from None
    click.echo(f"site built in {target}", err=True)


_STAGING = re.compile(r"(^|[\\/])\.([^\\/]+)\.new-[^\\/]+(?=[\\/]|$)")
"""The staging folder ``.site.new-<random>`` that ``build_site`` fills beside ``site``."""


@main.command()
@click.option(
    "-f",
    "--config-file",
    default="mkdocs.yml",
    show_default=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The MkDocs configuration.",
)
@click.option(
    "-a", "--dev-addr", default="127.0.0.1:8000", show_default=True, help="IP:port to serve on."
)
@_user_errors
def serve(config_file: Path, dev_addr: str) -> None:
    """Preview the site, rebuilding when an event file changes."""
    import errno
    import socket

    import mkdocs.livereload
    from mkdocs.commands.serve import serve as mkdocs_serve
    from mkdocs.exceptions import MkDocsException

    from generator.site import ensure_docs_folder

    ensure_docs_folder(config_file)
    try:
        with _one_line_rebuild_errors(mkdocs.livereload), stop_on_sigterm():
            mkdocs_serve(config_file=str(config_file), dev_addr=dev_addr, livereload=True)
    except MkDocsException as exc:  # the first build failed, or mkdocs.yml is wrong
        raise BuildError(str(exc).strip() or type(exc).__name__) from None
    except OSError as exc:
        if exc.filename is not None:
            raise
        if isinstance(exc, socket.gaierror) or exc.errno in (
            errno.EADDRINUSE,
            errno.EADDRNOTAVAIL,
        ):
            raise InputError(
                f"cannot serve on this address ({exc.strerror or exc}); stop the program "
                "using it or choose another address with --dev-addr",
                dev_addr,
            ) from None
        raise _os_error(exc, tempfile.gettempdir()) from None  # where MkDocs builds the preview


def _valid_content(content_dir: Path) -> tuple[list[Event], dict[str, Source]]:
    """Every event and source record; a user error if any event file is invalid."""
    from generator.store import load_events, load_sources

    result = load_events(content_dir)
    if result.errors:
        raise ChronicleError(
            f"{len(result.errors)} invalid event file(s); run `chronicle check` "
            f"(first: {result.errors[0]})"
        )
    sources, _ = load_sources(content_dir)
    return result.events, sources


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "ical", "atom", "timelinejs"]),
    default="json",
    show_default=True,
    help="json: every field; ical: iCalendar; atom: Atom feed; timelinejs: TimelineJS JSON.",
)
@_content_option
@_config_option
@click.option("--title", default="Chronicle", show_default=True, help="The story's title.")
@click.option(
    "--site-url",
    default=None,
    help="Public address of the site, for absolute links (default: links relative to the site).",
)
@_user_errors
def export(
    fmt: str, content_dir: Path, config_file: Path, title: str, site_url: str | None
) -> None:
    """Print all events in a machine-readable format on stdout.

    Events held back for review (confidence below the chronicle plugin's
    min_confidence, not reviewed: see `chronicle review`) are left out, as
    the site leaves them out.

    JSON fields: id, title, date (EDTF), end, precision, status, summary,
    entities, tags, importance, confidence, reviewed, conflicts, sources, url.
    The site publishes every format: events.json, events.ics (iCalendar:
    all-day events; a month, year or decade on its first day, the precision
    said in the description), feed.xml (Atom, newest first by the latest
    publication date of each event's sources) and timeline.json (for
    TimelineJS embeds). Links are absolute with --site-url (the site uses
    site_url of mkdocs.yml), relative and warned about without.
    """
    from generator.site import ExportOptions, published_events, review_threshold
    from generator.site import export as run_export

    events, sources = _valid_content(content_dir)
    options = ExportOptions(title=title, site_url=site_url)
    events = published_events(events, review_threshold(config_file))
    click.echo(run_export(events, fmt, sources, options), nl=False)


@main.command()
@_content_option
@_config_option
@click.option(
    "--all", "everything", is_flag=True, help="Every machine-made event, held back or not."
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a list.")
@_user_errors
def review(content_dir: Path, config_file: Path, everything: bool, as_json: bool) -> None:
    """List the events held back for review, most important first.

    An event ingest made whose confidence is below min_confidence (an option
    of the chronicle plugin in mkdocs.yml, 0.4 by default) stays out of the
    site and the exports. Each is listed with its date, title, id, confidence,
    why it is doubtful and the file to edit: add `reviewed: true` to publish
    it, or set `status: rejected` to drop it.
    """
    from generator.ingest import (
        corpus_names,
        format_review,
        review_queue,
        review_records,
        strangers_in,
        topic_words,
    )
    from generator.site import review_threshold
    from generator.store import load_source_texts

    events, sources = _valid_content(content_dir)
    threshold = review_threshold(config_file)
    texts = load_source_texts(content_dir, sources)
    topic = topic_words(texts.values())
    names = corpus_names(texts.values())
    strangers = strangers_in(texts.values())
    items = review_queue(events, sources, threshold, everything, topic, names, strangers)
    if as_json:
        click.echo(json.dumps(review_records(items), indent=2, ensure_ascii=False))
    else:
        click.echo(format_review(items, threshold, everything), nl=False)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--dct", help="Document creation time (publication date), e.g. 2026-02-03.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array instead of a table.")
@_user_errors
def dates(file: Path, dct: str | None, as_json: bool) -> None:
    """Tag every temporal expression in FILE and show how each resolves.

    The text is tagged verbatim; offsets are character offsets into the file
    decoded as UTF-8. Without --dct, relative expressions stay unresolved.
    """
    from generator.dates import PartialDate
    from generator.temporal import tag

    anchor = None
    if dct:
        try:
            anchor = PartialDate.parse(dct)
        except ChronicleError as exc:
            raise InputError(f"--dct: {exc.message}") from None
    from generator.ingest import read_text_file

    text = read_text_file(file)
    timexes = tag(text, anchor)
    if as_json:
        records = [
            {
                "start": t.start,
                "end": t.end,
                "text": t.text,
                "type": t.type,
                "value": t.value,
                "rule": t.rule,
                "mod": t.mod,
                "anchor": t.anchor,
                "reference": t.reference,
            }
            for t in timexes
        ]
        click.echo(json.dumps(records, indent=2, ensure_ascii=False))
        return
    width = max((len(t.text) for t in timexes), default=4)
    width = min(max(width, 4), 40)
    click.echo(f"{'start':>7} {'end':>7}  {'text':<{width}}  {'type':<8} {'value':<18} rule")
    for t in timexes:
        value = t.value if t.value is not None else "(unresolved)"
        ref = " [reference]" if t.reference else ""
        click.echo(
            f"{t.start:>7} {t.end:>7}  {t.text[:width]:<{width}}  "
            f"{t.type:<8} {value:<18} {t.rule}{ref}"
        )


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a report.")
@_user_errors
def inspect(file: Path, as_json: bool) -> None:
    """Show how an article reads: metadata, publication date, kept text, dropped boilerplate."""
    from generator.ingest import article_to_json, format_report, read_article

    article = read_article(file)
    if as_json:
        click.echo(json.dumps(article_to_json(article), indent=2, ensure_ascii=False))
    else:
        click.echo(format_report(article))


if __name__ == "__main__":  # pragma: no cover
    main()

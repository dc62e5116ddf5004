"""Orchestration of a build: content → generated docs folder → ``site/``.

:func:`prepare_docs` loads and validates ``content/`` and writes the generated
pages (used by the MkDocs plugin, so plain ``mkdocs build`` works too).
:func:`build_site` runs MkDocs into a temporary folder beside ``site/`` and
swaps it in only when the build is complete, so a failed or interrupted build
leaves the previous site intact.
"""

from __future__ import annotations

import ctypes
import datetime
import difflib
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.store.cache import load_events_cached, load_sources_cached
from generator.errors import BuildError, ChronicleError
from generator.models import Event
from generator.site.generate import SiteOptions, generate_pages, write_pages
from generator.site.incremental import BuildPlan, config_key, read_manifest
from generator.store.sources import Source
from generator.store.events import LoadResult, Problem, check_references
from generator.store.vocab import ENTITIES_FILE, TAGS_FILE, Vocabulary, load_vocabulary
from generator.store.yamlread import load_with_marks

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from generator.site.plugin import ChroniclePlugin

log = logging.getLogger(__name__)


@dataclass
class CheckResult:
    """Everything ``chronicle check`` finds."""

    load: LoadResult
    """Events loaded and problems found in them."""
    problems: list[Problem] = field(default_factory=list)
    """All problems: event files, source records and cross references."""
    sources: dict[str, Source] = field(default_factory=dict)
    """Source records loaded without a problem, by article id."""
    vocabulary: Vocabulary | None = None
    """The entity and tag vocabularies, None if they could not be loaded."""

    @property
    def errors(self) -> list[Problem]:
        """Problems that fail the check."""
        return [p for p in self.problems if p.severity == "error"]


def check_content(content_dir: Path) -> CheckResult:
    """Validate every event and source file under ``content_dir``.

    Errors: YAML syntax, the schema (every violation), dates, duplicate ids,
    sources naming articles that do not exist. Warnings: entities and tags
    missing from ``entities.yaml``/``tags.yaml`` (only when those files exist).

    Event files and source records whose ``stat`` did not change since the
    last run come from :mod:`generator.store.cache` (parsed and validated then).
    """
    load = load_events_cached(content_dir)
    sources, source_problems = load_sources_cached(content_dir)
    problems = list(load.problems) + source_problems
    known = set(sources) if (content_dir / "sources").is_dir() else None
    problems += check_references(load.events, known)
    vocabulary: Vocabulary | None = None
    try:
        vocabulary = load_vocabulary(content_dir)
    except ChronicleError as exc:
        problems.append(Problem.from_error(exc))
    else:
        problems += _vocabulary_problems(load.events, content_dir, vocabulary)
    problems += check_article_files(load.events, sources, content_dir)
    return CheckResult(load, problems, sources, vocabulary)


def check_article_files(
    events: Sequence[Event], sources: dict[str, Source], content_dir: Path
) -> list[Problem]:
    """Warnings for source records whose article file is gone (deleted after ingest).

    A warning, not an error: the record and the event files hold everything
    the site shows (title, date, quotes), so the site still builds. One
    warning per missing file (a corpus holds many articles), naming the
    record and an event file that cites it.
    """
    root = content_dir.resolve().parent
    citing: dict[str, list[Event]] = {}
    for event in events:
        for ref in event.sources:
            citing.setdefault(ref.article, []).append(event)
    missing: dict[str, list[Source]] = {}
    for source in sorted(sources.values(), key=lambda s: s.id):
        if not source.path:
            continue
        where = Path(source.path)
        if not (where if where.is_absolute() else root / where).exists():
            missing.setdefault(source.path, []).append(source)
    problems = []
    for path, records in missing.items():
        first = records[0]
        cites = [e for r in records for e in citing.get(r.id, [])]
        more = f" and {len(records) - 1} more article(s) of that file" if len(records) > 1 else ""
        if cites:
            cited = f"; {len(cites)} event(s) cite it, e.g. {cites[0].path or cites[0].id}"
        else:
            cited = "; no event cites it"
        problems.append(
            Problem(
                first.record or first.id,
                1,
                1,
                f"article file {path} of article {first.id!r}{more} no longer exists{cited}. "
                "The site keeps what was read from it; restore the file, or delete the "
                "record and edit those events",
                severity="warning",
            )
        )
    return problems


def check_vocabulary(events: Sequence[Event], content_dir: Path) -> list[Problem]:
    """Warnings for entities and tags that their vocabulary file does not list."""
    try:
        vocabulary = load_vocabulary(content_dir)
    except ChronicleError as exc:
        return [Problem.from_error(exc)]
    return _vocabulary_problems(events, content_dir, vocabulary)


def _vocabulary_problems(
    events: Sequence[Event], content_dir: Path, vocabulary: Vocabulary
) -> list[Problem]:
    checks: list[tuple[str, str, dict[str, str]]] = []
    if (content_dir / ENTITIES_FILE).exists():
        names = {e.name: e.name for e in vocabulary.entities}
        aliases = {a: e.name for e in vocabulary.entities for a in e.aliases}
        checks.append(("entities", ENTITIES_FILE, {**aliases, **names}))
    if (content_dir / TAGS_FILE).exists():
        checks.append(("tags", TAGS_FILE, {t.name: t.name for t in vocabulary.tags}))
    problems: list[Problem] = []
    for event in events:
        for key, file_name, known in checks:
            canonical = set(known.values())
            for index, value in enumerate(getattr(event, key)):
                if value in canonical:
                    continue
                suggestion = known.get(value) or next(
                    iter(difflib.get_close_matches(value, sorted(canonical), n=1)), None
                )
                hint = f" (did you mean {suggestion!r}?)" if suggestion else ""
                line, column = _position(event.path, (key, index))
                problems.append(
                    Problem(
                        event.path or event.id,
                        line,
                        column,
                        f"{key}[{index}]: {value!r} is not in {file_name}{hint}; "
                        f"add it there or fix the name",
                        severity="warning",
                    )
                )
    return problems


def _position(path: str | None, where: tuple[str | int, ...]) -> tuple[int | None, int | None]:
    if not path:
        return None, None
    try:
        return load_with_marks(Path(path).read_text("utf-8-sig"), path).where(where)
    except (OSError, UnicodeDecodeError, ChronicleError):
        return None, None


def prepare_docs(
    content_dir: Path,
    docs_dir: Path,
    options: SiteOptions,
    static_dirs: Sequence[Path] = (),
) -> CheckResult:
    """Validate ``content_dir`` and regenerate ``docs_dir``; raises on any error."""
    result = check_content(content_dir)
    if result.errors:
        listing = "\n".join(str(p) for p in result.errors)
        raise BuildError(f"{len(result.errors)} error(s) in {content_dir}:\n{listing}")
    vocabulary = result.vocabulary if result.vocabulary is not None else Vocabulary()
    pages = generate_pages(result.load.events, result.sources, options, vocabulary)
    changed = write_pages(docs_dir, pages, static_dirs)
    log.info(
        "chronicle: %d events, %d generated files (%d changed)",
        len(result.load.events),
        len(pages),
        changed,
    )
    return result


def build_epoch(content_dir: Path) -> int:
    """A build timestamp taken from the data: midnight (UTC) of the newest source's date.

    MkDocs stamps ``sitemap.xml`` (``lastmod``) and ``sitemap.xml.gz`` (gzip
    header) with the build date unless ``SOURCE_DATE_EPOCH`` is set; this
    value makes the same content give the same bytes on any day. 0 (1970)
    when no source has a publication date.
    """
    sources, _ = load_sources_cached(content_dir)
    newest = max(
        (s.published.sort_key() for s in sources.values() if s.published is not None),
        default=None,
    )
    if newest is None:
        return 0
    year, month, day = newest[0], max(newest[1], 1), max(newest[2], 1)
    when = datetime.datetime(year, month, day, tzinfo=datetime.timezone.utc)
    return max(0, int(when.timestamp()))


@contextmanager
def source_date_epoch(content_dir: Path) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` from :func:`build_epoch` for the block, unless the user did."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        yield
        return
    try:
        epoch = build_epoch(content_dir)
    except (OSError, ChronicleError):
        epoch = 0
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    try:
        yield
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


def build_site(
    config_file: Path,
    strict: bool = False,
    site_dir: Path | None = None,
    incremental: bool = True,
) -> Path:
    """Build the site with MkDocs, replacing ``site_dir`` only once the new one is complete.

    MkDocs writes into ``.<site>.new-*`` beside the target, which is then
    swapped in with one atomic exchange (Linux) or two renames. Leftovers of a
    killed build are tidied first: a staging folder is deleted, and if a kill
    fell between the two renames, the previous site is put back. Builds are
    reproducible: see :func:`source_date_epoch`.

    With ``incremental`` and a previous complete site built by this function,
    the staging folder starts as a copy of that site and only the pages whose
    generated Markdown changed are rendered again (see
    :mod:`generator.site.incremental`); the result is byte-identical to a full
    build. Anything global that changed (configuration, theme, versions, pages
    added or removed) means a full build.
    """
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    root = config_file.resolve().parent
    target = (site_dir or root / "site").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = _lock_site(target)
    try:
        _tidy(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        try:
            config = load_config(config_file=str(config_file), strict=strict, site_dir=str(staging))
            plugin, dirty = _plan(config, target, staging, incremental)
            # dirty=False even so: Material's search plugin would keep this build's
            # index for the next build in this process (plugins are cached).
            config.plugins.on_startup(command="build", dirty=False)
            try:
                with _quiet_dirty_mode():
                    build(config, dirty=dirty)
            finally:
                config.plugins.on_shutdown()
                if plugin is not None:
                    plugin.plan = None
        except (MkDocsException, SystemExit) as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise BuildError(
                f"the site was not built ({exc}); see the messages above", str(config_file)
            ) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        _swap_in(staging, target)
    finally:
        os.close(lock)
    return target


def _plan(
    config: MkDocsConfig, target: Path, staging: Path, incremental: bool
) -> tuple[ChroniclePlugin | None, bool]:
    """Tell the chronicle plugin how to build; returns it, and whether to run in dirty mode.

    An incremental build needs the plugin (it compares the generated files
    with the previous site's manifest) and a previous site whose manifest
    matches this build's :func:`~generator.site.incremental.config_key`; the
    previous site is then copied into ``staging``.
    """
    from generator.site.plugin import ChroniclePlugin  # here: the plugin imports this module

    plugin = next((p for p in config.plugins.values() if isinstance(p, ChroniclePlugin)), None)
    if plugin is None:
        return None, False
    key = config_key(config)
    previous = read_manifest(target) if incremental else None
    if previous is None or previous.config != key:
        reason = (
            "--full"
            if not incremental
            else "no previous site"
            if not target.is_dir()
            else "the previous site has no manifest"
            if previous is None
            else "configuration, theme or versions changed"
        )
        log.info("chronicle: full build (%s)", reason)
        plugin.plan = BuildPlan(key, None)
        return plugin, False
    shutil.copytree(target, staging, symlinks=True, dirs_exist_ok=True)
    plugin.plan = BuildPlan(key, previous)
    return plugin, True


class _DirtyWarningFilter(logging.Filter):
    """Drops MkDocs' warnings about dirty builds: ours end as a full build would."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        return not message.startswith(("A 'dirty' build", "The directory contains stale files"))


@contextmanager
def _quiet_dirty_mode() -> Iterator[None]:
    logger = logging.getLogger("mkdocs.commands.build")
    quiet = _DirtyWarningFilter()
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)


def _lock_site(target: Path) -> int:
    """Hold the folder that holds ``target`` locked, so two builds never swap at once."""
    fd = os.open(target.parent, os.O_RDONLY)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return fd
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise BuildError(
            f"another build is writing {target.name}/; wait for it to finish", str(target)
        ) from None
    return fd


def _tidy(target: Path) -> None:
    """Remove what a killed build left beside ``target``; restore the old site if needed."""
    olds = sorted(target.parent.glob(f".{target.name}.old-*"))
    if not target.exists() and olds:
        os.replace(olds.pop(), target)  # killed between the two renames of a swap
        log.warning("restored %s from an interrupted build", target)
    for leftover in [*olds, *target.parent.glob(f".{target.name}.new-*")]:
        shutil.rmtree(leftover, ignore_errors=True)


def _swap_in(staging: Path, target: Path) -> None:
    if target.exists() and _exchange(staging, target):
        shutil.rmtree(staging, ignore_errors=True)  # now holds the previous site
        return
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(
        at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), ctypes.c_uint(rename_exchange)
    )
    return bool(result == 0)

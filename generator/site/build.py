"""Orchestration of a build: content → generated docs folder → ``site/``.

:func:`prepare_docs` loads and validates ``content/`` and writes the generated
pages (used by the MkDocs plugin, so plain ``mkdocs build`` works too).
:func:`build_site` runs MkDocs into a temporary folder beside ``site/`` and
swaps it in only when the build is complete, so a failed or interrupted build
leaves the previous site intact; the plugin asks :func:`current_plan` whether
that build is full or incremental.
"""

from __future__ import annotations

import ctypes
import datetime
import gc
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import BuildError, ChronicleError
from generator.site.ahead import Ahead
from generator.site.settings import PLUGIN_NAME as PLUGIN_NAME
from generator.site.settings import DocsJob, ensure_docs_folder_of, predicted_job, read_config
from generator.site.settings import articles_folder as articles_folder
from generator.site.settings import ensure_docs_folder as ensure_docs_folder
from generator.site.settings import plugin_options as plugin_options
from generator.site.settings import review_threshold as review_threshold
from generator.site.settings import share as share

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

    from generator.site.helper import Helper
    from generator.site.incremental import BuildPlan
    from generator.site.settings import SiteOptions
    from generator.store import CheckResult, Source

# The page generation and MkDocs are imported where used: `chronicle build` forks the
# process that generates the pages (:mod:`generator.site.ahead`) before importing them.
log = logging.getLogger(__name__)

_PLAN: ContextVar[BuildPlan | None] = ContextVar("chronicle_build_plan", default=None)
_AHEAD: ContextVar[Ahead[tuple[DocsJob, DocsReady] | None] | None] = ContextVar(
    "chronicle_docs_ahead", default=None
)
MAX_EPOCH = 2**32 - 1
"""The latest build timestamp: gzip headers (``sitemap.xml.gz``) hold 32 bits of seconds."""


@dataclass(frozen=True)
class PreparedDocs:
    """What :func:`prepare_docs` found and wrote."""

    check: CheckResult
    """Everything loaded from the content folder (no errors: those raise)."""
    hashes: dict[str, str]
    """Hash of every file of the docs folder but hidden ones, by docs path."""


@dataclass(frozen=True)
class DocsReady:
    """What the plugin keeps of :func:`prepare_docs` when a child process ran it."""

    hashes: dict[str, str]
    """:attr:`PreparedDocs.hashes`."""
    epoch: int
    """:func:`build_epoch` of the source records it loaded."""


def prepare_docs(
    content_dir: Path,
    docs_dir: Path,
    options: SiteOptions,
    static_dirs: Sequence[Path] = (),
    helper: Helper | None = None,
) -> PreparedDocs:
    """Validate ``content_dir`` and regenerate ``docs_dir``; raises on any error.

    ``helper``: a process sharing the work (:mod:`generator.site.helper`).
    """
    from generator.site.generate import generate_pages, source_words, story_files, write_pages
    from generator.store import Vocabulary, check_content

    result = check_content(content_dir, helper.preloaded() if helper is not None else None)
    if result.errors:
        listing = "\n".join(str(p) for p in result.errors)
        raise BuildError(f"{len(result.errors)} error(s) in {content_dir}:\n{listing}")
    vocabulary = result.vocabulary if result.vocabulary is not None else Vocabulary()
    story = result.story
    split = helper.words() if helper is not None else {}
    words = source_words(content_dir, result.sources, split)
    pages = generate_pages(
        result.load.events, result.sources, options, vocabulary, story, words=words
    )
    written = write_pages(docs_dir, pages, static_dirs, story_files(story, content_dir))
    log.info(
        "chronicle: %d events, %d generated files (%d changed)",
        len(result.load.events),
        len(pages),
        written.changed,
    )
    held = sum(e.held_back(options.min_confidence) for e in result.load.events)
    if held:
        log.info(
            "chronicle: %d event(s) held back for review (confidence below %s); "
            "`chronicle review` lists them",
            held,
            f"{options.min_confidence:g}",
        )
    return PreparedDocs(result, written.hashes)


def _prepare_predicted(
    config_file: Path, settings: Mapping[str, Any]
) -> tuple[DocsJob, DocsReady] | None:
    """Run :func:`prepare_docs` as the plugin will (runs in a child); None without the plugin.

    ``settings`` is ``config_file`` as :func:`~generator.site.settings.read_config`
    reads it. Returns the job it predicted (:func:`~generator.site.settings.predicted_job`)
    with what the plugin keeps of the result.
    """
    from generator.site.helper import Helper
    from generator.store import event_files, recover

    job = predicted_job(config_file, settings)
    if job is None:
        return None
    gc.disable()  # a short-lived process: collecting cycles cost 7% of its time
    recover(job.content_dir)  # a killed ingest's journal, before the helper reads
    helper = Helper.start(job.content_dir, event_files(job.content_dir))
    try:
        prepared = prepare_docs(job.content_dir, job.docs_dir, job.options, job.static_dirs, helper)
    finally:
        helper.close()
    return job, DocsReady(prepared.hashes, build_epoch(job.content_dir, prepared.check.sources))


def prepared_pending() -> Callable[[], bool] | None:
    """While a child process prepares the docs folder for this build: whether it is done."""
    ahead = _AHEAD.get()
    return ahead.done if ahead is not None and not ahead.done() else None


def take_prepared(job: DocsJob) -> DocsReady | None:
    """The docs folder a child process prepared for ``job`` in this build, if it did.

    :func:`build_site` starts that child before it reads the configuration and
    MkDocs starts up; the child predicts the plugin's arguments from
    ``mkdocs.yml`` (:func:`~generator.site.settings.predicted_job`). This waits
    for it. None (the plugin then calls :func:`prepare_docs` itself) under plain
    MkDocs, when the child prepared another job than ``job`` (its messages are
    dropped), when it failed (the plugin meets the same problem) or when its
    result was taken already.
    """
    ahead = _AHEAD.get()
    if ahead is None:
        return None
    found = ahead.result(lambda value: value is not None and value[0] == job)
    return found[1] if found is not None else None


def build_epoch(content_dir: Path, sources: Mapping[str, Source] | None = None) -> int:
    """A build timestamp taken from the data: midnight (UTC) of the newest source's date.

    MkDocs stamps ``sitemap.xml`` (``lastmod``) and ``sitemap.xml.gz`` (gzip
    header) with the build date unless ``SOURCE_DATE_EPOCH`` is set; this
    value makes the same content give the same bytes on any day. 0 (1970)
    when no source has a publication date; at most :data:`MAX_EPOCH`, which
    the gzip header can hold (a source dated after 2106-02-07 would crash MkDocs).
    ``sources`` are the source records of ``content_dir`` when already loaded.
    """
    if sources is None:
        from generator.store import load_sources_cached

        sources, _ = load_sources_cached(content_dir)
    newest = max(
        (s.published.sort_key() for s in sources.values() if s.published is not None),
        default=None,
    )
    if newest is None:
        return 0
    year, month, day = newest[0], max(newest[1], 1), max(newest[2], 1)
    when = datetime.datetime(year, month, day, tzinfo=datetime.timezone.utc)
    return min(max(0, int(when.timestamp())), MAX_EPOCH)


@contextmanager
def source_date_epoch(
    content_dir: Path, sources: Mapping[str, Source] | None = None, epoch: int | None = None
) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` from :func:`build_epoch` for the block, unless the user did.

    ``epoch`` is that value when already known.
    """
    if os.environ.get("SOURCE_DATE_EPOCH"):
        yield
        return
    try:
        epoch = build_epoch(content_dir, sources) if epoch is None else epoch
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
    from mkdocs.exceptions import MkDocsException

    root = config_file.resolve().parent
    target = (site_dir or root / "site").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = _lock_site(target)
    ahead = None
    ahead_token = _AHEAD.set(None)
    try:
        _tidy(target)
        # Our own work (check, generate, write the docs folder) runs beside MkDocs' start-up.
        settings = read_config(config_file)  # before the fork: both processes need it
        ahead = Ahead.start(partial(_prepare_predicted, config_file, settings))
        _AHEAD.set(ahead)
        ensure_docs_folder_of(config_file, settings)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        try:
            from mkdocs.commands.build import build
            from mkdocs.config import load_config

            config = load_config(config_file=str(config_file), strict=strict, site_dir=str(staging))
            plan, dirty = _plan(config, target, staging, incremental)
            # dirty=False even so: Material's search plugin would keep this build's
            # index for the next build in this process (plugins are cached).
            config.plugins.on_startup(command="build", dirty=False)
            token = _PLAN.set(plan)
            try:
                with _quiet_dirty_mode():
                    build(config, dirty=dirty)
            finally:
                _PLAN.reset(token)
                config.plugins.on_shutdown()
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
        if ahead is not None:
            ahead.close()  # when MkDocs stopped before the plugin took it
        _AHEAD.reset(ahead_token)
        os.close(lock)
    return target


def current_plan() -> BuildPlan | None:
    """How the MkDocs build now running should go, if :func:`build_site` runs it.

    The chronicle plugin asks in ``on_config``; None under plain ``mkdocs
    build`` or ``mkdocs serve`` (a full build that writes no manifest).
    """
    return _PLAN.get()


def _plan(
    config: MkDocsConfig, target: Path, staging: Path, incremental: bool
) -> tuple[BuildPlan | None, bool]:
    """How the chronicle plugin should build, and whether to run MkDocs in dirty mode.

    An incremental build needs the plugin (it compares the generated files
    with the previous site's manifest) and a previous site whose manifest
    matches this build's :func:`~generator.site.incremental.config_key`; the
    previous site is then copied into ``staging``. The plugin is found by its
    name, not its class: the plugin module imports this one.
    """
    from generator.site.incremental import BuildPlan, config_key, read_manifest

    if PLUGIN_NAME not in config.plugins:
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
        return BuildPlan(key, None), False
    shutil.copytree(target, staging, symlinks=True, dirs_exist_ok=True)
    return BuildPlan(key, previous), True


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

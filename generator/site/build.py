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
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.errors import BuildError, ChronicleError
from generator.models import DEFAULT_MIN_CONFIDENCE
from generator.project import DEFAULT_ARTICLES_DIR
from generator.site.generate import SiteOptions, generate_pages, story_files, write_pages
from generator.site.incremental import BuildPlan, config_key, read_manifest
from generator.store import (
    CheckResult,
    Source,
    Vocabulary,
    check_content,
    load_source_texts,
    load_sources_cached,
)

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

log = logging.getLogger(__name__)

PLUGIN_NAME = "chronicle"
"""The chronicle plugin's name in ``mkdocs.yml`` (its entry point in ``pyproject.toml``)."""
_PLAN: ContextVar[BuildPlan | None] = ContextVar("chronicle_build_plan", default=None)
MAX_EPOCH = 2**32 - 1
"""The latest build timestamp: gzip headers (``sitemap.xml.gz``) hold 32 bits of seconds."""


@dataclass(frozen=True)
class PreparedDocs:
    """What :func:`prepare_docs` found and wrote."""

    check: CheckResult
    """Everything loaded from the content folder (no errors: those raise)."""
    hashes: dict[str, str]
    """Hash of every file of the docs folder but hidden ones, by docs path."""


def prepare_docs(
    content_dir: Path,
    docs_dir: Path,
    options: SiteOptions,
    static_dirs: Sequence[Path] = (),
) -> PreparedDocs:
    """Validate ``content_dir`` and regenerate ``docs_dir``; raises on any error."""
    result = check_content(content_dir)
    if result.errors:
        listing = "\n".join(str(p) for p in result.errors)
        raise BuildError(f"{len(result.errors)} error(s) in {content_dir}:\n{listing}")
    vocabulary = result.vocabulary if result.vocabulary is not None else Vocabulary()
    story = result.story
    texts = load_source_texts(content_dir, result.sources)
    pages = generate_pages(result.load.events, result.sources, options, vocabulary, story, texts)
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


def review_threshold(config_file: Path) -> float:
    """The ``min_confidence`` of the chronicle plugin in ``config_file`` (``mkdocs.yml``).

    What the site holds back, the CLI (``chronicle review``, ``export``) holds back
    too. The default (:data:`~generator.models.DEFAULT_MIN_CONFIDENCE`) when the
    file does not exist, has no chronicle plugin or does not set the option.
    """
    options = plugin_options(config_file)
    if "min_confidence" not in options:
        return DEFAULT_MIN_CONFIDENCE
    try:
        return share(options["min_confidence"])
    except ValueError as exc:
        raise BuildError(
            f"plugin {PLUGIN_NAME!r} option 'min_confidence': {exc}", str(config_file)
        ) from None


def articles_folder(config_file: Path) -> Path:
    """The folder ``chronicle ingest`` reads by default: ``articles_dir`` of the plugin.

    Relative to the configuration file's folder; ``articles/`` when the file does
    not exist or does not set the option.
    """
    value = plugin_options(config_file).get("articles_dir", DEFAULT_ARTICLES_DIR)
    if not isinstance(value, str) or not value.strip():
        raise BuildError(
            f"plugin {PLUGIN_NAME!r} option 'articles_dir': expected a folder name, got {value!r}",
            str(config_file),
        )
    return config_file.parent / value


def ensure_docs_folder(config_file: Path) -> None:
    """Create the generated docs folder (``docs_dir``) of a Chronicle project if missing.

    MkDocs refuses a configuration whose ``docs_dir`` does not exist, but in a
    Chronicle project that folder only holds generated pages (git-ignored, so a
    fresh clone lacks it). Only done when the chronicle plugin is configured.
    """
    config = _read_config(config_file)
    plugins = config.get("plugins")
    names = plugins if isinstance(plugins, list) else list(plugins or {})
    has_plugin = any(p == PLUGIN_NAME or (isinstance(p, dict) and PLUGIN_NAME in p) for p in names)
    docs_dir = config.get("docs_dir", "docs")
    if has_plugin and isinstance(docs_dir, str) and docs_dir.strip():
        (config_file.parent / docs_dir).mkdir(parents=True, exist_ok=True)


def _read_config(config_file: Path) -> dict[str, Any]:
    """``config_file`` read as MkDocs reads it (``!ENV``, ``INHERIT``); {} if it does not exist."""
    if not config_file.is_file():
        return {}
    from mkdocs.exceptions import MkDocsException
    from mkdocs.utils.yaml import yaml_load

    try:
        with config_file.open("rb") as handle:
            config = yaml_load(handle)
    except MkDocsException as exc:
        raise BuildError(f"cannot read the configuration: {exc}", str(config_file)) from None
    return config if isinstance(config, dict) else {}


def plugin_options(config_file: Path) -> dict[str, object]:
    """The options of the chronicle plugin in ``config_file``; {} when there are none.

    The file is read as MkDocs reads it (its YAML loader, ``!ENV`` tags and
    ``INHERIT``) but only the plugin's options are looked at, so a project whose
    docs folder is not generated yet can be read.
    """
    plugins = _read_config(config_file).get("plugins")
    if isinstance(plugins, list):
        found = [p for p in plugins if isinstance(p, dict) and PLUGIN_NAME in p]
        options = found[0][PLUGIN_NAME] if found else None
    else:
        options = plugins.get(PLUGIN_NAME) if isinstance(plugins, dict) else None
    return dict(options) if isinstance(options, dict) else {}


def share(value: object) -> float:
    """``value`` as a number from 0 to 1 (``min_confidence``); ValueError if it is not one."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number from 0 to 1, got {value!r}")
    if not 0 <= value <= 1:
        raise ValueError(f"{value!r} is not between 0 and 1")
    return float(value)


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
    content_dir: Path, sources: Mapping[str, Source] | None = None
) -> Iterator[None]:
    """Set ``SOURCE_DATE_EPOCH`` from :func:`build_epoch` for the block, unless the user did."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        yield
        return
    try:
        epoch = build_epoch(content_dir, sources)
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
    ensure_docs_folder(config_file)
    target = (site_dir or root / "site").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = _lock_site(target)
    try:
        _tidy(target)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
        try:
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

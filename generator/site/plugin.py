"""The MkDocs plugin: regenerate the docs folder from ``content/`` before each build.

With it in ``mkdocs.yml``, plain ``mkdocs build`` and ``mkdocs serve`` work
(``serve`` also reloads when an event file changes). The plugin only hands
work to :mod:`generator.site.build`, which also tells it how to build
(:func:`~generator.site.build.current_plan`); that module does not import this one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files

from generator.errors import ChronicleError, os_error
from generator.models import DEFAULT_MIN_CONFIDENCE
from generator.project import DEFAULT_ARTICLES_DIR, THEME_DIR
from generator.site.build import (
    current_plan,
    prepare_docs,
    prepared_pending,
    source_date_epoch,
    take_prepared,
)
from generator.site.incremental import (
    MANIFEST,
    BuildPlan,
    Manifest,
    clear_folder,
    docs_files,
    file_hash,
    layout_key,
    mark_changed,
    merge_search_index,
)
from generator.site.incremental import log as build_log
from generator.site.search import compact_index, dumps_index
from generator.site.settings import (
    DEFAULT_CONTENT_DIR,
    DEFAULT_EDIT_BRANCH,
    DEFAULT_PAGES_DIR,
    DEFAULT_STATIC_DIR,
    DocsJob,
    docs_job,
    share,
)
from generator.site.warm import WarmEnv, warm_templates, warmed_env

if TYPE_CHECKING:
    import jinja2

    from generator.store import Source

log = logging.getLogger("mkdocs.plugins.chronicle")


class _Share(base.BaseConfigOption[float]):
    """A number from 0 to 1 (an integer is taken as a float)."""

    def __init__(self, default: float) -> None:
        super().__init__()
        self.default = default

    def run_validation(self, value: object) -> float:
        try:
            return share(value)
        except ValueError as exc:
            raise base.ValidationError(str(exc)) from None


class ChronicleConfig(base.Config):  # type: ignore[no-untyped-call]  # MkDocs' hook
    """Options of the ``chronicle`` plugin in ``mkdocs.yml``."""

    content_dir = c.Type(str, default=DEFAULT_CONTENT_DIR)
    """Folder holding ``events/`` and ``sources/``, relative to mkdocs.yml."""
    static_dir = c.Type(str, default=DEFAULT_STATIC_DIR)
    """The project's CSS/JS, copied into the docs folder over the package's files of the same
    name."""
    pages_dir = c.Type(str, default=DEFAULT_PAGES_DIR)
    """The project's hand-written pages (an About page, its own Editing guide), copied into
    the docs folder over the package's pages of the same name."""
    articles_dir = c.Type(str, default=DEFAULT_ARTICLES_DIR)
    """The folder ``chronicle ingest`` reads when given no paths."""
    title = c.Optional(c.Type(str))
    """The story's title when ``content/story.yaml`` gives none (default: ``site_name``)."""
    edit_branch = c.Type(str, default=DEFAULT_EDIT_BRANCH)
    """Branch that "Edit this event" links open on GitHub."""
    min_confidence = _Share(default=DEFAULT_MIN_CONFIDENCE)
    """Events less confident than this wait for review (``chronicle review``) and stay
    out of the site until an editor sets ``reviewed: true``; 0 publishes everything."""


def _add_theme_dir(config: MkDocsConfig) -> None:
    """Let MkDocs find the package's template overrides, after the project's ``custom_dir``."""
    dirs = config.theme.dirs
    if str(THEME_DIR) in dirs:
        return
    custom = config.theme.custom_dir
    at = 1 if custom and dirs and Path(dirs[0]) == Path(custom) else 0
    dirs.insert(at, str(THEME_DIR))


class ChroniclePlugin(BasePlugin[ChronicleConfig]):  # type: ignore[no-untyped-call]
    """Generates the timeline pages into ``docs_dir`` before MkDocs reads it."""

    _serving = False
    """True under ``mkdocs serve``: a content error keeps the last good pages."""
    plan: BuildPlan | None = None
    """This build's plan from ``chronicle build`` (:func:`generator.site.build.current_plan`):
    full or incremental. Without one (plain ``mkdocs build``) the build is full and writes
    no manifest."""
    _manifest: Manifest | None = None
    """The manifest this build writes into the site when it completes."""
    _rendered: set[str] | None = None
    """URLs of the pages an incremental build renders again; None in a full build."""
    _page_order: Sequence[str] = ()
    """Every page's URL, in the order MkDocs builds them (that of the search index)."""
    _previous_index: dict[str, Any] | None = None
    """The previous site's search index (an incremental build merges it)."""
    _hashes: Mapping[str, str] = {}
    """Hash of each file this build generated into ``docs_dir``, by docs path."""
    _warm: WarmEnv | None = None
    """Templates compiled while ``on_config`` waited for the docs folder (:mod:`.warm`)."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._manifest, self._rendered, self._previous_index = None, None, None
        self.plan = current_plan()
        if self.plan is None:  # a manifest left by an earlier build would not describe this one
            (Path(config.site_dir) / MANIFEST).unlink(missing_ok=True)
        job = self.docs_job(config)
        self._content_dir = job.content_dir
        self._end_epoch()
        self._static_dirs = list(job.static_dirs)
        _add_theme_dir(config)
        self._hashes = {}
        pending = prepared_pending()  # `chronicle build` prepares it beside MkDocs' start-up
        self._warm = warm_templates(config, pending) if pending is not None else None
        ready = take_prepared(job)
        if ready is not None:
            self._hashes = ready.hashes
            self._start_epoch(None, ready.epoch)
            return config
        try:
            prepared = prepare_docs(job.content_dir, job.docs_dir, job.options, self._static_dirs)
        except (ChronicleError, OSError) as exc:
            if self._serving and Path(config.docs_dir).is_dir():
                # Live preview: show the problem and keep serving the last good pages.
                shown = os_error(exc) if isinstance(exc, OSError) else exc
                log.error("%s\nThe preview shows the last good version until this is fixed.", shown)
                self._start_epoch(None)
                return config
            if isinstance(exc, OSError):
                raise  # `chronicle build` and `serve` say what happened in one line
            raise PluginError(str(exc)) from None
        self._hashes = prepared.hashes
        self._start_epoch(prepared.check.sources)
        return config

    _epoch: AbstractContextManager[None] | None = None

    def _start_epoch(self, sources: Mapping[str, Source] | None, epoch: int | None = None) -> None:
        """Set ``SOURCE_DATE_EPOCH`` for this build (reproducible sitemap dates).

        From the source records the generation loaded (or ``epoch``, computed from
        them in the process that generated); read again when it failed.
        """
        self._epoch = source_date_epoch(self._content_dir, sources, epoch)
        self._epoch.__enter__()

    def _end_epoch(self) -> None:
        if self._epoch is not None:
            epoch, self._epoch = self._epoch, None
            epoch.__exit__(None, None, None)

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.plan is None:
            return files
        docs = docs_files(files, config)
        hashes = {f.src_uri: self._hash(f) for f in docs}
        layout = layout_key(docs, hashes, config)
        self._manifest = Manifest(self.plan.config, layout, hashes)
        self._page_order = [f.url for f in files.documentation_pages()]
        previous, site_dir = self.plan.previous, Path(config.site_dir)
        if previous is None:
            return files
        if previous.layout != layout:
            build_log.info(
                "chronicle: full build (pages added or removed, or the navigation changed)"
            )
            clear_folder(site_dir)  # holds a copy of the previous site
            return files
        pages = mark_changed(docs, previous, hashes)
        self._rendered = {f.url for f in pages}
        index = site_dir / "search" / "search_index.json"
        if index.is_file():
            self._previous_index = json.loads(index.read_text("utf-8"))
        return files

    @event_priority(100)  # first: other plugins' hooks see the environment MkDocs uses
    def on_env(
        self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files
    ) -> jinja2.Environment:
        warm, self._warm = self._warm, None
        return warmed_env(warm, env, config)

    @event_priority(-50)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        site_dir = Path(config.site_dir)
        index = site_dir / "search" / "search_index.json"
        if index.is_file():
            data = json.loads(index.read_text("utf-8"))
            if self._rendered is not None:
                previous = self._previous_index or {}
                data = merge_search_index(data, previous, self._page_order, self._rendered)
            index.write_text(dumps_index(compact_index(data)), "utf-8")
        if self._manifest is not None:
            (site_dir / MANIFEST).write_text(self._manifest.dumps(), "utf-8")
        self._end_epoch()

    def _hash(self, file: File) -> str:
        """The hash of a docs file: the one its generation gave, else its bytes' now."""
        return self._hashes.get(file.src_uri) or file_hash(file.abs_src_path or "")

    def on_build_error(self, *, error: Exception) -> None:
        self._end_epoch()

    def on_shutdown(self) -> None:
        self._end_epoch()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self._content_dir))
        for folder in self._static_dirs[:2]:  # the package's own files do not change
            if folder.is_dir():
                server.watch(str(folder))
        return server

    def docs_job(self, config: MkDocsConfig) -> DocsJob:
        """What this build asks of :func:`~generator.site.build.prepare_docs`."""
        return docs_job(
            Path(config.config_file_path or ".").resolve().parent,
            Path(config.docs_dir),
            content_dir=self.config.content_dir,
            static_dir=self.config.static_dir,
            pages_dir=self.config.pages_dir,
            edit_branch=self.config.edit_branch,
            title=self.config.title or config.site_name,
            site_url=config.site_url,
            repo_url=config.repo_url,
            min_confidence=self.config.min_confidence,
        )

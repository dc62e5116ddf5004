"""The MkDocs plugin: regenerate the docs folder from ``content/`` before each build.

With it in ``mkdocs.yml``, plain ``mkdocs build`` and ``mkdocs serve`` work
(``serve`` also reloads when an event file changes). The plugin only hands
work to :mod:`generator.build`.
"""

from __future__ import annotations

import logging
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin

from generator.build import prepare_docs, source_date_epoch
from generator.errors import ChronicleError
from generator.site import SiteOptions

log = logging.getLogger("mkdocs.plugins.chronicle")


class ChronicleConfig(base.Config):
    """Options of the ``chronicle`` plugin in ``mkdocs.yml``."""

    content_dir = c.Type(str, default="content")
    """Folder holding ``events/`` and ``sources/``, relative to mkdocs.yml."""
    static_dir = c.Type(str, default="site_config/assets")
    """Folder of CSS/JS copied into the generated docs folder."""
    pages_dir = c.Type(str, default="site_config/pages")
    """Folder of hand-written pages (editing guide, about) copied into the docs folder."""
    title = c.Optional(c.Type(str))
    """The story's title on the home page (default: ``site_name``)."""
    edit_branch = c.Type(str, default="main")
    """Branch that "Edit this event" links open on GitHub."""


class ChroniclePlugin(BasePlugin[ChronicleConfig]):
    """Generates the timeline pages into ``docs_dir`` before MkDocs reads it."""

    _serving = False
    """True under ``mkdocs serve``: a content error keeps the last good pages."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        root = Path(config.config_file_path or ".").resolve().parent
        self._content_dir = root / self.config.content_dir
        self._end_epoch()
        self._epoch = source_date_epoch(self._content_dir)  # reproducible sitemap dates
        self._epoch.__enter__()
        self._static_dirs = [root / self.config.static_dir, root / self.config.pages_dir]
        try:
            prepare_docs(
                self._content_dir,
                Path(config.docs_dir),
                self._site_options(config),
                self._static_dirs,
            )
        except ChronicleError as exc:
            if self._serving and Path(config.docs_dir).is_dir():
                # Live preview: show the problem and keep serving the last good pages.
                log.error("%s\nThe preview shows the last good version until this is fixed.", exc)
                return config
            raise PluginError(str(exc)) from None
        return config

    _epoch: AbstractContextManager[None] | None = None

    def _end_epoch(self) -> None:
        if self._epoch is not None:
            epoch, self._epoch = self._epoch, None
            epoch.__exit__(None, None, None)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        self._end_epoch()

    def on_build_error(self, *, error: Exception) -> None:
        self._end_epoch()

    def on_shutdown(self) -> None:
        self._end_epoch()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serving = command == "serve"

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self._content_dir))
        for folder in self._static_dirs:
            if folder.is_dir():
                server.watch(str(folder))
        return server

    def _site_options(self, config: MkDocsConfig) -> SiteOptions:
        edit_base = None
        if config.repo_url and "github.com" in config.repo_url:
            edit_base = f"{config.repo_url.rstrip('/')}/edit/{self.config.edit_branch}/"
        root = Path(config.config_file_path or ".").resolve().parent
        return SiteOptions(
            title=self.config.title or config.site_name,
            edit_base=edit_base,
            site_url=config.site_url or None,
            repo_root=str(root),
        )

"""What ``mkdocs.yml`` says to Chronicle, read without MkDocs' own validation.

The CLI reads the chronicle plugin's options (``min_confidence``,
``articles_dir``) and creates the docs folder before MkDocs runs, and
``chronicle build`` predicts what the plugin will ask of
:func:`~generator.site.build.prepare_docs` (:func:`predicted_job`) so that a
child process can start on it while MkDocs starts up. This module imports
neither MkDocs (only its YAML loader, when a file is read) nor the page
generation, so that child starts early.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from generator.errors import BuildError
from generator.models import DEFAULT_MIN_CONFIDENCE
from generator.project import DEFAULT_ARTICLES_DIR, PAGES_DIR, STATIC_DIR

PLUGIN_NAME = "chronicle"
"""The chronicle plugin's name in ``mkdocs.yml`` (its entry point in ``pyproject.toml``)."""
DEFAULT_CONTENT_DIR = "content"
"""The plugin's ``content_dir`` when ``mkdocs.yml`` does not set it."""
DEFAULT_STATIC_DIR = "site_config/assets"
"""The plugin's ``static_dir`` when ``mkdocs.yml`` does not set it."""
DEFAULT_PAGES_DIR = "site_config/pages"
"""The plugin's ``pages_dir`` when ``mkdocs.yml`` does not set it."""
DEFAULT_EDIT_BRANCH = "main"
"""The plugin's ``edit_branch`` when ``mkdocs.yml`` does not set it."""


@dataclass(frozen=True)
class SiteOptions:
    """What the generated pages need to know besides the events."""

    title: str = "Chronicle"
    """The story's title, shown on the home page."""
    edit_base: str | None = None
    """URL prefix for "Edit this event" links (``repo_url`` + ``edit_uri``), if any."""
    site_url: str | None = None
    """Public address of the site; exports use it for absolute links when set."""
    domain: str | None = None
    """Domain for calendar UIDs and feed ids (default: ``site_url``'s host)."""
    repo_root: str | None = None
    """Absolute path of the repository (mkdocs.yml's folder), for edit links."""
    min_confidence: float = DEFAULT_MIN_CONFIDENCE
    """Events less confident than this, unless ``reviewed``, are held back for review:
    left out of every page and export (:meth:`~generator.models.Event.held_back`)."""


@dataclass(frozen=True)
class DocsJob:
    """The arguments of :func:`~generator.site.build.prepare_docs` in a build (the plugin's)."""

    content_dir: Path
    docs_dir: Path
    options: SiteOptions
    static_dirs: tuple[Path, ...]


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
    ensure_docs_folder_of(config_file, read_config(config_file))


def ensure_docs_folder_of(config_file: Path, config: Mapping[str, Any]) -> None:
    """:func:`ensure_docs_folder` with the configuration already read."""
    docs_dir = config.get("docs_dir", "docs")
    if has_plugin(config) and isinstance(docs_dir, str) and docs_dir.strip():
        (config_file.parent / docs_dir).mkdir(parents=True, exist_ok=True)


def has_plugin(config: Mapping[str, Any]) -> bool:
    """Whether a configuration read by :func:`read_config` lists the chronicle plugin."""
    plugins = config.get("plugins")
    names = plugins if isinstance(plugins, list) else list(plugins or {})
    return any(p == PLUGIN_NAME or (isinstance(p, dict) and PLUGIN_NAME in p) for p in names)


def read_config(config_file: Path) -> dict[str, Any]:
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
    return plugin_options_of(read_config(config_file))


def plugin_options_of(config: Mapping[str, Any]) -> dict[str, object]:
    """:func:`plugin_options` of a configuration already read."""
    plugins = config.get("plugins")
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


def predicted_job(config_file: Path, config: Mapping[str, Any]) -> DocsJob | None:
    """What the plugin will ask of :func:`~generator.site.build.prepare_docs`, from ``config``.

    ``config`` is ``mkdocs.yml`` as :func:`read_config` reads it. Mirrors what MkDocs
    makes of the options the plugin uses (``docs_dir`` made absolute, ``site_url``
    ending in a slash) and the plugin's defaults; anything it gets wrong only costs
    time (:func:`~generator.site.build.take_prepared` compares). None without the
    chronicle plugin or with options the prediction does not know.
    """
    if not has_plugin(config):
        return None
    options = plugin_options_of(config)
    found: dict[str, str | None] = {}
    for source, key, default in (
        (options, "content_dir", DEFAULT_CONTENT_DIR),
        (options, "static_dir", DEFAULT_STATIC_DIR),
        (options, "pages_dir", DEFAULT_PAGES_DIR),
        (options, "edit_branch", DEFAULT_EDIT_BRANCH),
        (options, "title", None),
        (config, "site_name", None),
        (config, "docs_dir", "docs"),
        (config, "site_url", None),
        (config, "repo_url", None),
    ):
        value = source.get(key, default)
        if value is not None and not isinstance(value, str):
            return None
        found[key] = value
    try:
        min_confidence = share(options.get("min_confidence", DEFAULT_MIN_CONFIDENCE))
        site_url, repo_url = _url(found["site_url"], folder=True), _url(found["repo_url"])
    except ValueError:
        return None
    config_dir = os.path.dirname(str(config_file))
    return docs_job(
        config_file.resolve().parent,
        Path(os.path.abspath(os.path.join(config_dir, str(found["docs_dir"])))),
        content_dir=str(found["content_dir"]),
        static_dir=str(found["static_dir"]),
        pages_dir=str(found["pages_dir"]),
        edit_branch=str(found["edit_branch"]),
        title=found["title"] or found["site_name"] or "",
        site_url=site_url,
        repo_url=repo_url,
        min_confidence=min_confidence,
    )


def docs_job(
    root: Path,
    docs_dir: Path,
    *,
    content_dir: str,
    static_dir: str,
    pages_dir: str,
    edit_branch: str,
    title: str,
    site_url: str | None,
    repo_url: str | None,
    min_confidence: float,
) -> DocsJob:
    """What a build of the project at ``root`` asks of
    :func:`~generator.site.build.prepare_docs`, from the plugin's options and MkDocs'."""
    edit_base = None
    if repo_url and "github.com" in repo_url:
        edit_base = f"{repo_url.rstrip('/')}/edit/{edit_branch}/"
    site = SiteOptions(
        title=title,
        edit_base=edit_base,
        site_url=site_url or None,
        repo_root=str(root),
        min_confidence=min_confidence,
    )
    static_dirs = (
        root / static_dir,
        root / pages_dir,
        STATIC_DIR,
        PAGES_DIR,
    )  # the project's files first: the first of a name wins
    return DocsJob(root / content_dir, docs_dir, site, static_dirs)


def _url(value: str | None, folder: bool = False) -> str | None:
    """``value`` as MkDocs' ``URL`` option validates it (``is_dir``: ``folder``)."""
    if not value:
        return value
    parsed = urlsplit(value)
    if not (parsed.scheme and parsed.netloc):
        raise ValueError(value)
    if folder and not parsed.path.endswith("/"):
        parsed = parsed._replace(path=f"{parsed.path}/")
    return urlunsplit(parsed)

"""Incremental builds: render again only the pages whose generated files changed.

A complete site carries a manifest, ``.chronicle-build.json``: a hash of every
input that shapes all pages at once (MkDocs configuration, theme overrides,
versions of the rendering packages, the plugin's own code, strictness, the
set of docs files, the navigation's titles and front matter, the build epoch)
and one hash per file of the docs folder. The next ``chronicle build`` copies
the previous site into its staging folder and, when nothing global changed,
deletes only the outputs of the files whose hash changed and runs MkDocs in
dirty mode, which renders exactly the pages whose output is missing. Anything
global that changed means a full build.

In dirty mode the search plugin indexes only the pages it renders, so
:func:`merge_search_index` puts the previous entries of every other page back,
in the order a full build gives. The result is byte-identical to a full build
of the same inputs (``tests/test_incremental.py``).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.project import THEME_DIR

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import File

log = logging.getLogger(__name__)

MANIFEST = ".chronicle-build.json"
"""Name of the manifest file at the top of a site built by ``chronicle build``."""
FORMAT = 1
"""Version of the manifest's layout; a different one means a full build."""
RENDERING_PACKAGES = (
    "mkdocs",
    "mkdocs-material",
    "markdown",
    "pymdown-extensions",
    "jinja2",
    "pygments",
    "chronicle-timeline",
)
"""Distributions whose version changes how pages render."""
RENDERING_MODULES = ("plugin.py", "incremental.py", "search.py")
"""Our modules that act on the rendered site (their source is hashed)."""


@dataclass(frozen=True)
class BuildPlan:
    """How ``chronicle build`` asks the plugin to build (set before MkDocs runs)."""

    config: str
    """:func:`config_key` of this build."""
    previous: Manifest | None
    """The previous site's manifest when the staging folder holds a copy of that site
    and MkDocs runs in dirty mode; None for a full build."""


@dataclass(frozen=True)
class Manifest:
    """What a complete site was built from."""

    config: str
    """Hash of the global inputs known before the pages are generated."""
    layout: str
    """Hash of the global inputs known once the docs folder is generated."""
    files: dict[str, str]
    """Hash of every docs file, by its path relative to the docs folder."""

    def dumps(self) -> str:
        """The manifest as deterministic JSON text."""
        data = {"format": FORMAT, "config": self.config, "layout": self.layout}
        return json.dumps({**data, "files": dict(sorted(self.files.items()))}, indent=0) + "\n"


def read_manifest(site_dir: Path) -> Manifest | None:
    """The manifest of a complete site in ``site_dir``; None if missing, unreadable or old."""
    try:
        data = json.loads((site_dir / MANIFEST).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    files = data.get("files")
    config, layout = data.get("config"), data.get("layout")
    if not isinstance(files, dict) or not isinstance(config, str) or not isinstance(layout, str):
        return None
    return Manifest(config, layout, {str(k): str(v) for k, v in files.items()})


def _digest() -> Any:
    return hashlib.blake2b(digest_size=16)


def content_hash(data: bytes) -> str:
    """Short hash of a file's bytes (the incremental build compares them)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def file_hash(path: str | Path) -> str:
    """Short hash of a file's bytes (:func:`content_hash`)."""
    with open(path, "rb") as handle:
        return content_hash(handle.read())


def _tree(digest: Any, root: Path) -> None:
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")


def config_key(config: MkDocsConfig) -> str:
    """Hash of what shapes every page and is known before generation.

    The configuration file's bytes, the theme's ``custom_dir`` and the package's
    template overrides, the versions of the packages that render, Python's version,
    the source of our modules that act on the rendered site, and strictness:
    a strict build checks every page it renders, so it may reuse only pages
    of a strict build that succeeded (a lenient one may have let a warning by).
    """
    digest = _digest()
    digest.update(f"format {FORMAT}; python {sys.version_info[:2]}\0".encode())
    digest.update(f"strict {bool(config.strict)}\0".encode())
    for name in RENDERING_PACKAGES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{name}={version}\0".encode())
    here = Path(__file__).resolve().parent
    for module in RENDERING_MODULES:
        digest.update(module.encode() + b"\0" + (here / module).read_bytes() + b"\0")
    if config.config_file_path:
        digest.update(Path(config.config_file_path).read_bytes() + b"\0")
    if config.theme.custom_dir:
        _tree(digest, Path(config.theme.custom_dir))
    _tree(digest, THEME_DIR)
    return str(digest.hexdigest())


def _nav_pages(nav: Any) -> Iterable[tuple[str, bool]]:
    """Every docs page of the ``nav`` setting, with whether it has a title there."""
    items = nav if isinstance(nav, list) else [nav]
    for item in items:
        if isinstance(item, str):
            yield item, False
        elif isinstance(item, dict):
            for value in item.values():
                if isinstance(value, str):
                    yield value, True
                else:
                    yield from _nav_pages(value)


def docs_files(files: Iterable[File], config: MkDocsConfig) -> list[File]:
    """The files of ``files`` that come from the docs folder (not the theme or plugins)."""
    return [f for f in files if f.src_dir == config.docs_dir and f.abs_src_path]


def layout_key(files: Sequence[File], hashes: dict[str, str], config: MkDocsConfig) -> str:
    """Hash of what shapes every page and is known once the docs folder is generated.

    The set of docs files (links and the navigation depend on it), the build
    epoch (``SOURCE_DATE_EPOCH``), and what every page shows of the pages in
    the navigation: their front matter (Material shows ``icon``, ``status``,
    ``subtitle``), or the whole page when the navigation gives it no title
    (the title then comes from its heading). With no ``nav`` setting every
    page is in the navigation.
    """
    from mkdocs.utils import meta

    digest = _digest()
    digest.update(f"epoch {os.environ.get('SOURCE_DATE_EPOCH', '')}\0".encode())
    for uri in sorted(hashes):
        digest.update(uri.encode() + b"\0")
    by_uri = {f.src_uri: f for f in files}
    if config.nav is None:
        nav = [(uri, False) for uri in sorted(by_uri) if by_uri[uri].is_documentation_page()]
    else:
        nav = list(_nav_pages(config.nav))
    for uri, titled in nav:
        file = by_uri.get(uri)
        if file is None or not file.abs_src_path:
            continue
        digest.update(uri.encode() + b"\0")
        if not titled:
            digest.update(hashes[uri].encode() + b"\0")
            continue
        _, front = meta.get_data(Path(file.abs_src_path).read_text("utf-8-sig"))
        digest.update(json.dumps(front, sort_keys=True, default=str).encode() + b"\0")
    return str(digest.hexdigest())


def clear_folder(folder: Path) -> None:
    """Delete everything inside ``folder`` (kept itself)."""
    for path in sorted(folder.iterdir()):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def mark_changed(files: Sequence[File], previous: Manifest, hashes: dict[str, str]) -> list[File]:
    """Make MkDocs' dirty mode redo exactly the files whose hash changed; returns the pages.

    Dirty mode renders (or copies) a file when its output is missing or older
    than its source. The outputs of changed files are deleted; those of
    unchanged files are dated just after their source, whatever the clock
    said when they were written.
    """
    for file in files:
        dest, src = file.abs_dest_path, file.abs_src_path
        assert src is not None
        if previous.files.get(file.src_uri) != hashes[file.src_uri]:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(dest)
            continue
        try:
            if os.path.getmtime(dest) <= os.path.getmtime(src):
                later = os.path.getmtime(src) + 1
                os.utime(dest, (later, later))
        except FileNotFoundError:
            pass
    pages = [f for f in files if f.is_documentation_page()]
    changed = [f for f in pages if f.is_modified()]
    log.info(
        "chronicle: incremental build: %d of %d pages rendered again",
        len(changed),
        len(pages),
    )
    return changed


def _page_of(location: str) -> str:
    return location.split("#", 1)[0]


def merge_search_index(
    fresh: dict[str, Any], previous: dict[str, Any], order: Sequence[str], rendered: set[str]
) -> dict[str, Any]:
    """The search index of a full build, from a dirty build's and the previous one.

    ``fresh`` holds entries of the ``rendered`` pages only; ``previous`` those
    of every page of the last build. ``order`` is every page's URL in the
    order MkDocs builds them, which is the order of a full build's entries.
    """
    by_page: dict[str, list[Any]] = {}
    for entry in previous.get("docs", []):
        page = _page_of(entry["location"])
        if page not in rendered:
            by_page.setdefault(page, []).append(entry)
    for entry in fresh.get("docs", []):
        by_page.setdefault(_page_of(entry["location"]), []).append(entry)
    docs = [entry for url in dict.fromkeys(order) for entry in by_page.get(url, [])]
    return {**fresh, "docs": docs}

"""Orchestration of a build: content → generated docs folder → ``site/``.

:func:`prepare_docs` loads and validates ``content/`` and writes the generated
pages (used by the MkDocs plugin, so plain ``mkdocs build`` works too).
:func:`build_site` runs MkDocs into a temporary folder beside ``site/`` and
swaps it in only when the build is complete, so a failed or interrupted build
leaves the previous site intact.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import BuildError
from generator.site import SiteOptions, generate_pages, write_pages
from generator.sources import load_sources
from generator.store import LoadResult, Problem, check_references, load_events

log = logging.getLogger(__name__)


@dataclass
class CheckResult:
    """Everything ``chronicle check`` finds."""

    load: LoadResult
    """Events loaded and problems found in them."""
    problems: list[Problem] = field(default_factory=list)
    """All problems: event files, source records and cross references."""

    @property
    def errors(self) -> list[Problem]:
        """Problems that fail the check."""
        return [p for p in self.problems if p.severity == "error"]


def check_content(content_dir: Path) -> CheckResult:
    """Validate every event and source file under ``content_dir``."""
    load = load_events(content_dir)
    sources, source_problems = load_sources(content_dir)
    problems = list(load.problems) + source_problems
    known = set(sources) if (content_dir / "sources").is_dir() else None
    problems += check_references(load.events, known)
    return CheckResult(load, problems)


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
    sources, _ = load_sources(content_dir)
    pages = generate_pages(result.load.events, sources, options)
    changed = write_pages(docs_dir, pages, static_dirs)
    log.info(
        "chronicle: %d events, %d generated files (%d changed)",
        len(result.load.events),
        len(pages),
        changed,
    )
    return result


def build_site(config_file: Path, strict: bool = False, site_dir: Path | None = None) -> Path:
    """Build the site with MkDocs, replacing ``site_dir`` only once the new one is complete."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    root = config_file.resolve().parent
    target = (site_dir or root / "site").resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        config = load_config(config_file=str(config_file), strict=strict, site_dir=str(staging))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
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
    return target


def _swap_in(staging: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.rmdir(old)
        os.replace(target, old)
    os.replace(staging, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)

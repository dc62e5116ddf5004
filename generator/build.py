"""Orchestration of a build: content → generated docs folder → ``site/``.

:func:`prepare_docs` loads and validates ``content/`` and writes the generated
pages (used by the MkDocs plugin, so plain ``mkdocs build`` works too).
:func:`build_site` runs MkDocs into a temporary folder beside ``site/`` and
swaps it in only when the build is complete, so a failed or interrupted build
leaves the previous site intact.
"""

from __future__ import annotations

import difflib
import logging
import os
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from generator.errors import BuildError, ChronicleError
from generator.models import Event
from generator.site import SiteOptions, generate_pages, write_pages
from generator.sources import load_sources
from generator.store import LoadResult, Problem, check_references, load_events
from generator.vocab import ENTITIES_FILE, TAGS_FILE, load_vocabulary
from generator.yamlio import load_with_marks

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
    """Validate every event and source file under ``content_dir``.

    Errors: YAML syntax, the schema (every violation), dates, duplicate ids,
    sources naming articles that do not exist. Warnings: entities and tags
    missing from ``entities.yaml``/``tags.yaml`` (only when those files exist).
    """
    load = load_events(content_dir)
    sources, source_problems = load_sources(content_dir)
    problems = list(load.problems) + source_problems
    known = set(sources) if (content_dir / "sources").is_dir() else None
    problems += check_references(load.events, known)
    problems += check_vocabulary(load.events, content_dir)
    return CheckResult(load, problems)


def check_vocabulary(events: Sequence[Event], content_dir: Path) -> list[Problem]:
    """Warnings for entities and tags that their vocabulary file does not list."""
    try:
        vocabulary = load_vocabulary(content_dir)
    except ChronicleError as exc:
        return [Problem.from_error(exc)]
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
    sources, _ = load_sources(content_dir)
    pages = generate_pages(result.load.events, sources, options, load_vocabulary(content_dir))
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

"""``chronicle init``: a new project, ready to ingest and build.

The files come from the package's templates (:data:`generator.project.TEMPLATE_DIR`);
``${name}`` placeholders are filled from the arguments, everything else is
copied as it is. The same functions render this repository's own
``mkdocs.yml`` and workflow, so the repository is built the way a new project is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator import __version__, project
from generator.errors import ChronicleError

_PLACEHOLDER = re.compile(r"\$\{([a-z_]+)\}")
"""``${name}`` in a template (GitHub's ``${{ … }}`` expressions do not match)."""
PROJECT_MARKERS = ("mkdocs.yml", "content")
"""Files whose presence means a folder already holds a project."""


class InitError(ChronicleError):
    """A project cannot be created where asked."""


@dataclass
class InitReport:
    """What :func:`init_project` did."""

    written: list[Path] = field(default_factory=list)
    """Files written, in order."""
    kept: list[Path] = field(default_factory=list)
    """Files that existed already and were left alone (a README, a .gitignore)."""


def render(template: str, values: Mapping[str, str]) -> str:
    """``template`` with each ``${name}`` replaced; an unknown name is an error."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"template placeholder ${{{name}}} has no value")
        return values[name]

    return _PLACEHOLDER.sub(fill, template)


def yaml_string(text: str) -> str:
    """``text`` as a double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def mkdocs_config(title: str, description: str, articles_dir: str) -> str:
    """The ``mkdocs.yml`` of a project."""
    template = (project.TEMPLATE_DIR / "mkdocs.yml").read_text("utf-8")
    return render(
        template,
        {
            "site_name": yaml_string(title),
            "site_description": yaml_string(description),
            "articles_dir": articles_dir,
        },
    )


def pages_workflow(install: str, dependency_file: str) -> str:
    """The GitHub Pages workflow: check, strict build, upload, deploy."""
    template = (project.TEMPLATE_DIR / "pages.yml").read_text("utf-8")
    return render(template, {"install": install, "dependency_file": dependency_file})


def default_description(title: str) -> str:
    """The site description when ``init`` is given none."""
    return f"{title}: a dated chronology built by Chronicle from news articles."


def init_project(target: Path, title: str, description: str | None = None) -> InitReport:
    """Create a project in ``target`` (made if missing); never overwrites a file.

    Raises :class:`InitError` when ``target`` already holds a project
    (``mkdocs.yml`` or ``content/``) or is a file.
    """
    if target.exists() and not target.is_dir():
        raise InitError(f"{str(target)!r} is a file; expected a folder for the new project")
    found = [name for name in PROJECT_MARKERS if (target / name).exists()]
    if found:
        raise InitError(
            f"{str(target)!r} already holds a project ({found[0]} exists); "
            "chronicle init never overwrites one. Pick an empty folder, or remove it first"
        )
    title = " ".join(title.split())
    if not title:
        raise InitError("the story needs a title: chronicle init DIR --title 'Harbour bridge'")
    description = " ".join((description or default_description(title)).split())
    templates = project.TEMPLATE_DIR
    files: dict[str, str] = {
        "mkdocs.yml": mkdocs_config(title, description, project.DEFAULT_ARTICLES_DIR),
        "content/story.yaml": render(
            (templates / "story.yaml").read_text("utf-8"), {"title": yaml_string(title)}
        ),
        "content/entities.yaml": (templates / "entities.yaml").read_text("utf-8"),
        "content/tags.yaml": (templates / "tags.yaml").read_text("utf-8"),
        "content/events/.gitkeep": "",
        "content/sources/.gitkeep": "",
        f"{project.DEFAULT_ARTICLES_DIR}/.gitkeep": "",
        "generated/.gitignore": (templates / "generated-gitignore").read_text("utf-8"),
        "site_config/README.md": (templates / "site_config-README.md").read_text("utf-8"),
        ".gitignore": (templates / "gitignore").read_text("utf-8"),
        ".pre-commit-config.yaml": (templates / "pre-commit-config.yaml").read_text("utf-8"),
        ".github/workflows/pages.yml": pages_workflow(
            "pip install -r requirements.txt", "requirements.txt"
        ),
        "requirements.txt": render(
            (templates / "requirements.txt").read_text("utf-8"), {"version": __version__}
        ),
        "README.md": render((templates / "README.md").read_text("utf-8"), {"title": title}),
    }
    report = InitReport()
    for rel, text in files.items():
        _write_new(target / rel, text.encode("utf-8"), report)
    for schema in (project.EVENT_SCHEMA, project.STORY_SCHEMA):
        _write_new(target / project.PROJECT_SCHEMA_DIR / schema.name, schema.read_bytes(), report)
    return report


def _write_new(path: Path, data: bytes, report: InitReport) -> None:
    """Write ``path`` unless it exists (then it is reported as kept)."""
    if path.exists():
        report.kept.append(path)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("xb") as handle:  # "x": never replace a file made meanwhile
        handle.write(data)
    report.written.append(path)

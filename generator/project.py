"""What every Chronicle project gets from the package, and where a project keeps its own.

A build needs theme overrides, CSS and JavaScript, the Editing guide and the
JSON Schemas. They ship inside the package (``generator/data/``), so a
project made by ``chronicle init`` works with a plain ``pip install``. A
project may override each one: a file of the same name under its
``site_config/assets/`` or ``site_config/pages/`` (the plugin's
``static_dir`` and ``pages_dir``) wins over the package's, and MkDocs'
``theme.custom_dir`` overrides the package's templates.

The schemas are also copied into the project (``site_config/schema/``) by
``init``: the modeline at the top of every event file points there, so an
editor's YAML tools can resolve it without knowing where Python put the
package. Validation itself always uses the package's copy, the one this code
was written against.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
"""Everything the package ships besides code."""
THEME_DIR = DATA_DIR / "theme"
"""Template overrides of Material (a theme folder MkDocs searches after ``custom_dir``)."""
STATIC_DIR = DATA_DIR / "static"
"""CSS and JavaScript copied into the generated docs folder."""
PAGES_DIR = DATA_DIR / "pages"
"""Hand-written pages (the Editing guide) copied into the generated docs folder."""
SCHEMA_DIR = DATA_DIR / "schema"
"""The JSON Schemas of event files and ``story.yaml``."""
TEMPLATE_DIR = DATA_DIR / "project"
"""The files ``chronicle init`` writes into a new project."""
EVENT_SCHEMA = SCHEMA_DIR / "event.schema.json"
"""The event file schema."""
STORY_SCHEMA = SCHEMA_DIR / "story.schema.json"
"""The ``content/story.yaml`` schema."""
PROJECT_SCHEMA_DIR = "site_config/schema"
"""Where a project keeps its copy of the schemas (what the modelines point at)."""
DEFAULT_ARTICLES_DIR = "articles"
"""The folder ``chronicle ingest`` reads when given no paths (plugin option ``articles_dir``)."""

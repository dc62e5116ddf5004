"""The theme's templates compiled while ``chronicle build`` waits for its docs folder.

In ``chronicle build`` the plugin waits in ``on_config`` for the child process
that prepares the docs folder (:mod:`generator.site.ahead`). MkDocs compiles
the theme's Jinja templates later, while it renders the first pages (about
0.25 s for Material's). While it waits, the plugin compiles them into an
environment made as MkDocs makes its own (``config.theme.get_env()``) and gives
that one to MkDocs in ``on_env``, where MkDocs' own is still fresh, if the theme
did not change in between. It stops as soon as the child is done, so the build
never waits for it; what it did not reach MkDocs compiles as before.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import jinja2

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

_REFERENCE = re.compile(r"""\{%-?\s*(?:extends|include|import|from)\s+(["'])([^"'{}~]+)\1""")
"""A template a template names as plain text (an ``include`` built from parts is left out)."""


@dataclass(frozen=True)
class WarmEnv:
    """A Jinja environment of the theme with templates compiled ahead of MkDocs."""

    env: jinja2.Environment
    """Made by ``config.theme.get_env()``, as MkDocs makes its own."""
    theme: tuple[object, ...]
    """:func:`theme_state` when it was made."""
    compiled: tuple[str, ...]
    """The templates compiled, in order."""


def theme_state(config: MkDocsConfig) -> tuple[object, ...]:
    """What of the theme shapes the environment ``get_env()`` makes."""
    theme = config.theme
    return (theme.name, tuple(theme.dirs), str(theme.locale), tuple(theme.static_templates))


def warm_templates(config: MkDocsConfig, stop: Callable[[], bool]) -> WarmEnv:
    """Compile the templates a page and the theme's pages use until ``stop()`` says so.

    ``main.html`` and the theme's static templates first, then what they name
    (``extends``, ``include``, ``import``), breadth first. A template that is
    missing or broken is skipped: MkDocs meets it, and says so, when it renders.
    """
    env = config.theme.get_env()
    queue = deque(["main.html", *sorted(config.theme.static_templates)])
    compiled: list[str] = []
    loader = env.loader
    while queue and loader is not None and not stop():
        name = queue.popleft()
        if name in compiled:
            continue
        try:
            source, _, _ = loader.get_source(env, name)
            env.get_template(name)
        except (jinja2.TemplateError, OSError):
            continue
        compiled.append(name)
        queue.extend(match[1] for match in _REFERENCE.findall(source))
    return WarmEnv(env, theme_state(config), tuple(compiled))


def warmed_env(
    warm: WarmEnv | None, env: jinja2.Environment, config: MkDocsConfig
) -> jinja2.Environment:
    """``warm.env`` instead of ``env`` (MkDocs' own, fresh) when the two are alike, else ``env``."""
    if warm is None or warm.theme != theme_state(config):
        return env
    ours, theirs = warm.env, env
    alike = (
        type(ours.loader) is type(theirs.loader)
        and getattr(ours.loader, "searchpath", None) == getattr(theirs.loader, "searchpath", None)
        and ours.filters.keys() == theirs.filters.keys()
        and ours.globals.keys() == theirs.globals.keys()
        and ours.extensions.keys() == theirs.extensions.keys()
        and ours.auto_reload == theirs.auto_reload
    )
    return ours if alike else env

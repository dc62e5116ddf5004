"""``chronicle build`` generates the docs folder in a child process beside MkDocs' start-up.

The child runs :func:`~generator.site.build.prepare_docs` with the arguments
:func:`~generator.site.settings.predicted_job` reads from ``mkdocs.yml``; the
plugin takes its result only when they are the ones it would have used. The
site must be byte-identical to a build without the child, the child's
messages must come out once, and a content error must fail the build as
before.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config

import generator.site.ahead as ahead_module
import generator.site.plugin as plugin_module
from generator.errors import BuildError
from generator.site.ahead import Ahead
from generator.site.build import DocsReady, build_site
from generator.site.settings import predicted_job, read_config
from tests.reliability.util import snapshot


@pytest.fixture(autouse=True)
def _forking(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork even when earlier tests left threads running in this process (servers, browsers).

    ``chronicle build`` runs one thread and forks; this process may not, after other
    tests, and the child here only runs our code (logging and imports are safe to fork).
    """
    monkeypatch.setattr(ahead_module, "can_fork", lambda: hasattr(os, "fork"))


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[DocsReady | None]:
    """What the plugin got from the child in each build (None: it prepared the docs itself)."""
    taken: list[DocsReady | None] = []
    take = plugin_module.take_prepared

    def spying(job: Any) -> DocsReady | None:
        taken.append(take(job))
        return taken[-1]

    monkeypatch.setattr(plugin_module, "take_prepared", spying)
    return taken


def test_the_child_builds_the_same_site(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken = _spy(monkeypatch)
    with_child = snapshot(build_site(project / "mkdocs.yml", strict=True, incremental=False))
    assert len(taken) == 1 and taken[0] is not None, "the plugin did not take the child's docs"
    assert set(taken[0].hashes) >= {"index.md", "chronology.md", "events.json"}

    monkeypatch.setattr(ahead_module, "can_fork", lambda: False)
    generated = project / "generated"
    for path in sorted(generated.rglob("*"), reverse=True):
        path.unlink() if path.is_file() else path.rmdir()
    alone = snapshot(build_site(project / "mkdocs.yml", strict=True, incremental=False))
    assert taken[1] is None
    assert with_child == alone


@pytest.mark.parametrize(
    "extra",
    [
        "",
        "site_url: https://example.org/story\nrepo_url: https://github.com/o/r\n",
        "site_url: https://example.org/\nrepo_url: https://gitlab.com/o/r/\n",
    ],
)
@pytest.mark.parametrize(
    "options",
    [
        "",
        "      title: Another title\n      min_confidence: 0\n      edit_branch: trunk\n",
        "      min_confidence: 1\n      static_dir: elsewhere\n      pages_dir: pages\n",
    ],
)
def test_the_prediction_is_what_the_plugin_asks(
    project: Path, monkeypatch: pytest.MonkeyPatch, extra: str, options: str
) -> None:
    config_file = project / "mkdocs.yml"
    text = config_file.read_text("utf-8").replace("  - chronicle:\n", f"  - chronicle:\n{options}")
    config_file.write_text(extra + text, "utf-8")
    monkeypatch.chdir(project)
    for name in (config_file, Path("mkdocs.yml")):  # as given: absolute or relative
        config = load_config(str(name))
        job = config.plugins["chronicle"].docs_job(config)
        assert predicted_job(name, read_config(name)) == job


def test_without_the_plugin_nothing_is_predicted(project: Path) -> None:
    config_file = project / "mkdocs.yml"
    config_file.write_text("site_name: Plain\nplugins:\n  - search\n", "utf-8")
    assert predicted_job(config_file, read_config(config_file)) is None


def test_the_childs_messages_come_out_once(
    project: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    taken = _spy(monkeypatch)
    with caplog.at_level(logging.INFO, logger="generator"):
        build_site(project / "mkdocs.yml", incremental=False)
    assert taken[0] is not None
    counted = [r for r in caplog.records if r.getMessage().startswith("chronicle: ")]
    events = [r for r in counted if " events, " in r.getMessage()]
    assert len(events) == 1, [r.getMessage() for r in counted]
    assert events[0].name == "generator.site.build"


def test_a_content_error_fails_the_build_as_before(
    project: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    taken = _spy(monkeypatch)
    bad = project / "content/events/2026/bad.yaml"
    bad.write_text("id: bad\ntitle: [unclosed\n", "utf-8")
    with caplog.at_level(logging.ERROR), pytest.raises(BuildError) as failed:
        build_site(project / "mkdocs.yml")
    assert taken == [None]  # the child failed; the plugin met the error itself
    errors = [r.getMessage() for r in caplog.records if "bad.yaml" in r.getMessage()]
    assert len(errors) == 1, errors
    assert "the site was not built" in str(failed.value)


# --- the child process itself ---------------------------------------------------------------


def _logs_and_returns() -> dict[str, int]:
    logging.getLogger("generator.test_ahead").warning("from the child %d", 42)
    return {"pid": os.getpid()}


def test_a_child_returns_its_value_and_its_messages(caplog: pytest.LogCaptureFixture) -> None:
    child = Ahead.start(_logs_and_returns)
    assert child is not None
    with caplog.at_level(logging.WARNING, logger="generator.test_ahead"):
        value = child.result()
    assert value is not None and value["pid"] != os.getpid()
    assert [r.getMessage() for r in caplog.records] == ["from the child 42"]
    assert child.result() is None  # taken already
    child.close()


def _fails() -> None:
    logging.getLogger("generator.test_ahead").warning("never shown")
    raise ValueError("in the child")


def test_a_failed_child_gives_none_and_no_messages(caplog: pytest.LogCaptureFixture) -> None:
    child = Ahead.start(_fails)
    assert child is not None
    with caplog.at_level(logging.WARNING, logger="generator.test_ahead"):
        assert child.result() is None
    assert not caplog.records


def test_a_child_closed_unread_is_waited_for() -> None:
    child = Ahead.start(_logs_and_returns)
    assert child is not None
    child.close()
    assert child.result() is None


def test_no_child_where_this_process_cannot_fork(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ahead_module, "can_fork", lambda: False)
    assert Ahead.start(_logs_and_returns) is None


# --- templates compiled while the plugin waits ----------------------------------------------


def test_templates_compiled_while_waiting_replace_a_fresh_environment(project: Path) -> None:
    from generator.site.warm import warm_templates, warmed_env

    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["chronicle"]
    plugin.on_startup(command="build", dirty=False)
    plugin_module._add_theme_dir(config)
    warm = warm_templates(config, lambda: False)
    assert warm.compiled[:3] == ("main.html", "404.html", "sitemap.xml")
    assert {"base.html", "partials/search.html"} <= set(warm.compiled)
    assert warmed_env(warm, config.theme.get_env(), config) is warm.env
    assert warmed_env(None, env := config.theme.get_env(), config) is env

    config.theme.dirs.insert(0, str(project / "overrides"))  # a theme changed since
    assert warmed_env(warm, env := config.theme.get_env(), config) is env
    assert not warm_templates(config, lambda: True).compiled  # the child was done already


# --- the helper process sharing the preparation ---------------------------------------------


def test_the_helper_gives_the_docs_the_child_makes_alone(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.site import helper as helper_module
    from generator.site.build import prepare_docs
    from generator.site.generate import SiteOptions
    from generator.site.helper import Helper
    from generator.store import check as check_module
    from generator.store import event_files

    monkeypatch.chdir(project)
    monkeypatch.setattr(helper_module, "_several_processors", lambda: True)
    content, options = Path("content"), SiteOptions("Story")
    files = event_files(content)
    helper = Helper.start(content, files)
    slow = check_module.load_sources_cached  # the helper takes event files meanwhile

    def slowly(folder: Path) -> Any:
        time.sleep(1)
        return slow(folder)

    monkeypatch.setattr(check_module, "load_sources_cached", slowly)
    helped = prepare_docs(content, tmp_path / "helped", options, (), helper)
    assert len(helper.helped().entries) == len(files), "the helper did not read every file"
    assert len(helper.helped().words) == len(list((content / "sources").glob("*.txt")))
    alone = prepare_docs(content, tmp_path / "alone", options)
    assert helped.hashes == alone.hashes
    assert helped.check.load.events == alone.check.load.events


def test_a_helper_that_fails_leaves_the_work_to_the_child(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.site import helper as helper_module
    from generator.site.build import prepare_docs
    from generator.site.generate import SiteOptions
    from generator.store import event_files

    monkeypatch.chdir(project)
    monkeypatch.setattr(helper_module, "_help", _fails)
    monkeypatch.setattr(helper_module, "_several_processors", lambda: True)
    content, options = Path("content"), SiteOptions("Story")
    helper = helper_module.Helper.start(content, event_files(content))
    helped = prepare_docs(content, tmp_path / "helped", options, (), helper)
    assert helper.helped() == helper_module.Helped()
    assert helped.hashes == prepare_docs(content, tmp_path / "alone", options).hashes


def test_no_helper_on_one_processor(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.site import helper as helper_module
    from generator.store import event_files

    monkeypatch.chdir(project)
    monkeypatch.setattr(helper_module, "_several_processors", lambda: False)
    started: list[object] = []
    monkeypatch.setattr(helper_module.Ahead, "start", lambda func: started.append(func))
    helper = helper_module.Helper.start(Path("content"), event_files(Path("content")))
    assert started == [] and not helper.preloaded().theirs(str(event_files(Path("content"))[0]))
    assert helper.helped() == helper_module.Helped()


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a an the",
        "Straße STRASSE strasse ΟΔΟΣ οδος İstanbul ISTANBUL ﬁnal FINAL 2009 09 H1N1 h1n1",
        "Don't DON'T don’t well-known WELL-KNOWN résumé RÉSUMÉ",
    ],
)
def test_article_words_travel_one_a_line(text: str) -> None:
    from generator.site.helper import _unpacked
    from generator.site.pages import article_words

    words = article_words(text)
    back = _unpacked("\n".join(words.values()))
    assert back == words and list(back) == list(words)


def test_the_child_and_the_helper_take_runs_from_either_end() -> None:
    from generator.site.helper import _Frontier

    frontier = _Frontier(4)
    assert frontier.take_back() == 3
    assert frontier.take_front(0) and frontier.take_front(0) and frontier.take_front(1)
    assert frontier.take_back() == 2
    assert not frontier.take_front(2) and not frontier.take_front(3)
    assert frontier.take_back() is None  # they met: every run is taken once


def test_the_frontier_is_shared_with_a_forked_helper() -> None:
    from generator.site.helper import _Frontier

    frontier = _Frontier(3)
    helper = Ahead.start(lambda: [frontier.take_back(), frontier.take_back()])
    assert helper is not None
    assert helper.result() == [2, 1]
    assert frontier.take_front(0) and not frontier.take_front(1)

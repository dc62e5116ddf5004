"""The same inputs give the same bytes: content/, the generated pages and site/.

Two projects in two different folders, built at different moments, must
agree on every file, feeds, iCalendar, search index and the gzipped sitemap
included. MkDocs stamps the sitemap with the build date unless
``SOURCE_DATE_EPOCH`` is set; ``build_site`` and the plugin set it from the
data (the newest source's publication date) when the user has not.
(Re-ingesting the same articles changing nothing is ``tests/test_cli.py``.)
"""

from __future__ import annotations

import gzip
import shutil
import struct
import time
from pathlib import Path

import pytest

from generator.site.build import build_epoch
from tests.conftest import ROOT
from tests.reliability.util import run, snapshot


def _fresh(folder: Path) -> Path:
    """A project with no events yet: seeds, config and vocabularies only."""
    for name in ("site_config", "seeds"):
        shutil.copytree(ROOT / name, folder / name)
    (folder / "content").mkdir()
    for name in ("entities.yaml", "tags.yaml"):
        shutil.copy(ROOT / "content" / name, folder / "content" / name)
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    (folder / "mkdocs.yml").write_text(
        text.replace("site_name:", "site_url: https://example.org/story/\nsite_name:", 1)
    )
    (folder / "generated").mkdir()
    return folder


@pytest.mark.slow
def test_two_projects_give_identical_content_pages_and_sites(tmp_path: Path) -> None:
    first = _fresh(tmp_path / "one")
    second = _fresh(tmp_path / "elsewhere" / "two")
    for project in (first, second):
        done = run(project, "ingest", "seeds")
        assert done.returncode == 0, done.stderr
    assert snapshot(first / "content") == snapshot(second / "content")

    done = run(first, "build", "--strict")
    assert done.returncode == 0, done.stderr
    time.sleep(1.1)  # a different second for every timestamp
    done = run(second, "build", "--strict", env={"TZ": "Pacific/Kiritimati"})
    assert done.returncode == 0, done.stderr

    assert snapshot(first / "generated") == snapshot(second / "generated")
    one, two = snapshot(first / "site"), snapshot(second / "site")
    assert sorted(one) == sorted(two)
    differing = [name for name in one if one[name] != two[name]]
    assert not differing, differing
    for name in ("feed.xml", "events.ics", "timeline.json", "events.json", "sitemap.xml.gz"):
        assert name in one, name
    for name, data in one.items():  # no absolute path of the build folder in any file
        assert str(first).encode() not in data, name
        if name.endswith(".gz"):
            assert str(first).encode() not in gzip.decompress(data), name


def test_sitemap_dates_come_from_the_data_not_the_clock(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    text = (project / "mkdocs.yml").read_text("utf-8")
    (project / "mkdocs.yml").write_text(
        text.replace("site_name:", "site_url: https://example.org/\nsite_name:", 1)
    )
    epoch = build_epoch(project / "content")
    assert time.strftime("%Y-%m-%d", time.gmtime(epoch)) == "2026-02-03"  # newest seed
    done = run(project, "build")
    assert done.returncode == 0, done.stderr
    sitemap = (project / "site/sitemap.xml").read_text("utf-8")
    assert "<lastmod>2026-02-03</lastmod>" in sitemap
    assert time.strftime("%Y-%m-%d") not in sitemap or time.strftime("%Y-%m-%d") == "2026-02-03"
    raw = (project / "site/sitemap.xml.gz").read_bytes()
    assert struct.unpack("<I", raw[4:8])[0] == epoch  # gzip header mtime
    # the user's own SOURCE_DATE_EPOCH wins
    done = run(project, "build", env={"SOURCE_DATE_EPOCH": "86400"})
    assert done.returncode == 0, done.stderr
    assert "<lastmod>1970-01-02</lastmod>" in (project / "site/sitemap.xml").read_text("utf-8")


def test_the_plugin_restores_the_environment(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from generator.site.build import build_site

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    build_site(project / "mkdocs.yml")
    assert "SOURCE_DATE_EPOCH" not in os.environ

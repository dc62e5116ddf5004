"""``content/story.yaml``: validated like an event file, filled only where empty, shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.dates import PartialDate
from generator.site.base import SiteIndex, SiteOptions
from generator.site.timeline import home_page
from generator.store import Story, check_content, fill_story, load_events, load_story
from tests.conftest import copy_project


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the repository's content (its story included), as ``content``."""
    copy_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    return Path("content")


def _problems(content: Path, text: str | bytes) -> list[str]:
    path = content / "story.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, "utf-8")
    return [str(p) for p in check_content(content).errors]


def test_the_repository_story_is_valid_and_complete(content: Path) -> None:
    story, problems = load_story(content)
    assert problems == []
    assert story.title == "Trump and Petro: from threats to the White House"
    assert len(story.paragraphs()) == 2 and all(p.endswith(".") for p in story.paragraphs())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "title: A\nstandfrst: B\n",
            "content/story.yaml:2:1: unknown key 'standfrst' (did you mean 'standfirst'?)",
        ),
        (
            "title: A\nperiod:\n  start: 2026-13\n",
            "content/story.yaml:3:3: period.start: month 13 is out of range",
        ),
        (
            "period:\n  start: 2026-02\n  end: '2025'\n",
            "content/story.yaml:3:3: period.end: '2025' is before period.start",
        ),
        (
            "hero:\n  src: ../../etc/passwd.jpg\n  alt: x\n",
            "story.yaml:2:3: hero.src: '../../etc/passwd.jpg' must be a path inside content/",
        ),
        (
            "hero:\n  src: javascript:alert(1)\n  alt: x\n",
            "hero.src: 'javascript:alert(1)' is not a file under content/",
        ),
        ("hero:\n  src: media/x.svg\n  alt: x\n", "hero.src: 'media/x.svg' is not an image"),
        ("hero:\n  src: media/none.jpg\n  alt: x\n", "hero.src: 'media/none.jpg' does not exist"),
        (
            "key_events:\n  - no-such-event\n",
            "content/story.yaml:2:5: key_events[0]: no event with id 'no-such-event'",
        ),
        ("title: !!python/object:os.system x\n", "content/story.yaml:1:8:"),
        ("- a list\n", "content/story.yaml:1:1: expected a mapping"),
        (b"title: \xff\n", "content/story.yaml:1: not valid UTF-8"),
        (b"title: a\x00b\n", "content/story.yaml: file is binary"),
    ],
)
def test_a_bad_story_file_is_an_error_naming_its_line(
    content: Path, text: str | bytes, expected: str
) -> None:
    found = _problems(content, text)
    assert any(expected in p for p in found), found


def test_a_hero_image_under_content_is_copied_and_shown(content: Path, tmp_path: Path) -> None:
    (content / "media").mkdir()
    (content / "media" / "bridge.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    assert _problems(content, "hero:\n  src: media/bridge.jpg\n  alt: The bridge <at> dusk\n") == []
    story, _ = load_story(content)
    index = SiteIndex.build(load_events(content).events, {}, None)
    page = home_page(index, SiteOptions(title="Site name"), story)
    assert '<img src="assets/story/media/bridge.jpg" alt="The bridge &lt;at&gt; dusk">' in page
    assert "# Site name" in page  # no title in the story: the site's name


def test_pinned_events_and_the_period_replace_the_computed_ones(content: Path) -> None:
    events = load_events(content).events
    pinned = events[-1].id
    story = Story(
        title="Mine",
        standfirst="One.\n\nTwo.",
        start=PartialDate.parse("2025-10"),
        end=PartialDate.parse("2026-05"),
        key_events=(pinned,),
    )
    page = home_page(SiteIndex.build(events, {}, None), SiteOptions(), story)
    key = page.split("## Key events", 1)[1].split("Read the full chronology", 1)[0]
    assert [e.id for e in events if e.id in key] == [pinned]
    assert (
        '<time datetime="2025-10">October 2025</time> to <time datetime="2026-05">May 2026</time>'
        in page
    )
    assert page.count('<p class="chronicle-standfirst">') == 2


def test_fill_story_writes_only_empty_fields_and_keeps_comments(content: Path) -> None:
    path = content / "story.yaml"
    path.write_text("# our note\ntitle: ''   # to do\nstandfirst: Written by the desk.\n", "utf-8")
    assert fill_story(content, "Drafted title", "Drafted standfirst.") == ["title"]
    assert path.read_text("utf-8") == (
        '# our note\ntitle: "Drafted title"\nstandfirst: Written by the desk.\n'
    )
    assert fill_story(content, "Other", "Other.") == []
    path.unlink()
    long = "A sentence that goes on. " * 8
    assert fill_story(content, "", long) == ["standfirst"]
    story, problems = load_story(content)
    assert problems == [] and story.standfirst == long.strip() and story.title == ""


def test_fill_story_leaves_a_broken_file_alone(content: Path) -> None:
    path = content / "story.yaml"
    path.write_text("title: [unclosed\n", "utf-8")
    assert fill_story(content, "T", "S.") == []
    assert path.read_text("utf-8") == "title: [unclosed\n"


def test_the_editing_guide_example_is_a_valid_story(tmp_path: Path) -> None:
    from generator import project

    guide = (project.PAGES_DIR / "editing.md").read_text("utf-8")
    section = guide.split("## The story", 1)[1]
    example = section.split("```yaml\n", 1)[1].split("```", 1)[0]
    content = tmp_path / "content"
    (content / "media").mkdir(parents=True)
    (content / "media" / "bridge.jpg").write_bytes(b"\xff\xd8")
    (content / "story.yaml").write_text(example, "utf-8")
    story, problems = load_story(content)
    assert problems == []
    assert story.title == "Harbour bridge" and len(story.paragraphs()) == 2
    assert story.start == PartialDate.parse("2016") and story.hero is not None

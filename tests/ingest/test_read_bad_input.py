"""Bad input: every problem is a clear InputError naming the file (and line), or a correct read."""

from __future__ import annotations

import codecs
import logging
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.dates import PartialDate
from generator.errors import InputError
from generator.ingest.read import discover, read_article, read_articles
from generator.models import Article

STORY = (
    "Storm Closes Mountain Pass\n\n"
    "Published: 12 January 2025\n\n"
    "Snow closed the Tern Pass on Sunday, stranding about 200 drivers overnight, police said.\n\n"
    "Crews expect to reopen the road by Tuesday if the weather clears as forecast.\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    """Write a file and return its path."""
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputError, match="empty") as info:
        read_article(path)
    assert info.value.path == str(path)


def test_blank_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="empty"):
        read_article(write(tmp_path, "blank.md", "\n \n\t\n"))


def test_binary_file(tmp_path: Path) -> None:
    path = write(tmp_path, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(InputError, match="binary") as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_control_characters_are_binary(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="binary"):
        read_article(write(tmp_path, "ctl.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50))


def test_latin1_text_is_read_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = write(tmp_path, "latin.txt", STORY.replace("Snow", "Café snow").encode("cp1252"))
    with caplog.at_level(logging.WARNING, logger="generator.ingest.decode"):
        article = read_article(path)
    assert "Café snow closed the Tern Pass" in article.body
    assert "not valid UTF-8" in caplog.text and "latin.txt:5" in caplog.text


def test_invalid_utf8_loses_no_bytes(tmp_path: Path) -> None:
    data = STORY.encode("utf-8").replace(b"Snow", b"Sn\x81ow\x9d")  # undefined in cp1252
    article = read_article(write(tmp_path, "bad.txt", data))
    assert "Sn\x81ow\x9d closed" in article.body


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-8-sig", "utf-32"])
def test_unicode_encodings_with_and_without_bom(tmp_path: Path, codec: str) -> None:
    data = STORY.replace("Snow", "Śnieg snow").encode(codec)
    if codec == "utf-16-le":
        data = codecs.BOM_UTF16_LE + data
    article = read_article(write(tmp_path, f"{codec}.txt", data))
    assert article.title == "Storm Closes Mountain Pass"
    assert article.published == PartialDate(2025, 1, 12)
    assert "Śnieg snow closed" in article.body


def test_utf16_without_bom(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "nobom.txt", STORY.encode("utf-16-le")))
    assert article.title == "Storm Closes Mountain Pass"


def test_file_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    with pytest.raises(InputError, match=r"file too large: 50\.0 MB, limit 20 MB"):
        read_article(path)


def test_size_limit_is_configurable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "story.txt", STORY * 200)
    with pytest.raises(InputError, match=r"limit 0\.01 MB"):
        read_article(path, max_bytes=10486)
    monkeypatch.setenv("CHRONICLE_MAX_ARTICLE_MB", "0.01")
    with pytest.raises(InputError, match="file too large"):
        read_article(path)
    monkeypatch.setenv("CHRONICLE_MAX_ARTICLE_MB", "1")
    assert read_article(path).paragraphs


def test_html_scripts_and_iframes_never_reach_the_text(tmp_path: Path) -> None:
    html = (
        "<html><head><script>var a = 'SCRIPT-IN-HEAD';</script></head><body>"
        "<nav><a href='/'>Home</a> <a href='/x'>World</a></nav>"
        "<article><h1>Ferry Service Resumes</h1>"
        "<p>The island ferry resumed service on Thursday after a two-week strike by crew members "
        "ended with a new contract, the operator said.</p>"
        "<script>document.write('SCRIPT-IN-BODY')</script>"
        "<iframe src='x'>IFRAME-TEXT</iframe><noscript>NOSCRIPT-TEXT</noscript>"
        "<p>Passengers had been using a smaller private boat that made only two trips a day "
        "during the strike, and queues at the harbour were long.</p></article>"
        "<script>SCRIPT-AT-END</script></body></html>"
    )
    article = read_article(write(tmp_path, "page.html", html))
    text = "\n".join([article.body, *(d.text for d in article.dropped), article.title or ""])
    for secret in ("SCRIPT-IN-HEAD", "SCRIPT-IN-BODY", "IFRAME-TEXT", "SCRIPT-AT-END"):
        assert secret not in text
    assert article.paragraphs[0].startswith("The island ferry resumed service")


def test_html_in_latin1_with_meta_charset(tmp_path: Path) -> None:
    html = (
        "<html><head><meta charset='iso-8859-1'><title>Caf\xe9 Reopens</title></head><body>"
        "<article><p>The caf\xe9 on the main square reopened on Monday after a fire in the "
        "kitchen closed it for three months, its owner said.</p></article></body></html>"
    )
    article = read_article(write(tmp_path, "latin.html", html.encode("latin-1")))
    assert "The café on the main square" in article.body


def test_front_matter_that_is_not_a_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, "list.md", "---\n- a\n- b\n---\nSome text here that is a story.\n")
    with pytest.raises(InputError, match="expected a mapping") as info:
        read_article(path)
    assert info.value.line == 2


def test_front_matter_with_invalid_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.md", "---\ntitle: ok\npublished: [2025\n---\nText.\n")
    with pytest.raises(InputError, match="invalid YAML") as info:
        read_article(path)
    assert info.value.path == str(path) and info.value.line is not None


def test_front_matter_with_a_bad_date(tmp_path: Path) -> None:
    path = write(tmp_path, "date.md", "---\ntitle: ok\npublished: yesterday\n---\nText.\n")
    with pytest.raises(InputError, match="published 'yesterday' is not a date") as info:
        read_article(path)
    assert info.value.line == 3


def test_front_matter_never_closed(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="never closed"):
        read_article(write(tmp_path, "open.md", "---\ntitle: x\n\nText of the story.\n"))


@pytest.mark.parametrize(
    ("front", "message", "line"),
    [
        ("title: a\ntitle: b\n", "duplicate key 'title'", 3),
        ("title: &t A\nauthor: *t\n", "anchors and aliases", 2),
        ("title: !!binary aGVsbG8=\n", "unsupported YAML tag", 2),
    ],
)
def test_front_matter_follows_the_rules_of_event_files(
    tmp_path: Path, front: str, message: str, line: int
) -> None:
    """Front matter is loaded like event files: no duplicate keys, aliases or odd tags."""
    path = write(tmp_path, "rules.md", f"---\n{front}---\nSome text here that is a story.\n")
    with pytest.raises(InputError, match=f"invalid YAML: .*{message}") as info:
        read_article(path)
    assert info.value.path == str(path) and info.value.line == line


def test_sidecar_errors_name_the_sidecar(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", STORY)
    write(tmp_path, "a.meta.yaml", "title: x\npublisehd: 2025-01-01\n")
    with pytest.raises(InputError, match="unknown field 'publisehd'") as info:
        read_article(tmp_path / "a.txt")
    assert info.value.path == str(tmp_path / "a.meta.yaml") and info.value.line == 2
    write(tmp_path, "a.meta.yaml", "published: 2025-02-30\n")
    with pytest.raises(InputError, match="not a date"):
        read_article(tmp_path / "a.txt")
    write(tmp_path, "a.meta.yaml", "just a string\n")
    with pytest.raises(InputError, match="expected a mapping"):
        read_article(tmp_path / "a.txt")
    write(tmp_path, "a.meta.yaml", "title: x\nid: CON\n")
    reserved = "id 'CON' is a name Windows reserves; use 'CON-file'"
    with pytest.raises(InputError, match=reserved) as info:
        read_article(tmp_path / "a.txt")
    assert info.value.line == 2


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "text": "ok"', "invalid JSON"),
        ('["not", "an", "object"]', "expected a JSON object"),
        ('{"id": "x"}', '"text" must be a string'),
        ('{"id": "x", "published": "soon", "text": "ok"}', "not a date"),
        ('{"id": {"a": 1}, "text": "ok"}', '"id" must be a string'),
    ],
)
def test_bad_jsonl_lines_name_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    good = '{"id": "g", "published": "2009-05-01", "text": "A good line of text here ."}'
    path = write(tmp_path, "c.jsonl", f"{good}\n\n{line}\n")
    articles = read_articles([path])
    assert next(articles).id == "c.g"  # the good line before it streams out first
    with pytest.raises(InputError, match=message) as info:
        next(articles)
    assert info.value.path == str(path) and info.value.line == 3


def test_jsonl_invalid_utf8_and_duplicates(tmp_path: Path) -> None:
    path = write(tmp_path, "c.jsonl", b'{"id": "a", "text": "caf\xe9"}\n')
    with pytest.raises(InputError, match="invalid UTF-8") as info:
        list(read_articles([path]))
    assert info.value.line == 1
    path = write(tmp_path, "d.jsonl", '{"id": "a", "text": "x"}\n{"id": "a", "text": "y"}\n')
    with pytest.raises(InputError, match=r"duplicate id 'd\.a'"):
        list(read_articles([path]))


def test_jsonl_line_too_long(tmp_path: Path) -> None:
    path = write(tmp_path, "big.jsonl", '{"id": "a", "text": "' + "word " * 5000 + '"}\n')
    with pytest.raises(InputError, match="line too long") as info:
        list(read_articles([path], max_bytes=1000))
    assert info.value.line == 1


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "nope"])
    with pytest.raises(InputError, match=r"unsupported file type '\.pdf'"):
        read_article(write(tmp_path, "x.pdf", "text"))
    with pytest.raises(InputError, match="read it with read_articles"):
        read_article(write(tmp_path, "x.jsonl", "{}"))


def test_article_of_only_furniture_reads_empty(tmp_path: Path) -> None:
    article = read_article(write(tmp_path, "f.txt", "Share\n|\n0:00\nLeave a comment\n"))
    assert article.paragraphs == []
    assert len(article.dropped) >= 3


def _read_or_error(data: bytes, suffix: str) -> Article | None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"any{suffix}"
        path.write_bytes(data)
        try:
            article = read_article(path)
        except InputError as exc:
            assert exc.path == str(path)
            return None
        # what every article read satisfies, whatever the input
        assert (article.id, article.path) == ("any", str(path))
        assert all(p and p == p.strip() for p in article.paragraphs), article.paragraphs
        return article


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".md"]))
def test_arbitrary_bytes_give_an_article_or_input_error(data: bytes, suffix: str) -> None:
    _read_or_error(data, suffix)  # checks the article, or that the error names the file


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("abc XYZ.,:»|—-#*[]()!?\n\t0123456789©`'\"")), max_size=600
    ),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_arbitrary_page_like_text_gives_an_article_or_input_error(text: str, suffix: str) -> None:
    _read_or_error((("---\n" if suffix == ".md" else "") + text).encode(), suffix)


def test_article_or_error_on_typical_html_junk() -> None:
    for junk in (b"<html>", b"<<<>>>", b"<p>", b"<html><body></body></html>", b"\xff\xfe<\x00"):
        article = _read_or_error(junk, ".html")
        assert article is None or article.paragraphs == [], (junk, article)  # no story text

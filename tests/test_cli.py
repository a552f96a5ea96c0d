"""The CLI as a user runs it: real subprocesses, real files, bad input refused in one line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from basewatch.model import RawArticle

BASEWATCH = [sys.executable, "-m", "basewatch.cli"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*BASEWATCH, *args], input=stdin.decode("utf-8", "replace") if stdin else None,
        capture_output=True, text=True, timeout=120,
    )


def test_extract_plain_text(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Russia rebuilt the runway at Hmeimim air base last January.", encoding="utf-8")
    proc = run("extract", str(article), "--published", "2021-03-01")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["schema"] == "basewatch/article@1"
    assert out["article"]["published"] == "2021-03-01"


def test_front_matter_supplies_metadata(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("---\ntitle: A base\npublished: 2020-05-02\nurl: https://example.org/a\n---\nBody text here.\n")
    out = json.loads(run("extract", str(article)).stdout)
    assert out["article"]["title"] == "A base"
    assert out["article"]["published"] == "2020-05-02"
    assert out["article"]["chars"] == len("Body text here.\n")


def test_extract_html(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = " ".join(["The navy expanded the pier at the naval base in Tartus during the summer."] * 4)
    html = f"<html><head><title>Tartus pier</title></head><body><article><p>{body}</p></article></body></html>"
    page.write_text(html)
    proc = run("extract", str(page))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["chars"] > 100


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("latin1.txt", "Base a\u00e9rienne".encode("latin-1"), "UTF-8"),
    ],
)
def test_bad_files_get_one_clear_line(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    proc = run("extract", str(bad))
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and message in lines[0]


def test_huge_file_is_refused(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.write(b"The base grew. " * (50 * 1024 * 1024 // 15))
    proc = run("extract", str(huge))
    assert proc.returncode == 2
    assert "MB" in proc.stderr and str(huge) in proc.stderr and "Traceback" not in proc.stderr


def test_missing_file_and_bad_date(tmp_path: Path) -> None:
    proc = run("extract", str(tmp_path / "nope.txt"))
    assert proc.returncode == 2 and "no such file" in proc.stderr
    good = tmp_path / "ok.txt"
    good.write_text("text")
    proc = run("extract", str(good), "--published", "March 2021")
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr and "Traceback" not in proc.stderr


def test_jsonl_keeps_good_lines_and_names_bad_ones(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"text": "First article about a runway.", "published": "2021-01-02"}) + "\n"
        + "{not json\n"
        + json.dumps({"url": "https://x"}) + "\n"
        + json.dumps({"text": "Third article.", "title": "T"}) + "\n"
    )
    proc = run("extract", str(src), "--jsonl")
    assert proc.returncode == 2
    outs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o["article"]["title"] for o in outs] == [None, "T"]
    assert outs[0]["article"]["published"] == "2021-01-02"
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 2
    assert f"{src}:2" in errors[0] and "JSON" in errors[0]
    assert f"{src}:3" in errors[1] and "text" in errors[1]


def test_a_jsonl_file_is_read_as_json_lines_without_the_flag(tmp_path: Path) -> None:
    src = tmp_path / "feed.JSONL"
    src.write_text(json.dumps({"text": "A runway was built.", "title": "One"}) + "\n{broken\n")
    proc = run("extract", str(src))
    assert proc.returncode == 2
    assert [json.loads(line)["article"]["title"] for line in proc.stdout.splitlines()] == ["One"]
    assert f"{src}:2" in proc.stderr and "Traceback" not in proc.stderr


def test_jsonl_batches_keep_order_and_match_single_extraction(tmp_path: Path) -> None:
    from basewatch.extract import extract
    from basewatch.ingest.corpus import EXTRACT_ARTICLES

    # More records than one batch, each with its own runway length, so any reordering shows.
    records = [
        {"text": f"Report {i}: a {1000 + i} m runway opened at Tal Afar air base last week.",
         "published": f"2021-03-{1 + i % 28:02d}"}
        for i in range(EXTRACT_ARTICLES + 6)
    ]
    del records[-1]["published"]
    src = tmp_path / "many.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in records))
    proc = run("extract", str(src), "--jsonl", "--published", "2020-05-05")
    assert proc.returncode == 0, proc.stderr
    outs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert outs == [extract(r["text"], published=r.get("published", "2020-05-05")) for r in records]


def test_jsonl_failing_batch_still_writes_every_record_before_the_culprit(capsys: pytest.CaptureFixture[str]) -> None:
    from basewatch.cli import _extract_jsonl
    from basewatch.extract.pipeline import Pipeline
    from basewatch.model import Doc

    def breaks_on_marker(doc: Doc) -> Doc:
        if "MARKER" in doc.text:
            raise RuntimeError("component failed")
        return doc

    pipeline = Pipeline(only=["quantities"])
    pipeline.components.append(("fragile", breaks_on_marker))
    items = [RawArticle(text="A 3 km runway."), RawArticle(text="MARKER"), RawArticle(text="A 2 km runway.")]
    with pytest.raises(RuntimeError):
        _extract_jsonl(pipeline, items, published=None, url=None, title=None)
    assert [json.loads(line) for line in capsys.readouterr().out.splitlines()] == [pipeline.extract("A 3 km runway.")]


def test_stdin() -> None:
    proc = run("extract", "-", stdin=b"A 3 km runway.")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["article"]["chars"] == len("A 3 km runway.")

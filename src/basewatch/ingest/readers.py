"""Readers for article files: plain text, HTML and JSON Lines, with clear refusals of bad input."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from basewatch.errors import DateFormatError, InputError
from basewatch.model import RawArticle

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
_DATE_RE = re.compile(r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$")
_HTML_RE = re.compile(rb"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.IGNORECASE)


def check_date(value: str | None, where: str = "--published") -> str | None:
    """`value` if it is YYYY, YYYY-MM or YYYY-MM-DD (a full timestamp is cut to its day)."""
    if value is None or value == "":
        return None
    value = value.strip()[:10] if re.match(r"^\d{4}-\d{2}-\d{2}T", value.strip()) else value.strip()
    if not _DATE_RE.match(value):
        raise DateFormatError(f"{where}: {value!r} is not a date; use YYYY-MM-DD, YYYY-MM or YYYY")
    return value


def decode(data: bytes, where: str) -> str:
    """UTF-8 text of `data`, refusing empty, binary and undecodable input."""
    if not data.strip():
        raise InputError(where, "the file is empty")
    if b"\x00" in data[:8192]:
        raise InputError(where, "looks like a binary file (it contains NUL bytes), not an article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(
            where,
            f"not valid UTF-8 (byte {err.start}); convert it first, e.g. iconv -f latin1 -t utf-8",
        ) from None


def read_bytes(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of `path`, refusing missing, unreadable and over-large files."""
    where = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InputError(where, "is a folder; give an article file")
        if size > max_bytes:
            raise InputError(
                where, f"is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit for one article"
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(where, "no such file") from None
    except PermissionError:
        raise InputError(where, "permission denied") from None


def html_article(data: bytes, where: str) -> RawArticle:
    """Main text and metadata of an HTML page, via trafilatura."""
    import trafilatura

    html = decode(data, where)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, as_dict=True)
    meta: dict[str, Any] = extracted if isinstance(extracted, dict) else {}
    text = meta.get("text")
    if not text:
        raise InputError(where, "no article text found in this HTML page")
    date = meta.get("date")
    return RawArticle(
        text=text,
        url=meta.get("url"),
        title=meta.get("title"),
        published=date if isinstance(date, str) and _DATE_RE.match(date) else None,
        source=meta.get("sitename"),
        origin=where,
    )


def read_article(path: Path, max_bytes: int = MAX_ARTICLE_BYTES) -> RawArticle:
    """One article from a .txt or .html file (HTML is recognised by suffix or content)."""
    where = str(path)
    data = read_bytes(path, max_bytes)
    if path.suffix.lower() in {".html", ".htm"} or _HTML_RE.match(data[:512]):
        return html_article(data, where)
    return text_article(decode(data, where), where)


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.DOTALL)
_FRONT_KEYS = ("url", "title", "published", "source")


def text_article(text: str, where: str) -> RawArticle:
    """An article from plain text, reading optional `---` front matter (url, title, published, source)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return RawArticle(text=text, origin=where)
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() in _FRONT_KEYS:
            meta[key.strip().lower()] = value.strip().strip('"').strip("'")
    body = text[match.end():]
    if not body.strip():
        raise InputError(where, "front matter but no article text")
    published = check_date(meta.pop("published", None), f"{where}: front matter 'published'")
    return RawArticle(text=body, published=published, origin=where, **meta)


def article_from_record(record: object, where: str) -> RawArticle:
    """An article from one parsed JSON object with text/url/title/published/source fields."""
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "missing or empty 'text' field")
    fields = {k: record.get(k) for k in ("url", "title", "source")}
    bad = [k for k, v in fields.items() if v is not None and not isinstance(v, str)]
    if bad:
        raise InputError(where, f"field {bad[0]!r} must be a string")
    try:
        published = check_date(record.get("published"), f"{where}: field 'published'")
    except DateFormatError as err:
        raise InputError(where, str(err).split(": ", 1)[-1]) from None
    return RawArticle(text=text, published=published, origin=where, **fields)


def iter_jsonl_lines(lines: Iterator[bytes], name: str) -> Iterator[RawArticle | InputError]:
    """Articles from JSON Lines; a bad line yields its `InputError` and reading goes on."""
    for lineno, raw in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError:
            yield InputError(where, "not valid UTF-8")
            continue
        except json.JSONDecodeError as err:
            yield InputError(where, f"not valid JSON ({err.msg} at column {err.colno})")
            continue
        try:
            yield article_from_record(record, where)
        except InputError as err:
            yield err

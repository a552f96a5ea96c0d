"""RSS and Atom feed files (feedparser): one article per entry, text from its content or summary."""

from __future__ import annotations

import html
import re
import time
import xml.sax
from collections.abc import Iterator

from basewatch.errors import InputError
from basewatch.model import RawArticle

_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|div|h[1-6]|li|blockquote)>|<br\s*/?>", re.IGNORECASE)
_SPACES = re.compile(r"[ \t]+")


def looks_like_feed(data: bytes) -> bool:
    return bool(_FEED_START.match(data[:2048]))


def _plain(markup: str) -> str:
    """Text of an entry's HTML: block ends become paragraph breaks, tags go, entities are decoded."""
    text = html.unescape(_TAG.sub("", _BLOCK_END.sub("\n\n", markup)))
    lines = (_SPACES.sub(" ", line).strip() for line in text.splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _date(entry: dict[str, object]) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def feed_articles(data: bytes, where: str) -> Iterator[RawArticle | InputError]:
    """Articles of an RSS/Atom feed; malformed XML refuses the whole file, an empty entry is reported."""
    import feedparser

    parsed = feedparser.parse(data)
    if parsed.get("bozo") and isinstance(parsed.get("bozo_exception"), xml.sax.SAXException):
        raise InputError(where, f"not a valid RSS/Atom feed ({parsed['bozo_exception']})")
    if not parsed.entries:
        raise InputError(where, "a feed with no entries")
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        contents = entry.get("content") or []
        markup = contents[0].get("value", "") if contents else entry.get("summary", "")
        text = _plain(markup or "")
        if not text:
            yield InputError(f"{where}: entry {n}", "no text in content or summary")
            continue
        yield RawArticle(
            text=text, url=entry.get("link"), title=entry.get("title"), published=_date(entry),
            source=outlet, origin=f"{where}: entry {n}",
        )

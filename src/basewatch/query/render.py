"""Printing query results: an aligned table on a terminal, CSV or JSON for scripts."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

MAX_CELL = 60


def _cell(value: Any, width: int = MAX_CELL) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None, width: int = MAX_CELL) -> str:
    """An aligned plain-text table of `rows` (cells cut to `width` characters)."""
    if not rows:
        return "(nothing found)"
    columns = list(columns or rows[0].keys())
    cells = [[_cell(r.get(c), width) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    out = io.StringIO()
    columns = list(columns or (rows[0].keys() if rows else []))
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                         for k, v in row.items()})
    return out.getvalue()


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _section(title: str, body: str) -> str:
    return f"\n{title}\n{'=' * len(title)}\n{body}"


def dossier_text(d: dict[str, Any], why: bool = False) -> str:
    """A facility dossier for reading on a terminal."""
    where = (
        f"{d['lat']:.4f}, {d['lon']:.4f} (precision: {d['geo_precision']})" if d["lat"] is not None
        else "not located"
    )
    head = [
        f"{d['name']}  (#{d['id']}, {d['kind']})",
        f"operator: {d['operator'] or '?'}   country: {d['country'] or '?'}   admin1: {d['admin1'] or '?'}",
        f"location: {where}",
        f"catalog id: {d['catalog_id'] or '-'}",
        f"seen: {d['first_seen'] or '?'} .. {d['last_seen'] or '?'} in {d['article_count']} articles, "
        f"{d['source_count']} distinct sources",
        f"spellings: {'; '.join(d['aliases'])}",
    ]
    parts = ["\n".join(head)]
    runways = [
        {"length_m": f"{r['length_m']:,.0f}", "first_seen": r["first_seen"], "last_seen": r["last_seen"],
         "sources": r["sources"], "status": ", ".join(r["statuses"]), "as written": "; ".join(r["texts"])}
        for r in d["runway_history"]
    ]
    parts.append(_section("Runway history", table(runways)))
    for dis in d["runway_disagreements"]:
        figures = " vs ".join(f"{f['length_m']:,.0f} m ({f['sources']} sources)" for f in dis["figures"])
        parts.append(f"DISAGREEMENT in {dis['period']}: {figures}")
    parts.append(_section("Equipment", table(d["equipment"])))
    events = table(d["events"], ["date", "type", "actor", "sources", "reports", "text", "url"])
    latest = f" (latest {len(d['events'])} of {d['events_total']})" if len(d["events"]) < d["events_total"] else ""
    parts.append(_section(f"Timeline{latest}", events))
    claims = [
        {"date": c["published"], "speaker": c["speaker"], "cue": c["cue"], "hedged": c["hedged"],
         "content": c["content"]}
        for c in d["claims"]
    ]
    shown = f" (latest {len(claims)} of {d['claims_total']})" if len(claims) < d["claims_total"] else ""
    parts.append(_section(f"Claims{shown}", table(claims)))
    shown = f" (latest {len(d['sources'])} of {d['article_count']})" if len(d["sources"]) < d["article_count"] else ""
    parts.append(_section(f"Sources{shown}", table(d["sources"], ["published", "outlet", "url", "written"])))
    if why:
        why_table = table(d["why"], ["published", "articles", "written", "rule", "evidence"], width=400)
        parts.append(_section("Why these articles joined", why_table))
    return "\n".join(parts)

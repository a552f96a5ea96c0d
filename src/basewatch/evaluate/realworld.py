"""Held-out robustness check: the full pipeline over real news it was not tuned on, invariants checked.

Runs `default_pipeline()` over every article of GeoWebNews and TR-News and every sentence of the
PLOVER gold-standard records (../shared/corpora) and checks, per output: no exception (named by
the component that raised), the article schema, every span inside the text with the item's
surface form under it, each claim's content inside its span, claim `about` and event `facility`
ids naming a facility of the same article, unique facility ids, no empty mention spans. CPU time
is taken per article and per component, so a super-linear blow-up shows as an outlier; `--scaling`
also times GeoWebNews articles joined into ever longer documents, where it shows as a falling rate.

Usage: python -m basewatch.evaluate.realworld [--shared DIR] [--limit N] [--dump FILE] [--scaling]
"""

from __future__ import annotations

import argparse
import json
import re
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from jsonschema import Draft202012Validator

from basewatch.evaluate import DEFAULT_SHARED, existing
from basewatch.extract import Pipeline, default_pipeline
from basewatch.extract.normalize import make_doc
from basewatch.extract.serialise import to_article

SCHEMA = Path("schema") / "article-1.schema.json"
LAYERS = ("facilities", "equipment", "places", "claims", "quantities", "dates", "events", "sources")
KINDS = (
    "exception",
    "schema",
    "span-range",
    "surface",
    "empty-span",
    "content-outside-span",
    "about-id",
    "event-facility-id",
    "duplicate-facility-id",
)
# How many articles are joined into one document for the scaling check.
SCALING = (5, 20, 80)
_WARM_UP = ("Russian Tu-22M3 bombers landed at Hmeimim air base near Latakia on 5 March, "
            "the ministry said; the 2,800-metre runway was extended last year.")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL_DAY = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_DAY_OF_MONTH = re.compile(r"(?<![\d:/])([0-3]?\d)(?:st|nd|rd|th)?(?![\d:/])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True, slots=True)
class Case:
    """One input: an article or a sentence of a corpus, with what is known about it."""

    corpus: str
    id: str
    text: str
    published: str | None = None
    url: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Violation:
    corpus: str
    article: str
    kind: str
    component: str
    detail: str

    def line(self) -> str:
        return f"{self.corpus}:{self.article} {self.kind} [{self.component}] {self.detail}"


@dataclass(frozen=True, slots=True)
class Timing:
    corpus: str
    article: str
    chars: int
    seconds: float


@dataclass(slots=True)
class Report:
    """What one run over the corpora found."""

    articles: Counter[str] = field(default_factory=Counter)
    chars: Counter[str] = field(default_factory=Counter)
    items: dict[str, Counter[str]] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)
    timings: list[Timing] = field(default_factory=list)
    component_seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))

    def slowest(self, n: int = 10) -> list[Timing]:
        return sorted(self.timings, key=lambda t: t.seconds, reverse=True)[:n]

    def by_kind(self) -> Counter[tuple[str, str]]:
        """Violations counted by (kind, component)."""
        return Counter((v.kind, v.component) for v in self.violations)

    def summary(self, examples: int = 5) -> str:
        cpu: defaultdict[str, float] = defaultdict(float)
        for t in self.timings:
            cpu[t.corpus] += t.seconds
        lines = [f"{'corpus':<10}{'docs':>6}{'chars':>10}{'MB/s':>6}" + "".join(f"{name[:9]:>10}" for name in LAYERS)]
        for corpus, n in self.articles.items():
            counts, chars = self.items.get(corpus, Counter()), self.chars[corpus]
            rate = chars / cpu[corpus] / 1e6 if cpu[corpus] else 0.0
            lines.append(f"{corpus:<10}{n:>6}{chars:>10}{rate:>6.2f}" + "".join(f"{counts[k]:>10}" for k in LAYERS))
        seconds = sum(t.seconds for t in self.timings)
        chars = sum(self.chars.values())
        lines.append(f"\nCPU {seconds:.2f} s for {chars} chars: {chars / seconds / 1e6 if seconds else 0:.2f} MB/s")
        by_time = sorted(self.component_seconds.items(), key=lambda kv: -kv[1])
        lines.append("per component: " + ", ".join(f"{k} {v:.2f} s" for k, v in by_time))
        lines.append(f"\nviolations: {len(self.violations)}")
        for (kind, component), n in self.by_kind().most_common():
            lines.append(f"  {kind:<24}{component:<12}{n:>6}")
            shown = [v for v in self.violations if v.kind == kind and v.component == component][:examples]
            lines.extend(f"    {v.line()}" for v in shown)
        lines.append("\nslowest articles (CPU):")
        lines.extend(f"  {t.corpus + ':' + t.article:<20}{t.chars:>8} chars {t.seconds:8.4f} s "
                     f"{t.chars / t.seconds / 1e6 if t.seconds else 0:8.2f} MB/s" for t in self.slowest())
        return "\n".join(lines)


def _strip(text: str | None) -> str | None:
    return text.strip() or None if text else None


def parse_day(raw: str | None) -> str | None:
    """YYYY-MM-DD (or YYYY-MM) from the free-form stamps TR-News carries ("Dec 19, 2016 9:14 AM ET")."""
    if not raw:
        return None
    if iso := _ISO_DAY.match(raw):
        return iso.group()
    year, month = _YEAR.search(raw), _MONTH.search(raw)
    if year is None or month is None:
        return None
    stamp = f"{year.group()}-{_MONTHS.index(month.group(1).lower()) + 1:02d}"
    rest = raw[:year.start()] + " " + raw[year.end():]
    day = next((int(d.group(1)) for d in _DAY_OF_MONTH.finditer(rest) if 1 <= int(d.group(1)) <= 31), None)
    return f"{stamp}-{day:02d}" if day else stamp


def read_gwn(path: Path) -> Iterator[Case]:
    """GeoWebNews articles, dated only where the link carries /YYYY/MM/DD/."""
    for art in ET.parse(path).getroot().iter("article"):
        url = _strip(art.findtext("link"))
        day = _URL_DAY.search(url or "")
        yield Case("gwn", art.get("file", ""), art.findtext("text") or "",
                   published="-".join(day.groups()) if day else None, url=url, title=_strip(art.findtext("title")))


def read_trnews(path: Path) -> Iterator[Case]:
    """TR-News articles, dated by the day they were downloaded."""
    for art in ET.parse(path).getroot().iter("article"):
        yield Case("tr-news", art.get("docid", ""), art.findtext("text") or "",
                   published=parse_day(_strip(art.findtext("dltime"))),
                   url=_strip(art.findtext("url")), title=_strip(art.findtext("title")))


def read_plover(path: Path) -> Iterator[Case]:
    """PLOVER sentences; their dates are placeholders, so none is passed on. A repeated id gets a #n suffix."""
    seen: Counter[str] = Counter()
    for record in json.loads(path.read_text(encoding="utf-8")):
        if isinstance(record, dict) and record.get("text"):
            key = str(record.get("id", ""))
            seen[key] += 1
            yield Case("plover", key if seen[key] == 1 else f"{key}#{seen[key]}", record["text"])


CORPORA: dict[str, tuple[Path, Callable[[Path], Iterator[Case]]]] = {
    "gwn": (Path("corpora/geowebnews/GWN.xml"), read_gwn),
    "tr-news": (Path("corpora/tr-news/TR-News.xml"), read_trnews),
    "plover": (Path("corpora/plover-gsr/PLOVER_GSR_CAMEO.json"), read_plover),
}


def iter_cases(shared: Path, corpora: Iterable[str] = CORPORA, limit: int | None = None) -> Iterator[Case]:
    """Every case of the named corpora, at most `limit` from each."""
    for name in corpora:
        path, reader = CORPORA[name]
        for i, case in enumerate(reader(shared / path)):
            if limit is not None and i >= limit:
                break
            yield case


def spans(result: dict[str, Any]) -> Iterator[tuple[str, str, list[int], str | None]]:
    """(component, where, span, claimed surface or None) for every span of an article@1 dict."""
    for layer in ("quantities", "dates", "events", "sources"):
        for i, item in enumerate(result[layer]):
            yield layer, f"{layer}[{i}]", item["span"], item.get("text")
    for layer in ("equipment", "places"):
        for i, item in enumerate(result[layer]):
            texts = item.get("texts") or [None] * len(item["mentions"])
            for span, text in zip(item["mentions"], texts, strict=False):
                yield layer, f"{layer}[{i}]", span, text
    for i, fac in enumerate(result["facilities"]):
        for span in fac["mentions"]:
            yield "facilities", f"facilities[{i}].mentions", span, None
        for r in fac["runways"]:
            yield "facilities", f"facilities[{i}].runways", r["span"], r.get("text")
    for i, claim in enumerate(result["claims"]):
        yield "claims", f"claims[{i}].span", claim["span"], None
        yield "claims", f"claims[{i}].content", claim["content"], None
        if claim["speaker"].get("span"):
            yield "claims", f"claims[{i}].speaker", claim["speaker"]["span"], None


def check_spans(text: str, result: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(kind, component, detail) for every span out of range, empty or not over its surface."""
    for component, where, (start, end), surface in spans(result):
        if not 0 <= start <= end <= len(text):
            yield "span-range", component, f"{where}: {start, end} outside text of {len(text)}"
        elif start == end:
            yield "empty-span", component, f"{where}: empty at {start}"
        elif surface is not None and text[start:end] != surface:
            yield "surface", component, f"{where}: text[{start}:{end}]={text[start:end]!r} != {surface!r}"


def check_links(result: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(kind, component, detail) for claims and events that point outside what the article holds."""
    ids = [f["id"] for f in result["facilities"]]
    for fid, n in Counter(ids).items():
        if n > 1:
            yield "duplicate-facility-id", "facilities", f"{fid!r} x{n}"
    known = set(ids)
    for i, claim in enumerate(result["claims"]):
        (s, e), (cs, ce) = claim["span"], claim["content"]
        if not s <= cs <= ce <= e:
            yield "content-outside-span", "claims", f"claims[{i}]: content {cs, ce} not in span {s, e}"
        for fid in claim.get("about") or ():
            if fid not in known:
                yield "about-id", "claims", f"claims[{i}]: about {fid!r} not among {sorted(known)}"
    for i, event in enumerate(result["events"]):
        if event.get("facility") is not None and event["facility"] not in known:
            yield "event-facility-id", "events", f"events[{i}]: {event['facility']!r} not among {sorted(known)}"


def check_schema(validator: Draft202012Validator, result: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    for error in validator.iter_errors(result):
        path = list(error.absolute_path)
        component = path[0] if path and path[0] in LAYERS else "article"
        yield "schema", str(component), f"{path}: {error.message[:200]}"


def _raised(case: Case, component: str, exc: Exception) -> Violation:
    return Violation(case.corpus, case.id, "exception", component, f"{type(exc).__name__}: {exc}"[:300])


class Runner:
    """Runs the pipeline component by component over cases and records what breaks."""

    def __init__(self, shared: Path, pipeline: Pipeline | None = None) -> None:
        self.pipeline = pipeline or default_pipeline()
        self.validator = Draft202012Validator(json.loads((shared / SCHEMA).read_text(encoding="utf-8")))
        # Lazily built caches would otherwise be charged to the first article timed.
        self.pipeline.extract(_WARM_UP, published="2021-03-01")

    def extract(self, case: Case, report: Report) -> dict[str, Any] | None:
        """The article dict for `case`; a component that raises is recorded and the rest still run."""
        started = time.process_time()
        doc = make_doc(case.text, published=case.published, url=case.url, title=case.title)
        for name, component in self.pipeline.components:
            begun = time.process_time()
            try:
                doc = component(doc)
            except Exception as exc:  # the exception is the finding; later components still get checked
                report.violations.append(_raised(case, name, exc))
            report.component_seconds[name] += time.process_time() - begun
        try:
            return to_article(doc)
        except Exception as exc:  # as above: recorded, and the run goes on with the next case
            report.violations.append(_raised(case, "serialise", exc))
            return None
        finally:
            report.timings.append(Timing(case.corpus, case.id, len(case.text), time.process_time() - started))

    def seconds(self, case: Case, repeat: int = 3) -> float:
        """The least CPU time of `repeat` extractions of `case`: one slow run may be a GC pause or a busy machine."""
        scratch = Report()
        for _ in range(repeat):
            self.extract(case, scratch)
        return min(t.seconds for t in scratch.timings)

    def scaling(self, cases: list[Case], factors: Iterable[int] = SCALING) -> list[tuple[int, float]]:
        """(chars, MB/s) of one document made of the first `factor` cases joined, per factor.

        Time that grows linearly with length keeps the rate flat; a super-linear step shows as a falling rate.
        """
        rates = []
        for factor in factors:
            text = "\n\n".join(c.text for c in cases[:factor])
            seconds = self.seconds(Case("joined", f"x{factor}", text, published=cases[0].published), repeat=2)
            rates.append((len(text), len(text) / seconds / 1e6 if seconds else 0.0))
        return rates

    def check(self, case: Case, report: Report) -> dict[str, Any] | None:
        """Extract one case, count its items and record every invariant it breaks."""
        report.articles[case.corpus] += 1
        report.chars[case.corpus] += len(case.text)
        result = self.extract(case, report)
        if result is None:
            return None
        counts = report.items.setdefault(case.corpus, Counter())
        for layer in LAYERS:
            counts[layer] += len(result[layer])
        found = [*check_schema(self.validator, result), *check_spans(case.text, result), *check_links(result)]
        report.violations.extend(Violation(case.corpus, case.id, kind, comp, detail) for kind, comp, detail in found)
        return result


def run(shared: Path = DEFAULT_SHARED, corpora: Iterable[str] = CORPORA, limit: int | None = None,
        dump: TextIO | None = None) -> Report:
    """Check every case of the named corpora; write each output as a JSON line to `dump` if given."""
    runner = Runner(shared)
    report = Report()
    for case in iter_cases(shared, corpora, limit):
        before = len(report.violations)
        result = runner.check(case, report)
        if dump is not None:
            record = {"corpus": case.corpus, "id": case.id, "published": case.published,
                      "violations": [v.line() for v in report.violations[before:]], "result": result}
            dump.write(json.dumps(record, ensure_ascii=False) + "\n")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=existing, default=str(DEFAULT_SHARED),
                        help="the shared folder (default ../shared)")
    parser.add_argument("--corpus", action="append", choices=sorted(CORPORA), help="only this corpus (repeatable)")
    parser.add_argument("--limit", type=int, default=None, help="at most N cases per corpus")
    parser.add_argument("--dump", type=Path, default=None, help="write every output to this JSONL file")
    parser.add_argument("--scaling", action="store_true",
                        help=f"also time {', '.join(map(str, SCALING))} GeoWebNews articles joined into one document")
    args = parser.parse_args(argv)
    corpora = args.corpus or list(CORPORA)
    if args.dump is None:
        report = run(args.shared, corpora, args.limit)
    else:
        with args.dump.open("w", encoding="utf-8") as out:
            report = run(args.shared, corpora, args.limit, out)
    print(report.summary())
    if args.scaling:
        gwn = list(iter_cases(args.shared, ["gwn"], max(SCALING)))
        print("\nscaling (GeoWebNews articles joined into one document):")
        print("\n".join(f"  {chars:>9} chars {rate:6.2f} MB/s" for chars, rate in Runner(args.shared).scaling(gwn)))
    return 1 if report.violations else 0


if __name__ == "__main__":
    raise SystemExit(main())

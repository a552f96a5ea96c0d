"""Places evaluator: toponym recognition and resolution on GeoWebNews and TR-News.

Recognition: precision, recall and F1 of mention spans, strict (same start and end) and
overlap (any shared character). Resolution: a gold toponym with coordinates counts as right
when the predicted place is the same GeoNames entry or lies within 161 km of the gold point,
both end to end (an overlapping predicted mention must exist) and when handed the gold spans.
Exact GeoNames id agreement is reported over all gold ids and over those the gazetteer holds
at all (cities of 500+ people, countries, US states): the second isolates disambiguation from
coverage, since the gold also points at streets, buildings and counties no offline extract has.

GeoWebNews toponym types counted: Literal, Literal_Modifier, Non_Literal_Modifier, Metonymic,
Mixed and Coercion. Predictions over gold Demonym, Language or Embedded_* annotations are
neither right nor wrong: GWN counts adjectival uses of country names as modifiers but plural
nouns as demonyms (too fine a line to score), and the component deliberately reports no place
inside an organisation's name ("The Washington Post"), which GWN annotates as embedded.
TR-News annotates adjectival uses too, so every predicted mention counts there.

Usage: python -m basewatch.evaluate.places [--shared ../shared] [--corpus gwn|tr|all] [--limit N]
"""

from __future__ import annotations

import argparse
import math
import time
import xml.etree.ElementTree as ET
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from basewatch.evaluate import DEFAULT_SHARED, existing
from basewatch.extract.normalize import make_doc
from basewatch.extract.places import Places
from basewatch.model import Doc, PlaceMention, Span

GWN_TOPONYMS = frozenset({"Literal", "Literal_Modifier", "Non_Literal_Modifier", "Metonymic", "Mixed", "Coercion"})
GWN_NEUTRAL = frozenset({"Demonym", "Language", "Embedded_Literal", "Embedded_Non_Lit"})
KM_161 = 161.0


@dataclass(slots=True)
class Gold:
    span: Span
    lat: float | None
    lon: float | None
    geonameid: int | None


@dataclass(slots=True)
class Article:
    text: str
    gold: list[Gold]
    neutral: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Scores:
    """Running counts for one corpus."""

    tp_strict: int = 0
    tp_overlap: int = 0
    predicted: int = 0
    gold: int = 0
    geo_gold: int = 0
    geo_e2e: int = 0
    geo_given: int = 0
    id_gold: int = 0
    id_given: int = 0
    id_known: int = 0
    id_known_given: int = 0
    chars: int = 0
    seconds: float = 0.0

    def report(self, name: str) -> str:
        def prf(tp: int) -> str:
            p = tp / self.predicted if self.predicted else 0.0
            r = tp / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"

        def pct(n: int, d: int) -> str:
            return f"{100 * n / d:.1f}% ({n}/{d})" if d else "n/a"

        speed = self.chars / self.seconds / 1e6 if self.seconds else 0.0
        return "\n".join([
            f"{name}: {self.gold} gold toponyms, {self.predicted} predicted, {speed:.2f} MB/s (CPU time)",
            f"  recognition strict : {prf(self.tp_strict)}",
            f"  recognition overlap: {prf(self.tp_overlap)}",
            f"  acc@161km end to end       : {pct(self.geo_e2e, self.geo_gold)}",
            f"  acc@161km given gold spans : {pct(self.geo_given, self.geo_gold)}",
            f"  exact GeoNames id, given   : {pct(self.id_given, self.id_gold)}",
            f"  ... of ids the gazetteer has: {pct(self.id_known_given, self.id_known)}",
        ])


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _float(text: str | None) -> float | None:
    return float(text) if text and text.strip() else None


def _int(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


def read_gwn(path: Path) -> Iterator[Article]:
    """GeoWebNews articles from GWN.xml."""
    for art in ET.parse(path).getroot().iter("article"):
        article = Article(art.findtext("text") or "", [])
        for top in art.iter("toponym"):
            kind = top.findtext("type") or ""
            span = (int(top.findtext("start") or 0), int(top.findtext("end") or 0))
            if kind in GWN_TOPONYMS:
                article.gold.append(Gold(span, _float(top.findtext("latitude")), _float(top.findtext("longitude")),
                                         _int(top.findtext("geonamesID"))))
            elif kind in GWN_NEUTRAL:
                article.neutral.append(span)
        yield article


def read_trnews(path: Path) -> Iterator[Article]:
    """TR-News articles from TR-News.xml."""
    for art in ET.parse(path).getroot().iter("article"):
        article = Article(art.findtext("text") or "", [])
        for top in art.iter("toponym"):
            tag = top.find("gaztag")
            gid = _int(tag.get("geonameid")) if tag is not None else None
            lat = _float(tag.findtext("lat")) if tag is not None else None
            lon = _float(tag.findtext("lon")) if tag is not None else None
            article.gold.append(Gold((int(top.findtext("start") or 0), int(top.findtext("end") or 0)), lat, lon, gid))
        yield article


def _to_norm(doc: Doc, span: Span) -> Span:
    if doc.offsets is None:
        return span
    return bisect_left(doc.offsets, span[0]), bisect_left(doc.offsets, span[1])


def _right(place: PlaceMention | None, gold: Gold, ids: dict[str, int]) -> bool:
    if place is None or gold.lat is None or gold.lon is None:
        return False
    geonameid = place.geonameid if place.kind != "demonym" else ids.get(place.country or "")
    if gold.geonameid is not None and geonameid == gold.geonameid:
        return True
    return place.lat is not None and place.lon is not None and (
        distance_km(place.lat, place.lon, gold.lat, gold.lon) <= KM_161)


def country_ids(places: Places) -> dict[str, int]:
    """GeoNames id of each country, so a demonym can be scored as the country it names."""
    return {code: p.geonameid for code, p in places.lexicon.countries().items() if p.geonameid}


def known_ids(places: Places) -> frozenset[int]:
    """GeoNames ids the component can answer with at all (cities, countries, the admin1 that have one)."""
    fixed = {p.geonameid for ps in places.lexicon.fixed.values() for p, _ in ps if p.geonameid}
    return places.lexicon.cities.geonameids() | fixed


def score_article(places: Places, article: Article, scores: Scores, ids: dict[str, int],
                  known: frozenset[int] = frozenset()) -> None:
    """Add one article's counts to `scores`."""
    started = time.process_time()
    doc = places(make_doc(article.text))
    scores.seconds += time.process_time() - started
    scores.chars += len(article.text)
    predicted = [(doc.orig_span(p.span), p) for p in doc.places]
    predicted = [(s, p) for s, p in predicted if not any(s[0] < e and b < s[1] for b, e in article.neutral)]
    scores.predicted += len(predicted)
    scores.gold += len(article.gold)
    by_span = {s: p for s, p in predicted}
    for gold in article.gold:
        scores.tp_strict += gold.span in by_span
        overlapping = [p for s, p in predicted if s[0] < gold.span[1] and gold.span[0] < s[1]]
        scores.tp_overlap += bool(overlapping)
        if gold.lat is not None:
            scores.geo_gold += 1
            scores.geo_e2e += any(_right(p, gold, ids) for p in overlapping[:1])
    given = places.geocode(doc.norm, [_to_norm(doc, g.span) for g in article.gold], doc.language)
    for gold, place in zip(article.gold, given, strict=True):
        if gold.lat is not None:
            scores.geo_given += _right(place, gold, ids)
        if gold.geonameid is not None:
            scores.id_gold += 1
            geonameid = None if place is None else place.geonameid
            if place is not None and place.kind == "demonym":
                geonameid = ids.get(place.country or "")
            scores.id_given += geonameid == gold.geonameid
            if gold.geonameid in known:
                scores.id_known += 1
                scores.id_known_given += geonameid == gold.geonameid


def evaluate(shared: Path, corpus: str = "all", limit: int | None = None) -> dict[str, Scores]:
    """Scores per corpus ('gwn', 'tr') over the copies in `shared`/corpora."""
    places = Places()
    ids = country_ids(places)
    known = known_ids(places)
    readers: dict[str, tuple[Callable[[Path], Iterator[Article]], Path]] = {
        "gwn": (read_gwn, shared / "corpora" / "geowebnews" / "GWN.xml"),
        "tr": (read_trnews, shared / "corpora" / "tr-news" / "TR-News.xml"),
    }
    results: dict[str, Scores] = {}
    for name, (reader, path) in readers.items():
        if corpus not in ("all", name):
            continue
        scores = Scores()
        for i, article in enumerate(reader(path)):
            if limit is not None and i >= limit:
                break
            score_article(places, article, scores, ids, known)
        results[name] = scores
    return results


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Score the places component on GeoWebNews and TR-News.")
    parser.add_argument("--shared", type=existing, default=str(DEFAULT_SHARED))
    parser.add_argument("--corpus", choices=("gwn", "tr", "all"), default="all")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles of each corpus")
    args = parser.parse_args(argv)
    names = {"gwn": "GeoWebNews", "tr": "TR-News"}
    for key, scores in evaluate(args.shared, args.corpus, args.limit).items():
        print(scores.report(names[key]))


if __name__ == "__main__":
    main()

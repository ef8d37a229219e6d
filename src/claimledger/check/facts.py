"""Figures against reference facts: distances between places, settlement populations, areas and shares, unit sizes.

Each rule reads one tight pattern and stays silent otherwise:

* ``place_distance.v1``: "Kupiansk, 104 km east of Kharkiv": a distance between the place named just before it
  and the place right after "of"/"from", against the straight line between their gazetteer points (allowing for
  a town's extent and for road distances, :func:`~claimledger.check.tolerance.distance_interval`);
* ``settlement_population.v1``: "a population of 27,000" (or "a town of 12,000 people") after a Ukrainian
  settlement, against Ukrstat's count of 1 January 2022; a figure that does not match is only called wrong when
  the sentence says it is the pre-war population (towns near the front have emptied since);
* ``area_comparison.v1``: "an area the size of Belgium, about 5 percent of Ukraine": a country's or US state's
  area against a stated share of Ukraine or a stated area (within :data:`~claimledger.check.tolerance.SIZE_OF`);
* ``unit_size.v1``: "about 700 soldiers, a full battalion": a head count against the doctrinal size of the units.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from claimledger.check import context, tables
from claimledger.check.refdata import evidence
from claimledger.check.tolerance import (
    POPULATION_SLACK,
    SIZE_OF,
    Interval,
    compare,
    distance_interval,
    interval,
)
from claimledger.extract import gazetteer
from claimledger.models import Check, Evidence, Extraction, PlaceMention, Quantity, Verdict

PLACE_DISTANCE = "place_distance.v1"
SETTLEMENT_POPULATION = "settlement_population.v1"
AREA_COMPARISON = "area_comparison.v1"
UNIT_SIZE = "unit_size.v1"

_D = Decimal
MILE_KM = Decimal("1.609344")
SQ_MILE_KM2 = Decimal("2.589988")
_WORDS = {"consistent": "which matches", "inconsistent": "which does not match"}
_AFTER_DISTANCE = re.compile(
    r"^\s*(?:\([^)]{0,25}\)\s*)?(?:(?:to the\s+)?((?:north|south)?-?(?:east|west)?|north|south)(?:ern)?\s+"
    r"|away\s+|outside\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village|centre|center) of\s+)?$",
    re.IGNORECASE,
)
_BEFORE_DISTANCE = re.compile(r"^\s*(?:,|is|lies|sits|located|,? which is|,? about|,? some|,? just)?\s*$")
_COMPASS = {"north": "N", "south": "S", "east": "E", "west": "W", "northeast": "NE", "northwest": "NW"}
_COMPASS.update({"southeast": "SE", "southwest": "SW", "north-east": "NE", "north-west": "NW"})
_COMPASS.update({"south-east": "SE", "south-west": "SW"})


def _words(verdict: str) -> str:
    return _WORDS.get(verdict, "too close to call against")


def _gazetteer_evidence(value: Decimal) -> Evidence:
    return Evidence("gazetteer", gazetteer.VERSION, value, None, None)


def _km(q: Quantity) -> Interval | None:
    if q.kind != "measure" or q.unit not in ("km", "mile"):
        return None
    stated = interval(q)
    if q.unit == "km":
        return stated
    high = None if stated.high is None else stated.high * MILE_KM
    return Interval(stated.low * MILE_KM, high)


def _located(p: PlaceMention) -> bool:
    return p.lat is not None and p.lon is not None and p.precision <= 2


def place_distance(extraction: Extraction) -> list[Check]:
    """Compare "A, N km (east) of B" with the straight line between A and B."""
    text = extraction.document.text
    checks: list[Check] = []
    for q in extraction.quantities:
        stated = _km(q)
        if stated is None:
            continue
        after = [p for p in extraction.places if p.sentence == q.sentence and p.start >= q.end]
        before = [p for p in extraction.places if p.sentence == q.sentence and p.end <= q.start]
        if not after or not before:
            continue
        target, origin = after[0], before[-1]
        link = _AFTER_DISTANCE.match(text[q.end : target.start])
        if not link or not _BEFORE_DISTANCE.match(text[origin.end : q.start]):
            continue
        if not (_located(target) and _located(origin)) or origin.geonames_id == target.geonames_id:
            continue
        checks.append(_distance_check(q, origin, target, stated, link.group(1)))
    return checks


def _distance_check(
    q: Quantity, origin: PlaceMention, target: PlaceMention, stated: Interval, way: str | None
) -> Check:
    km = gazetteer.distance_km(origin, target)
    assert km is not None
    straight = _D(str(round(km, 1)))
    verdict: Verdict = compare(stated, distance_interval(straight))  # type: ignore[assignment]
    direction = gazetteer.compass(gazetteer.bearing_deg(target, origin))
    explanation = (
        f"{origin.name} is {straight} km in a straight line {direction} of {target.name} (road distances run "
        f"longer), {_words(verdict)} '{q.text}'"
    )
    if way and _COMPASS.get(way.lower()) not in (None, direction):
        explanation += f"; the text says {way.lower()}, the map says {direction}"
    return Check("", PLACE_DISTANCE, (q.id,), (), verdict, explanation, (_gazetteer_evidence(straight),))


_POPULATION_BEFORE = re.compile(
    r"(?:(?:pre-?war |former |total )?population(?:\s+\w+){0,2}?\s+(?:of|was|is|stood at|numbered|reached)|home to|"
    r"(?:city|town|village|settlement) of)\s*$",
    re.IGNORECASE,
)
_PRE_WAR = re.compile(
    r"\bpre-?war\b|\bbefore the (?:full-scale )?(?:war|invasion)\b|\bin 2021\b|\b2022 census\b"
)
_PEOPLE = re.compile(r"^(?:people|residents|inhabitants|population)?$", re.IGNORECASE)


def _settlement(place: PlaceMention) -> tables.Settlement | None:
    found = {s for key in (place.text, place.name) for s in tables.population().get(tables.fold(key), ())}
    if len(found) > 1 and place.admin1:
        found = {s for s in found if s.oblast == place.admin1}
    return found.pop() if len(found) == 1 else None


_TOPIC_REFERENCE = re.compile(
    r"\b(?:the (?:town|city|village|settlement)(?:'s|’s)|its)\b[^,.;]*$", re.IGNORECASE
)
_AS_LANDMARK = re.compile(r"(?:\b(?:of|from|outside|near|towards)\s+(?:the\s+)?)$", re.IGNORECASE)
_LINK = re.compile(
    r"^(?:(?:'s|’s)|,|\s|\(|\ba\b|\ban\b|\bwhich\b|\bhad\b|\bhas\b|\bonce\b|\bwith\b|\bnow\b|\bstill\b)*$"
)


def _town_of(extraction: Extraction, q: Quantity, phrase_start: int) -> PlaceMention | None:
    """The settlement a population figure belongs to: named right before it, or the sentence's one topic town."""
    text = extraction.document.text
    before = [
        p
        for p in extraction.places
        if p.sentence == q.sentence and p.end <= phrase_start and p.country == "UA"
    ]
    if before and _LINK.match(text[before[-1].end : phrase_start]):
        return before[-1]
    if not _TOPIC_REFERENCE.search(text[context.sentence_start(extraction, q.sentence) : phrase_start]):
        return None
    topics = [p for p in before if not _AS_LANDMARK.search(text[max(0, p.start - 30) : p.start])]
    return topics[0] if len(topics) == 1 else None


def settlement_population(extraction: Extraction) -> list[Check]:
    """Compare "a population of 27,000" after a Ukrainian town with Ukrstat's count of 1 January 2022."""
    text = extraction.document.text
    checks: list[Check] = []
    for q in extraction.quantities:
        start = context.sentence_start(extraction, q.sentence)
        if q.kind != "count" or q.unit or not _PEOPLE.match(q.entity or ""):
            continue
        phrase = _POPULATION_BEFORE.search(text[max(start, q.start - 60) : q.start])
        if not phrase:
            continue
        place = _town_of(extraction, q, max(start, q.start - 60) + phrase.start())
        town = _settlement(place) if place else None
        if town is None:
            continue
        checks.append(_population_check(extraction, q, town))
    return checks


def _population_check(extraction: Extraction, q: Quantity, town: tables.Settlement) -> Check:
    sentence = context.sentence_text(extraction, q.sentence)
    reference = _D(town.population)
    allowed = Interval(reference * (1 - POPULATION_SLACK), reference * (1 + POPULATION_SLACK))
    verdict: Verdict = compare(interval(q), allowed)  # type: ignore[assignment]
    published = extraction.document.published
    pre_war = bool(_PRE_WAR.search(sentence)) or (published is not None and published < date(2022, 3, 1))
    explanation = f"{town.name} ({town.oblast}) had {town.population:,} people on 1 January 2022, {_words(verdict)} '{q.text}'"
    if verdict == "inconsistent" and not pre_war:
        verdict = "unverifiable"
        explanation += " (the text does not say it means the pre-war population, which has changed since)"
    proof = (evidence("ua_population", reference, "2022-01-01", "2022-01-01"),)
    return Check("", SETTLEMENT_POPULATION, (q.id,), (), verdict, explanation, proof)


_SIZE_OF = re.compile(
    r"(the size of|as (?:big|large) as|(?:bigger|larger|smaller) than|an area of)\s+(?:the\s+)?"
    r"(?:(?:US\s+)?state of\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})"
)


def _area_named(sentence: str) -> tuple[tables.Area, str] | None:
    """The country or US state a sentence compares with, and how ("the size of", "larger than", ...)."""
    match = _SIZE_OF.search(sentence)
    if not match:
        return None
    words = match.group(2).split()
    for n in range(len(words), 0, -1):
        found = tables.areas().get(" ".join(words[:n]).lower())
        if found:
            return found, match.group(1).lower()
    return None


def _area_km2(q: Quantity) -> Interval | None:
    if q.unit not in ("km2", "mile2", "sq_mile"):
        return None
    stated = interval(q)
    factor = _D(1) if q.unit == "km2" else SQ_MILE_KM2
    return Interval(stated.low * factor, None if stated.high is None else stated.high * factor)


def area_comparison(extraction: Extraction) -> list[Check]:
    """Compare "the size of Belgium" with a stated share of Ukraine or a stated area in the same sentence."""
    checks: list[Check] = []
    ukraine = tables.areas().get("ukraine")
    for index in range(len(extraction.sentences)):
        sentence = context.sentence_text(extraction, index)
        compared = _area_named(sentence)
        if compared is None or ukraine is None:
            continue
        for q in (q for q in extraction.quantities if q.sentence == index):
            found = _area_check(q, compared, ukraine, sentence)
            if found is not None:
                checks.append(found)
    return checks


def _area_check(
    q: Quantity, compared: tuple[tables.Area, str], ukraine: tables.Area, sentence: str
) -> Check | None:
    named, how = compared
    proof = (evidence("areas", named.km2, None, None),)
    if q.kind == "percent" and re.search(rf"{re.escape(q.text)}\s+of\s+(?:the\s+)?Ukrain", sentence):
        share = (named.km2 / ukraine.km2 * 100).quantize(_D("0.01"))
        verdict: Verdict = compare(interval(q), Interval(share, share))  # type: ignore[assignment]
        explanation = (
            f"{named.name} ({named.km2:,} km2) is {share}% of Ukraine ({ukraine.km2:,} km2), "
            f"{_words(verdict)} '{q.text}'"
        )
        return Check(
            "",
            AREA_COMPARISON,
            (q.id,),
            (),
            verdict,
            explanation,
            (*proof, evidence("areas", ukraine.km2, None, None)),
        )
    stated = _area_km2(q)
    if stated is None:
        return None
    if how.endswith(" than"):
        larger = how.split()[0] in ("larger", "bigger")
        allowed = Interval(named.km2, None) if larger else Interval(_D(0), named.km2)
        reading = f"'{how}' {named.name}"
    else:
        allowed = Interval(named.km2 / SIZE_OF, named.km2 * SIZE_OF)
        reading = f"'the size of' is read as within a factor of {SIZE_OF}"
    verdict = compare(stated, allowed)  # type: ignore[assignment]
    explanation = f"{named.name} covers {named.km2:,} km2; {reading}, {_words(verdict)} '{q.text}'"
    return Check("", AREA_COMPARISON, (q.id,), (), verdict, explanation, proof)


_UNIT = re.compile(
    r"^\s*(?:,|-|–|—|or|or about|or roughly)?\s*(?:the (?:size|equivalent) of|equivalent to|equal to|roughly|about|"
    r"almost|nearly|more than|the strength of)?\s*(?:an?|one|a single)?\s*(?:full|whole|entire|complete)?\s*"
    r"(battalion tactical group|battalion|brigade|regiment|division|company|platoon|squad|corps)(?:'s worth)?\b",
    re.IGNORECASE,
)
_PERSONNEL = re.compile(
    r"^(?:russian |ukrainian )?(?:soldiers|troops|men|personnel|servicemen|fighters)$", re.I
)
_UNIT_ENTITY = re.compile(
    r"^(battalion tactical group|battalion|brigade|regiment|division|company|platoon|squad|corps)(?:s|es)?$",
    re.I,
)


def _unit_size(name: str) -> tuple[str, Interval, str] | None:
    key = name.lower()
    for row in tables.facts()["unit_sizes"]:
        if key in row["aliases"]:
            return row["key"], Interval(_D(row["low"]), _D(row["high"])), row["source"]
    return None


def unit_size(extraction: Extraction) -> list[Check]:
    """Compare "about 700 soldiers, a full battalion" or "3,000 troops, three battalions" with doctrinal sizes."""
    text = extraction.document.text
    checks: list[Check] = []
    for q in extraction.quantities:
        if q.kind != "count" or not _PERSONNEL.match(q.entity or ""):
            continue
        following = [u for u in extraction.quantities if u.sentence == q.sentence and u.start >= q.end]
        named = _UNIT_ENTITY.match(following[0].entity or "") if following else None
        ids: tuple[str, ...]
        if named and following[0].start - q.end <= 40:
            unit = following[0]
            count = Interval(unit.low, unit.high) if unit.approx is None else interval(unit)
            name, ids = named.group(1), (q.id, unit.id)
        else:
            match = _UNIT.match(text[q.end : q.end + 60])
            if not match:
                continue
            name, count, ids = match.group(1), Interval(_D(1), _D(1)), (q.id,)
        found = _unit_check(q, name, count, ids)
        if found is not None:
            checks.append(found)
    return checks


def _unit_check(q: Quantity, name: str, count: Interval, ids: tuple[str, ...]) -> Check | None:
    size = _unit_size(name)
    if size is None:
        return None
    key, per_unit, source = size
    expected = count * per_unit
    verdict: Verdict = compare(interval(q), expected)  # type: ignore[assignment]
    many = "" if count.low == count.high == 1 else f"{count.describe()} x "
    explanation = (
        f"a {key.replace('_', ' ')} has {per_unit.describe()} personnel ({source.split(';')[0]}), so "
        f"{many}that is {expected.describe()}, {_words(verdict)} '{q.text}'"
    )
    return Check(
        "", UNIT_SIZE, ids, (), verdict, explanation, (evidence("facts", f"unit_sizes/{key}", None, None),)
    )

"""Disambiguation: pick one gazetteer entry per recognised name, or abstain.

46% of Ukrainian populated places share a name, so each candidate is scored by a prior (feature class and
population) plus the document's evidence: oblasts named in the text, the oblasts of places already resolved
with confidence, and the distance to those places (closer in the same sentence counts most, which covers
"near X" and "south of X"). A close call between namesakes with no such evidence is left unresolved.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from claimledger.extract.gazetteer import Place, haversine_km
from claimledger.extract.places_match import Match

REGION_PRIOR = {"PCLI": 9.0, "CONT": 8.0, "RGN": 7.5, "SEA": 7.5, "PEN": 7.0, "ADM2": 4.0}
TOWN_BONUS = {"PPLC": 3.0, "PPLA": 3.0, "PPLA2": 1.0, "PPLA3": 0.5, "PPLX": -1.5, "PPLH": -2.0, "PPLQ": -2.0}
ALTERNATE_PENALTY = 1.0
ABSTAIN_MARGIN = 1.0
ANCHOR_MARGIN = 2.5
SAME_PLACE_KM = 100.0
OBLAST_CUE = 3.0


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen entry (None when abstaining) and a confidence in [0, 1]."""

    place: Place | None
    confidence: float


@dataclass
class Context:
    """Evidence gathered from the document: settled places by match index, with their sentence.

    A match never counts as evidence for itself: namesakes of a place would otherwise gain from its own
    first-pass choice.
    """

    anchors: list[tuple[int, int, Place]]

    def admin1_mentions(self, admin1: str, own: int) -> int:
        return sum(1 for index, _, p in self.anchors if index != own and p.admin1 == admin1 and _counts(p))

    def names_oblast(self, admin1: str, own: int, sentence: int) -> bool:
        """Whether the oblast named nearest to match ``own`` in its sentence is ``admin1``.

        "Soloviove in the Donetsk region and Kotliarivka in the Kharkiv region": each village takes the
        oblast phrase closest to it, the following one on a tie.
        """
        named = [
            (abs(i - own), i < own, p.admin1)
            for i, s, p in self.anchors
            if s == sentence and p.fcode == "ADM1"
        ]
        return bool(named) and min(named)[2] == admin1


def prior(place: Place) -> float:
    """Score of a candidate before any context: regions and big towns first.

    >>> from claimledger.extract.gazetteer import load
    >>> [round(prior(p), 1) for p in load().lookup("Bakhmut")]
    [0.0, 0.0, 5.9]
    """
    if place.fcode == "ADM1":
        return 8.0 if place.country == "UA" else 5.0
    if place.fcode in REGION_PRIOR:
        return REGION_PRIOR[place.fcode]
    if place.is_town:
        return math.log10(place.population + 1) + TOWN_BONUS.get(place.fcode, 0.0)
    return 2.5


def _too_large(anchor: Place) -> bool:
    """Regions larger than a raion say nothing about distance ("Bakhmut Raion" does, "Ukraine" does not)."""
    return anchor.is_region and anchor.fcode != "ADM2"


def _counts(place: Place) -> bool:
    return place.country == "UA" and bool(place.admin1) and place.fcode not in {"PCLI", "RGN", "PEN"}


def context_score(place: Place, own: int, sentence: int, context: Context) -> float:
    """Evidence for ``place`` (a candidate of match ``own``) from the rest of the document."""
    score = 0.0
    if _counts(place):
        score += min(2.0, 1.0 * context.admin1_mentions(place.admin1, own))
        score += OBLAST_CUE if context.names_oblast(place.admin1, own, sentence) else 0.0
    if place.lat is None or place.lon is None or place.is_region:
        return score
    best = 0.0
    for index, anchor_sentence, anchor in context.anchors:
        if index == own or anchor.lat is None or anchor.lon is None or _too_large(anchor):
            continue
        km = haversine_km(place.lat, place.lon, anchor.lat, anchor.lon)
        near = 2.5 if km < 40 else 1.5 if km < 100 else 0.5 if km < 250 else 0.0
        if anchor_sentence != sentence:
            near *= 0.5
        best = max(best, near)
    return score + best


def resolve(match: Match, own: int, sentence: int, context: Context) -> Resolution:
    """The best candidate for match number ``own``, or an abstention when namesakes stay tied."""
    scored = sorted(
        (
            (prior(p) - ALTERNATE_PENALTY * alternate + context_score(p, own, sentence, context), p)
            for p, alternate in zip(match.places, match.alternate, strict=True)
        ),
        key=lambda pair: (-pair[0], pair[1].geonames_id or 0),
    )
    top_score, top = scored[0]
    if len(scored) == 1:
        return Resolution(top, _single_confidence(top, match))
    rivals = [score for score, p in scored[1:] if not _same_place(top, p)]
    if not rivals:
        return Resolution(top, _single_confidence(top, match))
    margin = top_score - rivals[0]
    if margin < ABSTAIN_MARGIN:
        return Resolution(None, round(0.3 + 0.2 * margin, 2))
    return Resolution(top, round(min(0.99, 0.6 + 0.08 * margin), 2))


def _same_place(a: Place, b: Place) -> bool:
    """Candidates close enough to be one place for a reader (a city and its own oblast or state)."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) < SAME_PLACE_KM


def _single_confidence(place: Place, match: Match) -> float:
    if place.is_region or place.population >= 20_000:
        return 0.95
    return 0.9 if match.cue else 0.8


def initial_context(matches: Sequence[Match], sentences: Sequence[int]) -> Context:
    """Places that are unambiguous without any context, oblasts named outright among them."""
    context = Context(anchors=[])
    for index, (match, sentence) in enumerate(zip(matches, sentences, strict=True)):
        ranked = sorted((prior(p) for p in match.places), reverse=True)
        if len(ranked) > 1 and ranked[0] - ranked[1] < ANCHOR_MARGIN:
            continue
        context.anchors.append((index, sentence, max(match.places, key=prior)))
    return context


def resolve_all(matches: Sequence[Match], sentences: Sequence[int]) -> list[Resolution]:
    """Resolve every match: a first pass gathers anchors, a second pass ranks with them."""
    context = initial_context(matches, sentences)
    pairs = list(enumerate(zip(matches, sentences, strict=True)))
    first = [resolve(m, i, s, context) for i, (m, s) in pairs]
    settled = Context(anchors=[])
    for index, (resolution, sentence) in enumerate(zip(first, sentences, strict=True)):
        if resolution.place is not None and resolution.confidence >= 0.7:
            settled.anchors.append((index, sentence, resolution.place))
    return [resolve(m, i, s, settled) for i, (m, s) in pairs]

"""Disambiguation: pick one gazetteer entry per recognised name, or abstain.

46% of Ukrainian populated places share a name, and the world's towns share names with them, so each
candidate is scored by a prior (feature class and population) plus the document's evidence: regions named in
the text (oblasts, states, provinces), the regions and countries of places already resolved with
confidence, and the distance to those places (closer in the same sentence counts most, which covers "near X"
and "south of X"). Ukraine is the home country: its places win over namesakes across the border unless the
document's places lie elsewhere. A close call between namesakes with no such evidence is left unresolved.
Outside war reporting the US county names of the text count as evidence too ("Anderson County" lies in five
states, "Alachua County" in Florida alone), a county and a town of two names that lie side by side pair up
("Walker County" and "Huntsville", Texas), and a namesake several times larger than the others is taken
when nothing else tells them apart.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from claimledger.extract.gazetteer import Place, distance_km, haversine_km
from claimledger.extract.places_match import Match, in_region

REGION_PRIOR = {"PCLI": 9.0, "CONT": 8.0, "RGN": 7.5, "SEA": 7.5, "PEN": 7.0, "ADM2": 4.0}
TOWN_BONUS = {"PPLC": 3.0, "PPLA": 3.0, "PPLA2": 1.0, "PPLA3": 0.5, "PPLX": -1.5, "PPLH": -2.0, "PPLQ": -2.0}
ALTERNATE_PENALTY = 1.0
ABSTAIN_MARGIN = 1.0
# Outside war reporting a namesake several times larger than any other is the one a reader takes when nothing
# else tells them apart (Arlington, Texas over Arlington, Virginia), as it is for a local newspaper's readers.
WORLD_ABSTAIN_MARGIN = 0.25
ANCHOR_MARGIN = 2.5
SAME_PLACE_KM = 100.0
OBLAST_CUE = 3.0
COUNTRY_CUE = 5.0
QUALIFIER_CUE = 6.0
HOME_BONUS = 3.0
HOME = "UA"
# Countries whose places make a document war reporting, where Ukraine's places come first.
THEATRE = frozenset({"UA", "RU", "BY", "MD"})
# Places the world knows well enough to stand beside Ukraine's own in war reporting: a Ukrainian village
# called "New York" or "Moldova" does not outrank New York City or the country.
WORLD_PROMINENT = 1_000_000
WORLD_CODES = frozenset({"PCLI", "CONT", "SEA", "ADM1", "PPLC"})
# A document is war reporting when this share of its names most likely lie in the theatre of the war.
THEATRE_SHARE = 0.25
REGION_CUE = 3.0
WORLD_ADM1_PRIOR = 5.6
# The region cue grows with the names of the document in that state or province, up to this many.
REGION_CAP = 2.0
# A small town named like a country or first-level region ("Palestine", Texas; "Lebanon", Tennessee) stands
# behind it unless the document's other names lie in the town's state.
NAMESAKE_PENALTY = 4.0
NAMESAKE_POPULATION = 100_000
# Outside war reporting, a county and a town within this distance of each other, candidates of two names of
# the document, gain as a town beside an anchor does (Walker County and Huntsville, Texas; not Walker County,
# Alabama and Huntsville, Alabama), when the other name has at most this many candidates. Two towns do not:
# Manchester and Colchester, Connecticut would outvote England's.
COLOCATED_KM = 40.0
COLOCATION_CUE = 2.5
COLOCATION_CANDIDATES = 8
# Candidates are kept in squares of this size; 40 km fit in one square of longitude up to latitude 69.
CELL_DEGREES = 1.0
# A county outside Ukraine ranks among its namesakes by the population of its towns (thousands, log scale).
COUNTY_POPULATION_WEIGHT = 0.5


@dataclass(frozen=True, slots=True)
class Resolution:
    """The chosen entry (None when abstaining) and a confidence in [0, 1]."""

    place: Place | None
    confidence: float


@dataclass
class Mass:
    """Where the document's names most likely lie: each match spreads one unit over its candidates' countries
    and first-level regions in proportion to their scores (a softmax), so that "Gainesville", "Athens" and
    "Paris" together point to the US and "Paris" with "Lyon" to France.
    """

    keys: dict[str, list[int]] = field(default_factory=dict)
    matches: list[tuple[dict[str, float], dict[tuple[str, str], float]]] = field(default_factory=list)
    countries: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    regions: defaultdict[tuple[str, str], float] = field(default_factory=lambda: defaultdict(float))

    def add(self, key: str, scored: Sequence[tuple[float, Place]]) -> None:
        """Spread match number ``len(self.matches)`` (written ``key``) over its ``scored`` candidates."""
        self.keys.setdefault(key, []).append(len(self.matches))
        top = max(score for score, _ in scored)
        weights = [(math.exp(score - top), p) for score, p in scored]
        total = sum(w for w, _ in weights)
        countries: defaultdict[str, float] = defaultdict(float)
        regions: defaultdict[tuple[str, str], float] = defaultdict(float)
        for weight, place in weights:
            countries[place.country] += weight / total
            if place.admin1 and place.fcode != "PCLI":
                regions[place.country, place.admin1] += weight / total
        self.matches.append((countries, regions))
        for country, weight in countries.items():
            self.countries[country] += weight
        for region, weight in regions.items():
            self.regions[region] += weight

    def add_states(self, key: str, states: Sequence[str]) -> None:
        """A US county name (``key``) as one more name of the document, spread over the ``states`` that have
        a county so named."""
        self.keys.setdefault(key, []).append(len(self.matches))
        regions = {("US", state): 1.0 / len(states) for state in states}
        self.matches.append(({"US": 1.0}, regions))
        self.countries["US"] += 1.0
        for region, weight in regions.items():
            self.regions[region] += weight

    def _same_name(self, own: int) -> list[int]:
        """Matches of the same name as match ``own``: they are no evidence for one another."""
        return next((group for group in self.keys.values() if own in group), [own])

    def country_share(self, country: str, own: int) -> float:
        """The share of the mass of the other names that lies in ``country``."""
        same = self._same_name(own)
        others = len(self.matches) - len(same)
        mine = sum(self.matches[i][0].get(country, 0.0) for i in same)
        return (self.countries.get(country, 0.0) - mine) / others if others > 0 else 0.0

    def region_mass(self, country: str, admin1: str, own: int) -> float:
        """The other names' mass in one first-level region (a count of names, not a share)."""
        key = (country, admin1)
        mine = sum(self.matches[i][1].get(key, 0.0) for i in self._same_name(own))
        return self.regions.get(key, 0.0) - mine

    def theatre_share(self) -> float:
        return sum(self.countries.get(c, 0.0) for c in THEATRE) / len(self.matches) if self.matches else 1.0


@dataclass
class Pairs:
    """Located county and town candidates of the document's names with few candidates, in squares of
    ``CELL_DEGREES`` (``(match index, sentence, place)``), and each match's key."""

    counties: dict[tuple[int, int], list[tuple[int, int, Place]]] = field(default_factory=dict)
    towns: dict[tuple[int, int], list[tuple[int, int, Place]]] = field(default_factory=dict)
    keys: dict[int, str] = field(default_factory=dict)


@dataclass
class Context:
    """Evidence gathered from the document: settled places by match index, with their sentence, where the
    document's names lie, and whether it is war reporting (``home``: Ukraine's places come first).

    A match never counts as evidence for itself: namesakes of a place would otherwise gain from its own
    first-pass choice.
    """

    anchors: list[tuple[int, int, Place]]
    home: bool = True
    mass: Mass = field(default_factory=Mass)
    pairs: Pairs = field(default_factory=Pairs)

    def country_share(self, country: str, own: int) -> float:
        return self.mass.country_share(country, own) if self.mass.matches else 0.0

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
            if s == sentence and p.fcode == "ADM1" and i != own
        ]
        return bool(named) and min(named)[2] == admin1


def prior(place: Place) -> float:
    """Score of a candidate before any context: regions and big towns first.

    >>> from claimledger.extract.gazetteer import load
    >>> [round(prior(p), 1) for p in load().lookup("Bakhmut")]
    [0.0, 0.0, 5.9]
    """
    if place.fcode == "ADM1":
        return 8.0 if place.country == "UA" else WORLD_ADM1_PRIOR
    if place.fcode == "ADM2" and place.country != HOME:
        return REGION_PRIOR["ADM2"] + COUNTY_POPULATION_WEIGHT * math.log10(place.population / 1000 + 1)
    if place.fcode in REGION_PRIOR:
        return REGION_PRIOR[place.fcode]
    if place.is_town:
        return math.log10(place.population + 1) + TOWN_BONUS.get(place.fcode, 0.0)
    return 2.5


def _too_large(anchor: Place) -> bool:
    """Regions larger than a raion say nothing about distance ("Bakhmut Raion" does, "Ukraine" does not)."""
    return anchor.is_region and anchor.fcode != "ADM2"


def _counts(place: Place) -> bool:
    return bool(place.admin1) and place.fcode not in {"PCLI", "RGN", "PEN", "CONT", "SEA"}


def context_score(place: Place, own: int, sentence: int, context: Context) -> float:
    """Evidence for ``place`` (a candidate of match ``own``) from the rest of the document."""
    score = 0.0
    if context.home:
        score += HOME_BONUS if place.country == HOME or _world_known(place) else 0.0
    elif place.country:
        score += COUNTRY_CUE * context.country_share(place.country, own)
        if place.admin1 and context.mass.matches and place.fcode != "PCLI":
            score += REGION_CUE * min(REGION_CAP, context.mass.region_mass(place.country, place.admin1, own))
    if _counts(place):
        score += min(2.0, 1.0 * context.admin1_mentions(place.admin1, own))
        oblast = context.home and context.names_oblast(place.admin1, own, sentence)
        score += OBLAST_CUE if oblast else 0.0
    if place.fcode == "ADM2" or place.is_town:
        score += _colocation(place, own, sentence, context)
    if place.is_region:
        return score + _containment(place, own, sentence, context)
    if place.lat is None or place.lon is None:
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


def _colocation(place: Place, own: int, sentence: int, context: Context) -> float:
    """Outside war reporting, evidence that a town lies within ``COLOCATED_KM`` of a county that is a candidate
    of another name of the document, or a county of such a town: a county pairs up with its towns."""
    pairs = context.pairs
    if context.home or not pairs.counties or place.lat is None or place.lon is None:
        return 0.0
    others = pairs.towns if place.fcode == "ADM2" else pairs.counties
    own_key = pairs.keys.get(own)
    row, column = _cell(place.lat, place.lon)
    best = 0.0
    for r in (row - 1, row, row + 1):
        for c in (column - 1, column, column + 1):
            for index, other_sentence, other in others.get((r, c), ()):
                if index == own or pairs.keys[index] == own_key or not _within(other, place, COLOCATED_KM):
                    continue
                best = max(best, COLOCATION_CUE if other_sentence == sentence else COLOCATION_CUE / 2)
    return best


def _within(a: Place, b: Place, km: float) -> bool:
    apart = distance_km(a, b)
    return apart is not None and apart <= km


def _cell(lat: float, lon: float) -> tuple[int, int]:
    """A square of ``CELL_DEGREES``: colocated places lie in the same square or a neighbouring one."""
    return math.floor(lat / CELL_DEGREES), math.floor(lon / CELL_DEGREES)


def _pairs(matches: Sequence[Match], sentences: Sequence[int]) -> Pairs:
    """The located county and town candidates of the names with at most ``COLOCATION_CANDIDATES``."""
    pairs = Pairs()
    for index, (match, sentence) in enumerate(zip(matches, sentences, strict=True)):
        pairs.keys[index] = match.key
        if len(match.places) > COLOCATION_CANDIDATES:
            continue
        for place in match.places:
            if place.lat is None or place.lon is None or not (place.is_town or place.fcode == "ADM2"):
                continue
            grid = pairs.counties if place.fcode == "ADM2" else pairs.towns
            grid.setdefault(_cell(place.lat, place.lon), []).append((index, sentence, place))
    return pairs


def _world_known(place: Place) -> bool:
    return place.fcode in WORLD_CODES or place.population >= WORLD_PROMINENT


def _containment(region: Place, own: int, sentence: int, context: Context) -> float:
    """A country or first-level region gains from the document's places inside it, as a town from those near."""
    best = 0.0
    for index, anchor_sentence, anchor in context.anchors:
        if index == own or anchor is region or anchor.country != region.country:
            continue
        if region.fcode == "ADM1" and anchor.admin1 != region.admin1:
            continue
        if region.fcode == "ADM2" and region.country != HOME and not _within(anchor, region, SAME_PLACE_KM):
            continue
        best = max(best, 2.5 if anchor_sentence == sentence else 1.25)
    return best


def own_score(match: Match, place: Place, alternate: bool) -> float:
    """A candidate's score from the match alone: its prior, less for an alternate name, more in the region
    named right after it ("Alexandria, La.")."""
    score = prior(place) - ALTERNATE_PENALTY * alternate + QUALIFIER_CUE * in_region(place, match.qualifier)
    if place.is_town and place.population < NAMESAKE_POPULATION and not match.qualifier:
        score -= NAMESAKE_PENALTY * any(p.fcode in {"PCLI", "ADM1"} for p in match.places)
    return score


def ranked(match: Match, own: int, sentence: int, context: Context | None) -> list[tuple[float, Place]]:
    """The candidates of match number ``own`` with their scores, best first (context None: the match alone)."""
    return sorted(
        (
            (
                own_score(match, p, alternate)
                + (context_score(p, own, sentence, context) if context else 0.0),
                p,
            )
            for p, alternate in zip(match.places, match.alternate, strict=True)
        ),
        key=lambda pair: (-pair[0], pair[1].geonames_id or 0),
    )


def resolve(match: Match, own: int, sentence: int, context: Context) -> Resolution:
    """The best candidate for match number ``own``, or an abstention when namesakes stay tied."""
    return decide(match, ranked(match, own, sentence, context), _margin(context))


def _margin(context: Context) -> float:
    return ABSTAIN_MARGIN if context.home else WORLD_ABSTAIN_MARGIN


def decide(match: Match, scored: list[tuple[float, Place]], least: float = ABSTAIN_MARGIN) -> Resolution:
    """The top candidate, or an abstention when a rival elsewhere scores within ``least``."""
    top_score, top = scored[0]
    if len(scored) == 1:
        return Resolution(top, _single_confidence(top, match))
    rivals = [score for score, p in scored[1:] if not _same_place(top, p)]
    if not rivals:
        return Resolution(top, _single_confidence(top, match))
    margin = top_score - rivals[0]
    if margin < least:
        return Resolution(None, round(0.3 + 0.2 * margin, 2))
    return Resolution(top, round(min(0.99, 0.6 + 0.08 * margin), 2))


def _same_place(a: Place, b: Place) -> bool:
    """Candidates close enough to be one place for a reader (a city and its own oblast or state)."""
    if _inside(a, b) or _inside(b, a):
        return True
    apart = distance_km(a, b)
    return apart is not None and apart < SAME_PLACE_KM


def _inside(town: Place, region: Place) -> bool:
    """Whether a town lies in a first-level region (both reached by one name: "Quebec", "New York")."""
    return (
        town.is_town
        and region.fcode == "ADM1"
        and (town.country, town.admin1) == (region.country, region.admin1)
    )


def _single_confidence(place: Place, match: Match) -> float:
    if place.is_region or place.population >= 20_000:
        return 0.95
    return 0.9 if match.cue else 0.8


def initial_context(
    matches: Sequence[Match], sentences: Sequence[int], counties: Sequence[Sequence[str]] = ()
) -> Context:
    """Places that are unambiguous without any context, oblasts named outright among them, and where the
    names lie by their priors alone (which makes a document war reporting or not). ``counties`` holds the
    states of each US county the text names: evidence of where its names lie, though not places reported."""
    mass = Mass()
    for index, (match, sentence) in enumerate(zip(matches, sentences, strict=True)):
        mass.add(match.key, ranked(match, index, sentence, None))
    _add_counties(mass, counties)
    home = mass.theatre_share() >= THEATRE_SHARE
    context = Context([], home, mass, Pairs() if home else _pairs(matches, sentences))
    for index, (match, sentence) in enumerate(zip(matches, sentences, strict=True)):
        priors = sorted((prior(p) for p in match.places), reverse=True)
        if len(priors) > 1 and priors[0] - priors[1] < ANCHOR_MARGIN:
            continue
        context.anchors.append((index, sentence, max(match.places, key=prior)))
    return context


def _add_counties(mass: Mass, counties: Sequence[Sequence[str]]) -> None:
    for states in counties:
        mass.add_states("county:" + "|".join(states), states)


def resolve_all(
    matches: Sequence[Match], sentences: Sequence[int], counties: Sequence[Sequence[str]] = ()
) -> list[Resolution]:
    """Resolve every match: a first pass gathers anchors, a second pass ranks with them."""
    context = initial_context(matches, sentences, counties)
    pairs = list(enumerate(zip(matches, sentences, strict=True)))
    scored = [ranked(m, i, s, context) for i, (m, s) in pairs]
    first = [decide(m, ranking, _margin(context)) for m, ranking in zip(matches, scored, strict=True)]
    settled = Context([], context.home, Mass(), context.pairs)
    for match, ranking in zip(matches, scored, strict=True):
        settled.mass.add(match.key, ranking)
    _add_counties(settled.mass, counties)
    for index, (resolution, sentence) in enumerate(zip(first, sentences, strict=True)):
        if resolution.place is not None and resolution.confidence >= 0.7:
            settled.anchors.append((index, sentence, resolution.place))
    return [resolve(m, i, s, settled) for i, (m, s) in pairs]

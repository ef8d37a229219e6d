"""Places resolved to gazetteer entries with coordinates, admin region, ACLED precision and confidence.

Recognition is in :mod:`claimledger.extract.places_match`, disambiguation in
:mod:`claimledger.extract.places_resolve`; the gazetteer and distances in :mod:`claimledger.extract.gazetteer`.
A name whose namesakes stay tied is still reported, with ``geonames_id`` None: abstaining beats guessing.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.extract.gazetteer import Place, load
from claimledger.extract.places_cues import county_states
from claimledger.extract.places_match import Match, find_names
from claimledger.extract.places_resolve import Resolution, resolve_all
from claimledger.extract.places_world import Conventions
from claimledger.extract.sentences import sentence_index
from claimledger.models import PlaceMention, Sentence

NAME = "places.v3"
# Cue words before a town that make an event "near" it (ACLED precision 2): "near", "outside", "north of",
# "10 km from".
NEAR_CUES = frozenset(
    {
        *("near", "outside", "around", "outskirts", "towards", "toward", "north", "south", "east", "west"),
        *("northeast", "northwest", "southeast", "southwest", "km", "kilometres", "kilometers", "miles"),
    }
)
EXACT_FEATURES = frozenset({"ISL", "SPIT", "AIRP", "AIRB", "PS", "DAM"})


def extract_places(
    text: str, sentences: Sequence[Sentence], *, conventions: Conventions = "war"
) -> list[PlaceMention]:
    """Place mentions of ``text``, ids ``p1``, ``p2``, ... in text order.

    :param conventions: what counts as a place mention. "war" (the default, the project's guideline in
        ``tests/places/README.md``) counts toponyms written as proper names only; "world" also counts country
        adjectives ("Chinese officials"), capitalised country abbreviations ("the US") and well-known places
        named inside organisations ("Toronto Police"), as world-news geoparsing gold (GeoWebNews, TR-News,
        LGL) does. The choice is never read from the text.

    >>> from claimledger.extract.sentences import split_sentences
    >>> text = "Near Kupiansk, in the Kharkiv region, troops advanced."
    >>> [(p.text, p.name, p.admin1, p.precision) for p in extract_places(text, split_sentences(text))]
    [('Kupiansk', 'Kupiansk', 'Kharkiv Oblast', 2), ('Kharkiv region', 'Kharkiv Oblast', 'Kharkiv Oblast', 3)]
    """
    gazetteer = load()
    matches = find_names(text, gazetteer, conventions=conventions)
    bounds = tuple(sentences)
    numbers = [sentence_index(bounds, m.start) if bounds else 0 for m in matches]
    resolutions = resolve_all(matches, numbers, county_states(text, gazetteer))
    return [
        _mention(f"p{n}", text, match, resolution, sentence)
        for n, (match, resolution, sentence) in enumerate(zip(matches, resolutions, numbers, strict=True), 1)
    ]


def _mention(ident: str, text: str, match: Match, resolution: Resolution, sentence: int) -> PlaceMention:
    written = text[match.start : match.end]
    place = resolution.place
    if place is None:
        return PlaceMention(
            id=ident, start=match.start, end=match.end, text=written, name=written, geonames_id=None,
            lat=None, lon=None, country=None, admin1=None, precision=3, confidence=resolution.confidence,
            sentence=sentence,
        )  # fmt: skip
    return PlaceMention(
        id=ident, start=match.start, end=match.end, text=written, name=display_name(place, match, written),
        geonames_id=place.geonames_id, lat=place.lat, lon=place.lon, country=place.country or None,
        admin1=place.admin1 or None, precision=acled_precision(place, match.cue),
        confidence=resolution.confidence, sentence=sentence,
    )  # fmt: skip


def display_name(place: Place, match: Match, written: str) -> str:
    """A Ukrainian town's name as the text spells it when that is one of its own spellings ("Kupiansk" for
    GeoNames' "Kupyansk"); the gazetteer's name otherwise ("Kiev" is shown as "Kyiv", "Leningrad" as "Saint
    Petersburg", "the Kharkiv region" as "Kharkiv Oblast").
    """
    own = any(
        p is place and not alternate for p, alternate in zip(match.places, match.alternate, strict=True)
    )
    if own and place.is_town and place.country == "UA" and written.istitle():
        return written
    return place.name


def acled_precision(place: Place, cue: str | None) -> int:
    """ACLED geo-precision: 1 the town itself, 2 near a town or part of a region, 3 a region only.

    >>> from claimledger.extract.gazetteer import load
    >>> kupiansk = load().lookup("Kupiansk")[0]
    >>> acled_precision(kupiansk, "in"), acled_precision(kupiansk, "near")
    (1, 2)
    """
    if place.is_region or place.fcode in {"STM", "STRT", "GULF", "RSV"}:
        return 3 if place.fcode != "ADM2" else 2
    if (place.is_town and place.fcode != "PPLX") or place.fcode in EXACT_FEATURES:
        return 2 if cue in NEAR_CUES else 1
    return 2

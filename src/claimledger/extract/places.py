"""Places resolved to gazetteer entries with coordinates, admin region, ACLED precision and confidence.

Recognition is in :mod:`claimledger.extract.places_match`, disambiguation in
:mod:`claimledger.extract.places_resolve`; the gazetteer and distances in :mod:`claimledger.extract.gazetteer`.
A name whose namesakes stay tied is still reported, with ``geonames_id`` None: abstaining beats guessing.
"""

from __future__ import annotations

from collections.abc import Sequence

from claimledger.extract.gazetteer import Place, load
from claimledger.extract.places_match import Match, find_names
from claimledger.extract.places_resolve import Resolution, resolve_all
from claimledger.extract.sentences import sentence_index
from claimledger.models import PlaceMention, Sentence

NAME = "places.v1"
NEAR_CUES = frozenset({"near", "outside", "around", "outskirts", "of", "towards", "toward", "between"})
EXACT_FEATURES = frozenset({"ISL", "SPIT", "AIRP", "AIRB", "PS", "DAM"})


def extract_places(text: str, sentences: Sequence[Sentence]) -> list[PlaceMention]:
    """Place mentions of ``text``, ids ``p1``, ``p2``, ... in text order.

    >>> from claimledger.extract.sentences import split_sentences
    >>> text = "Near Kupiansk, in the Kharkiv region, troops advanced."
    >>> [(p.text, p.name, p.admin1, p.precision) for p in extract_places(text, split_sentences(text))]
    [('Kupiansk', 'Kupyansk', 'Kharkiv Oblast', 2), ('Kharkiv region', 'Kharkiv Oblast', 'Kharkiv Oblast', 3)]
    """
    matches = find_names(text, load())
    bounds = tuple(sentences)
    numbers = [sentence_index(bounds, m.start) if bounds else 0 for m in matches]
    resolutions = resolve_all(matches, numbers)
    return [
        _mention(f"p{n}", text, match, resolution, sentence)
        for n, (match, resolution, sentence) in enumerate(zip(matches, resolutions, numbers, strict=True), 1)
    ]


def _mention(ident: str, text: str, match: Match, resolution: Resolution, sentence: int) -> PlaceMention:
    place = resolution.place
    if place is None:
        return PlaceMention(
            ident,
            match.start,
            match.end,
            text[match.start : match.end],
            text[match.start : match.end],
            None,
            None,
            None,
            None,
            None,
            3,
            resolution.confidence,
            sentence,
        )
    return PlaceMention(
        ident,
        match.start,
        match.end,
        text[match.start : match.end],
        place.name,
        place.geonames_id,
        place.lat,
        place.lon,
        place.country or None,
        place.admin1 or None,
        acled_precision(place, match.cue),
        resolution.confidence,
        sentence,
    )


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

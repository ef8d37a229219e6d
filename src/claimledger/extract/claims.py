"""Claims: each sentence's quantities with their times and places, a source, a side and a type.

This first version groups by sentence and reads attribution from a few reporting patterns; the fuller claim
layer (issue 6) replaces it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.models import Claim, ClaimSource, PlaceMention, Quantity, Sentence, SourceKind, TimeMention

NAME = "claims.v0"

AUTHOR = ClaimSource("author", "author")

_SPEAKER = (
    r"((?:[A-Z][\w'’.-]*\s+){0,5}?(?:[A-Z][\w'’.-]*|officials?|intelligence|ministry|military|sources?))"
)
_ATTRIBUTION = (
    re.compile(r"\baccording to (?:the )?" + _SPEAKER),
    re.compile(
        _SPEAKER + r"\s+(?:has |had )?(?:said|says|claimed|claims|estimated|estimates|reported|reports"
        r"|told|insists|insisted|announced|stated|added|puts|put)\b"
    ),
    re.compile(r"\b(?:said|says|claimed|estimated|reported|told reporters|added)\s+(?:the\s+)?" + _SPEAKER),
)
_INSTITUTION = re.compile(
    r"General Staff|Ministry|MoD|Pentagon|Kremlin|Intelligence|Institute|ISW|UN\b|United Nations|NATO|Nato"
    r"|Office|Command|Forces|Service|Agency|Council|Bank|Army|Navy"
)
_OFFICIAL = re.compile(
    r"President|Minister|Governor|Mayor|spokes|commander|General\b|official|Secretary|Chief"
)
_MEDIA = re.compile(
    r"Reuters|AP\b|Associated Press|BBC|CNN|Times|Post|Journal|Guardian|Kyiv Independent|TASS|RIA"
)
_ANONYMOUS = re.compile(r"^(?:sources?|officials?|intelligence)$", re.IGNORECASE)

_SIDES = (
    ("russia", re.compile(r"\bRussia(?:n|ns|'s)?\b|\bMoscow\b|\bKremlin\b|\bWagner\b")),
    ("ukraine", re.compile(r"\bUkrain(?:e|ian|ians|e's)\b|\bKyiv\b|\bZelensky")),
)

_TYPES = (
    ("casualty_rate", re.compile(r"soldier|troop|personnel|casualt|killed|dead|wounded|losses", re.I), True),
    (
        "casualty_count",
        re.compile(r"soldier|troop|personnel|casualt|killed|dead|wounded|losses", re.I),
        False,
    ),
    (
        "equipment_loss_rate",
        re.compile(r"tank|vehicle|artillery|drone|aircraft|helicopter|shell", re.I),
        True,
    ),
    (
        "equipment_loss_count",
        re.compile(r"tank|vehicle|artillery|drone|aircraft|helicopter|shell", re.I),
        False,
    ),
)


def _source(sentence: str) -> ClaimSource:
    for pattern in _ATTRIBUTION:
        match = pattern.search(sentence)
        if match:
            name = match.group(1).strip().rstrip(".,")
            return ClaimSource(name, _source_kind(name))
    return AUTHOR


def _source_kind(name: str) -> SourceKind:
    if _ANONYMOUS.match(name):
        return "anonymous"
    if _MEDIA.search(name):
        return "media"
    if _INSTITUTION.search(name):
        return "institution"
    if _OFFICIAL.search(name):
        return "official"
    return "other"


def _side(sentence: str) -> str | None:
    hits = [(m.start(), side) for side, pattern in _SIDES for m in [pattern.search(sentence)] if m]
    return min(hits)[1] if hits else None


def _type(sentence: str, members: Sequence[Quantity]) -> str | None:
    kinds = {q.kind for q in members}
    if "money" in kinds:
        return "money_aid"
    if "percent" in kinds:
        return "percent_change"
    has_rate = any(q.per for q in members)
    for name, pattern, rate in _TYPES:
        if rate == has_rate and pattern.search(sentence):
            return name
    if "duration" in kinds:
        return "duration"
    return None


def build_claims(
    text: str,
    sentences: Sequence[Sentence],
    quantities: Sequence[Quantity],
    times: Sequence[TimeMention],
    places: Sequence[PlaceMention],
) -> list[Claim]:
    """One claim per sentence that holds at least one quantity."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in quantities:
        by_sentence.setdefault(q.sentence, []).append(q)
    claims: list[Claim] = []
    for index, members in sorted(by_sentence.items()):
        span = sentences[index] if index < len(sentences) else Sentence(members[0].start, members[-1].end)
        sentence = text[span.start : span.end]
        claims.append(
            Claim(
                id=f"c{len(claims) + 1}",
                start=span.start,
                end=span.end,
                quantities=tuple(q.id for q in members),
                places=tuple(p.id for p in places if span.start <= p.start < span.end),
                times=tuple(t.id for t in times if span.start <= t.start < span.end),
                source=_source(sentence),
                side=_side(sentence),
                type=_type(sentence, members),
                checkworthy=0.5,
            )
        )
    return claims

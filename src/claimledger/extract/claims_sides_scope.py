"""The actor (a named unit or force, ``actor_of``) and the scope (the whole front, an operation or a place,
``scope_of``) of a claim."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.models import PlaceMention

_UNIT = re.compile(
    r"\b(?:[Tt]he\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:Separate\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Brigade|Division|Regiment|Army|Corps|Battalion|Fleet)\b"
    r"|\bWagner(?: Group)?\b|\bSBU\b|\bFSB\b|\bGUR\b|\bHUR\b|\bAzov\b|\bAkhmat\b|\bStorm-Z\b|\bKadyrovites\b"
    r"|\bBlack Sea Fleet\b|\bRosgvardia\b|\bNational Guard\b|\bTerritorial Defen[cs]e\b|\bVDV\b"
    r"|\b(?:Northern|Pacific|Baltic) Fleet\b|\bAfrica Corps\b|\bRussian Volunteer Corps\b"
    r"|\bFreedom of Russia Legion\b"
    r"|\bKraken\b|\bSpetsnaz\b|\bInternational Legion\b|\bDa Vinci Wolves\b"
    r"|\bGeneral Staff of the Armed Forces of Ukraine\b|\bArmed Forces of Ukraine\b"
)

_FRONT = re.compile(
    r"\b(?:entire|whole|along the|across the|all along the|on the)\s+front(?:\s*line)?\b", re.I
)

_OPERATION = re.compile(
    r"\bOperation\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|\b(?:counter-?offensive|offensive)\b(?= (?:in|on|around|near))"
)


def actor_of(sentence: str) -> str | None:
    """A named unit or force in the sentence ("the 47th Mechanized Brigade", "Wagner", "the SBU").

    >>> actor_of("Soldiers of the 47th Mechanized Brigade said 12 tanks were hit.")
    'the 47th Mechanized Brigade'
    """
    found = _UNIT.search(sentence)
    return found.group(0) if found else None


def scope_of(sentence: str, places: Sequence[PlaceMention]) -> str | None:
    """What part of the war the figures cover: ``front`` (the whole front), a named operation or a place.

    >>> scope_of("Shelling continues across the entire front line.", [])
    'front'
    """
    if _FRONT.search(sentence):
        return "front"
    operation = _OPERATION.search(sentence)
    if operation and operation.group(0).startswith("Operation"):
        return operation.group(0)
    return places[0].name if places else None

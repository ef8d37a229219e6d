"""The side written on the figure itself: a nationality ("1,260 Russian soldiers", "500 enemy soldiers") or a
people ("64% of Ukrainians") (``attached_side``); the weapons only Ukraine fires and the combatant victim words
the other side rules read."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_parties import OTHER, RUSSIA, UKRAINE
from claimledger.models import Quantity

# A share of a people is that party's: "64% of Ukrainians believe", "one in three Latvians".
_EUROPEANS = re.compile(r"Europeans\b")
_SHARE_OF_PEOPLE = re.compile(r"\s+(?:of\s+(?:all\s+|the\s+)?|in\s+\w+\s+)([A-Z][a-z]+s)\b")

UKRAINE_WEAPON = re.compile(r"\b(?:HIMARS|Himars|ATACMS|Storm Shadows?|SCALP|Neptunes?)\b")

VICTIM_COMBATANT = re.compile(
    r"\bsoldiers?\b|\btroops\b|\bservicem[ae]n\b|\bservice ?members\b|\bpersonnel\b|\bfighters\b"
    r"|\bcombatants\b|\bmercenar\w+|\brecruits\b|\breservists\b|\bmarines\b|\bparatroopers\b",
    re.IGNORECASE,
)

# A nationality after a preposition of place names a target or a place, not the figure: "attacks on Russian
# bases" are not Russian attacks.
_PLACE_PREPOSITION = re.compile(r"\b(?:on|at|into|against|over|near|towards?|to|in|inside)\s+(?:the\s+)?$")
_ADJECTIVE = re.compile(
    r"\b(Russian|Ukrainian|American|U\.S\.|US|German|British|Belarusian|Polish|French|Chinese|Iranian|Israeli"
    r"|Japanese|Estonian|NATO|Nato|enemy)(?!\w)"
)


def _people_side(word: str) -> str | None:
    """The party of a people the party lexicon knows, Europeans being a third party too; None for other words.

    >>> _people_side("Russians"), _people_side("Belarussians"), _people_side("Europeans"), _people_side("Voters")
    ('russia', 'other', 'other', None)
    """
    for side, pattern in (("russia", RUSSIA), ("ukraine", UKRAINE), ("other", OTHER), ("other", _EUROPEANS)):
        if pattern.match(word):
            return side
    return None


def _party_of_word(word: str) -> str:
    """The party a nationality stands for: ``russia``, ``ukraine`` or ``other``.

    >>> _party_of_word("Russian"), _party_of_word("Ukrainians"), _party_of_word("Irish")
    ('russia', 'ukraine', 'other')
    """
    return "russia" if word.startswith("Russia") else "ukraine" if word.startswith("Ukrain") else "other"


def attached_side(sentence: str, offset: int, members: Sequence[Quantity], enemy: str) -> str | None:
    """A nationality written on the figure itself ("1,260 Russian soldiers", "8,500 U.S. troops", "500 enemy
    soldiers")."""
    for q in members:
        start, end = q.start - offset, q.end - offset
        inside = [
            m
            for m in _ADJECTIVE.finditer(sentence[start : end + 12])
            if not _PLACE_PREPOSITION.search(sentence[start : start + m.start()])
        ]
        window = sentence[max(0, start - 14) : start]
        before = [m for m in _ADJECTIVE.finditer(window) if m.end() >= len(window.rstrip()) - 1]
        for found in inside or before[-1:]:
            return enemy if found.group(1) == "enemy" else _party_of_word(found.group(1))
        people = _SHARE_OF_PEOPLE.match(sentence, end) if q.kind in ("percent", "ratio") else None
        nation = _people_side(people.group(1)) if people else None
        if nation:  # "64% of Ukrainians", "3% of Belarusians": any people the party lexicon knows
            return nation
    return None

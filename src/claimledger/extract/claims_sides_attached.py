"""The side written on the figure itself: a nationality ("1,260 Russian soldiers"), a possessor ("Russia's 12
deputy defence ministers"), a people ("64% of Ukrainians"), a membership ("soldiers of the Russian army") or a
weapon only one side fires (``attached_side``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_parties import OTHER, RUSSIA, UKRAINE
from claimledger.models import Quantity

# A share of a people is that party's: "64% of Ukrainians believe", "one in three Latvians".
_EUROPEANS = re.compile(r"Europeans\b")
_SHARE_OF_PEOPLE = re.compile(r"\s+(?:of\s+(?:all\s+|the\s+)?|in\s+\w+\s+)([A-Z][a-z]+s)\b")

# A share of a poll's respondents is the polled people's: the warring party the question names ("the
# majority of respondents - 64% - believe that Ukraine should ...").
_RESPONDENTS = re.compile(
    r"\brespondents\b|\bthose (?:surveyed|polled|asked)\b|\bpeople (?:surveyed|polled)\b"
)
_WARRING = re.compile(r"\bUkrain\w*|\bRussia\w*")

_POSSESSOR = re.compile(r"\b(Russia|Moscow|Ukraine|Kyiv)['’]s\s+(?:[a-z-]+\s+)?$")

_NATIONALS = re.compile(
    r"\b(?:citizens|nationals|voters|respondents|officials|diplomats|representatives|lawmakers|members)\b",
    re.IGNORECASE,
)

_MEMBER_OF = re.compile(
    r"\s+(?:of|from)\s+(?:the\s+)?(Russia\w*|Ukrain\w*|American|U\.?S\.?|British|German|French|Polish|Irish|Chinese"
    r"|Belarusian|Iranian|Israeli|Japanese|Estonian|Latvian|Lithuanian|Serbian|Hungarian)\b"
)
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

# "U.S." on money is its currency, not a party: "fifteen U.S. billions", "US$5 billion", "U.S. dollars".
_CURRENCY_NATION = re.compile(r"\s*(?:\$|dollars?\b|cents\b|(?:b|m|tr)illions?\b)")


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
            and not (m.group(1) in ("U.S.", "US") and _CURRENCY_NATION.match(sentence, start + m.end()))
        ]
        window = sentence[max(0, start - 14) : start]
        before = [m for m in _ADJECTIVE.finditer(window) if m.end() >= len(window.rstrip()) - 1]
        for found in inside or before[-1:]:
            return enemy if found.group(1) == "enemy" else _party_of_word(found.group(1))
        owner = _POSSESSOR.search(sentence, max(0, start - 40), start)
        if owner:  # "Russia's 12 deputy defence ministers", "Ukraine's estimated 450,000 troops"
            return "russia" if owner.group(1) in ("Russia", "Moscow") else "ukraine"
        people = _SHARE_OF_PEOPLE.match(sentence, end) if q.kind in ("percent", "ratio") else None
        nation = _people_side(people.group(1)) if people else None
        if nation:  # "64% of Ukrainians", "3% of Belarusians": any people the party lexicon knows
            return nation
        polled = q.kind in ("percent", "ratio") and _RESPONDENTS.search(
            sentence[max(0, start - 30) : end + 30]
        )
        country = _WARRING.search(sentence) if polled else None
        if country:
            return _party_of_word(country.group(0))
        member_of = _MEMBER_OF.match(sentence, end)  # "1,000 soldiers of the Russian army"
        if member_of and q.entity and (VICTIM_COMBATANT.search(q.entity) or _NATIONALS.search(q.entity)):
            return _party_of_word(member_of.group(1))
        if UKRAINE_WEAPON.search(q.text):  # "five Himars missiles": Western weapons only Ukraine fires
            return "ukraine"
    return None

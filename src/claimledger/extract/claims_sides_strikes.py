"""The side of a strike: whoever fires it (``attacker_side``). Strikes on Russian ground and with Western
weapons are Ukraine's; a strike count that names no attacker is, in this war's reporting, Russia's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_sides_attached import UKRAINE_WEAPON
from claimledger.models import Quantity

_STRIKE_WORDS = re.compile(
    r"\b(?:strikes? (?:on|in|at|hit)|struck|(?:missiles?|rockets?|drones?) (?:were |was )?(?:launched|fired|hit))\b",
    re.IGNORECASE,
)

# Strikes that land on Russian ground are Ukraine's: "attacks on Russian bases", "the Russian capital was hit".
_RUSSIAN_TARGET = re.compile(
    r"\b(?:on|at|into|against|over|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+the\s+)?(?:Russian|Russia['’]s)\s+"
    r"(?:[\w-]+\s+)?(?:bases?|air ?bases?|airfields?|capital|territory|soil|cities|city|regions?|refiner(?:y|ies)"
    r"|depots?|border regions?|ships?|warships?)\b"
    r"|\b(?:on|at|against|over|inside)\s+(?:Russia|Moscow)\b(?!['’]s)",
)
_AGENT = re.compile(
    r"\b(?:launched|fired|carried out|conducted|shot|sent|attacked)\s+(?:\w+\s+){0,3}?by\s+(?:the\s+)?",
    re.IGNORECASE,
)
_ATTACKS = re.compile(
    r"[\w'’]+(?:\s+(?:forces|troops|army|military|navy|air force|drones|units))?\s+(?:has\s+|have\s+)?"
    r"(?:fired|launched|attacked|struck|shelled|targeted)\b"
)
_MUNITIONS = re.compile(r"\b(?:drones?|missiles?|rockets?|shells?|UAVs?)\b", re.IGNORECASE)

LOSS_TYPES = frozenset({"casualty_count", "casualty_rate", "equipment_loss_count", "equipment_loss_rate"})


def attacker_side(
    sentence: str,
    members: Sequence[Quantity],
    claim_kind: str | None,
    named: Sequence[tuple[int, str]],
    *,
    before: str = "",
) -> str | None:
    """The side of a strike: whoever fires it. None when the claim is not about strikes or names nobody. A
    sentence that names no party fires the weapon of the two sentences before ("The Himars launchers supplied by
    the United States ... Missiles fired by the system can reach 80 kilometers")."""
    if claim_kind == "distance" and _STRIKE_WORDS.search(sentence):
        claim_kind = "strike_count"  # how far a strike landed or was launched from is about the attacker too
    fired = claim_kind == "strike_count" or (
        claim_kind in LOSS_TYPES and any(q.entity and _MUNITIONS.search(q.entity) for q in members)
    )
    weapon = UKRAINE_WEAPON.search(sentence) or (not named and UKRAINE_WEAPON.search(before))
    if fired and (_RUSSIAN_TARGET.search(sentence) or weapon):
        # Strikes on Russian ground ("attacks on Russian bases in Crimea", "the west of the Russian capital
        # was hit") or with Western weapons only Ukraine fires ("five Himars missiles") are Ukraine's.
        return "ukraine"
    if claim_kind != "strike_count":
        return None
    # The attacker named as the agent ("drones launched by Ukrainian forces") or as the subject of an attack
    # verb ("Ukraine fired 20 drones at Belgorod").
    agent = _AGENT.search(sentence)
    by = _party_at(sentence, agent.end(), named) if agent else None
    fired_by = next((found for at, found in named if _ATTACKS.match(sentence, at)), None)
    if (by or fired_by) in ("russia", "ukraine"):
        return by or fired_by
    if not named or any(side in ("russia", "ukraine") for _, side in named):
        # A strike count with no nationality on the figure itself ("14 missiles were fired at Kyiv", "76
        # explosions have been recorded in the Sumy region") is about the attacker; in this war's reporting
        # that is Russia unless the figure says otherwise.
        return "russia"
    return None


def _party_at(sentence: str, position: int, named: Sequence[tuple[int, str]]) -> str | None:
    """The party named at ``position`` (after "the" and a word or two), if any."""
    return next((found for at, found in named if position <= at <= position + 12), None)

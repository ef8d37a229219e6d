"""The recipient of aid: the party named after "to", "for", "help" near the figure (``aid_side``)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_parties import OTHER, RUSSIA, UKRAINE
from claimledger.extract.claims_sides_attached import VICTIM_COMBATANT
from claimledger.models import Quantity

# Aid goes to its recipient, named or not: in this war's reporting, aid whose recipient goes unnamed ("the
# latest $700 million weapons package", "the UK is sending more than 1,600 missiles") is aid to Ukraine.
_AID_NEAR = re.compile(
    r"\baid\b|\bassistance\b|\bpackages?\b|\bshipments?\b|\bdelivery\b|\bpledg\w+|\bdonat\w+|\btranches?\b"
    r"|\bfunding\b|\bhand(?:s|ed|ing)? over\b",
    re.IGNORECASE,
)
_RECIPIENT = re.compile(
    r"\b(?:to|for|help|helping|support|supporting|assist)\s+(?:the\s+)?"
    r"(?:(?:embattled|war-torn|beleaguered|besieged|neighbouring|neighboring|key|allied)\s+)?"
    r"(?:[A-Z][\w.]*\s+(?:allies|partners)\s+)?(?=[A-Z])"
)
# Trade is not aid: "Australia exported $723m in goods to Russia".
_TRADE = re.compile(r"\bexport\w*|\bimport\w*|\btrade\b|\bgoods\b|\bcustoms\b", re.IGNORECASE)
_AID_WINDOW = 100


def aid_side(sentence: str, offset: int, focus: Sequence[Quantity]) -> str | None:
    """The recipient of aid counted by the figure: the party named after "to", "for", "help" nearest to it,
    else Ukraine when aid words stand near the figure and no recipient is named."""
    if not focus or any(q.entity and VICTIM_COMBATANT.search(q.entity) for q in focus):
        return None  # troops sent are a deployment, not aid
    if all(q.kind == "duration" for q in focus):
        return None  # "pressed lawmakers for six months to approve more funding" is about who presses
    anchor = focus[0].start - offset
    low, high = max(0, anchor - _AID_WINDOW), focus[-1].end - offset + _AID_WINDOW
    window = sentence[low:high]
    if not _AID_NEAR.search(window) or _TRADE.search(window):
        return None
    recipients: list[tuple[int, str]] = []
    for found in _RECIPIENT.finditer(window):
        at = low + found.end()
        for side, pattern in (("russia", RUSSIA), ("ukraine", UKRAINE), ("other", OTHER)):
            if pattern.match(sentence, at):
                recipients.append((abs(at - anchor), side))
    warring = [found for found in recipients if found[1] != "other"]
    # "to key U.S. allies Ukraine and Israel": a warring party named among the recipients is the one
    return min(warring or recipients)[1] if recipients else "ukraine"

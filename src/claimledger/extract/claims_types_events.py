"""ACLED event types and sub-event types of event-like sentences (``docs/claims.md``, "ACLED event types").

The categories come from the shipped ``data/acled_event_types.json`` (ACLED's own list); a sentence gets the
first category whose cue words it holds, missiles and shelling before battles, battles before arrests.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def acled_categories() -> dict[str, tuple[str, ...]]:
    """ACLED event types and their sub-event types, from the shipped ``data/acled_event_types.json``."""
    raw = resources.files("claimledger.data").joinpath("acled_event_types.json").read_text(encoding="utf-8")
    return {name: tuple(subs) for name, subs in json.loads(raw)["event_types"].items()}


_EVENTS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "Violence against civilians",
        "Abduction/forced disappearance",
        re.compile(r"\b(?:kidnapp\w*|abduct\w*|detained|disappear\w*|deport\w*|captivity)\b", re.I),
    ),
    ("Violence against civilians", "Sexual violence", re.compile(r"\b(?:rape[sd]?|sexual violence)\b", re.I)),
    (
        "Explosions/Remote violence",
        "Chemical weapon",
        re.compile(r"\b(?:chemical|tear gas|toxic gas\w*)\b", re.I),
    ),
    (
        "Explosions/Remote violence",
        "Remote explosive/landmine/IED",
        re.compile(r"\b(?:landmines?|mines?|IEDs?|car bomb|explosive device)\b", re.I),
    ),
    (
        "Explosions/Remote violence",
        "Air/drone strike",
        re.compile(
            r"\b(?:drones?|air ?strikes?|airstrikes?|Shaheds?|bombers?|glide bombs?|bombing|aerial)\b", re.I
        ),
    ),
    (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
        re.compile(
            r"\b(?:missiles?|rockets?|shell\w*|artillery|barrages?|explosions?|strikes?|struck)\b", re.I
        ),
    ),
    (
        "Battles",
        "Government regains territory",
        re.compile(r"\b(?:liberat\w*|recaptur\w*|retak\w*|winning back|won back|counter-?offensive)\b", re.I),
    ),
    (
        "Battles",
        "Non-state actor overtakes territory",
        re.compile(
            r"\b(?:captur\w* (?:the )?(?:town|village|city)|took control|taken control|seiz\w*"
            r"|occupied (?:the )?(?:town|village|city))\b",
            re.I,
        ),
    ),
    (
        "Battles",
        "Armed clash",
        re.compile(
            r"\b(?:clash\w*|fighting|battles?|assaults?|storm\w*|firefights?|in combat|attacks?)\b", re.I
        ),
    ),
    ("Protests", "Peaceful protest", re.compile(r"\b(?:protest\w*|rall(?:y|ies)|demonstrat\w*)\b", re.I)),
    ("Strategic developments", "Arrests", re.compile(r"\b(?:arrest\w*|detention)\b", re.I)),
    (
        "Strategic developments",
        "Looting/property destruction",
        re.compile(r"\b(?:loot\w*|plunder\w*)\b", re.I),
    ),
    (
        "Strategic developments",
        "Disrupted weapons use",
        re.compile(r"\b(?:shot down|intercept\w*|downed|defused|seized weapons)\b", re.I),
    ),
    (
        "Strategic developments",
        "Agreement",
        re.compile(r"\b(?:agreement|agreed|deal|ceasefire|truce|prisoner exchange|swap)\b", re.I),
    ),
    (
        "Strategic developments",
        "Headquarters or base established",
        re.compile(r"\b(?:deploy\w*|headquarters|base established|stationed)\b", re.I),
    ),
)
_EVENTFUL = re.compile(
    r"\b(?:was|were|has been|have been|had been)\s+\w+ed\b|\b\w+ed\b|\b(?:hit|struck|shot|fought|took|won|fell"
    r"|began|killed|left)\b",
    re.IGNORECASE,
)
_DISRUPTED_FIRST = re.compile(r"\b(?:shot down|intercepted|downed)\b", re.I)


_VIOLENCE = frozenset({"Explosions/Remote violence", "Battles", "Violence against civilians"})
_ALLOWED: dict[str, frozenset[str]] = {
    "casualty_count": _VIOLENCE,
    "casualty_rate": _VIOLENCE,
    "equipment_loss_count": _VIOLENCE | {"Disrupted weapons use"},
    "equipment_loss_rate": _VIOLENCE | {"Disrupted weapons use"},
    "strike_count": _VIOLENCE | {"Disrupted weapons use"},
    "territory_area": frozenset({"Battles"}),
    "force_size": frozenset({"Headquarters or base established", "Armed clash"}),
    "population": frozenset({"Abduction/forced disappearance"}),
    "unit_equivalence": frozenset({"Battles"}),
    "other": frozenset(
        {"Protests", "Arrests", "Agreement", "Looting/property destruction", "Violence against civilians"}
    ),
}
"""The events a claim of each type can report, as event or sub-event types: a casualty figure comes from
violence, a force from a deployment or a battle, a displaced population from deportation; money, shares,
distances and durations are statistics, not events. A sanctions list that names "chemical weapons" is no
chemical attack."""


def event_type(sentence: str, claim_kind: str) -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) of an event-like sentence, or None.

    >>> event_type("A Russian missile strike killed 18 people in Kremenchuk.", "casualty_count")
    ('Explosions/Remote violence', 'Shelling/artillery/missile attack')
    >>> event_type("About 1,500 troops are stationed there under a deal agreed in 1992.", "force_size")
    ('Strategic developments', 'Headquarters or base established')
    """
    allowed = _ALLOWED.get(claim_kind, frozenset())
    if not allowed or not _EVENTFUL.search(sentence):
        return None
    if _DISRUPTED_FIRST.search(sentence) and "Disrupted weapons use" in allowed:
        return ("Strategic developments", "Disrupted weapons use")
    for name, sub, pattern in _EVENTS:
        known = sub in acled_categories().get(name, ())
        if known and (name in allowed or sub in allowed) and pattern.search(sentence):
            return name, sub
    return None

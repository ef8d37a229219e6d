"""Claim types (the taxonomy in ``docs/claims.md``) and ACLED event types of event-like sentences.

Each quantity gets a type from its unit, kind, counted noun and the words around it; the claim takes the
highest-ranked type among its quantities (a casualty figure outranks the duration it was counted over). The
cue words live in ``claims_types_words``, the ACLED categories in ``claims_types_events``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract import claims_types_words as w
from claimledger.extract.claims_types_events import acled_categories, event_type
from claimledger.models import Quantity

__all__ = ["CLAIM_TYPES", "acled_categories", "claim_type", "event_type", "leading", "quantity_type"]

CLAIM_TYPES = (
    "casualty_count",
    "casualty_rate",
    "equipment_loss_count",
    "equipment_loss_rate",
    "strike_count",
    "money_aid",
    "territory_area",
    "force_size",
    "unit_equivalence",
    "population",
    "percent_change",
    "ratio",
    "distance",
    "date_arithmetic",
    "duration",
    "other",
)
"""Every claim type, highest rank first: a claim takes the first type that any of its quantities has."""

_RANK = {name: rank for rank, name in enumerate(CLAIM_TYPES)}
_DISTANCE_UNITS = frozenset({"km", "m", "mile", "metre", "meter", "kilometre", "kilometer", "nautical_mile"})
_AREA_UNITS = frozenset({"km2", "mile2", "hectare", "square_km", "square_mile", "acre", "m2"})


class _Figure:
    """One quantity read in its sentence: the words before and after it and the noun it counts."""

    __slots__ = ("around", "head", "noun", "q", "tail", "text")

    def __init__(self, sentence: str, offset: int, q: Quantity) -> None:
        start, end = q.start - offset, q.end - offset
        self.q, self.text = q, sentence
        self.around = sentence[max(0, start - 90) : end + 60]
        self.head = sentence[max(0, start - 80) : start]
        self.tail = sentence[end : end + 80]
        self.noun = _counted_noun(sentence, start, end, q)

    def before(self, chars: int) -> str:
        return self.head[-chars:]


def _counted_noun(sentence: str, start: int, end: int, q: Quantity) -> str:
    """What the figure counts: its entity's first item ("1,200 tanks, fighter jets and ..." counts tanks), the
    next word after a name ("five Himars missiles"), or for a bare figure the words after it and the noun of a
    "the number of ..." phrase in the sentence; a bare magnitude followed by no noun counts people."""
    following = sentence[end : end + 40].split()
    if q.entity:
        first = re.split(r",|\band\b", q.entity)[0].strip()
        if " " not in first and first[:1].isupper() and following:
            first += " " + following[0]
        return first
    noun = " ".join(re.split(r"[,;:]", " ".join(following[:5]))[0].split()[:5])
    if w.BARE_MAGNITUDE.match(q.text) and w.NO_NOUN.match(noun):
        return f"people {noun}"  # "hundreds of millions on the continent are facing ...": people
    named = list(w.NUMBER_OF.finditer(sentence))
    before = [m for m in named if m.end() <= start]
    chosen = before[-1] if before else named[0] if named else None
    return f"{noun} {chosen.group(1)}" if chosen else noun


def quantity_type(sentence: str, offset: int, q: Quantity) -> str:
    """The claim type of one quantity, read from its kind, unit, counted noun and nearby words.

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 14, 27, "1,090 soldiers", Decimal(1090), Decimal(1090), entity="soldiers", per="day")
    >>> quantity_type("Russia lost 1,090 soldiers a day.", 0, q)
    'casualty_rate'
    """
    f = _Figure(sentence, offset, q)
    if q.kind == "money" or w.MONEY_NOUN.search(q.entity or ""):
        return "money_aid"
    if q.kind == "count":
        return _count(f)
    if q.kind in ("percent", "ratio"):
        return _share(f)
    if q.unit in _AREA_UNITS:
        return "territory_area"
    if q.unit in _DISTANCE_UNITS:
        return "distance"
    if q.kind == "duration":
        return _duration(f)
    return "other"


def _count(f: _Figure) -> str:
    q = f.q
    if w.DISTANCE_NOUN.search(q.entity or ""):
        return "distance"
    if not q.entity and w.BARE_BILLIONS.match(q.text):
        return "money_aid"  # "costing billions to sustain"
    if w.SANCTIONS.search(f.text) and w.TARGETS.search(f.noun) and not _harmed(f):
        return "other"  # sanctions targets: "sanctions on hundreds of companies and people", "three bodies"
    if _aid_before(f) and re.search(r"\bto\s+$", f.head):
        return "money_aid"  # aid's recipients: "he would send grain free of charge to six African nations"
    rate = bool(q.per) or bool(w.RATE_WORDS.search(f.around))
    return _losses(f, rate) or _arms(f) or _people(f)


def _losses(f: _Figure, rate: bool) -> str | None:
    casualty = "casualty_rate" if rate else "casualty_count"
    if w.CASUALTY_NOUN.search(f.noun):
        return casualty
    if _harmed(f):
        return casualty
    if w.PEOPLE.search(f.noun) and w.CASUALTY.search(f.around):
        return casualty
    if (w.EQUIPMENT.search(f.noun) or w.ARMS.search(f.noun)) and w.EQUIPMENT_LOSS.search(f.around):
        return "equipment_loss_rate" if rate else "equipment_loss_count"
    if not f.q.entity and w.CASUALTY.search(f.around) and w.PEOPLE.search(f.around):
        return casualty
    return None


def _harmed(f: _Figure) -> bool:
    """Whether a harm verb governs the figure: "killing 12", "500 soldiers have been treated for ..."."""
    return bool(w.HARMED_BEFORE.search(f.head) or w.HARMED_AFTER.match(f.tail))


def _aid_before(f: _Figure) -> bool:
    """Whether an aid verb governs the figure from before it, with no launch or strike verb after that verb."""
    head = re.split(r"[;.]", f.before(90))[-1]
    cues = list(w.AID_BEFORE.finditer(head))
    between = head[cues[-1].end() :] if cues else ""
    return bool(cues) and not w.FIRED_BEFORE.search(between) and not w.FORCE.search(between)


def _arms(f: _Figure) -> str | None:
    """Munitions, equipment and weapons: fired (strikes), brought down (losses), sent (aid) or held (forces)."""
    q, noun = f.q, f.noun
    if w.UNIT_WORD.search(f.around[f.around.find(q.text) :] if q.text in f.around else f.around):
        return "unit_equivalence"
    armed = bool(w.EQUIPMENT.search(noun) or w.STRIKE.search(noun) or w.ARMS.search(noun))
    if armed and (_aid_before(f) or (w.AID_NOUN.search(f.around) and not w.FIRED_BEFORE.search(f.around))):
        return "money_aid"  # "the UK is sending 1,600 missiles", "the package included 300 missiles"
    if w.STRIKE.search(noun) and _intercepted(f):
        return "equipment_loss_count"  # "Three drones were intercepted", "shot down one ballistic missile"
    if w.STRIKE.search(noun) and (w.STRIKE_VERB.search(f.around) or q.entity):
        return "strike_count"
    if w.FORCE.search(noun):
        return "force_size"  # troops, fighters, units
    if (w.EQUIPMENT.search(noun) or w.ARMS.search(noun)) and not w.NOT_ARMS.search(noun + f.tail[:40]):
        # arms neither lost, fired nor sent are held by a force ("gathered over 30 warships", "four military
        # aircraft breached the zone"); captured ones put on show are a loss (decision 20)
        shown = w.ON_SHOW.search(f.text) and w.CAPTURED_ARMS.search(f.text)
        return "equipment_loss_count" if shown else "force_size"
    return None


def _intercepted(f: _Figure) -> bool:
    """Whether a missile or drone count is of those brought down ("Three drones were intercepted"), not of
    those that struck ("destroyed by 4-6 missiles")."""
    if re.search(r"\bby\s+$", f.before(20)):
        return False  # "destroyed by 4-6 missiles" (the missiles struck)
    head = re.split(r"[,;]|\band\b|\bbut\b", f.before(35))[-1]
    tail = re.split(r"[,;]|\band\b|\bbut\b", f.tail[:40])[0]
    return bool(w.DOWNED.search(head) or w.DOWNED.search(tail))


def _people(f: _Figure) -> str:
    """Places, people and anything else counted."""
    q, noun = f.q, f.noun
    if w.PLACES_COUNTED.search(noun) and w.CONTROL_CHANGE.search(f.around):
        return "territory_area"
    if w.CROWD.search(f"{f.before(30)} {f.q.text} {f.tail[:50]}") or w.ROLE.search(f"{f.before(30)} {noun}"):
        return "other"  # a crowd, an audience, employees, leaders: not a population
    vague = q.approx == "vague"
    moved = w.DISPLACED_AFTER.match(f.tail) or w.DISPLACED_BEFORE.search(f.head)
    if moved or w.LIVING_AFTER.match(f.tail) or w.POPULATION_OF.search(f.head):
        return "population"
    if w.DISPLACED.search(noun) or (w.POPULATION.search(noun) and (q.high >= 1000 or vague)):
        return "population"
    return "other"


def _share(f: _Figure) -> str:
    """Percentages and ratios: a share of territory, a change, or a ratio."""
    q, head = f.q, f.before(25)
    if q.kind == "ratio" and (w.HALF_BEFORE.search(head) or w.TIME_WORD.search(q.text)):
        return "duration"  # "a year and a half", "half a year"
    if w.OF_NUMBER.match(f.tail):
        return "other"  # "less than half of the 43 heads of state": the counts give the type
    if w.TERRITORY.search(f.around) and w.TERRITORY_SHARE.search(f.around):
        return "territory_area"
    change = w.CHANGE.search(re.split(r"[,;:()–—]", f.before(90))[-1])  # in the figure's clause
    if q.kind == "percent" and (q.unit == "percentage_point" or change or w.CHANGE_AFTER.match(f.tail)):
        return "percent_change"
    return "ratio"


def _duration(f: _Figure) -> str:
    """A duration: an age, a time placed against another date, or how long something lasts."""
    head, tail = f.before(25), f.tail[:25]
    age = w.AGE_AFTER.match(tail)
    if age:
        rest = tail[age.end() :] + f.tail[25:]
        if w.HARMED_AFTER.match(rest):
            return "casualty_count"  # "A 53-year-old woman was wounded"
        return "duration" if w.AGED_THING.match(rest) else "other"  # "the 18-month-old war"; a person's age
    if (
        w.AGE_BEFORE.search(f.before(40))
        or w.AGE_IN.search(f.q.text)
        or (w.NAME_COMMA.search(head) and tail[:1] == ",")
    ):
        return "other"  # an age: "aged 65", "Ivanov, 48,", "between the ages of 18 and 60"
    if w.WITHIN_BEFORE.search(head):
        return "date_arithmetic"
    if re.match(r"^\s+of\b", tail) or w.SPAN_BEFORE.search(head):
        return "duration"  # "after 114 days of attack", "in the last two months"
    if w.DATE_BEFORE.search(head) or w.DATE_AFTER.match(tail):
        return "date_arithmetic"
    return "duration"


def claim_type(sentence: str, offset: int, members: Sequence[Quantity]) -> str:
    """The type of a claim: the highest-ranked type among its quantities."""
    return leading(sentence, offset, members)[0]


def leading(sentence: str, offset: int, members: Sequence[Quantity]) -> tuple[str, list[Quantity]]:
    """The type of a claim and the quantities that give it (the figures the claim is chiefly about).

    Missiles or drones brought down are an equipment loss, unless the claim also counts the attack: then they
    are part of the strike report ("4-6 missiles struck ..., and aircraft shot down over 70 drones"). The
    period a figure is counted over ("3,000 active users over the last 30 days") does not type the claim.
    """
    kinds = [quantity_type(sentence, offset, q) for q in members]
    if not kinds:
        return "other", []
    if len(kinds) > 1:
        kinds = [
            "other" if k == "duration" and _period(sentence, offset, q) else k
            for q, k in zip(members, kinds, strict=True)
        ]
    if "strike_count" in kinds:
        kinds = [
            "strike_count" if k == "equipment_loss_count" and _brought_down(sentence, offset, q) else k
            for q, k in zip(members, kinds, strict=True)
        ]
    kind = min(kinds, key=_RANK.__getitem__)
    return kind, [q for q, k in zip(members, kinds, strict=True) if k == kind]


def _period(sentence: str, offset: int, q: Quantity) -> bool:
    return bool(w.SPAN_BEFORE.search(sentence[max(0, q.start - offset - 25) : q.start - offset]))


def _brought_down(sentence: str, offset: int, q: Quantity) -> bool:
    f = _Figure(sentence, offset, q)
    return bool(w.STRIKE.search(f.noun)) and _intercepted(f)

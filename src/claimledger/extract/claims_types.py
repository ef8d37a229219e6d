"""Claim types (the taxonomy in ``docs/claims.md``) and ACLED event types of event-like sentences.

Each quantity gets a type from its unit, kind, counted noun and the words around it; the claim takes the
highest-ranked type among its quantities (a casualty figure outranks the duration it was counted over).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from claimledger.models import Quantity

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

_CASUALTY = re.compile(
    r"\bkill\w*|\bdead\b|\bdied\b|\bdeaths?\b|\bwounded\b|\binjur\w*|\bhurt\w*|\bperish\w*|\bcasualt\w*"
    r"|\bbodies\b|\beliminated\b|\bvictims\b|\blost\b|\blosses\b|\blose\b|\bloses\b|\blosing\b|\bcaptured?\b|\btrapped\b|\bexecuted\b"
    r"|\bin body bags\b|\bpulled out alive\b|\bneutrali[sz]ed\b|\bprisoners?\b|\bPOWs?\b",
    re.IGNORECASE,
)
_PEOPLE = re.compile(
    r"soldier|troop|personnel|servicem|service member|fighter|people|person|civilian|child|women|men\b|resident"
    r"|athlete|rescuer|journalist|medic|combatant|Russians|Ukrainians|staff|crew|victim|\bdead\b|mercenar"
    r"|military|Crimeans|Iraqis|workers|coaches|inmates|hostages|prisoners",
    re.IGNORECASE,
)
_EQUIPMENT = re.compile(
    r"tank|vehicle|artillery|howitzer|aircraft|helicopter|jet|plane|ship|vessel|boat|\bAPC|armou?red|system"
    r"|launcher|radar|air defen[cs]e|\bMLRS|Abrams|Leopard|Bradley|Challenger|HIMARS|equipment|pieces",
    re.IGNORECASE,
)
_EQUIPMENT_LOSS = re.compile(
    r"\blost\b|\blosses\b|\bloses\b|\blosing\b|\bdestroy\w*|\bdestruction\b|\bshot down\b|\bdowned\b|\bhit\b|\bdamaged\b|\bcaptured\b"
    r"|\bknocked out\b|\bsunk\b|\btaken off\b|\bwritten off\b",
    re.IGNORECASE,
)
_STRIKE = re.compile(
    r"\bmissiles?\b|\brockets?\b|\bdrones?\b|\bShaheds?\b|\bshells?\b|\bstrikes?\b|\battacks?\b|\bexplosions?\b"
    r"|\bshelling\b|\bbombs?\b|\bair raids?\b|\bbarrages?\b|\bsorties\b|\bprojectiles\b|\bmunitions\b",
    re.IGNORECASE,
)
_STRIKE_VERB = re.compile(
    r"\blaunch\w*|\bfired?\b|\bstruck\b|\bstrikes?\b|\battack\w*|\brecorded\b|\bflew\b|\bhit\b|\btargeted\b"
    r"|\bshell\w*|\bintercept\w*|\bbarrage\b|\bpounded\b|\bfell\b",
    re.IGNORECASE,
)
_AID = re.compile(
    r"\baid\b|\bassistance\b|\bsend\b|\bsent\b|\bsending\b|\bsupply\w*|\bsupplied\b|\bdeliver\w*|\bpledg\w*"
    r"|\bdonat\w*|\bpackage\b|\bprovid\w*|\bgive\b|\bgave\b|\btransfer\w*|\bgrant\w*|\bpromised\b|\bloan\b",
    re.IGNORECASE,
)
_FORCE = re.compile(
    r"troop|soldier|forces|fighters|personnel|recruit|reservist|servicemembers|servicemen|battalion|brigade"
    r"|division|regiment|battle group|BTG|army|conscript|mobiliz|mobilis|men under arms|contingent"
    r"|combat strength|units|marines|paratroop|active-duty|mercenar",
    re.IGNORECASE,
)
_UNIT_WORD = re.compile(
    r"\b(?:a|one|an entire|a full|the size of a|equivalent (?:of|to) an?|roughly an?|about an?)\s+"
    r"(?:full\s+)?(?:battalion|brigade|division|regiment|company|platoon|corps|army)\b",
    re.IGNORECASE,
)
_TERRITORY = re.compile(
    r"\bterritor\w*|\bsquare (?:kilo)?met\w*|\bsq\.? ?(?:km|mi)\b|\bkm2\b|\bkm²|\bhectares?\b|\bvillages?\b"
    r"|\bsettlements?\b|\btowns?\b|\bregions\b|\barea\b|\boccupied\b|\bcontrol\w*|\bannex\w*|\bliberat\w*"
    r"|\bseized?\b|\bgains?\b|\badvanced?\b|\brecaptur\w*|\bretak\w*|\bground\b|\blocations\b|\bof Ukraine\b",
    re.IGNORECASE,
)
_POPULATION = re.compile(
    r"\brefugees?\b|\bdisplaced\b|\bIDPs?\b|\bresidents\b|\bpopulation\b|\binhabitants\b|\bpeople\b|\bpersons\b"
    r"|\bmigrants\b|\bcitizens\b|\bUkrainians\b|\bRussians\b|\bwithout power\b|\bevacuat\w*|\bfled\b|\bsupported\b",
    re.IGNORECASE,
)
_CHANGE = re.compile(
    r"\brose\b|\brise\b|\brising\b|\brisen\b|\bfallen\b|\bgrown\b|\bgrew\b|\bgrow\w*|\bincreas\w*|\bfell\b|\bfall\w*|\bdrop\w*|\bdeclin\w*"
    r"|\bup\b|\bdown\b|\bcut\w*|\bplunged?\b|\bsurg\w*|\bjump\w*|\bslump\w*|\bshr[aui]nk\w*|\bdecreas\w*"
    r"|\bfrom \d[\d.,]*\s*(?:%|percent|per cent)? to\b|\badd\b|\bboost\w*|\breduc\w*|\bsoar\w*",
    re.IGNORECASE,
)
_DATE_LINK = re.compile(
    r"\bago\b|\bbefore\b|\bafter\b|\blater\b|\bearlier\b|\bsince\b|\binto\b|\banniversary\b|\bwithin the next\b"
    r"|\bin the next\b|\bfrom now\b|\bprior\b|\baway\b|\bfirst time in\b|\bfor the first time\b",
    re.IGNORECASE,
)
_RATE_WORDS = re.compile(
    r"\b(?:daily|a day|per day|each day|every day|last day|past day|past 24 hours|over the "
    r"past day|in a day|average|a week|per week|weekly|a month|per month|monthly)\b",
    re.I,
)
_CASUALTY_NOUN = re.compile(r"injur|casualt|deaths?\b|\bdead\b|bodies|wounded|killed", re.IGNORECASE)
_HARMED_AFTER = re.compile(
    r"^\s+(?:\w+\s+){0,3}?(?:were|was|have been|had been|are|is)?\s*(?:killed|wounded|injured|dead|died|hurt"
    r"|murdered|executed|shot(?! down)|buried)\b",
    re.IGNORECASE,
)
_HARMED_BEFORE = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|hurt\w*|claimed the lives of)\s+$", re.IGNORECASE
)
_DISTANCE_NOUN = re.compile(r"\bkm\b|kilomet|\bmiles?\b", re.IGNORECASE)
_MONEY_NOUN = re.compile(
    r"dollars|euros|hryvni|roubles|rubles|pounds|revenues?|funding|budget", re.IGNORECASE
)
_DISPLACED = re.compile(
    r"refugee|displaced|IDP|evacuee|migrant|resident|inhabitant|deported|population", re.I
)
_TERRITORY_SHARE = re.compile(
    r"territor|\barea\b|\bland\b|occupied|\bcontroll?(?:ed|s)\b|\bunder (?:\w+ )?control\b|\bseized\b|\bannex",
    re.IGNORECASE,
)
_TIME_WORD = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|hours?)\b", re.IGNORECASE)
_HALF_BEFORE = re.compile(
    r"\b(?:years?|months?|weeks?|days?|decades?|hours?|centur\w+) and\s*$", re.IGNORECASE
)
_HALF_AFTER = re.compile(r"^\s+(?:a|an)\s+(?:year|month|week|day|decade|hour|century)\b", re.IGNORECASE)
_AGE_AFTER = re.compile(r"^-?\s?(?:years?-?\s?)?old\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages? of|age of|ages? between|between the ages of)\s*$", re.IGNORECASE)
_NAME_COMMA = re.compile(r"\b[A-Z][a-z]+,\s*$")
_DISTANCE_UNITS = frozenset({"km", "m", "mile", "metre", "meter", "kilometre", "kilometer", "nautical_mile"})
_AREA_UNITS = frozenset({"km2", "mile2", "hectare", "square_km", "square_mile", "acre", "m2"})


def _window(sentence: str, offset: int, q: Quantity, *, before: int = 90, after: int = 60) -> str:
    start = max(0, q.start - offset - before)
    return sentence[start : q.end - offset + after]


def _losses(q: Quantity, around: str, noun: str, rate: bool) -> str | None:
    if _CASUALTY_NOUN.search(noun):
        return "casualty_rate" if rate else "casualty_count"
    head, _, tail = around.partition(q.text)
    if _HARMED_BEFORE.search(head) or _HARMED_AFTER.match(tail):
        return "casualty_rate" if rate else "casualty_count"
    if _PEOPLE.search(noun) and _CASUALTY.search(around):
        return "casualty_rate" if rate else "casualty_count"
    if _EQUIPMENT.search(noun) and _EQUIPMENT_LOSS.search(around):
        return "equipment_loss_rate" if rate else "equipment_loss_count"
    if not q.entity and q.kind == "count" and _CASUALTY.search(around) and _PEOPLE.search(around):
        return "casualty_rate" if rate else "casualty_count"
    return None


def _count_type(q: Quantity, around: str, noun: str) -> str:
    if _UNIT_WORD.search(around[around.find(q.text) :] if q.text in around else around):
        return "unit_equivalence"
    if _STRIKE.search(noun) and (_STRIKE_VERB.search(around) or q.entity):
        return "strike_count"
    if _AID.search(around) and (_EQUIPMENT.search(noun) or _STRIKE.search(noun) or "weapon" in noun.lower()):
        return "money_aid"
    if _FORCE.search(noun):
        return "force_size"
    if re.search(r"villages|towns|settlements|regions|locations", noun) and _TERRITORY.search(around):
        return "territory_area"
    if _DISPLACED.search(noun) or (
        (_POPULATION.search(noun) or (q.approx == "vague" and _POPULATION.search(around)))
        and (q.high >= 1000 or q.approx == "vague")
    ):
        return "population"
    return "other"


def quantity_type(sentence: str, offset: int, q: Quantity) -> str:
    """The claim type of one quantity, read from its kind, unit, counted noun and nearby words.

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 14, 27, "1,090 soldiers", Decimal(1090), Decimal(1090), entity="soldiers", per="day")
    >>> quantity_type("Russia lost 1,090 soldiers a day.", 0, q)
    'casualty_rate'
    """
    around = _window(sentence, offset, q)
    noun = f"{q.entity or ''} {q.text}"
    if not q.entity:
        noun += " " + " ".join(sentence[q.end - offset : q.end - offset + 30].split()[:3])
    rate = bool(q.per) or bool(_RATE_WORDS.search(around))
    if q.kind == "money" or _MONEY_NOUN.search(q.entity or ""):
        return "money_aid"
    if q.kind == "count":
        if _DISTANCE_NOUN.search(q.entity or ""):
            return "distance"
        return _losses(q, around, noun, rate) or _count_type(q, around, noun)
    head = sentence[max(0, q.start - offset - 25) : q.start - offset]
    tail = sentence[q.end - offset : q.end - offset + 25]
    if q.kind == "ratio" and (
        _HALF_BEFORE.search(head) or _HALF_AFTER.match(tail) or _TIME_WORD.search(q.text)
    ):
        return "duration"  # "a year and a half", "half a year"
    if q.kind in ("percent", "ratio"):
        if _TERRITORY.search(around) and _TERRITORY_SHARE.search(around):
            return "territory_area"
        return "percent_change" if q.kind == "percent" and _CHANGE.search(around) else "ratio"
    if q.unit in _AREA_UNITS:
        return "territory_area"
    if q.unit in _DISTANCE_UNITS:
        return "distance"
    if q.kind == "duration":
        if (
            _AGE_AFTER.match(tail)
            or _AGE_BEFORE.search(head)
            or (_NAME_COMMA.search(head) and tail[:1] == ",")
        ):
            return "other"  # an age: "a 53-year-old woman", "aged 65", "Ivanov, 48,", "the ages of 18 and 60"
        if re.match(r"^\s+on\b", tail):
            return "date_arithmetic"
        head = sentence[max(0, q.start - offset - 25) : q.start - offset]
        return "date_arithmetic" if _DATE_LINK.search(tail) or _DATE_LINK.search(head) else "duration"
    return "other"


def claim_type(sentence: str, offset: int, members: Sequence[Quantity]) -> str:
    """The type of a claim: the highest-ranked type among its quantities."""
    return leading(sentence, offset, members)[0]


def leading(sentence: str, offset: int, members: Sequence[Quantity]) -> tuple[str, list[Quantity]]:
    """The type of a claim and the quantities that give it (the figures the claim is chiefly about)."""
    kinds = [quantity_type(sentence, offset, q) for q in members]
    if not kinds:
        return "other", []
    kind = min(kinds, key=_RANK.__getitem__)
    return kind, [q for q, k in zip(members, kinds, strict=True) if k == kind]


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
            r"\b(?:captur\w* (?:the )?(?:town|village|city)|took control|taken control|seiz\w*|occup\w*)\b",
            re.I,
        ),
    ),
    (
        "Battles",
        "Armed clash",
        re.compile(
            r"\b(?:clash\w*|fighting|battles?|assaults?|storm\w*|firefights?|combat|attacks?)\b", re.I
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


def event_type(sentence: str, claim_kind: str) -> tuple[str, str] | None:
    """ACLED (event type, sub-event type) of an event-like sentence, or None.

    >>> event_type("A Russian missile strike killed 18 people in Kremenchuk.", "casualty_count")
    ('Explosions/Remote violence', 'Shelling/artillery/missile attack')
    """
    if claim_kind in ("duration", "date_arithmetic", "population", "ratio", "percent_change", "distance"):
        return None
    if not _EVENTFUL.search(sentence):
        return None
    if _DISRUPTED_FIRST.search(sentence):
        return ("Strategic developments", "Disrupted weapons use")
    for name, sub, pattern in _EVENTS:
        if pattern.search(sentence):
            if claim_kind in ("casualty_count", "casualty_rate") and name == "Strategic developments":
                continue
            if sub in acled_categories().get(name, ()):
                return name, sub
    return None

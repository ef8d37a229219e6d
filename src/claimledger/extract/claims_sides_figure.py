"""The side read from the figure itself: a nationality or possessor written on it, losses, civilians, third
parties counted as such, the war's own length, markets, aid recipients and currencies (``figure_side``).

The nationality written on the figure lives in ``claims_sides_attached``, the aid recipient in
``claims_sides_aid``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.claims_parties import RUSSIA, UKRAINE, clause_span, party_hits
from claimledger.extract.claims_sides_aid import aid_side
from claimledger.extract.claims_sides_attached import VICTIM_COMBATANT, attached_side
from claimledger.models import Quantity

_CIVILIAN = re.compile(
    r"\bcivilians?\b|\bchildren\b|\bchild\b|\bwomen\b|\bresidents\b|\brefugees?\b|\bdisplaced\b|\bIDPs?\b"
    r"|\bpeople\b|\bperson\b|\bpersons\b|\binhabitants\b|\bpatients\b|\bjournalists?\b|\brescuers\b"
    r"|\bmedics\b|\bvolunteers\b|\bmigrants\b|\bpassengers\b|\bathletes\b|\bbodies\b|\bhostages\b"
    r"|\bwithout power\b|\bhomeless\b|\bfled\b|\bevacuat\w+|\bteachers\b|\bworkers\b|-year-old\b|\bhouses\b"
    r"|\bfamilies\b|\bfood insecure\b|\bin need of\b|\bfleeing\b|\bflee\b",
    re.IGNORECASE,
)

_COMBATANT = re.compile(
    r"\bsoldiers?\b|\btroops\b|\bservicemen\b|\bservice ?members\b|\bpersonnel\b|\bfighters\b|\bmilitary\b"
    r"|\bcombatants\b|\brecruits\b|\breservists\b|\bmercenar\w+|\barmy\b|\bforces\b|\bbrigades?\b",
    re.IGNORECASE,
)

_HARM = re.compile(
    r"\bkill\w*|\bdead\b|\bdied\b|\bdie\b|\bdeaths?\b|\bwound\w*|\binjur\w*|\bhurt\w*|\bperish\w*|\bcasualt\w*"
    r"|\bdisplac\w*|\brefugees?\b|\bfled\b|\bbodies\b|\btrapped\b|\bmissing\b|\bhospital\b|\bevacuat\w+"
    r"|\bwithout power\b|\bdetain\w*|\bdetention\b|\bcaptivity\b|\bdamaged\b|\btortur\w*|\bkidnap\w*|\bshot\b(?! down)"
    r"|\bexecuted\b|\bburied\b|\bfleeing\b|\bdeport\w*|\bcrossed (?:into|the border)\b|\bdepriv\w*"
    r"|\bsheltering\b|\bbesieged\b|\babduct\w*|\b(?:slave|forced) labou?r\b",
    re.IGNORECASE,
)

_TO_PARTY = re.compile(
    r"\b(?:to|for|with|into|supplied to|help|helping|support|supporting|assist)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(Ukrain\w*|Kyiv|Russia\w*|Moscow)\b"
)

_AID_WORDS = re.compile(
    r"\baid\b|\bweapons\b|\bsend\b|\bsupport\b|\bhelp\b|\bassistance\b|\bpackage\b|\ballocat\w+"
)

_LOSS_OF = re.compile(
    r"\b(Russia|Moscow|Ukraine|Kyiv)(?:'s|’s)?[\s,]+(?:[\w,]+\s+){0,4}?(?:has\s+|had\s+|have\s+)?"
    r"(?:lost|losses|lose|loses|losing|had\s+(?:[\w,.–-]+\s+){0,3}casualties)\b"
    r"|\b(Russian|Ukrainian)\s+(?:\w+\s+){0,2}?(?:losses|casualties|victims|dead"
    r"|(?:has\s+|had\s+|have\s+)?lost)\b"
)

_SANCTIONED = re.compile(
    r"\bsanction(?:s|ed)\s+(?:\w+\s+){0,4}?(?:on|against|by|over|for|in response to)\b"
    r"|\b(?:sanctions|penalties)\s+(?:also\s+)?(?:on|against|target)\b",
    re.IGNORECASE,
)

_SANCTION_TARGET = re.compile(r"\bRussia(?:n|'s|’s)?\b|\bMoscow\b|\bKremlin\b")

# Figures that count states or bodies ("39 countries", "nearly 60 nations and international organizations") are
# about third parties unless a nationality is written on them.
_THIRD_PARTIES = re.compile(r"\b(?:countries|nations|states|organi[sz]ations|allies)\b", re.IGNORECASE)

# Markets belong to no party: "the S&P 500 fell 17%", "crude oil prices above $100 a barrel".
_MARKET = re.compile(
    r"\bS&P\b|\bDow\b|\bNasdaq\b|\bFTSE\b|\bstocks?\b|\bstock market|\bshares\b|\bcrude\b|\boil prices?\b"
    r"|\bgas prices?\b|\breference price\b|\bper megawatt[ -]hour\b|\ba barrel\b|\bper barrel\b|\bthe market\b|\bmarkets\b|\binflation\b|\bNikkei\b"
    r"|\bHang Seng\b|\bDAX\b|\bCAC\b|\bbourses?\b|\b[A-Z][\w ]{2,20} market\b",
    re.IGNORECASE,
)

_PEAK = re.compile(r"[\s-]*(?:high|low|peak|record)\b", re.IGNORECASE)

_BOTH_SIDES = re.compile(r"\b(?:Russians and Ukrainians|Ukrainians and Russians|both sides)\b", re.IGNORECASE)

# A nation's people counted as displaced or registered abroad are civilians: "millions of Ukrainians".
_PEOPLES = re.compile(r"\b(?:Ukrainians|Russians|Belarusians)\b")

_DISPLACED = re.compile(
    r"\bdisplac\w*|\brefugees?\b|\bfle(?:e|d|eing)\b|\basylum\b|\bregistered\b|\btemporary protection\b"
    r"|\bdeport\w*|\bevacuat\w*|\bstranded\b|\btrapped\b|\b(?:leave|left|leaving) their homes\b"
    r"|\bforced to leave\b",
    re.IGNORECASE,
)

# A figure that counts the speakers ("two officials familiar with the matter told CNN", "according to three US
# officials") is about no party.
_SOURCE_NOUN = re.compile(r"\b(?:officials|sources|diplomats|people familiar)\b", re.IGNORECASE)
_SPEAKING = re.compile(r"\W*(?:[\w-]+\W+){0,4}?(?:familiar|told|said|say|says|speaking|briefed|who spoke)\b")
_ACCORDING_TO = re.compile(r"\baccording to\s+$", re.IGNORECASE)

# People who are displaced by definition: civilians whether or not the sentence says how they were harmed.
_UPROOTED = re.compile(
    r"\b(?:refugees|migrants|displaced|IDPs|evacuees|asylum[ -]seekers|deportees)\b", re.IGNORECASE
)

_CURRENCY = re.compile(r"hryvn\w*|\bUAH\b|₴|roubles?|rubles?|\bRUB\b|₽", re.IGNORECASE)

# What one party does to the other's figures, in the active ("Ukrainian forces destroyed 14 tanks") and the
# passive ("silos ... destroyed by Russian bombardment")
_SEIZED = r"destroyed|seized|captured|shot down|downed|intercepted"
_WARRING = r"(Russian|Ukrainian|Russia|Ukraine|Russians|Ukrainians)"
_TAKEN_BY = re.compile(
    r"\b" + _WARRING + r"(?:['’]s)?(?:\s+(?:forces|troops|army|military"
    r"|air defen[cs]es?|navy|units|soldiers))?\s+(?:have\s+|has\s+|had\s+)?(?:\w+ly\s+)?(?:"
    + _SEIZED
    + r"|took|eliminated|hit)\s+(?:\w+\s+){0,3}$"
)
# Forces gathered at Ukraine's border are Russia's (or its ally's): "the force massed on Ukraine's border to
# 190,000 troops", "with well over 150,000 troops arrayed on its borders"
_MASSED = re.compile(
    r"\b(?:massed|amassed|arrayed|stationed|gathered|concentrated|built up)\s+(?:\w+\s+){0,3}?(?:on|near|along|at"
    r"|around)\s+(?:the\s+)?(?:Ukrain\w*|its)(?:['’]s)?\s+borders?\b",
    re.IGNORECASE,
)
_TAKEN_BY_PASSIVE = re.compile(
    r"\b(?:" + _SEIZED + r"|damaged|occupied)\s+by\s+(?:the\s+)?" + _WARRING + r"\b"
)
_PASSIVE_REACH = (
    120  # characters after the figure: "Dozens of silos and some of the biggest ... have been destroyed by"
)
_SEIZABLE = frozenset({"equipment_loss_count", "equipment_loss_rate", "other", None})

_DATED_BY_THE_WAR = re.compile(
    r"\s+(?:before|after|into)\s+(?:the|its|Russia['’]s)\s+(?:full[ -]scale\s+)?(?:invasion|war)\b"
    r"|\s+(?:before|after)\s+(?:Russia|Moscow|Russian (?:forces|troops))\s+(?:\w+ly\s+)?(?:invaded|attacked"
    r"|(?:launched|began|started) (?:its|the|an?) (?:full[ -]scale )?(?:invasion|war))\b",
    re.I,
)

# The war's own start, counted back from now: "8 years ago, the Russian Federation launched an armed invasion",
# "8 years since the beginning of Russia's armed aggression"
_SINCE_THE_START = re.compile(
    r"\s+(?:ago,?|since)\s+(?:[\w’'-]+\s+){0,6}?(?:launched|began|started|unleashed|beginning|start|outbreak)\b"
    r"[^.;]{0,60}?\b(?:invasion|war|aggression)\b",
    re.I,
)

_WAR = re.compile(r"\bwar\b|\binvasion\b|\binvaded\b|\baggression\b|\bconflict\b|\bfighting\b", re.I)

_CARE = re.compile(
    r"\bclinics?\b|\bhospitals?\b|\bmaternity\b|\bperinatal\b|\bobstetric\w*|\bbirths?\b(?! of)|(?<!-)\bborn\b"
    r"|\bpregnan\w*|\bpatients\b|\bpremature\b",
    re.IGNORECASE,
)
_STRUCK = frozenset({"strike_count", "equipment_loss_count", "equipment_loss_rate"})

# People not named as civilians or combatants: "a couple of hundred people"
_ANYONE = re.compile(r"\b(?:people|persons?)\b", re.IGNORECASE)

_CASUALTY_TYPES = frozenset({"casualty_count", "casualty_rate"})

_TIME_TYPES = frozenset({"duration", "date_arithmetic"})


def _civilian(sentence: str, offset: int, members: Sequence[Quantity], claim_kind: str | None) -> bool:
    """Whether the figures count non-combatants harmed or displaced."""
    nouns = " ".join(q.entity or q.text for q in members)
    if _COMBATANT.search(nouns) or _THIRD_PARTIES.search(nouns):
        return False
    # "a million more Ukrainians could be forced to leave": the people may follow a figure with no entity
    following = " ".join(sentence[q.end - offset : q.end - offset + 20] for q in members if not q.entity)
    if (_PEOPLES.search(f"{nouns} {following}") and _DISPLACED.search(sentence)) or _UPROOTED.search(nouns):
        return True
    if claim_kind in _CASUALTY_TYPES and not VICTIM_COMBATANT.search(sentence):
        return True
    # the forces that did the harm ("Russian forces kidnap Ukrainian journalists") do not make the victims
    # combatants; soldiers named among them do
    if _CIVILIAN.search(nouns) or (_CIVILIAN.search(sentence) and not VICTIM_COMBATANT.search(sentence)):
        return bool(_HARM.search(sentence))
    return False


def _figure_clause(sentence: str, offset: int, focus: Sequence[Quantity]) -> str:
    """The clause of the first figure that gives the claim its type."""
    if not focus:
        return sentence
    start, end = clause_span(sentence, focus[0].start - offset)
    return sentence[start:end]


def _sanction_scope(sentence: str, offset: int, focus: Sequence[Quantity], claim_kind: str | None) -> str:
    """Where a sanctions phrase makes the figure Russia's: anywhere in the sentence for what sanctions count,
    only in the figure's own clause for a duration or date ("extend the sanctions against Russia for half a
    year", but not "a two-day summit, during which they will discuss sanctions against Russia")."""
    if claim_kind not in _TIME_TYPES or not focus:
        return sentence
    start, end = clause_span(sentence, focus[0].start - offset)
    return sentence[start:end]


def _civil_care(sentence: str, claim_kind: str | None) -> bool:
    """Whether the figure is about a civilian medical facility, its patients or the births in it (Annotation
    decision 10: "the last obstetric clinic ... 40 kilometers from the front line", "12 percent were born
    before the 37th week"), in a sentence that names no combatant and counts no strike."""
    return (
        claim_kind not in _STRUCK
        and bool(_CARE.search(sentence))
        and not VICTIM_COMBATANT.search(sentence)
        and not _COMBATANT.search(sentence)
    )


def _about_the_war(sentence: str, offset: int, members: Sequence[Quantity]) -> bool:
    """Whether a duration or date figure measures the war itself ("782 days ago, the invasion began")."""
    for q in members:
        if _SINCE_THE_START.match(sentence, q.end - offset):
            return True
        if _DATED_BY_THE_WAR.match(sentence, q.end - offset):
            # "three days before the invasion", "two years into its invasion": another event, dated by the war,
            # is about whoever acts in it
            continue
        near = sentence[max(0, q.start - offset - 20) : q.end - offset + 40]
        if _WAR.search(near):
            return True
    return False


def _about_markets(sentence: str, offset: int, members: Sequence[Quantity]) -> bool:
    """Whether the figures are market moves or prices in a clause that names no warring party of its own."""
    for q in members:
        # a price level dated by its span: "gas prices surge to a six-month peak"
        level = q.kind == "duration" and _PEAK.match(sentence, q.end - offset)
        if q.kind not in ("percent", "money") and not level:
            continue
        start, end = clause_span(sentence, q.start - offset)
        clause = sentence[max(0, start - 40) : end]
        if _MARKET.search(clause) and not RUSSIA.search(clause) and not UKRAINE.search(clause):
            return True
        # "The price of Brent crude soared 1% to ... $95.46 over worries that ... supplies from Russia": a
        # market word just before the figure, with no warring party between them
        lead = sentence[max(0, q.start - offset - 50) : q.end - offset]
        market = list(_MARKET.finditer(lead))
        if (
            market
            and not RUSSIA.search(lead, market[-1].start())
            and not UKRAINE.search(lead, market[-1].start())
        ):
            return True
    return False


def _counts_sources(sentence: str, offset: int, q: Quantity) -> bool:
    """Whether the figure counts the sources of the sentence ("two officials familiar with the matter told")."""
    if not (q.entity and _SOURCE_NOUN.search(q.entity)):
        return False
    start, end = q.start - offset, q.end - offset
    return bool(_SPEAKING.match(sentence, end) or _ACCORDING_TO.search(sentence[max(0, start - 20) : start]))


def figure_side(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    focus: Sequence[Quantity],
    claim_kind: str | None,
    enemy: str,
) -> tuple[bool, str | None]:
    """The side read from the figure itself and its verb, as (decided, side)."""
    if all(_counts_sources(sentence, offset, q) for q in focus):
        return True, None  # "two officials familiar with the matter told CNN"
    aid = aid_side(sentence, offset, focus)
    owner = _owner(sentence, offset, members, focus, claim_kind, enemy=enemy, aid=aid)
    if owner:
        return True, owner
    return _what_it_counts(sentence, offset, members, claim_kind, aid=aid, focus=focus)


def _owner(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    focus: Sequence[Quantity],
    claim_kind: str | None,
    *,
    enemy: str,
    aid: str | None,
) -> str | None:
    """Whose figure it is by what is written on it or done to it: a nationality, a loss, a seizure."""
    counted = " ".join(q.entity or "" for q in members)
    civilians = bool(_CIVILIAN.search(counted))
    attached = None if civilians else attached_side(sentence, offset, focus, enemy)
    if attached:
        # a donor's nationality on aid ("$61bn in new US military aid") is not the side: the recipient is
        return aid if aid and attached == "other" else attached
    if (
        (_COMBATANT.search(counted) or claim_kind == "force_size")
        and _MASSED.search(sentence)
        and not any(side == "other" for _, side in party_hits(sentence)[0])
    ):
        # "the force massed on Ukraine's border", "150,000 troops arrayed on its borders"; not a third party's
        # ("NATO has 40,000 troops stationed near Ukraine's borders")
        return "russia"
    taker = _TAKEN_BY.search(sentence[: max(0, focus[0].start - offset)]) if focus else None
    if taker and claim_kind in _SEIZABLE and not civilians:
        # "Ukrainian forces destroyed 10 tanks", "Russians had seized 6.24m tonnes of storage": what a party
        # destroys or seizes is the other side's
        return "ukraine" if taker.group(1).startswith("Russia") else "russia"
    # the passive after the figure it is said of, not a clause elsewhere in the sentence
    after = focus[0].end - offset if focus else len(sentence)
    undergone = _TAKEN_BY_PASSIVE.search(sentence, after, after + _PASSIVE_REACH)
    if undergone and claim_kind in _SEIZABLE and not civilians:
        # "Dozens of silos ... have been destroyed by Russian bombardment": the passive of the same
        return "ukraine" if undergone.group(1).startswith("Russia") else "russia"
    lost = _LOSS_OF.search(sentence)
    # "Russia lost a couple of hundred people": people a party loses, not named as civilians, are its own
    if lost and claim_kind not in _TIME_TYPES and not _CIVILIAN.search(_ANYONE.sub("", counted)):
        word = (lost.group(1) or lost.group(2)).lower()
        return "russia" if word.startswith(("russia", "moscow")) else "ukraine"
    return None


def _what_it_counts(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    claim_kind: str | None,
    *,
    aid: str | None,
    focus: Sequence[Quantity],
) -> tuple[bool, str | None]:
    """The side read from what the figures count: both sides, sanctions, civilians, third parties, the war's
    own length, markets, aid and currencies, as (decided, side)."""
    if any(q.entity and _BOTH_SIDES.search(q.entity) for q in members):
        return True, None  # "tens of thousands of Russians and Ukrainians dead"
    if _SANCTIONED.search(_sanction_scope(sentence, offset, focus, claim_kind)) and _SANCTION_TARGET.search(
        sentence
    ):
        return True, "russia"  # "65 individuals and entities sanctioned ... for supporting Russia's invasion"
    if _civilian(sentence, offset, members, claim_kind) or _civil_care(sentence, claim_kind):
        return True, "civilian"
    if any(q.entity and _THIRD_PARTIES.search(q.entity) for q in members):
        return True, "other"
    timed = claim_kind in _TIME_TYPES or all(q.kind == "duration" for q in members)
    if (timed and _about_the_war(sentence, offset, members)) or _about_markets(sentence, offset, focus):
        return True, None
    if aid:
        return True, aid
    if (
        any(q.kind == "money" for q in members)
        or claim_kind == "money_aid"
        or _AID_WORDS.search(_figure_clause(sentence, offset, focus))
    ):
        party = _TO_PARTY.search(sentence)
        if party:
            return True, "russia" if party.group(1).startswith(("Russia", "Moscow")) else "ukraine"
    for q in members:  # money in a warring party's own currency is that party's: "15 million hryvnia"
        currency = _CURRENCY.search(q.text)
        if q.kind == "money" and currency:
            hryvnia = currency.group(0).lower().startswith(("hryvn", "uah", "₴"))
            return True, "ukraine" if hryvnia else "russia"
    return False, None

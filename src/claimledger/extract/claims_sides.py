"""Sides, actors and scope: whom a figure is about, which unit, and over what part of the war.

The side is the party the figure describes (in "Ukraine's General Staff said Russia lost 1,000 soldiers" the
side is ``russia``), never the speaker: the source's own words are blanked out before the side is read. Sides
are ``russia``, ``ukraine``, ``civilian`` (non-combatants of any country: the killed, wounded, displaced,
refugees), ``other`` (a third party: the US, NATO, the EU, Belarus, ...) or None when the figure is about no
party (the length of the war, a market index).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.models import PlaceMention, Quantity

_RUSSIA = re.compile(
    r"\bRussia(?:n|ns|'s|’s)?\b|\bMoscow(?:'s|’s)?\b|\bKremlin\b|\bWagner\b|\bPutin(?:'s|’s)?\b|\baggressor"
    r"|\boccupiers?\b|\binvaders?\b|\bRosgvard|\bKadyrov|\bSoviet\b|\bRed Army\b|\bFSB\b|\bBuryat"
    r"|\bDPR\b|\bLPR\b|\bseparatist|\borcs?\b|\bShoigu\b|\bPrigozhin\b|\bChechen"
)
_UKRAINE = re.compile(
    r"\bUkrain(?:e|ian|ians|e's|e’s)\b|\bKyiv(?:'s|’s)?\b|\bKiev\b|\bZelensk\w*|\bAFU\b|\bZSU\b|\bSBU\b"
    r"|\bAzov\b|\bUkrzaliz\w*|\bUkrenergo\b|\bDSNS\b|\bHIMARS\b|\bdefenders\b"
)
_CIVILIAN = re.compile(
    r"\bcivilians?\b|\bchildren\b|\bchild\b|\bwomen\b|\bresidents\b|\brefugees?\b|\bdisplaced\b|\bIDPs?\b"
    r"|\bpeople\b|\bperson\b|\bpersons\b|\binhabitants\b|\bpatients\b|\bjournalists?\b|\brescuers\b"
    r"|\bmedics\b|\bvolunteers\b|\bmigrants\b|\bpassengers\b|\bathletes\b|\bbodies\b|\bhostages\b"
    r"|\bwithout power\b|\bhomeless\b|\bfled\b|\bevacuat\w+|\bteachers\b|\bworkers\b|-year-old\b|\bhouses\b"
    r"|\bfamilies\b|\bfood insecure\b|\bin need of\b",
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
    r"|\bwithout power\b|\bdetained\b|\bcaptivity\b|\bdamaged\b|\btortur\w*|\bkidnap\w*|\bshot\b(?! down)"
    r"|\bexecuted\b|\bburied\b",
    re.IGNORECASE,
)
_OTHER = re.compile(
    r"\bU\.?S\.?\b|\bUnited States\b|\bAmerica(?:n|ns)?\b|\bWashington\b|\bPentagon\b|\bNATO\b|\bNato\b"
    r"|\bEU\b|\bGerman(?:y|s)?\b|\bBerlin\b|\bPol(?:and|ish|es)\b|\bWarsaw\b|\bBrit\w*|\bUK\b|\bU\.K\."
    r"|\bLondon\b|\bFrench\b|\bFrance\b|\bParis\b|\bChin(?:a|ese)\b|\bBeijing\b|\bBelarus\w*|\bIran\w*"
    r"|\bNorth Korea\w*|\bPyongyang\b|\bJapan\w*|\bTokyo\b|\bIsrael\w*|\bGaza\b|\bHamas\b|\bEstonia\w*"
    r"|\bLatvia\w*|\bLithuania\w*|\bBaltic\b|\bFinland\b|\bSweden\b|\bMoldova\w*|\bRomania\w*|\bSerbia\w*"
    r"|\bTurk\w*|\bAfrica\w*|\bSudan\b|\bIraq\w*|\bSyria\w*|\bAustralia\w*|\bCanad\w*|\bItal\w*|\bSpain\b"
    r"|\bHungar\w*|\bSlovak\w*|\bCzech\b|\bG7\b|\bBiden\b|\bTrump\b|\bIndia\b|\bS&P\b|\bMyanmar\b"
    r"|\bCongo\b|\bSomalia\b|\bEritrea\b|\bAfghan\w*|\bUNHCR\b|\bOSCE\b|\bHSBC\b|\bSaudi\b|\bDutch\b"
    r"|\bLukashenko\b|\bŁukaszenko\b|\bMinsk\b"
)
# "The enemy" is the other side of whoever speaks: Russia in Ukrainian reports, Ukraine in Russian ones.
_ENEMY = re.compile(r"\b(?:enemy|enemy's|enemy’s|adversary)\b", re.IGNORECASE)
_GENERIC_OTHER = re.compile(
    r"\bEuropean\b|\bEurope\b|\bWest\b|\bwestern\b|\ballies\b|\bcountries\b|\bnations\b|\bstates\b|\bworld\b"
    r"|\bglobal\b|\binternational\b"
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
    r"|\b(Russian|Ukrainian)\s+(?:\w+\s+){0,2}?(?:losses|casualties|victims|dead)\b"
)
_SANCTIONED = re.compile(
    r"\bsanction(?:s|ed)\s+(?:\w+\s+){0,4}?(?:on|against|by|over|for|in response to)\b"
    r"|\b(?:sanctions|penalties)\s+(?:also\s+)?(?:on|against|target)\b",
    re.IGNORECASE,
)
_RUSSIA_SANCTIONS = re.compile(
    r"\b(?:Russia|Moscow|the Kremlin)\s+(?:has\s+|had\s+)?(?:imposed|sanctioned|introduced|announced)\b"
)
_SANCTION_TARGET = re.compile(r"\bRussia(?:n|'s|’s)?\b|\bMoscow\b|\bKremlin\b")
# Figures that count states or bodies ("39 countries", "nearly 60 nations and international organizations") are
# about third parties unless a nationality is written on them.
_THIRD_PARTIES = re.compile(r"\b(?:countries|nations|states|organi[sz]ations|allies)\b", re.IGNORECASE)
# Markets belong to no party: "the S&P 500 fell 17%", "crude oil prices above $100 a barrel".
_MARKET = re.compile(
    r"\bS&P\b|\bDow\b|\bNasdaq\b|\bFTSE\b|\bstocks?\b|\bstock market|\bshares\b|\bcrude\b|\boil prices?\b"
    r"|\bgas prices?\b|\ba barrel\b|\bper barrel\b|\bthe market\b|\bmarkets\b|\binflation\b",
    re.IGNORECASE,
)
_BOTH_SIDES = re.compile(r"\b(?:Russians and Ukrainians|Ukrainians and Russians|both sides)\b", re.IGNORECASE)
# A nation's people counted as displaced or registered abroad are civilians: "millions of Ukrainians".
_PEOPLES = re.compile(r"\b(?:Ukrainians|Russians|Belarusians)\b")
_DISPLACED = re.compile(
    r"\bdisplac\w*|\brefugees?\b|\bfle(?:e|d|eing)\b|\basylum\b|\bregistered\b|\btemporary protection\b"
    r"|\bdeport\w*|\bevacuat\w*",
    re.IGNORECASE,
)
_STRIKE_WORDS = re.compile(
    r"\b(?:strikes? (?:on|in|at|hit)|struck|(?:missiles?|rockets?|drones?) (?:were |was )?(?:launched|fired|hit))\b",
    re.IGNORECASE,
)
# A possessive right before the figure ("his two-day work at the front", "its 400,000 recruits") points to
# the speaker.
_OWN_FIGURE = re.compile(r"\b(?:its|their|our|his|her|my)\s+(?:own\s+|first\s+|latest\s+)?$", re.IGNORECASE)
_POSSESSOR = re.compile(r"\b(Russia|Moscow|Ukraine|Kyiv)['’]s\s+(?:[a-z-]+\s+)?$")
_MEMBER_OF = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?(Russia\w*|Ukrain\w*)\b")
# People who are displaced by definition: civilians whether or not the sentence says how they were harmed.
_UPROOTED = re.compile(
    r"\b(?:refugees|migrants|displaced|IDPs|evacuees|asylum[ -]seekers|deportees)\b", re.IGNORECASE
)
_CURRENCY = re.compile(r"hryvn\w*|\bUAH\b|₴|roubles?|rubles?|\bRUB\b|₽", re.IGNORECASE)
_LOST_TO = re.compile(r"\blost\s+to\s+(Russian|Ukrainian|Russia|Ukraine)\b")
_VICTIM_COMBATANT = re.compile(
    r"\bsoldiers?\b|\btroops\b|\bservicem[ae]n\b|\bservice ?members\b|\bpersonnel\b|\bfighters\b"
    r"|\bcombatants\b|\bmercenar\w+|\brecruits\b|\breservists\b|\bmarines\b|\bparatroopers\b",
    re.IGNORECASE,
)
_WAR_FRAME = re.compile(
    r"\b(?:Russia(?:'s|’s|n)?|Moscow(?:'s|’s)?|Putin(?:'s|’s)?)\s+(?:[\w'’]+[\s-]+){0,2}?(?:invasion|war|aggression"
    r"|offensive operation)(?!\s+(?:effort|machine|economy|chest|budget|spending|production))"
    r"(?:\s+(?:of|on|in|against)\s+(?:\w+\s+)?Ukraine(?:'s|’s)?)?"
    r"|\b(?:invasion|war|aggression)\s+(?:of|on|in|against)\s+Ukraine\b"
    r"|\bsanctions\s+(?:\w+\s+){0,2}?(?:on|against)\s+(?:Russia|Moscow|Belarus)\b"
    r"|\b(?:war|conflict|fighting) between (?:Russia and Ukraine|Ukraine and Russia)\b|\bRussia-Ukraine war\b"
    # places, not parties: "along the Ukrainian border", "near Ukraine", "in Ukraine"
    r"|\b(?:Ukrainian|Russian|Belarusian|Polish)\s+(?:border|borders|territory|soil|airspace|capital|cities|city"
    r"|regions?|positions|front(?:line)?|side of the border|ports?|towns?)\b"
    r"|\b(?:border with|borders with|around|near|into|towards?|across|inside|in|along)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|occupied\s+|central\s+)?"
    r"(?:Ukraine|Russia|Belarus|Poland|Kyiv|Moscow)\b(?!['’]s)"
    r"|\b(?:Ukraine|Russia)['’]s\s+(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+)?(?:border|borders"
    r"|territory|soil|airspace|front(?:\s*line)?|regions?|cities|towns|villages|east|south|north|west)\b"
    r"|\b(?:regions?|oblasts?|parts?|areas?|cities|towns|villages|territory|territories)\s+of\s+(?:Ukraine|Russia)\b"
    r"|\b(?:the\s+)?Ukraine\s+(?:war|conflict|crisis|invasion)\b",
    re.IGNORECASE,
)
_DATED_BY_THE_WAR = re.compile(
    r"\s+(?:before|after|into)\s+(?:the|its|Russia['’]s)\s+(?:full[ -]scale\s+)?(?:invasion|war)\b", re.I
)
_WAR = re.compile(r"\bwar\b|\binvasion\b|\binvaded\b|\baggression\b|\bconflict\b|\bfighting\b", re.I)
_ADJECTIVE = re.compile(
    r"\b(Russian|Ukrainian|American|U\.S\.|US|German|British|Belarusian|Polish|French|Chinese|Iranian|Israeli"
    r"|Japanese|Estonian|NATO|Nato|enemy)(?!\w)"
)
_OWN = re.compile(r"\b(?:its|their|our|we|us|own)\b", re.IGNORECASE)
_CASUALTY_TYPES = frozenset({"casualty_count", "casualty_rate"})
_LOSS_TYPES = frozenset({"casualty_count", "casualty_rate", "equipment_loss_count", "equipment_loss_rate"})
_TIME_TYPES = frozenset({"duration", "date_arithmetic"})
# Claims typed by what they count, in which the party named before the figure is mostly the one that counts:
# the only claims in which a party named outside the figure's clause and its few words still decides.
_TYPED = frozenset(
    {
        "casualty_count",
        "casualty_rate",
        "equipment_loss_count",
        "equipment_loss_rate",
        "force_size",
        "strike_count",
        "territory_area",
        "money_aid",
    }
)
# How far before the figure (in characters, about ten words) a named party is still "on" it.
_NEAR_WINDOW = 60
# A party as the subject of a verb: "Russia has denied", "Ukrainian forces recaptured", "Moscow's army says".
_SUBJECT_VERB = re.compile(
    r"[\w.]+(?:['’]s)?(?:\s+(?:[A-Z]\w+|forces|troops|army|military|government|authorities|officials"
    r"|president|leader))*\s+(?:\w+ly\s+)?(?:has|have|had|is|are|was|were|will|would|could|can|may|might"
    r"|must|did|does|\w+ed|\w+es|\w+s)\b"
)

_UNIT = re.compile(
    r"\b(?:[Tt]he\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:Separate\s+)?(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Brigade|Division|Regiment|Army|Corps|Battalion|Fleet)\b"
    r"|\bWagner(?: Group)?\b|\bSBU\b|\bFSB\b|\bGUR\b|\bHUR\b|\bAzov\b|\bAkhmat\b|\bStorm-Z\b|\bKadyrovites\b"
    r"|\bBlack Sea Fleet\b|\bRosgvardia\b|\bNational Guard\b|\bTerritorial Defen[cs]e\b|\bVDV\b"
)
_FRONT = re.compile(
    r"\b(?:entire|whole|along the|across the|all along the|on the)\s+front(?:\s*line)?\b", re.I
)
_OPERATION = re.compile(
    r"\bOperation\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?|\b(?:counter-?offensive|offensive)\b(?= (?:in|on|around|near))"
)

Hit = tuple[int, str]


def _hits(sentence: str, enemy: str = "russia") -> tuple[list[Hit], list[Hit]]:
    """Side cues with their positions: named parties, and generic third-party words ("the West").

    Parties named only as the war's frame ("Russia's invasion of Ukraine", "along Ukraine's eastern front")
    are not cues: the figure is rarely about them; nor are the second halves of compounds ("pro-Russian",
    "Sino-Russian").
    """
    frames = [m.span() for m in _WAR_FRAME.finditer(sentence)]
    named: list[Hit] = []
    for side, pattern in (("russia", _RUSSIA), ("ukraine", _UKRAINE), ("other", _OTHER), (enemy, _ENEMY)):
        named.extend(
            (m.start(), side)
            for m in pattern.finditer(sentence)
            if not any(a <= m.start() < b for a, b in frames) and sentence[m.start() - 1 : m.start()] != "-"
        )
    generic = [(m.start(), "other") for m in _GENERIC_OTHER.finditer(sentence)]
    return named, generic


def _civilian(sentence: str, members: Sequence[Quantity], claim_kind: str | None) -> bool:
    """Whether the figures count non-combatants harmed or displaced."""
    nouns = " ".join(q.entity or q.text for q in members)
    if _COMBATANT.search(nouns):
        return False
    if (_PEOPLES.search(nouns) and _DISPLACED.search(sentence)) or _UPROOTED.search(nouns):
        return True
    if claim_kind in _CASUALTY_TYPES and not _VICTIM_COMBATANT.search(sentence):
        return True
    if _CIVILIAN.search(nouns) or (_CIVILIAN.search(sentence) and not _COMBATANT.search(sentence)):
        return bool(_HARM.search(sentence))
    return False


_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\b(?:and|but|while|whereas|which|who|after|before|as)\b")


def _clause(sentence: str, position: int) -> tuple[int, int]:
    """The span of the clause around ``position``: between the nearest breaks (commas, dashes, conjunctions)."""
    start, end = 0, len(sentence)
    for found in _CLAUSE_BREAK.finditer(sentence):
        if found.end() <= position:
            start = found.end()
        elif found.start() > position:
            end = found.start()
            break
    return start, end


def _about_the_war(sentence: str, offset: int, members: Sequence[Quantity]) -> bool:
    """Whether a duration or date figure measures the war itself ("782 days ago, the invasion began")."""
    for q in members:
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
        if q.kind not in ("percent", "money"):
            continue
        start, end = _clause(sentence, q.start - offset)
        clause = sentence[max(0, start - 40) : end]
        if _MARKET.search(clause) and not _RUSSIA.search(clause) and not _UKRAINE.search(clause):
            return True
    return False


def _attached(sentence: str, offset: int, members: Sequence[Quantity], enemy: str) -> str | None:
    """A nationality written on the figure itself ("1,260 Russian soldiers", "8,500 U.S. troops", "500 enemy
    soldiers")."""
    for q in members:
        start, end = q.start - offset, q.end - offset
        inside = list(_ADJECTIVE.finditer(sentence[start : end + 12]))
        window = sentence[max(0, start - 14) : start]
        before = [m for m in _ADJECTIVE.finditer(window) if m.end() >= len(window.rstrip()) - 1]
        for found in inside or before[-1:]:
            return {"Russian": "russia", "Ukrainian": "ukraine", "enemy": enemy}.get(found.group(1), "other")
        owner = _POSSESSOR.search(sentence, max(0, start - 40), start)
        if owner:  # "Russia's 12 deputy defence ministers", "Ukraine's estimated 450,000 troops"
            return "russia" if owner.group(1) in ("Russia", "Moscow") else "ukraine"
        member_of = _MEMBER_OF.match(sentence, end)  # "1,000 soldiers of the Russian army"
        if member_of and q.entity and _VICTIM_COMBATANT.search(q.entity):
            return "russia" if member_of.group(1).startswith("Russia") else "ukraine"
    return None


def side_of(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    *,
    speaker: str | None = None,
    claim_kind: str | None = None,
    context: str = "",
    carried: str | None = None,
    leading: Sequence[Quantity] = (),
) -> str | None:
    """The side the figures of one sentence are about, or None when no party is named.

    :param sentence: the sentence text
    :param offset: where the sentence starts in the document (quantity offsets are document offsets)
    :param members: the sentence's quantities
    :param speaker: the source's name, blanked out first so that the speaker never decides the side
    :param claim_kind: the claim type, when known (casualties without combatants are civilians; the length
        of the war is about no side)
    :param context: the previous sentence, read when this one names no party
    :param carried: the side of the claim just before, kept when neither sentence names a party
    :param leading: the quantities that give the claim its type (all of them when empty): a nationality on
        them, and the party nearest to them, decide ("four injuries from 51 attacks by Russian forces" is
        about the injured)

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 41, 55, "1,000 soldiers", Decimal(1000), Decimal(1000), entity="soldiers")
    >>> side_of("Ukraine's General Staff said Russia lost 1,000 soldiers.", 0, [q], speaker="Ukraine's General Staff")
    'russia'
    """
    said_by = ""
    if speaker and speaker != "author" and speaker in sentence:
        said_by = speaker
        sentence = sentence.replace(speaker, " " * len(speaker), 1)
    own = [side for _, side in _hits(speaker or "")[0] if side in ("russia", "ukraine")]
    speaker_side = own[0] if own else None
    enemy = "ukraine" if speaker_side == "russia" else "russia"
    focus = leading or members
    decided, side = _figure_side(sentence, offset, members, focus, claim_kind, enemy)
    if decided:
        return side
    return _nearest_party(
        sentence,
        offset,
        focus,
        claim_kind=claim_kind,
        said_by=said_by,
        enemy=enemy,
        context=context,
        speaker_side=speaker_side,
    ) or (carried if carried in ("russia", "ukraine") else None)


def _figure_side(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    focus: Sequence[Quantity],
    claim_kind: str | None,
    enemy: str,
) -> tuple[bool, str | None]:
    """The side read from the figure itself and its verb, as (decided, side)."""
    nouns = " ".join(q.entity or "" for q in members)
    attached = _attached(sentence, offset, focus, enemy)
    if attached and not _CIVILIAN.search(nouns):
        return True, attached
    lost_to = _LOST_TO.search(sentence)
    if lost_to:  # "Five have been lost to Russian attacks": the loser is the other side
        return True, "ukraine" if lost_to.group(1).startswith("Russia") else "russia"
    lost = _LOSS_OF.search(sentence)
    if lost and not _CIVILIAN.search(nouns):
        word = (lost.group(1) or lost.group(2)).lower()
        return True, "russia" if word.startswith(("russia", "moscow")) else "ukraine"
    if any(q.entity and _BOTH_SIDES.search(q.entity) for q in members):
        return True, None  # "tens of thousands of Russians and Ukrainians dead"
    if (
        _SANCTIONED.search(sentence)
        and _SANCTION_TARGET.search(sentence)
        and not _RUSSIA_SANCTIONS.search(sentence)
    ):
        return True, "russia"  # "65 individuals and entities sanctioned ... for supporting Russia's invasion"
    if _civilian(sentence, members, claim_kind):
        return True, "civilian"
    if any(q.entity and _THIRD_PARTIES.search(q.entity) for q in members):
        return True, "other"
    if claim_kind in _TIME_TYPES and _about_the_war(sentence, offset, members):
        return True, None
    if _about_markets(sentence, offset, members):
        return True, None
    if any(q.kind == "money" for q in members) or claim_kind == "money_aid" or _AID_WORDS.search(sentence):
        party = _TO_PARTY.search(sentence)
        if party:
            return True, "russia" if party.group(1).startswith(("Russia", "Moscow")) else "ukraine"
    for q in members:  # money in a warring party's own currency is that party's: "15 million hryvnia"
        currency = _CURRENCY.search(q.text)
        if q.kind == "money" and currency:
            return True, "ukraine" if currency.group(0).lower().startswith(
                ("hryvn", "uah", "₴")
            ) else "russia"
    return False, None


def _nearest_party(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    *,
    claim_kind: str | None,
    said_by: str,
    enemy: str,
    context: str,
    speaker_side: str | None = None,
) -> str | None:
    """The party named nearest to the figures: in their clause, else before them, else after them."""
    named, generic = _hits(sentence, enemy)
    if claim_kind == "distance" and _STRIKE_WORDS.search(sentence):
        claim_kind = "strike_count"  # how far a strike landed or was launched from is about the attacker too
    if claim_kind == "strike_count" and any(side in ("russia", "ukraine") for _, side in named):
        # A strike count with no nationality on the figure itself ("14 missiles were fired at Kyiv") is
        # about the attacker; in this war's reporting that is Russia unless the figure says otherwise.
        return "russia"
    if claim_kind == "strike_count" and not named:
        return "russia"  # "76 explosions have been recorded in the Sumy region during the last day"
    hits = named or generic
    anchor = min(q.start - offset for q in members) if members else 0
    if speaker_side and _OWN_FIGURE.search(sentence[max(0, anchor - 30) : anchor]):
        return speaker_side
    if said_by and not named and claim_kind not in _LOSS_TYPES:
        # "The Russian Defence Ministry announced its intent to add 400,000 recruits", "Putin announces a
        # call-up of some 300,000 reservists": a sentence that names a warring party only through its speaker
        # is about the speaker's side. Not for losses, which a party mostly reports of its enemy.
        own = [side for _, side in _hits(said_by)[0] if side != "other"]
        if own:
            return own[0]
    if not hits and context:
        # A sentence naming no party continues its predecessor's subject ("Other KIIS results show ... for
        # ordinary Ukrainians: · 64% - about a decrease in income").
        first = sorted(_hits(context)[0])[:1]
        return first[0][1] if first else None
    if not hits:
        return None
    start, end = _clause(sentence, anchor)
    inside = [h for h in named if start <= h[0] < end]
    if inside:
        # A party named in the figure's own clause: the one nearest to the figure.
        return min(inside, key=lambda h: abs(h[0] - anchor))[1]
    before = [h for h in named if h[0] <= anchor]
    # Outside the clause only evidence tied to the figure counts: a party named in the few words before it,
    # the subject of a verb before it ("Russia has denied that ... at least two fly-bys"), or, in a claim
    # typed as losses, forces, strikes, territory or aid, the party named last before it.
    near = [h for h in before if anchor - _NEAR_WINDOW <= h[0]]
    subjects = [h for h in before if _SUBJECT_VERB.match(sentence, h[0])]
    typed = before if claim_kind in _TYPED else []
    cues = near or subjects or typed
    # Otherwise no side: a party named far from the figure, after it, or only as "the West" or "countries"
    # is too weak a cue (it read third parties and "no side" as Russia).
    return max(cues)[1] if cues else None


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

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
    r"|\benemy\b|\boccupiers?\b|\binvaders?\b|\bRosgvard|\bKadyrov|\bSoviet\b|\bRed Army\b|\bFSB\b|\bBuryat"
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
    r"|\bwithout power\b|\bdetained\b|\bcaptivity\b|\bdamaged\b|\btortur\w*|\bkidnap\w*",
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
)
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
    r"(?:lost|losses|lose|loses|losing|had\s+(?:\w+\s+){0,3}casualties)\b"
    r"|\b(Russian|Ukrainian)\s+(?:\w+\s+){0,2}?(?:losses|casualties|victims|dead)\b"
)
_LOST_TO = re.compile(r"\blost\s+to\s+(Russian|Ukrainian|Russia|Ukraine)\b")
_VICTIM_COMBATANT = re.compile(
    r"\bsoldiers?\b|\btroops\b|\bservicem[ae]n\b|\bservice ?members\b|\bpersonnel\b|\bfighters\b"
    r"|\bcombatants\b|\bmercenar\w+|\brecruits\b|\breservists\b|\bmarines\b|\bparatroopers\b",
    re.IGNORECASE,
)
_WAR_FRAME = re.compile(
    r"\b(?:Russia(?:'s|’s|n)?|Moscow(?:'s|’s)?|Putin(?:'s|’s)?)\s+(?:\w+[\s-]+){0,2}?(?:invasion|war|aggression"
    r"|offensive operation)(?:\s+(?:of|on|in|against)\s+(?:\w+\s+)?Ukraine(?:'s|’s)?)?"
    r"|\b(?:invasion|war|aggression)\s+(?:of|on|in|against)\s+Ukraine\b"
    r"|\bsanctions\s+(?:\w+\s+){0,2}?(?:on|against)\s+(?:Russia|Moscow|Belarus)\b"
    r"|\bwar between Russia and Ukraine\b|\bRussia-Ukraine war\b"
    # places, not parties: "along the Ukrainian border", "near Ukraine", "in Ukraine"
    r"|\b(?:Ukrainian|Russian|Belarusian|Polish)\s+(?:border|borders|territory|soil|airspace|capital|cities|city"
    r"|regions?|positions|front(?:line)?|side of the border|ports?|towns?)\b"
    r"|\b(?:border with|borders with|around|near|into|towards?|across|inside|in)\s+(?:the\s+)?"
    r"(?:Ukraine|Russia|Belarus|Poland|Kyiv|Moscow)\b(?!['’]s)",
    re.IGNORECASE,
)
_WAR = re.compile(r"\bwar\b|\binvasion\b|\binvaded\b|\baggression\b|\bconflict\b|\bfighting\b", re.I)
_ADJECTIVE = re.compile(
    r"\b(Russian|Ukrainian|American|U\.S\.|US|German|British|Belarusian|Polish|French|Chinese|Iranian|Israeli"
    r"|Japanese|Estonian)\b"
)
_OWN = re.compile(r"\b(?:its|their|our|we|us|own)\b", re.IGNORECASE)
_CASUALTY_TYPES = frozenset({"casualty_count", "casualty_rate"})
_TIME_TYPES = frozenset({"duration", "date_arithmetic"})

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


def _hits(sentence: str) -> tuple[list[Hit], list[Hit]]:
    """Side cues with their positions: named parties, and generic third-party words ("the West").

    Parties named only as the war's frame ("Russia's invasion of Ukraine", "sanctions against Russia") are
    not cues: the figure is rarely about them.
    """
    frames = [m.span() for m in _WAR_FRAME.finditer(sentence)]
    named: list[Hit] = []
    for side, pattern in (("russia", _RUSSIA), ("ukraine", _UKRAINE), ("other", _OTHER)):
        named.extend(
            (m.start(), side)
            for m in pattern.finditer(sentence)
            if not any(a <= m.start() < b for a, b in frames)
        )
    generic = [(m.start(), "other") for m in _GENERIC_OTHER.finditer(sentence)]
    return named, generic


def _civilian(sentence: str, members: Sequence[Quantity], claim_kind: str | None) -> bool:
    """Whether the figures count non-combatants harmed or displaced."""
    nouns = " ".join(q.entity or q.text for q in members)
    if _COMBATANT.search(nouns):
        return False
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
        near = sentence[max(0, q.start - offset - 30) : q.end - offset + 60]
        if _WAR.search(near):
            return True
    return False


def _attached(sentence: str, offset: int, members: Sequence[Quantity]) -> str | None:
    """A nationality written on the figure itself ("1,260 Russian soldiers", "8,500 U.S. troops")."""
    for q in members:
        start, end = q.start - offset, q.end - offset
        inside = list(_ADJECTIVE.finditer(sentence[start : end + 12]))
        window = sentence[max(0, start - 14) : start]
        before = [m for m in _ADJECTIVE.finditer(window) if m.end() >= len(window.rstrip()) - 1]
        for found in inside or before[-1:]:
            return {"Russian": "russia", "Ukrainian": "ukraine"}.get(found.group(1), "other")
    return None


def side_of(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    *,
    speaker: str | None = None,
    claim_kind: str | None = None,
    context: str = "",
) -> str | None:
    """The side the figures of one sentence are about, or None when no party is named.

    :param sentence: the sentence text
    :param offset: where the sentence starts in the document (quantity offsets are document offsets)
    :param members: the sentence's quantities
    :param speaker: the source's name, blanked out first so that the speaker never decides the side
    :param claim_kind: the claim type, when known (casualties without combatants are civilians; the length
        of the war is about no side)
    :param context: the previous sentence, read when this one names no party

    >>> from decimal import Decimal
    >>> q = Quantity("q1", 41, 55, "1,000 soldiers", Decimal(1000), Decimal(1000), entity="soldiers")
    >>> side_of("Ukraine's General Staff said Russia lost 1,000 soldiers.", 0, [q], speaker="Ukraine's General Staff")
    'russia'
    """
    said_by = ""
    if speaker and speaker != "author" and speaker in sentence:
        said_by = speaker
        sentence = sentence.replace(speaker, " " * len(speaker), 1)
    decided, side = _figure_side(sentence, offset, members, claim_kind)
    if decided:
        return side
    return _nearest_party(sentence, offset, members, claim_kind=claim_kind, said_by=said_by, context=context)


def _figure_side(
    sentence: str, offset: int, members: Sequence[Quantity], claim_kind: str | None
) -> tuple[bool, str | None]:
    """The side read from the figure itself and its verb, as (decided, side)."""
    nouns = " ".join(q.entity or "" for q in members)
    attached = _attached(sentence, offset, members)
    if attached and not _CIVILIAN.search(nouns):
        return True, attached
    lost_to = _LOST_TO.search(sentence)
    if lost_to:  # "Five have been lost to Russian attacks": the loser is the other side
        return True, "ukraine" if lost_to.group(1).startswith("Russia") else "russia"
    lost = _LOSS_OF.search(sentence)
    if lost and not _CIVILIAN.search(nouns):
        word = (lost.group(1) or lost.group(2)).lower()
        return True, "russia" if word.startswith(("russia", "moscow")) else "ukraine"
    if _civilian(sentence, members, claim_kind):
        return True, "civilian"
    if claim_kind in _TIME_TYPES and _about_the_war(sentence, offset, members):
        return True, None
    if any(q.kind == "money" for q in members) or claim_kind == "money_aid" or _AID_WORDS.search(sentence):
        party = _TO_PARTY.search(sentence)
        if party:
            return True, "russia" if party.group(1).startswith(("Russia", "Moscow")) else "ukraine"
    return False, None


def _nearest_party(
    sentence: str,
    offset: int,
    members: Sequence[Quantity],
    *,
    claim_kind: str | None,
    said_by: str,
    context: str,
) -> str | None:
    """The party named nearest to the figures: in their clause, else before them, else after them."""
    named, generic = _hits(sentence)
    if claim_kind == "strike_count" and any(side in ("russia", "ukraine") for _, side in named):
        # A strike count with no nationality on the figure itself ("14 missiles were fired at Kyiv") is
        # about the attacker; in this war's reporting that is Russia unless the figure says otherwise.
        return "russia"
    hits = named or generic
    if not hits and said_by and _OWN.search(sentence):
        # "The Russian Defence Ministry announced its intent to add 400,000 recruits": the figure is about the
        # speaker's own side, which the sentence names only through the speaker.
        hits = _hits(said_by)[0]
    if not hits and context:
        # A sentence naming no party continues its predecessor's subject ("Other KIIS results show ... for
        # ordinary Ukrainians: · 64% - about a decrease in income").
        first = sorted(_hits(context)[0])[:1]
        return first[0][1] if first else None
    if not hits:
        return None
    anchor = min(q.start - offset for q in members) if members else 0
    start, end = _clause(sentence, anchor)
    inside = [h for h in named if start <= h[0] < end]
    if inside:
        # A party named in the figure's own clause: the one nearest to the figure.
        return min(inside, key=lambda h: abs(h[0] - anchor))[1]
    before = [h for h in hits if h[0] <= anchor]
    return (max(before) if before else min(hits))[1]


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

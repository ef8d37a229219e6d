"""The parties of the war as words: Russia, Ukraine and third parties, named by country, people, capital,
leader or institution, and the clause around a position in a sentence.

A party named only as the war's frame or a place ("Russia's invasion of Ukraine", "along Ukraine's eastern
front", "in eastern Ukraine") is not a cue for the side of a figure: ``party_hits`` leaves it out.
"""

from __future__ import annotations

import re
from functools import lru_cache

RUSSIA = re.compile(
    r"\bRussia(?:n|ns|'s|’s)?\b|\bMoscow(?:'s|’s)?\b|\bKremlin\b|\bWagner\b|\bPutin(?:'s|’s)?\b|\baggressor"
    r"|\boccupiers?\b|\binvaders?\b|\bRosgvard|\bKadyrov|\bRed Army\b|\bFSB\b|\bBuryat"
    r"|\bDPR\b|\bLPR\b|\bseparatist|\borcs?\b|\bShoigu\b|\bPrigozhin\b|\bChechen"
    # institutions, companies and officials standing for Russia
    r"|\bDuma\b|\bLavrov\b|\bPeskov\b|\bMedvedev\b|\bGerasimov\b|\bBelousov\b|\bNabiullina\b|\bZakharova\b"
    r"|\bGazprom\b|\bRosneft\b|\bRosatom\b|\bLukoil\b|\bSberbank\b|\bRoscosmos\b|\bRoskomnadzor\b"
)

UKRAINE = re.compile(
    r"\bUkrain(?:e|ian|ians|e's|e’s)\b|\bKyiv(?:'s|’s)?\b|\bKiev\b|\bZelensk\w*|\bAFU\b|\bZSU\b|\bSBU\b|\bGUR\b|\bHUR\b"
    r"|\bAzov\b|\bUkrzaliz\w*|\bUkrenergo\b|\bDSNS\b|\bHIMARS\b|\bdefenders\b"
    # institutions, companies and officials standing for Ukraine
    r"|\bVerkhovna Rada\b|\bNaftogaz\b|\bEnergoatom\b|\bKuleba\b|\bZaluzh\w+|\bSyrsk\w+|\bBudanov\b"
    r"|\bYermak\b|\bShmyhal\b|\bReznikov\b|\bUmerov\b|\bPodol[iy]ak\b|\bKlitschko\b|\bPoroshenko\b"
)

OTHER = re.compile(
    r"\bU\.?S\.?\b|\bUnited States\b|\bAmerica(?:n|ns)?\b|\bWashington\b|\bPentagon\b|\bNATO\b|\bNato\b"
    r"|\bEU\b|\bGerman(?:y|s)?\b|\bBerlin\b|\bPol(?:and|ish|es)\b|\bWarsaw\b|\bBrit\w*|\bUK\b|\bU\.K\."
    r"|\bLondon\b|\bFrench\b|\bFrance\b|\bParis\b|\bChin(?:a|ese)\b|\bBeijing\b|\bBelarus\w*|\bIran\w*"
    r"|\bNorth Korea\w*|\bPyongyang\b|\bJapan\w*|\bTokyo\b|\bIsrael\w*|\bGaza\b|\bHamas\b|\bEstonia\w*"
    r"|\bLatvia\w*|\bLithuania\w*|\bBaltic\b|\bFinland\b|\bSweden\b|\bMoldova\w*|\bRomania\w*|\bSerbia\w*"
    r"|\bTurk\w*|\bAfrica\w*|\bSudan\b|\bIraq\w*|\bSyria\w*|\bAustralia\w*|\bCanad\w*|\bItal\w*|\bSpain\b"
    r"|\bHungar\w*|\bSlovak\w*|\bCzech\b|\bG7\b|\bBiden\b|\bTrump\b|\bIndia\b|\bS&P\b|\bMyanmar\b"
    r"|\bCongo\b|\bSomalia\b|\bEritrea\b|\bAfghan\w*|\bUNHCR\b|\bOSCE\b|\bHSBC\b|\bSaudi\b|\bDutch\b"
    r"|\bLukashenko\b|\bŁukaszenko\b|\bMinsk\b|\bDOJ\b|\bFBI\b|\bCIA\b|\bDepartment of Justice\b"
    r"|\bLiby\w+|\bEgypt\w*|\bQatar\w*|\bMexic\w+|\bVenezuela\w*|\bCuba\w*|\bPakistan\w*|\bVietnam\w*"
    r"|\bYemen\w*|\bHouthi\w*|\bHezbollah\b|\bLeban\w+|\bGreece\b|\bGreek\b|\bBelgi\w+|\bAustria\w*"
    r"|\bNetherlands\b|\bBulgaria\w*|\bCroatia\w*|\bSloven\w+|\bAlbania\w*|\bMontenegr\w+|\bBosnia\w*"
    r"|\bKosovo\w*|\bCyprus\b|\bPortug\w+|\bIceland\w*|\bMongolia\w*|\bKyrgyz\w*|\bTajik\w*|\bUzbek\w*"
    r"|\bNigeria\w*|\bEthiopia\w*|\bIndonesia\w*|\bArgentin\w+|\bMexico\b|\bNew Zealand\w*|\bEgypt\b"
    # capitals, institutions and leaders standing for third parties
    r"|\bEuropean (?:Union|Commission|Council|Parliament)\b|\bthe alliance\b|\bthe bloc\b|\bBrussels\b"
    r"|\bWhite House\b|\bDowning Street\b|\bWhitehall\b|\bCongress\b|\bSenate\b|\bBundestag\b"
    r"|\bÉlysée\b|\bElysee\b|\bState Department\b|\bUN\b|\bUnited Nations\b|\bIAEA\b|\bIMF\b|\bWorld Bank\b"
    r"|\bStoltenberg\b|\bRutte\b|\bScholz\b|\bMacron\b|\bSunak\b|\bBlinken\b|\bKirby\b|\bSullivan\b"
    r"|\bvon der Leyen\b|\bBorrell\b|\bErdo[gğ]an\b|\bXi\b|\bOrb[aá]n\b|\bDuda\b|\bGuterres\b|\bPope\b"
    r"|\bVatican\b|\bIreland\b|\bIrish\b|\bSwiss\b|\bSwitzerland\b|\bNorw\w+|\bDenmark\b|\bDanish\b"
    r"|\bTehran\b|\bAnkara\b|\bBudapest\b|\bBratislava\b|\bVilnius\b|\bRiga\b|\bTallinn\b|\bHelsinki\b"
    r"|\bStockholm\b|\bRome\b|\bMadrid\b|\bOttawa\b|\bCanberra\b|\bNew Delhi\b|\bTbilisi\b|\bChisinau\b"
    r"|\bBucharest\b|\bPrague\b|\bSofia\b|\bBelgrade\b|\bSeoul\b|\bThe Hague\b|\bCopenhagen\b|\bOslo\b"
    r"|\bCouncil of Europe\b|\bPACE\b|\bG20\b|\bASEAN\b|\bAfrican Union\b|\bArab League\b|\bUnion State\b"
    # a state that no longer exists: "Millions of Soviet soldiers died in the war"
    r"|\bSoviet\b|\bGeorgia\b|\bArmenia\w*|\bAzerbaijan\w*|\bKazakh\w*|\bTaiwan\w*|\bKorea\w*|\bBrazil\w*"
)

_GENERIC_OTHER = re.compile(
    r"\bEuropean\b|\bEurope\b|\bWest\b|\bwestern\b|\ballies\b|\bcountries\b|\bnations\b|\bstates\b|\bworld\b"
    r"|\bglobal\b|\binternational\b"
)

_WAR_FRAME = re.compile(
    r"\b(?:Russia(?:'s|’s|n)?|Moscow(?:'s|’s)?|Putin(?:'s|’s)?)\s+(?:[\w'’]+[\s-]+){0,2}?(?:invasion|war|aggression"
    r"|offensive operation)(?!\s+(?:effort|machine|economy|chest|budget|spending|production))"
    r"(?:\s+(?:of|on|in|against)\s+(?:\w+\s+)?Ukraine(?:'s|’s)?)?"
    r"|\b(?:invasion|war|aggression|attacks?)\s+(?:of|on|in|against)\s+Ukraine\b"
    r"|\b(?:invasion|aggression|attacks?)\s+by\s+(?:Russia|Moscow)\b(?!['’]s)"
    r"|\bsanctions\s+(?:\w+\s+){0,2}?(?:on|against)\s+(?:Russia|Moscow|Belarus)\b"
    r"|\bbetween (?:Russia|Moscow) and (?:Ukraine|Kyiv)\b(?!['’]s)|\bbetween (?:Ukraine|Kyiv) and (?:Russia|Moscow)\b(?!['’]s)"
    r"|\bRussia-Ukraine war\b"
    r"|\b(?:invade|invading|invaded|invades|attack|attacking|attacked|attacks)\s+Ukraine\b(?!['’]s)"
    # places, not parties: "along the Ukrainian border", "near Ukraine", "in Ukraine"
    r"|\b(?:Ukrainian|Russian|Belarusian|Polish)\s+(?:border|borders|territory|soil|airspace|capital|cities|city"
    r"|regions?|positions|front(?:line)?|side of the border|ports?|towns?)\b"
    r"|\b(?:border with|borders with|around|near|into|towards?|across|inside|in|along)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+|occupied\s+|central\s+)?"
    r"(?:Ukraine|Russia|Belarus|Poland|Kyiv|Moscow)\b(?!['’]s)"
    r"|\b(?:Ukraine|Russia)['’]s\s+(?:(?:north|south|east|west)(?:ern|-eastern|-western)?\s+)?(?:border|borders"
    r"|territory|soil|airspace|front(?:\s*line)?|regions?|cities|towns|villages|east|south|north|west)\b"
    r"|\b(?:regions?|oblasts?|parts?|areas?|cities|towns|villages|territory|territories|borders?)\s+of\s+"
    r"(?:Ukraine|Russia)\b"
    r"|\b(?:the\s+)?Ukraine\s+(?:war|conflict|crisis|invasion)\b",
    re.IGNORECASE,
)

Hit = tuple[int, str]


def party_hits(sentence: str) -> tuple[list[Hit], list[Hit]]:
    """Side cues with their positions: named parties, and generic third-party words ("the West").

    Parties named only as the war's frame ("Russia's invasion of Ukraine", "along Ukraine's eastern front")
    are not cues: the figure is rarely about them; nor are the second halves of compounds ("pro-Russian",
    "Sino-Russian").
    """
    named, generic = _hits(sentence)
    return list(named), list(generic)


@lru_cache(maxsize=2048)
def _hits(sentence: str) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """:func:`party_hits`, kept for the sentences read again (as context, as the sentence before, ...)."""
    frames = [m.span() for m in _WAR_FRAME.finditer(sentence)]
    named: list[Hit] = []
    for side, pattern in (("russia", RUSSIA), ("ukraine", UKRAINE), ("other", OTHER)):
        named.extend(
            (m.start(), side)
            for m in pattern.finditer(sentence)
            if not any(a <= m.start() < b for a, b in frames) and sentence[m.start() - 1 : m.start()] != "-"
        )
    generic = tuple((m.start(), "other") for m in _GENERIC_OTHER.finditer(sentence))
    return tuple(named), generic


_CLAUSE_BREAK = re.compile(
    r",(?!\d{3})|[;:()—–]|\s-\s|\b(?:and|but|while|whereas|which|who|after|before|as)\b"
)


def clause_span(sentence: str, position: int) -> tuple[int, int]:
    """The span of the clause around ``position``: between the nearest breaks (commas, dashes, conjunctions)."""
    start, end = 0, len(sentence)
    for found in _CLAUSE_BREAK.finditer(sentence):
        if found.end() <= position:
            start = found.end()
        elif found.start() > position:
            end = found.start()
            break
    return start, end

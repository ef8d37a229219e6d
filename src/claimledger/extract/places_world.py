"""World-news conventions of recognition: what geoparsing gold of world news counts as a toponym.

GeoWebNews, TR-News and LGL count a country's adjective ("Chinese officials"), a country's abbreviation ("the
US", "U.K.") and a well-known place named inside an organisation ("Air Zimbabwe", "Toronto Police", "Texas
Rangers"), and the European Union (at Europe's point, GeoWebNews). The project's guideline
(``tests/places/README.md``) counts none of them: a place mention is a
toponym written as a proper name. Which convention applies is the caller's explicit choice, never read from
the text: ``conventions="war"`` (the default, which the pipeline uses) follows the guideline and drops the
matches marked ``world``; ``conventions="world"`` keeps them, for scoring against world-news gold. The sides
of the war ("Russian", "Ukrainian") are never places under the guideline; world-news gold counts them as the
adjectives of Russia and Ukraine like any other country's.
"""

from __future__ import annotations

from typing import Literal

from claimledger.extract.gazetteer import Gazetteer, Place, fold_token
from claimledger.extract.places_cues import GEO_MODIFIERS
from claimledger.extract.places_lists import REGION_NAMES

Tokens = list[tuple[int, int]]
# "war": the project's guideline, no adjectives, abbreviations or names inside organisations; "world": the
# convention of world-news geoparsing gold (GeoWebNews, TR-News, LGL), which counts them.
Conventions = Literal["war", "world"]
CONVENTIONS: tuple[Conventions, ...] = ("war", "world")

# Abbreviations of countries, of the European Union and of Washington, D.C., matched when written in capitals
# in running text ("the US", "U.K.", "the EU", "in D.C."); other short words in capitals are acronyms.
COUNTRY_ABBREVIATIONS = frozenset({"us", "u s", "usa", "u s a", "uk", "u k", "uae", "eu", "e u", "d c"})
# Organisations that world-news gold places on the map ("the European Union" at Europe's point); the
# project's guideline counts names of organisations as no places.
ORGANISATIONS = frozenset({"european union", "eu", "e u"})
# Capitalised words that may stand right before a place name without making it part of a longer name.
# Capitalised compass words are left out on purpose: "North America", "Northern Ireland", "Western Australia"
# are other places than America, Ireland and Australia.
PRE_ALLOWED = frozenset(
    {
        *("in", "near", "at", "of", "from", "to", "into", "the", "a", "an", "and", "or", "but", "outside"),
        *("around", "on", "by", "for", "as", "with", "across", "towards", "toward", "occupied", "liberated"),
        *("russian", "ukrainian", "when", "while", "after", "before", "since", "during", "if", "although"),
        *("then", "meanwhile", "also", "only", "even", "both", "despite", "because", "until", "like", "over"),
        *("between", "through", "neighbouring", "neighboring", "annexed"),
    }
)
# The sides of the war, which the project's guideline never counts as places; world-news gold counts them as
# their countries' adjectives like any other ("Russian officials").
SIDES = {"russian": "Russia", "ukrainian": "Ukraine", "belarusian": "Belarus", "moldovan": "Moldova"}
# Places this big (or countries and first-level regions) still count when named inside an organisation, and
# so do counties named with their designator.
EMBEDDED_POPULATION = 500_000
COUNTY_WORDS = (" County", " Parish")
# Words after an adjective that name an institution standing elsewhere ("British Embassy Tokyo").
FACILITY_WORDS = frozenset(
    {
        *("university", "college", "school", "academy", "hospital", "embassy", "consulate", "museum"),
        *("hotel", "stadium", "arena", "airport", "church", "cathedral", "mall", "institute"),
    }
)
# Words after a name that make the whole another place: "Madison County", "Pine Street", "Hudson River".
OTHER_PLACE_WORDS = frozenset(
    {
        *("county", "parish", "township", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd"),
        *("park", "lake", "river", "bay", "island", "islands", "beach", "heights", "hills", "valley"),
        *("springs", "falls", "square", "airport", "harbor", "harbour", "creek", "mountain", "mountains"),
        *("coast", "sea", "ocean", "canal", "village", "city", "town", "borough", "district", "peninsula"),
    }
)


def adjective(text: str, tokens: Tokens, i: int, gazetteer: Gazetteer) -> tuple[int, int, str, Place] | None:
    """A country's or continent's adjective starting at token ``i`` ("Chinese", "South Korean", "European"),
    as ``(start, end, key, place)``; None after another capitalised word ("Percy French") or before an
    institution ("British Embassy").

    >>> from claimledger.extract.gazetteer import TOKEN, load
    >>> text = "South Korean envoys"
    >>> tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    >>> start, end, key, place = adjective(text, tokens, 0, load())
    >>> text[start:end], place.country
    ('South Korean', 'KR')
    """
    start, end = tokens[i]
    if (
        not text[start].isupper()
        or (i and _glued(text, tokens[i - 1], start))
        or _facility_after(text, tokens, i)
    ):
        return None
    key = fold_token(text[start:end])
    if i + 1 < len(tokens) and text[end : tokens[i + 1][0]] == " " and text[tokens[i + 1][0]].isupper():
        pair = f"{key} {fold_token(text[tokens[i + 1][0] : tokens[i + 1][1]])}"
        if pair in gazetteer.demonyms:
            key, end = pair, tokens[i + 1][1]
    position = gazetteer.demonyms.get(key)
    if position is not None:
        return start, end, key, gazetteer.place(position)
    country = SIDES.get(key)
    place = next((p for p in gazetteer.lookup(country) if p.fcode == "PCLI"), None) if country else None
    return None if place is None else (start, end, key, place)


def _glued(text: str, before: tuple[int, int], start: int) -> bool:
    """Whether a capitalised word other than a sentence opener stands right before ``start`` ("Percy French")."""
    word = text[before[0] : before[1]]
    return text[before[1] : start] == " " and word[0].isupper() and word.lower() not in PRE_ALLOWED


def glued_to_organisation(text: str, tokens: Tokens, first: int, last: int) -> bool:
    """Whether the capitalised words glued to a name leave it the name of that place: not "Madison County",
    "Pine Street" or "Lake Geneva" (another place) nor "St. Paris", "West Surrey", "New London", nor a
    party such as "United Russia"."""
    if (
        last + 1 < len(tokens)
        and text[tokens[last + 1][0] : tokens[last + 1][1]].lower() in OTHER_PLACE_WORDS
    ):
        return False
    before = fold_token(text[tokens[first - 1][0] : tokens[first - 1][1]]) if first else ""
    return before not in GEO_MODIFIERS and before != "united"


def _facility_after(text: str, tokens: Tokens, last: int) -> bool:
    """Whether one of the two capitalised words after an adjective names a building or an institution, which
    stands somewhere else than the country the adjective names ("British Embassy Tokyo", "British
    International School")."""
    for j in range(last + 1, min(last + 3, len(tokens))):
        word = text[tokens[j][0] : tokens[j][1]]
        if text[tokens[j - 1][1] : tokens[j][0]] != " " or not word[0].isupper():
            return False
        if word.lower() in FACILITY_WORDS:
            return True
    return False


def embeddable(place: Place, alternate: bool) -> bool:
    """Whether a place is known enough to be named inside an organisation's name ("Air Zimbabwe", "Texas
    Rangers", "Toronto Police")."""
    if place.fcode == "ADM2" and place.country != "UA":
        # "Cuyahoga County Executive", "Suffolk County detectives"; not "Kent State University"
        return not alternate and place.name.endswith(COUNTY_WORDS)
    return not alternate and (place.fcode in REGION_NAMES or place.population >= EMBEDDED_POPULATION)


def in_capitals(text: str, tokens: Tokens, first: int, last: int) -> bool:
    """Whether a word in capitals beside the match makes it part of a shouted line ("JOIN US ON TELEGRAM")."""
    beside = [tokens[j] for j in (first - 1, last + 1) if 0 <= j < len(tokens)]
    return any(e - s >= 2 and text[s:e].isupper() for s, e in beside)

"""Recognition: gazetteer names found in text, filtered by capitalisation and context rules.

A name starts at a capitalised token (or a compass adjective for "southern front") and is the longest token
sequence whose folded form is a gazetteer key, so that "the Kharkiv region" is the oblast, not the city. A match
is dropped when it sits inside a longer proper name ("Kyiv Independent", "Volodymyr Zelensky"), when it is a
side or a common word, or when it is a small place with no locative cue ("near", "the village of").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.gazetteer import TOKEN, Gazetteer, Place, fold_token

# Words that gazetteer alternates contain but that name sides, units or things in war reporting.
BLOCKED = frozenset(
    [
        "russian",
        "russians",
        "ukrainian",
        "ukrainians",
        "soviet",
        "crimean",
        "azov",
        "wagner",
        "kremlin",
        "nato",
        "west",
        "may",
        "june",
        "march",
        "august",
        "mayor",
        "governor",
        "president",
        "general",
        "minister",
        "colonel",
        "sergeant",
        "god",
        "lord",
        "street",
        "square",
        "avenue",
        "victory",
        "freedom",
        "peace",
        "liberty",
        "independence",
        "hero",
        "heroes",
        "glory",
        "kiev's",
        "north",
        "south",
        "east",
        "west",
    ]
)
COMPASS_STARTS = frozenset({"southern", "eastern", "northern", "western"})
# Capitalised words that may stand right before a place name without making it part of a longer name.
PRE_ALLOWED = frozenset(
    [
        "in",
        "near",
        "at",
        "of",
        "from",
        "to",
        "into",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "outside",
        "around",
        "on",
        "by",
        "for",
        "as",
        "with",
        "across",
        "towards",
        "toward",
        "eastern",
        "western",
        "northern",
        "southern",
        "central",
        "occupied",
        "liberated",
        "russian",
        "ukrainian",
        "greater",
        "when",
        "while",
        "after",
        "before",
        "since",
        "during",
        "if",
        "although",
        "though",
        "then",
        "meanwhile",
        "also",
        "only",
        "even",
        "both",
        "despite",
        "because",
        "until",
        "so",
        "yet",
        "like",
        "unlike",
        "about",
        "over",
        "under",
        "between",
        "through",
        "north",
        "south",
        "east",
        "west",
    ]
)
POST_ALLOWED = frozenset({"Oblast", "Region", "Province", "Mayor", "Governor", "City"})
LOCATIVE = frozenset(
    [
        "in",
        "near",
        "at",
        "outside",
        "around",
        "from",
        "to",
        "into",
        "towards",
        "toward",
        "across",
        "through",
        "outskirts",
        "village",
        "villages",
        "town",
        "towns",
        "city",
        "cities",
        "settlement",
        "settlements",
        "hamlet",
        "suburb",
        "suburbs",
        "district",
        "region",
        "oblast",
        "between",
        "via",
        "of",
        "captured",
        "capture",
        "liberated",
        "liberation",
        "retook",
        "recaptured",
        "seized",
        "shelled",
        "shelling",
        "struck",
        "hit",
        "attacked",
        "fighting",
        "fight",
        "battle",
        "advance",
        "advanced",
        "advancing",
        "encircled",
        "surrounded",
        "defending",
        "defend",
        "entered",
        "occupied",
        "front",
        "frontline",
    ]
)
SETTLEMENT_WORDS = frozenset({"village", "town", "city", "settlement", "hamlet", "villages", "towns"})
GAP = re.compile(r"[ \-]|\. ?|-on-")
MAJOR_POPULATION = 20_000


@dataclass(frozen=True, slots=True)
class Match:
    """A recognised name: its span, folded key, candidate entries and the cue words seen before it."""

    start: int
    end: int
    key: str
    first_token: int
    last_token: int
    places: tuple[Place, ...]
    cue: str | None


def find_names(text: str, gazetteer: Gazetteer) -> list[Match]:
    """Every recognised place name of ``text`` in text order."""
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    lowercase_words = {text[s:e] for s, e in tokens if text[s].islower()}
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        found = _longest(text, tokens, i, gazetteer)
        if found is None:
            i += 1
            continue
        last, key = found
        match = _accept(text, tokens, i, last, key, gazetteer, lowercase_words, matches)
        if match is not None:
            matches.append(match)
        i = last + 1
    return matches


def _longest(
    text: str, tokens: list[tuple[int, int]], i: int, gazetteer: Gazetteer
) -> tuple[int, str] | None:
    start, end = tokens[i]
    word = text[start:end]
    first = fold_token(word)
    if not (word[0].isupper() or first in COMPASS_STARTS):
        return None
    longest = gazetteer.max_tokens.get(first)
    if longest is None:
        return None
    folded = [first]
    best: tuple[int, str] | None = (i, first) if first in gazetteer.index else None
    for j in range(i + 1, min(i + longest, len(tokens))):
        gap = text[tokens[j - 1][1] : tokens[j][0]]
        if not GAP.fullmatch(gap):
            break
        folded.append(fold_token(text[tokens[j][0] : tokens[j][1]]))
        key = " ".join(folded)
        if key in gazetteer.index:
            best = (j, key)
    return best


def _accept(
    text: str,
    tokens: list[tuple[int, int]],
    first: int,
    last: int,
    key: str,
    gazetteer: Gazetteer,
    lowercase_words: set[str],
    previous: list[Match],
) -> Match | None:
    start, end = tokens[first][0], tokens[last][1]
    if key in BLOCKED or (text[start:end].isupper() and len(key) <= 4):
        return None
    if _inside_longer_name(text, tokens, first, last):
        return None
    places = tuple(gazetteer.places[i] for i in gazetteer.index[key])
    cue = _cue(text, tokens, first)
    major = any(_is_major(p) for p in places)
    if " " not in key and key in lowercase_words and cue not in SETTLEMENT_WORDS:
        return None
    if not major and cue is None and not _continues_list(text, start, previous):
        return None
    return Match(start, end, key, first, last, places, cue)


def _is_major(place: Place) -> bool:
    return place.is_region or place.population >= MAJOR_POPULATION or place.fcode in {"PPLA", "PPLC", "PPLA2"}


def _inside_longer_name(text: str, tokens: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether a capitalised word is glued to the match on either side ("Kyiv Independent")."""
    if last + 1 < len(tokens):
        s, e = tokens[last + 1]
        gap = text[tokens[last][1] : s]
        word = text[s:e]
        if gap in {" ", "-"} and word[0].isupper() and word not in POST_ALLOWED:
            return True
    if first > 0:
        s, e = tokens[first - 1]
        gap = text[e : tokens[first][0]]
        word = text[s:e]
        if gap in {" ", "-"} and word[0].isupper() and word.lower() not in PRE_ALLOWED:
            return True
    return False


def _cue(text: str, tokens: list[tuple[int, int]], first: int) -> str | None:
    """The nearest locative word among the three tokens before the match, within its clause."""
    for j in range(first - 1, max(first - 4, -1), -1):
        s, e = tokens[j]
        gap = text[e : tokens[j + 1][0]]
        if any(c in gap for c in ".;:!?\n"):
            return None
        word = text[s:e].lower()
        if word in LOCATIVE:
            return word
    return None


def _continues_list(text: str, start: int, previous: list[Match]) -> bool:
    """Whether the match continues a list of places: "Izium, Lyman and Siversk"."""
    if not previous:
        return False
    gap = text[previous[-1].end : start]
    return gap in {", ", " and ", ", and ", " or ", " to ", "-"}

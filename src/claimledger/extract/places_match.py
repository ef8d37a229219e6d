"""Recognition: gazetteer names found in text, filtered by capitalisation and context rules.

A name starts at a capitalised token (or a compass adjective, for "southern front") and is the longest token
sequence whose folded form is a gazetteer key, so that "the Kharkiv region" is the oblast, not the city. A match
is dropped when it sits inside a longer proper name ("Kyiv Independent", "Volodymyr Zelensky"), when it is a
side, a person or a common word, or when it is a small place with no locative cue ("near", "the village of").
Small places reached only through an alternate name ("Rabotino") need a strong cue. World towns named like
English words or given names ("Commerce", "Linda") need one too, and a name written as a person's surname
elsewhere in the document ("Lloyd Austin") is a person; a town followed by its state ("Cottonport, La.") is
admitted and the abbreviation becomes a place (see :mod:`claimledger.extract.places_cues`). A country's or
region's own name outranks the small towns named after it ("Mexico"), and a list of states or of countries
reads each name as one ("Hawaii, California, Washington and Utah"). Country adjectives, abbreviations,
places named inside organisations and the European Union count only under the world-news convention, chosen
by the caller (see :mod:`claimledger.extract.places_world`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimledger.extract.gazetteer import TOKEN, Gazetteer, Place, fold_token
from claimledger.extract.places_cues import (
    abbreviation,
    after_title,
    is_surname,
    person_named,
    qualifier,
    spoken_of,
    surnames,
)
from claimledger.extract.places_lists import REGION_NAMES, coordinated_regions
from claimledger.extract.places_world import (
    COUNTRY_ABBREVIATIONS,
    ORGANISATIONS,
    OTHER_PLACE_WORDS,
    PRE_ALLOWED,
    Conventions,
    adjective,
    embeddable,
    glued_to_organisation,
    in_capitals,
)

# Keys that gazetteer alternates hold but that name sides, people, months or things in war reporting.
BLOCKED = frozenset(
    {
        *("russian", "russians", "ukrainian", "ukrainians", "soviet", "crimean", "azov", "wagner", "kremlin"),
        *("nato", "may", "june", "march", "august", "mayor", "governor", "president", "general", "minister"),
        *("god", "lord", "street", "square", "avenue", "victory", "freedom", "peace", "liberty", "hero"),
        *("glory", "north", "south", "east", "west", "balkan", "balkans", "human", "jar", "mir", "lenin"),
        *("el nino", "la nina"),
        *("stalin", "novyi", "nova", "nove", "staryi", "stara", "velyka", "mala", "pivdennyi", "zelenyi"),
        *("pivnichnyi", "putin", "lavrov", "medvedev", "peskov", "shoigu", "gerasimov", "prigozhin"),
        *("kadyrov", "navalny", "zelensky", "zelenskyy", "zaluzhny", "syrskyi", "budanov", "kuleba"),
        *("yermak", "reznikov", "ivanov", "vladimir", "volodymyr", "sergey", "sergei", "dmitry", "oleksandr"),
        *("oleksiy", "andriy", "yevgeny", "lukashenko", "biden", "trump", "macron", "scholz", "erdogan"),
        *("stoltenberg", "xi", "oleh", "ivan", "obama", "bush", "duda", "rasmussen", "welby", "cameron"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
    }
)
COMPASS_STARTS = frozenset({"southern", "eastern", "northern", "western"})
POST_ALLOWED = frozenset({"Oblast", "Region", "Province", "Mayor", "Governor"})
# Words before a small place that mark it as a place; the strong ones also admit alternate names.
STRONG_CUES = frozenset(
    {
        *("near", "outside", "outskirts", "village", "villages", "town", "towns", "city", "settlement"),
        *("settlements", "hamlet", "suburb", "suburbs", "north", "south", "east", "west", "northeast"),
        *("northwest", "southeast", "southwest", "km", "kilometres", "kilometers", "miles", "around"),
    }
)
WEAK_CUES = frozenset(
    {
        *("in", "at", "into", "towards", "toward", "across", "through", "captured", "capture", "liberated"),
        *("liberation", "retook", "recaptured", "seized", "shelled", "shelling", "struck", "attacked"),
        *("fighting", "battle", "advance", "advanced", "advancing", "encircled", "surrounded", "entered"),
        *("occupied", "front", "frontline", "district", "region", "oblast", "from", "capturing", "stormed"),
        *("storming", "visited", "visiting", "touring", "reached", "liberating", "evacuated", "defending"),
    }
)
SETTLEMENT_WORDS = frozenset({"village", "town", "city", "settlement", "hamlet", "villages", "towns"})
GAP = re.compile(r"[ \-]|\. ?|-on-|['’]")
# "Madison County", "Rapides Parish": the county is another place than its namesake town.
COUNTY_AFTER = re.compile(r" (?:County|Parish|COUNTY|PARISH)\b")
# What follows a news dateline in capitals: "BOSTON (Reuters) -", "MANILA, Philippines -", "READING - ".
DATELINE = re.compile(r" ?\(| ?[-–—] |, [A-Z]")
SENTENCE_START = re.compile(r"(?:^|[.!?\n\"“‘(—–-])\s*$")
# Letter groups of transliterated Slavic names that English words lack: a capitalised "Dzerzhynsk" or
# "Artemivsk" opening a sentence is still a name, a capitalised "Human" is not.
FOREIGN_LOOKING = re.compile(r"zh|kh|yy|yi|sk\b|ivka\b|iv\b|ove\b|yne\b|ske\b|ino\b")
MAJOR_POPULATION = 10_000
REGION_NAMESAKE_POPULATION = 5_000
PROMINENT_POPULATION = 50_000
DESIGNATORS = frozenset(
    {"region", "regions", "oblast", "oblasts", "province", "provinces", "raion", "district"}
)
# Lower-case words that may stand inside or at the end of a name: "Rostov-on-Don", "Sea of Azov", "the
# Kharkiv region", "southern front". Any other lower-case word ends the name ("The bottom line").
LOWER_INSIDE = frozenset(
    {
        *("of", "on", "upon", "de", "del", "la", "le", "les", "du", "da", "do", "di", "am", "an", "der"),
        *("and", "the", "en", "sur", "y", "el", "al", "front", "river", "reservoir", "raion", "rayon"),
        *("district", "districts", "oblast", "oblasts", "region", "regions", "province", "provinces"),
        *("krai", "republic", "city", "strait", "bay", "sea", "gulf", "island", "islands", "spit", "na", "s"),
    }
)
QUOTES = frozenset('"“”«»')
# Words after a name that make the whole a street, a park or a natural feature rather than the place, even in
# a title-cased line ("Hampton Avenue"); settlement words stay out ("Kyiv City" in a headline is Kyiv).
FEATURE_WORDS = OTHER_PLACE_WORDS - {"city", "town", "village", "borough", "district", "county", "parish"}
TITLE_SMALL_WORDS = frozenset(
    {"in", "of", "the", "a", "an", "and", "to", "with", "for", "on", "at", "by", "as"}
)


@dataclass(frozen=True, slots=True)
class Match:
    """A recognised name: its span, folded key, candidate entries and the cue word seen before it."""

    start: int
    end: int
    key: str
    places: tuple[Place, ...]
    alternate: tuple[bool, ...]
    cue: str | None
    tentative: bool = False
    qualifier: tuple[Place, ...] = ()
    world: bool = False


def find_names(text: str, gazetteer: Gazetteer, *, conventions: Conventions = "war") -> list[Match]:
    """Every recognised place name of ``text`` in text order.

    :param conventions: "war" (the project's guideline) drops country adjectives, abbreviations and places
        named inside organisations; "world" keeps them, as world-news geoparsing gold counts them
    """
    world = conventions == "world"
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(text)]
    lowercase_words = {text[s:e] for s, e in tokens if text[s].islower()}
    people = surnames(text, tokens, gazetteer)
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        found = _longest(text, tokens, i, gazetteer)
        if found is None:
            found_adjective = adjective(text, tokens, i, gazetteer) if world else None
            if found_adjective is not None:
                start, end, key, place = found_adjective
                matches.append(Match(start, end, key, (place,), (False,), None, world=True))
                i = next(j for j in range(i, len(tokens)) if tokens[j][1] == end)
            i += 1
            continue
        last, key = found
        match = _accept(text, tokens, (i, last), key, gazetteer, lowercase_words, matches, people)
        i = last + 1
        if match is None:
            continue
        matches.append(match)
        state = abbreviation(text, match.end, gazetteer)
        if state is not None:
            start, end, regions = state
            matches.append(
                Match(start, end, fold_token(text[start:end]), regions, (False,) * len(regions), None)
            )
            while i < len(tokens) and tokens[i][0] < end:
                i += 1
    confirmed = {m.key for m in matches if not m.tentative}
    matches = [m for m in matches if not m.tentative or m.key in confirmed]
    if not world:
        matches = [m for m in matches if not m.world]
    if not any(_ukrainian(m) for m in matches):
        matches = [m for m in matches if not _only_ukrainian_alternates(m)]
    return coordinated_regions(text, matches, gazetteer)


def _longest(
    text: str, tokens: list[tuple[int, int]], i: int, gazetteer: Gazetteer
) -> tuple[int, str] | None:
    start, end = tokens[i]
    word = text[start:end]
    first = fold_token(word)
    if not (word[0].isupper() or first in COMPASS_STARTS):
        return None
    longest = gazetteer.max_tokens.get(first, 1)
    if longest == 1 and first not in gazetteer.index:
        return None
    folded = [first]
    best: tuple[int, str] | None = (i, first) if first in gazetteer.index else None
    for j in range(i + 1, min(i + longest, len(tokens))):
        gap = text[tokens[j - 1][1] : tokens[j][0]]
        word = text[tokens[j][0] : tokens[j][1]]
        if not GAP.fullmatch(gap) or (word.islower() and word not in LOWER_INSIDE):
            break
        folded.append(fold_token(word))
        key = " ".join(folded)
        if key in gazetteer.index:
            best = (j, key)
    return best


def _accept(
    text: str,
    tokens: list[tuple[int, int]],
    span: tuple[int, int],
    key: str,
    gazetteer: Gazetteer,
    lowercase_words: set[str],
    previous: list[Match],
    people: frozenset[str],
) -> Match | None:
    """The match for ``key`` over ``span``, or None when the context says it is no place name."""
    first, last = span
    start, end = tokens[first][0], tokens[last][1]
    shaped = _name_shaped(text, tokens, span, key)
    if shaped is None or after_title(text, tokens, first) or COUNTY_AFTER.match(text, end):
        return None
    cue = _cue(text, tokens, first)
    single = " " not in key
    # A name also written in lower case is a common word ("Mobile" and "mobile"), but "US" is not "us".
    if single and key in lowercase_words and cue not in SETTLEMENT_WORDS and key not in COUNTRY_ABBREVIATIONS:
        return None
    candidates = gazetteer.candidates(key)
    if not shaped and not (
        glued_to_organisation(text, tokens, first, last) and any(embeddable(p, a) for p, a in candidates)
    ):
        return None
    if single and is_surname(key, [p for p, _ in candidates], people):
        return None
    spoken = cue is None and spoken_of(text, tokens, first, last)
    if single and spoken and person_named([p for p, _ in candidates]):
        return None
    qualified = qualifier(text, end, gazetteer)
    regions = qualified[2] if qualified else ()
    if any(in_region(p, regions) for p, _ in candidates):
        cue = cue or "qualified"
    elif key in gazetteer.common and cue not in STRONG_CUES:
        return None
    shouted = text[start:end].isupper() or bool(SENTENCE_START.search(text[max(0, start - 4) : start]))
    dateline = text[start:end].isupper() and bool(DATELINE.match(text, end))
    if single and key in gazetteer.wordlike and shouted and cue not in STRONG_CUES and not dateline:
        return None
    if not any(_is_major(p) or not alternate or cue in STRONG_CUES for p, alternate in candidates):
        return None
    if not any(p.is_town and in_region(p, regions) for p, _ in candidates):
        candidates = _regions_first(candidates)
    places = tuple(p for p, _ in candidates)
    own = not all(alternate for _, alternate in candidates)
    major = any(_is_major(p) for p in places)
    initial = single and bool(SENTENCE_START.search(text[max(0, start - 4) : start]))
    foreign = bool(FOREIGN_LOOKING.search(key))
    if initial and not (major and (own or foreign)) and cue != "qualified":
        return None
    if single and not major and cue is None and not _continues_list(text, start, previous):
        return None
    # A capital at a sentence start proves nothing: a town that is not prominent must recur elsewhere.
    tentative = initial and cue is None and not foreign and not any(_is_prominent(p) for p in places)
    alternates = tuple(alternate for _, alternate in candidates)
    world = not shaped or key in COUNTRY_ABBREVIATIONS or key in ORGANISATIONS
    return Match(start, end, key, places, alternates, cue, tentative, regions, world)


def _regions_first(candidates: list[tuple[Place, bool]]) -> list[tuple[Place, bool]]:
    """A country's or first-level region's own name outranks the villages named after it: "Mexico",
    "California", "Moldova" are not villages in Missouri, Maryland or Ukraine unless the text says so
    ("Mexico, Mo."). Towns of ``REGION_NAMESAKE_POPULATION`` or more stay candidates ("Palestine", Texas,
    "Lebanon", Tennessee): the resolver puts them behind the region unless the document lies in their state.
    """
    if not any(p.fcode in REGION_NAMES and not alternate for p, alternate in candidates):
        return candidates
    return [(p, a) for p, a in candidates if not (p.is_town and p.population < REGION_NAMESAKE_POPULATION)]


def in_region(place: Place, regions: tuple[Place, ...]) -> bool:
    """Whether a town lies in one of the regions or countries named right after it, or a first-level region
    in the country named after it ("Queensland, Australia")."""
    if place.fcode == "ADM1":
        return any(place.country == r.country and r.fcode == "PCLI" for r in regions)
    return place.is_town and any(
        place.country == r.country and (r.fcode == "PCLI" or place.admin1 == r.admin1) for r in regions
    )


def _name_shaped(text: str, tokens: list[tuple[int, int]], span: tuple[int, int], key: str) -> bool | None:
    """Whether the span can be a place name at all: None when blocked, quoted or a short acronym, False when
    glued to a longer proper name ("Kyiv Independent", "Texas Rangers"), True otherwise."""
    first, last = span
    start, end = tokens[first][0], tokens[last][1]
    short = text[start:end].isupper() and len(key) <= 3
    if short and not (key in COUNTRY_ABBREVIATIONS and not in_capitals(text, tokens, first, last)):
        return None
    if key in BLOCKED or _quoted(text, start, end):
        return None
    if key.rsplit(" ", 1)[-1] in DESIGNATORS:
        return True
    if not _inside_longer_name(text, tokens, first, last):
        return True
    return _title_case(text, tokens, first, last) and not _names_feature(text, tokens, last)


def _names_feature(text: str, tokens: list[tuple[int, int]], last: int) -> bool:
    """Whether the capitalised word after the match makes the whole a street, a park or a river ("Hampton
    Avenue", "Pine Street", "Hudson River"), also in a title-cased line, where capitals prove nothing else."""
    if last + 1 >= len(tokens) or text[tokens[last][1] : tokens[last + 1][0]] != " ":
        return False
    word = text[tokens[last + 1][0] : tokens[last + 1][1]]
    return word[0].isupper() and word.lower() in FEATURE_WORDS


def _is_prominent(place: Place) -> bool:
    return place.is_region or place.population >= PROMINENT_POPULATION or place.fcode in {"PPLA", "PPLC"}


def _ukrainian(match: Match) -> bool:
    """Whether a match names Ukraine or a Ukrainian place by its own name."""
    return any(
        p.country == "UA" and not alternate
        for p, alternate in zip(match.places, match.alternate, strict=True)
    )


def _only_ukrainian_alternates(match: Match) -> bool:
    """Whether the match is only an English-looking alternate name of Ukrainian places.

    "Alexandria", "Cambridge", "Luck" are other languages' names of Ukrainian towns: a text that names nothing
    Ukrainian does not mean them ("Rabotino" or "Kirovsk" it does).
    """
    if FOREIGN_LOOKING.search(match.key):
        return False
    return all(
        p.country == "UA" and alternate for p, alternate in zip(match.places, match.alternate, strict=True)
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """A name alone in quotes is a ship, an operation or a codename ("the cruiser “Moskva”")."""
    return start > 0 and end < len(text) and text[start - 1] in QUOTES and text[end] in QUOTES


def _title_case(text: str, tokens: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether the match stands in a title-cased headline, where capitals say nothing about names."""
    window = tokens[max(0, first - 4) : last + 5]
    words = [text[s:e] for s, e in window]
    return len(words) >= 7 and all(w[0].isupper() or w in TITLE_SMALL_WORDS for w in words)


def _is_major(place: Place) -> bool:
    return place.is_region or place.population >= MAJOR_POPULATION or place.fcode in {"PPLA", "PPLC", "PPLA2"}


def _inside_longer_name(text: str, tokens: list[tuple[int, int]], first: int, last: int) -> bool:
    """Whether a capitalised word is glued to the match on either side ("Kyiv Independent", "St. Paris")."""
    if last + 1 < len(tokens):
        s, e = tokens[last + 1]
        word = text[s:e]
        if text[tokens[last][1] : s] in {" ", "-"} and word[0].isupper() and word not in POST_ALLOWED:
            return True
    if first > 0:
        s, e = tokens[first - 1]
        word = text[s:e]
        if text[e : tokens[first][0]] in {" ", "-"} and word[0].isupper() and word.lower() not in PRE_ALLOWED:
            return True
        return text[e : tokens[first][0]] == ". " and word in {"St", "Mt", "Ft"}
    return False


def _cue(text: str, tokens: list[tuple[int, int]], first: int) -> str | None:
    """The nearest locative word among the three tokens before the match, within its clause."""
    for j in range(first - 1, max(first - 4, -1), -1):
        s, e = tokens[j]
        if any(c in text[e : tokens[j + 1][0]] for c in ".;!?\n"):
            return None
        word = text[s:e].lower()
        if word in STRONG_CUES or word in WEAK_CUES:
            return word
    return None


def _continues_list(text: str, start: int, previous: list[Match]) -> bool:
    """Whether the match continues a list of places: "Izium, Lyman and Siversk"."""
    if not previous:
        return False
    return text[previous[-1].end : start] in {", ", " and ", ", and ", " or ", " to ", "-"}

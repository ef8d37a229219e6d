"""Context cues around a recognised name: people's surnames, titles, and the region that qualifies a town.

World towns share their names with people ("Lincoln", "Austin", "Obama") and with each other ("Alexandria,
La.", "London, Ont."). A name written elsewhere in the document as the surname of a person ("Lloyd Austin") is
a person when it stands alone; a name right after a title abbreviation ("Mr. Moore") is one too. A town
followed by ", State" or ", Country" is qualified: the region decides between namesakes and admits small towns
that would otherwise need a locative cue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.gazetteer import Gazetteer, Place, fold, fold_token

# AP-style abbreviations of US states and Canadian provinces, as written after a town ("Alexandria, La.").
_ABBREVIATED = (
    "Ala. Alabama|Ariz. Arizona|Ark. Arkansas|Calif. California|Colo. Colorado|"
    "Conn. Connecticut|Del. Delaware|Fla. Florida|Ga. Georgia|Ill. Illinois|Ind. Indiana|"
    "Kan. Kansas|Kans. Kansas|Ky. Kentucky|La. Louisiana|Md. Maryland|Mass. Massachusetts|"
    "Mich. Michigan|Minn. Minnesota|Miss. Mississippi|Mo. Missouri|Mont. Montana|Neb. Nebraska|"
    "Nev. Nevada|N.H. New Hampshire|N.J. New Jersey|N.M. New Mexico|N.Y. New York|"
    "N.C. North Carolina|N.D. North Dakota|Okla. Oklahoma|Ore. Oregon|Pa. Pennsylvania|"
    "Penn. Pennsylvania|R.I. Rhode Island|S.C. South Carolina|S.D. South Dakota|Tenn. Tennessee|"
    "Tex. Texas|Vt. Vermont|Va. Virginia|Wash. Washington|W.Va. West Virginia|Wis. Wisconsin|"
    "Wyo. Wyoming|D.C. Washington, D.C.|B.C. British Columbia|Ont. Ontario|Que. Quebec|"
    "Alta. Alberta|Sask. Saskatchewan|Man. Manitoba|N.S. Nova Scotia"
)
REGION_ABBREVIATIONS = dict(pair.split(" ", 1) for pair in _ABBREVIATED.split("|"))
ABBREVIATION = re.compile(
    r", (" + "|".join(re.escape(a) for a in sorted(REGION_ABBREVIATIONS, key=len, reverse=True)) + r")"
)
COUNTY = re.compile(r"\b(?:County|Parish|COUNTY|PARISH)\b")
COUNTY_NAME = re.compile(r"((?:[A-Z][\w.'’-]* ){1,3})$")
QUALIFIER = re.compile(r", ((?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,2})")
TITLES = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "maj",
        "prof",
        "rev",
        "det",
    }
)
# Words that, written right before a one-token name of a foreign town, make it a person: "President Lincoln",
# "Councilman Moore"; and verbs of speech right after it: "Wilson said".
TITLE_WORDS = frozenset(
    {
        *("president", "senator", "governor", "mayor", "sheriff", "councilman", "councilwoman", "coach"),
        *("judge", "officer", "deputy", "detective", "sergeant", "commissioner", "attorney", "trooper"),
        *("representative", "congressman", "congresswoman", "secretary", "chairman", "superintendent"),
        *("principal", "pastor", "reverend", "professor", "doctor", "lieutenant", "captain", "corporal"),
    }
)
SPEECH = re.compile(r" (?:said|says|told|added|asked|wrote|explained|testified|recalled)\b")
# Capitalised words before a name that make it a place, not a person's surname: "Greater London", "New York",
# "Western Ukraine", "Lake Tahoe".
GEO_MODIFIERS = frozenset(
    {
        *("greater", "central", "upper", "lower", "new", "old", "great", "little", "east", "west", "north"),
        *("south", "northern", "southern", "eastern", "western", "mount", "mt", "lake", "fort", "ft", "port"),
        *(
            "saint",
            "st",
            "san",
            "santa",
            "cape",
            "gulf",
            "bay",
            "river",
            "downtown",
            "metro",
            "city",
            "county",
        ),
        *("occupied", "liberated", "annexed", "soviet", "imperial", "modern", "ancient", "rural", "urban"),
    }
)
REGION_CODES = frozenset({"ADM1", "PCLI"})
# Surnames stand for people only when they name towns this small or smaller; "Western Ukraine" or "Greater
# London" never hide a country or a capital.
SURNAME_POPULATION = 1_000_000
CITY_POPULATION = 100_000


def abbreviation(text: str, end: int, gazetteer: Gazetteer) -> tuple[int, int, tuple[Place, ...]] | None:
    """The abbreviated state or province right after a town ("Cottonport, La."), as ``(start, end, regions)``."""
    found = ABBREVIATION.match(text, end)
    if found is None:
        return None
    name = REGION_ABBREVIATIONS[found.group(1)]
    regions = tuple(p for p in gazetteer.lookup(name) if p.fcode == "ADM1" and p.country in {"US", "CA"})
    return (found.start(1), found.end(1), regions) if regions else None


def qualifier(text: str, end: int, gazetteer: Gazetteer) -> tuple[int, int, tuple[Place, ...]] | None:
    """The state, province or country named right after a town, as ``(start, end, regions)``.

    >>> from claimledger.extract.gazetteer import load
    >>> text = "Alexandria, La., police said."
    >>> start, stop, regions = qualifier(text, 10, load())
    >>> text[start:stop], regions[0].name
    ('La.', 'Louisiana')
    """
    abbreviated = abbreviation(text, end, gazetteer)
    if abbreviated is not None:
        return abbreviated
    written = QUALIFIER.match(text, end)
    if written is None:
        return None
    words = written.group(1).rstrip(".").split(" ")
    for size in range(len(words), 0, -1):
        phrase = " ".join(words[:size])
        regions = tuple(p for p in gazetteer.lookup(phrase) if p.fcode in REGION_CODES)
        if regions:
            return written.start(1), written.start(1) + len(phrase), regions
    return None


def county_states(text: str, gazetteer: Gazetteer) -> list[tuple[str, ...]]:
    """The states of each US county or parish the text names, in text order ("Anderson County": the five
    states that have one). The longest name that is a county wins ("St. Louis County" over "Louis County").

    >>> from claimledger.extract.gazetteer import load
    >>> county_states("Deputies of the Alachua County Sheriff's Office", load())
    [('Florida',)]
    """
    found: list[tuple[str, ...]] = []
    for word in COUNTY.finditer(text):
        written = COUNTY_NAME.search(text, max(0, word.start() - 60), word.start())
        if written is None:
            continue
        words = written.group(1).split()
        suffix = word.group(0).lower()
        for size in range(len(words), 0, -1):
            states = gazetteer.counties.get(f"{fold(' '.join(words[-size:]))} {suffix}")
            if states:
                found.append(tuple(states))
                break
    return found


def after_title(text: str, tokens: Sequence[tuple[int, int]], first: int) -> bool:
    """Whether the name follows a title abbreviation: "Mr. Moore", "Sen. Clinton"."""
    if first == 0:
        return False
    s, e = tokens[first - 1]
    return fold_token(text[s:e]) in TITLES and text[e : tokens[first][0]] in {". ", " "}


def spoken_of(text: str, tokens: Sequence[tuple[int, int]], first: int, last: int) -> bool:
    """Whether a one-token name reads as a person's: a title word before it or a verb of speech after it
    ("President Lincoln", "Moore said"). The matcher asks only when no locative cue precedes the name ("a
    student from Brampton said" is a place)."""
    if SPEECH.match(text, tokens[last][1]):
        return True
    if first == 0:
        return False
    s, e = tokens[first - 1]
    return text[e : tokens[first][0]] == " " and fold_token(text[s:e]) in TITLE_WORDS


def surnames(text: str, tokens: Sequence[tuple[int, int]], gazetteer: Gazetteer) -> frozenset[str]:
    """Folded one-token names that the document writes as the last word of a person's name ("Lloyd Austin").

    A capitalised pair counts when its first word is no geographic modifier, no sentence start and not itself
    a name ("Western Ukraine", "Greater London", "New York" do not count), and the pair is no gazetteer key.
    """
    found: set[str] = set()
    for j in range(1, len(tokens)):
        (s0, e0), (s1, e1) = tokens[j - 1], tokens[j]
        initial = e0 - s0 == 1 and text[e0:s1] == ". "
        if not (text[e0:s1] == " " or initial) or not text[s1].isupper() or not text[s0].isupper():
            continue
        if text[s0:e0].isupper() and not initial:
            continue
        first, last = fold_token(text[s0:e0]), fold_token(text[s1:e1])
        if last not in gazetteer.index or first in GEO_MODIFIERS or _names_region(first, gazetteer):
            continue
        if f"{first} {last}" in gazetteer.index or _sentence_start(text, s0):
            continue
        found.add(last)
    return frozenset(found)


def is_surname(key: str, places: Sequence[Place], people: frozenset[str]) -> bool:
    """Whether a one-token match is a person's surname seen elsewhere in the document.

    Ukrainian towns are exempt: war reporting writes "Fortress Bakhmut", and their names are rarely surnames.
    """
    return key in people and person_named(places)


def person_named(places: Sequence[Place]) -> bool:
    """Whether a name may stand for a person: it names only foreign towns below ``SURNAME_POPULATION``."""
    return all(p.is_town and p.population < SURNAME_POPULATION and p.country != "UA" for p in places)


def _names_region(key: str, gazetteer: Gazetteer) -> bool:
    """Whether a word names a region or a city, which makes "Iasi Chisinau" (a map legend) no person."""
    return any(p.is_region or p.population >= CITY_POPULATION for p, _ in gazetteer.candidates(key))


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip()
    return not before or before[-1] in '.!?\n"“(:'

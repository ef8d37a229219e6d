"""Who is who in one article: people and bodies introduced once with a nationality or a country, then named
by surname alone ("US Senator Mark Kelly" ... "Kelly said"; "Garri Kasparow is a Russian chess grandmaster"
... "Kasparow"), so that the side of a later sentence can be read from them (``Cast``).

A name is introduced by a nationality or country written on it:

- before it, past title words: "US Senator Mark Kelly", "Ukrainian Foreign Minister Dmytro Kuleba", "China's
  Xi Jinping", "Sen. Mark Kelly" (a US senator), "Russian chess grandmaster Garry Kasparov";
- after it, in apposition or as a predicate: "Jake Sullivan, the US national security adviser", "Kaja
  Kallas, Estonia's prime minister", "Kasparov is a Russian chess grandmaster", "Vladimir Putin of Russia",
  "Mark Kelly, D-AZ.";
- before it, as an office of a country: "Prime Minister of Estonia, Kaja Kallas".

A surname introduced with two different parties is left out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from claimledger.extract.claims_parties import OTHER, RUSSIA, UKRAINE

_LOWER = "a-zà-ÿąćęłńóśźżčšžř"
_NAME = rf"[A-Z][{_LOWER}]+(?:-[A-Z]?[{_LOWER}]+)*"
_FULL_NAME = rf"(?P<name>{_NAME}(?: (?:[A-Z]\. )?{_NAME}){{1,2}})"
# "US", "Ukrainian", "Russia's"
_NATION_WORD = r"(?P<nation>(?:U\.S\.|[A-Z]{2,5}|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?:['’]s)?)"
_NATION = rf"(?:the\s+)?{_NATION_WORD}"
_TITLE_WORDS = (
    r"(?:(?:[Ff]ormer|[Dd]eputy|[Vv]ice|[Cc]hief|[Ss]enior|[Aa]cting|[Ff]oreign|[Dd]efen[cs]e|[Ff]inance|[Ii]nterior"
    r"|[Ee]conomy|[Jj]ustice|[Ss]tate|[Pp]rime|[Pp]resident(?:ial)?|[Mm]inister|[Ss]ecretary|[Ss]enator|Sen\."
    r"|Rep\.|[Rr]epresentative|[Cc]ongress(?:wo)?man|[Aa]mbassador|[Cc]hancellor|[Gg]eneral|Gen\.|[Cc]olonel"
    r"|Col\.|[Cc]ommander|[Aa]dmiral|[Mm]ayor|[Gg]overnor|[Ss]pokes(?:man|woman|person)|[Ll]awmaker|MP"
    r"|[Ll]eader|[Oo]pposition(?:ist)?|[Aa]ctivist|[Jj]ournalist|[Bb]logger|[Bb]usinessman|[Oo]ligarch"
    r"|[Cc]hess|[Gg]randmaster|[Pp]olitician|[Dd]iplomat|[Ee]nvoy|[Oo]fficial|[Cc]ounsel(?:l?or)?|[Aa]ttorney"
    r"|[Hh]uman|[Rr]ights|[Ss]ecurity|[Nn]ational|[Aa]dviser|[Aa]dvisor|[Pp]ilot|[Ss]oldier|[Oo]fficer"
    r"|[Aa]stronaut|[Nn]avy|[Cc]aptain|[Pp]atriarch|[Mm]ilitary|[Ii]ntelligence|[Hh]ead|[Cc]hairman|Ministry"
    r"|Department|Office|Council|Committee|Agency|Service)\s+)"
)
# before the name, past title words; a surname alone after a title ("NATO chief Stoltenberg", "Kremlin
# spokesman Peskov", "Pope Francis") when no capitalised word follows it. Kept only where the first word is a
# party word, not after a preposition of place ("in Poland Wasyl Zarycz").
_BEFORE = re.compile(
    rf"\b{_NATION_WORD} (?P<titles>{_TITLE_WORDS}{{0,5}})(?:{_FULL_NAME}|(?P<single>{_NAME})(?![ -]?[A-Z]))"
)
_PLACE_BEFORE = re.compile(r"\b(?:in|to|from|at|of)\s+(?:the\s+)?$")
# what a person is, after the nationality: "the US national security adviser", "a Russian chess grandmaster"
_PERSON_NOUN = (
    r"\s+(?:[\w-]+\s+){0,3}?(?:minister|president|leader|adviser|advisor|senator|lawmaker|politician|diplomat"
    r"|ambassador|official|spokes\w+|general|commander|officer|soldier|pilot|journalist|activist|lawyer|analyst"
    r"|grandmaster|businessman|oligarch|envoy|chancellor|secretary|mayor|governor|chief|head|citizen|national"
    r"|opposition\w*|blogger|writer|historian|expert|economist|professor|scientist|athlete|player|champion"
    r"|priest|patriarch|premier|dictator|ruler|astronaut|veteran|prosecutor|judge)\b"
)
# after the name, in apposition or as a predicate, with what the person is ("Kaja Kallas, Estonia's prime
# minister", "Kasparow is a Russian chess grandmaster"), or "of" a country ("Vladimir Putin of Russia")
_AFTER = re.compile(
    rf"{_FULL_NAME}(?P<link>,\s+(?:\d+,\s+)?(?:the\s+|a\s+|an\s+)?(?:former\s+)?"
    rf"|\s+(?:is|was)\s+(?:a|an|the)\s+(?:former\s+)?|\s+of\s+(?:the\s+)?){_NATION_WORD}"
)
_PERSON_NOUN_AFTER = re.compile(_PERSON_NOUN)
_COUNTRY_END = re.compile(r"(?![\w'’-])")
# "Prime Minister of Estonia, Kaja Kallas": found from its "of" (a scan that starts with the title words is
# slow), the title checked before it
_OFFICE_OF = re.compile(rf"\bof\s+{_NATION},?\s+{_FULL_NAME}")
_OFFICE_BEFORE = re.compile(rf"\b{_TITLE_WORDS}$")
# US lawmakers: "Sen. Mark Kelly", "Rep. Adam Smith", "Kelly, D-AZ.", "Graham (R-S.C.)"
_LAWMAKER_CUE = re.compile(r"\bSen\.|\bSenator\b|\bRep\.|\bCongress(?:wo)?man\b|\b[DR]-[A-Z]")
_US_LAWMAKER = (
    re.compile(rf"\b(?:Sen\.|Senator|Rep\.|Congress(?:wo)?man)\s+{_FULL_NAME}"),
    re.compile(rf"{_FULL_NAME},?\s+\(?[DR]-[A-Z]"),
)


def _words(listing: str) -> frozenset[str]:
    return frozenset(listing.split())


# Words that make a capitalised pair an office, a body or a time rather than a person's name.
_NOT_A_NAME = _words(
    """On In At The A An Like For By After Before As When While But And If Since With From During Its His Her
    Their This That Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Ministry Affairs Agency News Council Institute
    Church Republic Policy Representative Minister Secretary General President Prime Cold War Old Sea Union
    Federation Committee Office Department Service Forces Army Navy Guard Party Front Bank Fund Group
    Company Corporation State States Kingdom House Senate Parliament Government Defence Defense Foreign
    Security National Command Staff High Commissioner Court Assembly University Times Post Journal Press
    Television Radio Air Force Day Plan Platform Media Mr Mrs Ms Dr Honorary Consul Troop Training Chairman
    First Lady More Base Airport Street Square Station Bridge Region Oblast City Island"""
)


@lru_cache(maxsize=32768)
def _party(word: str) -> str | None:
    """The party a nationality or country word stands for.

    >>> _party("Ukrainian"), _party("US"), _party("Estonia's"), _party("Former")
    ('ukraine', 'other', 'other', None)
    """
    for side, pattern in (("russia", RUSSIA), ("ukraine", UKRAINE), ("other", OTHER)):
        if pattern.fullmatch(word) or pattern.fullmatch(re.sub(r"['’]s$", "", word)):
            return side
    return None


class Cast:
    """Surnames of one article's people with the party they were introduced with, read from the article the
    first time they are asked for (most sentences name a party themselves and never ask)."""

    def __init__(self, text: str = "") -> None:
        self._text = text
        self._read: tuple[dict[str, str], re.Pattern[str] | None] | None = None

    @classmethod
    def of(cls, text: str) -> Cast:
        """The people of an article.

        >>> Cast.of("US Senator Mark Kelly spoke. Later, Kelly said 12 jets flew.").sides
        {'Kelly': 'other'}
        """
        return cls(text)

    @property
    def sides(self) -> dict[str, str]:
        """Surname -> party."""
        return self._people()[0]

    def hits(self, sentence: str) -> list[tuple[int, str]]:
        """Positions and parties of the article's known people named in ``sentence``."""
        sides, pattern = self._people()
        if pattern is None:
            return []
        return [(m.start(), sides[m.group(0)]) for m in pattern.finditer(sentence)]

    def _people(self) -> tuple[dict[str, str], re.Pattern[str] | None]:
        if self._read is None:
            found: dict[str, set[str]] = {}
            for name, side in _introductions(self._text):
                surname = re.sub(r"['’]s$", "", name.split()[-1])
                if not (RUSSIA.fullmatch(surname) or UKRAINE.fullmatch(surname) or OTHER.fullmatch(surname)):
                    found.setdefault(surname, set()).add(side)
            sides = {name: next(iter(parties)) for name, parties in found.items() if len(parties) == 1}
            names = "|".join(map(re.escape, sorted(sides, key=len, reverse=True)))
            self._read = sides, re.compile(rf"\b(?:{names})\b") if sides else None
        return self._read


def _before_names(text: str) -> Iterator[re.Match[str]]:
    """Names introduced by a party word before them ("US Senator Mark Kelly"); a match whose first word is
    no party word is tried again from its next word ("On Ukrainian President ...")."""
    at = 0
    while found := _BEFORE.search(text, at):
        start = found.start("nation")
        if _party(found.group("nation")) and not _PLACE_BEFORE.search(text, max(0, start - 10), start):
            yield found
            at = found.end()
        else:
            at = found.end("nation")


def _introductions(text: str) -> list[tuple[str, str]]:
    """(full name, party) for every name introduced with a nationality or country in ``text``."""
    found: list[tuple[str, str]] = []
    before = _before_names(text)
    after = (
        match
        for match in _AFTER.finditer(text)
        # "of Russia" needs nothing after it; an apposition needs what the person is
        if (_COUNTRY_END if "of" in match.group("link") else _PERSON_NOUN_AFTER).match(text, match.end())
    )
    office = (
        match
        for match in _OFFICE_OF.finditer(text)
        if _OFFICE_BEFORE.search(text, max(0, match.start() - 30), match.start())
    )
    for matches in (before, after, office):
        for match in matches:
            if match is None:
                continue
            side = _party(match.group("nation"))
            name = match.group("name") or match.group("single")
            titled = (
                "titles" not in match.groupdict() or match.group("titles") or match.group("nation") == "Pope"
            )
            if side and not _NOT_A_NAME.intersection(name.split()) and (titled or match.group("name")):
                found.append((name, side))
    for pattern in _US_LAWMAKER if _LAWMAKER_CUE.search(text) else ():
        found.extend(
            (match.group("name"), "other")
            for match in pattern.finditer(text)
            if not _NOT_A_NAME.intersection(match.group("name").split())
        )
    return found

"""Titles given elsewhere in a document, so that a bare surname keeps its kind: after "Australia's prime
minister, Scott Morrison" or "Ivan Fedorov, the mayor of Melitopol", "Morrison said" is an official speaking.

Only people are looked up (officials, journalists, experts): a title word inside the name ("Admiral Sir Tony
Radakin"), right before it ("analyst Michael Kofman", "prime minister, Scott Morrison") or in apposition after
it ("Ivan Fedorov, the mayor of Melitopol"). An office holder tied to a private body in the sentence speaks as a
person ("Mykola Kuleba of the non-governmental organization Save Ukraine").
"""

from __future__ import annotations

import re

from claimledger.extract.claims_sources_kinds import head_kind, private_affiliation
from claimledger.models import ClaimSource, SourceKind

# The first names and titles written before a surname: "Scott ", "Adm Sir Tony ", "Sen. Mark ", "Minister of
# Foreign Affairs Vladimir " (not "Kyiv. ").
_NAME_BEFORE = re.compile(
    r"(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][\w’'-]*|\([A-Z]{2,}\))[ \t]+(?:(?:of|for|the|and)[ \t]+)?){1,8}$"
)
# A title in apposition before the name, the whole phrase from the start of its clause: "The US Deputy Minister
# of Defense for Political Affairs, ", "The head of the UN human rights office in Ukraine, ".
_TITLE_BEFORE = re.compile(r"(?:^|[.;:“”\"()]\s*|[-–—]\s+)([^.;:“”\"()\n]{3,100}),[ \t]+$")
_WORDS_BEFORE = re.compile(r"((?:[\w’'-]+\s+){0,2}[\w’'-]+),?\s+$")
_APPOSITION = re.compile(r"(?:['’]s)?,\s+(?:the\s+|a\s+|an\s+)?([^,;.()“”\"]{3,70})")
_PEOPLE: frozenset[SourceKind] = frozenset({"official", "media", "other"})
_FORMER = re.compile(r"\b(?:former|ex-?|retired)\s*$", re.IGNORECASE)
_SURNAME = re.compile(r"^[A-Z][^\W\d_]{2,}$")


def title_kind(text: str, surname: str) -> SourceKind | None:
    """The kind of the title that ``text`` gives the person called ``surname``, if any.

    >>> text = "Australia's prime minister, Scott Morrison, spoke. Morrison said 12 more were sent."
    >>> title_kind(text, "Morrison")
    'official'
    """
    for match in re.finditer(rf"\b{re.escape(surname)}\b", text):
        name = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if not name:
            continue  # a person is named in full (or with a title) at least once
        kind = head_kind(name.group(0).split())
        if kind == "official" and _FORMER.search(text, max(0, name.start() - 12), name.start()):
            return "other"  # "former Vice President Mike Pence" holds no office now
        if kind not in _PEOPLE:
            before = _WORDS_BEFORE.search(text, max(0, name.start() - 40), name.start())
            kind = head_kind(before.group(1).split()) if before else None
        if kind not in _PEOPLE:
            title = _TITLE_BEFORE.search(text, max(0, name.start() - 110), name.start())
            kind = head_kind(title.group(1).split()) if title else None
        if kind not in _PEOPLE:
            apposition = _APPOSITION.match(text, match.end())
            kind = head_kind(apposition.group(1).split()) if apposition else None
        if kind in _PEOPLE:
            return kind
    return None


def titled(source: ClaimSource, text: str, known: dict[str, SourceKind | None]) -> ClaimSource:
    """``source`` with the kind its surname is given elsewhere in ``text``, when it is a bare name.

    :param known: surnames already looked up in ``text`` (filled in)
    """
    words = source.name.split()
    if source.kind != "other" or not words:
        return source
    surname = words[-1].removesuffix("'s").removesuffix("’s")
    if not _SURNAME.match(surname) or not surname[1:].islower():
        return source
    if surname not in known:
        known[surname] = title_kind(text, surname)
    kind = known[surname]
    return ClaimSource(source.name, kind) if kind else source


def affiliated(found: ClaimSource, sentence: str) -> ClaimSource:
    """An official, by a title or by a name on the list of office holders, whose sentence ties the person to a
    private body speaks as a person (docs/claims.md, Annotation decisions 4).

    >>> affiliated(ClaimSource("Mykola Kuleba", "official"), "According to Mykola Kuleba of the NGO Save Ukraine")
    ClaimSource(name='Mykola Kuleba', kind='other')
    """
    at = sentence.find(found.name)
    if found.kind == "official" and at >= 0 and private_affiliation(sentence[at : at + len(found.name) + 80]):
        return ClaimSource(found.name, "other")
    return found

"""Sourcing constructions that name no speaker before a verb: a heading's speaker ("NYT": ...), an impersonal
passive ("It was emphasized that ...", "Libya's GDP was estimated at ..."), "according to what it said", and the
byline of the article itself ("..., Jennifer Rankin writes from Brussels"), which names the author; and two
helpers of the sentence reader: all-capitals headlines as running text, and speakers who ask not to be named.
"""

from __future__ import annotations

import re

from claimledger.extract.claims_sources import named, speaker_after
from claimledger.extract.claims_sources_kinds import COUNTRY, lexical_kind
from claimledger.models import ClaimSource

_BODIES = ("institution", "media", "document")

# "..., Jennifer Rankin writes from Brussels.": the writer of a live blog's entry, the author.
_BYLINE = re.compile(
    r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:writes|reports)\s+from\s+[A-Z][^,.;:]*\.?\s*$"
)
# A heading whose figures a named outlet, body or office holder gives: "“NYT”: China has sold Russia drones for
# over $12 million", "Zelensky: 31,000 soldiers killed".
_HEADING = re.compile(r"^\W{0,3}([A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})[\"”’]?\s*:\s+\S")
_HEADING_KINDS = frozenset({"media", "institution", "official"})
# "It was emphasized that ...": the body named just before, when it reports that body's communication; a
# passive of estimating is an unnamed source.
_IMPERSONAL = re.compile(
    r"\b[Ii]t (?:was|is|has been) (estimated|believed|calculated|assessed|reported|emphasi[sz]ed|said|claimed"
    r"|established|indicated|noted|stressed|stated|specified|added|announced|underlined)\b"
)
_ESTIMATING = frozenset({"estimated", "believed", "calculated", "assessed"})
# "Libya's GDP was estimated at more than $75 billion": an estimate with no one named to make it.
_ESTIMATED_AT = re.compile(
    r"\b(?:was|were|is|are|has been|have been|had been) (?:estimated|put|reckoned|assessed) at\b(?![^.;]*\bby\b)"
)
_ACCORDING_TO_PRONOUN = re.compile(r"\baccording to (?:what )?(it|he|she|they|him|her|them)\b", re.IGNORECASE)


def without_byline(sentence: str) -> str:
    """``sentence`` without the byline of the article's own writer at its end.

    >>> without_byline("Macron warned that Europe can die, Jennifer Rankin writes from Brussels.")
    'Macron warned that Europe can die.'
    """
    byline = _BYLINE.search(sentence) if " from " in sentence else None
    return sentence[: byline.start()] + "." if byline else sentence


def heading_source(sentence: str) -> ClaimSource | None:
    """The outlet, body or office holder that opens a heading before a colon.

    >>> heading_source('"NYT": From the beginning of the invasion, China has sold Russia drones for $12 million')
    ClaimSource(name='NYT', kind='media')
    >>> heading_source("Video Marta Klimkiewicz: Polish agriculture loses PLN 6.5 billion a year") is None
    True
    """
    heading = _HEADING.match(sentence)
    if not heading or COUNTRY.match(heading.group(1)):
        return None
    kind = lexical_kind(heading.group(1), acronyms=False)
    return ClaimSource(heading.group(1), kind) if kind in _HEADING_KINDS else None


def impersonal(sentence: str, last: ClaimSource | None) -> ClaimSource | None:
    """The source of an impersonal passive: "It was emphasized that ..." continues a body, outlet or document
    named before it; otherwise the passive is an unnamed source, as is "X was estimated at ..."."""
    passive = (
        _IMPERSONAL.search(sentence)
        if "t was " in sentence or "t is " in sentence or "t has " in sentence
        else None
    )
    if passive:
        if passive.group(1) not in _ESTIMATING and last and last.kind in _BODIES:
            return last
        return ClaimSource(passive.group(0), "anonymous")
    estimated = _ESTIMATED_AT.search(sentence) if " at " in sentence else None
    return ClaimSource(estimated.group(0), "anonymous") if estimated else None


def according_to_pronoun(sentence: str, last: ClaimSource | None, subject: str) -> ClaimSource | None:
    """The source of "according to him", "according to what it mentioned": a person is the last source, "it"
    the body that is the subject of the clause ("the company sold 150 tickets, according to what it mentioned")
    or else the last body.

    :param subject: the subject of the clause before the phrase
    """
    according = _ACCORDING_TO_PRONOUN.search(sentence)
    if not according:
        return None
    if according.group(1).lower() != "it":
        return last
    found = named(speaker_after(subject), last) if subject else None
    if found and found.kind in _BODIES:
        return found
    return last if last and last.kind in _BODIES else None


_HEADLINE_VERBS = frozenset(
    {"says", "said", "claims", "warns", "tells", "told", "insists", "admits", "reveals", "confirms", "denies"}
)
_HEADLINE_WORD = re.compile(r"[A-Z]{4,}|[A-Z]+(?=\s+[A-Z]{4,})")


def _headline_case(word: re.Match[str]) -> str:
    """A word of an all-capitals headline as running text writes it: "SAYS" -> "says", "TRUMP" -> "Trump"."""
    lowered = word.group(0).lower()
    return lowered if lowered in _HEADLINE_VERBS else word.group(0).capitalize()


def as_running_text(sentence: str) -> str:
    """An all-capitals headline as running text writes it, for the patterns that look for names and verbs.

    >>> as_running_text("TRUMP SAYS US WILL '100%' STAY IN NATO")
    "Trump says Us Will '100%' Stay In Nato"
    """
    return _HEADLINE_WORD.sub(_headline_case, sentence) if sentence.isupper() else sentence


# A speaker who is named only by a title and asks not to be named: "the senior White House official, who asked to
# remain anonymous", "officials who were not authorized to speak publicly".
_ANONYMITY = re.compile(
    r"\b(?:remain anonymous|anonymity|anonymously|not to be (?:named|identified)|declined to be (?:named|identified)"
    r"|not authori[sz]ed to (?:speak|comment|discuss))\b"
)


def unnamed(found: ClaimSource | None, sentence: str) -> ClaimSource | None:
    """``found`` as an ``anonymous`` source when the sentence says the speaker is not to be named."""
    cue = "anonym" in sentence or "named" in sentence or "identified" in sentence or "authori" in sentence
    if found and found.kind in ("official", "other") and cue and _ANONYMITY.search(sentence):
        return ClaimSource(found.name, "anonymous")
    return found

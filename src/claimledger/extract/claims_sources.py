"""Sources: the names of speakers read around reporting verbs, and the kind of each named source.

``speaker_before`` and ``speaker_after`` read the noun phrase on either side of a reporting verb; ``source_kind``
classifies a name as an official, an institution, a news outlet, an anonymous source, a document or another
person (``docs/claims.md``, Source kinds).
"""

from __future__ import annotations

import re

from claimledger.extract.claims_sources_kinds import KIND_WORDS, OUTLET_FIRST, source_kind
from claimledger.models import ClaimSource

__all__ = [
    "NOT_A_SPEAKER",
    "PRONOUN",
    "ROLE",
    "VERBS",
    "named",
    "source_kind",
    "speaker_after",
    "speaker_before",
]

VERBS = (
    r"said|says|say|claimed|claims|claim|estimated|estimates|estimate|reported|reports|report|told|tells"
    r"|insists|insisted|insist|announced|announces|stated|added|adds|noted|notes|believes|believe"
    r"|assessed|assesses|warned|warns|revealed|reveals|confirmed|confirms|wrote|writes|suggest"
    r"|suggests|suggested|shows|showed|show|mentioned|alleged|alleges|informed|informs|explained|explains"
    r"|emphasized|emphasised|stressed|argued|argues|forecasts|forecast|predicted|predicts"
    r"|acknowledged|admitted|indicated|indicates|found|finds"
    r"|declared|quoted|cited|briefed|assesses|described|describes|thinks|expects|expected|pointed out|points out"
    r"|reiterated|denied|denies|promised|promises|asserted|asserts|maintained|maintains|recalled|recalls"
)

_CONNECTORS = frozenset({"of", "the", "for", "and", "de", "'s", "’s", "in", "on", "at"})
ROLE = re.compile(
    r"^(?:officials?|intelligence|ministry|military|sources?|spokes\w*|analysts?|experts?|authorities|agency"
    r"|government|services?|command|staff|commander|governor|mayor|president|minister|secretary|adviser"
    r"|advisor|head|chief|director|ambassador|representative|administration|report|data|database|statement"
    r"|survey|poll|polls|study|figures|results|filings|letter|presidency|army|forces|officers?|diplomats?"
    r"|investigators?|researchers?|observers?|monitors?|leader|leaders|correspondent|bloggers|deputy"
    r"|general|gen|lawyer|expert|analyst|people|residents|witnesses|council|institute|update|tweet|calls"
    r"|economists|strategist|tycoon|businessman|businesswoman|oligarch|billionaire|activists?|professor|journalists?|media|mission|organizers|authors|volunteers|office"
    r"|senior|high-ranking|regional|local|defence|defense|western|ukrainian|russian|american|british|us"
    r"|u\.s\.|eastern|southern|northern|military-civil|familiar|unnamed|anonymous|two|three|several|one"
    r"|some|many|other|new|daily|sunday|latest|intercepted|customs|his|her|their|its|this|that|a|an)$",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"^(?:he|she|they|him|her|them|we|i)$", re.IGNORECASE)
NOT_A_SPEAKER = re.compile(r"^(?:it|this|that|which|who|what|there|these|those|as)$", re.IGNORECASE)
_AGE = re.compile(r"^\d{1,3}-year-old$")
_CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Yesterday)\.?$"
)
# Words that modify a head rather than name a speaker: "a", "US", "U.K.", "Russian", "Chinese" (not "IMF").
_MODIFIER = re.compile(r"^(?:an?|[A-Z]{2}|(?:[A-Z]\.)+|[A-Z][a-z]+(?:an|ian|ese|ish|ic|i))$")
# A word that ends its sentence, not an abbreviation ("Poland." but not "Gen.", "U.S.", "D-AZ.").
_ENDS_SENTENCE = re.compile(r"^[A-Za-z][a-z]{3,}\.$")
_PARTY_OR_AGE = re.compile(r"^(?:[DRI]-[A-Z][\w.]*|\d{1,3})$")
_TOKEN = re.compile(r"[\w'’.&-]+|,")


# Capitalised words that open a sentence but are no part of a name.
_OPENERS = frozenset(
    {"therefore", "thus", "so", "hence", "moreover", "furthermore", "nevertheless", "nonetheless", "indeed"}
    | {"instead", "otherwise", "however", "meanwhile", "consequently", "accordingly", "likewise", "similarly"}
    | {"finally", "besides", "also", "still", "yet", "now", "then"}
)


def _speaker_words(words: list[str]) -> str:
    while words and (words[0].lower() in _CONNECTORS or words[0] == "," or words[0].lower() in _OPENERS):
        words = words[1:]
    while words and (words[-1].lower() in _CONNECTORS or words[-1] == ","):
        words = words[:-1]
    return " ".join(words).replace(" 's", "'s").replace(" ’s", "’s").strip(" ,.:;")


def is_role_word(word: str) -> bool:
    """A lower-case word that can be part of a source's name: a title, a body, a document, a profession."""
    word = word.lower().removesuffix("'s").removesuffix("’s")
    return bool(ROLE.match(word)) or word in KIND_WORDS


def _is_name_word(word: str) -> bool:
    word = word.rstrip(".")
    return word[:1].isupper() or is_role_word(word) or word.lower() in _CONNECTORS or bool(_AGE.match(word))


def speaker_before(text: str) -> str:
    """The noun phrase that ends ``text``: the subject of a reporting verb that follows it.

    >>> speaker_before("Last week, Ukraine's General Staff")
    "Ukraine's General Staff"
    >>> speaker_before("Russia, Kahl")
    'Kahl'
    >>> speaker_before("Sen. Mark Kelly, D-AZ.,")
    'Sen. Mark Kelly'
    """
    tokens = _TOKEN.findall(text)
    while tokens and (tokens[-1] == "," or (_PARTY_OR_AGE.match(tokens[-1]) and "," in tokens[-3:-1])):
        tokens.pop()  # "Mark Kelly, D-AZ.," and "Maksym Maksymov, 29," name Kelly and Maksymov
    taken: list[str] = []
    for word in reversed(tokens):
        if word == "," or not _is_name_word(word) or (taken and PRONOUN.match(word)):
            break
        taken.insert(0, word)
        if len(taken) >= 9:
            break
    return _speaker_words(taken)


def _head_distance(words: list[str]) -> int:
    """How many words follow the first of ``words`` up to the first title, body or profession among them."""
    return next(index for index, word in enumerate(words) if word in KIND_WORDS)


def _describes_a_speaker(taken: list[str], words: list[str]) -> bool:
    """Whether lower-case ``words`` complete the head that ``taken`` lacks: "a permanent representative", "the
    US national security adviser" (but not "Tanninko urges people", nor "U.K. officials citing data")."""
    modifiers = (
        w for w in taken if not (ROLE.match(w) and w.lower() not in KIND_WORDS)
    )  # "senior", "western"
    if not all(word.lower() in _CONNECTORS or _MODIFIER.match(word) for word in modifiers):
        return False
    for word in words[:4]:
        if word == "," or not word.islower() or word in ("its", "his", "her", "their", "our"):
            return False
        if word in KIND_WORDS:
            return True
    return False


def speaker_after(text: str) -> str:
    """The noun phrase that starts ``text``: the subject of an inverted reporting verb before it.

    >>> speaker_after("Naeem Aslam, chief market analyst with AvaTrade, in a report")
    'Naeem Aslam'
    >>> speaker_after("the British Ministry of Defense.")
    'British Ministry of Defense'
    >>> speaker_after("a permanent representative of Poland. Then")
    'a permanent representative of Poland'
    """
    outlet = OUTLET_FIRST.match(text)
    if outlet:  # "writes Ukrainian truth"
        return outlet.group(1)
    taken: list[str] = []
    tokens = _TOKEN.findall(text)
    if tokens and PRONOUN.match(tokens[0]):
        return str(tokens[0])  # "As he revealed"
    if len(tokens) > 1 and tokens[0] in ("in", "on", "at", "during", "after", "before", "with", "to", "from"):
        # "said in Berlin on Thursday" names no speaker; "said in TVN24 Ambassador X" does
        tokens = tokens[2:]
    describing = 0  # lower-case words still to take on the way to a head: "the US national security adviser"
    for index, word in enumerate(tokens):
        if word.endswith((".-", ".–")):  # "... - said Putin.- The next quote"
            taken.append(word[:-2])
            break
        if describing or (
            not _is_name_word(word) and word != "," and _describes_a_speaker(taken, tokens[index:])
        ):
            describing = describing - 1 if describing else _head_distance(tokens[index:])
            taken.append(word)
            continue
        if word == "," or not _is_name_word(word) or (taken and word.lower() in {"in", "on", "at", "that"}):
            break
        if _CALENDAR.match(word) and taken and taken[-1].lower() in {"on", "last", "this", "next", "since"}:
            break
        taken.append(word)
        if PRONOUN.match(word) or len(taken) >= 9 or _ENDS_SENTENCE.match(word):
            break
    return _speaker_words(taken)


def named(name: str, last: ClaimSource | None) -> ClaimSource | None:
    """A ClaimSource for ``name``; a pronoun takes the last named source; nothing usable gives None."""
    if not name or NOT_A_SPEAKER.match(name.split()[0]):
        return None
    if PRONOUN.match(name.split()[0]) and len(name.split()) == 1:
        return last
    if not re.search(r"[A-Za-z]{2}", name):
        return None
    return ClaimSource(name, source_kind(name))

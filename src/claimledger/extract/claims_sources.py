"""Sources: the names of speakers read around reporting verbs, and the kind of each named source.

``speaker_before`` and ``speaker_after`` read the noun phrase on either side of a reporting verb; ``source_kind``
classifies a name as an official, an institution, a news outlet, an anonymous source, a document or another
person (``docs/claims.md``, Source kinds).
"""

from __future__ import annotations

import re

from claimledger.extract.claims_sources_kinds import BODY_WORDS, KIND_WORDS, OUTLET_FIRST, source_kind
from claimledger.models import ClaimSource

__all__ = [
    "NOT_A_SPEAKER",
    "PRONOUN",
    "ROLE",
    "VERBS",
    "VERB_FORMS",
    "alternation",
    "named",
    "source_kind",
    "speaker_after",
    "speaker_before",
]

# Reporting verbs, every form a reporter writes ("specified", "reminds", "acknowledges"), but no form that is more
# often a noun after a name ("states", "comments", "projects"); base forms only where a plural subject uses them.
_REPORTING_VERBS = """
    say says said  claim claims claimed  estimate estimates estimated  report reports reported  tell tells told
    insist insists insisted  announces announced  stated  add adds added  notes noted  believe believes
    believed  assesses assessed  warn warns warned  reveal reveals revealed  confirm confirms confirmed  writes
    wrote  suggest suggests suggested  show shows showed  mentions mentioned  alleges alleged  informs informed
    explain explains explained  emphasize emphasizes emphasized  emphasise emphasises emphasised  stress stresses
    stressed  argue argues argued  forecast forecasts  predict predicts predicted  acknowledge acknowledges
    acknowledged  admit admits admitted  indicates indicated  finds found  declares declared  quoted  cited
    briefed  describes described  thinks  expects expected  point_out points_out pointed_out  reiterates
    reiterated  deny denies denied  promises promised  asserts asserted  maintains maintained  recalls recalled
    specifies specified  remind reminds reminded  commented  discloses disclosed
    observes observed  clarifies clarified  underlines underlined  underscores underscored  highlights
    highlighted  testifies testified  recounts recounted  reckons reckoned  calculates calculated  boasts boasted
    complains complained  concedes conceded  contends contended  projected  tweeted  considers considered
    accuse accuses accused  fears feared
"""
VERB_FORMS = frozenset(form.replace("_", " ") for form in _REPORTING_VERBS.split())


_Trie = dict[str, "_Trie"]


def alternation(words: frozenset[str]) -> str:
    """A regular expression (no groups) matching any of ``words``, written as a trie so that the engine rejects a
    position after a letter or two instead of trying every word in turn.

    >>> alternation(frozenset({"say", "says", "said"}))
    'sa(?:id|ys?)'
    """
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: _Trie) -> str:
    parts = []
    for char in sorted(char for char in node if char):
        child = node[char]
        while len(child) == 1 and "" not in child:  # a chain of single letters
            (next_char,) = child
            char, child = char + next_char, child[next_char]
        parts.append(re.escape(char) + _trie_pattern(child))
    if not parts:
        return ""
    if "" not in node:
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    if len(parts) == 1 and len(parts[0]) == 1:
        return parts[0] + "?"
    return "(?:" + "|".join(parts) + ")?"


VERBS = alternation(VERB_FORMS)

_CONNECTORS = frozenset({"of", "the", "for", "from", "and", "de", "'s", "’s", "in", "on", "at"})
ROLE = re.compile(
    r"^(?:officials?|intelligence|ministry|military|sources?|spokes\w*|analysts?|experts?|authorities|agency"
    r"|government|services?|command|staff|commander|governor|mayor|president|minister|secretary|adviser"
    r"|advisor|head|chief|director|ambassador|representative|administration|report|data|database|statement"
    r"|survey|poll|polls|study|figures|results|filings|letter|presidency|army|forces|officers?|diplomats?"
    r"|investigators?|researchers?|observers?|monitors?|leader|leaders|correspondent|bloggers|deputy"
    r"|general|gen|state|lawyer|expert|analyst|people|residents|witnesses|council|institute|update|tweet|calls"
    r"|economists|strategist|tycoon|businessman|businesswoman|oligarch|billionaire|activists?|professor|journalists?|media|mission|organizers|authors|volunteers|office"
    r"|senior|high-ranking|regional|local|defence|defense|western|ukrainian|russian|american|british|us"
    r"|u\.s\.|eastern|southern|northern|military-civil|familiar|unnamed|anonymous|two|three|several|one"
    r"|some|many|other|new|daily|sunday|latest|intercepted|customs|his|her|their|its|this|that|a|an)$",
    re.IGNORECASE,
)
PRONOUN = re.compile(r"^(?:he|she|they|him|her|them|we|i)$", re.IGNORECASE)
# "You insisted ..." inside a quote addresses its listener: the speaker is the quote's.
NOT_A_SPEAKER = re.compile(r"^(?:it|this|that|which|who|what|there|these|those|as|you)$", re.IGNORECASE)
_AGE = re.compile(r"^\d{1,3}-year-old$")
_CALENDAR = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July"
    r"|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Today|Yesterday)\.?$"
)
# Words that modify a head rather than name a speaker: "a", "US", "U.K.", "Russian", "Chinese" (not "IMF").
_MODIFIER = re.compile(r"^(?:an?|[A-Z]{2}|(?:[A-Z]\.)+|[A-Z][a-z]+(?:an|ian|ese|ish|ic|i))$")
# A word that ends its sentence, not an abbreviation ("Poland." but not "Gen.", "U.S.", "D-AZ.").
_ENDS_SENTENCE = re.compile(r"^[A-Za-z][\w'’-]*[a-z]{3,}\.$")  # "Poland.", "Cranny-Evans."
_PARTY_OR_AGE = re.compile(r"^(?:[DRI]-[A-Z][\w.]*|\d{1,3})$")
_FORMER = frozenset({"former", "ex", "retired"})
_TOKEN = re.compile(r"[\w'’.&-]+|,")


# Capitalised words that open a sentence but are no part of a name.
_OPENERS = frozenset(
    {"therefore", "thus", "so", "hence", "moreover", "furthermore", "nevertheless", "nonetheless", "indeed"}
    | {"instead", "otherwise", "however", "meanwhile", "consequently", "accordingly", "likewise", "similarly"}
    | {"finally", "besides", "also", "still", "yet", "now", "then", "but", "and", "or"}
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
    return (
        word[:1].isupper()
        or is_role_word(word)
        or word.lower() in _CONNECTORS
        or word in _FORMER  # "the former Polish leader" held an office
        or bool(_AGE.match(word))
    )


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


# Pictures with no named maker show what the author reports ("Footage showed the tower collapsing"); footage
# "from Kremlin military bloggers" is the bloggers'.
_PICTURES = re.compile(
    r"^(?:the |a |new )?(?:footage|videos?|images|imagery|photos|photographs|pictures)$", re.I
)


_DETERMINERS = frozenset({"a", "an", "the", "some", "many", "most", "others"})


def named(name: str, last: ClaimSource | None) -> ClaimSource | None:
    """A ClaimSource for ``name``; a pronoun takes the last named source; nothing usable gives None."""
    if (
        not name
        or NOT_A_SPEAKER.match(name.split()[0])
        or _PICTURES.match(name)
        or name.lower() in _DETERMINERS
    ):
        return None
    if PRONOUN.match(name.split()[0]) and len(name.split()) == 1:
        return last
    if not re.search(r"[A-Za-z]{2}", name) or all(_CALENDAR.match(word) for word in name.split()):
        return None  # "The report, published on Monday, found": Monday is no speaker
    return ClaimSource(_without_description(name), source_kind(name))


def _without_description(name: str) -> str:
    """The name of a body or outlet without the common nouns that describe it (its kind is read with them).

    >>> _without_description("Russian energy giant Gazprom"), _without_description("spokesman Ivan Petrov")
    ('Gazprom', 'spokesman Ivan Petrov')
    """
    words = name.split()
    for index in range(len(words) - 1, 0, -1):
        if words[index - 1] in BODY_WORDS and words[index][:1].isupper():
            return " ".join(words[index:])
    return name

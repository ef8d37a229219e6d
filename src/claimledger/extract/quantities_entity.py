"""What a number counts: the noun after it, without determiners and loose adjectives.

"nine Russian armoured vehicles" counts "armoured vehicles"; "two full mechanised brigades" counts "brigades";
"40-50 tanks, artillery systems and trucks" counts the whole list. Heuristic, no tagger: the head is the first
plural-looking word within four words, and only modifiers that form a standing compound with it are kept.
"""

from __future__ import annotations

import re

from claimledger.extract.numbers import ONES, TENS

_NUMBER_WORDS = frozenset([*ONES, *TENS])
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|[^\sA-Za-z]")
_WINDOW = 90
_NEXT_TOKEN = re.compile(r"[ \t]+([^\s,;:!?()]+)")

# fmt: off
STOP = frozenset([
    "a", "an", "the", "of", "in", "on", "at", "to", "from", "by", "for", "with", "and", "or", "but", "nor",
    "as", "than", "that", "which", "who", "whom", "whose", "were", "was", "is", "are", "be", "been",
    "being", "had", "has", "have", "having", "per", "each", "every", "its", "their", "his", "her", "this",
    "these", "those", "it", "they", "them", "we", "us", "he", "she", "i", "you", "your", "our", "my",
    "also", "not", "no", "after", "before", "during", "since", "until", "till", "over", "under", "about",
    "into", "across", "among", "between", "while", "when", "where", "including", "ago", "later", "earlier",
    "so", "if", "then", "there", "here", "what", "how", "why", "all", "both", "such", "only", "just",
    "even", "still", "yet", "already", "now", "today", "yesterday", "tomorrow", "will", "would", "could",
    "should", "may", "might", "must", "can", "did", "do", "does", "done", "said", "says", "say", "told",
    "according", "via", "amid", "against", "toward", "towards", "within", "without", "around", "near",
    "off", "out", "up", "down", "more", "most", "less", "fewer", "least", "other", "another", "any", "some",
    "many", "much", "few", "several", "own", "same", "very", "too", "again", "while", "whereas", "whether",
    "either", "neither", "because", "although", "though", "however", "thus", "hence", "per", "cent",
    "percent", "cannot", "hundreds", "thousands", "millions", "billions", "dozens", "tens", "times",
])
_MONTHS_DAYS = frozenset([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
])
IRREGULAR_PLURALS = frozenset([
    "people", "personnel", "children", "men", "women", "troops", "police", "staff", "civilians",
    "equipment", "aircraft", "servicemen", "servicewomen", "militia", "infantry", "sheep", "cattle", "fish",
    "deer", "livestock",
])
COMPOUND_MODIFIERS = frozenset([
    "armoured", "armored", "combat", "cruise", "ballistic", "air", "artillery", "rocket", "missile",
    "naval", "military", "attack", "fighter", "infantry", "fighting", "special", "tank", "anti-aircraft",
    "anti-tank", "air-defence", "air-defense", "surface-to-air", "air-to-air", "cargo", "transport",
    "unmanned", "aerial", "kamikaze", "landing", "assault", "reconnaissance", "patrol", "warships",
    "multiple", "launch", "nuclear", "power", "electricity", "thermal", "hydroelectric", "residential",
    "apartment", "civilian", "private", "internally", "displaced", "prisoners", "war", "foreign", "heavy",
    "light", "self-propelled", "mine-resistant", "guided", "precision", "killer", "mortar", "drone",
    "helicopter", "jet", "radar", "command", "border", "oil", "gas", "grain",
])
NATIONALITIES = frozenset([
    "russian", "ukrainian", "american", "british", "german", "french", "polish", "chinese", "iranian",
    "belarusian", "soviet", "western", "european", "nato", "israeli", "palestinian", "turkish", "syrian",
    "korean", "north", "south", "georgian", "moldovan", "eu", "uk", "us", "un", "estonian", "latvian", "lithuanian",
    "finnish", "swedish", "norwegian", "danish", "dutch", "italian", "spanish", "japanese", "indian",
    "canadian", "australian", "hungarian", "romanian", "slovak", "czech", "bulgarian",
])
# fmt: on
_ADD_ONS = frozenset(
    ["extra", "additional", "further", "total", "record", "new-found", "full", "entire", "whole"]
)
_DETERMINERS_AFTER_OF = frozenset(
    ["the", "these", "those", "their", "its", "his", "her", "our", "whom", "my", "your", "its"]
)


def _is_plural(word: str) -> bool:
    lowered = word.lower()
    if lowered in IRREGULAR_PLURALS:
        return True
    if lowered in STOP or "'" in word[:-1] or "’" in word[:-1] or len(lowered) < 4:
        return False
    lowered = lowered.removesuffix("’").removesuffix("'")  # "the two countries’ neutrality"
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "ous", "'s", "’s"))


def _acronym(word: str) -> bool:
    """ "US" and "UK" are names, not the pronoun "us" ("300 US troops")."""
    return len(word) >= 2 and word.isupper()


def _keeps(word: str) -> bool:
    """Modifiers stay with the counted noun ("new aircraft carriers"); nationalities and add-ons do not."""
    lowered = word.lower()
    if lowered in COMPOUND_MODIFIERS:
        return True
    if lowered in NATIONALITIES or lowered in _MONTHS_DAYS or lowered in _ADD_ONS or lowered in STOP:
        return False
    return word[0].isalpha() and not lowered.endswith(("-based", "-made", "-backed", "-led"))


def _words(text: str, pos: int) -> list[tuple[str, int, int]]:
    """Tokens after ``pos`` up to the first punctuation other than a comma; (token, start, end)."""
    chunk_end = min(len(text), pos + _WINDOW)
    tokens: list[tuple[str, int, int]] = []
    for match in _TOKEN.finditer(text, pos, chunk_end):
        token = match.group()
        if not token[0].isalpha() and token != ",":
            break
        tokens.append((token, match.start(), match.end()))
    if tokens and tokens[-1][2] == chunk_end and chunk_end < len(text):
        tokens.pop()  # a word cut by the window
    return tokens


def _group(tokens: list[tuple[str, int, int]], at: int, singular: bool) -> tuple[int, int] | None:
    """A noun group starting at token ``at``: (index of the first kept word, index of the head)."""
    for head in range(at, min(at + 4, len(tokens))):
        word = tokens[head][0]
        lowered = word.lower()
        if lowered.split("-")[0] in _NUMBER_WORDS:
            return None  # "five of the three-ton satellites": the next token is a quantity of its own
        if word == "," or (lowered in STOP and not _acronym(word)) or lowered in _MONTHS_DAYS:
            if singular and head > at:
                return _kept(tokens, at, head - 1), head - 1
            return None
        if _is_plural(word) and not singular:
            nxt = head + 1
            if lowered in IRREGULAR_PLURALS and nxt < len(tokens) and _is_plural(tokens[nxt][0]):
                head = nxt  # "personnel carriers", "police officers"
            return _kept(tokens, at, head), head
        if singular and _is_plural(word):
            if head > at:  # "one proposal asks": the verb ends the group
                return _kept(tokens, at, head - 1), head - 1
            return None
    if singular and len(tokens) > at and len(tokens) - at <= 2:
        return _kept(tokens, at, len(tokens) - 1), len(tokens) - 1
    return None


def _kept(tokens: list[tuple[str, int, int]], at: int, head: int) -> int:
    first = head
    while first > at and _keeps(tokens[first - 1][0]):
        first -= 1
    return first


def find_entity(text: str, pos: int, *, singular: bool = False) -> tuple[str, int] | None:
    """The counted noun right after ``pos`` as ``(entity text, end)``, or None.

    :param singular: the count is one, so a singular noun may be the head

    >>> find_entity("9 Russian armoured vehicles were hit", 1)
    ('armoured vehicles', 27)
    >>> find_entity("40 tanks, artillery systems and trucks.", 2)[0]
    'tanks, artillery systems and trucks'
    >>> find_entity("3 of them", 1) is None
    True
    """
    if pos >= len(text) or not text[pos].isspace():
        return None
    tokens = _words(text, pos)
    at = 0
    if tokens and tokens[0][0].lower() == "of":
        at = 2 if len(tokens) > 1 and tokens[1][0].lower() in _DETERMINERS_AFTER_OF else 1
        singular = False  # "one of the students" counts from a plural
        if at < len(tokens) and tokens[at][0].lower() in ("most", "best", "biggest", "largest", "main"):
            at += 1  # "one of the most spectacular catches"
    if at < len(tokens) and tokens[at][0].lower() == "such":
        at += 1  # "three such facilities": "such" goes like a determiner
    found = _group(tokens, at, singular)
    if found is None:
        return None
    first, head = found
    start, end = tokens[first][1], tokens[head][2]
    end = _of_complement(tokens, head + 1, end)
    end = _extend_list(tokens, head + 1, end)
    if text[end - 1] in "’'":
        end -= 1
    return text[start:end], end


def named_kind(text: str, pos: int) -> tuple[str, int] | None:
    """Names and model numbers before a plural noun, as ``(entity, end)``: "14 Leopard 2 tanks", "12 Ka-52
    helicopters", "27000 Model S and Model X vehicles", "8,500 U.S. troops"; not an address ("49 Zorro Ranch
    Road"). Nationalities and quoted labels before the names are left out, as :func:`find_entity` does.

    >>> named_kind(" German Leopard 2 tanks were sent", 0), named_kind(" Zorro Ranch Road", 0)
    (('Leopard 2 tanks', 23), None)
    """
    first: int | None = None
    skipped = False
    at = pos
    for _ in range(8):
        match = _NEXT_TOKEN.match(text, at)
        if match is None:
            return None
        token, at = match.group(1), match.end()
        core = token.rstrip(".")
        word = core.strip("“”\"‘’'")
        if first is None and (word.lower().replace(".", "") in NATIONALITIES or word != core):
            skipped = True  # "U.S.", "German", "“peacekeeper”"
            continue
        plural = word.isalpha() and word.islower() and _is_plural(word)
        if plural and (first is not None or skipped):
            start = match.start(1) if first is None else first
            return text[start : match.start(1) + len(core)], match.start(1) + len(core)
        named = word[:1].isupper() or (word[:1].isalpha() and any(c.isdigit() for c in word))
        if core != token or not (named or (first is not None and (word.isdigit() or word in ("and", "or")))):
            return None  # a sentence end, or a word that is neither a name nor the counted noun
        first = match.start(1) if first is None else first
    return None


def _of_complement(tokens: list[tuple[str, int, int]], at: int, end: int) -> int:
    """ "rounds of small arms ammunition", "orders of courage": an ``of`` with a bare noun belongs to the count."""
    if at >= len(tokens) or tokens[at][0].lower() != "of":
        return end
    for token, _, token_end in tokens[at + 1 : at + 4]:
        if not token.islower() or token in STOP or token in _NUMBER_WORDS:
            break
        end = token_end
    return end


def _extend_list(tokens: list[tuple[str, int, int]], at: int, end: int) -> int:
    """Follow "tanks, artillery systems and trucks" to the end of the list."""
    while at < len(tokens):
        word = tokens[at][0].lower()
        if word == ",":
            nxt = at + 1
            if nxt < len(tokens) and tokens[nxt][0].lower() in ("and", "or"):
                nxt += 1
        elif word in ("and", "or"):
            nxt = at + 1
        else:
            return end
        found = _group(tokens, nxt, False)
        if found is None or found[0] != nxt:
            return end
        end = tokens[found[1]][2]
        at = found[1] + 1
        if word in ("and", "or") or tokens[nxt - 1][0].lower() in ("and", "or"):
            return end
    return end

"""Number atoms for the quantity extractor: digits, number words and vague magnitudes, and what is not one.

:func:`atom_at` turns a match of :data:`ATOM` into a value; :func:`is_rejected` drops dates, designations
("Su-34", "47th"), codes and other numbers that are not quantities. The extractor grows atoms into quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from claimledger.extract import quantities_units as vocab
from claimledger.extract.numbers import (
    FRACTIONS,
    ONES,
    TENS,
    UNICODE_FRACTIONS,
    parse_digits,
    parse_words,
    scale_value,
    vague_range,
)

_ONE = vocab.alternation([*ONES, *TENS])
_SCL = "hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dozs|dzs"
_FRAC = vocab.alternation(FRACTIONS)
_SEP = r"(?:[ \t]+|[ \t]*-[ \t]*)"
_INT = rf"(?:{_ONE})\b(?:(?:{_SEP}|\s+and\s+)(?:{_ONE}|{_SCL})\b)*"
_WORDNUM = (
    rf"(?:half|quarter)\s+(?:an?\s+)?(?:{_SCL})\b"
    rf"|an?\s+(?:{_SCL})\b(?:(?:{_SEP}|\s+and\s+)(?:{_ONE}|{_SCL})\b)*(?:\s+(?:{_FRAC})\b)?"
    r"|(?:hundred|thousand)\s+(?:thousand|million|billion)\b"
    rf"|(?:an?|one)\s*-?\s*(?:{_FRAC})\b"
    rf"|{_INT}(?:{_SEP}(?:{_FRAC})\b|\s+and\s+(?:an?|{_ONE})\s+(?:{_FRAC})\b"
    rf"|\s+point(?:\s+(?:{_ONE})\b(?:-(?:{_ONE})\b)?)+)?"
    r"(?:\s+(?:of\s+an?\s+)?(?:million|billion|trillion)\b)?"
    r"|half\b"
)
_VAGUE = (
    r"tens\s+of\s+(?:thousands|millions|billions)\b"
    r"|(?:hundreds|thousands|millions|billions|dozens)(?:\s+of\s+(?:thousands|millions|billions))?\b"
)
_GROUPED = r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)"
_DIGITS = rf"(?:{_GROUPED}|\d+)(?:\.\d+)?(?:e[+-]?\d+\b|\s?[×x]\s?10(?:(?:\^|\*\*)[−-]?|[−-])\d+\b)?|\.\d+"
_SCALE_WORD = r"hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dzs|dozs"
_SCALE_ABBR = r"bn|mn|mln|bln|tln|trn|tn|mil|mm|k|m|b"
ATOM = re.compile(
    rf"(?:(?<![\w.])|(?<=\$US)|(?<=\$A)|(?<=HK)|(?<=RM)|(?<=PS)|(?<=Rs)|(?<=USD)|(?<=EUR)|(?<=AUD)|(?<=INR)|(?<=GBP)|(?<=UAH)|(?<=RUB))(?P<dig>{_DIGITS})(?:\s?(?P<abbr>{_SCALE_ABBR})(?![\w])|\s+(?P<sw>(?:{_SCALE_WORD})(?:\s+(?:{_SCALE_WORD}))*)\b(?P<andfrac>\s+and\s+an?\s+(?:half|quarter)\b)?"
    rf"(?P<more>(?:\s+and\s+(?:[1-9]\d?\b(?![\d.,])|(?:{_ONE})\b(?:-(?:{_ONE})\b)?)(?:\s+hundred\b)?"
    rf"(?!\s+(?:{_SCALE_WORD}))|\s+\d{{1,3}}\s+(?:hundred|thousand)\b)*))?"
    rf"|\b(?P<vague>{_VAGUE})"
    rf"|\b(?P<word>{_WORDNUM})"
    r"|(?P<uni>[½¼¾⅓⅔⅕⅙⅛])",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)
_MONTH_LOWER = r"(?:january|february|april|may|june|july|august|september|october|november|december)\b"
_DATE_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH}|{_MONTH_LOWER})")
_DATE_BEFORE = re.compile(rf"(?:{_MONTH}|{_MONTH_LOWER})\s*$")
SKIP = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}|\d{4}[-–/]\d{2}(?![\d,])|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"  # ISO and numeric dates
    r"|\d+(?:\.\d+){2,}"  # IP addresses, version numbers
    r"|\+?\d+(?:[-/]\d+){2,}"  # phone numbers, "5/17/2018"
    r"|\+\d[\d\s().-]{6,}\d"  # international phone numbers
    r"|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.?|[ap]m\b)"  # "5am", "10.45pm", "6 p.m."
    r"|\d{1,2}:\d{2}(?::\d{2})?(?!\d)"  # "10:30"
    r"|\d{1,2}\s+o'clock"
    r"|\d{3,4}\s*(?:GMT|UTC|CET|EET|EEST|CEST|BST|EDT|EST|PST|hrs\b|local time|Moscow time|Kyiv time)"
    r"|24/7|9/11"
    r"|\d+/\d+(?=\s*(?:am|pm)\b)",
    re.IGNORECASE,
)
CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![\w])(?:{vocab.alternation(vocab.CURRENCY_SYMBOLS)}))\s?$", re.IGNORECASE
)
_DURATION_ADJ = (
    r"(?:(?:long|full|straight|consecutive|more|additional|extra|whole|short|further|hard|bloody|brutal)\s+)?"
)
_UNIT_WORDS = vocab.alternation([*vocab.PERCENTS, *vocab.MEASURES])
UNIT = re.compile(
    rf"(?:\s*-\s*|\s?)(?:[\[({{<]\s*(?P<bunit>{_UNIT_WORDS})\s*[\])}}>]|(?P<unit>{_UNIT_WORDS})(?![\w]))"
    rf"|(?:\s*-\s*|\s?){_DURATION_ADJ}(?P<dur>{vocab.alternation(vocab.DURATIONS)})(?![\w])"
    rf"|\s+{_DURATION_ADJ}(?P<dur2>{vocab.alternation(vocab.DURATIONS)})(?![\w])",
    re.IGNORECASE,
)
HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_PRONOUN_ONE = re.compile(
    r"(?:\b(?:no|the|this|that|which|every|any|each|someone|anyone|little|only|same|last|next|other|single|"
    r"right|wrong|big|new|old|good|bad|another|one|any)\s+$)",
    re.IGNORECASE,
)
_ONE_AFTER = re.compile(
    r"\s+(?:another|after\s+another|by\s+one|of\s+(?:those|these|them|us|you)\b)"
    r"|-(?:off|sided|way|time|stop|on-one)",
    re.IGNORECASE,
)
_HALF_BEFORE = re.compile(
    r"\b(?:the|first|second|other|latter|former|and|a|this|that|each)\s+$", re.IGNORECASE
)
_PLAIN_AFTER_ONE = re.compile(r"\s+\d")
_HALF_AFTER = re.compile(r"\s+(?:of|an?)\b", re.IGNORECASE)
_HALF_HEDGED = re.compile(
    r"\b(?:than|almost|nearly|about|around|roughly|over|under|some|just)\s+$", re.IGNORECASE
)
_OPENERS = frozenset(["", ".", "!", "?", '"', "'", "“", "‘", "(", "[", ":", ";", "-", "–", "—", "*", "•"])
_PLAIN_NUMBER = re.compile(r"\d{1,4}")
_M_AS_METRE = re.compile(
    r"\.p\.h|\s*\(\s*\d+\s*(?:ft|feet|foot)|(?:\s*-\s*|\s+)(?:long|tall|high|wide|deep|away|thick|below|above|from|under|underground|in\s+"
    r"(?:length|height|diameter|depth|width))\b|\s+is\s+(?:equal|the\s+same)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Number:
    start: int
    end: int
    low: Decimal
    high: Decimal
    vague: bool
    words: bool
    raw: str
    scaled: bool


def atom_at(text: str, match: re.Match[str]) -> Number | None:
    """The value of one atom match, or None when it is not a number after all."""
    raw, start, end = match.group(), match.start(), match.end()
    if match.group("vague"):
        bounds = vague_range(raw)
        return None if bounds is None else Number(start, end, bounds[0], bounds[1], True, True, raw, True)
    if match.group("uni"):
        value = UNICODE_FRACTIONS[raw]
        return Number(start, end, value, value, False, False, raw, False)
    if match.group("word"):
        return _word_atom(text, match)
    digits = parse_digits(match.group("dig"))
    if digits is None:
        return None
    scale, scaled = 1, False
    abbr, word = match.group("abbr"), match.group("sw")
    if abbr and _unit_not_scale(text, abbr, start, end):
        return Number(start, match.end("dig"), digits, digits, False, False, match.group("dig"), False)
    if abbr:
        scale, scaled = scale_value(abbr) or 1, True
    elif word:
        scale, scaled = int(parse_words(word) or 1), True
    value = digits * scale
    if match.group("more"):  # "4 thousand 3 hundred and 21"
        value = parse_words(raw) or value
    if match.group("andfrac"):  # "3 million and a half"
        value += Decimal(scale) / (2 if "half" in match.group("andfrac").lower() else 4)
    return Number(start, end, value, value, False, False, raw, scaled)


def _unit_not_scale(text: str, abbr: str, start: int, end: int) -> bool:
    """ "7.62mm" is millimetres and "30m-high" metres; "$5m", "2.7m people" and "1MM" are millions."""
    if abbr == "mm":
        return True
    if abbr != "m" or CURRENCY_BEFORE.search(text, max(0, start - 4), start):
        return False
    spaced = start < end and text[end - 2].isspace()  # "1 m x 1 m": a spaced "m" is a metre
    return spaced or bool(_M_AS_METRE.match(text, end)) or "tall" in text[max(0, start - 12) : start]


def _word_atom(text: str, match: re.Match[str]) -> Number | None:
    raw, start = match.group(), match.start()
    raw = _trim_and(raw)
    end = start + len(raw)
    lowered = raw.lower()
    if lowered == "one" and _PLAIN_AFTER_ONE.match(text, end):
        return None  # "one 52,000 barrel-a-day refinery"
    if (
        lowered == "one"
        and not UNIT.match(text, end)
        and (_PRONOUN_ONE.search(text, max(0, start - 12), start) or _ONE_AFTER.match(text, end))
    ):
        return None
    if lowered == "half" and (
        _HALF_BEFORE.search(text, max(0, start - 10), start)
        or not (_HALF_AFTER.match(text, end) or _HALF_HEDGED.search(text, max(0, start - 10), start))
    ):
        return None
    value = parse_words(raw)
    if value is None:
        return None
    scaled = any(w in lowered for w in ("hundred", "thousand", "million", "billion", "trillion", "dozen"))
    return Number(start, end, value, value, False, True, raw, scaled)


_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_SCALE_END = re.compile(rf"(?:{_SCL})$", re.IGNORECASE)
_FRAC_END = re.compile(rf"(?:{_FRAC})(?:\s+(?:million|billion|trillion))?$", re.IGNORECASE)


def _trim_and(raw: str) -> str:
    """Cut a word number at an "and" that joins two numbers ("between eight and twelve")."""
    for joint in _AND.finditer(raw):
        before = raw[: joint.start()]
        if not _SCALE_END.search(before) and not _FRAC_END.search(raw):
            return before
    return raw


def is_rejected(text: str, atom: Number, *, second: bool = False) -> bool:
    """Dates, years, designations and other numbers that are not quantities."""
    start, end = atom.start, atom.end
    if HYPHEN_WORD.match(text, end) and not UNIT.match(text, end):
        return True  # "two-storey", "36-page"
    if atom.words and text[start].isupper() and start and text[start - 2 : start].strip() not in _OPENERS:
        return True  # "the Group of Seven", "the Big Three"
    if atom.words or atom.vague:
        return False
    if not second and start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit():
        return True  # the second half of a score or code we declined as a range ("2-1", "3888-2")
    if start >= 3 and text[start - 1] == "-" and text[start - 2] == " " and _caps_before(text, start - 2):
        return True  # "COVID -19"
    if start >= 2 and text[start - 1] in "-–/" and _designation_prefix(text, start - 1):
        return True  # "Su-34", "Kh-101", "F-16", "SCP2-173"
    if end < len(text) and text[end].isalpha() and not UNIT.match(text, end):
        return True  # "47th", "1990s", "3D"
    day_like = not atom.scaled and atom.low == atom.low.to_integral_value() and atom.low <= 31
    return day_like and bool(
        _DATE_AFTER.match(text, end) or _DATE_BEFORE.search(text, max(0, start - 12), start)
    )


_NOT_DESIGNATIONS = frozenset(
    ["minus", "negative", "sub", "now", "mid", "over", "under", "pre", "post", "top"]
)


def _caps_before(text: str, space: int) -> bool:
    at = space
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    word = text[at:space]
    return len(word) >= 2 and word.isupper()


def _designation_prefix(text: str, hyphen: int) -> bool:
    """Whether the token before a hyphen starts with a letter ("Su" in "Su-34"; not "5k" in "5k-20k")."""
    at = hyphen
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at < hyphen and text[at].isalpha() and text[at:hyphen].lower() not in _NOT_DESIGNATIONS


def looks_like_year(text: str, atom: Number) -> bool:
    return (
        not atom.scaled
        and bool(_PLAIN_NUMBER.fullmatch(atom.raw))
        and len(atom.raw) == 4
        and 1000 <= atom.low <= 2199
    )

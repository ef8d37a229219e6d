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
_CHANGE_VERBS = (
    r"(?:doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|quadrupl(?:ed|ing|es)|halv(?:ed|ing|es)|double|triple)"
    r"(?!\s+down\b)"  # "doubled down" is an idiom
)
_EVERY = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10}
_VERB_FACTORS = {"doub": Decimal(2), "trip": Decimal(3), "quad": Decimal(4), "halv": Decimal("0.5")}
_SCL = "hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dozs|dzs"
_ORD_ONES = r"(?:first|third|fourth|fifth|sixth|seventh|eighth|ninth)s?"
# A denominator: "fifths", or tens and ones ordinals ("twenty-fifth", "thirty fifths").
_COMPOUND_ORD = rf"(?:{vocab.alternation(TENS)})[ \t-]+{_ORD_ONES}\b"  # "twenty-fifth", "thirty firsts"
_FRAC = rf"{vocab.alternation(FRACTIONS)}|{_COMPOUND_ORD}"
_SEP = r"(?:[ \t]+|[ \t]*-[ \t]*)"
# A numeral in words; it stops before a compound ordinal so that "three twenty-firsts" reads as 3/21.
_INT = rf"(?:{_ONE})\b(?:(?:{_SEP}|\s+and\s+)(?!{_COMPOUND_ORD})(?:{_ONE}|{_SCL})\b)*"
# "an additional billion dollars", "another million people": a scale word counted by the article before it.
_LONE_SCALE = (
    r"(?=[mbt]illion\b)(?:(?<=\ban\sadditional\s)|(?<=\ban\sextra\s)|(?<=\ba\sfurther\s)|(?<=\banother\s)"
    r"|(?<=\ban\sestimated\s))(?:million|billion|trillion)\b"
)
_WORDNUM = (
    rf"{_LONE_SCALE}|(?:half|quarter)\s+(?:an?\s+)?(?:{_SCL})\b"
    rf"|an?\s+(?:{_SCL})\b(?:(?:{_SEP}|\s+and\s+)(?:{_ONE}|{_SCL})\b)*(?:\s+(?:{_FRAC})\b)?"
    r"|(?:hundred|thousand)\s+(?:thousand|million|billion)\b"
    rf"|(?:an?|one)\s*-?\s*(?:{_FRAC})\b"
    rf"|{_INT}(?:{_SEP}(?:{_FRAC})\b|(?:\s+|-)and(?:\s+|-)(?:an?|{_ONE})(?:\s+|-)(?:{_FRAC})\b"
    rf"|\s+point(?:\s+(?:{_ONE})\b(?:-(?:{_ONE})\b)?)+)?"
    r"(?:\s+(?:of\s+an?\s+)?(?:million|billion|trillion)\b)?"
    r"|half\b"
)
_VAGUE = (
    r"(?:several|a\s+(?:few|couple\s+of))\s+(?:dozen|hundred|thousand|million|billion)"
    r"(?:\s+(?:thousand|million|billion))*\b(?!\s+(?:and|or)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine))"
    r"|tens\s+of\s+(?:thousands|millions|billions)\b"
    r"|(?:hundreds|thousands|millions|billions|dozens)(?:\s+of\s+(?:thousands|millions|billions))?\b"
)
_GROUPED = r"\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d{1,2}(?:,\d\d)+,\d{3}(?!\d|,\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)"
_DIGITS = rf"(?:{_GROUPED}|\d+)(?:\.\d+)?(?:e[+-]?\d+\b|\s?[×x]\s?10(?:(?:\^|\*\*)[−-]?|[−-])\d+\b)?|\.\d+"
_SCALE_WORD = r"hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dzs|dozs"
_SCALE_ABBR = r"bn|mn|mln|bln|tln|trn|tn|mil|mm|k|m|b"
ATOM = re.compile(
    rf"(?:(?<![\w.])|(?<=\$US)|(?<=\$A)|(?<=HK)|(?<=RM)|(?<=PS)|(?<=Rs)|(?<=USD)|(?<=EUR)|(?<=AUD)|(?<=INR)|(?<=GBP)|(?<=UAH)|(?<=RUB))(?P<dig>{_DIGITS})(?P<vulgar>[½¼¾⅓⅔⅕⅙⅛])?(?:\s?(?P<abbr>{_SCALE_ABBR})(?![\w])|(?:\s+|-(?=[mbt]illion\b))(?P<sw>(?:{_SCALE_WORD})(?:\s+(?:{_SCALE_WORD}))*)\b(?P<andfrac>\s+and\s+an?\s+(?:half|quarter)\b)?"
    rf"(?P<more>(?:\s+and\s+(?:[1-9]\d?\b(?![\d.,])|(?:{_ONE})\b(?:-(?:{_ONE})\b)?)(?:\s+hundred\b)?"
    rf"(?!\s+(?:{_SCALE_WORD}))|\s+\d{{1,3}}\s+(?:hundred|thousand)\b)*))?"
    rf"|\b(?P<vague>{_VAGUE})"
    r"|\b(?P<every>every\s+(?:second|third|fourth|fifth|tenth))\b(?=\s+[a-z])(?!\s+(?:of|counts|matters|and|or|is|was)\b)"
    rf"|\b(?P<mult>twice|(?:{_ONE}|hundred|thousand)fold|{_CHANGE_VERBS})\b"
    rf"|\b(?P<aunit>an?)(?=\s+(?:second|minute|hour|day|week|month|year|decade)\b)"
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
_DATE_LIST_BEFORE = re.compile(
    rf"(?:{_MONTH}|{_MONTH_LOWER})\s*\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|or|through|until|-|–|,)\s*$"
)
_COMPOUND = re.compile(r"-([a-z]{3,})(?![\w-])")
# A number joined to these names a kind, as the contract's "two-storey" does: "a six-speed gearbox" (a six-speed
# gearbox is a kind of gearbox), "a three-bed flat", "first-person-view": they count nothing worth checking.
_NOT_COMPOUNDS = frozenset([
    "storey", "storeys", "story", "storied", "floor", "person", "way", "off", "sided", "time", "and", "for", "odd",
    "bed", "bedroom", "speed", "door", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
    "ninth",
])  # fmt: skip
_ENUMERATOR = re.compile(r"\s*[.)]\s+[A-Z]")
_FOLD = re.compile(r"-fold\b", re.IGNORECASE)
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
CURRENCY_BEFORE = re.compile(rf"(?:(?<![\w'’]){vocab.currency_signs()})\s?$", re.IGNORECASE)
_DURATION_ADJ = (
    r"(?:(?:long|full|straight|consecutive|more|additional|extra|whole|short|further|hard|bloody|brutal)\s+)?"
)
# "45g" is grams but "5G" a network generation: the one-letter gram is matched in lower case only.
_UNIT_WORDS = vocab.alternation(u for u in [*vocab.PERCENTS, *vocab.MEASURES] if u != "g") + "|(?-i:g)"
UNIT = re.compile(
    rf"(?:\s*-\s*|\s?)(?:[\[({{<]\s*(?P<bunit>{_UNIT_WORDS})\s*[\])}}>]|(?P<unit>{_UNIT_WORDS})(?![\w]))"
    rf"|(?:\s*-\s*|\s?){_DURATION_ADJ}(?P<dur>{vocab.alternation(vocab.DURATIONS)})(?![\w])"
    rf"|\s+{_DURATION_ADJ}(?P<dur2>{vocab.alternation(vocab.DURATIONS)})(?![\w])",
    re.IGNORECASE,
)
HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_PRONOUN_ONE = re.compile(
    r"(?:\b(?:no|the|this|that|which|every|any|each|someone|anyone|little|same|last|next|other|single|"
    r"right|wrong|big|new|old|good|bad|another|one|any)\s+$)",
    re.IGNORECASE,
)
_ONE_AFTER = re.compile(
    r"\s+(?:another|after\s+another|by\s+one|of\b)"
    r"|\s+(?:need|must|should|cannot|can(?!\s+of)|could|would|might|may)\b"  # "One need not destroy": a person
    r"|-(?:off|sided|way|time|stop|on-one)",
    re.IGNORECASE,
)
_HALF_BEFORE = re.compile(
    r"\b(?:the|first|second|other|latter|former|and|a|this|that|each)\s+$", re.IGNORECASE
)
_PLAIN_AFTER_ONE = re.compile(r"\s+\d")
_HALF_AFTER = re.compile(r"\s+(?:of|an?|the|its|their|his|her|our|all)\b", re.IGNORECASE)
_ORDINAL_FRACTION = re.compile(
    rf"(?:an?|one)\s*-?\s*(?:(?:{vocab.alternation(TENS)})[ \t-]+)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|thirtieth|fortieth|fiftieth)",
    re.IGNORECASE,
)
_FRACTION_FOLLOWS = re.compile(
    r"\s+of\b|\s*(?:$|[.,;:!?)\]\u201d\"—–-])|\s+(?:and|or|but|in|on|by|to|from|as|than)\b", re.IGNORECASE
)
_HALF_HEDGED = re.compile(
    r"\b(?:than|almost|nearly|about|around|roughly|over|under|some|just)\s+$", re.IGNORECASE
)
_OPENERS = frozenset(["", ".", "!", "?", '"', "'", "“", "‘", "(", "[", ":", ";", "-", "–", "—", "*", "•"])
_PLAIN_NUMBER = re.compile(r"\d{1,4}")
_TWICE_AFTER = re.compile(
    r"\s+(?:as\s+(?-i:[a-z])|the\b|that\b|what\b|its\b|their\b|(?:more|less|higher|larger|bigger|greater|longer)\b)",
    re.IGNORECASE,
)
_MULT_HEDGED = re.compile(
    r"\b(?:than|almost|nearly|about|around|roughly|over|some|least|just|by)\s+$", re.IGNORECASE
)
_FRACTION_WORD = re.compile(rf"\b(?:{_FRAC})\b", re.IGNORECASE)
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
    if match.group("every"):  # "every second delivery": one in two
        share = Decimal(1) / _EVERY[raw.split()[-1].lower()]
        return Number(start, end, share, share, False, True, raw, False)
    if match.group("mult"):
        return _multiplier(text, start, end, raw)
    if match.group("aunit"):  # "less than a week": kept only when a hedge stands before it
        return Number(start, end, Decimal(1), Decimal(1), False, True, raw, False)
    digits = parse_digits(match.group("dig"))
    if digits is None:
        return None
    if match.group("vulgar"):  # "15½ pounds"
        digits += UNICODE_FRACTIONS[match.group("vulgar")]
    scale, scaled = 1, False
    abbr, word = match.group("abbr"), match.group("sw")
    if abbr and _unit_not_scale(text, abbr, start, end):
        return Number(start, match.end("dig"), digits, digits, False, False, match.group("dig"), False)
    if abbr:
        scale, scaled = scale_value(abbr) or 1, True
    elif word:
        scale, scaled = int(parse_words(word) or 1), True
    value = digits * scale
    if match.group("more") and word.lower() == "hundred" and "hundred" in match.group("more").lower():
        return Number(start, match.end("sw"), value, value, False, False, text[start : match.end("sw")], True)
    if match.group("more"):  # "4 thousand 3 hundred and 21"; "3 hundred and 2 hundred" are two numbers
        value = parse_words(raw) or value
    if match.group("andfrac"):  # "3 million and a half"
        value += Decimal(scale) / (2 if "half" in match.group("andfrac").lower() else 4)
    return Number(start, end, value, value, False, False, raw, scaled)


def _multiplier(text: str, start: int, end: int, raw: str) -> Number | None:
    """ "twice as high", "more than twice", "sixfold"; "scored twice" is a frequency, not a quantity."""
    lowered = raw.lower()
    if lowered[:4] in _VERB_FACTORS:
        factor = _VERB_FACTORS[lowered[:4]]
        if lowered in ("double", "triple") and not _TWICE_AFTER.match(text, end):
            return None  # "a double agent"; "double the 120 decibels" is a factor
        return Number(start, end, factor, factor, False, True, raw, False)
    if lowered == "twice":
        if not (_TWICE_AFTER.match(text, end) or _MULT_HEDGED.search(text, max(0, start - 12), start)):
            return None
        value: Decimal | None = Decimal(2)
    else:
        value = parse_words(lowered.removesuffix("fold"))
    return None if value is None else Number(start, end, value, value, False, True, raw, False)


def is_multiplier(atom: Number) -> bool:
    """ "twice", "sixfold", "doubled", "halving": a factor rather than a count."""
    lowered = atom.raw.lower()
    return lowered == "twice" or lowered.endswith("fold") or lowered[:4] in _VERB_FACTORS


def is_fraction(atom: Number) -> bool:
    """A proportion below one written as a fraction: "half", "a third", "two fifths", "3/4", "½"."""
    if atom.low >= 1 or atom.low != atom.high or atom.vague or atom.scaled:
        return False
    if atom.raw.lower().startswith("every"):
        return True
    return atom.raw in UNICODE_FRACTIONS or (atom.words and _FRACTION_WORD.search(atom.raw) is not None)


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
    if (
        _ORDINAL_FRACTION.fullmatch(raw)
        and not _FRACTION_FOLLOWS.match(text, end)
        and not _HALF_HEDGED.search(text, max(0, start - 10), start)
    ):
        return None  # "a third swing group" is an ordinal; "a third of the total" a fraction
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
    if HYPHEN_WORD.match(text, end) and not (
        UNIT.match(text, end) or _FOLD.match(text, end) or _counts(text, atom)
    ):
        return True  # "two-storey", "3-D", "a third-party"
    if atom.words and text[start].isupper() and start and not _opens(text, start):
        return True  # "the Group of Seven", "the Big Three"
    if atom.words or atom.vague:
        return False
    if not second and start >= 2 and text[start - 1] in "-–" and text[start - 2].isdigit():
        return True  # the second half of a score or code we declined as a range ("2-1", "3888-2")
    if (
        start >= 3
        and text[start - 1] == "-"
        and text[start - 2] == " "
        and _caps_before(text, start - 2)
        and not UNIT.match(text, end)
    ):
        return True  # "COVID -19"; "FTSE -0.6%" is a change
    if (start == 0 or text[start - 1] == "\n") and _ENUMERATOR.match(text, end):
        return True  # "1 . Russo-Japanese War": a list item number
    typo_range = second and text[max(0, start - 4) : start].lower() == " to-"  # "200,000 to-260,000"
    if start >= 2 and text[start - 1] in "-–/" and _designation_prefix(text, start - 1) and not typo_range:
        return True  # "Su-34", "Kh-101", "F-16", "SCP2-173"
    if end < len(text) and text[end].isalpha() and not UNIT.match(text, end):
        return True  # "47th", "1990s", "3D"
    day_like = not atom.scaled and atom.low == atom.low.to_integral_value() and atom.low <= 31
    return day_like and bool(
        _DATE_AFTER.match(text, end)
        or _DATE_BEFORE.search(text, max(0, start - 12), start)
        or _DATE_LIST_BEFORE.search(text, max(0, start - 24), start)
    )


def compound(text: str, end: int) -> re.Match[str] | None:
    """ "a 15-point draft", "a 30-nation alliance": a count made an adjective; not "two-storey" (a designation)."""
    match = _COMPOUND.match(text, end)
    return None if match is None or match.group(1) in _NOT_COMPOUNDS else match


def _counts(text: str, atom: Number) -> bool:
    """Whether a hyphenated word after a whole number makes a compound count ("15-point", not "Su-34-style")."""
    whole = atom.low >= 1 and atom.low == atom.low.to_integral_value() and not is_fraction(atom)
    glued = atom.start > 0 and text[atom.start - 1] == "-"
    return whole and not glued and compound(text, atom.end) is not None


def _opens(text: str, start: int) -> bool:
    """Whether a capitalised number word starts a sentence, a quote or a list item."""
    at = start
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at == 0 or text[at - 1] in _OPENERS or text[at - 1] in ".!?"


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

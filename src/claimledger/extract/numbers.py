"""Number parsing: digits with separators and scales, English number words, fractions and vague magnitudes.

Pure functions over short strings; :mod:`claimledger.extract.quantities` finds the spans and calls these.
Values are :class:`~decimal.Decimal` so that "1.2 million" equals "1,200,000" exactly.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

ONES: dict[str, int] = {
    "zero": 0, "nought": 0, "naught": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}  # fmt: skip
SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "mil": 1_000_000,
    "mm": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "g": 1_000_000_000,
    "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "tln": 1_000_000_000_000, "t": 1_000_000_000_000,
}  # fmt: skip
# Denominators written as words: "a third", "two fifths", "three quarters".
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000, "millionth": 10**6, "millionths": 10**6,
    "billionth": 10**9, "billionths": 10**9, "trillionth": 10**12, "trillionths": 10**12,
    "twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30, "fortieth": 40, "fortieths": 40,
    "fiftieth": 50, "fiftieths": 50,
}  # fmt: skip
# Ones ordinals that close a compound denominator: "one twenty-fifth", "three twenty-firsts" ("second" is left
# out: "a thirty-second video" is a duration).
_ORDINAL_ONES: dict[str, int] = {
    "first": 1, "firsts": 1, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9,
}  # fmt: skip
# Plural magnitudes: "hundreds" is at least a hundred and less than a thousand (NewsQuant's convention).
VAGUE: dict[str, int] = {
    "dozens": 12, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
}  # fmt: skip
UNICODE_FRACTIONS: dict[str, Decimal] = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3, "⅕": Decimal("0.2"), "⅙": Decimal(1) / 6, "⅛": Decimal("0.125"),
}  # fmt: skip

# "several hundred", "a few thousand", "a couple of dozen": the same vague range as "hundreds", "thousands".
_QUANTIFIERS = frozenset(["of", "several", "a", "few", "couple"])
_POWER_OF_TEN = re.compile(r"[×x]10(?:\^|\*\*)?([−-]?\d+)")
_SPLIT = re.compile(r"[\s\-–]+")
_DIGITS = re.compile(r"\d+(?:\.\d+)?|\.\d+")


def parse_digits(text: str) -> Decimal | None:
    """A digit string with thousands separators (comma, space, thin space) and an optional decimal point.

    >>> parse_digits("1,090"), parse_digits("70 000"), parse_digits("2.4"), parse_digits(".08")
    (Decimal('1090'), Decimal('70000'), Decimal('2.4'), Decimal('0.08'))
    >>> parse_digits("12e3"), parse_digits("1.3x10^6"), parse_digits("6.23×10−4")
    (Decimal('1.2E+4'), Decimal('1.3E+6'), Decimal('0.000623'))
    """
    cleaned = text.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    cleaned = _POWER_OF_TEN.sub(lambda m: "e" + m.group(1).replace("−", "-"), cleaned.replace("\u2009", ""))
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def scale_value(word: str) -> int | None:
    """The multiplier of a scale word or abbreviation ("million", "bn", "k"), else None.

    >>> scale_value("bn"), scale_value("Million"), scale_value("tanks")
    (1000000000, 1000000, None)
    """
    lowered = word.lower().rstrip(".")
    return SCALES.get(lowered) or SCALE_ABBREVIATIONS.get(lowered)


def _token_value(token: str) -> Decimal | None:
    if token in ONES:
        return Decimal(ONES[token])
    if token in TENS:
        return Decimal(TENS[token])
    if _DIGITS.fullmatch(token):
        return Decimal(token)
    return None


def _integer(tokens: list[str]) -> Decimal | None:
    """Standard accumulate-and-scale reading of "two hundred and two thousand" (202,000).

    A scale right after a smaller one multiplies it ("two thousand million", "three lakh crore"); "dozen" after
    a hundred counts only what follows the hundred ("three hundred and two dozens" is 324).
    """
    if not tokens:
        return None
    total, current, tail, group, last_scale, seen = Decimal(0), Decimal(0), Decimal(0), Decimal(0), 0, False
    for token in tokens:
        value = _token_value(token)
        scale = SCALES.get(token, 0) if token != "hundred" else 0
        if value is not None or token in ("a", "an"):
            added = value if value is not None else max(Decimal(1) - current, Decimal(0))
            current, tail = current + added, tail + added
        elif token == "hundred":
            current, tail = max(current, Decimal(1)) * 100, Decimal(0)
        elif token in ("dozen", "dozens", "dzs", "dozs"):
            current = current - tail + tail * 12 if 0 < tail < current else max(current, Decimal(1)) * 12
            tail = Decimal(0)
        elif scale and last_scale and scale > last_scale and current == 0:
            total, group = total - group + group * scale, group * scale  # "two thousand million"
        elif scale:
            group = max(current, Decimal(1)) * scale
            total, current, tail = total + group, Decimal(0), Decimal(0)
        elif token != "and":
            return None
        seen = seen or token != "and"
        last_scale = scale if scale else (last_scale if token == "and" else 0)
    return total + current if seen else None


def _decimal_point(tokens: list[str]) -> Decimal | None:
    """ "two hundred point zero three" (200.03)."""
    at = tokens.index("point")
    whole = _integer(tokens[:at])
    digits = ""
    after = tokens[at + 1 :]
    for index, token in enumerate(after):
        value = _token_value(token)
        if value is None:
            return None
        if token in TENS and index + 1 < len(after) and ONES.get(after[index + 1], 0) in range(1, 10):
            digits += str(value)[0]  # "seventy-one": the ones word fills the second digit
            continue
        digits += str(value)
    if whole is None or not digits:
        return None
    return whole + Decimal("0." + digits)


def _compound_ordinal(tokens: list[str], at: int) -> bool:
    """Whether ``tokens[at]`` closes an ordinal of tens and ones ("twenty-first", "thirty fifths"), not after
    "and" ("one hundred and thirty fifths" is 130 fifths)."""
    if tokens[at] not in _ORDINAL_ONES or at < 1 or tokens[at - 1] not in TENS:
        return False
    return at < 2 or tokens[at - 2] != "and"


def _numeral_and(head: list[str], denominator: int) -> bool:
    """The "and" of "one hundred and thirty fifths" joins one numeral (130/5); "two and a half" and "one hundred
    and three quarters" join a whole and a proper fraction."""
    cut = len(head) - 1 - head[::-1].index("and")
    if cut == 0 or not (head[cut - 1] == "hundred" or head[cut - 1] in SCALES):
        return False
    after = _integer(head[cut + 1 :]) if head[cut + 1 : cut + 2] not in (["a"], ["an"]) else None
    return after is not None and after >= denominator


def _fraction(tokens: list[str]) -> Decimal | None:
    """ "two thirds", "one and a half", "twenty and three fifths", "half a dozen"."""
    if tokens[0] in ("half", "quarter") and len(tokens) > 1:
        rest = _integer(tokens[1:])
        if rest is not None:
            return rest / FRACTIONS[tokens[0]]
    last = len(tokens) - 1
    while last >= 0 and tokens[last] not in FRACTIONS and not _compound_ordinal(tokens, last):
        last -= 1
    if last < 0:
        return None
    denominator, head, tail = FRACTIONS.get(tokens[last], 0), tokens[:last], tokens[last + 1 :]
    if _compound_ordinal(tokens, last) and last > 1:  # "three twenty-firsts" is 3/21
        denominator, head = TENS[tokens[last - 1]] + _ORDINAL_ONES[tokens[last]], tokens[: last - 1]
    elif _compound_ordinal(tokens, last) and not tokens[last].endswith("s"):
        return None  # "the fifty-fifth brigade": an ordinal; "twenty fifths" is 20/5
    elif denominator == 0:
        denominator = _ORDINAL_ONES[tokens[last]]
    whole = Decimal(0)
    if "and" in head and not _numeral_and(head, denominator):
        cut = len(head) - 1 - head[::-1].index("and")
        parsed = _integer(head[:cut])
        if parsed is None:
            return None
        whole, head = parsed, head[cut + 1 :]
    numerator = _integer(head) if head else Decimal(1)
    if numerator is None:
        return None
    part = numerator / denominator
    if whole and not tail:
        # "one million and a half" is a million and a half *million*
        scales = [SCALES[t] for t in tokens[:last] if t in SCALES and SCALES[t] >= 1000]
        if scales and numerator < denominator:
            part *= scales[-1]
    if tail:
        scale = _integer([t for t in tail if t not in ("of", "a", "an")])
        if scale is None:
            return None
        if whole < 1000:
            return (whole + part) * scale  # "two thirds of a million", "five and a half million"
        part *= scale  # "one billion and a half million"
    value = whole + part
    return value


def parse_words(text: str) -> Decimal | None:
    """Value of a number written in words (digits may be mixed in); None when it is not a number.

    >>> parse_words("twenty-five"), parse_words("one hundred and six"), parse_words("a dozen")
    (Decimal('25'), Decimal('106'), Decimal('12'))
    >>> parse_words("half a dozen"), parse_words("two and a half"), parse_words("4 thousand 3 hundred and 21")
    (Decimal('6'), Decimal('2.5'), Decimal('4321'))
    >>> parse_words("three quarters"), parse_words("tanks")
    (Decimal('0.75'), None)
    >>> parse_words("one twenty-fifth"), parse_words("fifty-fifth"), parse_words("two thousand million")
    (Decimal('0.04'), None, Decimal('2000000000'))
    """
    tokens = [t for t in _SPLIT.split(text.lower().strip()) if t]
    if not tokens:
        return None
    if "point" in tokens:
        return _decimal_point(tokens)
    if any(t in FRACTIONS or t in _ORDINAL_ONES for t in tokens):
        return _fraction(tokens)
    return _integer(tokens)


def vague_range(text: str) -> tuple[Decimal, Decimal] | None:
    """Range of a vague magnitude: "hundreds" is 100..1,000, "tens of thousands" 10,000..100,000.

    >>> vague_range("tens of thousands"), vague_range("hundreds of thousands")
    ((Decimal('10000'), Decimal('100000')), (Decimal('100000'), Decimal('1000000')))
    >>> vague_range("several hundred thousand"), vague_range("a few dozen")
    ((Decimal('100000'), Decimal('1000000')), (Decimal('12'), Decimal('120')))
    >>> vague_range("dozens"), vague_range("several")
    ((Decimal('12'), Decimal('120')), None)
    """
    tokens = [t for t in text.lower().split() if t not in _QUANTIFIERS]
    if not tokens:
        return None
    low = Decimal(1)
    for token in tokens:
        if token == "tens":
            low *= 10
        elif token in VAGUE:
            low *= VAGUE[token]
        elif token in SCALES or token == "dozen":
            low *= SCALES.get(token, 12)
        else:
            return None
    return low, low * 10

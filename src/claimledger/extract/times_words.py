"""Calendar vocabulary for the time layer: month, weekday and season names, number words, regex fragments.

The fragments are plain strings combined into compiled patterns by the recognizers (``times_absolute``,
``times_relative``); everything here is data plus two tiny word-number parsers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from decimal import Decimal

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
}  # fmt: skip

SEASONS: tuple[str, ...] = ("spring", "summer", "autumn", "fall", "winter")

CARDINALS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000,
}  # fmt: skip

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}  # fmt: skip

VAGUE_AMOUNTS: tuple[str, ...] = ("a few", "few", "several", "some", "many", "a couple of", "a number of")


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that "sept" wins over "sep"."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


MONTH = rf"(?:{_alternation(MONTHS)})"
WEEKDAY = rf"(?:{_alternation(WEEKDAYS)})"
SEASON = rf"(?:{_alternation(SEASONS)})"
_UNITS = "twenty|thirty"
_ORDINAL_WORD = (
    rf"(?:(?:{_UNITS})[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    rf"|{_alternation(ORDINALS)})"
)
_CARDINAL_DAY = (
    r"(?:(?:twenty|thirty)[- ](?:one|two|three|four|five|six|seven|eight|nine)"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty)"
)
#: A day of the month as digits ("19", "19th") or an ordinal word ("nineteenth", "twenty-first").
DAY_ORDINAL = rf"(?:(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)|{_ORDINAL_WORD})"
#: After a month name a cardinal word is also a day ("May twenty one").
DAY_AFTER_MONTH = rf"(?:{DAY_ORDINAL}|{_CARDINAL_DAY})"
YEAR = r"(?:1\d{3}|20\d{2})(?![\d,.]\d)"
_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_WORD = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS_WORD = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_BELOW_100 = rf"(?:{_TENS_WORD}(?:[- ]{_UNIT_WORD})?|{_TEEN_WORD}|{_UNIT_WORD})"
#: A year spelt out ("nineteen seventy eight", "two thousand and fifteen", "seventeen hundred thirty three"),
#: only where the next word is no noun it could count ("two thousand troops" is no year).
WORD_YEAR = (
    rf"(?:two\s+thousand(?:\s+(?:and\s+)?{_BELOW_100})?"
    rf"|(?:seventeen|eighteen|nineteen)\s+hundred(?:\s+(?:and\s+)?{_BELOW_100})?"
    rf"|(?:seventeen|eighteen|nineteen|twenty)\s+(?:(?:zero|oh)\s+{_UNIT_WORD}|{_TENS_WORD}(?:[- ]{_UNIT_WORD})?"
    rf"|{_TEEN_WORD}))"
    r"(?![\w-]|\s+(?!and\b|in\b|on\b|at\b|to\b|the\b|when\b|but\b|or\b)[a-z])"
)
#: A number of units, in digits or words: "18", "1,000", "three", "twenty-four", "a", "a few".
AMOUNT = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
    r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six"
    r"|seven|eight|nine))"
    r"|a\s+couple\s+of|a\s+number\s+of|a\s+few|few|several|some|many"
    r"|" + _alternation(k for k in CARDINALS if k not in ("hundred", "thousand")) + ")"
)


def word_day(word: str) -> int | None:
    """The day number of a day token: digits with or without suffix, ordinal or cardinal words.

    >>> word_day("19th"), word_day("twenty-first"), word_day("twenty two"), word_day("seventh")
    (19, 21, 22, 7)
    """
    token = word.lower().strip()
    digits = re.match(r"\d+", token)
    if digits:
        return int(digits.group())
    parts = re.split(r"[- ]+", token)
    total = 0
    for part in parts:
        value = ORDINALS.get(part, CARDINALS.get(part))
        if value is None or part in ("a", "an"):
            return None
        total += value
    return total if 1 <= total <= 31 else None


def amount_value(text: str) -> Decimal | None:
    """The number an amount token stands for; ``None`` for vague amounts ("a few", "several").

    >>> amount_value("1,000"), amount_value("twenty-four"), amount_value("an"), amount_value("several")
    (Decimal('1000'), Decimal('24'), Decimal('1'), None)
    """
    token = re.sub(r"\s+", " ", text.lower().strip())
    if token in VAGUE_AMOUNTS:
        return None
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", token):
        return Decimal(token.replace(",", ""))
    total = 0
    for part in re.split(r"[- ]+", token):
        if part not in CARDINALS:
            return None
        total += CARDINALS[part]
    return Decimal(total)


def word_year(text: str) -> int | None:
    """The year a spelt-out year stands for.

    >>> word_year("nineteen seventy eight"), word_year("two thousand and fifteen"), word_year("nineteen zero one")
    (1978, 2015, 1901)
    >>> word_year("seventeen hundred thirty three"), word_year("twenty twenty-two"), word_year("two thousand")
    (1733, 2022, 2000)
    """
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w not in ("and", "zero", "oh")]
    if words[:2] == ["two", "thousand"]:
        return 2000 + _below_100(words[2:])
    if len(words) < 2 or words[0] not in ("seventeen", "eighteen", "nineteen", "twenty"):
        return None
    century = CARDINALS[words[0]] * 100
    rest = words[2:] if words[1] == "hundred" else words[1:]
    return century + _below_100(rest)


def _below_100(words: list[str]) -> int:
    return sum(CARDINALS[w] for w in words if w in CARDINALS)

"""Growing a quantity around its number: hedge, currency and sign before it; unit, bound, entity, rate after.

:func:`claimledger.extract.quantities.extract_quantities` finds a number atom and its range partner; the helpers
here attach what surrounds it ("about", "$", "minus" before; "km", "or more", "armoured vehicles", "a day"
after) and read the digit shapes that are not plain numbers ("3:1", "3/4", "10 1/2").
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimledger.extract import quantities_units as vocab
from claimledger.extract.quantities_atoms import CURRENCY_BEFORE, UNIT, Number, compound
from claimledger.extract.quantities_entity import find_entity, named_kind
from claimledger.extract.quantities_shapes import Draft, add_hours, over_means_during, vague_unit

_EXACTLY = re.compile(r"\b(?:equal\s+to|equals(?:\s+to)?|equaling(?:\s+to)?|exactly)\s+$", re.IGNORECASE)
_FEET_INCHES = re.compile(r"\s+(?:and\s+)?(\d{1,2})\s*(?:in|inch|inches|\")(?![\w])", re.IGNORECASE)
_PERCENT_OF = re.compile(r"(?:percents?|per\s+cent)\s+of\s+$", re.IGNORECASE)
# "add up to" gives a total and a verb of a rising level ("inching back up to", "edged up to", "climbed up to") the
# level reached: neither "up to" is an upper bound. A bare "back up to" is not enough: "bring back up to 3,000
# troops" is a bound.
_ADDS_UP = re.compile(
    r"\b(?:add|adds|added|adding|inch\w*|edge[sd]?|edging|climb\w*|crept|creep\w*|tick\w*|bounc\w*|jump\w*"
    r"|rise[sn]?|rising|rose)\s+(?:back\s+)?up\s*$",
    re.IGNORECASE,
)
HEDGE = re.compile(
    rf"(?:(?<![\w])(?:{vocab.alternation(h for h in vocab.HEDGES if h[0].isalpha())})"
    rf"|(?<![<>=])(?:{vocab.alternation(h for h in vocab.HEDGES if not h[0].isalpha())}))\s*$",
    re.IGNORECASE,
)
_TRAIL_BOUND = re.compile(
    r"\s*\+(?!\s*\d)|\s+(?:or|and)\s+(?:more|above|over|greater|higher|older)\b(?:\s+than)?|\s+at\s+least\b"
    r"|\s+(?:or|and)\s+(?:less|fewer|under|below)\b|\s+or\s+so\b|\s+plus\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(r"(?:\b(?:minus|negative)[\s-]+|(?:^|(?<=[\s(<>=$]))-)$", re.IGNORECASE)
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?\b", re.IGNORECASE)
CURRENCY_AT = re.compile(rf"{vocab.currency_signs()}\s?", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"(?:\s*|-)(?:{vocab.alternation(vocab.CURRENCY_WORDS)})\b", re.IGNORECASE)
_RATE = re.compile(
    rf"\s*(?:{vocab.alternation(vocab.RATES)})(?![\w])(?!\s+(?:earlier|later|ago|before|after|since)\b)",
    re.IGNORECASE,
)
_VAGUE_OF = re.compile(r"\s+of(?=\s)", re.IGNORECASE)
_RATIO = re.compile(r"\s*:\s*(\d+(?:\.\d+)?)(?![\d:])")
_SLASH_FRACTION = re.compile(r"[/⁄](\d{1,3})(?![\d/⁄])")
_SLASH_PAIR = re.compile(rf"/(?:(?:{vocab.alternation(vocab.RATE_SLASHES)})\b|[$€£₴₽]\d)", re.IGNORECASE)
_MIXED_FRACTION = re.compile(r"\s+(\d)/(\d{1,2})(?![\d/])")
CALIBRE = re.compile(
    r"\s?mm\b(?:\s*-\s*|\s+)(?:[\w-]+\s+){0,2}(?:shells?|rounds?|artillery|howitzers?|guns?|ammunition|munitions?|"
    r"calibre|caliber|cannons?|mortars?|projectiles?|rifles?|barrels?)",
    re.IGNORECASE,
)


def ratio_draft(text: str, draft: Draft, first: Number, ratio: tuple[Number, int]) -> Draft:
    """ "2 in 3 Americans", "one over three": ``first`` over the ratio's second number, with what it counts."""
    second, ratio_end = ratio
    draft.low = draft.high = first.low / second.low
    draft.end, draft.kind, draft.unit = ratio_end, "ratio", "ratio"
    attach_prefix(text, draft)
    if (counted := find_entity(text, draft.end)) is not None:  # "2 in 3 Americans"
        draft.entity, draft.end = counted
    bound = _TRAIL_BOUND.match(text, draft.end)
    if bound and "more" in bound.group().lower():
        draft.approx, draft.end = "at_least", bound.end()
    return draft


def special_digits(text: str, first: Number, draft: Draft) -> Draft | None:
    """Ratios "3:1" and fractions "3/4", "10 1/2"; a count-kind draft with end == start means drop."""
    end = first.end
    ratio = _RATIO.match(text, end)
    if ratio and "." not in first.raw and "," not in first.raw:
        draft.end, draft.kind, draft.unit = ratio.end(), "ratio", "ratio"
        denominator = Decimal(ratio.group(1))
        draft.low = draft.high = first.low / denominator if denominator else first.low
        attach_prefix(text, draft)
        return draft
    if _SLASH_PAIR.match(text, end):
        return None  # "$5/month" is a rate, "$7/$9" two figures: read as plain numbers
    if end < len(text) and text[end] in "/⁄":
        frac = _SLASH_FRACTION.match(text, end)
        if frac is None or int(frac.group(1)) == 0 or first.low >= int(frac.group(1)):
            return Draft(first.start, first.start, first.low, first.high)
        draft.low = draft.high = first.low / Decimal(frac.group(1))
        draft.end = frac.end()
        attach_prefix(text, draft)
        attach_suffix(text, draft, first)
        return draft
    mixed = _MIXED_FRACTION.match(text, end)
    if mixed and int(mixed.group(1)) < int(mixed.group(2)):
        draft.low = draft.high = first.low + Decimal(mixed.group(1)) / Decimal(mixed.group(2))
        draft.end = mixed.end()
        attach_prefix(text, draft)
        attach_suffix(text, draft, first)
        return draft
    return None


def attach_currency(text: str, draft: Draft) -> None:
    """A currency sign or code before the number ("$", "UAH"): the draft becomes money."""
    currency = CURRENCY_BEFORE.search(text, max(0, draft.start - 5), draft.start)
    if currency:
        key = re.sub(r"\s+", " ", currency.group().strip().lower())
        draft.unit = vocab.CURRENCY_SYMBOLS.get(key, key)
        draft.kind = "money"
        draft.start = currency.start()


def attach_prefix(text: str, draft: Draft) -> None:
    """What stands before the number: currency, a minus sign, "per cent of", a hedge or "exactly"."""
    if draft.kind != "money":
        attach_currency(text, draft)
    negative = _NEGATIVE.search(text, max(0, draft.start - 10), draft.start)
    if negative and draft.low == draft.high:
        draft.low = draft.high = -draft.low
        draft.start = negative.start()
    percent_of = _PERCENT_OF.search(text, max(0, draft.start - 16), draft.start)
    if percent_of and draft.kind == "count":  # "per cent of twenty-two"
        draft.unit, draft.kind, draft.start = "percent", "percent", percent_of.start()
    hedge = HEDGE.search(text, max(0, draft.start - 40), draft.start)
    if hedge and over_means_during(text, hedge, draft):
        hedge = None  # "extend the operation over two years"
    elif hedge and _ADDS_UP.search(text, max(0, hedge.start() - 24), hedge.start() + 2):
        hedge = None  # "the tallies add up to 31,270": a total; "back up to 4.8 percent": a level
    if hedge and draft.approx != "vague":
        draft.approx = vocab.HEDGES[re.sub(r"\s+", " ", hedge.group().strip().lower())]
        draft.start = hedge.start()
    elif exactly := _EXACTLY.search(text, max(0, draft.start - 20), draft.start):
        draft.start = exactly.start()  # "equal to 20", "exactly 13": a point value, said so
    elif draft.start >= 4 and text[draft.start - 4 : draft.start].lower() == "sub-" and draft.approx is None:
        draft.approx, draft.start = "less_than", draft.start - 4


def attach_suffix(text: str, draft: Draft, first: Number) -> None:
    """What follows the number: unit or currency word, a trailing bound ("or more"), the counted noun, a rate."""
    if draft.kind == "money" or CALIBRE.match(text, draft.end):
        pass
    elif (unit := UNIT.match(text, draft.end) or vague_unit(text, draft)) is not None:
        apply_unit(draft, unit)
        add_hours(text, draft)
        inches = (
            _FEET_INCHES.match(text, draft.end) if draft.unit == "foot" and draft.low == draft.high else None
        )
        if inches:  # "5 feet 2 inches"
            draft.low = draft.high = draft.low + Decimal(inches.group(1)) / 12
            draft.end = inches.end()
    if draft.kind != "money" and (word := _currency_word(text, draft)) is not None:
        draft.unit = vocab.CURRENCY_WORDS[re.sub(r"\s+", " ", word.group().strip().lstrip("-").lower())]
        draft.kind, draft.end = "money", word.end()
    elif draft.kind == "money" and (code := _CURRENCY_AFTER.match(text, draft.end)) is not None:
        draft.end = code.end()
    bound = _TRAIL_BOUND.match(text, draft.end)
    if bound and draft.approx in (None, "about"):
        said = bound.group().lower()
        lower = re.search(r"less|fewer|under|below", said)
        draft.approx = "about" if "so" in said.split() else "at_most" if lower else "at_least"
        draft.end = bound.end()
    or_equal = _OR_EQUAL.match(text, draft.end)
    if or_equal and draft.approx in ("more_than", "less_than"):
        draft.approx = "at_least" if draft.approx == "more_than" else "at_most"
        draft.end = or_equal.end()
    if draft.kind == "count" and (joined := compound(text, draft.end)) is not None:
        draft.entity, draft.end = (None if joined.group(1) == "strong" else joined.group(1)), joined.end()
    elif draft.kind == "count":
        entity = find_entity(text, draft.end, singular=draft.low == 1 == draft.high) or named_kind(
            text, draft.end
        )
        if entity is not None:
            draft.entity, draft.end = entity
    rate = _RATE.match(text, draft.end)
    if rate:
        draft.per = vocab.RATES[re.sub(r"\s+", " ", rate.group().strip().lower())]
        draft.end = rate.end()


def _currency_word(text: str, draft: Draft) -> re.Match[str] | None:
    """The currency named after a number ("6.5 billion zlotys") or a vague magnitude ("billions of dollars")."""
    if draft.approx == "vague" and (of := _VAGUE_OF.match(text, draft.end)) is not None:
        return _CURRENCY_AFTER.match(text, of.end())
    return _CURRENCY_AFTER.match(text, draft.end)


MEASURE_TABLE = {**vocab.PERCENTS, **vocab.MEASURES}


def apply_unit(draft: Draft, unit: re.Match[str]) -> None:
    """Set the canonical unit and kind of a :data:`UNIT` match and extend the draft over it."""
    measure = unit.group("unit") or unit.group("bunit")
    surface = measure or unit.group("dur") or unit.group("dur2")
    key = re.sub(r"\s+", " ", surface.lower())
    table = vocab.DURATIONS if measure is None else MEASURE_TABLE
    info = table.get(key)
    if info is None:
        return
    if key in ("pound", "pounds") and draft.high >= 1_000_000:
        draft.unit, draft.kind = "gbp", "money"
    else:
        draft.unit, draft.kind = info
    draft.end = unit.end()

"""Ranges and proportions: the second number of "300-400", "six to eight", "between 8 and 12", "one in three".

:func:`range_partner` finds the other end of a range after a number atom (:func:`qualified_partner` when a unit
or qualifier stands between: "from 21 mpg combined to 23"), :func:`fraction_partner` the denominator of a
proportion; :func:`apply_range` merges the two ends into a draft, carrying a scale said once ("3 to 5 billion").
"""

from __future__ import annotations

import re
from decimal import Decimal

from claimledger.extract import quantities_units as vocab
from claimledger.extract.quantities_atoms import (
    ATOM,
    SKIP,
    UNIT,
    Number,
    atom_at,
    is_multiplier,
    is_rejected,
    looks_like_year,
)
from claimledger.extract.quantities_attach import CURRENCY_AT, MEASURE_TABLE
from claimledger.extract.quantities_entity import find_entity
from claimledger.extract.quantities_shapes import Draft

_RANGE_SEP = re.compile(
    r"[-–—~]|\s+[-–—~]\s+|\s+(?:to|through|or\s+even|or|and)\s+|\s+to-(?=\d)|\s+up\s+to\s+", re.IGNORECASE
)  # "to-" is a typo seen in print: "a 200,000 to-260,000 year-old skull"
_RESPECTIVELY = re.compile(r"[^.;!?]{0,120}?\brespectively\b", re.IGNORECASE)
_RANGE_OPEN = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?:ages?\s+of\s+)?(?:(?:minus|negative)\s+)?(?:up\s+to\s+)?$",
    re.IGNORECASE,
)
_FRACTION_JOINT = re.compile(r"\s+(over|out\s+of|in)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)\]]|\s+(?:or|and|is|are|was|were)\b)")
_CHANGE_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_QUALIFIER = re.compile(
    r"(?:\s+(?!(?:in|on|at|since|by|during|until|till|last|this|next|the|a|an|and|or|of|to|from|when|while|"
    r"before|after|ago|earlier|later|then|is|was|were|are|has|had|have|north\w*|south\w*|east\w*|west\w*|away|"
    r"above|below|inside|outside|off)\b)[A-Za-z][A-Za-z.]*){1,3}(?=\s+to\s)",
    re.IGNORECASE,
)
_SYMBOL = re.compile(r"\s?([A-Za-zµμ°]{1,4}(?:/[A-Za-z]{1,4}[0-9²³]?)+)(?![\w/])")
_ODDS_BEFORE = re.compile(
    r"\b(?:advantage|disadvantage|ratio|odds|superiority|outnumbered|outgunned)\b[^.;:!?\d]{0,40}$",
    re.IGNORECASE,
)
WORD_RATIO = re.compile(r"\s+to\s+(?:one|1)\b(?!\s*(?:-|hundred|thousand|million|billion))", re.IGNORECASE)


def range_partner(
    text: str, first: Number, at: int, lead: int, *, measured: bool = False
) -> tuple[Number, int] | None:
    """The second number of a range whose separator starts at ``at``, with the end of that separator;
    ``measured`` when a unit follows the first number, which rules out a tally ("1.3 A/cm2 to 0.03 A/cm2")."""
    sep = _RANGE_SEP.match(text, at)
    if sep is None:
        return None
    if is_multiplier(first) and sep.group().strip().lower() != "or even":
        return None  # "grew sixfold to $3.7 billion": a factor, then a total
    if first.raw.lower() in ("million", "billion", "trillion"):
        return None  # "another billion or two": the second end counts the scale, left as said
    joint = " ".join(sep.group().split()).lower()
    opener = _RANGE_OPEN.search(text, max(0, lead - 24), lead)
    if not _joins(text, joint, opener, sep.end()):
        return None
    pos = sep.end()
    currency = CURRENCY_AT.match(text, pos)
    if currency:
        pos = currency.end()
    second_match = ATOM.match(text, pos)
    if second_match is None or SKIP.match(text, pos):
        return None
    second = atom_at(text, second_match)
    if second is None or is_rejected(text, second, second=True) or (first.vague and not second.vague):
        return None  # "several hundred or even 1,000 megawatts": a vague guess, then a figure
    if joint in ("-", "–", "—") and (first.words != second.words or not first.low < second.high):
        return None  # "2-1" is a score, "3888-2" a designation: written ranges ascend
    unopened = joint == "to" and opener is None and not measured
    if unopened and second.high < first.low and second.low != 1 and not second.scaled:
        return None  # "the vote was 79 to 18": a tally, two counts
    if opener is not None and joint == "to" and (upper := _upper_end(text, second)) is not None:
        second = upper  # "from 24.2 to 33-35 billion euros": the change ends in a range
    return second, sep.end()


def _joins(text: str, joint: str, opener: re.Match[str] | None, after: int) -> bool:
    """Whether ``joint`` joins two ends of one range here: "and" needs "between", "up to" needs "from"."""
    opened = "" if opener is None else opener.group().lower()
    if joint == "and" and not opened.startswith("between"):
        return False
    if joint == "up to" and not opened.startswith("from"):
        return False  # "from 450 sq ft up to 900 sq ft" is a range; "450 up to 900" alone is not said
    return joint not in ("or", "and") or not _RESPECTIVELY.match(text, after)  # "25k or 40k ... respectively"


def _upper_end(text: str, second: Number) -> Number | None:
    """The far end of a range that closes a "from X to Y-Z" change."""
    if second.end + 1 >= len(text) or text[second.end] not in "-–":
        return None
    third_match = ATOM.match(text, second.end + 1)
    third = None if third_match is None else atom_at(text, third_match)
    if third is None or third.words != second.words or not second.low < third.high:
        return None
    return third


def qualified_partner(text: str, first: Number, lead: int) -> tuple[Number, int] | None:
    """ "from 21 mpg combined to 23", "from $75 U.S. per barrel to $45.88": a change whose first figure carries
    a unit or qualifier; a time between the two ends ("from $36,040 at 10.45pm to $34,935") gives each its own
    date, so the ends stay two values."""
    opener = _RANGE_OPEN.search(text, max(0, lead - 24), lead)
    if opener is None or not opener.group().lower().startswith("from"):
        return None
    gap = _QUALIFIER.match(text, first.end)
    if gap is None:
        return None
    partner = range_partner(text, first, gap.end(), lead)
    if partner is None or (unit := UNIT.match(text, first.end)) is None:
        return partner
    again = UNIT.match(text, partner[0].end)
    return partner if again is None or _unit_key(again) == _unit_key(unit) else None


def fraction_partner(text: str, first: Number) -> tuple[Number, int] | None:
    """ "one over three", "1 in twenty-one", "two out of five hundred": a proportion, as a ratio."""
    joint = _FRACTION_JOINT.match(text, first.end)
    if joint is None or first.vague:
        return None
    second_match = ATOM.match(text, joint.end())
    if second_match is None or SKIP.match(text, joint.end()):
        return None
    second = atom_at(text, second_match)
    if second is None or second.vague or second.low == 0 or looks_like_year(text, second):
        return None
    word = joint.group(1).lower()
    if word == "over" and (UNIT.match(text, second.end) or not _CLAUSE_END.match(text, second.end)):
        return None  # "$2000 over 3 years", "over 3 days"
    if word != "over" and not first.low < second.low:
        return None
    if word == "in" and (first.low > 10 or UNIT.match(text, second.end)):
        return None
    return second, second.end


def _merge_range(first: Number, second: Number) -> tuple[Decimal, Decimal]:
    low, high = first.low, second.high
    if second.scaled and not first.scaled:
        multiplier = _scale_of(second)
        if multiplier > 1 and low * multiplier <= high and low < high / multiplier * 10:
            low *= multiplier
    return min(low, high), max(low, high)


def _scale_of(atom: Number) -> Decimal:
    lowered = atom.raw.lower()
    for word, value in (("trillion", 10**12), ("billion", 10**9), ("million", 10**6), ("thousand", 1000)):
        if word in lowered:
            return Decimal(value)
    for abbr, value in (
        ("tn", 10**12),
        ("bn", 10**9),
        ("b", 10**9),
        ("mn", 10**6),
        ("m", 10**6),
        ("k", 1000),
    ):
        if lowered.endswith(abbr):
            return Decimal(value)
    return Decimal(1)


def unit_range(text: str, first: Number, lead: int) -> tuple[Number, int] | None:
    """ "1 per cent to 1.5 per cent", "5% to 10%", "15kHz and 17kHz": a range with the unit on both ends."""
    unit = UNIT.match(text, first.end)
    if unit is None:
        return _symbol_range(text, first, lead)
    partner = range_partner(text, first, unit.end(), lead)
    if partner is None:
        return None
    second, _ = partner
    again = UNIT.match(text, second.end)
    if again is None:  # "from 208 pounds to 193": the unit said once
        opener = _RANGE_OPEN.search(text, max(0, lead - 24), lead)
        said_once = opener is not None and opener.group().lower().startswith("from")
        return partner if said_once and not looks_like_year(text, second) else None
    if _unit_key(again) != _unit_key(unit):
        return None
    return partner


def _symbol_range(text: str, first: Number, lead: int) -> tuple[Number, int] | None:
    """ "1.3 A/cm2 to 0.03 A/cm2", "5 mg/L to 10 mg/L": the same compound unit symbol on both ends, one range."""
    symbol = _SYMBOL.match(text, first.end)
    if symbol is None:
        return None
    partner = range_partner(text, first, symbol.end(), lead, measured=True)
    again = None if partner is None else _SYMBOL.match(text, partner[0].end)
    return partner if again is not None and again.group(1) == symbol.group(1) else None


def odds(text: str, first: Number, second: Number, lead: int) -> bool:
    """ "a numerical disadvantage of as much as 1-10": two bare numbers joined by a dash after a word of
    proportion in the same clause are a ratio, not a range ("an advantage over the 300-400 tanks" counts)."""
    if text[first.end] not in "-–" or first.words or first.vague:
        return False
    if UNIT.match(text, second.end) or find_entity(text, second.end) is not None:
        return False  # "300-400 km", "300-400 tanks": a range of a unit or a noun
    return bool(_ODDS_BEFORE.search(text, max(0, lead - 60), lead))


def _unit_key(unit: re.Match[str]) -> str:
    surface = unit.group("unit") or unit.group("bunit") or unit.group("dur") or unit.group("dur2") or ""
    key = re.sub(r"\s+", " ", surface.lower())
    info = MEASURE_TABLE.get(key) or vocab.DURATIONS.get(key)
    return info[0] if info else key


def change_then_total(text: str, draft: Draft, first: Number, second: Number) -> bool:
    """ "increased by $43.6 billion to $419.2 billion": a change, then a total, not a range."""
    by = _CHANGE_BY.search(text, max(0, draft.start - 4), draft.start)
    return by is not None and first.low > 0 and second.high / first.low > 3


def year_range(text: str, second: Number) -> str:
    """A range after a year-like number: "drop" it ("2022-2023"), keep a "range" ("1000-5000"), or treat the
    first as a lone year ("years": "in 2018 to 3.9 million headsets")."""
    counted = find_entity(text, second.end)
    if counted is not None and counted[0][0].islower() and looks_like_year(text, second):
        return "range"  # "from 1000 to 2000 hires"
    if looks_like_year(text, second) or len(second.raw) == 2:
        return "drop"  # "2022-2023", "2014-15"
    return "years" if second.scaled or second.words else "range"


def apply_range(text: str, draft: Draft, first: Number, second: Number) -> None:
    """Make ``draft`` the range from ``first`` to ``second``, taking in "between"/"from" before it."""
    draft.low, draft.high = _merge_range(first, second)
    draft.end = second.end
    opener = _RANGE_OPEN.search(text, max(0, draft.start - 24), draft.start)
    if opener:
        draft.start = opener.start()
        if re.search(r"minus|negative", opener.group(), re.IGNORECASE):  # "between negative ten and 15"
            draft.low, draft.high = min(-first.low, second.high), max(-first.low, second.high)

"""Quantities: numbers, ranges, hedges, rates, units and what is counted.

One compiled regex finds number atoms (digits, number words, vague magnitudes) over the whole text; each atom
then looks around itself with a few anchored regexes: a range partner, a hedge before, a currency, a unit, a
rate and the counted noun after (:mod:`~claimledger.extract.quantities_shapes` adds factors, ages and compound
durations). Atoms that are dates, years, times of day, designations ("Su-34", "47th"), list numbers or phone
numbers are dropped, and so is "one" used as a pronoun ("one of the largest"). No tokenizer or model is
needed, which keeps it well above 100,000 words a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from claimledger.extract import quantities_units as vocab
from claimledger.extract.quantities_atoms import (
    ATOM,
    CURRENCY_BEFORE,
    SKIP,
    UNIT,
    Number,
    atom_at,
    compound,
    is_fraction,
    is_multiplier,
    is_rejected,
    looks_like_year,
)
from claimledger.extract.quantities_entity import NATIONALITIES, find_entity
from claimledger.extract.quantities_shapes import (
    Draft,
    add_hours,
    anchored_duration,
    grow_multiplier,
    mark_age,
    over_means_during,
    part_of_duration,
    vague_unit,
)
from claimledger.extract.sentences import sentence_index
from claimledger.models import Quantity, Sentence

NAME = "quantities.v1"
_RANGE_SEP = re.compile(r"[-–—~]|\s+[-–—~]\s+|\s+(?:to|through|or\s+even|or|and)\s+", re.IGNORECASE)
_RANGE_OPEN = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?:ages?\s+of\s+)?(?:(?:minus|negative)\s+)?$", re.IGNORECASE
)
_EXACTLY = re.compile(r"\b(?:equal\s+to|equals(?:\s+to)?|equaling(?:\s+to)?|exactly)\s+$", re.IGNORECASE)
_PARENTHESISED = re.compile(r"\(\d{1,3}\)")
_FRACTION_JOINT = re.compile(r"\s+(over|out\s+of|in)\s+", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)\]]|\s+(?:or|and|is|are|was|were)\b)")
_FEET_INCHES = re.compile(r"\s+(?:and\s+)?(\d{1,2})\s*(?:in|inch|inches|\")(?![\w])", re.IGNORECASE)
_PERCENT_OF = re.compile(r"(?:percents?|per\s+cent)\s+of\s+$", re.IGNORECASE)
_CHANGE_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(
    r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|The|A|An|In|On|At|And|But)\b)(?:[A-Z][a-z]+|[A-Z]{2,}(?=\s+[A-Z][a-z])|[NSEW]\.?(?=\s+\d))"
)
_PAREN_EQUIVALENT = re.compile(r"\s*(?:\(|/|,\s*or)\s*")
_DASH_DIGIT = re.compile(r"[-–]\d")
_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|from|until|till|to|and|between|of|before|after|during|early|late|mid|spring|summer|"
    r"autumn|fall|winter|year|January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+$",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(
    r"(?:(?i:\b(?:s\s?&\s?p|s\s?p|ftse|stoxx|asx|dax|cac|nikkei|nasdaq|iso|no\.|nos\.|number|version|level|"
    r"category|grade|class|phase|stage|chapter|article|part|section|row|room|flight|route|game|round|week|season))"
    r"|(?<![.!?\n\"“]\s)(?<![.!?\n\"“])\b(?!(?:The|In|Of|On|At|By|For|Only|Just|Some|And|But|Nearly|Almost|About|"
    r"Over|Under|With|To|From|All|Another|Around|Roughly|Approximately|Exactly|Up|More|Less|Fewer|"
    r"Those|These|Its|Their|His|Her|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?:[A-Z][\w&.-]*|[a-z]+[A-Z][\w-]*))\s+$"
)
_ADDS_UP = re.compile(r"\b(?:add|adds|added|adding)\s+up\b", re.IGNORECASE)
_HEDGE = re.compile(
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
_CURRENCY_AT = re.compile(rf"(?:{vocab.alternation(vocab.CURRENCY_SYMBOLS)})\s?", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"\s*(?:{vocab.alternation(vocab.CURRENCY_WORDS)})\b", re.IGNORECASE)
_RATE = re.compile(
    rf"\s*(?:{vocab.alternation(vocab.RATES)})(?![\w])(?!\s+(?:earlier|later|ago|before|after|since)\b)",
    re.IGNORECASE,
)
_RATIO = re.compile(r"\s*:\s*(\d+(?:\.\d+)?)(?![\d:])")
_WORD_RATIO = re.compile(r"\s+to\s+(?:one|1)\b(?!\s*(?:-|hundred|thousand|million|billion))", re.IGNORECASE)
_SLASH_FRACTION = re.compile(r"[/⁄](\d{1,3})(?![\d/⁄])")
_MIXED_FRACTION = re.compile(r"\s+(\d)/(\d{1,2})(?![\d/])")
_CALIBRE = re.compile(
    r"\s?mm\b(?:\s*-\s*|\s+)(?:[\w-]+\s+){0,2}(?:shells?|rounds?|artillery|howitzers?|guns?|ammunition|munitions?|"
    r"calibre|caliber|cannons?|mortars?|projectiles?|rifles?|barrels?)",
    re.IGNORECASE,
)
_AMOUNT_OF = re.compile(r"\b(?:average|total|sum|maximum|minimum|tally|number|count)\s+of\s+$", re.IGNORECASE)
_NAME_LIST_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+\d{1,3}\s*(?:,|and|or|&)\s*$")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _nationality_after(text: str, pos: int) -> bool:
    """Whether the capitalised word after ``pos`` is a nationality ("300 Ukrainian ...")."""
    match = _NAME_AFTER.match(text, pos)
    return match is not None and match.group().strip().lower() in NATIONALITIES


def _range_partner(text: str, first: Number, at: int, lead: int) -> tuple[Number, int] | None:
    """The second number of a range whose separator starts at ``at``, with the end of that separator."""
    sep = _RANGE_SEP.match(text, at)
    if sep is None:
        return None
    if is_multiplier(first) and sep.group().strip().lower() != "or even":
        return None  # "grew sixfold to $3.7 billion": a factor, then a total
    joint = sep.group().strip().lower()
    opener = _RANGE_OPEN.search(text, max(0, lead - 24), lead)
    if joint == "and" and (opener is None or not opener.group().lower().startswith("between")):
        return None
    pos = sep.end()
    currency = _CURRENCY_AT.match(text, pos)
    if currency:
        pos = currency.end()
    second_match = ATOM.match(text, pos)
    if second_match is None or SKIP.match(text, pos):
        return None
    second = atom_at(text, second_match)
    if second is None or is_rejected(text, second, second=True):
        return None
    if joint in ("-", "–", "—") and (first.words != second.words or not first.low < second.high):
        return None  # "2-1" is a score, "3888-2" a designation: written ranges ascend
    if joint == "to" and opener is None and second.high < first.low and second.low != 1 and not second.scaled:
        return None  # "the vote was 79 to 18": a tally, two counts
    return second, sep.end()


def _fraction_partner(text: str, first: Number) -> tuple[Number, int] | None:
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


def _unit_range(text: str, first: Number, lead: int) -> tuple[Number, int] | None:
    """ "1 per cent to 1.5 per cent", "5% to 10%", "15kHz and 17kHz": a range with the unit on both ends."""
    unit = UNIT.match(text, first.end)
    if unit is None:
        return None
    partner = _range_partner(text, first, unit.end(), lead)
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


def _unit_key(unit: re.Match[str]) -> str:
    surface = unit.group("unit") or unit.group("bunit") or unit.group("dur") or unit.group("dur2") or ""
    key = re.sub(r"\s+", " ", surface.lower())
    info = _MEASURE_TABLE.get(key) or vocab.DURATIONS.get(key)
    return info[0] if info else key


def _build(text: str, first: Number) -> Draft | None:
    """Grow one atom into a quantity: range, hedge, currency, unit, rate and entity."""
    if is_rejected(text, first):
        return None
    draft = Draft(first.start, first.end, first.low, first.high, "vague" if first.vague else None)
    if not first.words and not first.vague and not first.scaled:
        special = _special_digits(text, first, draft)
        if special is not None:
            return special if special.kind != "count" or special.end > first.start else None
    _attach_currency(text, draft)
    hedged = bool(_HEDGE.search(text, max(0, draft.start - 40), draft.start))
    if first.raw.lower() in ("a", "an") and not hedged and not anchored_duration(text, first):
        return None  # "a week" alone; "less than a week", "a year after the outbreak" are durations
    amount = _AMOUNT_OF.search(text, max(0, draft.start - 24), draft.start)
    year_like = looks_like_year(text, first) and not hedged and draft.kind != "money" and amount is None
    partner = _range_partner(text, first, first.end, draft.start)
    elided = None
    if partner is None and (partner := _unit_range(text, first, draft.start)) is not None:
        elided = None if UNIT.match(text, partner[0].end) else UNIT.match(text, first.end)
    if partner is not None and year_like:
        verdict = _year_range(text, partner[0])
        if verdict == "drop":
            return None
        year_like, partner = verdict == "years", partner if verdict == "range" else None
    if partner is None and (ratio := _fraction_partner(text, first)) is not None:
        return _ratio_draft(text, draft, first, ratio)
    if partner is not None and _change_then_total(text, draft, first, partner[0]):
        partner = None  # "increased by $43.6 billion to $419.2 billion": a change, then a total
    if partner is None and _DASH_DIGIT.match(text, first.end):
        return None  # "2-1", "3888-2": a score or a code, not a range
    if partner is not None:
        if _WORD_RATIO.match(text, first.end) and partner[0].low == 1 and first.low > 1:
            draft.end, draft.kind, draft.unit = partner[0].end, "ratio", "ratio"
            _attach_prefix(text, draft)
            return draft
        _apply_range(text, draft, first, partner[0])
    if grow_multiplier(text, draft, first):
        _attach_prefix(text, draft)
        return draft
    if draft.kind != "money" and _CALIBRE.match(text, draft.end):
        return None  # "155mm howitzers": a calibre names a gun type
    _attach_prefix(text, draft)
    _attach_suffix(text, draft, first)
    _settle_unit(text, draft, first, elided)
    if first.raw.lower() in ("a", "an") and draft.approx is None and not anchored_duration(text, first):
        return None  # "over a year" read as "during a year"
    return None if _is_noise(text, draft, first, ranged=partner is not None, year_like=year_like) else draft


def _settle_unit(text: str, draft: Draft, first: Number, elided: re.Match[str] | None) -> None:
    """Units the suffix did not give: said once for a range, a fraction's ratio, an age in years."""
    if elided is not None and draft.unit is None:  # "from 208 pounds to 193"
        end = draft.end
        _apply_unit(draft, elided)
        draft.end = max(end, draft.end)
    if is_fraction(first) and draft.unit is None:
        draft.kind, draft.unit, draft.entity, draft.end = "ratio", "ratio", None, first.end
        if (part := part_of_duration(text, first.end)) is not None:  # "half a year": 0.5 year
            _apply_unit(draft, part)
    mark_age(text, draft, first)


def _change_then_total(text: str, draft: Draft, first: Number, second: Number) -> bool:
    by = _CHANGE_BY.search(text, max(0, draft.start - 4), draft.start)
    return by is not None and first.low > 0 and second.high / first.low > 3


def _year_range(text: str, second: Number) -> str:
    """A range after a year-like number: "drop" it ("2022-2023"), keep a "range" ("1000-5000"), or treat the
    first as a lone year ("years": "in 2018 to 3.9 million headsets")."""
    counted = find_entity(text, second.end)
    if counted is not None and counted[0][0].islower() and looks_like_year(text, second):
        return "range"  # "from 1000 to 2000 hires"
    if looks_like_year(text, second) or len(second.raw) == 2:
        return "drop"  # "2022-2023", "2014-15"
    return "years" if second.scaled or second.words else "range"


def _ratio_draft(text: str, draft: Draft, first: Number, ratio: tuple[Number, int]) -> Draft:
    second, ratio_end = ratio
    draft.low = draft.high = first.low / second.low
    draft.end, draft.kind, draft.unit = ratio_end, "ratio", "ratio"
    _attach_prefix(text, draft)
    if (counted := find_entity(text, draft.end)) is not None:  # "2 in 3 Americans"
        draft.entity, draft.end = counted
    bound = _TRAIL_BOUND.match(text, draft.end)
    if bound and "more" in bound.group().lower():
        draft.approx, draft.end = "at_least", bound.end()
    return draft


def _apply_range(text: str, draft: Draft, first: Number, second: Number) -> None:
    draft.low, draft.high = _merge_range(first, second)
    draft.end = second.end
    opener = _RANGE_OPEN.search(text, max(0, draft.start - 24), draft.start)
    if opener:
        draft.start = opener.start()
        if re.search(r"minus|negative", opener.group(), re.IGNORECASE):  # "between negative ten and 15"
            draft.low, draft.high = min(-first.low, second.high), max(-first.low, second.high)


def _is_noise(text: str, draft: Draft, first: Number, *, ranged: bool, year_like: bool) -> bool:
    """A grown quantity that is a year, a name, an address or a pronoun after all."""
    start = first.start
    unbound = draft.unit is None and draft.approx is None
    if year_like and not ranged and unbound and (first.low >= 1900 or _bare(draft)):
        return True  # "in 2022", "Keytruda's 2018 sales"
    if year_like and not ranged and _YEAR_BEFORE.search(text, max(0, start - 12), start):
        return True
    if unbound and not first.words and _NAME_BEFORE.search(text, max(0, start - 24), start):
        return True  # "S&P 500", "Game 7", "iPhone 11", "Model 3 sedans"
    if unbound and not first.words and _NAME_LIST_BEFORE.search(text, max(0, start - 24), start):
        return True  # the "2" of "Nord Stream 1 and 2"
    lone = unbound and draft.entity is None
    if lone and not ranged and first.raw.lower() == "one" and draft.low == 1:
        return True  # a pronoun: "if one is offered", "a symbolic one", "one cannot fail"
    if (
        lone
        and not first.words
        and "," not in first.raw
        and _NAME_AFTER.match(text, draft.end)
        and not _nationality_after(text, draft.end)
    ):
        return True  # "49 Zorro Ranch Road", "the 90049 ZIP Code", "16-18 Industrial Avenue"
    return _bare(draft) and bool(_PARENTHESISED.match(text, max(0, start - 1)))  # "Dak Prescott (4)"


def _bare(draft: Draft) -> bool:
    """A year-like number with nothing that makes it a count ("in 2022", "the 1944 D-Day landings")."""
    lower_entity = draft.entity is not None and draft.entity[0].islower()
    return draft.unit is None and not lower_entity and draft.approx is None


def _special_digits(text: str, first: Number, draft: Draft) -> Draft | None:
    """Ratios "3:1" and fractions "3/4", "10 1/2"; a count-kind draft with end == start means drop."""
    end = first.end
    ratio = _RATIO.match(text, end)
    if ratio and "." not in first.raw and "," not in first.raw:
        draft.end, draft.kind, draft.unit = ratio.end(), "ratio", "ratio"
        denominator = Decimal(ratio.group(1))
        draft.low = draft.high = first.low / denominator if denominator else first.low
        _attach_prefix(text, draft)
        return draft
    if end < len(text) and text[end] in "/⁄":
        frac = _SLASH_FRACTION.match(text, end)
        if frac is None or int(frac.group(1)) == 0 or first.low >= int(frac.group(1)):
            return Draft(first.start, first.start, first.low, first.high)
        draft.low = draft.high = first.low / Decimal(frac.group(1))
        draft.end = frac.end()
        _attach_prefix(text, draft)
        _attach_suffix(text, draft, first)
        return draft
    mixed = _MIXED_FRACTION.match(text, end)
    if mixed and int(mixed.group(1)) < int(mixed.group(2)):
        draft.low = draft.high = first.low + Decimal(mixed.group(1)) / Decimal(mixed.group(2))
        draft.end = mixed.end()
        _attach_prefix(text, draft)
        _attach_suffix(text, draft, first)
        return draft
    return None


def _attach_currency(text: str, draft: Draft) -> None:
    currency = CURRENCY_BEFORE.search(text, max(0, draft.start - 5), draft.start)
    if currency:
        key = re.sub(r"\s+", " ", currency.group().strip().lower())
        draft.unit = vocab.CURRENCY_SYMBOLS.get(key, key)
        draft.kind = "money"
        draft.start = currency.start()


def _attach_prefix(text: str, draft: Draft) -> None:
    if draft.kind != "money":
        _attach_currency(text, draft)
    negative = _NEGATIVE.search(text, max(0, draft.start - 10), draft.start)
    if negative and draft.low == draft.high:
        draft.low = draft.high = -draft.low
        draft.start = negative.start()
    percent_of = _PERCENT_OF.search(text, max(0, draft.start - 16), draft.start)
    if percent_of and draft.kind == "count":  # "per cent of twenty-two"
        draft.unit, draft.kind, draft.start = "percent", "percent", percent_of.start()
    hedge = _HEDGE.search(text, max(0, draft.start - 40), draft.start)
    if hedge and over_means_during(text, hedge, draft):
        hedge = None  # "extend the operation over two years"
    elif hedge and _ADDS_UP.search(text, max(0, hedge.start() - 12), hedge.start() + 2):
        hedge = None  # "the tallies add up to 31,270": a total, not an upper bound
    if hedge and draft.approx != "vague":
        draft.approx = vocab.HEDGES[re.sub(r"\s+", " ", hedge.group().strip().lower())]
        draft.start = hedge.start()
    elif exactly := _EXACTLY.search(text, max(0, draft.start - 20), draft.start):
        draft.start = exactly.start()  # "equal to 20", "exactly 13": a point value, said so
    elif draft.start >= 4 and text[draft.start - 4 : draft.start].lower() == "sub-" and draft.approx is None:
        draft.approx, draft.start = "less_than", draft.start - 4


def _attach_suffix(text: str, draft: Draft, first: Number) -> None:
    if draft.kind == "money" or _CALIBRE.match(text, draft.end):
        pass
    elif (unit := UNIT.match(text, draft.end) or vague_unit(text, draft)) is not None:
        _apply_unit(draft, unit)
        add_hours(text, draft)
        inches = (
            _FEET_INCHES.match(text, draft.end) if draft.unit == "foot" and draft.low == draft.high else None
        )
        if inches:  # "5 feet 2 inches"
            draft.low = draft.high = draft.low + Decimal(inches.group(1)) / 12
            draft.end = inches.end()
    if draft.kind != "money" and (word := _CURRENCY_AFTER.match(text, draft.end)) is not None:
        draft.unit = vocab.CURRENCY_WORDS[re.sub(r"\s+", " ", word.group().strip().lower())]
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
        entity = find_entity(text, draft.end, singular=draft.low == 1 == draft.high)
        if entity is not None:
            draft.entity, draft.end = entity
    rate = _RATE.match(text, draft.end)
    if rate:
        draft.per = vocab.RATES[re.sub(r"\s+", " ", rate.group().strip().lower())]
        draft.end = rate.end()


_MEASURE_TABLE = {**vocab.PERCENTS, **vocab.MEASURES}


def _apply_unit(draft: Draft, unit: re.Match[str]) -> None:
    measure = unit.group("unit") or unit.group("bunit")
    surface = measure or unit.group("dur") or unit.group("dur2")
    key = re.sub(r"\s+", " ", surface.lower())
    table = vocab.DURATIONS if measure is None else _MEASURE_TABLE
    info = table.get(key)
    if info is None:
        return
    if key in ("pound", "pounds") and draft.high >= 1_000_000:
        draft.unit, draft.kind = "gbp", "money"
    else:
        draft.unit, draft.kind = info
    draft.end = unit.end()


def _restates(text: str, previous: Quantity, draft: Draft) -> bool:
    """Whether ``draft`` restates the bound of ``previous`` in other units, in brackets or after a slash.

    Only bounds carry over ("more than 100 kilometers (60 miles)"); a conversion of an approximate figure is
    written as a figure of its own ("some seven miles (11 km)", "about 2 in 3 (66 percent)").
    """
    if draft.approx is not None or previous.approx in (None, "vague", "about"):
        return False
    return bool(_PAREN_EQUIVALENT.fullmatch(text, previous.end, draft.start))


def extract_quantities(text: str, sentences: Sequence[Sentence]) -> list[Quantity]:
    """Every number-bearing expression of ``text`` in text order, ids ``q1``, ``q2``, ...

    :param text: the document text; offsets are indices into it
    :param sentences: its sentence boundaries, from :func:`claimledger.extract.sentences.split_sentences`

    >>> [(q.text, q.low, q.high, q.approx, q.entity, q.per)
    ...  for q in extract_quantities("Russia lost about 1,090 soldiers a day.", [])]
    [('about 1,090 soldiers a day', Decimal('1090'), Decimal('1090'), 'about', 'soldiers', 'day')]
    """
    bounds = tuple(sentences)
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if "://" in text or "www." in text else []
    found: list[Quantity] = []
    resume = 0
    pos = 0
    length = len(text)
    while pos < length:
        skip = None
        match = ATOM.search(text, pos)
        if match is None:
            break
        if match.group("dig") is not None:
            begin = match.start() - 1 if match.start() and text[match.start() - 1] == "+" else match.start()
            skip = SKIP.match(text, begin)
        if skip is not None:
            pos = skip.end()
            continue
        pos = match.end()
        if match.start() < resume or (urls and any(a <= match.start() < b for a, b in urls)):
            continue
        atom = atom_at(text, match)
        if atom is None:
            continue
        draft = _build(text, atom)
        if draft is None or draft.end <= draft.start:
            continue
        if found and draft.start < found[-1].end:
            draft.start = max(draft.start, found[-1].end)
        if found and _restates(text, found[-1], draft):
            draft.approx = found[-1].approx  # "more than 100 kilometers (60 miles)": the same bound
        resume = pos = max(pos, draft.end)
        found.append(
            Quantity(
                id=f"q{len(found) + 1}",
                start=draft.start,
                end=draft.end,
                text=text[draft.start : draft.end],
                low=draft.low,
                high=draft.high,
                approx=draft.approx,
                unit=draft.unit,
                entity=draft.entity,
                per=draft.per,
                kind=draft.kind,
                sentence=sentence_index(bounds, draft.start) if bounds else 0,
            )
        )
    return found

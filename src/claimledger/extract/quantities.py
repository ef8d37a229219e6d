"""Quantities: numbers, ranges, hedges, rates, units and what is counted.

One compiled regex finds number atoms (digits, number words, vague magnitudes) over the whole text; each atom
then looks around itself with a few anchored regexes: a range partner, a hedge before, a currency, a unit, a
rate and the counted noun after. Atoms that are dates, years, times of day, designations ("Su-34", "47th") or
phone numbers are dropped. No tokenizer or model is needed, which keeps it well above 100,000 words a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
from claimledger.extract.quantities_entity import find_entity
from claimledger.extract.sentences import sentence_index
from claimledger.models import Approx, Quantity, QuantityKind, Sentence

NAME = "quantities.v1"

_ONE = vocab.alternation([*ONES, *TENS])
_SCL = "hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dozs|dzs"
_FRAC = vocab.alternation(FRACTIONS)
_SEP = r"(?:[ \t]+|[ \t]*-[ \t]*)"
_INT = rf"(?:{_ONE}|{_SCL})\b(?:(?:{_SEP}|\s+and\s+)(?:{_ONE}|{_SCL})\b)*"
_WORDNUM = (
    rf"(?:half|quarter)\s+(?:an?\s+)?(?:{_SCL})\b"
    rf"|an?\s+(?:{_SCL})\b(?:(?:{_SEP}|\s+and\s+)(?:{_ONE}|{_SCL})\b)*"
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
_GROUPED = r"\d{1,3}(?:,\d{3})+(?![\d,])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)"
_DIGITS = rf"(?:{_GROUPED}|\d+)(?:\.\d+)?(?:e[+-]?\d+\b)?|\.\d+"
_SCALE_WORD = r"hundred|thousand|million|billion|trillion|lakh|crore|dozens?|dzs|dozs"
_SCALE_ABBR = r"bn|mn|mln|bln|tln|trn|tn|mil|mm|k|m|b"
_ATOM = re.compile(
    rf"(?<![\w.])(?P<dig>{_DIGITS})(?:\s?(?P<abbr>{_SCALE_ABBR})(?![\w])|\s+(?P<sw>{_SCALE_WORD})\b)?"
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
_SKIP = re.compile(
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
_YEAR_SUFFIX = re.compile(r"s\b|'s\b|-\d{2}\b")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|~)\s*|\s+(?:to|through|or|and)\s+", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?:between|from)\s+(?:the\s+)?$", re.IGNORECASE)
_HEDGE = re.compile(
    rf"(?:(?<![\w])(?:{vocab.alternation(h for h in vocab.HEDGES if h[0].isalpha())})"
    rf"|(?:{vocab.alternation(h for h in vocab.HEDGES if not h[0].isalpha())}))\s*$",
    re.IGNORECASE,
)
_TRAIL_BOUND = re.compile(
    r"\s*\+(?!\s*\d)|\s+(?:or|and)\s+(?:more|above|over|greater|higher)\b(?:\s+than)?"
    r"|\s+(?:or|and)\s+(?:less|fewer|under|below)\b|\s+or\s+so\b|\s+plus\b",
    re.IGNORECASE,
)
_NEGATIVE = re.compile(r"(?:\b(?:minus|negative)\s+|(?:^|(?<=[\s(<>=]))-\s?)$", re.IGNORECASE)
_OR_EQUAL = re.compile(r"\s+or\s+equal(?:\s+to)?\b", re.IGNORECASE)
_CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![\w])(?:{vocab.alternation(vocab.CURRENCY_SYMBOLS)}))\s?$", re.IGNORECASE
)
_CURRENCY_AT = re.compile(rf"(?:{vocab.alternation(vocab.CURRENCY_SYMBOLS)})\s?", re.IGNORECASE)
_CURRENCY_AFTER = re.compile(rf"\s*(?:{vocab.alternation(vocab.CURRENCY_WORDS)})\b", re.IGNORECASE)
_DURATION_ADJ = (
    r"(?:(?:long|full|straight|consecutive|more|additional|extra|whole|short|further|hard|bloody|brutal)\s+)?"
)
_UNIT_WORDS = vocab.alternation([*vocab.PERCENTS, *vocab.MEASURES])
_UNIT = re.compile(
    rf"(?:\s*-\s*|\s?)(?:[\[({{<]\s*(?P<bunit>{_UNIT_WORDS})\s*[\])}}>]|(?P<unit>{_UNIT_WORDS})(?![\w]))"
    rf"|(?:\s*-\s*|\s?){_DURATION_ADJ}(?P<dur>{vocab.alternation(vocab.DURATIONS)})(?![\w])"
    rf"|\s+{_DURATION_ADJ}(?P<dur2>{vocab.alternation(vocab.DURATIONS)})(?![\w])",
    re.IGNORECASE,
)
_RATE = re.compile(rf"\s*(?:{vocab.alternation(vocab.RATES)})(?![\w])", re.IGNORECASE)
_RATIO = re.compile(r"\s*:\s*(\d+(?:\.\d+)?)(?![\d:])")
_WORD_RATIO = re.compile(r"\s+to\s+(?:one|1)\b(?!\s*(?:-|hundred|thousand|million|billion))", re.IGNORECASE)
_SLASH_FRACTION = re.compile(r"/(\d{1,3})(?![\d/])")
_MIXED_FRACTION = re.compile(r"\s+(\d)/(\d{1,2})(?![\d/])")
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_CALIBRE = re.compile(
    r"\s?mm\b(?:\s*-\s*|\s+)(?:\w+\s+)?(?:shells?|rounds?|artillery|howitzers?|guns?|ammunition|munitions?|"
    r"calibre|caliber|cannons?|mortars?|projectiles?|rifles?|barrels?)",
    re.IGNORECASE,
)
_PRONOUN_ONE = re.compile(
    r"(?:\b(?:no|the|this|that|which|every|any|each|someone|anyone|little|only)\s+$)", re.IGNORECASE
)
_ONE_AFTER = re.compile(
    r"\s+(?:another|after\s+another|by\s+one|of\s+(?:those|these|them|us|you)\b)"
    r"|-(?:off|sided|way|time|stop|on-one)",
    re.IGNORECASE,
)
_HALF_BEFORE = re.compile(r"\b(?:the|first|second|other|latter|former|and|a)\s+$", re.IGNORECASE)
_OPENERS = frozenset(["", ".", "!", "?", '"', "'", "“", "‘", "(", "[", ":", ";", "-", "–", "—", "*", "•"])
_PLAIN_NUMBER = re.compile(r"\d{1,4}")
_MIN_SPACE_GROUPS = re.compile(r"\d[ \u00a0\u202f\u2009]\d")
_M_AS_MILLION = re.compile(r"\s+(?:of\s|(?!(?:is|was|has|tall|long|wide|high|deep|away|this)\b)[a-z]{2,}s\b)")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass(slots=True)
class _Number:
    start: int
    end: int
    low: Decimal
    high: Decimal
    vague: bool
    words: bool
    raw: str
    scaled: bool


def _atom_at(text: str, match: re.Match[str]) -> _Number | None:
    """The value of one atom match, or None when it is not a number after all."""
    raw, start, end = match.group(), match.start(), match.end()
    if match.group("vague"):
        bounds = vague_range(raw)
        return None if bounds is None else _Number(start, end, bounds[0], bounds[1], True, True, raw, True)
    if match.group("uni"):
        value = UNICODE_FRACTIONS[raw]
        return _Number(start, end, value, value, False, False, raw, False)
    if match.group("word"):
        return _word_atom(text, match)
    digits = parse_digits(match.group("dig"))
    if digits is None:
        return None
    scale, scaled = 1, False
    abbr, word = match.group("abbr"), match.group("sw")
    if abbr:
        if abbr == "mm" or abbr == "m" and not _CURRENCY_BEFORE.search(text, max(0, start - 4), start):
            if not _M_AS_MILLION.match(text, end):
                return _Number(
                    start, match.end("dig"), digits, digits, False, False, match.group("dig"), False
                )
        scale, scaled = scale_value(abbr) or 1, True
    elif word:
        scale, scaled = int(parse_words(word) or 1), True
    value = digits * scale
    return _Number(start, end, value, value, False, False, raw, scaled)


def _word_atom(text: str, match: re.Match[str]) -> _Number | None:
    raw, start = match.group(), match.start()
    raw = _trim_and(raw)
    end = start + len(raw)
    lowered = raw.lower()
    if lowered == "one" and (
        _PRONOUN_ONE.search(text, max(0, start - 12), start) or _ONE_AFTER.match(text, end)
    ):
        return None
    if lowered == "half" and _HALF_BEFORE.search(text, max(0, start - 10), start):
        return None
    value = parse_words(raw)
    if value is None:
        return None
    scaled = any(w in lowered for w in ("hundred", "thousand", "million", "billion", "trillion", "dozen"))
    return _Number(start, end, value, value, False, True, raw, scaled)


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


def _is_rejected(text: str, atom: _Number) -> bool:
    """Dates, years, designations and other numbers that are not quantities."""
    start, end = atom.start, atom.end
    if _HYPHEN_WORD.match(text, end) and not _UNIT.match(text, end):
        return True  # "two-storey", "36-page"
    if atom.words and text[start].isupper() and start and text[start - 2 : start].strip() not in _OPENERS:
        return True  # "the Group of Seven", "the Big Three"
    if atom.words or atom.vague:
        return False
    if start >= 2 and text[start - 1] in "-–/" and _designation_prefix(text, start - 1):
        return True  # "Su-34", "Kh-101", "F-16", "SCP2-173"
    if end < len(text) and text[end].isalpha() and not _UNIT.match(text, end):
        return True  # "47th", "1990s", "3D"
    if not atom.scaled and atom.low == atom.low.to_integral_value() and atom.low <= 31:
        if _DATE_AFTER.match(text, end) or _DATE_BEFORE.search(text, max(0, start - 12), start):
            return True
    return False


def _designation_prefix(text: str, hyphen: int) -> bool:
    """Whether the token before a hyphen starts with a letter ("Su" in "Su-34"; not "5k" in "5k-20k")."""
    at = hyphen
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at < hyphen and text[at].isalpha()


def _looks_like_year(text: str, atom: _Number) -> bool:
    return (
        not atom.scaled
        and bool(_PLAIN_NUMBER.fullmatch(atom.raw))
        and len(atom.raw) == 4
        and 1000 <= atom.low <= 2100
    )


@dataclass(slots=True)
class _Draft:
    start: int
    end: int
    low: Decimal
    high: Decimal
    approx: Approx | None = None
    unit: str | None = None
    entity: str | None = None
    per: str | None = None
    kind: QuantityKind = "count"


def _range_partner(text: str, first: _Number) -> tuple[_Number, re.Match[str]] | None:
    sep = _RANGE_SEP.match(text, first.end)
    if sep is None:
        return None
    joint = sep.group().strip().lower()
    opener = _RANGE_OPEN.search(text, max(0, first.start - 14), first.start)
    if joint == "and" and (opener is None or not opener.group().lower().startswith("between")):
        return None
    pos = sep.end()
    currency = _CURRENCY_AT.match(text, pos)
    if currency:
        pos = currency.end()
    second_match = _ATOM.match(text, pos)
    if second_match is None:
        return None
    second = _atom_at(text, second_match)
    if second is None or _is_rejected(text, second):
        return None
    if joint in ("-", "–", "—") and (first.words != second.words):
        return None
    return second, sep


def _merge_range(first: _Number, second: _Number) -> tuple[Decimal, Decimal]:
    low, high = first.low, second.high
    if second.scaled and not first.scaled:
        multiplier = _scale_of(second)
        if multiplier > 1 and low * multiplier <= high and low < high / multiplier * 10:
            low *= multiplier
    return min(low, high), max(low, high)


def _scale_of(atom: _Number) -> Decimal:
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


def _build(text: str, first: _Number) -> _Draft | None:
    """Grow one atom into a quantity: range, hedge, currency, unit, rate and entity."""
    if _is_rejected(text, first):
        return None
    start, end, low, high = first.start, first.end, first.low, first.high
    draft = _Draft(start, end, low, high, "vague" if first.vague else None)
    if not first.words and not first.vague and not first.scaled:
        special = _special_digits(text, first, draft)
        if special is not None:
            return special if special.kind != "count" or special.end > start else None
    partner = _range_partner(text, first)
    year_like = _looks_like_year(text, first)
    if partner is not None:
        second, _sep = partner
        if year_like and (_looks_like_year(text, second) or len(second.raw) == 2):
            return None
        if _WORD_RATIO.match(text, first.end) and second.low == 1 and first.low > 1:
            draft.end, draft.kind, draft.unit = second.end, "ratio", "ratio"
            _attach_prefix(text, draft)
            return draft
        draft.low, draft.high = _merge_range(first, second)
        draft.end = second.end
        opener = _RANGE_OPEN.search(text, max(0, start - 14), start)
        if opener:
            draft.start = opener.start()
    _attach_prefix(text, draft)
    _attach_suffix(text, draft, first)
    if year_like and partner is None and _bare(draft):
        return None
    return draft


def _bare(draft: _Draft) -> bool:
    """A year-like number with nothing that makes it a count ("in 2022", "the 1944 D-Day landings")."""
    lower_entity = draft.entity is not None and draft.entity[0].islower()
    return draft.unit is None and not lower_entity and draft.approx is None


def _special_digits(text: str, first: _Number, draft: _Draft) -> _Draft | None:
    """Ratios "3:1" and fractions "3/4", "10 1/2"; a count-kind draft with end == start means drop."""
    end = first.end
    ratio = _RATIO.match(text, end)
    if ratio and "." not in first.raw and "," not in first.raw:
        draft.end, draft.kind, draft.unit = ratio.end(), "ratio", "ratio"
        denominator = Decimal(ratio.group(1))
        draft.low = draft.high = first.low / denominator if denominator else first.low
        _attach_prefix(text, draft)
        return draft
    if end < len(text) and text[end] == "/":
        frac = _SLASH_FRACTION.match(text, end)
        if frac is None or int(frac.group(1)) == 0 or first.low >= int(frac.group(1)):
            return _Draft(first.start, first.start, first.low, first.high)
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


def _attach_prefix(text: str, draft: _Draft) -> None:
    window_start = max(0, draft.start - 40)
    currency = _CURRENCY_BEFORE.search(text, max(0, draft.start - 5), draft.start)
    if currency:
        draft.unit = vocab.CURRENCY_SYMBOLS[re.sub(r"\s+", " ", currency.group().strip().lower())]
        draft.kind = "money"
        draft.start = currency.start()
    negative = _NEGATIVE.search(text, max(0, draft.start - 10), draft.start)
    if negative and draft.low == draft.high:
        draft.low = draft.high = -draft.low
        draft.start = negative.start()
    hedge = _HEDGE.search(text, window_start, draft.start)
    if hedge and draft.approx != "vague":
        draft.approx = vocab.HEDGES[re.sub(r"\s+", " ", hedge.group().strip().lower())]
        draft.start = hedge.start()


def _attach_suffix(text: str, draft: _Draft, first: _Number) -> None:
    if draft.kind == "money" or _CALIBRE.match(text, draft.end):
        pass
    elif (unit := _UNIT.match(text, draft.end)) is not None:
        _apply_unit(draft, unit)
    if draft.kind != "money" and (word := _CURRENCY_AFTER.match(text, draft.end)) is not None:
        draft.unit = vocab.CURRENCY_WORDS[re.sub(r"\s+", " ", word.group().strip().lower())]
        draft.kind, draft.end = "money", word.end()
    elif draft.kind == "money" and (code := _CURRENCY_AFTER.match(text, draft.end)) is not None:
        draft.end = code.end()
    bound = _TRAIL_BOUND.match(text, draft.end)
    if bound and draft.approx in (None, "about"):
        word = bound.group().lower()
        lower = re.search(r"less|fewer|under|below", word)
        draft.approx = "about" if "so" in word.split() else "at_most" if lower else "at_least"
        draft.end = bound.end()
    or_equal = _OR_EQUAL.match(text, draft.end)
    if or_equal and draft.approx in ("more_than", "less_than"):
        draft.approx = "at_least" if draft.approx == "more_than" else "at_most"
        draft.end = or_equal.end()
    if draft.kind == "count":
        entity = find_entity(text, draft.end, singular=draft.low == 1 == draft.high)
        if entity is not None:
            draft.entity, draft.end = entity
    rate = _RATE.match(text, draft.end)
    if rate:
        draft.per = vocab.RATES[re.sub(r"\s+", " ", rate.group().strip().lower())]
        draft.end = rate.end()


_MEASURE_TABLE = {**vocab.PERCENTS, **vocab.MEASURES}


def _apply_unit(draft: _Draft, unit: re.Match[str]) -> None:
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
        match = _ATOM.search(text, pos)
        if match is None:
            break
        if match.group("dig") is not None:
            begin = match.start() - 1 if match.start() and text[match.start() - 1] == "+" else match.start()
            skip = _SKIP.match(text, begin)
        if skip is not None:
            pos = skip.end()
            continue
        pos = match.end()
        if match.start() < resume or (urls and any(a <= match.start() < b for a, b in urls)):
            continue
        atom = _atom_at(text, match)
        if atom is None:
            continue
        draft = _build(text, atom)
        if draft is None or draft.end <= draft.start:
            continue
        if found and draft.start < found[-1].end:
            draft.start = max(draft.start, found[-1].end)
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

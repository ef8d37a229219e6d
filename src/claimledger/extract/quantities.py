"""Quantities: numbers, ranges, hedges, rates, units and what is counted.

One compiled regex finds number atoms (digits, number words, vague magnitudes) over the whole text
(:mod:`~claimledger.extract.quantities_atoms`); each atom then looks around itself with a few anchored regexes:
a range partner (:mod:`~claimledger.extract.quantities_ranges`), a hedge, a currency, a unit, a rate and the
counted noun (:mod:`~claimledger.extract.quantities_attach`, :mod:`~claimledger.extract.quantities_entity`);
:mod:`~claimledger.extract.quantities_shapes` adds factors, ages and compound durations, and
:mod:`~claimledger.extract.quantities_dollars` tells which dollar a bare "$" is. Atoms that are dates,
years, times of day, designations ("Su-34", "47th"), list numbers or phone numbers are dropped, and so is "one"
used as a pronoun ("one of the largest"). No tokenizer or model is needed, which keeps it well above 100,000
words a second.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimledger.extract.numbers import ONES, TENS
from claimledger.extract.quantities_atoms import (
    ATOM,
    SKIP,
    UNIT,
    Number,
    atom_at,
    is_fraction,
    is_rejected,
    looks_like_year,
)
from claimledger.extract.quantities_attach import (
    CALIBRE,
    HEDGE,
    apply_unit,
    attach_currency,
    attach_prefix,
    attach_suffix,
    ratio_draft,
    special_digits,
)
from claimledger.extract.quantities_dollars import resolve_dollars
from claimledger.extract.quantities_entity import NATIONALITIES
from claimledger.extract.quantities_ranges import (
    WORD_RATIO,
    apply_range,
    change_then_total,
    fraction_partner,
    odds,
    qualified_partner,
    range_partner,
    unit_range,
    year_range,
)
from claimledger.extract.quantities_shapes import (
    Draft,
    anchored_duration,
    grow_multiplier,
    mark_age,
    part_of_duration,
)
from claimledger.extract.quantities_units import alternation
from claimledger.extract.sentences import sentence_index
from claimledger.models import Quantity, Sentence

NAME = "quantities.v2"
_PARENTHESISED = re.compile(r"\(\d{1,3}\)")
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
_AMOUNT_OF = re.compile(r"\b(?:average|total|sum|maximum|minimum|tally|number|count)\s+of\s+$", re.IGNORECASE)
_NAME_LIST_BEFORE = re.compile(r"\b[A-Z][\w-]*\s+\d{1,3}\s*(?:,|and|or|&)\s*$")
_RANK_GROUP = re.compile(r"\bthe\s+(?:top|bottom)\s+$", re.IGNORECASE)
# A count in words right before digits makes the digits a model name: "two new 737 Max jets".
_COUNT_BEFORE = re.compile(rf"\b(?:{alternation([*ONES, *TENS])})\s+(?:[a-z]+\s+)?$", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _nationality_after(text: str, pos: int) -> bool:
    """Whether the capitalised word after ``pos`` is a nationality ("300 Ukrainian ...")."""
    match = _NAME_AFTER.match(text, pos)
    return match is not None and match.group().strip().lower() in NATIONALITIES


def _build(text: str, first: Number) -> Draft | None:
    """Grow one atom into a quantity: range, hedge, currency, unit, rate and entity."""
    if is_rejected(text, first):
        return None
    draft = Draft(first.start, first.end, first.low, first.high, "vague" if first.vague else None)
    if not first.words and not first.vague and not first.scaled:
        special = special_digits(text, first, draft)
        if special is not None:
            return special if special.kind != "count" or special.end > first.start else None
    attach_currency(text, draft)
    hedged = bool(HEDGE.search(text, max(0, draft.start - 40), draft.start))
    if first.raw.lower() in ("a", "an") and not hedged and not anchored_duration(text, first):
        return None  # "a week" alone; "less than a week", "a year after the outbreak" are durations
    amount = _AMOUNT_OF.search(text, max(0, draft.start - 24), draft.start)
    year_like = looks_like_year(text, first) and not hedged and draft.kind != "money" and amount is None
    partner = range_partner(text, first, first.end, draft.start)
    elided = None
    if partner is None and (partner := unit_range(text, first, draft.start)) is not None:
        elided = None if UNIT.match(text, partner[0].end) else UNIT.match(text, first.end)
    if partner is None and (partner := qualified_partner(text, first, draft.start)) is not None:
        elided = None if UNIT.match(text, partner[0].end) else UNIT.match(text, first.end)
    if partner is not None and year_like:
        verdict = year_range(text, partner[0])
        if verdict == "drop":
            return None
        year_like, partner = verdict == "years", partner if verdict == "range" else None
    if partner is None and (ratio := fraction_partner(text, first)) is not None:
        return ratio_draft(text, draft, first, ratio)
    if partner is not None and odds(text, first, partner[0], draft.start):
        return ratio_draft(text, draft, first, (partner[0], partner[0].end))  # "a disadvantage of ... 1-10"
    if partner is not None and change_then_total(text, draft, first, partner[0]):
        partner = None  # "increased by $43.6 billion to $419.2 billion": a change, then a total
    if partner is None and _DASH_DIGIT.match(text, first.end):
        return None  # "2-1", "3888-2": a score or a code, not a range
    if partner is not None:
        if WORD_RATIO.match(text, first.end) and partner[0].low == 1 and first.low > 1:
            draft.end, draft.kind, draft.unit = partner[0].end, "ratio", "ratio"
            attach_prefix(text, draft)
            return draft
        apply_range(text, draft, first, partner[0])
    if grow_multiplier(text, draft, first):
        attach_prefix(text, draft)
        return draft
    if draft.kind != "money" and CALIBRE.match(text, draft.end):
        return None  # "155mm howitzers": a calibre names a gun type
    attach_prefix(text, draft)
    attach_suffix(text, draft, first)
    _settle_unit(text, draft, first, elided)
    if first.raw.lower() in ("a", "an") and draft.approx is None and not anchored_duration(text, first):
        return None  # "over a year" read as "during a year"
    return None if _is_noise(text, draft, first, ranged=partner is not None, year_like=year_like) else draft


def _settle_unit(text: str, draft: Draft, first: Number, elided: re.Match[str] | None) -> None:
    """Units the suffix did not give: said once for a range, a fraction's ratio, an age in years."""
    if elided is not None and draft.unit is None:  # "from 208 pounds to 193"
        end = draft.end
        apply_unit(draft, elided)
        draft.end = max(end, draft.end)
    if is_fraction(first) and draft.unit is None:
        draft.kind, draft.unit, draft.entity, draft.end = "ratio", "ratio", None, first.end
        if (part := part_of_duration(text, first.end)) is not None:  # "half a year": 0.5 year
            apply_unit(draft, part)
    mark_age(text, draft, first)


def _is_noise(text: str, draft: Draft, first: Number, *, ranged: bool, year_like: bool) -> bool:
    """A grown quantity that is a year, a name, an address or a pronoun after all."""
    start = first.start
    unbound = draft.unit is None and draft.approx is None
    if year_like and not ranged and unbound and (first.low >= 1900 or _bare(draft)):
        return True  # "in 2022", "Keytruda's 2018 sales"
    if year_like and not ranged and _YEAR_BEFORE.search(text, max(0, start - 12), start):
        return True
    if unbound and not first.words and _is_designation(text, draft, first):
        return True
    lone = unbound and draft.entity is None
    if lone and not ranged and first.raw.lower() == "one" and draft.low == 1:
        return True  # a pronoun: "if one is offered", "a symbolic one", "one cannot fail"
    if lone and _RANK_GROUP.search(text, max(0, start - 16), start):
        return True  # "slipped towards the bottom three": a place in a table, not a count
    if lone and not first.words and "," not in first.raw and _NAME_AFTER.match(text, draft.end):
        return not _nationality_after(text, draft.end)  # "49 Zorro Ranch Road", "the 90049 ZIP Code"
    return _bare(draft) and bool(_PARENTHESISED.match(text, max(0, start - 1)))  # "Dak Prescott (4)"


def _is_designation(text: str, draft: Draft, first: Number) -> bool:
    """Digits that name a thing: "S&P 500", "Game 7", "Model 3 sedans", "Nord Stream 1 and 2", "737 Max jets"."""
    start = first.start
    if _NAME_BEFORE.search(text, max(0, start - 24), start):
        return True
    if _NAME_LIST_BEFORE.search(text, max(0, start - 24), start):
        return True  # the "2" of "Nord Stream 1 and 2"
    named = draft.entity is not None and draft.entity[0].isupper()
    return named and bool(_COUNT_BEFORE.search(text, max(0, start - 24), start))  # "two new 737 Max jets"


def _bare(draft: Draft) -> bool:
    """A year-like number with nothing that makes it a count ("in 2022", "the 1944 D-Day landings")."""
    lower_entity = draft.entity is not None and draft.entity[0].islower()
    return draft.unit is None and not lower_entity and draft.approx is None


def _restates(text: str, previous: Quantity, draft: Draft) -> bool:
    """Whether ``draft`` restates the bound of ``previous`` in other units, in brackets or after a slash.

    Only bounds carry over ("more than 100 kilometers (60 miles)"); a conversion of an approximate figure is
    written as a figure of its own ("some seven miles (11 km)", "about 2 in 3 (66 percent)").
    """
    if draft.approx is not None or previous.approx in (None, "vague", "about"):
        return False
    return bool(_PAREN_EQUIVALENT.fullmatch(text, previous.end, draft.start))


def extract_quantities(
    text: str, sentences: Sequence[Sentence], *, country: str | None = None
) -> list[Quantity]:
    """Every number-bearing expression of ``text`` in text order, ids ``q1``, ``q2``, ...

    :param text: the document text; offsets are indices into it
    :param sentences: its sentence boundaries, from :func:`claimledger.extract.sentences.split_sentences`
    :param country: the outlet's country (ISO 3166 alpha-2) when known; an outlet in a dollar country ("AU",
        "CA", "US", ...) makes a bare "$" its own dollar where the sentence names no dollar country
        (:mod:`~claimledger.extract.quantities_dollars`); None reads such a "$" by the document alone

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
        pos = min(pos, max(atom.end, match.start() + 1))  # "3 hundred and 2 hundred": read the rest again
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
    return resolve_dollars(text, found, bounds, country=country)

"""Dates and durations resolved against the publication date (component ``times.v1``).

Recognizers (``times_absolute``, ``times_periods``, ``times_relative``, ``times_weekdays``, ``times_anchored``,
``times_fiscal``, ``times_holidays``) each scan the whole text with patterns compiled once; overlapping finds are
settled leftmost-longest. A date without a year then follows the story's own frame where the story sets one
(``times_frame``: a 2024 account of the 2022 peace talks keeps 2022), and a find that starts with "since"
becomes a span from its start to the publication date. With no publication date, anything that
needs one keeps ``value`` ``None``: the tool never guesses a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from claimledger.extract.sentences import sentence_index
from claimledger.extract.times_absolute import find_dates
from claimledger.extract.times_anchored import find_anchored
from claimledger.extract.times_calendar import Candidate, Context, span, span_start
from claimledger.extract.times_fiscal import find_fiscal
from claimledger.extract.times_frame import reframe
from claimledger.extract.times_holidays import find_holidays
from claimledger.extract.times_periods import find_periods
from claimledger.extract.times_relative import find_relative
from claimledger.extract.times_story import find_story, offset_from, story_offset
from claimledger.extract.times_weekdays import find_weekdays
from claimledger.models import Sentence, TimeMention

NAME = "times.v1"

_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|through|-|–|—)\s*")
#: How far back (in characters) a story-relative time looks for the day it counts from.
_STORY_REACH = 600

_DATELINE_HEAD = re.compile(
    r"^\s*(?:(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*,\s*){1,3}"
    r"|(?:published|updated|posted|dated|last\s+updated)(?:\s+on)?\s*:?\s*)?$",
    re.IGNORECASE,
)
_DATELINE_TAIL = re.compile(r"^\s*(?:\(|[-–—:/|•]|\n|$|\d{1,2}[:.]\d{2}|\s\s)")


def extract_times(text: str, sentences: Sequence[Sentence], *, published: date | None) -> list[TimeMention]:
    """Every date, month, season, year, relative time and war day of ``text``, in text order.

    :param text: the document text; offsets index into it.
    :param sentences: its sentences, to number each mention and to read its tense.
    :param published: the publication date every relative expression counts from, if known.

    >>> [(t.text, t.value) for t in extract_times("Lost in October, hit on Sunday.", (), published=date(2025, 11, 3))]
    [('in October', '2025-10'), ('on Sunday', '2025-11-02')]
    """
    ctx = Context(text, tuple(sentences), published)
    chosen = _leftmost_longest(_candidates(ctx))
    chosen = reframe(ctx, _join_ranges(ctx, _with_offsets(ctx, chosen)))
    chosen = _anchor_story(ctx, chosen)
    mentions: list[TimeMention] = []
    for number, candidate in enumerate(chosen, start=1):
        final = _since(text, candidate, published)
        mentions.append(
            TimeMention(
                id=f"t{number}",
                start=final.start,
                end=final.end,
                text=text[final.start : final.end],
                value=final.value,
                precision=final.precision,
                kind=final.kind,
                sentence=sentence_index(ctx.sentences, final.start) if ctx.sentences else 0,
            )
        )
    return mentions


def _candidates(ctx: Context) -> Iterable[Candidate]:
    yield from find_anchored(ctx)
    yield from find_dates(ctx)
    yield from find_relative(ctx)
    yield from find_weekdays(ctx)
    yield from find_story(ctx)
    yield from find_periods(ctx)
    yield from find_fiscal(ctx)
    yield from find_holidays(ctx)


def _leftmost_longest(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, preferring the earliest start, then the longest, then the first recognizer."""
    ranked = sorted(
        enumerate(candidates), key=lambda item: (item[1].start, -(item[1].end - item[1].start), item[0])
    )
    chosen: list[Candidate] = []
    reach = 0
    for _, candidate in ranked:
        if candidate.start >= reach and candidate.end > candidate.start:
            chosen.append(candidate)
            reach = candidate.end
    return chosen


def _with_offsets(ctx: Context, chosen: list[Candidate]) -> list[Candidate]:
    """Grow each day into "three days after <day>" when a count of units stands right before it."""
    grown: list[Candidate] = []
    for candidate in chosen:
        offset = offset_from(ctx, candidate) if candidate.precision == "day" else None
        if offset is not None and (not grown or grown[-1].end <= offset.start):
            candidate = offset
        grown.append(candidate)
    return grown


def _join_ranges(ctx: Context, chosen: list[Candidate]) -> list[Candidate]:
    """Two days joined by "and"/"to" become one span: "between 28 April and 11 May", "from March 1 to March 3"."""
    joined: list[Candidate] = []
    for candidate in chosen:
        previous = joined[-1] if joined else None
        if previous is not None and _is_day(previous) and _is_day(candidate):
            gap = ctx.lower[previous.end : candidate.start]
            lead = ctx.lower[max(0, previous.start - 9) : previous.start]
            link = _RANGE_GAP.fullmatch(gap)
            opened = lead.endswith(("between ", "from ")) or ctx.lower.startswith("from ", previous.start)
            if link and (opened or link.group(0).strip() in ("-", "–", "—")):
                first, last = str(previous.value), str(candidate.value)
                if first < last:
                    joined[-1] = Candidate(previous.start, candidate.end, f"{first}/{last}", "day", "span")
                    continue
        joined.append(candidate)
    return joined


def _is_day(candidate: Candidate) -> bool:
    return candidate.precision == "day" and candidate.value is not None and len(candidate.value) == 10


def _anchor_story(ctx: Context, chosen: list[Candidate]) -> list[Candidate]:
    """Resolve "Three days later" and "The day before" from the last calendar day found shortly before.

    Only a written date or war day anchors (not "today"), and only counts of days and weeks are resolved: "Eight
    years later" usually counts from a year the text does not repeat.
    """
    anchored: list[Candidate] = []
    anchor: Candidate | None = None
    for candidate in chosen:
        near = anchor is not None and candidate.start - anchor.end <= _STORY_REACH
        resolved = None
        if candidate.value is None and candidate.kind == "relative" and anchor is not None and near:
            resolved = story_offset(ctx, candidate, anchor)
            candidate = resolved or candidate
        if resolved is not None or (_is_day(candidate) and candidate.kind in ("date", "war_day")):
            anchor = candidate
        anchored.append(candidate)
    return anchored


def _since(text: str, candidate: Candidate, published: date | None) -> Candidate:
    """Turn "since February 2022" into a span from its start to publication."""
    if candidate.kind == "span" or not text[candidate.start : candidate.end].lower().startswith("since"):
        return candidate
    if candidate.value is None or published is None:
        return replace(candidate, value=None, kind="span")
    first = span_start(candidate.value)
    value = span(first, published) if first <= published else None
    return replace(candidate, value=value, kind="span")


def find_dateline(text: str) -> date | None:
    """The date of a dateline at the head of ``text``; ``None`` when there is none or it has no year.

    >>> find_dateline("KYIV, 3 November 2025 - Ukraine's General Staff said")
    datetime.date(2025, 11, 3)
    >>> find_dateline("Nov 19 (Reuters) - Russia said") is None
    True
    """
    head = text[:300]
    first_line = head.split("\n\n", 1)[0] if head.strip() else head
    ctx = Context(first_line, (), None)
    for candidate in sorted(find_dates(ctx), key=lambda c: (c.start, c.start - c.end)):
        if candidate.value is None or candidate.precision != "day" or len(candidate.value) != 10:
            return None
        before, after = first_line[: candidate.start], first_line[candidate.end :]
        if _DATELINE_HEAD.match(before) and _DATELINE_TAIL.match(after):
            return date.fromisoformat(candidate.value)
        return None
    return None

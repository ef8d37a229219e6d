"""The story's own time frame: a date without a year follows the dates written just before it.

A 2024 article retelling the February-March 2022 peace talks writes "on Feb. 28", "On March 10" without a
year; read against publication they would land in 2024. The story's current time is the last day, week, month
or season found before a date (within ``_REACH`` characters), and it is one of three kinds:

- *written* with its year ("February 2022", "Feb. 24, 2022"): a year-less day moves into that year only when
  it falls inside that month (or within a week after that day) and is no news of the last two weeks;
- *story*, a date already moved: the next one follows it when moving by whole years puts it within a month
  before or three months after;
- *present*, read from publication ("on Tuesday", "last week", a year-less date left as it was): nothing moves.

A day the story already placed keeps its year when named again ("The April 15 draft"), and "by the end of the
month" is the month of the date just named in its sentence. Only the past moves (nothing into a future-tense
sentence); a bare year ("its 2014 annexation") never sets the frame, since background years interrupt most
stories, and a month moves only along a story, never on one written date ("In February last year ... Macron
said in February" is this February).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from claimledger.extract.times_calendar import Candidate, Context, safe_date, span_end, span_start
from claimledger.extract.times_words import MONTH

#: How far back (in characters) the story's current time still frames a date without a year.
_REACH = 1500
#: How far after (or before) the story's current time a date carried on in its year may fall.
_LATER = timedelta(days=92)
_EARLIER = timedelta(days=31)
#: How far after a day written with its year the next year-less date may fall to take that year (a month or
#: season written with its year takes only the dates inside it).
_NEXT = timedelta(days=7)
#: A date this close before publication is news of the day, whatever the story told before.
_RECENT = timedelta(days=14)
#: The longest time that still frames a story (a season); "since 2022" spans do not.
_FRAME_LENGTH = timedelta(days=93)
_YEAR_WRITTEN = re.compile(
    r"(?<![\d.,])\b(?:1[5-9]\d\d|20\d\d)\b|['’]\d\d\b|\b\d\d['’]|\b(?:this|next|last|past|previous)\s+year\b"
)
_MONTH_WORD = re.compile(rf"\b{MONTH}\b")
_LEAD_MODIFIER = re.compile(r"(?:since|this|last|next|past|coming|previous)\b")
_MONTH_EDGE = re.compile(r"\bthe\s+(?:very\s+)?(?:end|start|beginning|middle|close)\s+of\s+the\s+month\b")


def reframe(ctx: Context, chosen: Sequence[Candidate]) -> list[Candidate]:
    """``chosen`` with each year-less date moved into the story's year where the story sets one.

    A day the story already told in its year keeps that year when named again later ("The April 15 draft").

    :param ctx: the text and its publication date.
    :param chosen: the settled candidates, in text order.
    """
    framed: list[Candidate] = []
    frame: _Frame | None = None
    told: dict[str, str] = {}
    for candidate in chosen:
        written = ctx.lower[candidate.start : candidate.end]
        near = frame if frame is not None and candidate.start - frame.time.end <= _REACH else None
        moved = _moved(ctx, candidate, near, written, told)
        if moved is not None and moved.value is not None:
            candidate, frame = moved, _Frame(moved, "story")
            told.update((day[5:], day) for day in moved.value.split("/") if len(day) == 10)
        elif _sets_frame(candidate, written, ctx.published):
            frame = _Frame(candidate, "written" if _YEAR_WRITTEN.search(written) else "present")
        framed.append(candidate)
    return framed


def _moved(
    ctx: Context, candidate: Candidate, frame: _Frame | None, written: str, told: dict[str, str]
) -> Candidate | None:
    """``candidate`` in the story's year, or ``None`` when the publication rule's value stands."""
    published = ctx.published
    if published is None or candidate.value is None or (frame is not None and frame.kind == "present"):
        return None
    if frame is not None and (moved := _in_frame(ctx, candidate, frame, written, published)) is not None:
        return moved
    value = candidate.value
    if candidate.kind != "date" or len(value) != 10 or not _year_less(ctx, candidate, written):
        return None
    again = told.get(value[5:])
    return replace(candidate, value=again) if again is not None and again != value else None


def _year_less(ctx: Context, candidate: Candidate, written: str) -> bool:
    """Whether ``candidate`` names a month without its year, in a sentence about the past."""
    if _YEAR_WRITTEN.search(written) or _LEAD_MODIFIER.match(written) or not _MONTH_WORD.search(written):
        return False
    return not ctx.future(candidate.start)


@dataclass(frozen=True, slots=True)
class _Frame:
    """The story's current time: written with its year, carried on from one, or read from publication."""

    time: Candidate
    kind: Literal["written", "story", "present"]


def _sets_frame(candidate: Candidate, written: str, published: date | None) -> bool:
    """Whether ``candidate`` is a time short enough to be the story's current time (and not ahead of it)."""
    if candidate.value is None or candidate.precision not in ("day", "week", "month", "season"):
        return False
    if written.startswith("since") or (published is not None and span_start(candidate.value) > published):
        return False
    return span_end(candidate.value) - span_start(candidate.value) <= _FRAME_LENGTH


def _in_frame(
    ctx: Context, candidate: Candidate, frame: _Frame, written: str, published: date
) -> Candidate | None:
    """``candidate`` reframed by ``frame``, or ``None`` when it keeps its value."""
    value = candidate.value
    if (
        value is None
        or frame.time.value is None
        or candidate.kind not in ("date", "span", "month", "relative")
    ):
        return None
    if candidate.kind == "relative":
        return _month_edge(ctx, candidate, frame.time, written)
    if not _year_less(ctx, candidate, written):
        return None
    first, last = span_start(frame.time.value), span_end(frame.time.value)
    if frame.kind == "written":
        # Leaving the publication's year on the strength of one written date needs a close, later day that
        # is no recent news ("In February last year ... Macron said in February" is this February).
        if candidate.precision != "day" or span_end(value) >= published - _RECENT:
            return None
        earliest, latest = first, last + (_NEXT if frame.time.precision == "day" else timedelta(0))
    else:
        earliest, latest = first - _EARLIER, last + _LATER
    for shift in (-1, -2, -3, -4, -5, -6):
        moved = _shifted(value, shift)
        if moved is not None and span_start(moved) <= latest and span_end(moved) >= earliest:
            return replace(candidate, value=moved)
    return None


def _month_edge(ctx: Context, candidate: Candidate, frame: Candidate, written: str) -> Candidate | None:
    """The month of the date just named in the same sentence, for "by the end of the month"."""
    if not _MONTH_EDGE.search(written) or frame.value is None or not _same_sentence(ctx, frame, candidate):
        return None
    last = span_end(frame.value)
    value = f"{last.year:04d}-{last.month:02d}"
    return replace(candidate, value=value, kind="month") if value != candidate.value else None


def _same_sentence(ctx: Context, first: Candidate, second: Candidate) -> bool:
    if not ctx.sentences:
        return second.start - first.end < 200
    return not any(first.end <= start <= second.start for start in ctx.starts)


def _shifted(value: str, years: int) -> str | None:
    """A contract value moved by whole years; ``None`` when a day does not exist then (29 February).

    >>> _shifted("2024-03-13/2024-03-17", -2), _shifted("2024-03", -2), _shifted("2024-02-29", -1)
    ('2022-03-13/2022-03-17', '2022-03', None)
    """
    parts = []
    for end in value.split("/"):
        pieces = [int(p) for p in end.split("-")]
        if len(pieces) == 3:
            day = safe_date(pieces[0] + years, pieces[1], pieces[2])
            if day is None:
                return None
            parts.append(day.isoformat())
        else:
            parts.append("-".join([f"{pieces[0] + years:04d}", *(f"{p:02d}" for p in pieces[1:])]))
    return "/".join(parts)

"""What the words around a figure say about it: whose losses, who says so, which period.

The reference rules compare a figure with a series only on clear cues; these helpers read those cues from the
sentence (and, for a figure that names nothing, from the figure before it). Each returns ``None`` when the text
does not settle the question, and the rules then stay silent or say ``unverifiable``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from claimledger.models import Extraction, Quantity

Source = Literal["general_staff", "uk_mod", "other", "none"]

_SOURCE_PHRASES = re.compile(
    r"\bUkrain(?:e|ian)(?:'s|’s)?\s+(?:General Staff|military|armed forces|army|defen[cs]e ministry|"
    r"ministry of defen[cs]e|officials|authorities|government|commanders?|president)\b|"
    r"\b(?:Ukraine|Kyiv)\s+(?:says|said|claims|claimed|estimates|reported|reports)\b|"
    r"\bArmed Forces of Ukraine\b|\bMinistry of Defen[cs]e of Ukraine\b",
    re.IGNORECASE,
)
_GENERAL_STAFF = re.compile(
    r"General Staff|Ukrain(?:e|ian)(?:'s|’s)? (?:military|armed forces|army|defen[cs]e ministry)|"
    r"Armed Forces of Ukraine|Ministry of Defen[cs]e of Ukraine|Kyiv says|Ukraine says",
    re.IGNORECASE,
)
_UK_MOD = re.compile(
    r"\b(?:UK|British|Britain's|Britain’s)\s+(?:Ministry of Defen[cs]e|MoD|defen[cs]e ministry|"
    r"defen[cs]e intelligence|military intelligence|intelligence)\b|\bMinistry of Defence in London\b",
    re.IGNORECASE,
)
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|wrote|writes|claimed|claims|claim|according to|insisted|insists|"
    r"estimated|estimates|reported|reports|believes|believe|assessed|assesses|alleged|alleges|counted)\b",
    re.IGNORECASE,
)
_SIDES = (
    (
        "russia",
        re.compile(
            r"\bRussia(?:n|ns)?\b|\bRussia(?:'s|’s)|\bMoscow\b|\bKremlin\b|\boccupiers\b|\binvaders\b"
        ),
    ),
    ("ukraine", re.compile(r"\bUkrain(?:e|ian|ians)\b|\bUkraine(?:'s|’s)|\bKyiv\b", re.IGNORECASE)),
)
_BACK_REFERENCE = re.compile(
    r"\b(?:those|these|the same|that period|this period|over the month)\b", re.IGNORECASE
)
_TOTAL_WORDS = re.compile(
    r"\b(?:adds? up|added up|in total|in all|altogether|totals?|totall?ed|tall(?:y|ies)|sum)\b", re.I
)


REPORT_LAG_DAYS = 7
"""A running total ("so far this year", "since the invasion") in an article may quote a report a few days old."""


@dataclass(frozen=True, slots=True)
class Window:
    """A closed range of days a figure refers to, with the words that say so."""

    start: date
    end: date
    label: str
    open_end: bool = False
    """The window runs "to date": a total may quote any report of the :data:`REPORT_LAG_DAYS` before publication."""

    @property
    def days(self) -> int:
        """Number of days, both ends counted.

        >>> Window(date(2025, 10, 1), date(2025, 10, 31), "October").days
        31
        """
        return (self.end - self.start).days + 1


def sentence_text(extraction: Extraction, index: int) -> str:
    """The text of sentence ``index`` ('' when out of range)."""
    if 0 <= index < len(extraction.sentences):
        s = extraction.sentences[index]
        return extraction.document.text[s.start : s.end]
    return ""


def sentence_start(extraction: Extraction, index: int) -> int:
    if 0 <= index < len(extraction.sentences):
        return extraction.sentences[index].start
    return 0


def source_of(sentence: str) -> Source:
    """Who a sentence says the figure comes from: the General Staff, the UK MoD, someone else, or nobody.

    >>> source_of("Russia lost 1,000 soldiers, according to Ukraine's General Staff.")
    'general_staff'
    >>> source_of("A commentator wrote that Moscow loses 7,000 a week."), source_of("Russia lost 90 tanks.")
    ('other', 'none')
    """
    if _GENERAL_STAFF.search(sentence):
        return "general_staff"
    if _UK_MOD.search(sentence):
        return "uk_mod"
    return "other" if _ATTRIBUTION.search(sentence) else "none"


def side_of(sentence: str, offset: int) -> str | None:
    """Whose losses a figure at ``offset`` in ``sentence`` counts: the side named nearest before it, else after.

    Phrases naming a Ukrainian source ("Ukraine's General Staff said") are not a side.

    >>> side_of("Ukraine's General Staff said Russia lost 900 soldiers.", 40)
    'russia'
    >>> side_of("Ukrainian troops lost 40 tanks near Russian lines.", 22)
    'ukraine'
    """
    cleaned = _SOURCE_PHRASES.sub(lambda m: " " * len(m.group(0)), sentence)
    hits = sorted((m.start(), side) for side, pattern in _SIDES for m in pattern.finditer(cleaned))
    before = [side for start, side in hits if start < offset]
    if before:
        return before[-1]
    after = [side for start, side in hits if start >= offset]
    return after[0] if after else None


def refers_back(sentence: str) -> bool:
    """Whether a sentence restates the figures of the one before as a total ("the tallies add up to ... for those days").

    >>> refers_back("The daily tallies add up to 31,270 for those 31 days."), refers_back("Those days saw 12 raids.")
    (True, False)
    """
    return bool(_BACK_REFERENCE.search(sentence) and _TOTAL_WORDS.search(sentence))


def month_window(year: int, month: int, label: str) -> Window:
    """The days of one calendar month.

    >>> month_window(2024, 2, "February").days
    29
    """
    start = date(year, month, 1)
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return Window(start, nxt - timedelta(days=1), label)


def trailing(published: date, days: int, label: str) -> Window:
    """The ``days`` days before the publication date (a report published on day D covers days up to D - 1)."""
    end = published - timedelta(days=1)
    return Window(end - timedelta(days=days - 1), end, label)


def clause_after(text: str, q: Quantity, limit: int = 60) -> str:
    """The words after a figure up to the end of its clause."""
    tail = text[q.end : q.end + limit]
    return re.split(r"[,.;:!?()]", tail, maxsplit=1)[0]

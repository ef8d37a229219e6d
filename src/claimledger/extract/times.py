"""Dates and durations resolved against the publication date (placeholder until issue 4 lands)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from claimledger.models import Sentence, TimeMention

NAME = "times.v0"


def extract_times(text: str, sentences: Sequence[Sentence], *, published: date | None) -> list[TimeMention]:
    """Time mentions of ``text``; none yet."""
    return []


def find_dateline(text: str) -> date | None:
    """The date of a dateline at the head of ``text`` ("KYIV, 3 November 2025 -"), if any; none yet."""
    return None

"""Other sources in the ledger: the same kind of claim, side and period in other documents near the same date.

For each figure of a typed claim with a side (say, a casualty rate for Russia in October), the documents in the
ledger published within :data:`NEAR_DAYS` days are searched for claims of the same type and side, naming the same
period (the same month or year values, or none), whose figures count the same thing (same kind, rate period and
series column or noun). They are listed with their figures. Other reporting is not ground truth: the verdict is
``consistent`` when every listed figure agrees within the tolerance policy and ``unverifiable`` otherwise, never
``inconsistent``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from claimledger.check.series import column_of
from claimledger.check.tolerance import compare, interval
from claimledger.models import Check, Claim, Evidence, Extraction, Quantity, Verdict

OTHER_SOURCES = "other_sources.v1"
NEAR_DAYS = 3
MAX_LISTED = 5


class Documents(Protocol):
    """What the rule needs from a ledger: the stored extractions published in a date window that hold a claim
    of one of the given (type, side) pairs."""

    def published_between(
        self, first: date, last: date, *, about: Collection[tuple[str, str]] | None = None
    ) -> Iterator[Extraction]: ...


@dataclass(frozen=True, slots=True)
class _Figure:
    extraction: Extraction
    claim: Claim
    quantity: Quantity


def _period(extraction: Extraction, claim: Claim) -> frozenset[str]:
    times = {t.id: t for t in extraction.times}
    return frozenset(
        t.value
        for i in claim.times
        if (t := times.get(i)) and t.value and t.precision in ("month", "year", "season")
    )


def _subject(q: Quantity) -> tuple[str, str | None, str | None, str]:
    noun = column_of(q.entity) or (q.entity or "").lower().rstrip("s")
    return q.kind, q.unit, q.per, noun


def _figures(extraction: Extraction) -> Iterator[_Figure]:
    quantities = {q.id: q for q in extraction.quantities}
    for claim in extraction.claims:
        if claim.type and claim.side:
            for qid in claim.quantities:
                if qid in quantities:
                    yield _Figure(extraction, claim, quantities[qid])


def _near(
    documents: Documents, extraction: Extraction, published: date, about: set[tuple[str, str]]
) -> list[Extraction]:
    window = timedelta(days=NEAR_DAYS)
    return [
        other
        for other in documents.published_between(published - window, published + window, about=about)
        if other.document.id != extraction.document.id
    ]


def other_sources(extraction: Extraction, documents: Documents) -> list[Check]:
    """List the same claim's figures from other documents of the ledger published near the same date."""
    published = extraction.document.published
    if published is None:
        return []
    mine = list(_figures(extraction))
    if not mine:
        return []
    about = {(f.claim.type, f.claim.side) for f in mine if f.claim.type and f.claim.side}
    theirs = [f for other in _near(documents, extraction, published, about) for f in _figures(other)]
    checks = []
    for figure in mine:
        matches = [f for f in theirs if _same(figure, f)]
        if matches:
            checks.append(_listing(figure, matches[:MAX_LISTED]))
    return checks


def _same(a: _Figure, b: _Figure) -> bool:
    return (
        a.claim.type == b.claim.type
        and a.claim.side == b.claim.side
        and _subject(a.quantity) == _subject(b.quantity)
        and _period(a.extraction, a.claim) == _period(b.extraction, b.claim)
    )


def _listing(figure: _Figure, matches: Iterable[_Figure]) -> Check:
    listed = list(matches)
    stated = interval(figure.quantity)
    agree = all(compare(stated, interval(m.quantity)) == "consistent" for m in listed)
    names = "; ".join(
        f"{m.extraction.document.source} ({m.extraction.document.published}): '{m.quantity.text}'"
        for m in listed
    )
    joined = "all agree with" if agree else "not all agree with"
    explanation = f"other sources near the same date {joined} '{figure.quantity.text}': {names}"
    evidence = tuple(
        Evidence(
            f"ledger/{m.extraction.document.id[:12]}",
            m.extraction.document.id,
            m.quantity.text,
            str(m.extraction.document.published),
            str(m.extraction.document.published),
        )
        for m in listed
    )
    verdict: Verdict = "consistent" if agree else "unverifiable"
    return Check("", OTHER_SOURCES, (figure.quantity.id,), figure.claim.times, verdict, explanation, evidence)

"""The hand-built verdict set (tests/checks/*.json), end to end: extract, check, compare with the expected verdicts.

Measure (issue 7): verdict accuracy of 0.90 or more, and no confident wrong verdict (consistent for inconsistent or
the reverse) on a claim whose truth the data settles. A claim the tool leaves without a check of the expected rule
counts as ``unverifiable``. The pass rate and every miss are printed (run with ``-s``).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from claimledger.check import check
from claimledger.extract import extract
from claimledger.ingest.documents import make_document
from claimledger.models import Check, Extraction

CHECKS = Path(__file__).resolve().parent / "checks"
MIN_ACCURACY = 0.90


@dataclass(frozen=True)
class Outcome:
    id: str
    rule: str
    expected: str
    found: str
    explanation: str

    @property
    def confidently_wrong(self) -> bool:
        return {self.expected, self.found} == {"consistent", "inconsistent"}


def _claims(name: str) -> list[dict[str, Any]]:
    claims: list[dict[str, Any]] = json.loads((CHECKS / name).read_text(encoding="utf-8"))["claims"]
    return claims


def _verdict(checks: list[Check]) -> tuple[str, str]:
    if not checks:
        return "unverifiable", "no check of this rule"
    verdicts = {k.verdict for k in checks}
    found = checks[0].verdict if len(verdicts) == 1 else "unverifiable"
    return found, " | ".join(k.explanation for k in checks)


def _written(claim: dict[str, Any]) -> Outcome:
    published = date.fromisoformat(claim["published"]) if claim["published"] else None
    extraction = check(extract(claim["text"], published=published))
    texts = {q.id: q.text for q in extraction.quantities}
    figure = claim["figure"]
    found = [
        k
        for k in extraction.checks
        if k.rule == claim["rule"] and (figure is None or any(figure in texts[i] for i in k.quantities))
    ]
    verdict, why = _verdict(found)
    return Outcome(claim["id"], claim["rule"], claim["verdict"], verdict, why)


@functools.cache
def _article(article_id: str, records_path: str) -> Extraction:
    with open(records_path, encoding="utf-8") as handle:
        record = next(r for r in map(json.loads, handle) if r["id"] == article_id)
    published = date.fromisoformat(record["published"][:10])
    document = make_document(
        record["text"], origin=article_id, published=published, published_from="metadata"
    )
    return check(extract(document))


def _corpus(claim: dict[str, Any], records_path: Path) -> Outcome:
    extraction = _article(claim["corpus"], str(records_path))
    spans = {q.id: (q.start, q.end) for q in extraction.quantities}
    start, end = claim["start"], claim["end"]
    found = [
        k
        for k in extraction.checks
        if k.rule == claim["rule"]
        and k.quantities
        and spans[k.quantities[0]][0] < end
        and spans[k.quantities[0]][1] > start
    ]
    verdict, why = _verdict(found)
    return Outcome(claim["id"], claim["rule"], claim["verdict"], verdict, why)


def test_the_set_is_big_enough_and_well_formed() -> None:
    claims = _claims("written.json") + _claims("corpus.json")
    assert len(claims) >= 80
    assert len({c["id"] for c in claims}) == len(claims)
    for claim in claims:
        assert claim["verdict"] in ("consistent", "inconsistent", "unverifiable")
        assert claim["rule"].rsplit(".", 1)[1].startswith("v") and claim["truth"]
        assert "text" not in claim or "corpus" not in claim  # corpus claims are offsets, never copied text


def _report(outcomes: list[Outcome]) -> tuple[float, list[Outcome]]:
    right = [o for o in outcomes if o.found == o.expected]
    accuracy = len(right) / len(outcomes)
    print(f"\nverdict accuracy {len(right)}/{len(outcomes)} = {accuracy:.3f}")
    by_rule: dict[str, list[int]] = {}
    for o in outcomes:
        tally = by_rule.setdefault(o.rule, [0, 0])
        tally[0] += o.found == o.expected
        tally[1] += 1
    for rule, (good, total) in sorted(by_rule.items()):
        print(f"  {rule:28} {good}/{total}")
    for o in outcomes:
        if o.found != o.expected:
            print(f"  miss {o.id}: expected {o.expected}, got {o.found} ({o.explanation})")
    return accuracy, [o for o in outcomes if o.confidently_wrong]


def test_written_and_corpus_claims(corpus_path: Path) -> None:
    outcomes = [_written(c) for c in _claims("written.json")]
    outcomes += [_corpus(c, corpus_path) for c in _claims("corpus.json")]
    accuracy, wrong = _report(outcomes)
    assert not wrong, [(o.id, o.expected, o.found, o.explanation) for o in wrong]
    assert accuracy >= MIN_ACCURACY


@pytest.mark.parametrize("claim", _claims("written.json"), ids=lambda c: c["id"])
def test_no_written_claim_is_confidently_wrong(claim: dict[str, Any]) -> None:
    outcome = _written(claim)
    assert not outcome.confidently_wrong, outcome.explanation

"""The ledger: migrations, one transaction per document, idempotent adds, a faithful round trip."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from claimledger import Ledger, check, extract
from claimledger.errors import LedgerError
from claimledger.extract.serialize import to_contract
from claimledger.ledger import tables
from claimledger.models import Check, Evidence, Extraction

TEXT = (
    "KYIV, 3 November 2025 - Ukraine's General Staff said Russia lost about 1,090 soldiers a day in October, "
    "or roughly 33,800 over the month. Near Kupiansk, 12 to 15 armoured vehicles were destroyed on Sunday."
)


@pytest.fixture
def extraction() -> Extraction:
    return check(extract(TEXT, published=date(2025, 11, 3)))


def test_migrations_match_the_tables(ledger_url: str) -> None:
    ledger = Ledger(ledger_url)
    with ledger.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), tables.metadata)
    ledger.close()
    assert diff == []


def test_add_is_idempotent_and_round_trips(ledger_url: str, extraction: Extraction) -> None:
    with Ledger(ledger_url) as ledger:
        run = ledger.start_run("test", extraction.components, {"anchors": "1"})
        assert ledger.add(extraction, run_id=run) is True
        assert ledger.add(extraction, run_id=run) is False
        assert ledger.count() == 1
        loaded = ledger.load(extraction.document.id)
    assert to_contract(loaded) == to_contract(extraction)


def test_reopening_keeps_documents(ledger_url: str, extraction: Extraction) -> None:
    with Ledger(ledger_url) as ledger:
        ledger.add(extraction, run_id=ledger.start_run("test", {}, {}))
    with Ledger(ledger_url) as again:
        assert again.count() == 1
        assert again.resolve(extraction.document.id[:10]) == extraction.document.id


def test_a_failing_write_leaves_no_half_document(ledger_url: str, extraction: Extraction) -> None:
    duplicate = extraction.quantities[0]
    broken = replace(extraction, quantities=(*extraction.quantities, duplicate))  # same key twice: must fail
    with Ledger(ledger_url) as ledger:
        run = ledger.start_run("test", {}, {})
        with pytest.raises(Exception, match=r"(?i)unique|duplicate"):
            ledger.add(broken, run_id=run)
        assert ledger.count() == 0
        with ledger.engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(tables.quantities)).scalar_one() == 0


def test_evidence_keeps_exact_numbers(ledger_url: str, extraction: Extraction) -> None:
    evidence = Evidence(
        "gs_losses/personnel",
        "abc123",
        value=Decimal("1008.71"),
        from_="2025-10-01",
        to="2025-10-31",
    )
    with_check = replace(
        extraction, checks=(Check("k1", "x.v1", ("q1",), (), "consistent", "why", (evidence,)),)
    )
    with Ledger(ledger_url) as ledger:
        ledger.add(with_check, run_id=ledger.start_run("test", {}, {}))
        assert ledger.load(extraction.document.id).checks[0].evidence == (evidence,)


def test_unknown_prefix_says_what_to_do(ledger_url: str) -> None:
    with Ledger(ledger_url) as ledger, pytest.raises(LedgerError, match="claimledger ls"):
        ledger.resolve("ffff")


def test_bad_url_is_a_ledger_error() -> None:
    with pytest.raises(LedgerError, match="cannot open ledger"):
        Ledger("nosuchdialect://x")


def test_duration_links_are_found_and_kept(ledger_url: str) -> None:
    text = (
        "The war has gone on for 1,000 days since 24 February 2022, officials said. "
        "Kyiv marked 500 days on 8 July 2023 with a ceremony."
    )
    extraction = check(extract(text, published=date(2024, 11, 19)))
    assert extraction.duration_links, "a duration followed by 'since <date>' is linked to that date"
    quantities = {q.id: q for q in extraction.quantities}
    times = {t.id: t for t in extraction.times}
    links = {
        (quantities[k.quantity].text, times[k.time].value, k.relation) for k in extraction.duration_links
    }
    assert links == {("1,000 days", "2022-02-24/2024-11-19", "from"), ("500 days", "2023-07-08", "to")}
    with Ledger(ledger_url) as ledger:
        ledger.add(extraction, run_id=ledger.start_run("test", {}, {}))
        assert ledger.load(extraction.document.id).duration_links == extraction.duration_links


def test_published_between_finds_documents_by_date_and_claim(ledger_url: str, extraction: Extraction) -> None:
    pairs = {(c.type, c.side) for c in extraction.claims if c.type and c.side}
    assert pairs, "the fixture should hold a typed claim with a side"
    window = (date(2025, 11, 1), date(2025, 11, 5))
    with Ledger(ledger_url) as ledger:
        ledger.add(extraction, run_id=ledger.start_run("test", {}, {}))
        ids = [e.document.id for e in ledger.published_between(*window)]
        assert ids == [extraction.document.id]
        assert [e.document.id for e in ledger.published_between(*window, about=pairs)] == ids
        assert list(ledger.published_between(*window, about={("money_aid", "other")})) == []
        assert list(ledger.published_between(*window, about=set())) == []
        assert list(ledger.published_between(date(2025, 11, 4), date(2025, 11, 9), about=pairs)) == []


def test_a_claim_correction_keeps_the_machine_value_and_the_newest_counts(
    ledger_url: str, extraction: Extraction
) -> None:
    claim = extraction.claims[0]
    side = "civilian" if claim.side != "civilian" else "other"
    kind = "ratio" if claim.type != "ratio" else "other"
    with Ledger(ledger_url) as ledger:
        ledger.add(extraction, run_id=ledger.start_run("test", {}, {}))
        doc = extraction.document.id
        # a value equal to what the claim already says is no correction
        assert ledger.correct_claim(doc, claim.id, {"side": claim.side or "none"}) == []
        assert ledger.correct_claim(doc, claim.id, {"side": side.title(), "type": kind}, reviewer="ana") == [
            "side",
            "type",
        ]
        assert ledger.correct_claim(doc, claim.id, {"side": "none"}, note="the war's length") == ["side"]
        fixed = ledger.claim_corrections(doc)[claim.id]
        assert (fixed["side"].value, fixed["side"].machine, fixed["side"].note) == (
            "none",
            claim.side or "none",
            "the war's length",
        )
        assert (fixed["type"].value, fixed["type"].reviewer) == (kind, "ana")
        # the stored extraction itself is untouched: corrections sit beside it
        assert ledger.load(doc).claims[0] == claim


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"side": "belarus"}, "'belarus' is no side: use one of russia, ukraine, civilian, other, none"),
        ({"colour": "red"}, "cannot correct 'colour'"),
        ({"opinion": "maybe"}, "use one of true, false"),
    ],
)
def test_a_wrong_correction_says_what_is_allowed(
    ledger_url: str, extraction: Extraction, values: dict[str, str], message: str
) -> None:
    with Ledger(ledger_url) as ledger:
        ledger.add(extraction, run_id=ledger.start_run("test", {}, {}))
        with pytest.raises(LedgerError, match=message):
            ledger.correct_claim(extraction.document.id, extraction.claims[0].id, values)
        with pytest.raises(LedgerError, match="no claim 'c99'"):
            ledger.correct_claim(extraction.document.id, "c99", {"side": "russia"})
        assert ledger.claim_corrections(extraction.document.id) == {}

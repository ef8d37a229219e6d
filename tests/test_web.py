"""The review app: pages render, search finds, reviews are stored, pictures are drawn from the ledger."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from claimledger.ledger import Ledger
from claimledger.pipeline import add_to_ledger
from claimledger.web.app import create_app
from claimledger.web.pictures import MapPoint, map_svg, timeline_svg

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "frontline-report.txt"


@pytest.fixture
def client(db_url: str) -> TestClient:
    with Ledger(db_url) as ledger:
        list(add_to_ledger([EXAMPLE], ledger, command="test"))
    return TestClient(create_app(db_url))


def _doc_id(client: TestClient) -> str:
    documents = client.get("/api/documents").json()
    assert len(documents) == 1
    return str(documents[0]["id"])


def test_index_lists_documents(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "frontline-report.txt" in page.text


def test_search(client: TestClient) -> None:
    assert "frontline-report.txt" in client.get("/", params={"q": "kupiansk"}).text
    assert "frontline-report.txt" not in client.get("/", params={"q": "no such words anywhere"}).text


def test_document_page_marks_spans_and_verdicts(client: TestClient) -> None:
    doc_id = _doc_id(client)
    page = client.get(f"/documents/{doc_id[:8]}")
    assert page.status_code == 200
    assert '<mark class="quantity"' in page.text
    assert "inconsistent" in page.text
    assert "side from: on the figure" in page.text  # what decided a side, for the reviewer to weigh
    assert client.get("/documents/ffffffff").status_code == 404


def test_review_is_recorded(client: TestClient, db_url: str) -> None:
    doc_id = _doc_id(client)
    contract = client.get(f"/api/documents/{doc_id}").json()
    check_id = contract["checks"][0]["id"]
    response = client.post(
        f"/documents/{doc_id}/checks/{check_id}/review",
        data={"status": "disagree", "note": "period is wrong", "reviewer": "ana"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    with Ledger(db_url) as ledger:
        review = ledger.reviews(doc_id)[check_id]
    assert (review.status, review.note, review.reviewer) == ("disagree", "period is wrong", "ana")
    assert "period is wrong" in client.get(f"/documents/{doc_id}").text
    bad = client.post(f"/documents/{doc_id}/checks/{check_id}/review", data={"status": "maybe"})
    assert bad.status_code == 422
    missing = client.post(f"/documents/{doc_id}/checks/k999/review", data={"status": "agree"})
    assert missing.status_code == 404


def test_map_and_timeline_pages(client: TestClient) -> None:
    assert "<svg" in client.get("/map").text
    assert "<svg" in client.get("/timeline").text


def test_map_draws_points_inside_the_frame_only() -> None:
    svg, outside = map_svg(
        [MapPoint(49.71, 37.62, "Kupiansk", "/d/1"), MapPoint(55.75, 37.62, "Moscow", "/d/2")]
    )
    assert svg.count('class="place"') == 1 and outside == 1
    assert "Kupiansk (1 mention)" in svg


def test_timeline_stacks_verdicts_by_month() -> None:
    svg = timeline_svg([("2025-10", "consistent"), ("2025-10", "inconsistent"), ("2025-11", "consistent")])
    assert svg.count("<rect") == 3
    assert "2025-10: 1 inconsistent" in svg


def test_a_claim_correction_is_recorded_and_shown(client: TestClient) -> None:
    doc_id = _doc_id(client)
    claim = client.get(f"/api/documents/{doc_id}").json()["claims"][0]
    wanted = "civilian" if claim["side"] != "civilian" else "other"
    response = client.post(
        f"/documents/{doc_id}/claims/{claim['id']}/correct",
        data={"side": wanted, "type": "", "reviewer": "ana"},
        follow_redirects=False,
    )
    assert response.status_code == 303
    page = client.get(f"/documents/{doc_id}").text
    assert f"<strong>{wanted}</strong> <small>corrected by ana; machine: {claim['side'] or 'none'}" in page
    # the contract output is the machine's: corrections sit beside it
    assert client.get(f"/api/documents/{doc_id}").json()["claims"][0]["side"] == claim["side"]


@pytest.mark.parametrize(("claim_id", "side", "status"), [("c1", "atlantis", 422), ("c999", "russia", 404)])
def test_a_bad_claim_correction_is_refused(client: TestClient, claim_id: str, side: str, status: int) -> None:
    doc_id = _doc_id(client)
    response = client.post(f"/documents/{doc_id}/claims/{claim_id}/correct", data={"side": side})
    assert response.status_code == status

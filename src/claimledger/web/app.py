"""The review app: browse, search, map and timeline over a ledger, record reviews of verdicts and corrections
of claims.

Run it with ``claimledger serve``. Everything it shows is rendered on the server (pictures as SVG), so it works
with no network and no JavaScript.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import select

from claimledger.errors import LedgerError
from claimledger.extract.serialize import to_contract
from claimledger.ledger import Ledger, corrections, tables
from claimledger.ledger.store import REVIEW_STATUSES, ReviewStatus
from claimledger.web.highlight import highlighted
from claimledger.web.pictures import VERDICT_COLOURS, MapPoint, map_svg, timeline_svg

HERE = Path(__file__).resolve().parent


def create_app(url: str | None = None) -> FastAPI:
    """A FastAPI app over the ledger at ``url`` (default: $CLAIMLEDGER_DB or ./claimledger.db)."""
    ledger = Ledger(url)
    app = FastAPI(title="claimledger", summary="Review numeric claims and their verdicts")
    templates = Jinja2Templates(directory=HERE / "templates")
    templates.env.globals["colours"] = VERDICT_COLOURS
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"ledger_url": ledger.url, **context})

    def load(doc_id: str) -> Any:
        try:
            return ledger.load(ledger.resolve(doc_id))
        except LedgerError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request, q: str = "", limit: int = 200) -> HTMLResponse:
        rows = ledger.search(q, limit=limit) if q else ledger.summaries(limit=limit)
        return page(request, "index.html", rows=rows, q=q, total=ledger.count())

    @app.get("/documents/{doc_id}", response_class=HTMLResponse)
    def document(request: Request, doc_id: str) -> HTMLResponse:
        extraction = load(doc_id)
        text = extraction.document.text
        claims = [(c, text[c.start : c.end]) for c in extraction.claims]
        return page(
            request,
            "document.html",
            e=extraction,
            body=highlighted(extraction),
            claims=claims,
            reviews=ledger.reviews(extraction.document.id),
            statuses=REVIEW_STATUSES,
            corrections=ledger.claim_corrections(extraction.document.id),
            values=corrections.VALUES,
        )

    @app.post("/documents/{doc_id}/checks/{check_id}/review")
    def review(
        doc_id: str,
        check_id: str,
        status: Annotated[str, Form()],
        note: Annotated[str, Form()] = "",
        reviewer: Annotated[str, Form()] = "",
    ) -> Response:
        if status not in REVIEW_STATUSES:
            raise HTTPException(status_code=422, detail=f"status must be one of {', '.join(REVIEW_STATUSES)}")
        full = load(doc_id).document.id
        try:
            ledger.review(full, check_id, _status(status), note=note or None, reviewer=reviewer or None)
        except LedgerError as exc:
            raise HTTPException(status_code=404, detail=str(exc)) from exc
        return RedirectResponse(f"/documents/{full}#{check_id}", status_code=303)

    @app.post("/documents/{doc_id}/claims/{claim_id}/correct")
    def correct(
        doc_id: str,
        claim_id: str,
        side: Annotated[str, Form()] = "",
        claim_type: Annotated[str, Form(alias="type")] = "",
        source_kind: Annotated[str, Form()] = "",
        note: Annotated[str, Form()] = "",
        reviewer: Annotated[str, Form()] = "",
    ) -> Response:
        extraction = load(doc_id)
        full = extraction.document.id
        if all(c.id != claim_id for c in extraction.claims):
            raise HTTPException(status_code=404, detail=f"no claim {claim_id!r} in document {full[:12]}")
        given = {"side": side, "type": claim_type, "source_kind": source_kind}
        try:
            corrections.record(
                ledger.engine,
                extraction,
                claim_id,
                {field: value for field, value in given.items() if value},
                note=note or None,
                reviewer=reviewer or None,
            )
        except LedgerError as exc:  # a value the field cannot take
            raise HTTPException(status_code=422, detail=str(exc)) from exc
        return RedirectResponse(f"/documents/{full}#{claim_id}", status_code=303)

    @app.get("/map", response_class=HTMLResponse)
    def place_map(request: Request) -> HTMLResponse:
        p, d = tables.places, tables.documents
        query = select(p.c.lat, p.c.lon, p.c.name, p.c.document_id).where(
            p.c.lat.is_not(None), p.c.lon.is_not(None)
        )
        with ledger.engine.connect() as connection:
            points = [
                MapPoint(lat, lon, name, f"/documents/{doc_id}")
                for lat, lon, name, doc_id in connection.execute(query)
            ]
            documents = connection.execute(select(d.c.id).limit(1)).first() is not None
        svg, outside = map_svg(points)
        return page(request, "map.html", svg=svg, outside=outside, count=len(points), documents=documents)

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline(request: Request) -> HTMLResponse:
        d, k = tables.documents, tables.checks
        query = (
            select(d.c.published, k.c.verdict)
            .join(k, k.c.document_id == d.c.id)
            .where(d.c.published.is_not(None))
        )
        with ledger.engine.connect() as connection:
            rows = [(published.isoformat()[:7], verdict) for published, verdict in connection.execute(query)]
        return page(request, "timeline.html", svg=timeline_svg(rows), count=len(rows))

    @app.get("/api/documents")
    def api_documents(q: str = "", limit: int = 200) -> JSONResponse:
        rows = ledger.search(q, limit=limit) if q else ledger.summaries(limit=limit)
        return JSONResponse([asdict(row) for row in rows])

    @app.get("/api/documents/{doc_id}")
    def api_document(doc_id: str) -> JSONResponse:
        return JSONResponse(to_contract(load(doc_id)))

    return app


def _status(value: str) -> ReviewStatus:
    for status in REVIEW_STATUSES:
        if status == value:
            return status
    raise ValueError(value)

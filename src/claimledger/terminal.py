"""Rendering for the terminal (rich): reports, tables and run summaries. Presentation only, no logic."""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from claimledger.ledger import DocumentSummary
from claimledger.models import Check, Claim, Extraction
from claimledger.pipeline import Summary

VERDICT_STYLE = {"consistent": "green", "inconsistent": "bold red", "unverifiable": "yellow"}


def _snippet(text: str, limit: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def _verdict_text(checks: Sequence[Check]) -> Text:
    if not checks:
        return Text("not checked", style="dim")
    text = Text()
    for n, k in enumerate(checks):
        if n:
            text.append("\n")
        text.append(k.verdict, style=VERDICT_STYLE[k.verdict])
    return text


def _published(extraction: Extraction) -> str:
    doc = extraction.document
    if doc.published is None:
        return "publication date unknown (checks that need it say unverifiable)"
    return f"published {doc.published.isoformat()} (from {doc.published_from})"


def _claim_checks(extraction: Extraction, claim: Claim) -> list[Check]:
    ids = set(claim.quantities) | set(claim.times)
    return [k for k in extraction.checks if ids & (set(k.quantities) | set(k.times))]


def report(extraction: Extraction) -> Panel:
    """Claims with their values, who says them, verdicts and the working."""
    doc = extraction.document
    table = Table(show_lines=True, expand=True)
    table.add_column("claim", ratio=5)
    table.add_column("value", ratio=3)
    table.add_column("who says it", ratio=2)
    table.add_column("verdict", ratio=2)
    table.add_column("why", ratio=5)
    quantities = {q.id: q for q in extraction.quantities}
    shown: set[str] = set()
    for claim in extraction.claims:
        checks = _claim_checks(extraction, claim)
        shown.update(k.id for k in checks)
        values = "\n".join(quantities[q].text for q in claim.quantities if q in quantities)
        table.add_row(
            Text.assemble((f"{claim.id} ", "dim"), _snippet(doc.text[claim.start : claim.end])),
            values,
            f"{claim.source.name} ({claim.source.kind})",
            _verdict_text(checks),
            "\n".join(f"{k.rule}: {k.explanation}" for k in checks),
        )
    times = {t.id: t for t in extraction.times}
    for k in extraction.checks:
        if k.id not in shown:
            where = times[k.times[0]] if k.times and k.times[0] in times else None
            table.add_row(
                where.text if where else "",
                "",
                "author (author)",
                _verdict_text([k]),
                f"{k.rule}: {k.explanation}",
            )
    counts = {v: sum(1 for k in extraction.checks if k.verdict == v) for v in VERDICT_STYLE}
    title = doc.title or doc.source
    heading = Text.assemble(
        (title, "bold"),
        f"\n{doc.id[:12]} · {_published(extraction)} · {len(extraction.quantities)} quantities · "
        f"{len(extraction.claims)} claims · ",
        *[(f"{n} {v} ", VERDICT_STYLE[v]) for v, n in counts.items()],
    )
    return Panel(Group(heading, table), title="claimledger check", title_align="left")


def extraction_table(extraction: Extraction) -> Table:
    """The quantities, times and places of one document, for ``extract --format table``."""
    table = Table(title=extraction.document.source, expand=True)
    for name in ("id", "text", "value", "details", "sentence"):
        table.add_column(name)
    for q in extraction.quantities:
        value = str(q.low) if q.low == q.high else f"{q.low}–{q.high}"
        details = ", ".join(
            f"{k}={v}"
            for k, v in (("approx", q.approx), ("unit", q.unit), ("entity", q.entity), ("per", q.per))
            if v
        )
        table.add_row(q.id, q.text, value, f"{q.kind} {details}".strip(), str(q.sentence))
    for t in extraction.times:
        table.add_row(t.id, t.text, t.value or "unresolved", f"{t.kind}, {t.precision}", str(t.sentence))
    quantities = {q.id: q for q in extraction.quantities}
    times = {t.id: t for t in extraction.times}
    for link in extraction.duration_links:
        span = f"{quantities[link.quantity].text} → {times[link.time].text}"
        table.add_row(
            f"{link.quantity}→{link.time}", span, times[link.time].value or "", f"counts {link.relation}", ""
        )
    for p in extraction.places:
        where = f"{p.lat:.3f}, {p.lon:.3f}" if p.lat is not None and p.lon is not None else "unresolved"
        table.add_row(p.id, p.text, where, f"{p.name}, {p.admin1 or ''} {p.country or ''}", str(p.sentence))
    return table


def document_list(rows: Sequence[DocumentSummary]) -> Table:
    table = Table(expand=True)
    for name in ("id", "source", "title", "published", "quantities", "claims", "verdicts"):
        table.add_column(name)
    for row in rows:
        verdicts = Text(" ").join(
            Text(f"{row.verdicts[v]} {v}", style=style)
            for v, style in VERDICT_STYLE.items()
            if row.verdicts.get(v)
        )
        table.add_row(
            row.id[:12],
            row.source,
            row.title or "",
            row.published or "",
            str(row.quantities),
            str(row.claims),
            verdicts,
        )
    return table


def summary(console: Console, result: Summary) -> None:
    """The closing lines of a multi-document run: counts, then each failure with its cause."""
    labels = {"added": "added", "present": "already present", "extracted": "extracted", "failed": "failed"}
    parts = [f"{result.counts[status]} {label}" for status, label in labels.items() if result.counts[status]]
    console.print(Text("summary: " + (", ".join(parts) or "nothing to do"), style="bold"))
    for failure in result.failures:
        console.print(Text(f"failed: {failure.origin}: {failure.cause}", style="red"))

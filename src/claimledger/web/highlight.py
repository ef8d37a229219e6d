"""Document text as HTML with every extracted span marked, for review."""

from __future__ import annotations

from html import escape

from markupsafe import Markup

from claimledger.models import Extraction


def highlighted(extraction: Extraction) -> Markup:
    """The text with quantities, times and places wrapped in ``<mark>`` (overlaps: the earlier, longer wins).

    >>> from claimledger.models import Document, Quantity
    >>> from decimal import Decimal
    >>> doc = Document(id="x", text="Lost 5 <tanks>", source="s")
    >>> q = Quantity("q1", 5, 6, "5", Decimal(5), Decimal(5))
    >>> str(highlighted(Extraction(document=doc, quantities=(q,))))
    'Lost <mark class="quantity" id="q1" title="q1: 5">5</mark> &lt;tanks&gt;'
    """
    text = extraction.document.text
    spans: list[tuple[int, int, str, str, str]] = []
    for q in extraction.quantities:
        value = f"{q.low}" if q.low == q.high else f"{q.low}–{q.high}"
        details = " ".join(
            f"{k}={v}" for k, v in (("approx", q.approx), ("unit", q.unit), ("per", q.per)) if v
        )
        spans.append((q.start, q.end, "quantity", q.id, f"{q.id}: {value} {details}".strip()))
    for t in extraction.times:
        spans.append((t.start, t.end, "time", t.id, f"{t.id}: {t.value or 'unresolved'}"))
    for p in extraction.places:
        spans.append(
            (p.start, p.end, "place", p.id, f"{p.id}: {p.name}, {p.admin1 or ''} {p.country or ''}".strip())
        )
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    parts: list[str] = []
    position = 0
    for start, end, kind, ident, title in spans:
        if start < position:
            continue
        parts.append(escape(text[position:start]))
        parts.append(
            f'<mark class="{kind}" id="{ident}" title="{escape(title)}">{escape(text[start:end])}</mark>'
        )
        position = end
    parts.append(escape(text[position:]))
    return Markup("".join(parts))

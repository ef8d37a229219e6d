"""Publishing formats over stored extractions: CSV rows, contract JSON, GeoJSON and ClaimReview JSON-LD."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from claimledger.extract.serialize import to_contract
from claimledger.models import Extraction

CSV_COLUMNS = (
    "document_id", "source", "published", "quantity_id", "text", "low", "high", "approx", "unit", "entity",
    "per", "kind", "claim_id", "claim_source", "claim_source_kind", "side", "type", "verdicts", "rules",
)  # fmt: skip

# ClaimReview's numeric rating: 1 = false ... 5 = true; "unverifiable" gets no number, only its name.
_RATING = {"inconsistent": 1, "consistent": 5}


def csv_rows(extraction: Extraction) -> Iterator[dict[str, Any]]:
    """One row per quantity, with its claim and the verdicts of the checks that use it."""
    contract = to_contract(extraction)
    doc = contract["document"]
    claims = {q: c for c in contract["claims"] for q in c["quantities"]}
    for q in contract["quantities"]:
        claim = claims.get(q["id"], {})
        source = claim.get("source", {})
        checks = [k for k in contract["checks"] if q["id"] in k["quantities"]]
        yield {
            "document_id": doc["id"], "source": doc["source"], "published": doc["published"],
            "quantity_id": q["id"], "text": q["text"], "low": q["low"], "high": q["high"], "approx": q["approx"],
            "unit": q["unit"], "entity": q["entity"], "per": q["per"], "kind": q["kind"],
            "claim_id": claim.get("id"), "claim_source": source.get("name"), "claim_source_kind": source.get("kind"),
            "side": claim.get("side"), "type": claim.get("type"),
            "verdicts": ";".join(k["verdict"] for k in checks), "rules": ";".join(k["rule"] for k in checks),
        }  # fmt: skip


def geojson(extractions: Iterable[Extraction]) -> dict[str, Any]:
    """A FeatureCollection: one point per resolved place mention, with the claims made in its sentence."""
    features: list[dict[str, Any]] = []
    for extraction in extractions:
        doc = extraction.document
        for place in extraction.places:
            if place.lat is None or place.lon is None:
                continue
            claims = [c for c in extraction.claims if place.id in c.places]
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                    "properties": {
                        "document_id": doc.id,
                        "source": doc.source,
                        "published": doc.published.isoformat() if doc.published else None,
                        "mention": place.text,
                        "name": place.name,
                        "geonames_id": place.geonames_id,
                        "admin1": place.admin1,
                        "precision": place.precision,
                        "confidence": place.confidence,
                        "claims": [doc.text[c.start : c.end] for c in claims],
                    },
                }
            )
    return {"type": "FeatureCollection", "features": features}


def claim_reviews(extraction: Extraction, *, publisher: str = "claimledger") -> Iterator[dict[str, Any]]:
    """schema.org ClaimReview objects, one per check, naming the claim, the verdict and the rule's working."""
    doc = extraction.document
    quantities = {q.id: q for q in extraction.quantities}
    for check in extraction.checks:
        claimed = [quantities[q] for q in check.quantities if q in quantities]
        claim = next((c for c in extraction.claims if set(check.quantities) & set(c.quantities)), None)
        text = doc.text[claim.start : claim.end] if claim else " / ".join(q.text for q in claimed)
        rating: dict[str, Any] = {"@type": "Rating", "alternateName": check.verdict}
        if check.verdict in _RATING:
            rating.update(ratingValue=_RATING[check.verdict], bestRating=5, worstRating=1)
        yield {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": text,
            "reviewBody": check.explanation,
            "reviewRating": rating,
            "author": {"@type": "Organization", "name": publisher},
            "itemReviewed": {
                "@type": "Claim",
                "author": {
                    "@type": "Person" if claim and claim.source.kind == "official" else "Organization",
                    "name": claim.source.name if claim else doc.source,
                },
                "datePublished": doc.published.isoformat() if doc.published else None,
                "appearance": {"@type": "CreativeWork", "url": doc.url, "name": doc.title or doc.source},
            },
            "identifier": f"{doc.id}#{check.id}",
            "additionalProperty": {"@type": "PropertyValue", "name": "rule", "value": check.rule},
        }

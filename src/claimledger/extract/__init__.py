"""Extract: quantities, times, places and claims from a document, each by a named, versioned component."""

from __future__ import annotations

from datetime import date

from claimledger.extract import claims, places, quantities, sentences, times
from claimledger.extract.times_durations import link_durations
from claimledger.ingest.documents import make_document
from claimledger.models import Document, DurationLink, Extraction

__all__ = ["components", "extract"]


def components() -> dict[str, str]:
    """Names and versions of the extraction components, stored with every run."""
    return {
        "sentences": sentences.NAME,
        "quantities": quantities.NAME,
        "times": times.NAME,
        "places": places.NAME,
        "claims": claims.NAME,
    }


def extract(document: Document | str, *, published: date | None = None) -> Extraction:
    """Extract every quantity, time, place and claim of ``document`` (checks come from :func:`claimledger.check`).

    :param document: a Document, or plain English text
    :param published: publication date for plain text, against which relative times are resolved
    """
    if isinstance(document, str):
        document = make_document(
            document, origin="<text>", published=published, published_from="user" if published else None
        )
    text = document.text
    sents = sentences.split_sentences(text)
    found_quantities = tuple(quantities.extract_quantities(text, sents))
    found_times = tuple(times.extract_times(text, sents, published=document.published))
    found_places = tuple(places.extract_places(text, sents))
    found_claims = tuple(claims.build_claims(text, sents, found_quantities, found_times, found_places))
    links = tuple(
        DurationLink(quantity, time, "from" if relation == "from" else "to")
        for quantity, time, relation in link_durations(text, found_quantities, found_times)
    )
    return Extraction(
        document=document,
        sentences=sents,
        quantities=found_quantities,
        times=found_times,
        places=found_places,
        claims=found_claims,
        components=components(),
        duration_links=links,
    )

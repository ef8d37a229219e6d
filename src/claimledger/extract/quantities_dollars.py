"""Which dollar a bare "$" means: the US dollar unless the text, or the outlet, says otherwise.

"$" (and "dollars" with no country) is written for the US, Australian, Canadian and other dollars alike; the
extractor reads it as ``usd`` and this module revises that, by one documented rule, in this order:

1. **The sentence names one dollar country.** A sentence that names exactly one of the United States,
   Australia, Canada, New Zealand, Singapore or Hong Kong (the country, its people, its capital or, for the US,
   Congress, the Pentagon, the White House) gives its dollars that country's currency: "Australia's package
   will include $50m" is ``aud``; "the US would allocate an extra $713m" stays ``usd``. A currency named in
   full ("10.5 million Australian dollars ($7.5 million)") is not a cue: the "$" beside it is a conversion.
2. **A conversion in brackets** right after an amount in another currency is in US dollars: "(£49bn)" after
   "$61bn" is the reverse case and is left alone.
3. **The outlet's own dollar.** When the caller names the outlet's country (``country="AU"``) and that country
   writes its own dollar as "$", a sentence with no cue takes it.
4. **The document's dollar.** Otherwise the country named most often in the document decides, when it is
   named at least twice and more often than any other dollar country; else ``usd``.

An explicit sign or code ("A$", "US$", "C$", "AUD") is never revised. The rule needs no network and no model;
it reads the text around the amount only when a bare dollar occurs.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from claimledger.models import Quantity, Sentence

# Country cues, by the currency they stand for. "Australian dollars" names a currency, not a country: excluded.
_NOT_CURRENCY = r"(?!\s+dollars?\b)"
_CUES: dict[str, str] = {
    "usd": r"U\.S\.(?:A\.)?|US(?:A)?(?=[\s,.;:'’)-]|$)|United\s+States\b|Americans?\b(?!\s+dollars?\b)"
    r"|(?<!Latin\s)(?<!South\s)(?<!Central\s)America\b|Washington\b|Pentagon\b|White\s+House\b|Congress\b"
    r"|State\s+Department\b",
    "aud": rf"Australia\b|Australians?\b{_NOT_CURRENCY}|Canberra\b",
    "cad": rf"Canada\b|Canadians?\b{_NOT_CURRENCY}|Ottawa\b",
    "nzd": rf"New\s+Zealand(?:ers?)?\b{_NOT_CURRENCY}",
    "sgd": rf"Singapore(?:ans?)?\b{_NOT_CURRENCY}",
    "hkd": rf"Hong\s+Kong(?:ers?)?\b{_NOT_CURRENCY}",
}
_OTHER_DOLLAR = re.compile(r"Austral|Canad|Canberra|Ottawa|New\s+Zealand|Singapore|Hong\s+Kong")
_CUE = re.compile("|".join(f"(?P<{code}>\\b(?:{pattern}))" for code, pattern in _CUES.items()))
# Outlets whose country writes its own dollar as "$" (ISO 3166 alpha-2 -> currency).
DOLLAR_COUNTRIES: dict[str, str] = {
    "US": "usd", "AU": "aud", "CA": "cad", "NZ": "nzd", "SG": "sgd", "HK": "hkd",
}  # fmt: skip
_BARE = re.compile(r"(?<![A-Za-z$])\$(?!\s?(?:US|A|AU|C|NZ)(?![a-z]))|\bdollars?\b", re.IGNORECASE)
_EXPLICIT = re.compile(r"\b(?:US|U\.S\.|USD|American|Australian|Canadian)\b|US\s?\$|\$\s?US(?![a-z])")
_OUTLET = re.compile(r"(?:outlet\s+in\s+)?([A-Za-z]{2})", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_BRACKET_AFTER = re.compile(r"\s*[(\[]\s*$")


def outlet_country(source: str | None) -> str | None:
    """The outlet's country (ISO 3166 alpha-2) from a document source such as the test corpus's "outlet in GB",
    or a bare code; None when the source does not say.

    >>> outlet_country("outlet in AU"), outlet_country("au"), outlet_country("report.txt")
    ('AU', 'AU', None)
    """
    if source is None:
        return None
    match = _OUTLET.fullmatch(source.strip())
    return None if match is None else match.group(1).upper()


def is_bare_dollar(quantity: Quantity) -> bool:
    """Whether ``quantity`` is in dollars that its own text does not place ("$100m", "two billion dollars").

    >>> is_bare_dollar(Quantity("q1", 0, 5, "$100m", 1, 1, unit="usd", kind="money"))
    True
    >>> is_bare_dollar(Quantity("q1", 0, 7, "US$100m", 1, 1, unit="usd", kind="money"))
    False
    """
    return (
        quantity.unit == "usd" and bool(_BARE.search(quantity.text)) and not _EXPLICIT.search(quantity.text)
    )


def _cues(text: str, start: int, end: int) -> Counter[str]:
    return Counter(match.lastgroup or "" for match in _CUE.finditer(text, start, end))


def _sentence_span(text: str, bounds: Sequence[Sentence], quantity: Quantity) -> tuple[int, int]:
    if bounds and 0 <= quantity.sentence < len(bounds):
        sentence = bounds[quantity.sentence]
        return sentence.start, sentence.end
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, quantity.start)), default=0)
    after = _SENTENCE_END.search(text, quantity.end)
    return start, len(text) if after is None else after.start() + 1


def _document_dollar(text: str, country: str | None) -> str:
    """The dollar of a sentence with no cue: the outlet's own, else the most named dollar country's, else US."""
    if country is not None and country.upper() in DOLLAR_COUNTRIES:
        return DOLLAR_COUNTRIES[country.upper()]
    ranked = _cues(text, 0, len(text)).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return "usd"


def _conversion(text: str, previous: Quantity | None, quantity: Quantity) -> bool:
    """ "10.5 million Australian dollars ($7.5 million)": a bracketed conversion of another currency's amount."""
    if previous is None or previous.kind != "money" or previous.unit == "usd":
        return False
    return bool(_BRACKET_AFTER.fullmatch(text, previous.end, quantity.start))


def resolve_dollars(
    text: str, found: Sequence[Quantity], bounds: Sequence[Sentence], *, country: str | None = None
) -> list[Quantity]:
    """``found`` with each bare dollar amount in the currency that the text (or the outlet) gives it.

    :param text: the document text
    :param found: its quantities, in text order
    :param bounds: its sentences (may be empty: the sentence is then found by punctuation)
    :param country: the outlet's country (ISO 3166 alpha-2), when the caller knows it; None leaves a sentence
        that names no dollar country to the document's most named one (else the US dollar)

    >>> from claimledger.extract.quantities import extract_quantities
    >>> text = "Australia sent $50m. The aid includes $30m for drones."
    >>> [q.unit for q in resolve_dollars(text, extract_quantities(text, []), [])]
    ['aud', 'usd']
    >>> [q.unit for q in resolve_dollars(text, extract_quantities(text, []), [], country="AU")]
    ['aud', 'aud']
    """
    own = DOLLAR_COUNTRIES.get((country or "").upper(), "usd")
    if not any(is_bare_dollar(q) for q in found) or (own == "usd" and not _OTHER_DOLLAR.search(text)):
        return list(found)  # no bare dollar, or no other dollar country named: every "$" stays US
    resolved: list[Quantity] = []
    default: str | None = None
    previous: Quantity | None = None
    for quantity in found:
        if is_bare_dollar(quantity) and not _conversion(text, previous, quantity):
            named = _cues(text, *_sentence_span(text, bounds, quantity))
            if len(named) == 1:
                unit = next(iter(named))
            else:
                default = _document_dollar(text, country) if default is None else default
                unit = default
            quantity = quantity if unit == quantity.unit else dataclasses.replace(quantity, unit=unit)
        resolved.append(quantity)
        previous = quantity
    return resolved

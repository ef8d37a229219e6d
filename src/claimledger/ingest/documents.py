"""Turning decoded text and metadata into a validated :class:`Document`."""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import date

from claimledger.errors import IngestError
from claimledger.models import Document, PublishedFrom

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
"""Largest input text accepted by default (5 MB): a long article is about 100 kB."""

_WORD = re.compile(r"[^\W\d_]{2,}")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00C0-\u024F]")
_MIN_WORDS_FOR_DETECTION = 25

LANGUAGE_NAMES = {
    "uk": "Ukrainian",
    "ru": "Russian",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "pl": "Polish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "be": "Belarusian",
    "ar": "Arabic",
    "zh": "Chinese",
}


@dataclass(frozen=True, slots=True)
class IngestFailure:
    """One input that did not become a document: where it came from and why."""

    origin: str
    cause: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.cause}"


def document_id(text: str) -> str:
    """The SHA-256 hex digest of the text's UTF-8 bytes: the same text is the same document.

    >>> document_id("abc")[:12]
    'ba7816bf8f01'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language; ``"en"`` for texts too short to tell that are in Latin script.

    >>> detect_language("Russia lost about 1,090 soldiers a day in October, the General Staff said.")
    'en'
    """
    words = _WORD.findall(text[:20_000])
    letters = "".join(words)
    if not letters:
        return "en"
    latin = len(_LATIN_LETTER.findall(letters)) / len(letters)
    if len(words) < _MIN_WORDS_FOR_DETECTION:
        # Too short for a statistical guess ("Kyiv" reads as Kinyarwanda): judge by script alone.
        return "en" if latin >= 0.5 else "und"
    import py3langid

    code, _score = py3langid.classify(text[:20_000])
    return str(code)


def make_document(
    text: str,
    *,
    origin: str,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: date | None = None,
    published_from: PublishedFrom | None = None,
    encoding: str = "utf-8",
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Document:
    """Validate ``text`` and wrap it in a Document.

    :param origin: where the text came from ("report.txt", "corpus.jsonl line 17"), used in error messages
    :raises IngestError: empty, over-size or not English
    """
    if not text.strip():
        raise IngestError(origin, "empty: no text to extract claims from")
    if not _WORD.search(text):
        raise IngestError(
            origin, "no words in the text (only symbols or digits): nothing to extract claims from"
        )
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise IngestError(
            origin,
            f"too large: {size:,} bytes of text, over the {max_bytes:,}-byte limit "
            "(split it, or raise the limit with --max-bytes)",
        )
    language = detect_language(text)
    if language != "en":
        name = LANGUAGE_NAMES.get(language, f"'{language}'")
        if language == "und":
            name = "a non-Latin script"
        raise IngestError(origin, f"language looks like {name}: only English is supported yet")
    return Document(
        id=document_id(text),
        text=text,
        source=source or origin,
        title=title,
        url=url,
        published=published,
        published_from=published_from if published else None,
        language=language,
        encoding=encoding,
    )

"""Readers for each input format: plain text, Markdown, HTML and corpora (JSONL, CSV, Parquet).

Each reader yields one :class:`Document` or :class:`IngestFailure` per record, so that a broken line in a corpus
costs that line only.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from claimledger.errors import IngestError
from claimledger.extract.times import find_dateline
from claimledger.ingest.decoding import decode, looks_binary
from claimledger.ingest.documents import DEFAULT_MAX_BYTES, IngestFailure, make_document
from claimledger.models import Document, PublishedFrom

log = logging.getLogger(__name__)

Item = Document | IngestFailure

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
CORPUS_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".parquet"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CORPUS_SUFFIXES


def parse_date(value: object) -> date | None:
    """A date from metadata: ISO text ("2024-05-01", "2024-05-01T10:00:00Z"), a date or a datetime.

    >>> parse_date("2024-05-01T10:00:00Z"), parse_date("yesterday")
    (datetime.date(2024, 5, 1), None)
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def _publication(
    user: date | None, metadata: date | None, text: str
) -> tuple[date | None, PublishedFrom | None]:
    """The publication date and where it came from: the user's word first, then metadata, then a dateline."""
    if user is not None:
        return user, "user"
    if metadata is not None:
        return metadata, "metadata"
    dateline = find_dateline(text)
    return (dateline, "dateline") if dateline is not None else (None, None)


class _Context:
    """Options every reader needs."""

    def __init__(self, *, published: date | None, max_bytes: int) -> None:
        self.published = published
        self.max_bytes = max_bytes

    def document(
        self, text: str, origin: str, metadata: Mapping[str, Any], encoding: str = "utf-8"
    ) -> Document:
        published, published_from = _publication(self.published, parse_date(metadata.get("published")), text)
        return make_document(
            text,
            origin=origin,
            source=_optional_str(metadata.get("source")) or origin,
            title=_optional_str(metadata.get("title")),
            url=_optional_str(metadata.get("url")),
            published=published,
            published_from=published_from,
            encoding=encoding,
            max_bytes=self.max_bytes,
        )

    def guard(self, origin: str, build: Callable[[], Document]) -> Item:
        try:
            return build()
        except IngestError as exc:
            return IngestFailure(origin, exc.cause)


def _optional_str(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # NaN from CSV/Parquet
        return None
    text = str(value).strip()
    return text or None


def _read_bytes(path: Path, ctx: _Context) -> bytes:
    size = path.stat().st_size
    if size > ctx.max_bytes:
        raise IngestError(
            str(path),
            f"too large: {size:,} bytes, over the {ctx.max_bytes:,}-byte limit (raise it with --max-bytes)",
        )
    return path.read_bytes()


def _read_text_file(path: Path, ctx: _Context) -> Iterator[Item]:
    origin = str(path)

    def build() -> Document:
        text, encoding = decode(_read_bytes(path, ctx), origin)
        return ctx.document(text, origin, {"source": path.name}, encoding)

    yield ctx.guard(origin, build)


def _read_html_file(path: Path, ctx: _Context) -> Iterator[Item]:
    origin = str(path)

    def build() -> Document:
        import trafilatura

        data = _read_bytes(path, ctx)
        html, encoding = decode(data, origin)
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
        fields: dict[str, Any] = {}
        if extracted is not None:
            fields = extracted if isinstance(extracted, dict) else extracted.as_dict()
        text = (fields.get("text") or "").strip()
        if not text:
            raise IngestError(
                origin, "no article text found in this HTML (malformed, empty or not an article page)"
            )
        metadata = {
            "title": fields.get("title"),
            "url": fields.get("url"),
            "published": fields.get("date"),
            "source": fields.get("sitename") or path.name,
        }
        return ctx.document(text, origin, metadata, encoding)

    yield ctx.guard(origin, build)


def _record(ctx: _Context, origin: str, record: object) -> Item:
    if not isinstance(record, Mapping):
        return IngestFailure(origin, "not a JSON object: each line must be an object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        return IngestFailure(origin, "no 'text' field (string) in this record")
    return ctx.guard(origin, lambda: ctx.document(text, origin, record))


def _read_jsonl(path: Path, ctx: _Context) -> Iterator[Item]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            origin = f"{path} line {number}"
            if not raw.strip():
                continue
            if len(raw) > ctx.max_bytes:
                yield IngestFailure(origin, f"record too large ({len(raw):,} bytes; raise --max-bytes)")
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as exc:
                yield IngestFailure(origin, f"not UTF-8 (invalid byte at {exc.start}): JSONL must be UTF-8")
                continue
            except json.JSONDecodeError as exc:
                yield IngestFailure(
                    origin, f"not valid JSON ({exc.msg} at column {exc.colno}): fix or drop it"
                )
                continue
            yield _record(ctx, origin, record)


def _read_csv(path: Path, ctx: _Context) -> Iterator[Item]:
    try:
        data = path.read_bytes()
        text, _encoding = decode(data, str(path))
    except IngestError as exc:
        yield IngestFailure(str(path), exc.cause)
        return
    csv.field_size_limit(max(ctx.max_bytes, 131072))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield IngestFailure(str(path), f"no 'text' column (columns: {', '.join(reader.fieldnames or [])})")
        return
    try:
        for number, row in enumerate(reader, start=2):
            yield _record(ctx, f"{path} row {number}", row)
    except csv.Error as exc:
        yield IngestFailure(
            f"{path} row {reader.line_num}", f"malformed CSV ({exc}); rows after it were not read"
        )


def _read_parquet(path: Path, ctx: _Context) -> Iterator[Item]:
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several unrelated types for a broken file
        yield IngestFailure(str(path), f"not a readable Parquet file ({exc})")
        return
    names = table.schema_arrow.names
    if "text" not in names:
        yield IngestFailure(str(path), f"no 'text' column (columns: {', '.join(names)})")
        return
    columns = [c for c in ("text", "title", "url", "source", "published") if c in names]
    number = 0
    for batch in table.iter_batches(columns=columns, batch_size=256):
        for record in batch.to_pylist():
            number += 1
            yield _record(ctx, f"{path} row {number}", record)


_READERS: dict[str, Callable[[Path, _Context], Iterator[Item]]] = {
    **dict.fromkeys(TEXT_SUFFIXES, _read_text_file),
    **dict.fromkeys(HTML_SUFFIXES, _read_html_file),
    ".jsonl": _read_jsonl,
    ".ndjson": _read_jsonl,
    ".csv": _read_csv,
    ".parquet": _read_parquet,
}


def read_path(
    path: Path, *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Documents (or failures) from one file, chosen by its suffix.

    :param published: the publication date given by the user; it wins over metadata and datelines
    :param max_bytes: largest text accepted for one document
    """
    if not path.exists():
        yield IngestFailure(str(path), "no such file or folder")
        return
    if not path.is_file():
        yield IngestFailure(str(path), "not a regular file")
        return
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        yield _unsupported(path, max_bytes)
        return
    try:
        yield from reader(path, _Context(published=published, max_bytes=max_bytes))
    except OSError as exc:
        yield IngestFailure(str(path), f"cannot be read ({exc.strerror or exc})")


def _unsupported(path: Path, max_bytes: int) -> IngestFailure:
    suffixes = ", ".join(sorted(SUPPORTED_SUFFIXES))
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError:
        head = b""
    kind = "binary file" if looks_binary(head) else "unsupported file type"
    return IngestFailure(str(path), f"{kind} '{path.suffix or path.name}': supported are {suffixes}")


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files named by ``paths``, with folders expanded to their supported files (sorted, recursive)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
            )
        else:
            files.append(path)
    return files


def read_inputs(
    paths: Iterable[Path], *, published: date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Documents and failures from every file and folder in ``paths``, in order."""
    for path in expand_paths(paths):
        yield from read_path(path, published=published, max_bytes=max_bytes)


def count_records(paths: Iterable[Path]) -> int | None:
    """A cheap count of the records ``read_inputs`` will yield, for a progress bar; None when unknown."""
    total = 0
    for path in expand_paths(paths):
        suffix = path.suffix.lower()
        try:
            if suffix in (".jsonl", ".ndjson"):
                with path.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            elif suffix == ".parquet":
                import pyarrow.parquet as pq

                total += int(pq.ParquetFile(path).metadata.num_rows)
            elif suffix == ".csv":
                return None
            else:
                total += 1
        except Exception:  # a broken file is reported by read_inputs; the bar just loses its total
            return None
    return total

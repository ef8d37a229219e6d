"""Ingest: every format, and the bad-input matrix (each case: one clear line naming the file and the cause)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from claimledger.ingest import IngestFailure, read_inputs
from claimledger.ingest.readers import count_records
from claimledger.models import Document

ENGLISH = (
    "Russia lost about 1,090 soldiers a day in October, Ukraine's General Staff said on Monday, "
    "or roughly 33,800 over the month. Near Kupiansk, 12 to 15 armoured vehicles were destroyed."
)
UKRAINIAN = (
    "Росія втратила близько 1090 військових на день у жовтні, повідомив Генеральний штаб ЗСУ у понеділок. "
    "Поблизу Куп'янська знищено від 12 до 15 бронемашин, а бої тривали всю ніч на кількох напрямках фронту."
)
HTML = f"""<html><head><title>Losses in October</title>
<meta property="article:published_time" content="2025-11-03T09:00:00Z"></head>
<body><nav>Home | World | Europe</nav><article><h1>Losses in October</h1><p>{ENGLISH}</p>
<p>The fighting continued through the night along several sectors of the front, officials added.</p>
</article><footer>Copyright</footer></body></html>"""


def read_one(path: Path, **options: object) -> Document | IngestFailure:
    items = list(read_inputs([path], **options))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_text_file_is_read_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    doc = read_one(path, published=date(2025, 11, 3))
    assert isinstance(doc, Document)
    assert doc.text == ENGLISH
    assert (doc.published, doc.published_from, doc.source) == (date(2025, 11, 3), "user", "report.txt")


def test_html_gives_main_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = read_one(path)
    assert isinstance(doc, Document)
    assert "1,090 soldiers a day" in doc.text
    assert "Copyright" not in doc.text and "Home | World" not in doc.text
    assert doc.title == "Losses in October"
    assert (doc.published, doc.published_from) == (date(2025, 11, 3), "metadata")


def test_user_date_wins_over_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    doc = read_one(path, published=date(2025, 11, 4))
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_from) == (date(2025, 11, 4), "user")


def _records() -> list[dict[str, str]]:
    return [
        {"text": ENGLISH, "title": "A", "published": "2025-11-03", "source": "outlet"},
        {"text": ENGLISH + " More.", "url": "https://example.org/b"},
    ]


def test_jsonl_csv_and_parquet_corpora(tmp_path: Path) -> None:
    jsonl = tmp_path / "c.jsonl"
    jsonl.write_text("\n".join(json.dumps(r) for r in _records()) + "\n", encoding="utf-8")
    csv_path = tmp_path / "c.csv"
    csv_path.write_text(
        'text,title,published\n"' + ENGLISH.replace('"', '""') + '",A,2025-11-03\n', encoding="utf-8"
    )
    parquet = tmp_path / "c.parquet"
    pq.write_table(pa.Table.from_pylist(_records()), parquet)
    docs = list(read_inputs([jsonl, csv_path, parquet]))
    assert all(isinstance(d, Document) for d in docs)
    assert len(docs) == 5
    first = docs[0]
    assert isinstance(first, Document)
    assert (first.title, first.source, first.published_from) == ("A", "outlet", "metadata")
    assert count_records([jsonl, parquet]) == 4


def test_same_text_same_id(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.md"
    a.write_text(ENGLISH, encoding="utf-8")
    b.write_text(ENGLISH, encoding="utf-8")
    docs = list(read_inputs([a, b]))
    assert isinstance(docs[0], Document) and isinstance(docs[1], Document)
    assert docs[0].id == docs[1].id
    assert len(docs[0].id) == 64


def test_folder_is_expanded(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    docs = list(read_inputs([tmp_path]))
    assert len(docs) == 1 and isinstance(docs[0], Document)


def test_non_utf8_text_is_detected_and_decoded(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    text = ENGLISH.replace("Ukraine's", "Ukraine’s") + " Café owners fled – officials said."
    path.write_bytes(text.encode("cp1252"))
    doc = read_one(path)
    assert isinstance(doc, Document)
    assert "Ukraine’s" in doc.text and "Café" in doc.text
    assert doc.encoding != "utf-8"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes(ENGLISH.encode("utf-16"))
    doc = read_one(path)
    assert isinstance(doc, Document) and doc.text == ENGLISH


def _write(path: Path, content: bytes | str) -> Path:
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


BAD_INPUTS = [
    pytest.param("empty.txt", b"", {}, "empty", id="empty"),
    pytest.param("blank.txt", "  \n\t \n", {}, "empty", id="whitespace-only"),
    pytest.param(
        "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), {}, "binary", id="binary-as-txt"
    ),
    pytest.param("archive.zip", b"PK\x03\x04" + bytes(100), {}, "binary file", id="binary-unknown-suffix"),
    pytest.param("big.txt", ENGLISH * 10, {"max_bytes": 500}, "too large", id="over-size"),
    pytest.param("garbled.txt", bytes(range(128, 256)) * 20, {}, "not UTF-8", id="undecodable"),
    pytest.param(
        "empty.html", "<html><body><div></div></body></html>", {}, "no article text", id="html-no-text"
    ),
    pytest.param("broken.html", "<<<>>><html<<body", {}, "no words", id="html-garbage"),
    pytest.param("uk.txt", UKRAINIAN, {}, "Ukrainian: only English is supported yet", id="ukrainian"),
    pytest.param("de.txt", "Der Krieg " * 40, {}, "German", id="german"),
    pytest.param("scan.pdf", b"%PDF-1.7 text", {}, "unsupported file type '.pdf'", id="unsupported-suffix"),
    pytest.param("c.csv", "title,body\nA,B\n", {}, "no 'text' column", id="csv-without-text"),
    pytest.param("c.parquet", b"PAR1 broken", {}, "not a readable Parquet file", id="parquet-broken"),
    pytest.param("c.jsonl", '["a list"]\n', {}, "not a JSON object", id="jsonl-not-object"),
    pytest.param("c.jsonl", '{"title": "x"}\n', {}, "no 'text' field", id="jsonl-without-text"),
]


@pytest.mark.parametrize(("name", "content", "options", "cause"), BAD_INPUTS)
def test_bad_input_fails_clearly(
    tmp_path: Path, name: str, content: bytes | str, options: dict[str, int], cause: str
) -> None:
    path = _write(tmp_path / name, content)
    failure = read_one(path, **options)
    assert isinstance(failure, IngestFailure)
    assert cause in failure.cause
    assert str(path) in str(failure)


def test_missing_file(tmp_path: Path) -> None:
    failure = read_one(tmp_path / "nope.txt")
    assert isinstance(failure, IngestFailure) and "no such file" in failure.cause


def test_broken_jsonl_line_costs_that_line_only(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ENGLISH}), '{"text": "unterminated', json.dumps({"text": ENGLISH + " Two."})]
    path = _write(tmp_path / "c.jsonl", "\n".join(lines) + "\n")
    items = list(read_inputs([path]))
    assert [type(i).__name__ for i in items] == ["Document", "IngestFailure", "Document"]
    failure = items[1]
    assert isinstance(failure, IngestFailure)
    assert failure.origin == f"{path} line 2" and "not valid JSON" in failure.cause


def test_malformed_html_with_text_is_still_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "m.html", f"<html><body><div><p>{ENGLISH}<p><b>unclosed <i>tags</div>")
    doc = read_one(path)
    assert isinstance(doc, Document) and "1,090 soldiers" in doc.text

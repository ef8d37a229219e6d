"""Bytes to text: UTF-8 first, other encodings only when a detector is confident; binary is refused."""

from __future__ import annotations

import codecs

from claimledger.errors import IngestError

_SNIFF = 8192
_CONTROL = frozenset(range(32)) - {9, 10, 12, 13, 27}


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes (without a UTF-16/32 BOM) or many control bytes.

    >>> looks_binary(b"PK\\x03\\x04\\x00\\x00"), looks_binary("Kyiv, 3 November".encode())
    (True, False)
    """
    head = data[:_SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte in _CONTROL)
    return bool(head) and controls / len(head) > 0.1


def decode(data: bytes, origin: str) -> tuple[str, str]:
    """Decode ``data`` and name the encoding used.

    UTF-8 (with or without BOM) is read as is; UTF-16 with a BOM too; anything else is decoded only when
    charset-normalizer finds a clear fit, and refused otherwise.

    :raises IngestError: empty, binary or undecodable input

    >>> decode("Kharkiv".encode("cp1252"), "x.txt")
    ('Kharkiv', 'utf-8')
    """
    if not data.strip():
        raise IngestError(origin, "empty file: nothing to read")
    if looks_binary(data):
        raise IngestError(
            origin, "binary data, not text: give a .txt, .md, .html, .jsonl, .csv or .parquet file"
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:
            raise IngestError(
                origin, f"broken UTF-16 at byte {exc.start}: re-save the file as UTF-8"
            ) from exc
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        position = exc.start
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.chaos > 0.2:
        raise IngestError(
            origin,
            f"not UTF-8 (invalid byte at {position}) and no other encoding fits clearly: re-save it as UTF-8",
        )
    return str(best), str(best.encoding)

"""Bytes to text: UTF-8 first, UTF-16 by its BOM, legacy encodings detected; binary refused."""

from __future__ import annotations

import codecs
import re

# Signatures of common binary formats that happen to decode as legacy text.
_BINARY_MAGIC = (
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x1f\x8b",
    b"PK\x03\x04",
    b"%PDF",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Text, the encoding it was read with, and a note on anything lossy or guessed.

    ValueError for binary or undecodable bytes. Text that is UTF-8 but for a few
    bad bytes stays UTF-8 (the bad bytes become U+FFFD) rather than being misread
    whole as some legacy encoding.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as exc:
            raise ValueError(f"invalid UTF-16 ({exc.reason})") from None
    if data.startswith(_BINARY_MAGIC):
        raise ValueError("binary file (not text), skipped")
    note = None
    try:
        text = data.decode("utf-8-sig")
        encoding = "utf-8-sig" if data.startswith(b"\xef\xbb\xbf") else "utf-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        bad = text.count("\ufffd")
        if sum(1 for ch in text if ord(ch) > 127) > 2 * bad:
            encoding = "utf-8"
            note = f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD"
        else:
            text, encoding = _decode_legacy(data)
            note = f"not UTF-8; read as {encoding}"
    head = text[:8192]
    if head and len(_CONTROL.findall(head)) > 0.1 * len(head):
        raise ValueError("binary file (not text), skipped")
    return text, encoding, note


def stream_encoding(head: bytes) -> str:
    """The encoding of a stream read in pieces (a table), judged on its first bytes."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        # A multi-byte character cut at the end of the head is no evidence against UTF-8.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return _decode_legacy(head)[1]


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """The detector's pick, except that Western single-byte text is read as cp1252.

    One stray `£` byte is as likely cp1250 as cp1252 to a detector; for English news
    archives it is cp1252 (the superset of Latin-1) whenever that is a plausible fit.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(data[:200_000])
    if not matches:
        raise ValueError("not valid UTF-8 and no text encoding fits: binary or corrupt")
    if any(m.encoding in {"cp1252", "latin_1", "iso8859_15"} for m in matches):
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    encoding = matches.best().encoding
    return data.decode(encoding, errors="replace"), encoding

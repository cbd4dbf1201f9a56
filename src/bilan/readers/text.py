"""Plain-text files, and the byte handling every reader shares: gzip, size limits, decoding, mojibake repair.

Bytes become text in this order: a byte-order mark; strict UTF-8; UTF-8 with its stray bytes read
as Windows-1252 when valid UTF-8 characters outnumber them (E004); a declared charset (HTML); the
encoding charset-normalizer detects (Windows-1252 whenever it is among the equally good candidates:
our articles are French and English, and charset-normalizer cannot tell cp1252 from cp1250 on
French text); and when nothing can be detected (a handful of accented bytes), UTF-8 with each stray
byte read as Windows-1252, reported as E004. ftfy then repairs mojibake ("Ã©" -> "é").
"""

from __future__ import annotations

import codecs
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import ftfy
from charset_normalizer import from_bytes

from ..errors import error
from ..models import Error
from ..read import MAX_CHARS, Document

# A UTF-8 character is at most 4 bytes: this many bytes always hold MAX_CHARS characters, and a
# 50 MB dump is never read whole.
MAX_TEXT_BYTES = 4 * MAX_CHARS
CHUNK = 1 << 16
GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 8192  # enough to judge binary vs text
DETECT_BYTES = 200_000  # charset-normalizer is ~0.1 s per MB: a sample decides as well as the whole
MAX_NON_TEXT = 0.05  # share of control / unassigned characters above which a "text" is binary
WESTERN = {"cp1252", "latin_1", "iso8859_15"}  # read as cp1252, a superset of latin-1's printable part

# ftfy settings: repair encodings (mojibake, C1 controls, stray a0 bytes), but leave quotes curly
# (« », ’ and “ ” mark quoted sources), keep NFC so that no-break spaces (U+00A0, U+202F before
# French « : ») and symbols like ½ survive (NFKC would fold them), and unescape HTML entities only
# in text that has no "<" (ftfy's "auto"), as scraped dumps often carry "&#039;".
FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html="auto",
    uncurl_quotes=False,
    fix_latin_ligatures=True,  # "ﬁ" -> "fi": ligatures from PDFs break word matching
    fix_character_width=True,  # fullwidth "１２" -> "12"
    normalization="NFC",
    explain=False,
)


class Damaged(Exception):
    """A compressed stream is truncated or corrupt; what was decompressed before it was kept."""


def repair(text: str) -> str:
    """Mojibake and control-character repair with ftfy, with FTFY_CONFIG (quotes and spaces untouched)."""
    return ftfy.fix_text(text, FTFY_CONFIG) if text else text


# ----------------------------------------------------------------------------------------
# Bytes: streams, gzip, limits


def blocks(stream: BinaryIO, size: int = CHUNK) -> Iterator[bytes]:
    """The raw blocks of a binary stream."""
    while block := stream.read(size):
        yield block


def gunzip(compressed: Iterable[bytes]) -> Iterator[bytes]:
    """Decompressed blocks of a gzip stream (several members allowed); raises Damaged at a truncation
    or corruption, after every block decompressed before it."""
    out_max = CHUNK * 4  # bounds memory: a small block can inflate a thousandfold
    decompressor, fed = zlib.decompressobj(wbits=31), False
    for data in _slices(compressed):
        while data:
            if not fed and not data.strip(b"\x00"):
                break  # gzip allows zero padding after the last member
            fed = True
            try:
                out = decompressor.decompress(data, out_max)
            except zlib.error as exc:
                raise Damaged(f"corrupt data: {exc}") from None
            if out:
                yield out
            if decompressor.eof:
                data = decompressor.unused_data
                decompressor, fed = zlib.decompressobj(wbits=31), False
                continue
            data = decompressor.unconsumed_tail
            while not data and len(out) == out_max:  # output may still be pending inside zlib
                out = decompressor.decompress(b"", out_max)
                if out:
                    yield out
    if fed and not decompressor.eof:
        raise Damaged("the file ends before the end of the compressed data")


def _slices(compressed: Iterable[bytes], size: int = 4096) -> Iterator[bytes]:
    # zlib raises on corrupt data without returning what it inflated in the same call: small calls
    # keep what came before the damage
    for block in compressed:
        for start in range(0, len(block), size):
            yield block[start:start + size]


def byte_blocks(stream: BinaryIO) -> Iterator[bytes]:
    """The content of a stream, gunzipped when it starts with the gzip magic bytes (whatever its name)."""
    raw = blocks(stream)
    first = next(raw, b"")
    if first[:2] == GZIP_MAGIC:
        yield from gunzip(_chain(first, raw))
    elif first:
        yield first
        yield from raw


def _chain(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def read_prefix(chunks: Iterable[bytes], limit: int | None) -> tuple[bytes, list[Error]]:
    """Up to `limit` bytes (None: all) of a block stream; damage (E011) and excess (E013) reported, never raised."""
    parts: list[bytes] = []
    size, errors = 0, []
    try:
        for chunk in chunks:
            parts.append(chunk)
            size += len(chunk)
            if limit is not None and size > limit:
                errors.append(error("E013", limit=limit))
                break
    except Damaged as exc:
        errors.append(error("E011", detail=str(exc)))
    data = b"".join(parts)
    return (data[:limit] if limit is not None else data), errors


def read_file_bytes(path: Path, limit: int | None) -> tuple[bytes, list[Error]]:
    """A file's bytes (gunzipped when gzip), up to `limit`; E001 if it cannot be opened."""
    try:
        with path.open("rb") as stream:
            return read_prefix(byte_blocks(stream), limit)
    except OSError as exc:
        return b"", [error("E001", detail=exc.strerror or str(exc))]


# ----------------------------------------------------------------------------------------
# Decoding


def _stray_as_cp1252(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: read the bytes that are not UTF-8 as Windows-1252 (the usual culprit)."""
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error("bilan-cp1252", _stray_as_cp1252)

_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def _bom(data: bytes) -> str | None:
    return next((name for bom, name in _BOMS if data.startswith(bom)), None)


def _detect(data: bytes) -> str | None:
    """The encoding charset-normalizer places the bytes in, or None when it cannot tell (no candidate,
    or no language recognised in any candidate's reading: a handful of accented bytes says nothing)."""
    matches = from_bytes(data[:DETECT_BYTES])
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best + 0.02]
    if max(m.coherence for m in tied) <= 0:
        return None
    if any(WESTERN & set(m.could_be_from_charset) for m in tied):
        return "cp1252"
    return tied[0].encoding


def decode(data: bytes, declared: str | None = None, cut: bool = False) -> tuple[str, list[Error]]:
    """Bytes -> text, with E004 when bytes had to be guessed or replaced.

    declared: an encoding the container states (HTTP or <meta> charset), tried after strict UTF-8,
    since pages that declare latin-1 and are UTF-8 are common and the reverse cannot pass as UTF-8.
    cut: the bytes are a prefix (size limit, damaged gzip), so a last character may be cut in two.
    """
    bom = _bom(data)
    if bom:
        return data.decode(bom, errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if cut and len(data) - first_bad <= 3:
        try:
            return data[:first_bad].decode("utf-8"), []
        except UnicodeDecodeError:
            pass
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd")
    if len(lenient) - len(lenient.encode("ascii", "ignore")) - replaced > replaced:
        # more valid UTF-8 characters than bad bytes: a UTF-8 file with stray bytes pasted in, which
        # detection would misread as a whole in some single-byte encoding
        return data.decode("utf-8", errors="bilan-cp1252"), [error("E004", detail=(
            f"the file is UTF-8 but for {replaced} bytes, read as Windows-1252 (the first at byte {first_bad})"))]
    encoding = _codec(declared) or _detect(data)
    if encoding is None:
        text = data.decode("utf-8", errors="bilan-cp1252")
        return text, [error("E004", detail="the encoding could not be detected, so bytes that are not UTF-8 "
                                           f"were read as Windows-1252 (the first at byte {first_bad})")]
    try:
        return data.decode(encoding), []
    except UnicodeDecodeError as exc:
        return data.decode(encoding, errors="replace"), [
            error("E004", detail=f"read as {encoding}, whose byte {data[exc.start]:#04x} at {exc.start} "
                                 "and any like it became U+FFFD")]


def _codec(label: str | None) -> str | None:
    """A declared charset as a Python codec; latin-1 and ASCII labels mean Windows-1252, as in browsers."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    if name in ("latin-1", "iso8859-1", "ascii", "us-ascii"):
        return "cp1252"
    return None if name == "utf-8" else name


def has_nul(data: bytes) -> bool:
    """NUL bytes near the start, outside UTF-16/32 text: the cheap sign of a binary file."""
    return b"\x00" in data[:SNIFF_BYTES] and not (_bom(data) or "").startswith("utf-")


def looks_binary(text: str) -> bool:
    """Decoded text that is mostly control, unassigned or replacement characters."""
    sample = text[:SNIFF_BYTES]
    if not sample:
        return False
    return sum(1 for c in sample if _non_text(c)) / len(sample) > MAX_NON_TEXT


def _non_text(char: str) -> bool:
    if char in "\t\n\r\f\v":
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")


def _clip(text: str, errors: list[Error]) -> str:
    """At most MAX_CHARS characters, with E009 when cut."""
    if len(text) > MAX_CHARS:
        if not any(e.code == "E009" for e in errors):
            errors.append(error("E009", size=len(text), limit=MAX_CHARS))
        text = text[:MAX_CHARS]
    return text


def text_from_bytes(data: bytes, source: str, errors: list[Error] | None = None,
                    declared: str | None = None) -> Document:
    """A Document from the bytes of a text file: decoded, cut to MAX_CHARS, repaired; E003 if binary.

    errors: what reading already found (E011, E013), kept in front. declared: a stated encoding, if any.
    """
    # MAX_TEXT_BYTES hold at least MAX_CHARS characters: a file cut there is certainly too long
    errors = [error("E009", size=f"more than {MAX_CHARS}", limit=MAX_CHARS) if e.code == "E013" else e
              for e in errors or []]
    if has_nul(data):
        return Document(text="", source=source, errors=[*errors, error("E003")])
    text, decode_errors = decode(data, declared, cut=bool(errors))
    if looks_binary(text):
        return Document(text="", source=source, errors=[*errors, error("E003")])
    errors += decode_errors
    # cut before repairing: ftfy costs ~0.7 s per million characters
    return Document(text=repair(_clip(text, errors)), source=source, errors=errors)


def read_text_file(path: Path) -> Document:
    """A .txt file (or .txt.gz) as one Document; only its first MAX_TEXT_BYTES bytes are ever read."""
    data, errors = read_file_bytes(path, MAX_TEXT_BYTES)
    if any(e.code == "E001" for e in errors):
        return Document(text="", source=str(path), errors=errors)
    return text_from_bytes(data, str(path), errors)


def unreadable(path: Path, exc: OSError) -> Document:
    """The record of a file that could not be opened."""
    return Document(text="", source=str(path), errors=[error("E001", detail=exc.strerror or str(exc))])

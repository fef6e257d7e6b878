"""Bytes to text: the decoding ladder every text container goes through.

Rasad reads news saved by many tools from many sites and years, so the encoding of a file is a guess that
must be made carefully: a wrong guess produces mojibake that every later stage would silently treat as
text. The ladder below is tried in order; each rung runs only if the previous ones did not produce text,
and the last rung is an explicit refusal with a reason (never an exception, never silent garbage).

``DECODING_LADDER`` (names as recorded in ``RawDocument.encoding``):

0. ``size``: documents over :data:`MAX_DOCUMENT_BYTES` are refused (``too_large``) before they are read
   (callers check the file size first; a stream is read at most one byte beyond the limit), so a 50 MB
   file costs no memory. No real news article comes near the limit; such a file is a dump or an error.
1. ``bom``: a byte-order mark is the only certain statement a file makes about its encoding (Notepad writes
   UTF-8 with BOM and "Unicode" = UTF-16 LE with BOM). UTF-32 BOMs are checked before UTF-16 ones, since
   the UTF-32 LE BOM starts with the UTF-16 LE one. The BOM itself is not part of the text.
2. ``binary``: a known binary signature (PDF, ZIP/DOCX, gzip, PNG, JPEG, GIF, ...) or NUL bytes or a high
   share of control bytes means this is not text: refused as ``binary`` rather than decoded into noise.
   NUL bytes are also what BOM-less UTF-16 looks like, so before refusing, the bytes are decoded as UTF-16
   LE/BE and accepted when that yields clean text (``utf-16-le`` / ``utf-16-be``).
3. ``utf-8``: strict UTF-8, the encoding of nearly all current Persian sites and of JSON.
4. ``utf-8 (truncated)``: a file cut in the middle of a multi-byte character (an interrupted download or
   copy, or a byte-limited export) is valid UTF-8 except for its last 1-3 bytes. The text before the cut
   is intact, so the incomplete character is dropped and the document is kept; the encoding label says
   ``truncated`` and a warning naming the file is logged. Refusing would lose a whole article over one
   partial letter.
5. ``windows-1256``: older Persian sites (and Word "Arabic (Windows)" exports) use this code page.
   Any byte string decodes in it, so the result is accepted only if it looks like Persian text
   (:func:`looks_persian`): most letters Arabic-script, no C1 control characters, and not the
   signature of UTF-8 Persian read as 1256 (which is full of ط and ظ, rare letters in real text).
6. ``utf-8 (damaged)``: UTF-8 with a few bad bytes in the middle (at most one per
   :data:`DAMAGED_UTF8_BYTES_PER_ERROR` bytes): the bad bytes become U+FFFD and the rest is kept.
7. ``charset-normalizer``: a last statistical guess for other legacy encodings, accepted only when its
   "chaos" (mess) score is low and the result contains no control characters.
8. refusal: ``undecodable``, naming what was tried.

After decoding, newlines are normalised once, here (``\\r\\n`` and lone ``\\r`` become ``\\n``), because
the decoded text becomes ``RawDocument.text``, the original that every offset in Rasad points into.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass

log = logging.getLogger(__name__)

#: Per-document limit. Larger inputs are refused with ``too_large`` without being read into memory.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

#: Bytes inspected for binary signatures and control characters (enough for any header, cheap to scan).
SNIFF_BYTES = 64 * 1024

#: A text file has almost no C0 control characters besides tab and newlines; above this share it is binary.
MAX_CONTROL_SHARE = 0.05

#: Rung 5: at least this share of the letters must be Arabic-script for a Windows-1256 guess to be accepted.
MIN_ARABIC_LETTER_SHARE = 0.6

#: Rung 5: in real Persian ط and ظ together are under 2% of letters; UTF-8 Persian misread as 1256 is
#: made of them (the UTF-8 lead bytes 0xD8/0xD9 are ط/ظ in 1256), so above this share it is mojibake.
MAX_TAH_ZAH_SHARE = 0.12

#: Rung 5: Persian prose has a space every few letters; decoded byte noise has almost none.
MIN_SPACE_SHARE = 0.05

#: Rung 2: BOM-less UTF-16 is accepted only if its high bytes (one script) take at most this many values
#: besides 0x00 for at least 90% of the characters.
_UTF16_MIN_SAME_HIGH = 0.9

#: Rung 6: UTF-8 with at most one bad byte per this many bytes is kept with U+FFFD replacements.
DAMAGED_UTF8_BYTES_PER_ERROR = 1000

#: Rung 7: highest charset-normalizer "chaos" (0..1) accepted for its guess.
MAX_CHARSET_NORMALIZER_CHAOS = 0.1

DECODING_LADDER = (
    "size", "bom", "binary", "utf-8", "utf-8 (truncated)", "windows-1256", "utf-8 (damaged)",
    "charset-normalizer", "refuse",
)

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data (decompress it first)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (decompress it first)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (DOC/XLS)"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3", "an SQLite database"),
)

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_NEWLINES = re.compile(r"\r\n?")
_C1 = re.compile("[\u0080-\u009f]")
_BAD_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Decoded:
    """Decoded text (newlines normalised) and the ladder rung that produced it."""

    text: str
    encoding: str


@dataclass(frozen=True)
class DecodeFailure:
    """Why bytes could not be decoded: an ingest error ``code`` and a user-facing ``reason``."""

    code: str
    reason: str


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` to ``\\n``: done once, before the text becomes the original."""
    return _NEWLINES.sub("\n", text)


def sniff_binary(data: bytes) -> str | None:
    """What binary thing ``data`` is (a phrase for the error message), or None if it may be text."""
    head = data[:SNIFF_BYTES]
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    if not head:
        return None
    if b"\x00" in head:
        return "contains NUL bytes"
    control = sum(head.count(bytes([b])) for b in _CONTROL_BYTES)
    if control / len(head) > MAX_CONTROL_SHARE:
        return f"{control / len(head):.0%} of the first bytes are control characters"
    return None


def looks_persian(text: str) -> bool:
    """Whether a Windows-1256 decoding is plausible Persian (or Arabic) text rather than a misread."""
    if _C1.search(text):
        return False
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return False
    arabic = [c for c in letters if "\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff"]
    if len(arabic) / len(letters) < MIN_ARABIC_LETTER_SHARE:
        return False
    tah_zah = sum(1 for c in arabic if c in "طظ")
    if tah_zah / len(arabic) > MAX_TAH_ZAH_SHARE:
        return False
    # words are separated by spaces (about one character in six in Persian prose); byte noise has none
    spaces = sum(1 for c in text if c.isspace())
    return len(letters) < 20 or spaces / len(text) >= MIN_SPACE_SHARE


def _clean_text(text: str) -> bool:
    """Nearly all characters printable or whitespace, and some letters: used to accept BOM-less UTF-16."""
    if not text or not any(c.isalpha() for c in text):
        return False
    bad = sum(1 for c in text if unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs") and c not in "\t\n\r\f")
    return bad / len(text) < 0.01


def _utf8_errors(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd") - data.decode(
        "utf-8", errors="ignore"
    ).count("\ufffd")


def _declared(codec: str | None) -> str | None:
    if not codec:
        return None
    try:
        return codecs.lookup(codec).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None, name: str = "document") -> Decoded | DecodeFailure:
    """Run the decoding ladder on ``data``. ``declared`` is an encoding the container states (an HTML
    ``<meta charset>``), tried right after strict UTF-8. ``name`` is used in warnings."""
    if len(data) > MAX_DOCUMENT_BYTES:
        return DecodeFailure("too_large", _too_large_reason(len(data)))

    # 1. byte-order mark
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):] if codec != "utf-8-sig" else data
            try:
                return Decoded(normalise_newlines(body.decode(codec)), codec)
            except UnicodeDecodeError as exc:
                return DecodeFailure(
                    "undecodable", f"starts with a {codec} byte-order mark but is not valid {codec} at byte {exc.start}"
                )

    # 2. binary (after a chance for BOM-less UTF-16, which is full of NUL bytes)
    binary = sniff_binary(data)
    if binary is not None:
        if binary == "contains NUL bytes" and len(data) % 2 == 0 and len(data) >= 16:
            for codec, high in (("utf-16-le", data[1::2]), ("utf-16-be", data[0::2])):
                top = max(high.count(bytes([b])) for b in set(high) - {0}) if set(high) - {0} else 0
                if (high.count(0) + top) / len(high) < _UTF16_MIN_SAME_HIGH:
                    continue
                try:
                    text = data.decode(codec)
                except UnicodeDecodeError:
                    continue
                if _clean_text(text):
                    return Decoded(normalise_newlines(text), codec)
        return DecodeFailure("binary", f"not a text file: {binary}")

    # 3. strict UTF-8
    try:
        return Decoded(normalise_newlines(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        first_error = exc

    # 4. UTF-8 cut off in the middle of its last character
    if first_error.reason == "unexpected end of data" and len(data) - first_error.start <= 3:
        dropped = len(data) - first_error.start
        log.warning(
            "%s: ends in the middle of a UTF-8 character (cut off?); dropped the last %d byte(s)", name, dropped
        )
        return Decoded(normalise_newlines(data[: first_error.start].decode("utf-8")), "utf-8 (truncated)")

    # the container's own declaration (HTML meta charset), if it names something other than UTF-8
    codec = _declared(declared)
    if codec and codec not in ("utf-8", "utf-16-le", "utf-16-be", "utf-16"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            if not _C1.search(text):
                return Decoded(normalise_newlines(text), codec)

    # 5. Windows-1256 (older Persian sites), only if the result looks like Persian
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and looks_persian(text):
        return Decoded(normalise_newlines(text), "windows-1256")

    # 6. UTF-8 with a few damaged bytes
    errors = _utf8_errors(data)
    if errors * DAMAGED_UTF8_BYTES_PER_ERROR <= len(data):
        log.warning("%s: %d invalid UTF-8 byte sequence(s) replaced with U+FFFD", name, errors)
        return Decoded(normalise_newlines(data.decode("utf-8", errors="replace")), "utf-8 (damaged)")

    # 7. charset-normalizer, with a confidence check
    guess = _charset_normalizer_guess(data)
    if guess is not None:
        return guess

    # 8. refuse
    return DecodeFailure(
        "undecodable",
        f"could not decode the text: not UTF-8 (invalid byte at {first_error.start}), not Persian in "
        "Windows-1256, and no confident guess of another encoding; re-save it as UTF-8",
    )


def _charset_normalizer_guess(data: bytes) -> Decoded | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    best = from_bytes(data).best()
    if best is None or best.chaos > MAX_CHARSET_NORMALIZER_CHAOS:
        return None
    text = str(best)
    if _BAD_CONTROL.search(text):
        return None
    return Decoded(normalise_newlines(text), f"{best.encoding} (charset-normalizer)")


def _too_large_reason(size: int) -> str:
    return (
        f"{size / 1024 / 1024:.1f} MB is over the {MAX_DOCUMENT_BYTES // 1024 // 1024} MB limit per document "
        "(a news article is far smaller: is this a dump? split it into one file per article or JSON Lines)"
    )


def too_large(size: int) -> DecodeFailure:
    """The refusal for a document of ``size`` bytes over :data:`MAX_DOCUMENT_BYTES`."""
    return DecodeFailure("too_large", _too_large_reason(size))

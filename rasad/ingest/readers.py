"""Containers to :class:`~rasad.doc.RawDocument`: plain text, HTML pages and JSON Lines corpora.

:func:`read_paths` never raises for a bad document: it yields an :class:`~rasad.doc.IngestError` with a
stable ``code`` and a reason a user can act on, and goes on with the next document.

Error codes: ``not_found``, ``unreadable`` (permissions, I/O), ``too_large``, ``binary``, ``undecodable``,
``empty``, ``bad_json`` (a JSON Lines line that is not a JSON object), ``missing_text`` (a JSON object
without a usable ``text``), ``no_main_text`` (an HTML page with no extractable text).

Dispatch is by extension: ``.html``/``.htm``/``.xhtml`` → HTML, ``.jsonl``/``.ndjson`` → JSON Lines, everything
else (``.txt`` and unknown extensions) → the text ladder of :mod:`rasad.ingest.decode`.

Standard input (the path ``-``): if its first non-blank line parses as a JSON object, the stream is read as
JSON Lines (streamed, any length; ids fall back to ``stdin:<line>``); otherwise the whole stream is one text
document (``doc_id`` ``stdin``). A news article never starts with ``{``, and a JSON Lines corpus always
does, so the first line decides without reading the rest.
"""

from __future__ import annotations

import io
import json
import logging
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, BinaryIO, TextIO

from rasad.doc import IngestError, RawDocument
from rasad.ingest.decode import (
    MAX_DOCUMENT_BYTES,
    DecodeFailure,
    decode_bytes,
    normalise_newlines,
    sniff_binary,
    too_large,
)

log = logging.getLogger(__name__)

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
STDIN_NAME = "-"
STDIN_SOURCE = "<stdin>"

#: Metadata fields a JSON Lines record may carry besides ``text`` (and ``id``).
JSONL_FIELDS = ("title", "url", "published", "publisher")

#: Chunk size used to skip the rest of an over-long JSON Lines line without holding it in memory.
_SKIP_CHUNK = 1024 * 1024

_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)


Item = RawDocument | IngestError


def read_paths(paths: Iterable[str | Path], stdin: TextIO | BinaryIO | None = None) -> Iterator[Item]:
    """Every document under ``paths`` (files, folders read recursively in sorted order skipping hidden
    entries, or ``-`` for ``stdin``), as RawDocument or IngestError, in a stable order."""
    for path in paths:
        if str(path) == STDIN_NAME:
            if stdin is None:
                yield IngestError(STDIN_SOURCE, "unreadable", "'-' was given but no standard input is available")
            else:
                yield from read_stream(stdin)
            continue
        path = Path(path)
        if path.is_dir():
            for file in iter_files(path):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield IngestError(str(path), "not_found", "no such file or folder")


def iter_files(folder: Path) -> Iterator[Path]:
    """Files under ``folder``, recursively, sorted by path, skipping hidden files and folders."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        log.warning("cannot list %s: %s", folder, exc)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            yield from iter_files(entry)
        elif entry.is_file():
            yield entry


def count_inputs(paths: Iterable[str | Path]) -> int:
    """How many items :func:`read_paths` will yield, cheaply: one per file, one per non-blank line of a
    JSON Lines file (counted by streaming), one for standard input. For progress bars."""
    total = 0
    for path in paths:
        if str(path) == STDIN_NAME:
            total += 1
            continue
        path = Path(path)
        files = iter_files(path) if path.is_dir() else [path]
        for file in files:
            if file.suffix.lower() in JSONL_EXTENSIONS:
                total += max(1, _count_nonblank_lines(file))
            else:
                total += 1
    return total


def _count_nonblank_lines(path: Path) -> int:
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


def read_file(path: Path) -> Iterator[Item]:
    """One file by its extension."""
    suffix = path.suffix.lower()
    if suffix in JSONL_EXTENSIONS:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield IngestError(str(path), "unreadable", f"cannot open: {exc.strerror or exc}")
            return
        with handle:
            yield from read_jsonl(handle, str(path), path.stem)
        return
    data = _read_limited(path)
    if isinstance(data, IngestError):
        yield data
    elif suffix in HTML_EXTENSIONS:
        yield read_html(data, str(path), path.stem)
    else:
        yield read_text(data, str(path), path.stem)


def _read_limited(path: Path) -> bytes | IngestError:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            failure = too_large(size)
            return IngestError(str(path), failure.code, failure.reason)
        return path.read_bytes()
    except OSError as exc:
        return IngestError(str(path), "unreadable", f"cannot read: {exc.strerror or exc}")


def _has_text(text: str) -> bool:
    return any(c.isalnum() for c in text)


def read_text(data: bytes, source: str, doc_id: str) -> Item:
    """One plain-text document through the decoding ladder."""
    if not data.strip():
        return IngestError(source, "empty", "the file is empty" if not data else "the file holds only whitespace")
    decoded = decode_bytes(data, name=source)
    if isinstance(decoded, DecodeFailure):
        return IngestError(source, decoded.code, decoded.reason)
    if not _has_text(decoded.text):
        return IngestError(source, "empty", "no letters or digits in the text (only whitespace or punctuation)")
    return RawDocument(doc_id=doc_id, source=source, text=decoded.text, format="txt", encoding=decoded.encoding)


# --------------------------------------------------------------------------------------------- HTML


def read_html(data: bytes, source: str, doc_id: str) -> Item:
    """An HTML page: main text and metadata by trafilatura, with a fallback ladder (``HTML_LADDER``):

    1. ``trafilatura``: main text, title, date, site name, canonical URL (``bare_extraction`` with metadata,
       comments excluded: reader comments are not the article).
    2. ``trafilatura-recall``: the same favouring recall, for short pages under trafilatura's default
       minimum size (short news items are common).
    3. ``body-text``: the text of ``<body>`` without script, style, nav, header, footer, aside, form and
       noscript, one block per line, for pages trafilatura cannot parse (or if it cannot be imported).
    4. refusal: ``no_main_text``.
    """
    if not data.strip():
        return IngestError(source, "empty", "the file is empty")
    match = _HTML_CHARSET.search(data[:4096])
    declared = match.group(1).decode("ascii", "ignore") if match else None
    decoded = decode_bytes(data, declared=declared, name=source)
    if isinstance(decoded, DecodeFailure):
        return IngestError(source, decoded.code, decoded.reason)
    html = decoded.text
    extracted = _trafilatura(html)
    if extracted is not None:
        text, meta = extracted
    else:
        text, meta = _body_text(html), {}
        if not meta.get("title"):
            meta["title"] = _html_title(html)
    text = normalise_newlines(text or "").strip("\n")
    if not _has_text(text):
        return IngestError(source, "no_main_text", "no main text found in the HTML page (trafilatura and the plain "
                           "<body> text both came out empty)")
    return RawDocument(
        doc_id=doc_id, source=source, text=text, format="html", title=meta.get("title"), url=meta.get("url"),
        published=meta.get("date"), publisher=meta.get("sitename"), encoding=decoded.encoding,
    )


HTML_LADDER = ("trafilatura", "trafilatura-recall", "body-text", "refuse")


def _trafilatura(html: str) -> tuple[str, dict[str, str | None]] | None:
    try:
        import trafilatura
    except ImportError as exc:  # e.g. lxml without lxml_html_clean: fall back to the body text
        log.warning("trafilatura unavailable (%s); using the plain <body> text", exc)
        return None
    for options in ({}, {"favor_recall": True}):
        try:
            doc = trafilatura.bare_extraction(
                html, with_metadata=True, include_comments=False, include_tables=True, **options
            )
        except Exception as exc:  # noqa: BLE001 - trafilatura on broken markup; the next rung handles it
            log.debug("trafilatura failed: %s", exc)
            continue
        if doc is None:
            continue
        get = doc.get if isinstance(doc, dict) else lambda key, doc=doc: getattr(doc, key, None)
        text = get("text") or ""
        if _has_text(text):
            meta = {key: _clean_meta(get(key)) for key in ("title", "date", "sitename", "url")}
            return text, meta
    return None


def _clean_meta(value: object) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "iframe")
_BLOCK_TAGS = frozenset(
    "p div br li h1 h2 h3 h4 h5 h6 tr td th section article blockquote pre dd dt table ul ol".split()
)


def _body_text(html: str) -> str:
    """Text of ``<body>`` minus non-content elements, a line per block; empty if even lxml cannot parse it."""
    try:
        import lxml.html
    except ImportError:  # pragma: no cover - trafilatura depends on lxml
        return re.sub(r"<[^>]+>", " ", html)
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - lxml raises several types on garbage
        return ""
    body = root.find(".//body")
    if body is None:
        body = root
    for element in [e for e in body.iter(*_DROP_TAGS) if e is not body and e.getparent() is not None]:
        element.drop_tree()
    parts: list[str] = []
    for element in body.iter():
        if not isinstance(element.tag, str):
            if element.tail:
                parts.append(element.tail)
            continue
        if element.tag in _BLOCK_TAGS:
            parts.append("\n")
        if element.text:
            parts.append(element.text)
        if element.tail and element is not body:
            parts.append(element.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_title(html: str) -> str | None:
    match = re.search(r"<title[^>]*>(.*?)</title>", html, re.I | re.S)
    return _clean_meta(re.sub(r"<[^>]+>", "", match.group(1))) if match else None


# --------------------------------------------------------------------------------------------- JSONL


def read_jsonl(handle: BinaryIO, path: str, stem: str) -> Iterator[Item]:
    """One document per line of a JSON Lines stream, read line by line (any file size). A bad line yields
    an IngestError naming its line number and the reading goes on; blank lines are skipped."""
    first = True
    number = 0
    while True:
        try:
            line = handle.readline(MAX_DOCUMENT_BYTES + 1)
        except OSError as exc:
            yield IngestError(path, "unreadable", f"read error after line {number}: {exc.strerror or exc}")
            return
        if not line:
            return
        number += 1
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            size = len(line) + _skip_rest_of_line(handle)
            failure = too_large(size)
            yield IngestError(f"{path}:{number}", failure.code, f"line {number}: {failure.reason}")
            first = False
            continue
        if first:
            first = False
            if line.startswith((b"\xff\xfe", b"\xfe\xff")):
                yield IngestError(path, "undecodable", "the file is UTF-16; JSON Lines must be UTF-8")
                return
            binary = sniff_binary(line)
            if binary:
                yield IngestError(path, "binary", f"not a JSON Lines text file: {binary}")
                return
            if line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
        if not line.strip():
            continue
        yield _jsonl_record(line, number, path, stem)


def _skip_rest_of_line(handle: IO[bytes]) -> int:
    skipped = 0
    while True:
        chunk = handle.readline(_SKIP_CHUNK)
        skipped += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _jsonl_record(line: bytes, number: int, path: str, stem: str) -> Item:
    where = f"{path}:{number}"
    try:
        text_line = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return IngestError(where, "undecodable", f"line {number}: not valid UTF-8 at byte {exc.start} "
                           "(JSON Lines must be UTF-8)")
    try:
        record = json.loads(text_line)
    except json.JSONDecodeError as exc:
        message = re.sub(r"\s+at$", "", exc.msg)
        return IngestError(where, "bad_json", f"line {number}: not valid JSON ({message}, column {exc.colno})")
    if not isinstance(record, dict):
        return IngestError(where, "bad_json", f"line {number}: expected a JSON object, got {type(record).__name__}")
    raw_id = record.get("id")
    doc_id = str(raw_id) if raw_id not in (None, "") and not isinstance(raw_id, (dict, list)) else f"{stem}:{number}"
    source = f"{path}#{doc_id}"
    text = record.get("text")
    if text is None:
        fields = ", ".join(sorted(map(str, record))) or "none"
        return IngestError(source, "missing_text", f"line {number}: no 'text' field (fields: {fields})")
    if not isinstance(text, str):
        return IngestError(source, "missing_text", f"line {number}: 'text' is a {type(text).__name__}, not a string")
    text = normalise_newlines(text)
    if not _has_text(text):
        return IngestError(source, "empty", f"line {number}: 'text' is empty")
    if len(text.encode("utf-8")) > MAX_DOCUMENT_BYTES:  # pragma: no cover - the line limit catches it first
        failure = too_large(len(text.encode("utf-8")))
        return IngestError(source, failure.code, f"line {number}: {failure.reason}")
    meta = {key: _clean_meta(record.get(key)) if not isinstance(record.get(key), (dict, list)) else None
            for key in JSONL_FIELDS}
    return RawDocument(doc_id=doc_id, source=source, text=text, format="jsonl", encoding="utf-8", **meta)


# --------------------------------------------------------------------------------------------- stdin


def read_stream(stream: TextIO | BinaryIO, name: str = STDIN_SOURCE) -> Iterator[Item]:
    """Standard input (or any stream): JSON Lines if its first non-blank line is a JSON object, else one
    text document. A text-mode stream is read through its binary buffer when it has one."""
    binary = _binary_stream(stream)
    head: list[bytes] = []
    while True:
        line = binary.readline(MAX_DOCUMENT_BYTES + 1)
        head.append(line)
        if not line or line.strip() or len(line) > MAX_DOCUMENT_BYTES:
            break
    first = line.strip().lstrip(b"\xef\xbb\xbf")
    rest = _Chain(head, binary)
    if first.startswith(b"{") and _is_json_object(first):
        yield from read_jsonl(rest, name, "stdin")
        return
    data = rest.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        yield IngestError(name, "too_large", too_large(len(data) + _drain(rest)).reason)
        return
    yield read_text(data, name, "stdin")


def _is_json_object(line: bytes) -> bool:
    try:
        return isinstance(json.loads(line.decode("utf-8")), dict)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return False


def _binary_stream(stream: TextIO | BinaryIO) -> BinaryIO:
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        return buffer
    sample = stream.read(0)
    if isinstance(sample, bytes):
        return stream  # type: ignore[return-value]
    # a text stream without a buffer (io.StringIO): encode what it holds
    return io.BytesIO(stream.read().encode("utf-8"))  # type: ignore[union-attr]


def _drain(stream: _Chain) -> int:
    total = 0
    while chunk := stream.read(_SKIP_CHUNK):
        total += len(chunk)
    return total


class _Chain(io.RawIOBase):
    """Lines already read from a stream, followed by the rest of the stream."""

    def __init__(self, head: list[bytes], tail: BinaryIO):
        self._head = io.BytesIO(b"".join(head))
        self._tail = tail

    def readable(self) -> bool:
        return True

    def readline(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        line = self._head.readline(size if size is not None else -1)
        if line.endswith(b"\n") or (size is not None and 0 <= size <= len(line)):
            return line
        more = self._tail.readline(-1 if size is None or size < 0 else size - len(line))
        return line + more

    def read(self, size: int | None = -1) -> bytes:  # type: ignore[override]
        data = self._head.read(size if size is not None else -1)
        if size is None or size < 0:
            return data + self._tail.read()
        if len(data) < size:
            data += self._tail.read(size - len(data))
        return data

    def readinto(self, buffer) -> int:  # pragma: no cover - read/readline are what callers use
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

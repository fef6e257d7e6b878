"""The ingest stage: every container, every bad input gets a coded error, the run never stops."""

from __future__ import annotations

import io
import json
import logging
from pathlib import Path

import pytest

from rasad.doc import IngestError, RawDocument
from rasad.ingest import MAX_DOCUMENT_BYTES, count_inputs, decode_bytes, read_paths
from rasad.ingest.decode import Decoded, DecodeFailure, looks_persian

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SAMPLES = Path(__file__).resolve().parent.parent / "samples"

PERSIAN = "وزیر امور خارجه ایران امروز با همتای روسی خود در مسکو دیدار و گفتگو کرد.\nدو طرف بر گسترش همکاری تاکید کردند."


def arabic_letters(text: str) -> str:
    """Windows-1256 has Arabic ي/ك, not Persian ی/ک: old Persian sites wrote those."""
    return text.replace("ی", "ي").replace("ک", "ك")


def one(paths, **kwargs):
    items = list(read_paths(paths, **kwargs))
    assert len(items) == 1, items
    return items[0]


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ------------------------------------------------------------------------------------------------ text


def test_utf8_text_file(tmp_path):
    doc = one([write(tmp_path, "news-1.txt", PERSIAN.encode("utf-8"))])
    assert isinstance(doc, RawDocument)
    assert doc.doc_id == "news-1" and doc.format == "txt" and doc.encoding == "utf-8"
    assert doc.text == PERSIAN
    assert doc.source == str(tmp_path / "news-1.txt")


def test_crlf_is_normalised_before_the_text_becomes_the_original(tmp_path):
    doc = one([write(tmp_path, "a.txt", PERSIAN.replace("\n", "\r\n").encode("utf-8") + b"\rend")])
    assert "\r" not in doc.text
    assert doc.text == PERSIAN + "\nend"


def test_utf8_bom(tmp_path):
    doc = one([write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + PERSIAN.encode("utf-8"))])
    assert doc.text == PERSIAN and not doc.text.startswith("\ufeff")
    assert doc.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec,bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff")])
def test_utf16_with_bom(tmp_path, codec, bom):
    doc = one([write(tmp_path, "u16.txt", bom + PERSIAN.encode(codec))])
    assert isinstance(doc, RawDocument), doc
    assert doc.text == PERSIAN and doc.encoding == codec


def test_utf16_without_bom_is_not_called_binary(tmp_path):
    doc = one([write(tmp_path, "u16.txt", PERSIAN.encode("utf-16-le"))])
    assert isinstance(doc, RawDocument) and doc.text == PERSIAN


def test_windows_1256(tmp_path):
    text = arabic_letters("رئیس جمهور در گفتگوی تلفنی با رئیس جمهور روسیه درباره تحولات غزه گفتگو کرد.")
    doc = one([write(tmp_path, "old.txt", text.encode("cp1256"))])
    assert isinstance(doc, RawDocument), doc
    assert doc.text == text and doc.encoding == "windows-1256"


def test_utf8_persian_misread_as_1256_is_not_persian():
    mojibake = PERSIAN.encode("utf-8").decode("cp1256")
    assert not looks_persian(mojibake)
    assert looks_persian(PERSIAN)


def test_latin1_is_not_taken_for_1256():
    result = decode_bytes("Le ministre a rencontré son homologue à Téhéran.".encode("latin-1"))
    assert not (isinstance(result, Decoded) and result.encoding == "windows-1256")


def test_truncated_utf8_keeps_the_text_and_says_so(tmp_path, caplog):
    data = PERSIAN.encode("utf-8")
    cut = data[: len(data) - 2]  # text ends "د.": the dot and the 2nd byte of "د" go, cutting mid-character
    with caplog.at_level(logging.WARNING):
        doc = one([write(tmp_path, "cut.txt", cut)])
    assert isinstance(doc, RawDocument), doc
    assert doc.text == PERSIAN[:-2]
    assert doc.encoding == "utf-8 (truncated)"
    assert "cut.txt" in caplog.text and "middle of a UTF-8 character" in caplog.text


def test_damaged_utf8_in_the_middle_is_kept_with_replacements():
    text = PERSIAN * 20
    data = text[:200].encode("utf-8") + b"\xff" + text[200:].encode("utf-8")
    result = decode_bytes(data)
    assert isinstance(result, Decoded) and result.encoding == "utf-8 (damaged)"
    assert result.text.count("\ufffd") == 1


def test_random_bytes_are_refused(tmp_path):
    import random

    rng = random.Random(7)
    noise = bytes(rng.randrange(128, 256) for _ in range(4000))
    item = one([write(tmp_path, "noise.txt", noise)])
    assert isinstance(item, IngestError) and item.code in ("undecodable", "binary"), item


@pytest.mark.parametrize(
    "data,what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (b"\x1f\x8b\x08\x00\x00\x00", "gzip"),
        (b"abc\x00\x01\x02def\x00\xff\xfe\x00\x00", "NUL"),
    ],
)
def test_binary(tmp_path, data, what):
    item = one([write(tmp_path, "x.txt", data)])
    assert isinstance(item, IngestError)
    assert item.code == "binary" and what in item.reason


@pytest.mark.parametrize("data", [b"", b"  \n\r\n\t  ", "\u200c \u00a0".encode("utf-8")])
def test_empty(tmp_path, data):
    item = one([write(tmp_path, "e.txt", data)])
    assert isinstance(item, IngestError) and item.code == "empty", item


def test_50mb_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:
        chunk = ("خبر " * 1000).encode("utf-8")
        while handle.tell() < 50 * 1024 * 1024:
            handle.write(chunk)
    item = one([path])
    assert isinstance(item, IngestError) and item.code == "too_large"
    assert "MB" in item.reason and "20 MB" in item.reason


def test_unknown_extension_goes_through_the_text_ladder(tmp_path):
    doc = one([write(tmp_path, "note.md", PERSIAN.encode("utf-8"))])
    assert isinstance(doc, RawDocument) and doc.doc_id == "note" and doc.text == PERSIAN


def test_missing_path_is_an_error_not_an_exception(tmp_path):
    item = one([tmp_path / "nope.txt"])
    assert isinstance(item, IngestError) and item.code == "not_found"


def test_folder_recursive_sorted_skipping_hidden(tmp_path):
    write(tmp_path, "b.txt", PERSIAN.encode())
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.txt", PERSIAN.encode())
    write(tmp_path, ".hidden.txt", PERSIAN.encode())
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "c.txt", PERSIAN.encode())
    write(tmp_path, "bad.txt", b"")
    items = list(read_paths([tmp_path]))
    assert [Path(i.source).name for i in items] == ["b.txt", "bad.txt", "a.txt"]
    assert isinstance(items[1], IngestError) and isinstance(items[2], RawDocument)
    assert count_inputs([tmp_path]) == 3


def test_bad_documents_never_stop_the_run(tmp_path):
    write(tmp_path, "1.txt", b"\x00\x01binary")
    write(tmp_path, "2.txt", PERSIAN.encode())
    write(tmp_path, "3.html", b"<html><body><script>x()</script></body></html>")
    write(tmp_path, "4.txt", PERSIAN.encode("utf-8")[:-2])
    kinds = [type(i).__name__ for i in read_paths([tmp_path, tmp_path / "missing"])]
    assert kinds == ["IngestError", "RawDocument", "IngestError", "RawDocument", "IngestError"]


def test_samples_read_as_utf8():
    docs = list(read_paths([SAMPLES]))
    assert len(docs) == 5 and all(isinstance(d, RawDocument) and d.encoding == "utf-8" for d in docs)
    assert docs[0].doc_id == "000_9c1391a8c8a9f4c5"


# ------------------------------------------------------------------------------------------------ HTML


def test_html_main_text_and_metadata():
    doc = one([FIXTURES / "article.html"])
    assert isinstance(doc, RawDocument), doc
    assert doc.format == "html" and doc.doc_id == "article"
    assert "وزیر امور خارجه کشورمان صبح امروز در تهران" in doc.text
    assert "نباید خوانده شود" not in doc.text  # script
    assert "کلیه حقوق" not in doc.text  # footer
    assert doc.publisher == "خبرگزاری نمونه"
    assert doc.published and doc.published.startswith("2023-10-09")
    assert doc.title and "دیدار وزیر خارجه با همتای عمانی" in doc.title


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><p>\xd9\x88\xd8\xb2\xdb\x8c\xd8\xb1 <b>\xda\xaf\xd9\x81\xd8\xaa<p><div></span></table>",
        "<div><p>رئیس جمهور گفت<<<>>></p><p>متن دوم".encode("utf-8"),
        "<<<<>>>> <html <body <p>خبر کوتاه".encode("utf-8"),
    ],
)
def test_broken_html_does_not_crash(tmp_path, html):
    item = one([write(tmp_path, "broken.html", html)])
    assert isinstance(item, (RawDocument, IngestError))
    if isinstance(item, RawDocument):
        assert item.text.strip()
    else:
        assert item.code == "no_main_text"


def test_short_html_falls_back_to_body_text(tmp_path):
    html = "<html><body><p>رئیس جمهور امروز به مسکو سفر کرد.</p></body></html>".encode("utf-8")
    doc = one([write(tmp_path, "short.htm", html)])
    assert isinstance(doc, RawDocument) and "رئیس جمهور امروز به مسکو سفر کرد" in doc.text


def test_html_without_text_is_no_main_text(tmp_path):
    html = b"<html><head><style>p{}</style></head><body><script>var a=1;</script><img src=x></body></html>"
    item = one([write(tmp_path, "empty.html", html)])
    assert isinstance(item, IngestError) and item.code == "no_main_text"


def test_html_windows_1256_declared(tmp_path):
    body = "<html><head><meta charset=windows-1256></head><body><p>" + arabic_letters(PERSIAN) + "</p></body></html>"
    doc = one([write(tmp_path, "old.html", body.encode("cp1256"))])
    assert isinstance(doc, RawDocument) and arabic_letters("همتای روسی") in doc.text


# ------------------------------------------------------------------------------------------------ JSONL


def test_jsonl_records_and_errors_with_line_numbers():
    items = list(read_paths([FIXTURES / "corpus.jsonl"]))
    path = str(FIXTURES / "corpus.jsonl")
    assert len(items) == 5  # the blank line 2 is not a document
    first = items[0]
    assert isinstance(first, RawDocument)
    assert first.doc_id == "a1" and first.source == f"{path}#a1" and first.format == "jsonl"
    assert first.title == "عنوان اول" and first.url == "https://example.ir/1"
    assert first.published == "1402/07/17" and first.publisher == "ایسنا"
    bad, not_object, no_text, last = items[1:]
    assert isinstance(bad, IngestError) and bad.code == "bad_json" and bad.reason.startswith("line 3:")
    assert isinstance(not_object, IngestError) and not_object.code == "bad_json" and "line 4" in not_object.reason
    assert isinstance(no_text, IngestError) and no_text.code == "missing_text" and "line 5" in no_text.reason
    assert isinstance(last, RawDocument) and last.doc_id == "corpus:6"  # fallback id: stem and line number
    assert last.text.endswith("می‌شود.\nخط دوم")


def test_big_jsonl_is_streamed_and_an_oversized_line_is_refused(tmp_path):
    path = tmp_path / "big.jsonl"
    record = json.dumps({"text": PERSIAN * 50}, ensure_ascii=False)
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "huge", "text": "خ" * (MAX_DOCUMENT_BYTES // 2 + 10)}, ensure_ascii=False))
        handle.write("\n")
        for _ in range(3000):
            handle.write(record + "\n")
    items = list(read_paths([path]))
    assert len(items) == 3001
    assert isinstance(items[0], IngestError) and items[0].code == "too_large" and "line 1" in items[0].reason
    assert all(isinstance(i, RawDocument) for i in items[1:])
    assert items[5].doc_id == "big:6"
    assert count_inputs([path]) == 3001


def test_jsonl_invalid_utf8_line(tmp_path):
    path = write(tmp_path, "c.jsonl", b'{"text": "\xff\xfe bad"}\n{"text": "' + PERSIAN.encode().replace(b"\n", b"\\n") + b'"}\n')
    first, second = read_paths([path])
    assert isinstance(first, IngestError) and first.code == "undecodable" and "line 1" in first.reason
    assert isinstance(second, RawDocument) and second.text == PERSIAN


# ------------------------------------------------------------------------------------------------ stdin


def test_stdin_text_binary_stream():
    doc = one(["-"], stdin=io.BytesIO(PERSIAN.encode("utf-8")))
    assert isinstance(doc, RawDocument) and doc.doc_id == "stdin" and doc.text == PERSIAN


def test_stdin_text_mode_stream():
    doc = one(["-"], stdin=io.StringIO(PERSIAN))
    assert isinstance(doc, RawDocument) and doc.text == PERSIAN


def test_stdin_jsonl():
    lines = "\n" + json.dumps({"id": 7, "text": PERSIAN}, ensure_ascii=False) + "\nnot json\n"
    items = list(read_paths(["-"], stdin=io.BytesIO(lines.encode("utf-8"))))
    assert isinstance(items[0], RawDocument) and items[0].doc_id == "7" and items[0].text == PERSIAN
    assert isinstance(items[1], IngestError) and items[1].code == "bad_json" and "line 3" in items[1].reason


def test_dash_without_stdin_is_an_error():
    item = one(["-"])
    assert isinstance(item, IngestError) and item.code == "unreadable"


def test_decode_refuses_over_the_limit_without_decoding():
    result = decode_bytes(b"a" * (MAX_DOCUMENT_BYTES + 1))
    assert isinstance(result, DecodeFailure) and result.code == "too_large"

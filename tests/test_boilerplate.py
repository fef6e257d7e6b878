"""Boilerplate finder: flags page furniture, never news sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rasad.ingest.boilerplate import explain, find_boilerplate, load_patterns, match_line

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SHARED = ROOT.parent / "shared" / "corpora"
FARS = SHARED / "farsnews" / "farsnews_1382_1400.jsonl"
HAMSHAHRI = SHARED / "hamshahri_rss" / "hamshahri.jsonl"


def sample(prefix: str) -> str:
    return next(SAMPLES.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.mark.parametrize("pattern", load_patterns(), ids=lambda p: p.name)
def test_every_pattern_matches_its_own_example(pattern):
    previous = pattern.after[0] if pattern.after else None
    found = match_line(pattern.example, previous)
    assert found is not None and found.name == pattern.name


def test_spans_point_into_the_original():
    for path in SAMPLES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        for span in find_boilerplate(text):
            assert text[span.start:span.end] == span.text


def test_sample_000_reader_submission_footer():
    names = [(name, span.text) for span, name in explain(sample("000"))]
    assert names == [
        ("reader_submission", "شما می توانید مطالب و تصاویر خود را به آدرس زیر ارسال فرمایید."),
        ("email_line", "bultannews@gmail.com"),
    ]


def test_sample_003_comment_form_code_and_end_marker():
    text = sample("003")
    flagged = [span.text for span in find_boilerplate(text)]
    assert "کد خبر: ۴۷۷۶۱۲۴" in flagged
    assert "انتهای پیام/" in flagged
    assert "ارسال دیدگاه" in flagged and "دیدگاهتان را بنویسید" in flagged
    assert any(t.startswith("نشانی ایمیل شما منتشر نخواهد شد") for t in flagged)
    # "تبادل نظر" inside a news sentence is news
    assert all("تبادل نظر کرد" not in t for t in flagged)


def test_sample_004_tail_from_related_news():
    text = sample("004")
    spans = explain(text)
    tail, name = spans[-1]
    assert name == "tail_related_news" and tail.end == len(text)
    assert tail.text.startswith("اخبار پیشنهادی") and "آخرین اخبار" in tail.text
    assert "تبادل نظر" in tail.text and "آدرس ایمیل خود را" in tail.text


@pytest.mark.parametrize("prefix", ["001", "002"])
def test_clean_samples_have_no_boilerplate(prefix):
    assert find_boilerplate(sample(prefix)) == []


def test_no_news_sentence_of_the_samples_is_flagged():
    for path in SAMPLES.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        flagged = "".join(span.text for span in find_boilerplate(text))
        for line in text.split("\n"):
            if len(line.strip()) > 120:  # every paragraph of news
                assert line.strip() not in flagged, (path.name, line[:60])


def test_arabic_letters_and_missing_zwnj_are_tolerated():
    assert match_line("دیدگاهتان را بنویسید") and match_line("ديدگاه‌تان را بنويسيد")
    assert match_line("نشاني ايميل شما منتشر نخواهد شد.")
    assert match_line("اخبار‌ مرتبط") and match_line("آخرين اخبار")
    assert match_line("بخشهای موردنیاز علامتگذاری شدهاند *") and match_line("بخش‌های موردنیاز علامت‌گذاری شده‌اند *")


def test_tail_heading_at_the_top_is_only_a_line():
    text = "آخرین اخبار\nوزیر امور خارجه امروز در سفری رسمی وارد مسکو شد و با همتای روسی خود درباره تحولات منطقه گفتگو کرد. " * 3
    spans = find_boilerplate(text)
    assert [s.text for s in spans] == ["آخرین اخبار"]


def test_email_in_news_is_content_but_under_a_footer_is_boilerplate():
    news = "اتباع می‌توانند آمادگی خود را اعلام کنند.\nایمیل بخش کنسولی سفارت:\nvie.consulate@mfa.ir\nتلفن: ۱۲۳"
    assert find_boilerplate(news) == []
    footer = "متن خبر.\nشما می‌توانید اخبار خود را به نشانی زیر ارسال کنید.\nnews@example.ir"
    assert [s.text for s in find_boilerplate(footer)][-1] == "news@example.ir"


def _corpus(path: Path, limit: int | None = None):
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)


@pytest.mark.skipif(not FARS.exists(), reason="../shared corpora not available")
@pytest.mark.parametrize("path", [FARS, HAMSHAHRI], ids=["farsnews", "hamshahri"])
def test_real_articles_lose_no_news(path):
    """Over whole corpora of real articles: flagged text is a tiny share, never a paragraph of news, and
    only end markers / navigation lines (the patterns these corpora actually contain)."""
    total = flagged = 0
    names = set()
    for record in _corpus(path):
        text = record["text"]
        total += len(text)
        for span, name in explain(text):
            flagged += len(span.text)
            names.add(name)
            assert len(span.text) < 80, (record["id"], span.text[:80])
        title = record.get("title") or ""
        if title:
            assert all(title not in span.text for span in find_boilerplate(text))
    assert flagged / total < 0.001
    assert names <= {"end_of_story", "back_to_section"}


@pytest.mark.skipif(not FARS.exists(), reason="../shared corpora not available")
def test_fars_end_markers_are_found():
    ends = [span.text for record in _corpus(FARS) for span, name in explain(record["text"]) if name == "end_of_story"]
    assert len(ends) >= 5 and all("انتها" in e or "پایان" in e for e in ends)

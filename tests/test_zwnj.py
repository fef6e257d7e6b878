"""ZWNJ restoration: real Persian words, the insert-only contract, and leaving real words whole."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from rasad.normalise.zwnj import ZWNJ, ZwnjRestorer

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"

RESTORED = {
    "میتواند": "می‌تواند",
    "نمیتواند": "نمی‌تواند",
    "بحرانهای": "بحران‌های",
    "پیچیدهتر": "پیچیده‌تر",
    "نخستوزیر": "نخست‌وزیر",
    "رئیسجمهور": "رئیس‌جمهور",
    "بینالمللی": "بین‌المللی",
    "گفتوگو": "گفت‌وگو",
    "تصمیمگیری": "تصمیم‌گیری",
    "آتشبس": "آتش‌بس",
    "بهویژه": "به‌ویژه",
    "جنایتهای": "جنایت‌های",
    "صهیونیستها": "صهیونیست‌ها",
    "آمریکاییها": "آمریکایی‌ها",
    "وحشیانهای": "وحشیانه‌ای",
    "خانهام": "خانه‌ام",
    "برمیگردد": "برمی‌گردد",
    # compound heads learned from the corpora (کننده, نگاران)
    "واقعهنگاران": "واقعه‌نگاران",
    "مسخرهکننده": "مسخره‌کننده",
    # perfect whose stem hazm lacks: ده + ایم
    "چکاندهایم": "چکانده‌ایم",
    # هایشان is one suffix
    "اندوختههایشان": "اندوخته‌هایشان",
    "پنجرههایشان": "پنجره‌هایشان",
    # ای after ی (سنتی + ای), with دریای-type words kept out of the statistics
    "سنتیای": "سنتی‌ای",
    "فضاییای": "فضایی‌ای",
    # ها after ع, with جامعهای-type words kept out of the statistics
    "شمعهای": "شمع‌های",
    # comparative + ی
    "دقیقتری": "دقیق‌تری",
    # two words seen written with a space in the corpora (spaced.tsv)
    "تحتفشار": "تحت‌فشار",
}

WHOLE = [
    "میز", "مینا", "تهران", "هامون", "ترکیه", "مهم", "تری", "همین", "میان", "بیمار", "تنها", "کشورها", "بیشتر",
    "دریای", "زیبای", "بیشتری", "کتری",
]


@pytest.fixture(scope="module")
def restorer() -> ZwnjRestorer:
    return ZwnjRestorer.load()


@pytest.mark.parametrize(("joined", "expected"), sorted(RESTORED.items()))
def test_example_words_restored(restorer: ZwnjRestorer, joined: str, expected: str) -> None:
    assert restorer.restore(joined) == expected


@pytest.mark.parametrize("word", WHOLE)
def test_real_words_not_split(restorer: ZwnjRestorer, word: str) -> None:
    assert restorer.restore(word) == word
    assert restorer.insertion_points(word) == []


def test_sentence(restorer: ZwnjRestorer) -> None:
    text = "نخستوزیر گفت ایران میتواند در گفتوگوهای بینالمللی نقش مهمتری داشته باشد."
    assert restorer.restore(text) == "نخست‌وزیر گفت ایران می‌تواند در گفت‌وگوهای بین‌المللی نقش مهم‌تری داشته باشد."


def test_insertion_points_are_indices_into_input(restorer: ZwnjRestorer) -> None:
    text = "او میتواند"
    assert restorer.insertion_points(text) == [5]
    assert restorer.restore(text) == "او می" + ZWNJ + "تواند"


def test_existing_zwnj_untouched(restorer: ZwnjRestorer) -> None:
    text = "رئیس‌جمهور و نخست‌وزیر می‌گویند بحران‌های بین‌المللی پیچیده‌تر شده‌اند."
    assert restorer.restore(text) == text
    # A word whose ZWNJ is already present is not given a second one, while its neighbour is restored.
    assert restorer.restore("می‌تواند میتواند") == "می‌تواند می‌تواند"


def test_empty_and_non_persian(restorer: ZwnjRestorer) -> None:
    assert restorer.restore("") == ""
    assert restorer.insertion_points("") == []
    for text in ("Prime Minister mitavanad 2024-05-01", "123 456", "«»،؛؟ ...", "http://example.com/news?id=5"):
        assert restorer.restore(text) == text


def _only_inserts(original: str, restored: str) -> bool:
    return restored.replace(ZWNJ, "") == original.replace(ZWNJ, "") and restored.count(ZWNJ) >= original.count(ZWNJ)


def test_contract_on_samples(restorer: ZwnjRestorer) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    if not paths:
        pytest.skip(f"samples not found at {SAMPLES}")
    inserted = 0
    for path in paths:
        text = path.read_text(encoding="utf-8")
        points = restorer.insertion_points(text)
        assert points == sorted(set(points))
        assert all(0 < p < len(text) for p in points)
        restored = restorer.restore(text)
        assert _only_inserts(text, restored)
        # Exactly the reported points, in input coordinates.
        rebuilt = "".join(ZWNJ + ch if i in set(points) else ch for i, ch in enumerate(text))
        assert rebuilt == restored
        inserted += len(points)
    assert inserted > 50  # the samples are ZWNJ-stripped news: plenty to restore


def test_contract_with_mixed_text(restorer: ZwnjRestorer) -> None:
    text = "در سال 1402 (۲۰۲۳) آمریکاییها و «صهیونیستها» گفتند: Hamas؟ نمیتوانند!\nخط دوم بهویژه"
    restored = restorer.restore(text)
    assert _only_inserts(text, restored)
    assert "آمریکایی‌ها" in restored and "صهیونیست‌ها" in restored and "نمی‌توانند" in restored
    assert restored.endswith("به‌ویژه")


def test_load_is_fast_and_cached() -> None:
    start = time.perf_counter()
    ZwnjRestorer.from_directory(None)
    assert time.perf_counter() - start < 1.5
    assert ZwnjRestorer.load() is ZwnjRestorer.load()

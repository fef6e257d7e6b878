"""Story metadata: publisher, credited agencies, date, news code; the five samples match the gold."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from rasad.doc import RawDocument
from rasad.ingest import read_paths
from rasad.ingest.boilerplate import find_boilerplate
from rasad.ingest.story import extract_story, find_publisher, parse_container_date, parse_date

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "gold" / "seeds.jsonl"
SAMPLES = ROOT / "samples"


def norm(value: str | None) -> str | None:
    """FORMAT.md name normalisation: ي/ك → ی/ک, diacritics and tatweel removed, ZWNJ and spaces removed."""
    if value is None:
        return None
    value = value.replace("ي", "ی").replace("ك", "ک").replace("\u0640", "")
    value = re.sub("[\u064b-\u065f\u0670]", "", value)
    return re.sub("[\u200c\\s]", "", value)


def story_of(text: str, **raw) -> object:
    doc = RawDocument(doc_id="t", source="t", text=text, **raw)
    return extract_story(doc, find_boilerplate(text))


def gold_records():
    if not SEEDS.exists():
        pytest.skip("../shared/gold/seeds.jsonl not available")
    with SEEDS.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def test_five_samples_match_the_gold_story():
    records = gold_records()
    assert len(records) == 5
    docs = {d.doc_id: d for d in read_paths([SAMPLES])}
    for record in records:
        raw = docs[record["doc_id"]]
        story = extract_story(raw, find_boilerplate(raw.text))
        gold = record["story"]
        assert norm(story.publisher) == norm(gold["publisher"]), record["doc_id"]
        assert [norm(c) for c in story.credited] == [norm(c) for c in gold["credited"]], record["doc_id"]
        published = story.published.isoformat() if story.published else None
        assert published == gold["published"], record["doc_id"]


def test_publisher_span_points_into_the_text():
    for raw in read_paths([SAMPLES]):
        story = extract_story(raw, find_boilerplate(raw.text))
        span = story.publisher_span
        assert span is not None and raw.text[span.start:span.end] == span.text == story.publisher


def test_sample_003_date_time_and_code():
    raw = next(d for d in read_paths([SAMPLES]) if d.doc_id.startswith("003_"))
    story = extract_story(raw, find_boilerplate(raw.text))
    assert story.published == date(2024, 6, 1)
    assert story.published_at == datetime.fromisoformat("2024-06-01T08:00:00+03:30")
    assert story.news_code == "4776124"
    assert story.title == "باقری: ادامه جنایت در غزه بدون هزینه نخواهد بود"


@pytest.mark.parametrize(
    "text,publisher,credited",
    [
        ("به گزارش خبرگزاری فارس از تبریز به نقل از روابط عمومی شهرداری تبریز، شهردار گفت.", "خبرگزاری فارس",
         ["روابط عمومی شهرداری تبریز"]),
        ("به گزارش خبرنگار اقتصادی خبرگزاري فارس، وزیر نفت گفت.", "خبرگزاري فارس", []),
        ("تهران- ایرنا- رئیس جمهور امروز به نیویورک سفر کرد.", "ایرنا", []),
        ("به گزارش پایگاه خبری نمونه نیوز به نقل از رویترز، نشست برگزار شد.", "پایگاه خبری نمونه نیوز", ["رویترز"]),
        ("به گزارش مهر، وزیر کشور گفت انتخابات برگزار می‌شود.", "مهر", []),
        ("به گزارش فارس به نقل از روزنامه «الوطن»، نشست برگزار شد.", "فارس", ["روزنامه الوطن"]),
        ("به گزارش خبرنگار فارس در اصفهان، استاندار گفت.", "فارس", []),
        ("به گزارش مهر وزیر کشور امروز گفت انتخابات برگزار می‌شود.", "مهر", []),
        ("نماینده مجلس در گفت‌وگو با خبرنگار پارلمانی خبرگزاری فارس اظهار داشت: طرح تصویب شد.", "خبرگزاری فارس", []),
        ("به گزارش باشگاه خبری فارس «توانا» و به نقل از روابط عمومی فدراسیون، تیم ملی اعزام شد.",
         "باشگاه خبری فارس توانا", ["روابط عمومی فدراسیون"]),
        # a credited body ends where a place or a time begins
        ("به گزارش خبرگزاری فارس به نقل از بانک مرکزی روسیه در سه ماهه دوم سال ۲۰۰۵، سرمایه خارج شد.",
         "خبرگزاری فارس", ["بانک مرکزی روسیه"]),
        # a quoted name keeps the country after it
        ('به گزارش فارس به نقل از روزنامه "گرانما" کوبا، وزیر امور خارجه کوبا گفت.', "فارس", ["روزنامه گرانما کوبا"]),
        # an outlet no list has that names a foreign state is relayed, not the publisher
        ("به گزارش شبکه اطلاع رسانی عراق، سخنگوی دفتر نخست وزیر ژاپن گفت.", None, ["شبکه اطلاع رسانی عراق"]),
        # a known foreign paper in guillemets, and a name with dots
        ("به گزارش روزنامه «دیلی تلگراف»، مرکز فرماندهی نیروهای آمریکایی اعلام کرد.", None, ["روزنامه دیلی تلگراف"]),
        ("به گزارش سی.ان.ان، شارون به واشنگتن سفر می‌کند.", None, ["سی.ان.ان"]),
        # the interviewing reporter's outlet, also when the clause goes on or «در» is glued to the cue
        ("ثروتی در گفت‌وگو با خبرنگار فارس اظهار کرد: بررسی دقیق موضوع لازم است.", "فارس", []),
        ("سیدناصر موسوی درگفت و گو با خبرنگار اقتصادی خبرگزاری فارس، موضوع را اعلام کرد.", "خبرگزاری فارس", []),
    ],
)
def test_credit_lines(text, publisher, credited):
    story = story_of(text)
    assert story.publisher == publisher
    assert story.credited == credited


def test_later_paragraph_credit_is_added_once():
    text = "به گزارش ایسنا، وزیر گفت.\nمتن دوم خبر.\nبه گزارش رویترز، نیروها وارد شهر شدند.\nبه گزارش ایسنا، ادامه."
    assert story_of(text).credited == ["رویترز"]


def test_a_story_that_opens_by_relaying_an_outlet_credits_it():
    relayed = 'روزنامه کویتی "الوطن" با اعلام این خبر نوشت: یک نماینده مجلس کویت تهدیدها را محکوم کرد.'
    assert story_of(relayed).publisher is None and story_of(relayed).credited == ["روزنامه کویتی الوطن"]
    # a known outlet needs no quotation marks
    relayed = "روزنامه واشنگتن پست روز شنبه نوشت دو منبع این مقام را شناسایی کرده‌اند."
    assert story_of(relayed).publisher is None and story_of(relayed).credited == ["روزنامه واشنگتن پست"]
    quoted_later = ("به گزارش خبرگزاری فارس، سخنگوی کرملین گفت.\n\n"
                    "خبرگزاری روسی «ریانووستی» در این خصوص گزارش کرد، ارتش ارمنستان حمله کرد.")
    assert story_of(quoted_later).credited == []


def test_a_quoted_credited_name_keeps_its_head_word():
    assert story_of('به گزارش فارس به نقل از خبرگزاری "سانا"، اسد با علاوی دیدار کرد.').credited == ["خبرگزاری سانا"]


def test_a_foreign_agency_in_the_credit_line_is_relayed_not_the_publisher():
    story = story_of("به گزارش خبرگزاری فرانسه، حسن نصرالله خواستار تظاهرات شد.")
    assert story.publisher is None and story.credited == ["خبرگزاری فرانسه"]


def test_telling_an_outlets_reporter_makes_it_the_publisher():
    text = "ابوالحسن فقیه با بیان این مطلب به خبرنگار سیاسی خبرگزاری فارس گفت: سه تن از مسئولان ستاد بازداشت شدند."
    assert story_of(text).publisher == "خبرگزاری فارس"
    assert story_of("محمدحسین میری در گفتگو با خبرنگار سیاسی خبرگزاری فارس، گفت: این سخنان توهین است.").publisher == "خبرگزاری فارس"


def test_a_stray_zwnj_in_a_credit_cue_still_reads_as_spacing():
    text = "حسین ناظمیان پور در گفت \u200cوگو با خبرنگار فارس در شهرستان دیر از وقوع تصادف خبر داد."
    assert story_of(text).publisher == "فارس"
    doubled = "علی فاضلی در گفت‌وگو با خبرنگار خبرگزاری  فارس در آمل اظهار داشت: رشته‌های رزمی رشد کرد."
    assert story_of(doubled).publisher == "خبرگزاری فارس"


def test_mid_sentence_report_is_not_a_publisher():
    text = "نماینده مجلس در پاسخ به گزارش دیوان محاسبات، گفت این گزارش دقیق نیست."
    assert story_of(text).publisher is None


def test_organisation_ending_in_an_outlet_word_is_not_that_outlet():
    # "ایران" is also a newspaper, but here it ends the name of a shipping company's PR office
    text = "به گزارش روابط عمومی کشتیرانی جمهوری اسلامی ایران، قرارداد ساخت کشتی امضا شد."
    assert story_of(text).publisher is None


def test_word_inside_a_name_is_not_an_ambiguous_outlet():
    text = "به گزارش حوزه دفاعی گروه سیاسی باشگاه خبرنگاران جوان، فرمانده گفت."
    assert story_of(text).publisher == "باشگاه خبرنگاران جوان"


def test_container_publisher_is_used_when_the_text_has_none():
    story = story_of("وزیر امور خارجه امروز با همتای خود دیدار کرد.", publisher="خبرگزاری نمونه")
    assert story.publisher == "خبرگزاری نمونه" and story.publisher_span is None


def test_the_copys_web_address_names_the_publisher_when_text_and_container_do_not():
    hamshahri = read_paths([ROOT.parent / "shared" / "corpora" / "hamshahri_rss" / "hamshahri.jsonl"])
    record = next(item for item in hamshahri if isinstance(item, RawDocument) and item.doc_id == "hamshahri-0000")
    assert record.url.startswith("https://www.hamshahrionline.ir/")
    assert extract_story(record, []).publisher == "همشهری آنلاین"
    text = "وزیر امور خارجه امروز با همتای خود دیدار کرد."
    assert story_of(text, url="https://en.irna.ir/news/1").publisher == "ایرنا"  # a subdomain is its domain
    assert story_of(text, url="https://example.com/news/1").publisher is None  # an unknown site names no one
    assert story_of("به گزارش ایسنا، وزیر امروز دیدار کرد.", url="https://www.farsnews.ir/news/1").publisher == "ایسنا"


@pytest.mark.parametrize(
    "line,expected,clock",
    [
        ("8:00 - 12 خرداد 1403", date(2024, 6, 1), "08:00"),
        ("۱۴۰۲-۵-۳۰", date(2023, 8, 21), None),
        ("1402/05/30", date(2023, 8, 21), None),
        ("2023-10-09", date(2023, 10, 9), None),
        ("تاریخ انتشار: سه‌شنبه ۱۲ تیر ۱۳۹۸ - ۱۰:۱۵", date(2019, 7, 3), "10:15"),
    ],
)
def test_date_lines(line, expected, clock):
    story = story_of(f"عنوان خبر\n{line}\nبه گزارش ایرنا، وزیر گفت.")
    assert story.published == expected
    if clock:
        assert story.published_at.strftime("%H:%M") == clock
        assert story.published_at.tzinfo is not None
    else:
        assert story.published_at is None


def test_tehran_offset_follows_the_calendar_of_the_day():
    # Iran kept summer time until 2022: +04:30 in July 2019, +03:30 in June 2024
    summer_2019 = story_of("تاریخ انتشار: سه‌شنبه ۱۲ تیر ۱۳۹۸ - ۱۰:۱۵\nمتن").published_at
    assert summer_2019.utcoffset() == timedelta(hours=4, minutes=30)
    assert story_of("8:00 - 12 خرداد 1403\nمتن").published_at.utcoffset() == timedelta(hours=3, minutes=30)


def test_date_inside_a_sentence_is_not_the_story_date():
    text = "به گزارش ایرنا، نیروهای مقاومت روز شنبه ۱۵ مهرماه ۱۴۰۲ برابر با هفتم اکتبر ۲۰۲۳ عملیات را آغاز کردند."
    assert story_of(text).published is None


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2024-06-01", date(2024, 6, 1)),
        ("2024-06-01T08:00:00+03:30", date(2024, 6, 1)),
        ("2024-05-31T22:00:00Z", date(2024, 6, 1)),  # 01:30 in Tehran
        ("1402/07/17", date(2023, 10, 9)),
        ("17 مهر 1402", date(2023, 10, 9)),
        ("not a date", None),
    ],
)
def test_container_dates(value, expected):
    assert parse_container_date(value)[0] == expected


def test_container_date_wins_and_text_date_is_the_fallback():
    text = "8:00 - 12 خرداد 1403\nمتن خبر"
    assert story_of(text, published="2024-06-02").published == date(2024, 6, 2)
    assert story_of(text, published="garbage").published == date(2024, 6, 1)


def test_parse_date_rejects_impossible_dates():
    assert parse_date("31 اسفند 1402")[0] is None  # 1402 is not a leap year in the Jalali calendar
    assert parse_date("1402/13/01")[0] is None


def test_news_code_variants():
    assert story_of("متن\nکد مطلب: 98765").news_code == "98765"
    assert story_of("متن\nشناسه خبر : ۱۲۳۴۵۶").news_code == "123456"
    assert story_of("متن بدون کد").news_code is None


def test_title_guess():
    assert story_of("دیدار وزیران خارجه ایران و عمان\nبه گزارش ایرنا، ...").title == "دیدار وزیران خارجه ایران و عمان"
    assert story_of("به گزارش ایرنا، وزیر گفت.\nدوم").title is None
    assert story_of("x", title="عنوان از فایل").title == "عنوان از فایل"


def test_a_credited_office_with_a_plural_word_and_a_credit_after_a_comma():
    _, credited = find_publisher("به گزارش خبرگزاری فارس به نقل از دفتر رسانه‌های ریاست جمهوری، محمد خاتمی گفت.")
    assert [c.text for c in credited] == ["دفتر رسانه‌های ریاست جمهوری"]
    publisher, credited = find_publisher("به گزارش گروه بین‌الملل خبرگزاری فارس، به نقل از شبکه المیادین، درگیری‌ها ادامه دارد.")
    assert publisher.text == "خبرگزاری فارس" and [c.text for c in credited] == ["شبکه المیادین"]

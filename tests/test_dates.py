"""rasad.dates: finding and resolving Persian date expressions."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from rasad.dates import find_dates, parse_date_text
from rasad.dates.lexicon import lexicon

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
# 2023-10-18 is a Wednesday (چهارشنبه, 26 مهر 1402).
WED = date(2023, 10, 18)


def found(text: str, anchor: date | None = WED) -> list[tuple[str, str, str, bool]]:
    """(text, ISO value, granularity, relative) of every mention, after checking the offsets."""
    out = []
    previous_end = -1
    for m in find_dates(text, anchor):
        assert text[m.start:m.end] == m.text, m
        assert m.start >= previous_end, "mentions overlap or are unsorted"
        previous_end = m.end
        out.append((m.text, m.value.isoformat(), m.granularity, m.relative))
    return out


def one(text: str, anchor: date | None = WED) -> tuple[str, str, str, bool]:
    mentions = found(text, anchor)
    assert len(mentions) == 1, mentions
    return mentions[0]


# --- absolute dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("سرپرست وزارت خارجه روز ۱۲ خرداد ۱۴۰۳ با همتای قطری گفت‌وگو کرد.", "۱۲ خرداد ۱۴۰۳", "2024-06-01"),
        ("8:00 - 12 خرداد 1403", "12 خرداد 1403", "2024-06-01"),
        ("این نشست در دوازدهم خرداد ۱۴۰۳ برگزار شد.", "دوازدهم خرداد ۱۴۰۳", "2024-06-01"),
        ("عملیات طوفان الاقصی در ۱۵ مهرماه ۱۴۰۲ آغاز شد.", "۱۵ مهرماه ۱۴۰۲", "2023-10-07"),
        ("قرارداد در ۱۵ مهر ماه ۱۴۰۲ امضا شد.", "۱۵ مهر ماه ۱۴۰۲", "2023-10-07"),
        ("در بیست و یکم ارديبهشت ۱۴۰۲ سفر کرد.", "بیست و یکم ارديبهشت ۱۴۰۲", "2023-05-11"),
        ("سی‌ام آبان ۱۴۰۱ نشست برگزار شد.", "سی‌ام آبان ۱۴۰۱", "2022-11-21"),
        ("حمله در ۷ اکتبر ۲۰۲۳ رخ داد.", "۷ اکتبر ۲۰۲۳", "2023-10-07"),
        ("حمله در هفتم اکتبر ۲۰۲۳ رخ داد.", "هفتم اکتبر ۲۰۲۳", "2023-10-07"),
        ("نشست در ۱ ژانویهٔ ۲۰۲۴ برگزار شد.", "۱ ژانویهٔ ۲۰۲۴", "2024-01-01"),
        ("دیدار در ۵ اُکتبر ۲۰۲۳ انجام شد.", "۵ اُکتبر ۲۰۲۳", "2023-10-05"),
        ("The attack of October 7, 2023 changed the region.", "October 7, 2023", "2023-10-07"),
        ("گزارش مورخ 2023-10-07 منتشر شد.", "2023-10-07", "2023-10-07"),
        ("این بخشنامه در تاریخ 1402/05/30 ابلاغ شد.", "1402/05/30", "2023-08-21"),
        ("این بخشنامه در تاریخ ۱۴۰۲-۵-۳۰ ابلاغ شد.", "۱۴۰۲-۵-۳۰", "2023-08-21"),
        ("این بخشنامه در تاریخ 1402.05.30 ابلاغ شد.", "1402.05.30", "2023-08-21"),
        ("روزنامه اطلاعات مورخ 26/12/1358 نوشت.", "26/12/1358", "1980-03-16"),
        ("نامه به تاریخ ٢٠٢٣-١٠-٠٧ رسید.", "٢٠٢٣-١٠-٠٧", "2023-10-07"),
        ("نامه در ۷ اكتبر ۲۰۲۳ رسید.", "۷ اكتبر ۲۰۲۳", "2023-10-07"),  # Arabic kaf
        ("اجلاس در ۱۲ خرداد 1403 برگزار شد.", "۱۲ خرداد 1403", "2024-06-01"),  # mixed digits
        ("اعتراضات ۱۸ تیر ۷۸، دانشگاه را فرا گرفت.", "۱۸ تیر ۷۸", "1999-07-09"),
        ("روز دوشنبه ۱۴ خرداد ۱۴۰۳ اعلام شد.", "روز دوشنبه ۱۴ خرداد ۱۴۰۳", "2024-06-03"),
    ],
)
def test_full_dates(sentence: str, span: str, value: str) -> None:
    assert one(sentence) == (span, value, "day", False)


@pytest.mark.parametrize(
    ("sentence", "span", "value", "granularity"),
    [
        ("انتخابات در خرداد ۱۴۰۳ برگزار شد.", "خرداد ۱۴۰۳", "2024-05-21", "month"),
        ("این اتفاق در اکتبر ۲۰۲۳ افتاد.", "اکتبر ۲۰۲۳", "2023-10-01", "month"),
        ("مذاکرات از ماه ژوئن ۲۰۱۷ آغاز شد.", "ماه ژوئن ۲۰۱۷", "2017-06-01", "month"),
        ("بودجه سال ۱۴۰۲ تصویب شد.", "سال ۱۴۰۲", "2023-03-21", "year"),
        ("قرارداد در سال ۲۰۱۵ امضا شد.", "سال ۲۰۱۵", "2015-01-01", "year"),
        ("این قانون در ۲۰۱۸ میلادی لغو شد.", "۲۰۱۸ میلادی", "2018-01-01", "year"),
        ("در سال ۹۸ قیمت بنزین افزایش یافت.", "سال ۹۸", "2019-03-21", "year"),
    ],
)
def test_month_and_year(sentence: str, span: str, value: str, granularity: str) -> None:
    assert one(sentence) == (span, value, granularity, False)


def test_bare_numbers_are_not_years() -> None:
    assert found("بیش از 1400 نفر در این تجمع شرکت کردند و 2023 نفر زخمی شدند.") == []
    assert found("قطعنامه ۲۲۳۱ شورای امنیت") == []
    assert found("۱۷ سال در زندان بود.") == []
    assert found("کد خبر: ۴۷۷۶۱۲۴") == []


def test_day_and_year_words_alone_are_not_dates() -> None:
    assert found("در آن روز و در آن سال، سالانه و روزانه کار می‌کردند؛ سال‌ها گذشت.") == []


def test_bare_month_names_are_not_dates() -> None:
    # مهر (kindness/seal), دی, تیر (bullet), بهمن (a first name), مه (fog) without a day or a year
    assert found("با مهر و محبت از بهمن پذیرایی کردند و تیر به هدف خورد؛ مه غلیظ بود.") == []


def test_invalid_dates_are_skipped_not_raised() -> None:
    assert found("در ۳۰ اسفند ۱۴۰۲ اعلام شد.") == []  # 1402 is not a leap year
    assert found("در ۳۱ مهر ۱۴۰۲ اعلام شد.") == []  # the second half of the year has 30-day months
    assert found("در ۳۱ اسفند ۱۴۰۳ اعلام شد.") == []
    assert one("در ۳۰ اسفند ۱۴۰۳ اعلام شد.")[1] == "2025-03-20"  # 1403 is a leap year
    assert found("تاریخ 1402/13/01 و 2023-02-30 و ۴۵ خرداد ۱۴۰۲") == []
    assert found("در ۱۵ مهر ۱۴۰۲ اعلام شد.", None)[0][1] == "2023-10-07"


def test_invalid_year_leaves_the_day_and_month() -> None:
    # "۲" is not a year: the mention stops at the month and is resolved against the anchor
    assert found("در ۱۵ مهر ۲ نفر کشته شدند.") == [("۱۵ مهر", "2023-10-07", "day", True)]


# --- partial dates against the anchor ------------------------------------------------------------------------

def test_sample_gregorian_and_jalali_partial_dates() -> None:
    text = "آنچه گردانهای عزالدین قسام در ۷ اکتبر (۱۵ مهرماه) انجام دادند"
    assert found(text) == [("۷ اکتبر", "2023-10-07", "day", True), ("۱۵ مهرماه", "2023-10-07", "day", True)]
    assert found(text, None) == []


def test_partial_date_year_choice() -> None:
    # a little ahead of the story date: the coming one
    assert one("اجلاس در ۵ آبان برگزار می‌شود.")[1] == "2023-10-27"
    # far ahead of the story date in this year: last year's
    assert one("این تصمیم در ۲۰ اسفند گرفته شد.")[1] == "2023-03-11"
    # early in the new year, a date from the end of the previous year
    assert one("این تصمیم در ۲۵ اسفند گرفته شد.", date(2024, 4, 2))[1] == "2024-03-15"
    assert one("سفر از ۲۵ دسامبر آغاز شد.", date(2024, 1, 3))[1] == "2023-12-25"


def test_partial_dates_that_are_names() -> None:
    assert found("دانشجویان در خیابان ۱۶ آذر تجمع کردند.") == []
    assert found("دانش‌آموزان دبستان ۲۲ بهمن") == []


def test_month_with_relative_year() -> None:
    assert one("تا پایان تیر ماه سال جاری تکمیل می‌شود.") == ("تیر ماه سال جاری", "2023-06-22", "month", True)
    assert one("از ۶ خردادماه جاری آغاز شد.") == ("۶ خردادماه جاری", "2023-05-27", "day", True)
    assert one("در ژانویه سال گذشته میلادی") == ("ژانویه سال گذشته میلادی", "2022-01-01", "month", True)


# --- weekdays -----------------------------------------------------------------------------------------------

def test_sample_afternoon_weekday_is_one_mention() -> None:
    text = "آیت الله سید ابراهیم رئیسی بعد از ظهر دوشنبه در گفت و گوی تلفنی با «ولادیمیر پوتین»"
    assert found(text) == [("بعد از ظهر دوشنبه", "2023-10-16", "day", True)]
    assert found(text.replace("بعد از ظهر", "بعدازظهر"))[0][1] == "2023-10-16"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("شنبه", "2023-10-14"),
        ("یکشنبه", "2023-10-15"),
        ("یک‌شنبه", "2023-10-15"),
        ("دوشنبه", "2023-10-16"),
        ("سه‌شنبه", "2023-10-17"),
        ("سه شنبه", "2023-10-17"),
        ("سهشنبه", "2023-10-17"),
        ("چهارشنبه", "2023-10-18"),  # the anchor's own weekday: the anchor
        ("پنجشنبه", "2023-10-12"),
        ("پنج‌شنبه", "2023-10-12"),
        ("پنج شنبه", "2023-10-12"),
        ("جمعه", "2023-10-13"),
        ("روز دوشنبه", "2023-10-16"),
        ("صبح دوشنبه", "2023-10-16"),
        ("عصر پنجشنبه", "2023-10-12"),
        ("دوشنبه شب", "2023-10-16"),
        ("شب جمعه", "2023-10-12"),  # the eve of Friday
        ("دوشنبه گذشته", "2023-10-16"),
        ("چهارشنبه گذشته", "2023-10-11"),
        ("دوشنبه آینده", "2023-10-23"),
        ("چهارشنبه آینده", "2023-10-25"),
        ("دوشنبه هفته گذشته", "2023-10-09"),
        ("یکشنبه هفته آینده", "2023-10-22"),
        ("شنبه این هفته", "2023-10-14"),
    ],
)
def test_weekdays(phrase: str, value: str) -> None:
    sentence = f"وزیر خارجه {phrase} با همتای خود دیدار کرد."
    assert one(sentence) == (phrase, value, "day", True)


def test_saturday_is_not_found_inside_other_weekdays() -> None:
    for text in ("پنجشنبه", "پنج‌شنبه", "سهشنبه", "سه‌شنبه", "یکشنبه", "چهارشنبه"):
        mentions = found(f"او {text} آمد")
        assert len(mentions) == 1 and mentions[0][0] == text
        assert mentions[0][1] != "2023-10-14"


def test_weekday_false_positives() -> None:
    assert found("امام جمعه تهران در خطبه‌های نماز جمعه گفت") == []
    assert found("جمعه بازار محله تعطیل شد.") == []
    assert found("دوشنبه‌ها جلسه دارند.") == []


def test_ranges_and_days_of_the_current_month() -> None:
    assert found("نمایشگاه از ۲۱ تا ۲۴ مهرماه ۱۴۰۲ برپاست.") == [
        ("۲۱", "2023-10-13", "day", False), ("۲۴ مهرماه ۱۴۰۲", "2023-10-16", "day", False)]
    assert [m[1] for m in found("نشست در ۳ و ۴ مارس ۲۰۱۸ برگزار شد")] == ["2018-03-03", "2018-03-04"]
    assert found("از ساعت 10 تا 12 خرداد 1403") == [("12 خرداد 1403", "2024-06-01", "day", False)]
    assert one("این طرح از ۱۸ ماه جاری اجرا می‌شود.") == ("۱۸ ماه جاری", "2023-10-10", "day", True)
    assert found("طی ۱۸ ماه گذشته") == []  # a duration


def test_dushanbe_is_a_city() -> None:
    assert found("وزیر خارجه در دوشنبه پایتخت تاجیکستان با رئیس‌جمهور دیدار کرد.") == []
    assert found("اجلاس شانگهای در شهر دوشنبه برگزار شد.") == []
    assert one("وزیر خارجه از دوشنبه آینده به مسکو می‌رود.") == ("دوشنبه آینده", "2023-10-23", "day", True)


@pytest.mark.parametrize(("phrase", "value"), [("۵شنبه", "2023-10-12"), ("3شنبه", "2023-10-17"),
                                               ("۲ شنبه", "2023-10-16")])
def test_weekdays_written_with_a_digit(phrase: str, value: str) -> None:
    assert one(f"نشست {phrase} برگزار شد") == (phrase, value, "day", True)


def test_ambiguous_month_words() -> None:
    assert found("مأموران ۳ تیر شلیک کردند.") == []  # three shots
    assert found("تعداد به ۵ می رسد") == []  # the verb prefix, not May
    assert one("او در ۵ می ۱۹۸۱ درگذشت.") == ("۵ می ۱۹۸۱", "1981-05-05", "day", False)
    assert found("در واقعه ۱۷ شهریور و حادثه ۱۱ سپتامبر") == []  # past events named by their date


def test_historical_years() -> None:
    assert one("این کتاب درسال ۱۷۰۹ چاپ شد.") == ("درسال ۱۷۰۹", "1709-01-01", "year", False)
    assert one("او در ۱۳۴۹ خورشیدی درگذشت.") == ("۱۳۴۹ خورشیدی", "1970-03-21", "year", False)
    assert found("در سال ۹۹۸ هجری قمری") == []  # three-digit years are not resolved


def test_hijri_dates_need_a_converter() -> None:
    from rasad.dates.calendar import hijri_available

    mentions = found("عاشورای ۱۰ محرم ۱۴۴۵ برگزار شد.")
    if hijri_available():
        assert mentions == [("۱۰ محرم ۱۴۴۵", "2023-07-28", "day", False)]
    else:
        assert mentions == []  # recognised, but never resolved by hand-written arithmetic
    assert found("ماه محرم و ۱۰ صفر") == []  # no year: not a date


def test_arabic_letters_and_no_zwnj() -> None:
    assert one("رئيس جمهور روز يكشنبه گفت") == ("روز يكشنبه", "2023-10-15", "day", True)
    assert one("در ارديبهشت 1402 بود") == ("ارديبهشت 1402", "2023-04-21", "month", False)


# --- relative days and periods --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("امروز", "2023-10-18"),
        ("امشب", "2023-10-18"),
        ("دیروز", "2023-10-17"),
        ("ديروز", "2023-10-17"),
        ("روز گذشته", "2023-10-17"),
        ("دیشب", "2023-10-17"),
        ("شب گذشته", "2023-10-17"),
        ("پریروز", "2023-10-16"),
        ("فردا", "2023-10-19"),
        ("پس‌فردا", "2023-10-20"),
        ("صبح امروز", "2023-10-18"),
        ("امروز صبح", "2023-10-18"),
        ("عصر دیروز", "2023-10-17"),
        ("امروز (چهارشنبه)", "2023-10-18"),
        ("سه روز پیش", "2023-10-15"),
        ("۳ روز قبل", "2023-10-15"),
    ],
)
def test_relative_days(phrase: str, value: str) -> None:
    assert one(f"سخنگوی دولت {phrase} در نشست خبری گفت") == (phrase, value, "day", True)


@pytest.mark.parametrize(
    ("phrase", "value", "granularity"),
    [
        ("هفته گذشته", "2023-10-07", "week"),  # the Saturday starting the previous week
        ("هفته آینده", "2023-10-21", "week"),
        ("این هفته", "2023-10-14", "week"),
        ("دو هفته پیش", "2023-09-30", "week"),
        ("ماه گذشته", "2023-08-23", "month"),  # 1 شهریور 1402
        ("ماه آینده", "2023-10-23", "month"),  # 1 آبان 1402
        ("سه ماه پیش", "2023-06-22", "month"),  # 1 تیر 1402
        ("سال گذشته", "2022-03-21", "year"),  # 1 فروردین 1401
        ("امسال", "2023-03-21", "year"),
        ("سال جاری", "2023-03-21", "year"),
        ("سال آینده", "2024-03-20", "year"),
        ("سال گذشته میلادی", "2022-01-01", "year"),
    ],
)
def test_relative_periods(phrase: str, value: str, granularity: str) -> None:
    assert one(f"این گزارش {phrase} منتشر شد") == (phrase, value, granularity, True)


def test_durations_are_not_dates() -> None:
    assert found("در دو هفته گذشته و ۱۰ سال گذشته و چند روز گذشته") == []
    assert found("طی سه ماه آینده") == []


def test_nowadays_is_not_a_date() -> None:
    assert found("امروزه مردم از شبکه‌های اجتماعی استفاده می‌کنند.") == []
    assert found("فردای آن روز") == []


def test_relative_expressions_need_an_anchor() -> None:
    text = "وزیر امروز و دوشنبه گذشته و هفته گذشته و ۱۵ مهرماه گفت؛ سند ۱۲ خرداد ۱۴۰۳ است."
    assert [m[0] for m in found(text, None)] == ["۱۲ خرداد ۱۴۰۳"]
    assert len(found(text)) == 5
    assert find_dates(text, datetime(2023, 10, 18, 9, 30)) == find_dates(text, WED)


def test_relative_day_before_an_explicit_date_is_one_mention() -> None:
    # the written date wins over the anchor (a stale anchor must not move it)
    assert found("قیمت دلار امروز شنبه ۶ اردیبهشت ۱۴۰۳ اعلام شد.") == [
        ("امروز شنبه ۶ اردیبهشت ۱۴۰۳", "2024-04-25", "day", False)]
    assert found("مراسم فردا پنجشنبه، ۲۸ فروردین برگزار می‌شود.", date(2024, 4, 15)) == [
        ("فردا پنجشنبه، ۲۸ فروردین", "2024-04-16", "day", True)]
    assert found("تا هفته سوم خرداد طول می‌کشد.") == []
    assert found("در نیمه دوم خرداد ۱۴۰۳") == [("خرداد ۱۴۰۳", "2024-05-21", "month", False)]


def test_longest_match_wins() -> None:
    text = "روز شنبه ۱۵ مهرماه برابر با هفتم اکتبر ۲۰۲۳ عملیات آغاز شد."
    assert found(text) == [
        ("روز شنبه ۱۵ مهرماه", "2023-10-07", "day", True),
        ("هفتم اکتبر ۲۰۲۳", "2023-10-07", "day", False),
    ]


def test_offsets_round_trip_in_a_long_text() -> None:
    text = "سلام.\u200c " * 50 + "دیروز ۱۲ خرداد ۱۴۰۳ و پنج‌شنبه گذشته و 2023-10-07 " * 20
    mentions = find_dates(text, WED)
    assert len(mentions) == 60  # "دیروز ۱۲ خرداد ۱۴۰۳" is one mention
    for m in mentions:
        assert text[m.start:m.end] == m.text


# --- samples ---------------------------------------------------------------------------------------------------

@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
def test_sample_article_header_date() -> None:
    text = (SAMPLES / "003_4cdab43310a4bd9f.txt").read_text(encoding="utf-8")
    absolute = [m for m in find_dates(text) if not m.relative]
    assert [(m.text, m.value.isoformat()) for m in absolute][:1] == [("12 خرداد 1403", "2024-06-01")]


@pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not available")
def test_sample_002_dates() -> None:
    text = (SAMPLES / "002_b5b6e817b6dc117a.txt").read_text(encoding="utf-8")
    mentions = found(text, date(2023, 10, 19))
    assert ("هفتم اکتبر ۲۰۲۳", "2023-10-07", "day", False) in mentions
    assert all(value == "2023-10-07" for span, value, _, _ in mentions if "مهر" in span or "اکتبر" in span)


# --- parse_date_text -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-06-01", (date(2024, 6, 1), "day")),
        ("2024-06-01T08:00:00+03:30", (date(2024, 6, 1), "day")),
        ("2024-06-01T04:30:00Z", (date(2024, 6, 1), "day")),
        ("Sat, 01 Jun 2024 08:00:00 +0330", (date(2024, 6, 1), "day")),
        ("1403/03/12", (date(2024, 6, 1), "day")),
        ("۱۴۰۳/۰۳/۱۲ - ۰۸:۰۰", (date(2024, 6, 1), "day")),
        ("۱۲ خرداد ۱۴۰۳", (date(2024, 6, 1), "day")),
        ("شنبه ۱۲ خرداد ۱۴۰۳ ساعت ۸:۰۰", (date(2024, 6, 1), "day")),
        ("خرداد ۱۴۰۳", (date(2024, 5, 21), "month")),
        ("2024-06", (date(2024, 6, 1), "month")),
        ("1403", (date(2024, 3, 20), "year")),
        ("۱۴۰۳-۰۳-۱۲", (date(2024, 6, 1), "day")),
        ("1403-03-12T08:00:00+03:30", (date(2024, 6, 1), "day")),
    ],
)
def test_parse_date_text(text: str, expected: tuple[date, str]) -> None:
    assert parse_date_text(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "دیروز", "سلام", "1402/13/40", "۳۰ اسفند ۱۴۰۲", "12345", "1402-12-30"])
def test_parse_date_text_rejects(text: str) -> None:
    assert parse_date_text(text) is None


# --- data and speed --------------------------------------------------------------------------------------------

def test_lexicon_covers_all_months_and_weekdays() -> None:
    lex = lexicon()
    for calendar in ("jalali", "gregorian", "hijri"):
        assert {m for cal, m in lex.months.values() if cal == calendar} == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(7))
    assert set(lex.ordinals.values()) == set(range(1, 32))


def test_speed_on_a_large_text() -> None:
    paragraph = (
        "به گزارش خبرگزاری، وزیر امور خارجه صبح امروز در دیدار با همتای خود که روز دوشنبه ۱۵ مهرماه ۱۴۰۲ "
        "به تهران سفر کرده بود، درباره تحولات هفته گذشته و ۷ اکتبر گفت‌وگو کرد؛ سهشنبه نیز بیش از 1400 نفر "
        "در سال ۱۴۰۱ و 2023-10-07 ثبت نام کردند. امروزه پنجشنبه‌ها تعطیل است.\n"
    )
    text = paragraph * (1_000_000 // len(paragraph))  # about 1 MB; 5 MB takes five times as long
    started = time.perf_counter()
    mentions = find_dates(text, WED)
    elapsed = time.perf_counter() - started
    assert len(mentions) == 7 * (1_000_000 // len(paragraph))
    assert elapsed < 2.0, elapsed

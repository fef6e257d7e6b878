"""Calendar helpers: every Jalali ↔ Gregorian conversion goes through jdatetime.

All functions return ``None`` for a date that does not exist (31 مهر, 30 اسفند of a common year,
30 February) instead of raising, so one bad date in an article never stops the stage.
"""

from __future__ import annotations

from datetime import date, timedelta

import jdatetime

try:  # optional: Hijri qamari (Umm al-Qura) conversion; without it lunar dates are skipped
    from hijridate import Hijri as _Hijri  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - depends on the environment
    _Hijri = None

#: The Iranian week starts on Saturday (date.weekday() == 5); "هفته گذشته" resolves to that Saturday.
WEEK_START = 5

#: Partial dates ("۱۵ مهرماه", no year) take the year that puts them nearest the story date, where a day
#: in the future counts this many times a day in the past: news reports mostly the recent past, sometimes
#: an announced event. With 2, a partial date is read as future only when it is less than about four
#: months ahead (and less than half as far as the past reading).
FUTURE_WEIGHT = 2

#: Two-digit Jalali years ("سال ۹۸", "۱۵ خرداد ۹۸,") are read as 13yy from this value up, and as 14yy up to
#: TWO_DIGIT_14XX_MAX; anything in between is not taken as a year.
TWO_DIGIT_13XX_MIN = 50
TWO_DIGIT_14XX_MAX = 15


def jalali(year: int, month: int, day: int = 1) -> date | None:
    try:
        return jdatetime.date(year, month, day).togregorian()
    except (ValueError, OverflowError):
        return None


def gregorian(year: int, month: int, day: int = 1) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def hijri(year: int, month: int, day: int = 1) -> date | None:
    if _Hijri is None:
        return None
    try:
        return _Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):  # pragma: no cover - depends on hijridate
        return None


def hijri_available() -> bool:
    return _Hijri is not None


CONVERTERS = {"jalali": jalali, "gregorian": gregorian, "hijri": hijri}


def year_of(anchor: date, calendar: str) -> int:
    """The anchor's year in ``calendar``."""
    if calendar == "jalali":
        return jdatetime.date.fromgregorian(date=anchor).year
    if calendar == "hijri" and _Hijri is not None:
        from hijridate import Gregorian  # type: ignore[import-not-found]

        return Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    return anchor.year


def nearest(anchor: date, calendar: str, month: int, day: int) -> date | None:
    """A day and month without a year, placed in the year that makes it nearest the anchor (see
    :data:`FUTURE_WEIGHT`)."""
    convert = CONVERTERS[calendar]
    base = year_of(anchor, calendar)
    best: tuple[int, date] | None = None
    for year in (base - 1, base, base + 1):
        value = convert(year, month, day)
        if value is None:
            continue
        delta = (value - anchor).days
        cost = -delta if delta <= 0 else FUTURE_WEIGHT * delta
        if best is None or cost < best[0]:
            best = (cost, value)
    return best[1] if best else None


def week_start(day: date) -> date:
    """The Saturday on or before ``day``."""
    return day - timedelta(days=(day.weekday() - WEEK_START) % 7)


def shift_month(anchor: date, months: int, calendar: str = "jalali") -> date:
    """The first day of the month ``months`` away from the anchor's month."""
    if calendar == "gregorian":
        index = anchor.year * 12 + anchor.month - 1 + months
        return date(index // 12, index % 12 + 1, 1)
    j = jdatetime.date.fromgregorian(date=anchor)
    index = j.year * 12 + j.month - 1 + months
    return jdatetime.date(index // 12, index % 12 + 1, 1).togregorian()


def shift_year(anchor: date, years: int, calendar: str = "jalali") -> date:
    """The first day of the year ``years`` away from the anchor's year."""
    if calendar == "gregorian":
        return date(anchor.year + years, 1, 1)
    j = jdatetime.date.fromgregorian(date=anchor)
    return jdatetime.date(j.year + years, 1, 1).togregorian()


def two_digit_jalali(yy: int) -> int | None:
    if yy >= TWO_DIGIT_13XX_MIN:
        return 1300 + yy
    if yy <= TWO_DIGIT_14XX_MAX:
        return 1400 + yy
    return None


def calendar_of_year(year: int) -> str | None:
    """The calendar a bare four-digit year belongs to in news text, or None when it is not plausible."""
    if 1200 <= year <= 1499:
        return "jalali"
    if 1500 <= year <= 2199:
        return "gregorian"
    return None

"""Find date expressions in Persian news text and resolve them to ``datetime.date`` values.

:func:`find_dates` runs a handful of precompiled regular expressions over the text, turns every match into a
candidate :class:`~rasad.doc.DateMention`, and keeps the longest non-overlapping candidates (so
"بعد از ظهر دوشنبه" is one mention, not "دوشنبه" alone). Offsets are into the text given.

What each form resolves to (``anchor`` is the story date):

- full dates ("۱۲ خرداد ۱۴۰۳", "دوازدهم خرداد ۱۴۰۳", "۷ اکتبر ۲۰۲۳", "1402/05/30", "2023-10-07",
  "October 7, 2023"): that day, granularity ``day``;
- a month and a year ("خرداد ۱۴۰۳", "اکتبر ۲۰۲۳"): the month's first day, ``month``;
- a year with a cue ("سال ۱۴۰۲", "۲۰۲۳ میلادی", "سال ۹۸"): the year's first day (1 فروردین for a Jalali
  year), ``year``; a four-digit number without "سال" or an era word is never taken as a year;
- a day and a month without a year ("۱۵ مهرماه", "۷ اکتبر"): the year that puts it nearest the anchor,
  future days counting double (:data:`rasad.dates.calendar.FUTURE_WEIGHT`); relative;
- relative days ("امروز", "دیروز", "روز گذشته", "دیشب", "صبح امروز"): anchor + offset, relative;
- a weekday ("دوشنبه", "روز دوشنبه", "بعد از ظهر دوشنبه"): the most recent such day on or before the anchor
  (0–6 days back); "دوشنبه گذشته" 1–7 days back; "دوشنبه آینده" 1–7 days ahead; "دوشنبه هفته گذشته /
  این هفته / هفته آینده" that weekday in the previous / current / next Saturday-start week;
  "شب جمعه" is the eve of Friday (Thursday), the Persian convention;
- weeks ("هفته گذشته", "این هفته", "دو هفته پیش"): the Saturday starting that week, granularity ``week``;
- months and years ("ماه گذشته", "سال گذشته", "امسال", "سال گذشته میلادی", "سه ماه پیش"): the first day of
  that Jalali (or, with میلادی, Gregorian) month or year.

- "۲۱ تا ۲۴ مهرماه ۱۴۰۲", "۳ و ۴ مارس ۲۰۱۸": the first day is a mention of its own with the same month
  and year; "۱۸ ماه جاری" is the 18th of the anchor's Jalali month; "امروز شنبه ۶ اردیبهشت ۱۴۰۳" is one
  mention whose value is the written date (a stale anchor never moves a written date).

Guards against false positives (word lists in the YAML): whole-word matching (no "شنبه" in "پنجشنبه", no
"امروز" in "امروزه"); a number before "هفته گذشته" etc. makes a duration ("دو هفته گذشته"); "امام جمعه",
"نماز جمعه"; Dushanbe ("در دوشنبه", "شهر دوشنبه"); names built on dates ("خیابان ۱۶ آذر", "واقعه ۱۷
شهریور"); ordinals that count something else ("هفته سوم خرداد"); a bare month name is never a date.

Without an anchor, everything relative is skipped. Impossible dates (31 مهر, 30 اسفند ۱۴۰۲) are skipped.
Hijri qamari dates need an explicit year and the optional ``hijridate`` package; otherwise they are skipped.
"""

from __future__ import annotations

import bisect
import email.utils
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from rasad.doc import DateMention
from rasad.dates import calendar as cal
from rasad.dates.lexicon import DIGIT, END, GAP, JOIN, START, alternation, first_chars, key, lexicon, pattern

D = DIGIT
_NOT_AFTER_NUMBER = rf"(?<!{D})(?<![/.:\u066b\u066c])"
_NOT_BEFORE_NUMBER = rf"(?!{D})(?![/.:\u066b\u066c]{D})"
_SP = "[ \u00a0]+"


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    value: date
    granularity: str
    relative: bool


class _Patterns:
    """The compiled regular expressions (built once from the lexicon)."""

    def __init__(self) -> None:
        lex = lexicon()
        f = lex.forms
        months = alternation(f["jalali_months"] + f["gregorian_months"] + f["hijri_months"])
        weekday = alternation(f["weekdays"])
        tod = alternation(f["times_of_day"])
        era = alternation(f["eras"])
        ordinal = alternation(f["ordinals"])
        rooz = "روز"
        sal = "سال"
        mah = "ماه"
        reldays = alternation(f["relative_days"])
        relyear = alternation(f["relative_years"] + ["جاری"])
        year_part = (
            rf"(?:{GAP}[،,]?{GAP}(?:(?P<ycue>{sal}{GAP})?(?P<year>{D}{{1,4}}){_NOT_BEFORE_NUMBER}"
            rf"(?:{GAP}(?P<era>{era}){END})?|(?P<relyear>{relyear}){END}(?:{_SP}(?P<relera>{era}){END})?))?"
        )
        # "(صبح) (روز) دوشنبه ۱۲ خرداد ۱۴۰۳", "دوازدهم خرداد", "ماه ژوئن ۲۰۱۷", "خرداد ۱۴۰۳"
        self.textual = re.compile(
            first_chars(f["times_of_day"] + f["relative_days"] + f["weekdays"] + f["ordinals"] + [rooz, mah]
                        + f["jalali_months"] + f["gregorian_months"] + f["hijri_months"], digits=True)
            + rf"{START}"
            rf"(?P<wdprefix>(?:{tod}{_SP})?(?:{reldays}{END}{GAP}[،,(]?{GAP})?"
            rf"(?:(?:{rooz}{_SP})?{weekday}{END}{GAP}[،,)]?{GAP})?)"
            rf"(?:(?P<day>{_NOT_AFTER_NUMBER}{D}{{1,2}}(?!{D})|{ordinal}{END})(?:{GAP}ام{END})?{GAP})?"
            rf"(?:(?P<mprefix>{mah}){_SP})?"
            rf"(?P<month>{months})(?:{JOIN}{mah})?{END}"
            rf"{year_part}"
        )
        eng = "|".join(re.escape(m) for m in f["english_months"])
        self.english = re.compile(
            rf"\b(?:(?P<mon>{eng})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})"
            rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon2>{eng})\.?,?\s+(?P<year2>\d{{4}})"
            rf"|(?P<mon3>{eng})\.?,?\s+(?P<year3>\d{{4}}))\b",
            re.IGNORECASE | re.ASCII,
        )
        self.numeric = re.compile(
            rf"(?={D}){_NOT_AFTER_NUMBER}(?<!-)"
            rf"(?:(?P<y>{D}{{4}})(?P<sep>[/\-.])(?P<m>{D}{{1,2}})(?P=sep)(?P<d>{D}{{1,2}})"
            rf"|(?P<d2>{D}{{1,2}})(?P<sep2>[/\-.])(?P<m2>{D}{{1,2}})(?P=sep2)(?P<y2>{D}{{4}}))"
            rf"{_NOT_BEFORE_NUMBER}"
        )
        self.year = re.compile(
            first_chars(["در", sal], digits=True)
            + rf"{START}(?:(?:در)?{sal}{GAP}(?P<year>{D}{{2,4}}){_NOT_BEFORE_NUMBER}(?:{GAP}(?P<era>{era}){END})?"
            rf"|{_NOT_AFTER_NUMBER}(?P<year2>{D}{{4}})(?!{D}){GAP}(?P<era2>{era}){END})"
        )
        modifiers = alternation(f["weekday_modifiers"])
        self.weekday = re.compile(
            first_chars(f["times_of_day"] + f["weekdays"] + [rooz])
            + rf"{START}(?:(?P<tod>{tod}){_SP})?(?:{rooz}{_SP})?(?P<wd>{weekday}){END}"
            rf"(?:{_SP}(?P<tod2>{tod}){END})?"
            rf"(?:{_SP}(?P<mod>{modifiers}){END}(?!{GAP}از{END}))?"
        )
        # "صبح امروز", "امروز صبح", "امروز (دوشنبه)", "دیروز چهارشنبه": the weekday only confirms the day
        self.relday = re.compile(
            first_chars(f["times_of_day"] + f["relative_days"])
            + rf"{START}(?:(?P<tod>{tod}){_SP})?(?P<rel>{reldays}){END}(?:{_SP}(?P<tod2>{tod}){END})?"
            rf"(?:{_SP}(?P<wd>{weekday}){END}|{GAP}\({GAP}(?P<wd2>{weekday}){END}{GAP}\))?"
        )
        # "۱۸ ماه جاری", "پنجم همین ماه": a day of the story date's Jalali month
        self.day_of_month = re.compile(
            first_chars(f["ordinals"], digits=True)
            + rf"{START}(?P<day>{_NOT_AFTER_NUMBER}{D}{{1,2}}(?!{D})|{ordinal}{END}){GAP}(?:ام{END}{GAP})?"
            rf"(?:{mah}{_SP}{pattern('جاری')}|همین{_SP}{mah}){END}"
        )
        # "۲۱ تا ۲۴ مهرماه": the first day of a range, read in front of a textual date
        self.range_head = re.compile(
            rf"(?:^|(?<=[\s(«]))(?P<day>{D}{{1,2}}|{ordinal})"
            rf"(?P<sep>{GAP}(?:تا|و|{pattern('الی')}){GAP}|{GAP}[-–]{GAP})$"
        )
        periods = alternation(f["relative_periods"])
        cardinals = alternation(f["cardinals"])
        self.period = re.compile(
            first_chars(f["relative_periods"] + f["cardinals"], digits=True)
            + rf"{START}(?:(?P<rel>{periods}){END}(?!{GAP}از{END})(?:{_SP}(?P<greg>میلادی){END})?"
            rf"|(?P<n>{D}{{1,3}}|{cardinals}){_SP}(?P<unit>روز|هفته|ماه|سال){_SP}(?:پیش|قبل){END}"
            rf"(?!{GAP}از{END}))"
        )


_LATIN = re.compile("[A-Za-z]")


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    return _Patterns()


def _previous_word(text: str, start: int) -> str:
    """The whitespace-delimited word right before ``start`` (outer punctuation dropped), as a lookup key.

    Empty after a sentence or line break: nothing beyond it qualifies the match.
    """
    i = start
    while i > 0 and text[i - 1] in " \u00a0\t\u200c":
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:i]
    if not word or word[-1] in ".؛;!?؟:":
        return ""
    return key(word.strip("«»\"'()[]،,-–—"))


def _next_word(text: str, end: int) -> str:
    i = end
    while i < len(text) and text[i] in " \u00a0\u200c":
        i += 1
    j = i
    while j < len(text) and (text[j].isalnum() or text[j] == "\u200c"):
        j += 1
    return key(text[i:j])


def _is_quantity(word: str) -> bool:
    """"دو" in "دو هفته گذشته", "۱۰" in "۱۰ سال گذشته": the phrase is a duration, not a date."""
    if not word:
        return False
    if word.isdigit():
        return True
    lex = lexicon()
    return word in lex.cardinals or word in lex.quantity_words


def _int(digits: str) -> int:
    return int(digits)  # int() reads Persian and Arabic-Indic digits as well


def _textual(match: re.Match[str], text: str, anchor: date | None) -> _Candidate | None:
    lex = lexicon()
    month_key = key(match.group("month"))
    calendar, month = lex.months[month_key]
    day_text = match.group("day")
    day: int | None = None
    if day_text is not None:
        day = _day_number(day_text)
        if day is None:
            return None
        if (not day_text[0].isdigit() and not match.group("wdprefix")
                and _previous_word(text, match.start("day")) in lex.ordinal_day_blocked_after):
            day = None  # "هفته سوم خرداد": the ordinal is not the day
    year: int | None = None
    end = match.end()
    year_text = match.group("year")
    relative = False
    if match.group("relyear") is not None:
        if anchor is None:
            end = _month_end(match, text)
        else:
            if match.group("relera") is not None:
                calendar_era = lex.eras.get(key(match.group("relera")))
                if calendar_era != calendar:
                    return None  # "مهر سال گذشته میلادی": contradictory
            rel = key(match.group("relyear"))
            offset = 0 if rel == key("جاری") else lex.relative_periods[rel][1]
            year = cal.year_of(anchor, calendar) + offset
            relative = True
    elif year_text is not None:
        year = _year_for(calendar, year_text, match.group("ycue"), match.group("era"), text, match.end("year"))
        if year is None:
            end = _month_end(match, text)
    start = match.start()
    if year is None and month_key in lex.months_needing_year:
        return None  # "۵ می شود"
    if day is None:
        # a weekday prefix only makes sense before a full date
        if match.group("wdprefix") or day_text is not None:
            start = match.start("month") if match.group("mprefix") is None else match.start("mprefix")
        if year is None:
            return None  # a bare month name ("مهر", "دی", "تیر") is too ambiguous
        value = cal.CONVERTERS[calendar](year, month, 1)
        return _Candidate(start, end, value, "month", relative) if value else None
    if year is None:
        if calendar == "hijri" or anchor is None or match.group("mprefix"):
            return None
        if not match.group("wdprefix") and _previous_word(text, start) in lex.partial_date_blocked_after:
            return None  # "خیابان ۱۶ آذر", "دبستان ۲۲ بهمن": a name
        if _next_word(text, end) in lex.partial_date_blocked_before:
            return None  # "۳ تیر شلیک شد": three shots
        value = cal.nearest(anchor, calendar, month, day)
        return _Candidate(start, end, value, "day", True) if value else None
    value = cal.CONVERTERS[calendar](year, month, day)
    return _Candidate(start, end, value, "day", relative) if value else None


def _day_number(day_text: str) -> int | None:
    day = _int(day_text) if day_text[0].isdigit() else lexicon().ordinals.get(key(day_text))
    return day if day is not None and 1 <= day <= 31 else None


def _range_head(text: str, main: _Candidate, match: re.Match[str]) -> _Candidate | None:
    """The first day of "۲۱ تا ۲۴ مهرماه ۱۴۰۲" / "۳ و ۴ مارس ۲۰۱۸": same month and year as the second."""
    if match.group("day") is None or match.group("wdprefix") or main.granularity != "day":
        return None
    window_start = max(0, main.start - 40)
    head = _patterns().range_head.search(text, window_start, main.start)
    if head is None or _previous_word(text, head.start("day")) in lexicon().range_blocked_after:
        return None
    first = _day_number(head.group("day"))
    second = _day_number(match.group("day"))
    if first is None or second is None or first >= second:
        return None
    value = main.value - timedelta(days=second - first)
    return _Candidate(head.start("day"), head.end("day"), value, "day", main.relative)


def _day_of_month(match: re.Match[str], anchor: date) -> _Candidate | None:
    day = _day_number(match.group("day"))
    if day is None:
        return None
    j = cal.jdatetime.date.fromgregorian(date=anchor)
    value = cal.jalali(j.year, j.month, day)
    return _Candidate(match.start(), match.end(), value, "day", True) if value else None


def _month_end(match: re.Match[str], text: str) -> int:
    """Where the month name ends, with a trailing "ماه" that belongs to it ("مهر ماه")."""
    end = match.end("month")
    tail = re.match(rf"{JOIN}ماه{END}", text[end:match.end()])
    return end + tail.end() if tail else end


_YEAR_END_PUNCT = re.compile(r"[ \u00a0]*(?:[،,.؛;:)\-–—»«\"'\n\r]|$)")


def _year_for(calendar: str, digits: str, cue: str | None, era: str | None, text: str, end: int) -> int | None:
    """The year written after a month, or None when the number is not a plausible year for it."""
    value = _int(digits)
    if era is not None and cal.CONVERTERS.get(lexicon().eras.get(key(era), "")) is None:
        return None
    if len(digits) == 4:
        if calendar == "jalali":
            return value if 1200 <= value <= 1499 else None
        if calendar == "hijri":
            return value if 1300 <= value <= 1500 else None
        return value if 1000 <= value <= 2199 else None
    if len(digits) == 2 and calendar == "jalali" and (cue or era or _YEAR_END_PUNCT.match(text, end)):
        return cal.two_digit_jalali(value)
    return None


def _english(match: re.Match[str]) -> _Candidate | None:
    lex = lexicon()
    if match.group("mon3"):
        month = lex.english_months[match.group("mon3").lower()]
        value = cal.gregorian(int(match.group("year3")), month, 1)
        return _Candidate(match.start(), match.end(), value, "month", False) if value else None
    mon = match.group("mon") or match.group("mon2")
    day = match.group("day") or match.group("day2")
    year = match.group("year") or match.group("year2")
    value = cal.gregorian(int(year), lex.english_months[mon.lower()], int(day))
    return _Candidate(match.start(), match.end(), value, "day", False) if value else None


def _numeric(match: re.Match[str]) -> _Candidate | None:
    if match.group("y") is not None:
        year, month, day = (_int(match.group(g)) for g in ("y", "m", "d"))
    else:
        year, first, second = (_int(match.group(g)) for g in ("y2", "d2", "m2"))
        calendar = cal.calendar_of_year(year)
        if calendar == "gregorian" and first <= 12 and second <= 12 and first != second:
            return None  # 03/04/2023: day-month or month-day? not guessed
        if calendar == "gregorian" and second > 12:
            first, second = second, first  # 10/30/2023 is month/day/year
        day, month = first, second
    calendar = cal.calendar_of_year(year)
    if calendar is None:
        return None
    value = cal.CONVERTERS[calendar](year, month, day)
    return _Candidate(match.start(), match.end(), value, "day", False) if value else None


def _year(match: re.Match[str], anchor: date | None) -> _Candidate | None:
    lex = lexicon()
    digits = match.group("year") or match.group("year2")
    era = match.group("era") or match.group("era2")
    value = _int(digits)
    calendar = lex.eras.get(key(era)) if era else None
    if len(digits) == 2:
        if calendar not in (None, "jalali"):
            return None
        year = cal.two_digit_jalali(value)
        if year is None or (anchor is not None and year > cal.year_of(anchor, "jalali") + 1):
            return None
        calendar = "jalali"
    elif len(digits) == 3:
        return None
    else:
        year = value
        if calendar is None:
            calendar = cal.calendar_of_year(year)
        elif calendar == "gregorian" and not 1000 <= year <= 2199:
            return None
        elif calendar in ("jalali", "hijri") and not 1000 <= year <= 1500:
            return None
    if calendar is None:
        return None
    start = match.start()
    first = cal.CONVERTERS[calendar](year, 1, 1)
    return _Candidate(start, match.end(), first, "year", False) if first else None


def _weekday_value(anchor: date, weekday: int, modifier: str | None) -> date:
    back = (anchor.weekday() - weekday) % 7
    if modifier is None:
        return anchor - timedelta(days=back)
    if modifier == "past":
        return anchor - timedelta(days=back or 7)
    if modifier == "future":
        ahead = (weekday - anchor.weekday()) % 7
        return anchor + timedelta(days=ahead or 7)
    week = cal.week_start(anchor)
    week += timedelta(days={"previous_week": -7, "this_week": 0, "next_week": 7}[modifier])
    return week + timedelta(days=(weekday - cal.WEEK_START) % 7)


def _weekday(match: re.Match[str], text: str, anchor: date) -> _Candidate | None:
    lex = lexicon()
    start, end = match.start(), match.end()
    tod = match.group("tod")
    if tod is None and _previous_word(text, start) in lex.weekday_blocked_after:
        return None  # "امام جمعه", "نماز جمعه"
    if _next_word(text, match.end("wd")) in lex.weekday_blocked_before:
        return None  # "جمعه بازار"
    weekday = lex.weekdays[key(match.group("wd"))]
    if weekday == 0 and match.start("wd") == start and (
        _previous_word(text, start) in lex.dushanbe_before
        or _next_word(text, match.end("wd")) in lex.dushanbe_after
    ):
        return None  # "در دوشنبه", "شهر دوشنبه": Dushanbe
    modifier = lex.weekday_modifiers[key(match.group("mod"))] if match.group("mod") else None
    value = _weekday_value(anchor, weekday, modifier)
    if tod is not None and lex.times_of_day.get(key(tod)):
        value -= timedelta(days=1)  # "شب جمعه": Thursday night, the eve of Friday
    return _Candidate(start, end, value, "day", True)


def _relday(match: re.Match[str], text: str, anchor: date) -> _Candidate | None:
    lex = lexicon()
    rel = key(match.group("rel"))
    if match.group("tod") is None and _is_quantity(_previous_word(text, match.start())):
        return None  # "دو روز گذشته": the past two days
    value = anchor + timedelta(days=lex.relative_days[rel])
    return _Candidate(match.start(), match.end(), value, "day", True)


def _period(match: re.Match[str], text: str, anchor: date) -> _Candidate | None:
    lex = lexicon()
    if match.group("rel") is not None:
        if _is_quantity(_previous_word(text, match.start())):
            return None  # "سه ماه گذشته": the past three months
        unit, offset = lex.relative_periods[key(match.group("rel"))]
        calendar = "gregorian" if match.group("greg") else "jalali"
    else:
        n_text = match.group("n")
        n = _int(n_text) if n_text[0].isdigit() else lex.cardinals[key(n_text)]
        if n <= 0:
            return None
        unit, offset, calendar = {"روز": "day", "هفته": "week", "ماه": "month", "سال": "year"}[
            match.group("unit")], -n, "jalali"
    if unit == "day":
        value = anchor + timedelta(days=offset)
    elif unit == "week":
        value = cal.week_start(anchor) + timedelta(days=7 * offset)
    elif unit == "month":
        value = cal.shift_month(anchor, offset, calendar)
    else:
        value = cal.shift_year(anchor, offset, calendar)
    return _Candidate(match.start(), match.end(), value, unit, True)


def _as_date(anchor: date | datetime | None) -> date | None:
    if isinstance(anchor, datetime):
        return anchor.date()
    return anchor


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest first, then leftmost; drop anything overlapping a kept candidate."""
    candidates.sort(key=lambda c: (c.start - c.end, c.start))
    starts: list[int] = []
    kept: list[_Candidate] = []
    for cand in candidates:
        i = bisect.bisect_left(starts, cand.start)
        if i > 0 and kept[i - 1].end > cand.start:
            continue
        if i < len(kept) and kept[i].start < cand.end:
            continue
        starts.insert(i, cand.start)
        kept.insert(i, cand)
    return kept


def find_dates(text: str, anchor: date | None = None) -> list[DateMention]:
    """Date expressions in ``text``, resolved; sorted, non-overlapping, longest match wins.

    ``anchor`` is the story date; without it, relative expressions (امروز، دوشنبه، هفته گذشته, a day and
    month without a year) are not returned. Offsets are into ``text``: ``text[m.start:m.end] == m.text``.
    """
    anchor = _as_date(anchor)
    pats = _patterns()
    candidates: list[_Candidate] = []

    def add(cand: _Candidate | None) -> None:
        if cand is not None and cand.end > cand.start:
            candidates.append(cand)

    for m in pats.textual.finditer(text):
        cand = _textual(m, text, anchor)
        add(cand)
        if cand is not None:
            add(_range_head(text, cand, m))
    for m in pats.numeric.finditer(text):
        add(_numeric(m))
    for m in pats.year.finditer(text):
        add(_year(m, anchor))
    if _LATIN.search(text):
        for m in pats.english.finditer(text):
            add(_english(m))
    if anchor is not None:
        for m in pats.weekday.finditer(text):
            add(_weekday(m, text, anchor))
        for m in pats.relday.finditer(text):
            add(_relday(m, text, anchor))
        for m in pats.period.finditer(text):
            add(_period(m, text, anchor))
        for m in pats.day_of_month.finditer(text):
            add(_day_of_month(m, anchor))
    return [
        DateMention(c.start, c.end, text[c.start:c.end], c.value, c.granularity, c.relative)
        for c in _select(candidates)
    ]


_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def parse_date_text(text: str) -> tuple[date, str] | None:
    """A stand-alone date string (a ``published`` field) → ``(date, granularity)``, or None.

    Accepts ISO 8601 dates and date-times ("2024-06-01", "2024-06-01T08:00:00+03:30", "...Z"), RFC 2822
    dates from feeds ("Sat, 01 Jun 2024 08:00:00 +0330"), numeric Jalali or Gregorian dates
    ("1403/03/12", "۱۴۰۳/۰۳/۱۲ ۰۸:۰۰"), and written dates ("۱۲ خرداد ۱۴۰۳", "8:00 - 12 خرداد 1403").
    The date is the one written, not converted to another time zone.
    """
    if not text or not text.strip():
        return None
    raw = text.strip()
    ascii_text = raw.translate(_DIGITS)
    iso = ascii_text[:-1] + "+00:00" if ascii_text.endswith(("Z", "z")) else ascii_text
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        parsed = None
    if parsed is not None:
        if cal.calendar_of_year(parsed.year) == "jalali":  # "1403-03-12T08:00": a Jalali date in ISO form
            value = cal.jalali(parsed.year, parsed.month, parsed.day)
            return (value, "day") if value else None
        return parsed.date(), "day"
    if re.match(r"^\d{4}-\d{2}$", ascii_text):
        value = cal.gregorian(int(ascii_text[:4]), int(ascii_text[5:]), 1)
        return (value, "month") if value else None
    if re.match(r"^\d{4}$", ascii_text):
        year = int(ascii_text)
        calendar = cal.calendar_of_year(year)
        value = cal.CONVERTERS[calendar](year, 1, 1) if calendar else None
        return (value, "year") if value else None
    if re.match(r"^[A-Za-z]{3},", ascii_text):
        try:
            parsed = email.utils.parsedate_to_datetime(ascii_text)
            return parsed.date(), "day"
        except (TypeError, ValueError, IndexError):
            pass
    mentions = [m for m in find_dates(raw) if not m.relative]
    if not mentions:
        return None
    order = {"day": 0, "month": 1, "week": 2, "year": 3}
    best = min(mentions, key=lambda m: (order[m.granularity], -(m.end - m.start), m.start))
    return best.value, best.granularity

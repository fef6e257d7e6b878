"""Dates: find and resolve Persian (Jalali, Gregorian, relative) date expressions.

Public API:

- :func:`find_dates` ``(text, anchor=None) -> list[DateMention]``: date mentions in a (normalised) text,
  with offsets into it; relative ones ("دیروز", "دوشنبه", "هفته گذشته") only when ``anchor`` (the story
  date) is given. The rules are documented in :mod:`rasad.dates.finder`.
- :func:`parse_date_text` ``(text) -> (date, granularity) | None``: one stand-alone date string, as in a
  ``published`` field.

The vocabulary is data: ``rasad/data/dates.yaml``.
"""

from rasad.dates.finder import find_dates, parse_date_text

GRANULARITIES = ("day", "week", "month", "year")

__all__ = ["GRANULARITIES", "find_dates", "parse_date_text"]

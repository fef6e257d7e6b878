"""Sentence and token boundaries on normalised text (offsets into the text given)."""

from __future__ import annotations

import re

from rasad.normalise.letters import normalise_letters

# A headline's parts are joined by " | " ("انتقاد روسیه از آمریکا | پرتاب نور نقض برجام نیست").
_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+|(?<=\s)\|(?=\s)")
_TOKEN = re.compile(r"\w+(?:\u200c\w+)*|[^\w\s\u200c]")
_SPACING = re.compile(r"[\s\u200c]+")
WORD_WINDOW = 40  # characters read for the word next to a position: longer than any Persian word


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentences split at final punctuation followed by space, at line breaks and at a headline's " | ";
    whitespace trimmed."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word tokens (letters, digits, ZWNJ-joined parts) and single punctuation marks."""
    return [match.span() for match in _TOKEN.finditer(text, start, len(text) if end is None else end)]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def compact(text: str) -> str:
    """Letters folded (ي/ك → ی/ک, diacritics and tatweel removed), spaces and ZWNJ dropped: two spellings
    of one phrase ("گروه های", "گروههای") compare equal."""
    return _SPACING.sub("", normalise_letters(text))


def char_shingles(text: str, size: int) -> set[str]:
    """The character n-grams of the compacted text, for near-duplicate tests."""
    folded = compact(text)
    return {folded[index: index + size] for index in range(max(1, len(folded) - size + 1))}


def word_before(text: str, index: int, floor: int = 0) -> str | None:
    """The word ending right before ``index`` (not before ``floor``), read from a short window, not the whole text."""
    words = text[max(floor, index - WORD_WINDOW): index].split()
    return words[-1] if words else None


def word_after(text: str, index: int, ceiling: int | None = None) -> str | None:
    """The word starting right after ``index`` (not past ``ceiling``)."""
    words = text[index: min(ceiling if ceiling is not None else len(text), index + WORD_WINDOW)].split()
    return words[0] if words else None

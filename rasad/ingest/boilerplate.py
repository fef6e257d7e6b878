"""Site boilerplate: comment forms, submission footers, related-news tails, end markers, share links.

:func:`find_boilerplate` returns spans of the ORIGINAL text (offsets never shift) that later stages must not
read. Patterns are data (``rasad/data/boilerplate.yaml``), each with a scope:

- ``line``: the pattern must match a whole line (surrounding spaces ignored); that line is flagged. Whole-line
  matching is what keeps news safe: "تبادل نظر" alone is a comments heading, "... گفتگو و تبادل نظر کرد"
  is news.
- ``tail``: a whole-line heading ("اخبار پیشنهادی", "آخرین اخبار") after which the page lists other articles:
  the heading and everything after it is flagged, but only if at least :data:`MIN_BODY_BEFORE_TAIL` characters
  of paragraph text (lines of :data:`MIN_PARAGRAPH_CHARS` or more) come before it. The same words in a menu at
  the top of a page would otherwise flag the whole article; there, only the heading line is flagged.

Matching runs on a folded copy of the text of the same length (ي/ى → ی, ك → ک, ZWNJ → space), so one
pattern covers Arabic-letter and ZWNJ-less sources while offsets stay those of the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from rasad.doc import Span

#: A tail heading ends the article only after this much paragraph text (characters) has been seen.
MIN_BODY_BEFORE_TAIL = 200

#: A line at least this long counts as paragraph text for :data:`MIN_BODY_BEFORE_TAIL`.
MIN_PARAGRAPH_CHARS = 80

#: Lines longer than this are never whole-line boilerplate (a paragraph, not page furniture).
MAX_BOILERPLATE_LINE = 400

_SPACES = re.compile(r"\s+")
_FOLD = str.maketrans({"ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "\u200f": " ", "\u200e": " "})


@dataclass(frozen=True)
class BoilerplatePattern:
    name: str
    scope: str
    regex: re.Pattern[str]
    comment: str
    example: str
    after: tuple[str, ...] = ()


def fold(text: str) -> str:
    """The same-length folded text patterns run on."""
    return text.translate(_FOLD)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[BoilerplatePattern, ...]:
    """The patterns of ``rasad/data/boilerplate.yaml``, compiled."""
    raw = yaml.safe_load(resources.files("rasad.data").joinpath("boilerplate.yaml").read_text(encoding="utf-8"))
    patterns = []
    for entry in raw["patterns"]:
        if entry["scope"] not in ("line", "tail"):
            raise ValueError(f"boilerplate pattern {entry['name']!r}: scope must be line or tail")
        patterns.append(
            BoilerplatePattern(
                name=entry["name"],
                scope=entry["scope"],
                regex=re.compile(entry["pattern"]),
                comment=entry["comment"],
                example=str(entry["example"]),
                after=tuple(entry.get("after") or ()),
            )
        )
    return tuple(patterns)


def match_line(line: str, previous: str | None = None) -> BoilerplatePattern | None:
    """The first pattern that matches the whole (folded, stripped) ``line``, if any. ``previous`` is the
    name of the pattern that flagged the previous non-blank line (for patterns with ``after``)."""
    stripped = _SPACES.sub(" ", fold(line).strip())  # whole lines are flagged, so collapsing is safe
    if not stripped or len(stripped) > MAX_BOILERPLATE_LINE:
        return None
    for pattern in load_patterns():
        if pattern.after and previous not in pattern.after:
            continue
        if pattern.regex.fullmatch(stripped):
            return pattern
    return None


def find_boilerplate(text: str) -> list[Span]:
    """Boilerplate spans of ``text`` (original offsets, sorted, non-overlapping; a line span excludes its
    newline and surrounding spaces; a tail span runs to the end of the text)."""
    return [span for span, _ in _find(text)]


def _find(text: str) -> list[tuple[Span, str]]:
    spans: list[tuple[Span, str]] = []
    body_chars = 0
    offset = 0
    previous: str | None = None
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        pattern = match_line(line, previous)
        previous = pattern.name if pattern else None
        if pattern is None:
            if len(line.strip()) >= MIN_PARAGRAPH_CHARS:
                body_chars += len(line.strip())
            continue
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + len(line.rstrip())
        if pattern.scope == "tail" and body_chars >= MIN_BODY_BEFORE_TAIL:
            spans.append((Span(s, len(text), text[s:]), pattern.name))
            break
        spans.append((Span(s, e, text[s:e]), pattern.name))
    return spans


def explain(text: str) -> list[tuple[Span, str]]:
    """Each boilerplate span with the name of the pattern that flagged it (for audits and tests)."""
    return _find(text)

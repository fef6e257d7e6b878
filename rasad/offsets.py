"""Rewriting text while keeping a map back to the original.

Every normalisation step is expressed as a list of edits ``(start, end, replacement)`` over the current
text. :func:`apply_edits` produces the new text and, for each new character, the index of the character
it came from. Composing those index arrays step after step gives :class:`NormalisedText`, whose
``to_original`` turns any span of the normalised text into a span of the untouched original.

One-for-one character substitutions (ي → ی, ۵ → 5) do not change positions; they are done with
``str.translate`` and need no edits at all, which keeps the map cheap on long texts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

Edit = tuple[int, int, str]
"""Replace ``text[start:end]`` with ``replacement``; an insertion has ``start == end``."""


@dataclass
class NormalisedText:
    """A normalised text and, for each of its characters, its position in the original text.

    ``index`` has ``len(text) + 1`` entries; ``index[i]`` is the original position of character ``i``
    and the last entry is the length of the original. An inserted character (a restored ZWNJ) carries
    the position of the original character that follows it.
    """

    text: str
    index: np.ndarray

    @classmethod
    def identity(cls, text: str) -> NormalisedText:
        return cls(text, np.arange(len(text) + 1, dtype=np.int32))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalised span ``[start, end)``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside normalised text of length {len(self.text)}")
        if start == end:
            position = int(self.index[start])
            return position, position
        return int(self.index[start]), int(self.index[end - 1]) + 1

    def to_normalised(self, start: int, end: int) -> tuple[int, int]:
        """Normalised ``(start, end)`` of the original span ``[start, end)``: the map is non-decreasing, so
        the first normalised characters at or after each original position bound it."""
        return int(np.searchsorted(self.index, start)), int(np.searchsorted(self.index, end))

    def rewrite(self, edits: Iterable[Edit]) -> NormalisedText:
        """Apply edits to this text and compose the position map."""
        new_text, step_index = apply_edits(self.text, edits)
        if step_index is None:
            return self
        return NormalisedText(new_text, self.index[step_index])

    def translate(self, table: dict[int, int | str]) -> NormalisedText:
        """One-for-one character substitution; positions are unchanged."""
        return NormalisedText(self.text.translate(table), self.index)

    def to_bytes(self) -> bytes:
        return self.index.astype("<i4").tobytes()

    @classmethod
    def from_bytes(cls, text: str, data: bytes) -> NormalisedText:
        index = np.frombuffer(data, dtype="<i4").astype(np.int32)
        if len(index) != len(text) + 1:
            raise ValueError("offset map does not match the normalised text")
        return cls(text, index)


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, np.ndarray | None]:
    """Apply sorted, non-overlapping edits; return the new text and its index into ``text``.

    Returns ``(text, None)`` when there is nothing to do. Replacement characters map one-for-one onto
    the replaced characters while both last; extra inserted characters map to ``end``.
    """
    pieces: list[str] = []
    ranges: list[np.ndarray] = []
    cursor = 0
    changed = False
    for start, end, replacement in edits:
        if start < cursor or end < start:
            raise ValueError(f"edits overlap or are unsorted at {start}:{end}")
        if text[start:end] == replacement:
            continue
        changed = True
        pieces.append(text[cursor:start])
        ranges.append(np.arange(cursor, start, dtype=np.int32))
        pieces.append(replacement)
        aligned = min(len(replacement), end - start)
        ranges.append(np.arange(start, start + aligned, dtype=np.int32))
        ranges.append(np.full(len(replacement) - aligned, end, dtype=np.int32))
        cursor = end
    if not changed:
        return text, None
    pieces.append(text[cursor:])
    ranges.append(np.arange(cursor, len(text) + 1, dtype=np.int32))
    return "".join(pieces), np.concatenate(ranges)

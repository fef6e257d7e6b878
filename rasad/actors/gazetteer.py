"""Multi-pattern name matching that ignores how words are spaced or joined.

Persian writes the parts of a name or title with a space, a ZWNJ, or (when a site strips ZWNJs) nothing:
"رئیس جمهور", "رئیس‌جمهور", "رئیسجمهور". Keys and text are therefore compared in a *compact* form with all
spaces and ZWNJs removed (one Aho-Corasick automaton over the whole text), and a hit is accepted only if
it starts and ends on word boundaries of the real text, so "ایران" never matches inside "ایرانی".
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

import ahocorasick
import numpy as np

from rasad.normalise.letters import normalise_letters

T = TypeVar("T")
_GAPS = (" ", "\u200c", "\t")
LETTER_FOLD = str.maketrans({"ئ": "ی", "أ": "ا", "إ": "ا", "آ": "ا", "ؤ": "و", "ة": "ه"})  # one letter for one


def compact_key(surface: str) -> str:
    """The spacing-blind comparison key of a name or phrase, blind to the hamza and madda spellings that
    are all current ("رییس"/"رئیس", "امریکا"/"آمریکا", "مسیول"/"مسئول")."""
    return "".join(normalise_letters(surface).split()).replace("\u200c", "").translate(LETTER_FOLD)


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    values: tuple[T, ...]


class Gazetteer(Generic[T]):
    """Finds every listed phrase in a text; each key carries the values of every entry that spells it."""

    def __init__(self, entries: Iterable[tuple[str, T]]):
        table: dict[str, list[T]] = {}
        for surface, value in entries:
            key = compact_key(surface)
            if key and value not in table.setdefault(key, []):
                table[key].append(value)
        self._automaton = ahocorasick.Automaton()
        for key, values in table.items():
            self._automaton.add_word(key, (len(key), tuple(values)))
        self._empty = not table
        if not self._empty:
            self._automaton.make_automaton()

    def __contains__(self, surface: str) -> bool:
        return compact_key(surface) in self._automaton

    def get(self, surface: str) -> tuple[T, ...]:
        found = self._automaton.get(compact_key(surface), None)
        return found[1] if found else ()

    def find_all(self, text: str) -> Iterator[Hit[T]]:
        """Every word-bounded hit, overlapping ones included."""
        if self._empty:
            return
        positions, compact = _compact(text)
        for last, (length, values) in self._automaton.iter(compact):
            start, end = int(positions[last - length + 1]), int(positions[last]) + 1
            if _word_start(text, start) and _word_end(text, end):
                yield Hit(start, end, values)

    def find(self, text: str) -> list[Hit[T]]:
        """Longest non-overlapping hits, left to right."""
        chosen: list[Hit[T]] = []
        for hit in sorted(self.find_all(text), key=lambda h: (h.start, -(h.end - h.start))):
            if not chosen or hit.start >= chosen[-1].end:
                chosen.append(hit)
        return chosen


@lru_cache(maxsize=4)
def _compact(text: str) -> tuple[np.ndarray, str]:
    """The text without spaces and ZWNJs, and each kept character's position; several gazetteers scan
    the same article, so the last few are kept."""
    kept = [i for i, char in enumerate(text) if char not in _GAPS]
    return np.fromiter(kept, dtype=np.int64, count=len(kept)), "".join(text[i] for i in kept).translate(LETTER_FOLD)


def _word_start(text: str, index: int) -> bool:
    return index == 0 or not text[index - 1].isalnum()


def _word_end(text: str, index: int) -> bool:
    return index >= len(text) or not text[index].isalnum()

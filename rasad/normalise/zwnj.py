"""Zero-width non-joiner (ZWNJ, U+200C) restoration for Persian text whose ZWNJs were stripped.

The restorer only ever *inserts* ZWNJs: ``restore(text)`` equals ``text`` with U+200C characters added, and
``insertion_points(text)`` says where (indices into ``text``), so callers can keep an offset map.

It works per word (a run of Persian letters; existing ZWNJs split runs and are left alone), with a cache:

1. **Known spellings.** ``forms.tsv`` maps a joined spelling to its usual ZWNJ spelling, with how often each
   was seen in correctly written text (ParsNER, ParsTwiNER, Fars News, Hamshahri; hazm's MIT word list as a
   weak vote). The ZWNJ spelling wins when it was seen more often than the joined one (میتواند → می‌تواند,
   نخستوزیر → نخست‌وزیر, but کشورهای stays as is). A word seen only joined (``words.tsv``: میز, مینا,
   تهران, هامون, ترکیه) is left whole.
2. **Affix rules** for words never seen: suffixes (ها, های, هایی, تر, ترین, ای, اش, ام, ...) after a stem
   the lexicon knows, with a ZWNJ when correctly written text usually has one after that suffix and the
   stem's last letter (``affixes.tsv``: ZWNJ after ه, ی, ت, ن ... but not after ا, د, ر, و); the verb
   prefixes می/نمی before a form seen after می elsewhere or built from a verb stem (``verbs.tsv``).
   Stems are themselves restored (نخستوزیرها → نخست‌وزیر‌ها).
3. Otherwise the word is left alone.

Data: ``rasad/data/zwnj/`` built by ``tools/build_zwnj_lexicon.py`` (see the file headers for sources and
licences).
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

ZWNJ = "\u200c"
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
_WORD = re.compile(f"[{LETTERS}]+")

# Suffixes tried by the rules, longest first (ی alone is left out: after ه it is ambiguous between
# خانه‌ی and آگاهی).
SUFFIXES = (
    "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها",
    "ترین", "تر",
    "ایم", "اید", "اند", "ای", "ام", "اش", "ات",
    "شان", "تان", "مان",
)
PREFIXES = ("نمی", "می")
# Personal endings after a present or past verb stem (the stem alone is the past 3rd person singular).
_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
_PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند")

# Tunables (chosen on a held-out slice of the training text, never on the UD benchmark).
FORM_RATIO = 1.0  # a ZWNJ spelling must be seen more than FORM_RATIO × the joined spelling
SUFFIX_MIN_P = 0.6  # smoothed share of ZWNJ spellings for a (suffix, last letter) pair to insert one
STEM_MIN_COUNT = 2  # a stem must be seen this often (running text) for the suffix rule
MAX_DEPTH = 3


def _rows(name: str, directory: Path | None = None):
    if directory is None:
        text = resources.files("rasad.data").joinpath("zwnj", name).read_text(encoding="utf-8")
    else:
        text = (directory / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


class ZwnjRestorer:
    """Insert missing ZWNJs into Persian words; see the module docstring."""

    def __init__(
        self,
        forms: dict[str, tuple[int, ...]],
        ambiguous: set[str],
        words: dict[str, int],
        suffix_p: dict[tuple[str, str], float],
        verb_forms: set[str],
    ) -> None:
        self.forms = forms  # joined spelling → ZWNJ positions of its usual spelling (() = keep joined)
        self.ambiguous = ambiguous  # joined spellings seen both ways in comparable numbers
        self.words = words  # words seen without ZWNJ → count
        self.suffix_p = suffix_p
        self.verb_forms = verb_forms  # what may follow می/نمی
        self._token = functools.lru_cache(maxsize=500_000)(self._token_uncached)

    @classmethod
    @functools.cache
    def load(cls) -> ZwnjRestorer:
        """The restorer with the shipped data (loaded once, then cached)."""
        return cls.from_directory(None)

    @classmethod
    def from_directory(cls, directory: Path | None) -> ZwnjRestorer:
        """A restorer from the data files in ``directory`` (None: the shipped ``rasad/data/zwnj``)."""
        forms: dict[str, tuple[int, ...]] = {}
        ambiguous: set[str] = set()
        verb_forms: set[str] = set()
        for joined, form, n_best, _n_all, n_plain in _rows("forms.tsv", directory):
            n_best_i, n_plain_i = int(n_best), int(n_plain)
            positions = _positions(form)
            if form.startswith(("می" + ZWNJ, "نمی" + ZWNJ)):
                verb_forms.add(form.split(ZWNJ, 1)[1].replace(ZWNJ, ""))
            if n_best_i > FORM_RATIO * n_plain_i:
                forms[joined] = positions
            else:
                forms[joined] = ()
            if n_plain_i and n_best_i and max(n_best_i, n_plain_i) < 3 * min(n_best_i, n_plain_i):
                ambiguous.add(joined)
        words = {row[0]: int(row[1]) for row in _rows("words.tsv", directory)}
        counts: dict[tuple[str, str], list[int]] = {}
        for kind, affix, last, n_zwnj, n_plain in _rows("affixes.tsv", directory):
            if kind == "suffix":
                counts[(affix, last)] = [int(n_zwnj), int(n_plain)]
        suffix_p = {key: (z + 0.5) / (z + p + 1.0) for key, (z, p) in counts.items()}
        for past, present in _rows("verbs.tsv", directory):
            verb_forms.update(present + ending for ending in _PRESENT_ENDINGS)
            verb_forms.update(past + ending for ending in _PAST_ENDINGS)
            verb_forms.add(past + "ه")
        return cls(forms, ambiguous, words, suffix_p, verb_forms)

    # -- public API -------------------------------------------------------------------------------------

    def insertion_points(self, text: str) -> list[int]:
        """Sorted indices in ``text`` before which a ZWNJ is to be inserted."""
        points: list[int] = []
        token = self._token
        for match in _WORD.finditer(text):
            word = match.group()
            if len(word) < 3:
                continue
            found = token(word)
            if found:
                start = match.start()
                points.extend(start + offset for offset in found)
        return points

    def restore(self, text: str) -> str:
        """``text`` with missing ZWNJs inserted (nothing else changes)."""
        points = self.insertion_points(text)
        if not points:
            return text
        parts = []
        previous = 0
        for point in points:
            parts.append(text[previous:point])
            previous = point
        parts.append(text[previous:])
        return ZWNJ.join(parts)

    # -- per word ---------------------------------------------------------------------------------------

    def _token_uncached(self, word: str) -> tuple[int, ...]:
        known = self.forms.get(word)
        if known is not None and word not in self.ambiguous:
            return known
        if known is None and word in self.words:
            return ()
        ruled = self._rules(word, 0)
        if ruled is not None:
            return ruled
        return known or ()

    def _known(self, word: str) -> tuple[int, ...] | None:
        """Positions for a word the lexicon knows (its usual spelling), else None."""
        known = self.forms.get(word)
        if known is not None:
            return known
        if self.words.get(word, 0) >= STEM_MIN_COUNT:
            return ()
        return None

    def _analyse(self, word: str, depth: int) -> tuple[int, ...] | None:
        known = self._known(word)
        if known is not None:
            return known
        if depth >= MAX_DEPTH:
            return None
        return self._rules(word, depth + 1)

    def _rules(self, word: str, depth: int) -> tuple[int, ...] | None:
        # Verb prefix: می/نمی + a verb form.
        for prefix in PREFIXES:
            if word.startswith(prefix) and len(word) > len(prefix) + 1:
                rest = word[len(prefix):]
                if rest in self.verb_forms:
                    inner = self.forms.get(rest, ())
                    return (len(prefix), *(len(prefix) + p for p in inner))
                inner_rest = self._suffix_rule(rest, depth) if depth < MAX_DEPTH else None
                if inner_rest is not None and self._verb_like(rest):
                    return (len(prefix), *(len(prefix) + p for p in inner_rest))
                break
        return self._suffix_rule(word, depth)

    def _verb_like(self, rest: str) -> bool:
        for suffix in ("اند", "ایم", "اید", "ام", "ای"):
            if rest.endswith(suffix) and rest[: -len(suffix)] in self.verb_forms:
                return True
        return False

    def _suffix_rule(self, word: str, depth: int) -> tuple[int, ...] | None:
        for suffix in SUFFIXES:
            if not word.endswith(suffix):
                continue
            cut = len(word) - len(suffix)
            if cut < 2:
                continue
            stem = word[:cut]
            inner = self._analyse(stem, depth)
            if inner is None:
                continue
            p = self.suffix_p.get((suffix, stem[-1]))
            if p is not None and p >= SUFFIX_MIN_P:
                return (*inner, cut)
            return inner
        return None


def _positions(form: str) -> tuple[int, ...]:
    """ZWNJ positions of ``form`` as indices into the form with its ZWNJs removed."""
    positions = []
    removed = 0
    for index, char in enumerate(form):
        if char == ZWNJ:
            positions.append(index - removed)
            removed += 1
    return tuple(positions)

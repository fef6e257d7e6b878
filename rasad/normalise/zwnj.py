"""Zero-width non-joiner (ZWNJ, U+200C) restoration for Persian text whose ZWNJs were stripped.

The restorer only ever *inserts* ZWNJs: ``restore(text)`` equals ``text`` with U+200C characters added, and
``insertion_points(text)`` says where (indices into ``text``), so callers can keep an offset map.

It works per word (a run of Persian letters; existing ZWNJs split runs and are left alone), with a cache:

1. **Known spellings.** ``forms.tsv`` maps a joined spelling to its usual ZWNJ spelling, with how often each
   was seen in correctly written text (ParsNER, ParsTwiNER, Fars News, Hamshahri; hazm's MIT word list as a
   weak vote). The ZWNJ spelling wins when it was seen more than ``FORM_RATIO`` (0.5) times as often as the
   joined one (میتواند → می‌تواند, نخستوزیر → نخست‌وزیر, but کشورهای and بیشتر stay as they are); for
   می/نمی verbs the ratio is ``VERB_RATIO`` (0.2), since joined verbs are careless writing, not a spelling.
   A word seen only joined (``words.tsv``: میز, مینا, تهران, هامون, ترکیه) is left whole.
2. **Rules** for words never seen, in this order:
   a. verb prefix: an optional preverb (بر, در, باز, فرو, ...) + می/نمی + a verb form seen after می
      elsewhere or built from a hazm verb stem (``verbs.tsv``), or a perfect form (می‌رفته‌اند); a word
      never seen at all, می + four or more letters + a personal ending, is taken as a verb too;
   b. perfect: past participle + ام/ای/ایم/اید/اند (رنجیده‌ایم), the participle ending in a known past stem;
   c. suffixes (ها, های, هایم, ..., تر, ترین, ای, اش, ام, مان, شان, ...) after a stem the lexicon knows,
      with a ZWNJ when correctly written text usually has one after that suffix family and the stem's
      last letter (``affixes.tsv``: after ه, ی, ت, ن ... but not after ا, د, ر, و); competing analyses
      (خان + های, خانه + ای) are ranked by stem frequency × suffix frequency; stems are themselves
      restored (نخستوزیرها → نخست‌وزیرها). For stems never seen, only (suffix, last letter) pairs that
      are nearly always written with ZWNJ (ه + ها) are used;
   d. the prefix بی before a known word (بی‌سوادی), as learned from the corpora;
   e. compound heads: a word seen at least ``HEAD_STEM_MIN_COUNT`` times, ending in a joining letter, + a
      head that correctly written text puts after a ZWNJ in at least ``HEAD_MIN_P`` of the word types where
      it follows a known word (``affixes.tsv`` kind ``head``: کننده, نگاران, گرا, سازی: واقعه‌نگاران,
      مسخره‌کننده); the first word keeps its own ZWNJs.
   Rule details learned from the corpora: a perfect whose participle's stem hazm lacks (چکانده‌ایم) is
   taken as one when it ends in ده/ته + اند/ایم/اید; no ZWNJ goes between های and شان/تان/مان; suffix
   statistics skip words that parse two ways (دریای: دریا + ی or دری + ای; جامعهای).
3. **Spaced compounds.** A word no rule explains, whose two parts were seen written with a space at least
   ``SPACED_MIN_COUNT`` times (``spaced.tsv``: زمین مرکزی, نیمه ابری), gets a ZWNJ where the space was.
4. Otherwise the word is left alone.

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
    "ترین", "تری", "تر",
    "ایم", "اید", "اند", "ای", "ام", "اش", "ات",
    "شان", "تان", "مان",
)
_PLURAL_PERSONAL = ("شان", "تان", "مان")
PREFIXES = ("نمی", "می")
PREVERBS = ("", "بر", "در", "باز", "فرو", "فرا", "وا", "ور")
PERFECT_ENDINGS = ("اند", "ایم", "اید", "ام", "ای")
VERB_ENDINGS = ("ند", "ید", "یم", "دم", "تم", "م", "د")
# Personal endings after a present or past verb stem (the stem alone is the past 3rd person singular).
_PRESENT_ENDINGS = ("م", "ی", "د", "یم", "ید", "ند")
_PAST_ENDINGS = ("", "م", "ی", "یم", "ید", "ند")

# Tunables. FORM_RATIO and SUFFIX_MIN_P were chosen on a held-out tenth of the training text
# (tools/build_zwnj_lexicon.py --holdout 10); the UD dev sets were used only to measure, but their error
# lists were read while designing the rules (preverbs, perfect forms, suffix families, VERB_RATIO).
FORM_RATIO = 0.5  # a ZWNJ spelling must be seen more than FORM_RATIO × the joined spelling
VERB_RATIO = 0.2  # the same for می/نمی verb forms
COMPARATIVE_RATIO = 0.5  # the same for تر/ترین
SUFFIX_MIN_P = 0.5  # smoothed share of ZWNJ spellings for a (suffix, last letter) pair to insert one
STEM_MIN_COUNT = 2  # a stem must be seen this often (running text) for the suffix rule
MAX_DEPTH = 3
USE_PRIOR = True  # rank competing analyses (خان + های, خانه + ای) by stem frequency × suffix frequency
ANY_MIN_N = 20  # fallback for unknown stems: a (suffix, last letter) pair seen this often ...
ANY_MIN_P = 0.85  # ... and this consistently with ZWNJ
PREFIX_MIN_P = 0.6  # word prefixes (بی) written with ZWNJ at least this often before known words
PREFIX_STEM_MIN_COUNT = 5
HEAD_MIN_P = 0.7  # compound heads (کننده, نگاران) written after a ZWNJ at least this often ...
HEAD_MIN_N = 2  # ... in this many word types
HEAD_STEM_MIN_COUNT = 5  # and the first word seen this often
NON_JOINING = frozenset("اآأإدذرزژوؤءة")
SPACED_MIN_COUNT = 3  # a word never seen joined, seen this often as two words (زمین مرکزی): a compound


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
        freq: dict[str, int],
        suffix_p: dict[tuple[str, str], float],
        suffix_any_p: dict[tuple[str, str], float],
        word_prefixes: tuple[str, ...],
        verb_forms: set[str],
        past_stems: set[str] = frozenset(),
        suffix_prior: dict[str, float] | None = None,
        heads: dict[str, float] | None = None,
        spaced: dict[str, int] | None = None,
    ) -> None:
        self.spaced = spaced or {}  # joined compound → where the space was (رئیسجمهور → 4)
        self.heads = heads or {}  # compound head (کننده, نگاران) → share written after a ZWNJ
        self._max_head = max(map(len, self.heads), default=0)
        self.past_stems = past_stems
        self.suffix_prior = suffix_prior or {}
        self.forms = forms  # joined spelling → ZWNJ positions of its usual spelling (() = keep joined)
        self.freq = freq  # joined spelling → how often it was seen (any spelling)
        self.suffix_p = suffix_p  # (suffix, stem's last letter) → share of ZWNJ spellings, known stems
        self.suffix_any_p = suffix_any_p  # the same over all stems (only confident pairs are kept)
        self.word_prefixes = word_prefixes  # prefixes usually written with ZWNJ before a known word (بی)
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
        freq: dict[str, int] = {}
        verb_forms: set[str] = set()
        for joined, form, n_best, n_all, n_plain in _rows("forms.tsv", directory):
            n_best_i, n_plain_i = int(n_best), int(n_plain)
            freq[joined] = int(n_all) + n_plain_i
            if form.startswith(("می" + ZWNJ, "نمی" + ZWNJ)):
                verb_forms.add(form.split(ZWNJ, 1)[1].replace(ZWNJ, ""))
            if form.startswith(("می" + ZWNJ, "نمی" + ZWNJ)):
                ratio = VERB_RATIO  # joined می-verbs are mostly careless writing, not a spelling
            elif form.endswith((ZWNJ + "تر", ZWNJ + "ترین")):
                ratio = COMPARATIVE_RATIO
            else:
                ratio = FORM_RATIO
            forms[joined] = _positions(form) if n_best_i > ratio * n_plain_i else ()
        for word, count in _rows("words.tsv", directory):
            if word not in freq:
                freq[word] = int(count)
        suffix_counts: dict[tuple[str, str], list[int]] = {}
        suffix_any_p: dict[tuple[str, str], float] = {}
        word_prefixes: list[str] = []
        type_counts: dict[str, int] = {}
        for kind, affix, last, n_zwnj, n_plain in _rows("affixes.tsv", directory):
            z, n = int(n_zwnj), int(n_plain)
            if kind == "suffix_any":
                type_counts[affix] = type_counts.get(affix, 0) + z + n
            p = (z + 0.5) / (z + n + 1.0)
            if kind == "suffix":
                # Pooled by family (ها, های, هایم ... count together; so do تر, ترین), which keeps rare
                # pairs such as (هایم, ف) from deciding on two examples.
                counts = suffix_counts.setdefault((_family(affix), last), [0, 0])
                counts[0] += z
                counts[1] += n
            elif kind == "suffix_any" and z + n >= ANY_MIN_N and p >= ANY_MIN_P:
                suffix_any_p[(affix, last)] = p
            elif kind == "word_prefix" and p >= PREFIX_MIN_P:
                word_prefixes.append(affix)
        suffix_p = {
            (suffix, last): (z + 0.5) / (z + n + 1.0)
            for suffix in SUFFIXES
            for (family, last), (z, n) in suffix_counts.items()
            if family == _family(suffix)
        }
        heads = {
            affix: (z + 0.5) / (z + n + 1.0)
            for kind, affix, _, z, n in _rows("affixes.tsv", directory)
            if kind == "head" and int(z) >= HEAD_MIN_N
            for z, n in [(int(z), int(n))]
            if (z + 0.5) / (z + n + 1.0) >= HEAD_MIN_P
        }
        past_stems: set[str] = set()
        for past, present in _rows("verbs.tsv", directory):
            if len(past) >= 2:
                past_stems.add(past)
            verb_forms.update(present + ending for ending in _PRESENT_ENDINGS)
            verb_forms.update(past + ending for ending in _PAST_ENDINGS)
            verb_forms.add(past + "ه")
        total = sum(type_counts.values()) or 1
        suffix_prior = {suffix: (n + 1) / total for suffix, n in type_counts.items()}
        spaced: dict[str, int] = {}
        try:
            for joined, form, count in _rows("spaced.tsv", directory):
                if int(count) >= SPACED_MIN_COUNT:
                    spaced[joined] = len(form.split(ZWNJ, 1)[0])
        except FileNotFoundError:
            pass
        return cls(
            forms, freq, suffix_p, suffix_any_p, tuple(word_prefixes), verb_forms, past_stems, suffix_prior, heads, spaced
        )

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
        if known is not None:
            return known
        if word in self.freq:  # seen, never with ZWNJ: a real word (میز, تهران)
            return ()
        ruled = self._rules(word, 0)
        if ruled is None:
            cut = self.spaced.get(word)
            if cut is not None:
                return (*self.forms.get(word[:cut], ()), cut)
        return ruled or ()

    def _known(self, word: str) -> tuple[int, ...] | None:
        """Positions for a word the lexicon knows well enough to be a stem, else None."""
        known = self.forms.get(word)
        if known is not None:
            return known
        if self.freq.get(word, 0) >= STEM_MIN_COUNT:
            return ()
        return None

    def _analyse(self, word: str, depth: int) -> tuple[int, ...] | None:
        known = self._known(word)
        if known is not None:
            return known
        if depth >= MAX_DEPTH:
            return None
        return self._rules(word, depth + 1, fallback=False)

    def _rules(self, word: str, depth: int, fallback: bool = True) -> tuple[int, ...] | None:
        # Verb prefix, after an optional preverb: (بر|در|باز|فرو|فرا|وا|ور)? (نمی|می) + a verb form.
        verb = self._verb(word, depth)
        if verb is not None:
            return verb
        if word in self.verb_forms:  # گریاند is a verb, not گری + اند
            return ()
        perfect = self._perfect(word)
        if perfect is not None:
            return perfect
        suffixed = self._suffix_rule(word, depth, fallback)
        if suffixed is not None:
            return suffixed
        for prefix in self.word_prefixes:
            rest = word[len(prefix):]
            if word.startswith(prefix) and len(rest) >= 3 and self.freq.get(rest, 0) >= PREFIX_STEM_MIN_COUNT:
                inner = self.forms.get(rest, ())
                return (len(prefix), *(len(prefix) + p for p in inner))
        return self._compound(word)

    def _compound(self, word: str) -> tuple[int, ...] | None:
        """A known word + a compound head usually written after a ZWNJ: واقعه‌نگاران, مسخره‌کننده."""
        best: tuple[float, int] | None = None
        for cut in range(max(2, len(word) - self._max_head), len(word) - 1):
            p = self.heads.get(word[cut:])
            if p is None or word[cut - 1] in NON_JOINING:
                continue
            first = word[:cut]
            if self.freq.get(first, 0) < HEAD_STEM_MIN_COUNT:
                continue
            if best is None or p > best[0]:
                best = (p, cut)
        if best is None:
            return None
        cut = best[1]
        return (*self.forms.get(word[:cut], ()), cut)

    def _verb(self, word: str, depth: int) -> tuple[int, ...] | None:
        for preverb in PREVERBS:
            if not word.startswith(preverb):
                continue
            body = word[len(preverb):]
            for prefix in PREFIXES:
                if not body.startswith(prefix) or len(body) <= len(prefix) + 1:
                    continue
                rest = body[len(prefix):]
                cut = len(preverb) + len(prefix)
                if rest in self.verb_forms:
                    return (cut, *(cut + p for p in self.forms.get(rest, ())))
                for ending in PERFECT_ENDINGS:
                    if rest.endswith(ending) and rest[: -len(ending)] in self.verb_forms:
                        return (cut, cut + len(rest) - len(ending))
                # A word never seen at all, می + at least three letters + a personal ending: a verb
                # whose stem hazm's list lacks (میلغزاندند, میگراییدم).
                if depth == 0 and word not in self.freq and len(rest) >= 4 and rest.endswith(VERB_ENDINGS):
                    return (cut,)
                break
        return None

    def _perfect(self, word: str) -> tuple[int, ...] | None:
        """Past participle + ام/ای/اند...: رنجیده‌ایم, خزیده‌ام (participle = past stem + ه, any preverb)."""
        for ending in PERFECT_ENDINGS:
            cut = len(word) - len(ending)
            if word.endswith(ending) and cut >= 3 and word[cut - 1] == "ه":
                participle = word[: cut - 1]
                for start in range(len(participle) - 1):
                    if participle[start:] in self.past_stems:
                        return (cut,)
                # A participle whose stem hazm lacks (چکانده‌ایم): a past stem ends in د or ت, and the
                # plural endings اند/ایم/اید are not also possessives as ام/ای are (نامه‌ام, خانه‌ای).
                if (
                    len(ending) == 3
                    and len(participle) >= 3
                    and participle[-1] in "دت"
                    and word not in self.freq
                    # not a noun in د/ت + هایم (درآمدهایم): the participle (رنجیده) is more usual than it
                    and self.freq.get(word[:cut], 0) >= self.freq.get(participle, 0)
                ):
                    return (cut,)
                return None
        return None

    def _suffix_rule(self, word: str, depth: int, fallback: bool) -> tuple[int, ...] | None:
        best: tuple[int, tuple[int, ...]] | None = None
        for suffix in SUFFIXES:
            if not word.endswith(suffix):
                continue
            cut = len(word) - len(suffix)
            if cut < 2:
                continue
            stem = word[:cut]
            if stem.endswith("های") and suffix in _PLURAL_PERSONAL:
                continue  # هایشان is one suffix: no ZWNJ between های and شان
            inner = self._analyse(stem, depth)
            if inner is None:
                continue
            p = self.suffix_p.get((suffix, stem[-1]))
            found = (*inner, cut) if p is not None and p >= SUFFIX_MIN_P else inner
            weight = self.freq.get(stem, 1) * (self.suffix_prior.get(suffix, 1.0) if USE_PRIOR else 1.0)
            if best is None or weight > best[0]:
                best = (weight, found)
        if best is not None:
            return best[1]
        if fallback:
            for suffix in SUFFIXES:
                cut = len(word) - len(suffix)
                if word.endswith(suffix) and cut >= 3:
                    if (suffix, word[cut - 1]) in self.suffix_any_p:
                        return (cut,)
                    return None
        return None


def _family(suffix: str) -> str:
    if suffix.startswith("ها"):
        return "ها"
    if suffix.startswith("تر"):
        return "تر"
    return suffix


def _positions(form: str) -> tuple[int, ...]:
    """ZWNJ positions of ``form`` as indices into the form with its ZWNJs removed."""
    positions = []
    removed = 0
    for index, char in enumerate(form):
        if char == ZWNJ:
            positions.append(index - removed)
            removed += 1
    return tuple(positions)

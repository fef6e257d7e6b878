"""The statistical name tagger: a linear-chain CRF (python-crfsuite) shipped in ``rasad/data/models``.

It finds people, organisations and places no list has. Every token is reduced to one spelling before
features are computed (Arabic ي/ك → ی/ک, presentation forms unfolded, every digit → 0, diacritics and
tatweel out, a space inside a token → ZWNJ, and a *bare* form with ZWNJ removed), so training corpora with
other conventions (PEYMA writes ZWNJ as a space, ParsNER keeps it) and Rasad's normalised text look alike.

Features of a token: its form and bare form, prefixes and suffixes of 1–4 letters, shape, length, word
classes from name lists (first name, surname, place, organisation word), three word clusters of growing
granularity learned from unlabelled news, membership in a multi-word name list (longest match), and the
words, shapes, classes and clusters of its neighbours (±2) with word and cluster bigrams.

``tools/train_ner.py`` builds the model and its two word files; ``benchmarks/bench_ner.py`` measures it.
The model is derived from research-use corpora: see ``rasad/data/models/LICENSE-ner.txt``.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from itertools import pairwise

import pycrfsuite

from rasad.normalise.letters import normalise_letters

MODEL = "models/ner.crfsuite"
LEXICON = "models/ner_lexicon.tsv"
GAZETTEER = "models/ner_gazetteer.json.gz"
TYPES = ("PER", "ORG", "LOC")
ZWNJ = "\u200c"
_DIGIT = re.compile(r"\d")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")
_NONE = ("-", "-", "-")


def token_form(token: str) -> str:
    """One spelling for a token: letters and marks normalised, digits → 0, inner spaces → ZWNJ."""
    if _PRESENTATION.search(token):
        token = unicodedata.normalize("NFKC", token)
    return _DIGIT.sub("0", ZWNJ.join(normalise_letters(token).split()))


def bare_form(token: str) -> str:
    """:func:`token_form` without ZWNJ: the key of the word files."""
    return token_form(token).replace(ZWNJ, "")


def _shape(form: str) -> str:
    if not form:
        return "empty"
    if form.isdigit() or set(form) <= set("0.,/:-"):
        return "num"
    if _PERSIAN.search(form):
        return "fa"
    if _LATIN.search(form):
        return "Aa" if form[0].isupper() else "a"
    return "punct" if not form[0].isalnum() else "other"


def _data(name: str):
    """A file shipped in rasad/data."""
    return resources.files("rasad.data").joinpath(name)


@lru_cache(maxsize=1)
def word_table() -> dict[str, tuple[str, tuple[str, str, str]]]:
    """Bare token → (name-list classes, (coarse, middle, fine) cluster ids), built by tools/train_ner.py."""
    text = _data(LEXICON).read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            token, classes, c1, c2, c3 = line.split("\t")
            table[token] = (classes, (c1, c2, c3))
    return table


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, str], dict[str, int]]:
    """Names (bare tokens joined by spaces) → their types, and first token → the longest name's length."""
    data = json.loads(gzip.decompress(_data(GAZETTEER).read_bytes()))
    return data["names"], data["longest"]


def gazetteer_marks(bare: list[str]) -> list[str | None]:
    """Longest-match gazetteer marks (``B-ORG``, ``I-LOC|ORG``, ``S-PER`` for one-token names) per token."""
    names, longest = gazetteer()
    marks: list[str | None] = [None] * len(bare)
    index = 0
    while index < len(bare):
        step = 1
        for length in range(min(longest.get(bare[index], 0), len(bare) - index), 0, -1):
            kinds = names.get(" ".join(bare[index:index + length]))
            if kinds:
                if length == 1:
                    marks[index] = "S-" + kinds
                else:
                    marks[index] = "B-" + kinds
                    for inner in range(index + 1, index + length):
                        marks[inner] = "I-" + kinds
                step = length
                break
        index += step
    return marks


class _Token:
    """A token's own features and those it gives the tokens 2 and 1 after and 1 and 2 before it (cached)."""

    __slots__ = ("bare", "c3", "left1", "left2", "own", "right1", "right2")

    def __init__(self, token: str):
        form = token_form(token)
        bare = form.replace(ZWNJ, "")
        classes, (c1, c2, c3) = word_table().get(bare, ("-", _NONE))
        shape = _shape(form)
        own = [f"w={form}", f"b={bare}", f"sh={shape}", f"len={min(len(bare), 8)}", f"gz={classes}",
               f"c1={c1}", f"c2={c2}", f"c3={c3}"]
        own += [f"p{n}={bare[:n]}" for n in range(1, 5)] + [f"s{n}={bare[-n:]}" for n in range(1, 5)]
        if ZWNJ in form:
            parts = form.split(ZWNJ)
            own += ["zw", f"zp={parts[0]}", f"zs={parts[-1]}"]
        self.bare, self.c3 = bare, c3
        self.own = own

        def near(offset: int) -> list[str]:
            return [f"{offset}w={bare}", f"{offset}sh={shape}", f"{offset}gz={classes}", f"{offset}c2={c2}",
                    f"{offset}c3={c3}", f"{offset}s2={bare[-2:]}", f"{offset}p2={bare[:2]}"]

        def far(offset: int) -> list[str]:
            return [f"{offset}w={bare}", f"{offset}sh={shape}", f"{offset}gz={classes}", f"{offset}c2={c2}"]

        self.left2, self.left1, self.right1, self.right2 = far(-2), near(-1), near(1), far(2)


@lru_cache(maxsize=200_000)
def _token(token: str) -> _Token:
    return _Token(token)


def sentence_features(tokens: list[str]) -> list[list[str]]:
    """CRF features (``name=value`` strings) of every token of one sentence."""
    own = [_token(token) for token in tokens]
    count = len(own)
    marks = gazetteer_marks([item.bare for item in own])
    words = [f"{a.bare}|{b.bare}" for a, b in pairwise(own)]  # words[i]: tokens i and i + 1
    classes = [f"{a.c3}|{b.c3}" for a, b in pairwise(own)]
    features = []
    for index, item in enumerate(own):
        row = list(item.own)
        if index == 0:
            row.append("bos")
        if index == count - 1:
            row.append("eos")
        if index > 1:
            row += own[index - 2].left2
        if index > 0:
            row += own[index - 1].left1
        if index + 1 < count:
            row += own[index + 1].right1
        if index + 2 < count:
            row += own[index + 2].right2
        if index > 0:
            row += ["-1w|0w=" + words[index - 1], "-1c|0c=" + classes[index - 1]]
        if index > 1:
            row.append("-2w|-1w=" + words[index - 2])
        if index + 1 < count:
            row += ["0w|1w=" + words[index], "0c|1c=" + classes[index]]
        if index + 2 < count:
            row.append("1w|2w=" + words[index + 1])
        if index > 0 and marks[index - 1]:
            row.append(f"-1gm={marks[index - 1]}")
        if marks[index]:
            row.append(f"0gm={marks[index]}")
        if index + 1 < count and marks[index + 1]:
            row.append(f"1gm={marks[index + 1]}")
        features.append(row)
    return features


class NerTagger:
    """BIO tags (``B-PER``, ``I-ORG``, ``O``) for token lists."""

    def __init__(self, model_path: str):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> NerTagger:
        tagger = cls(str(_data(MODEL)))
        word_table()
        gazetteer()
        return tagger

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        return list(self._tagger.tag(sentence_features(tokens)))

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.tag(tokens) for tokens in sentences]

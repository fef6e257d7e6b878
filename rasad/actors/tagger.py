"""The statistical name tagger: a linear-chain CRF (python-crfsuite) shipped in ``rasad/data/models``.

It finds people, organisations and places no list has. Features are computed from each token and its
neighbours in a normalised form (Arabic ي/ك → ی/ک, every digit → 0, diacritics out, ZWNJ kept and also
removed), so training corpora with other conventions and Rasad's normalised text look alike.
``tools/train_ner.py`` builds the model; ``benchmarks/bench_ner.py`` measures it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import pycrfsuite

from rasad.normalise.letters import normalise_letters

MODEL = "models/ner.crfsuite"
LEXICON = "models/ner_lexicon.tsv"
TYPES = ("PER", "ORG", "LOC")
_DIGIT = re.compile(r"\d")
_PERSIAN = re.compile(r"[\u0600-\u06ff]")
_LATIN = re.compile(r"[A-Za-z]")


def token_form(token: str) -> str:
    return _DIGIT.sub("0", normalise_letters(token))


def _shape(form: str) -> str:
    if not form:
        return "empty"
    if form.isdigit() or set(form) <= set("0.,/"):
        return "num"
    if _PERSIAN.search(form):
        return "fa"
    if _LATIN.search(form):
        return "Aa" if form[0].isupper() else "a"
    return "punct" if not form[0].isalnum() else "other"


@lru_cache(maxsize=1)
def word_classes() -> dict[str, str]:
    """Token → lexicon classes (first name, surname, place, organisation word), built by tools/train_ner.py."""
    text = resources.files("rasad.data").joinpath(LEXICON).read_text(encoding="utf-8")
    table = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            token, classes = line.split("\t")
            table[token] = classes
    return table


def _token_features(form: str, classes: dict[str, str]) -> dict[str, str]:
    bare = form.replace("\u200c", "")
    return {
        "w": form, "b": bare, "p2": bare[:2], "p3": bare[:3], "s2": bare[-2:], "s3": bare[-3:],
        "sh": _shape(form), "len": str(min(len(bare), 8)), "zw": str("\u200c" in form),
        "gz": classes.get(bare, "-"),
    }


def sentence_features(tokens: list[str]) -> list[dict[str, str]]:
    """CRF features of every token: its own, its lexicon classes, and its neighbours' (±2)."""
    forms = [token_form(token) for token in tokens]
    classes = word_classes()
    own = [_token_features(form, classes) for form in forms]
    features = []
    for index, base in enumerate(own):
        item = {f"0{key}": value for key, value in base.items()}
        for offset in (-2, -1, 1, 2):
            position = index + offset
            if 0 <= position < len(own):
                item[f"{offset}w"] = own[position]["b"]
                item[f"{offset}sh"] = own[position]["sh"]
                item[f"{offset}gz"] = own[position]["gz"]
                if abs(offset) == 1:
                    item[f"{offset}s2"] = own[position]["s2"]
            else:
                item[f"{offset}w"] = "<s>" if offset < 0 else "</s>"
        if index > 0:
            item["-1w|0w"] = own[index - 1]["b"] + "|" + base["b"]
        if index + 1 < len(own):
            item["0w|1w"] = base["b"] + "|" + own[index + 1]["b"]
        features.append(item)
    return features


class NerTagger:
    """BIO tags (``B-PER``, ``I-ORG``, ``O``) for token lists."""

    def __init__(self, model_path: str):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> NerTagger:
        return cls(str(resources.files("rasad.data").joinpath(MODEL)))

    def tag(self, tokens: list[str]) -> list[str]:
        if not tokens:
            return []
        return self._tagger.tag(sentence_features(tokens))

    def tag_many(self, sentences: list[list[str]]) -> list[list[str]]:
        return [self.tag(tokens) for tokens in sentences]

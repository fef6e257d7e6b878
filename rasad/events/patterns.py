"""Trigger phrases written by analysts, compiled to regular expressions over the match view.

The match view is the normalised text with ZWNJ turned into a space (same length, same offsets), so
"گفت‌وگو", "گفت وگو", "گفت و گو" and a stripped "گفتوگو" all read alike. Phrase syntax (see
``rasad/data/events/triggers.yaml``):

- words separated by spaces; between two words any run of spaces/ZWNJ, or none (stripped ZWNJ);
- ``a|b`` in a word slot: alternatives;
- ``…``: a gap of up to eight words, ``……`` of up to twenty (for a verb that closes a long noun phrase,
  "خواستار ... شد"); never across a sentence end;
- ``{کرد}``: every form of a verb listed under that key in ``rasad/data/events/verbs.yaml``, or every word of
  a list of ``word_macros.yaml``; it may stand beside other alternatives (``{ناروا}|مغایر``);
- a word ending in ``?``: optional.

Phrases match whole words only: a match may not start or end inside a word.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import yaml

from rasad.normalise.letters import normalise_letters

LETTER = r"\w"
GAP_WORDS = 8
LONG_GAP_WORDS = 28
_JOINER = r"[ \u200c]*"
# Whole words only, each after at least one space, so the gap cannot split a word in many ways
# (which would make the regex backtrack exponentially on long sentences).



@lru_cache(maxsize=1)
def _gap_word() -> str:
    """One word inside a gap: any word but the nouns of other compound verbs (gap_stops.yaml)."""
    text = resources.files("rasad.data").joinpath("events/gap_stops.yaml").read_text(encoding="utf-8")
    stops = sorted({_literal(str(word)) for word in yaml.safe_load(text)}, key=len, reverse=True)
    return rf"[ \u200c]+(?!(?:{'|'.join(stops)})(?!{LETTER}))[^\s.!?؟]+"


def _gap(words: int) -> str:
    return rf"(?:{_gap_word()}){{0,{words}}}?"


GAPS = {"…": GAP_WORDS, "……": LONG_GAP_WORDS}


def match_view(normalised: str) -> str:
    """The text phrases are matched against: ZWNJ read as a space, offsets unchanged."""
    return normalised.replace("\u200c", " ")


@lru_cache(maxsize=1)
def verb_forms() -> dict[str, list[str]]:
    text = resources.files("rasad.data").joinpath("events/verbs.yaml").read_text(encoding="utf-8")
    return {key: [str(form) for form in forms] for key, forms in yaml.safe_load(text).items()}


def _literal(word: str) -> str:
    """A word with its internal spaces/ZWNJ made flexible."""
    parts = match_view(normalise_letters(word)).split()
    return _JOINER.join(re.escape(part) for part in parts)


@lru_cache(maxsize=1)
def word_macros() -> dict[str, list[str]]:
    """Named word lists (``rasad/data/events/word_macros.yaml``) that a slot may hold as ``{key}``."""
    text = resources.files("rasad.data").joinpath("events/word_macros.yaml").read_text(encoding="utf-8")
    return {key: [str(word) for word in words] for key, words in yaml.safe_load(text).items()}


def _slot(word: str) -> str:
    if word in GAPS:
        return _gap(GAPS[word])
    alternatives = []
    for alternative in word.split("|"):
        if alternative.startswith("{") and alternative.endswith("}"):
            forms = verb_forms().get(alternative[1:-1]) or word_macros().get(alternative[1:-1])
            if forms is None:
                raise ValueError(f"unknown macro {alternative}")
            alternatives += forms
        else:
            alternatives.append(alternative)
    alternatives.sort(key=len, reverse=True)
    return "(?:" + "|".join(_literal(alternative) for alternative in alternatives) + ")"


def phrase_anchors(phrase: str) -> tuple[str, ...]:
    """Strings one of which must occur in the match view for the phrase to match: the first pieces of
    the first required literal slot's alternatives. Empty when no slot gives one (always try the regex)."""
    for word in phrase.split():
        if word in GAPS or word.endswith("?") or "{" in word:
            continue
        return tuple(match_view(normalise_letters(alternative)).split()[0] for alternative in word.split("|"))
    return ()


def compile_phrase(phrase: str) -> re.Pattern[str]:
    """Compile one analyst phrase to a regex that matches whole words in the match view."""
    words = phrase.split()
    if not words:
        raise ValueError("empty phrase")
    pieces = []
    for index, word in enumerate(words):
        optional = len(word) > 1 and word.endswith("?")
        body = _slot(word[:-1] if optional else word)
        # After a gap the next word must start a new word, or it could glue onto the gap's last word
        # ("خواستار … {شد}" must not end inside "باشد").
        joiner = r"[ \u200c]+" if index and words[index - 1] in GAPS else _JOINER
        piece = body if index == 0 else joiner + body
        pieces.append(f"(?:{piece})?" if optional else piece)
    return re.compile(rf"(?<!{LETTER})" + "".join(pieces) + rf"(?!{LETTER})")


@lru_cache(maxsize=None)
def phrase_list(name: str) -> tuple[re.Pattern[str], ...]:
    """A list of phrases in ``rasad/data/events/<name>.yaml``: background.yaml's time phrases that mark a
    sentence as past background, hypothetical.yaml's words that open a conditional clause,
    adverbial_openers.yaml's words that open a phrase whose actors are not the subject,
    headline_speech_nouns.yaml's nouns that give a headline's colon to the name after them."""
    return tuple(compile_phrase(phrase) for phrase in _data_list(name))


@lru_cache(maxsize=None)
def word_list(name: str) -> frozenset[str]:
    """A list of words in ``rasad/data/events/<name>.yaml``, as the match view writes them (letters
    unified, a ZWNJ read as a space): bound_from.yaml's words that own the «از» after them, place_named.yaml's
    nouns a place name completes."""
    return frozenset(match_view(normalise_letters(word)) for word in _data_list(name))


def _data_list(name: str) -> list[str]:
    text = resources.files("rasad.data").joinpath(f"events/{name}.yaml").read_text(encoding="utf-8")
    return [str(item) for item in yaml.safe_load(text)]

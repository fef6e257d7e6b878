"""The trigger lexicon (``rasad/data/events/triggers.yaml``) loaded and compiled."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from rasad.events.patterns import compile_phrase, phrase_anchors
from rasad.normalise.letters import normalise_letters

TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
TARGET_RULES = ("with", "from", "object", "next", "against", "to", "addressee", "destination", "reached", "posted", "host", "inside", "next-list", "judged", "obliged", "counterpart", "passive", "attendees", "none")
SOURCE_RULES = ("subject", "speaker", "agent", "own-agent")


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str
    mode: str | None
    patterns: tuple[re.Pattern[str], ...]
    anchors: tuple[tuple[str, ...], ...]  # per pattern: one of these must occur for it to match (or empty)
    target: str
    source: str
    confidence: float
    # phrases that, standing before the match in its sentence, make it no event ("برای بررسی … جنایات")
    not_after: tuple[re.Pattern[str], ...] = ()
    # words that, right before the match, make it no event ("این دیدار" is one already told)
    not_right_after: frozenset[str] = frozenset()
    # words that, right after the match, make it no event ("دیدار اخیر" is background)
    not_right_before: frozenset[str] = frozenset()
    # no event without an addressee, even for a type that may go without one («انتظار دارد» alone forecasts)
    needs_target: bool = False


def _trigger(entry: dict) -> Trigger:
    if entry["type"] not in TYPES:
        raise ValueError(f"trigger {entry['id']}: unknown type {entry['type']}")
    if entry.get("target", "none") not in TARGET_RULES:
        raise ValueError(f"trigger {entry['id']}: unknown target rule {entry['target']}")
    if entry.get("source", "subject") not in SOURCE_RULES:
        raise ValueError(f"trigger {entry['id']}: unknown source rule {entry['source']}")
    return Trigger(
        id=entry["id"],
        type=entry["type"],
        mode=entry.get("mode"),
        patterns=tuple(compile_phrase(phrase) for phrase in entry["phrases"]),
        anchors=tuple(phrase_anchors(phrase) for phrase in entry["phrases"]),
        target=entry.get("target", "none"),
        source=entry.get("source", "subject"),
        confidence=float(entry.get("confidence", 0.8)),
        not_after=tuple(compile_phrase(phrase) for phrase in entry.get("not_after") or ()),
        not_right_after=frozenset(normalise_letters(word) for word in entry.get("not_right_after") or ()),
        not_right_before=frozenset(normalise_letters(word) for word in entry.get("not_right_before") or ()),
        needs_target=bool(entry.get("needs_target")),
    )


@lru_cache(maxsize=1)
def load_triggers() -> tuple[Trigger, ...]:
    text = resources.files("rasad.data").joinpath("events/triggers.yaml").read_text(encoding="utf-8")
    return tuple(_trigger(entry) for entry in yaml.safe_load(text))

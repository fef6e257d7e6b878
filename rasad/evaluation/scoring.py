"""Scoring system output against gold, exactly as ``shared/gold/FORMAT.md`` defines it.

Inputs are plain records: the gold article (FORMAT.md's gold line) and the system's records for the same
article (events in the ``events-jsonl`` export format, quotes with their speaker record and offsets, the
story fields). Nothing here runs the pipeline, so the rules can be tested on hand-made records.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rasad.text import compact

SYMMETRIC_CONSULT_MODES = {"phone", "meeting", "multilateral"}


def normalise_name(name: str | None) -> str:
    """Rule 1: ي/ك → ی/ک, diacritics and tatweel removed, ZWNJ and spaces removed."""
    return compact(name or "")


def actor_matches(system: dict[str, Any] | None, gold: dict[str, Any]) -> bool:
    """Rule 2: states by country; everything else by name, alias or English name."""
    if not system:
        return False
    if gold.get("kind") == "state":
        government_wide = system.get("kind") == "state" or (
            system.get("kind") in ("organization", "group") and system.get("sector") == "GOV"
        )
        return government_wide and system.get("country") == gold.get("country")
    names = {normalise_name(gold.get("name"))} | {normalise_name(alias) for alias in gold.get("aliases", [])}
    names.discard("")
    if normalise_name(system.get("name")) in names:
        return True
    system_en, gold_en = (system.get("name_en") or "").strip().lower(), (gold.get("name_en") or "").strip().lower()
    return bool(system_en) and system_en == gold_en


def resolve_actor(system: dict[str, Any] | None, gold_actors: dict[str, dict[str, Any]]) -> str | None:
    """The gold id a system actor stands for, or a private id that matches no gold actor."""
    if not system:
        return None
    for gold_id, gold in gold_actors.items():
        if actor_matches(system, gold):
            return gold_id
    return f"system:{system.get('id')}"


@dataclass
class PRF:
    true_positives: int = 0
    system: int = 0
    gold: int = 0

    def add(self, other: PRF) -> None:
        self.true_positives += other.true_positives
        self.system += other.system
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.true_positives / self.system if self.system else 0.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
            "tp": self.true_positives, "system": self.system, "gold": self.gold,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.correct += int(ok)
        self.total += 1

    def merge(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, float | int | None]:
        value = self.value
        return {"accuracy": None if value is None else round(value, 4), "correct": self.correct, "total": self.total}


@dataclass(frozen=True)
class Triple:
    type: str
    source: str | None
    target: str | None
    symmetric: bool


def _gold_triples(events: Iterable[dict[str, Any]]) -> dict[Triple, dict[str, Any]]:
    triples: dict[Triple, dict[str, Any]] = {}
    for event in events:
        symmetric = event["type"] == "CONSULT" and event.get("mode") in SYMMETRIC_CONSULT_MODES
        triples.setdefault(Triple(event["type"], event.get("source"), event.get("target"), symmetric), event)
    return triples


def _triple_matches(gold: Triple, system: Triple) -> bool:
    if gold.type != system.type:
        return False
    if gold.target is None:
        return system.source == gold.source
    if (system.source, system.target) == (gold.source, gold.target):
        return True
    return gold.symmetric and (system.source, system.target) == (gold.target, gold.source)


def _match(gold: Sequence[Triple], system: Sequence[Triple]) -> list[tuple[Triple, Triple]]:
    """One-to-one matching; gold triples with a named target are served before null-target ones, so a
    null-target gold triple never takes a system triple that a fully specified one needs."""
    pairs: list[tuple[Triple, Triple]] = []
    free = list(system)
    for gold_triple in sorted(gold, key=lambda triple: triple.target is None):
        for candidate in free:
            if _triple_matches(gold_triple, candidate):
                pairs.append((gold_triple, candidate))
                free.remove(candidate)
                break
    return pairs


@dataclass
class ArticleScore:
    consult: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    pairs: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    mode: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    story: dict[str, Accuracy] = field(default_factory=lambda: {k: Accuracy() for k in ("publisher", "credited", "published")})
    missed: list[Triple] = field(default_factory=list)
    spurious: list[Triple] = field(default_factory=list)

    def merge(self, other: ArticleScore) -> None:
        for name in ("consult", "events", "pairs", "quotes"):
            getattr(self, name).add(getattr(other, name))
        for name in ("mode", "date", "location"):
            getattr(self, name).merge(getattr(other, name))
        for key, accuracy in other.story.items():
            self.story[key].merge(accuracy)
        self.missed += other.missed
        self.spurious += other.spurious

    def as_dict(self) -> dict[str, Any]:
        return {
            "consult": self.consult.as_dict(), "events": self.events.as_dict(), "actor_pairs": self.pairs.as_dict(),
            "quotes": self.quotes.as_dict(), "mode": self.mode.as_dict(), "date": self.date.as_dict(),
            "location": self.location.as_dict(), "story": {k: v.as_dict() for k, v in self.story.items()},
        }


def score_article(
    gold: dict[str, Any],
    system_events: Sequence[dict[str, Any]],
    system_quotes: Sequence[dict[str, Any]],
    system_story: dict[str, Any],
    text: str,
) -> ArticleScore:
    actors = gold.get("actors", {})
    score = ArticleScore()

    gold_by_triple = _gold_triples(gold.get("events", []))
    system_by_triple: dict[Triple, dict[str, Any]] = {}
    for event in system_events:
        triple = Triple(
            event["event_type"], resolve_actor(event.get("source"), actors), resolve_actor(event.get("target"), actors), False
        )
        system_by_triple.setdefault(triple, event)

    pairs = _match(list(gold_by_triple), list(system_by_triple))
    matched_system = {system for _, system in pairs}
    score.events = PRF(len(pairs), len(system_by_triple), len(gold_by_triple))
    score.missed = [g for g in gold_by_triple if g not in {gold_triple for gold_triple, _ in pairs}]
    score.spurious = [s for s in system_by_triple if s not in matched_system]
    consult_pairs = _match([g for g in gold_by_triple if g.type == "CONSULT"], [s for s in system_by_triple if s.type == "CONSULT"])
    score.consult = PRF(
        len(consult_pairs),
        sum(1 for s in system_by_triple if s.type == "CONSULT"),
        sum(1 for g in gold_by_triple if g.type == "CONSULT"),
    )
    score.pairs = _score_pairs(gold_by_triple, system_by_triple)

    for gold_triple, system_triple in pairs:
        gold_event, system_event = gold_by_triple[gold_triple], system_by_triple[system_triple]
        score.mode.add(gold_event.get("mode") == system_event.get("event_mode"))
        if gold_event.get("date"):
            score.date.add(gold_event["date"] == system_event.get("event_date"))
        score.location.add(
            normalise_name(_place_name(gold_event.get("location"))) == normalise_name(_place_name(system_event.get("location")))
        )

    score.quotes = _score_quotes(gold.get("quotes", []), system_quotes, actors, text)
    _score_story(score, gold.get("story", {}), system_story)
    return score


def _score_pairs(gold: dict[Triple, Any], system: dict[Triple, Any]) -> PRF:
    """Actor pairs ignoring the event type: one pseudo-type for all, symmetry kept from the gold."""
    gold_pairs = {Triple("*", t.source, t.target, t.symmetric) for t in gold}
    system_pairs = {Triple("*", t.source, t.target, False) for t in system}
    return PRF(len(_match(list(gold_pairs), list(system_pairs))), len(system_pairs), len(gold_pairs))


def _place_name(location: str | dict[str, Any] | None) -> str | None:
    """A location as a plain name (the gold's usual form) or as the export's {"name", "country"} object."""
    return location.get("name") if isinstance(location, dict) else location


def _score_quotes(
    gold_quotes: Sequence[dict[str, Any]], system_quotes: Sequence[dict[str, Any]], actors: dict[str, Any], text: str
) -> PRF:
    free = list(system_quotes)
    matched = 0
    for gold_quote in gold_quotes:
        start = text.find(gold_quote["text"])
        if start < 0:
            continue
        end = start + len(gold_quote["text"])
        for candidate in free:
            if resolve_actor(candidate.get("speaker"), actors) != gold_quote.get("speaker"):
                continue
            covered = max(0, min(end, candidate["end"]) - max(start, candidate["start"]))
            if 2 * covered >= end - start:
                matched += 1
                free.remove(candidate)
                break
    return PRF(matched, len(system_quotes), len(gold_quotes))


def _score_story(score: ArticleScore, gold: dict[str, Any], system: dict[str, Any]) -> None:
    score.story["publisher"].add(normalise_name(gold.get("publisher")) == normalise_name(system.get("publisher")))
    gold_credited = sorted(normalise_name(name) for name in gold.get("credited") or [])
    system_credited = sorted(normalise_name(name) for name in system.get("credited") or [])
    score.story["credited"].add(gold_credited == system_credited)
    score.story["published"].add((gold.get("published") or None) == (system.get("published") or None))

"""One event reported by several articles (syndicated copies, other outlets) becomes one cluster.

Two events join a cluster when they have the same type and actors (either order for phone calls and
meetings) and dates at most a day apart, or when their evidence is near-identical text (MinHash over
character shingles, Jaccard ≥ ``EVIDENCE_SIMILARITY``), which catches copies whose actors resolved
differently. The cluster id is the smallest event id in the cluster, so it is stable across re-runs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from typing import Any

from datasketch import MinHash, MinHashLSH

from rasad.evaluation.scoring import SYMMETRIC_CONSULT_MODES
from rasad.text import char_shingles

EVIDENCE_SIMILARITY = 0.8
MAX_DAY_GAP = 1
_PERMUTATIONS = 64
_SHINGLE = 5


def _actors_key(row: dict[str, Any]) -> tuple[str, str | None, str | None]:
    source, target = row["source_id"], row["target_id"]
    if row["type"] == "CONSULT" and row["mode"] in SYMMETRIC_CONSULT_MODES and target is not None:
        source, target = sorted((source, target))
    return row["type"], source, target


def _minhash(text: str) -> MinHash:
    signature = MinHash(num_perm=_PERMUTATIONS, seed=7)
    for shingle in char_shingles(text, _SHINGLE):
        signature.update(shingle.encode("utf-8"))
    return signature


class _UnionFind:
    def __init__(self, items: Iterable[str]):
        self.parent = {item: item for item in items}

    def find(self, item: str) -> str:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _day(row: dict[str, Any]) -> date | None:
    return row.get("event_date") or row.get("published")


def cluster_events(rows: list[dict[str, Any]]) -> dict[str, str]:
    """Map every event id to its cluster id."""
    groups = _UnionFind(row["event_id"] for row in rows)
    by_actors: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        by_actors[_actors_key(row)].append(row)
    for same in by_actors.values():
        same.sort(key=lambda row: (_day(row) or date.min, row["event_id"]))
        for earlier, later in zip(same, same[1:]):
            day_a, day_b = _day(earlier), _day(later)
            if day_a is None or day_b is None or abs((day_b - day_a).days) <= MAX_DAY_GAP:
                groups.union(earlier["event_id"], later["event_id"])
    types = {row["event_id"]: row["type"] for row in rows}
    index = MinHashLSH(threshold=EVIDENCE_SIMILARITY, num_perm=_PERMUTATIONS)
    for row in rows:
        signature = _minhash(row["evidence_text"])
        for other in index.query(signature):
            if types[other] == row["type"]:
                groups.union(row["event_id"], other)
        index.insert(row["event_id"], signature)
    return {row["event_id"]: groups.find(row["event_id"]) for row in rows}

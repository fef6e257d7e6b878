"""Entity spans of one line of text: the actor and date stages run on it as on a tiny article."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasad.doc import Article, RawDocument
from rasad.pipeline import Pipeline, default_stages
from rasad.runner import process

ENTITY_STAGES = ("boilerplate", "normalise", "story", "dates", "actors")


@lru_cache(maxsize=1)
def _pipeline() -> Pipeline:
    return Pipeline([stage for stage in default_stages() if stage.name in ENTITY_STAGES])


def line_entities(line: str) -> list[dict[str, Any]]:
    """PER, ORG, LOC and DATE spans with offsets into ``line`` and the resolved actor id (if any)."""
    if not line.strip():
        return []
    article = Article.from_raw(RawDocument(doc_id="line", source="stdin", text=line))
    error = process(article, _pipeline())
    if error is not None:
        raise RuntimeError(error.reason)
    spans = [
        {"start": m.start, "end": m.end, "type": m.type, "actor_id": m.actor_id}
        for m in article.mentions
    ]
    spans += [{"start": d.start, "end": d.end, "type": "DATE", "actor_id": None} for d in article.dates]
    return sorted(spans, key=lambda span: (span["start"], span["end"]))

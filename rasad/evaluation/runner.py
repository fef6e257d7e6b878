"""`rasad eval`: run the articles a gold file names, export them, score them (FORMAT.md)."""

from __future__ import annotations

import json
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rasad.doc import Article, IngestError, RawDocument
from rasad.evaluation.scoring import ArticleScore, score_article
from rasad.exports import event_records, quote_records
from rasad.ingest import read_paths
from rasad.pipeline import Pipeline, default_stages
from rasad.runner import process, save
from rasad.store import Store, open_store


class GoldError(ValueError):
    pass


@dataclass
class EvalResult:
    total: ArticleScore = field(default_factory=ArticleScore)
    per_article: dict[str, ArticleScore] = field(default_factory=dict)
    failed: list[IngestError] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "articles": len(self.per_article),
            "failed": [error.reason for error in self.failed],
            **self.total.as_dict(),
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: not JSON ({exc.msg})") from exc
    return records


def gold_document(record: dict[str, Any], root: Path) -> RawDocument | IngestError:
    """The article a gold record names: inline ``text``, a file, or ``corpus.jsonl#id``."""
    doc_id = record["doc_id"]
    if record.get("text"):
        return RawDocument(doc_id=doc_id, source=f"gold:{doc_id}", text=record["text"])
    source = record.get("source_file")
    if not source:
        return IngestError(f"gold:{doc_id}", "missing_text", "gold record has neither text nor source_file")
    path_part, _, record_id = source.partition("#")
    path = root / path_part
    for item in read_paths([path]):
        if isinstance(item, IngestError):
            if not record_id:
                return item
            continue
        if not record_id or item.doc_id == record_id:
            return RawDocument(
                doc_id=doc_id, source=item.source, text=item.text, format=item.format, title=item.title,
                url=item.url, published=item.published, publisher=item.publisher, encoding=item.encoding,
            )
    return IngestError(source, "not_found", f"no record with id {record_id!r} in {path}")


def evaluate(
    gold_path: Path, root: Path | None = None, pipeline: Pipeline | None = None, db: Path | None = None
) -> EvalResult:
    """Score the pipeline on every article of ``gold_path``; ``root`` defaults to the gold folder's parent.
    The system output goes to a fresh store: ``db`` (kept, for inspection) or a temporary one."""
    gold = load_gold(gold_path)
    root = root or gold_path.resolve().parent.parent
    pipeline = pipeline or Pipeline(default_stages())
    result = EvalResult()
    with tempfile.TemporaryDirectory(prefix="rasad-eval-") as folder:
        if db is not None and db.exists():
            raise GoldError(f"{db} exists: eval writes a fresh store, give a new file")
        store = open_store(db or Path(folder) / "eval.duckdb")
        texts = _run_gold(gold, root, pipeline, store, result)
        events, quotes = defaultdict(list), defaultdict(list)
        for event in event_records(store):
            events[event["doc_id"]].append(event)
        for quote in quote_records(store):
            quotes[quote["doc_id"]].append(quote)
        stories = {row["doc_id"]: row for row in store.story_rows()}
        store.close()
    for record in gold:
        doc_id = record["doc_id"]
        if doc_id not in texts:
            continue
        story = stories.get(doc_id, {})
        system_story = {**story, "published": story["published"].isoformat() if story.get("published") else None}
        score = score_article(record, events[doc_id], quotes[doc_id], system_story, texts[doc_id])
        result.per_article[doc_id] = score
        result.total.merge(score)
    return result


def _run_gold(
    gold: list[dict[str, Any]], root: Path, pipeline: Pipeline, store: Store, result: EvalResult
) -> dict[str, str]:
    texts: dict[str, str] = {}
    for record in gold:
        document = gold_document(record, root)
        if isinstance(document, IngestError):
            result.failed.append(document)
            continue
        article = Article.from_raw(document)
        error = process(article, pipeline)
        if error is None and not store.has_article(article.content_hash):
            error = save(article, store)
        if error is not None:
            result.failed.append(error)
            continue
        texts[document.doc_id] = document.text
    return texts

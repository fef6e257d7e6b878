"""`run`: inputs in, stored articles out. The CLI and the API both call this."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from rasad.doc import Article, IngestError, RawDocument
from rasad.events.clusters import cluster_events
from rasad.ingest import read_paths
from rasad.pipeline import Pipeline, default_stages
from rasad.store import Store, StoreWriteError


@dataclass
class RunReport:
    """What a run did. Sources, not articles, so a corpus run's memory does not grow with the corpus."""

    run_id: int | None = None
    stored: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    failed: list[IngestError] = field(default_factory=list)


def save(article: Article, store: Store, run_id: int | None = None) -> IngestError | None:
    """Store a processed article; one the database refuses is reported against it, never raised (its
    transaction rolled back, the store is as it was)."""
    try:
        store.save_article(article, run_id)
    except StoreWriteError as exc:
        return IngestError(article.raw.source, "store_failed", str(exc))
    return None


def process(article: Article, pipeline: Pipeline) -> IngestError | None:
    """Run every stage on one article. A stage that fails is reported against the article, never raised,
    so one bad document cannot stop a corpus run."""
    for stage in pipeline.stages:
        try:
            stage.assign(article, stage.find(article))
        except Exception as exc:  # noqa: BLE001 - reported with the stage name, the run goes on
            reason = f"stage {stage.name!r} failed: {type(exc).__name__}: {exc}"
            return IngestError(article.raw.source, "stage_failed", reason)
    return None


def run(
    paths: Iterable[str | Path],
    store: Store,
    pipeline: Pipeline | None = None,
    stdin: BinaryIO | None = None,
    on_item: Callable[[str], None] | None = None,
) -> RunReport:
    """Read, process and store every document under ``paths``; store nothing twice (content hash)."""
    pipeline = pipeline or Pipeline(default_stages())
    inputs = [str(path) for path in paths]
    report = RunReport(run_id=store.start_run(inputs))
    seen: set[str] = set()
    for item in read_paths(inputs, stdin=stdin):
        if isinstance(item, IngestError):
            report.failed.append(item)
            store.record_error(report.run_id, item)
        else:
            _store_one(item, store, pipeline, report, seen)
        if on_item:
            on_item(item.source)
    if report.stored:
        store.set_clusters(cluster_events(store.cluster_rows()))
    store.finish_run(report.run_id, len(report.stored), len(report.duplicates), len(report.failed))
    return report


def _store_one(raw: RawDocument, store: Store, pipeline: Pipeline, report: RunReport, seen: set[str]) -> None:
    article = Article.from_raw(raw)
    if article.content_hash in seen or store.has_article(article.content_hash):
        report.duplicates.append(raw.source)
        return
    error = process(article, pipeline) or save(article, store, report.run_id)
    if error is not None:
        report.failed.append(error)
        store.record_error(report.run_id, error)
        return
    seen.add(article.content_hash)
    report.stored.append(raw.source)

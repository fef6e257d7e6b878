"""Whole pipeline throughput (ingest → boilerplate → normalise → story → dates → actors → events) on
Fars News, without the store, against ingest + normalise alone in the same process as the baseline.

    .venv/bin/python benchmarks/bench_pipeline.py [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasad.doc import Article, RawDocument  # noqa: E402
from rasad.ingest import read_paths  # noqa: E402
from rasad.pipeline import Pipeline, default_stages  # noqa: E402
from rasad.runner import process  # noqa: E402

FARSNEWS = ROOT.parent / "shared" / "corpora" / "farsnews" / "farsnews_1382_1400.jsonl"


def timed(pipeline: Pipeline, documents: list[RawDocument]) -> tuple[float, int, int]:
    started = time.perf_counter()
    events = failed = 0
    for document in documents:
        article = Article.from_raw(document)
        if process(article, pipeline) is not None:
            failed += 1
        events += len(article.events)
    return time.perf_counter() - started, events, failed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    started = time.perf_counter()
    full = Pipeline(default_stages())
    documents = [item for item in read_paths([FARSNEWS]) if isinstance(item, RawDocument)]
    if args.limit:
        documents = documents[: args.limit]
    timed(full, documents[:1])  # loads registry, gazetteers, tagger, lexicons
    print(f"start-up (stage construction and first article): {time.perf_counter() - started:.2f} s")
    baseline = Pipeline([stage for stage in full.stages if stage.name in ("boilerplate", "normalise")])
    base_seconds, _, _ = timed(baseline, documents)
    seconds, events, failed = timed(full, documents)
    print(f"ingest+normalise only: {len(documents) / base_seconds:,.0f} articles/s")
    print(f"whole pipeline: {len(documents)} articles in {seconds:.2f} s = {len(documents) / seconds:,.1f} articles/s, "
          f"{events} events, {failed} failed")
    print(f"ratio whole pipeline / ingest+normalise (articles per second): {base_seconds / seconds:.3f}")


if __name__ == "__main__":
    main()

"""Name tagger accuracy and speed: strict-span P/R/F1 for PER, ORG, LOC on PEYMA dev and on the ParsNER
news sentences tools/train_ner.py held out, and sentences/s on one core; then the whole actor stage's
mentions per second on the five samples and Fars News.

    .venv/bin/python benchmarks/bench_ner.py
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from rasad.actors.tagger import TYPES, NerTagger  # noqa: E402
from train_ner import CORPORA, parsner_split, read_peyma  # noqa: E402


def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    found, start, kind = set(), None, None
    for index, label in enumerate([*labels, "O"]):
        prefix, _, current = label.partition("-")
        if start is not None and (prefix != "I" or current != kind):
            found.add((start, index, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = index, current
    return found


def evaluate(tagger: NerTagger, sentences) -> tuple[dict[str, tuple[float, float, float]], float]:
    counts = {kind: Counter() for kind in TYPES}
    started = time.perf_counter()
    predicted = tagger.tag_many([tokens for tokens, _ in sentences])
    seconds = time.perf_counter() - started
    for (_, gold), system in zip(sentences, predicted):
        gold_spans, system_spans = spans(gold), spans(system)
        for kind in TYPES:
            g = {s for s in gold_spans if s[2] == kind}
            p = {s for s in system_spans if s[2] == kind}
            counts[kind].update(tp=len(g & p), system=len(p), gold=len(g))
    figures = {}
    total = sum(counts.values(), Counter())
    for name, c in [*counts.items(), ("micro", total)]:
        precision = c["tp"] / c["system"] if c["system"] else 0.0
        recall = c["tp"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[name] = (precision, recall, f1)
    return figures, len(sentences) / seconds


def main() -> None:
    started = time.perf_counter()
    tagger = NerTagger.load()
    print(f"model load: {time.perf_counter() - started:.3f} s")
    _, held = parsner_split()
    for name, sentences in (("PEYMA dev", read_peyma(CORPORA / "peyma" / "dev.txt")), ("ParsNER news held-out", held)):
        figures, speed = evaluate(tagger, sentences)
        row = "  ".join(f"{kind} P={p:.3f} R={r:.3f} F1={f:.3f}" for kind, (p, r, f) in figures.items())
        print(f"{name} ({len(sentences)} sentences): {row}")
        print(f"{name}: {speed:,.0f} sentences/s on one core")
    from rasad.doc import Article, RawDocument
    from rasad.ingest import read_paths
    from rasad.pipeline import Pipeline, default_stages
    from rasad.runner import process

    pipeline = Pipeline([stage for stage in default_stages() if stage.name != "events"])
    farsnews = [d for d in read_paths([CORPORA / "farsnews" / "farsnews_1382_1400.jsonl"]) if isinstance(d, RawDocument)]
    process(Article.from_raw(farsnews[0]), pipeline)
    started, mentions = time.perf_counter(), 0
    for document in farsnews:
        article = Article.from_raw(document)
        process(article, pipeline)
        mentions += len(article.mentions)
    seconds = time.perf_counter() - started
    print(f"actor stage (with ingest, normalise, dates) on Fars News: {mentions:,} mentions in {seconds:.1f} s "
          f"= {mentions / seconds:,.0f} mentions/s, {len(farsnews) / seconds:,.1f} articles/s")


if __name__ == "__main__":
    main()

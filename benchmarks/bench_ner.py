"""Name tagger accuracy and speed.

    .venv/bin/python benchmarks/bench_ner.py              # tagger figures, then the actor stage on Fars News
    .venv/bin/python benchmarks/bench_ner.py --no-stage   # tagger figures only

Prints the model's load time (CRF and word files, in this fresh process), strict-span P/R/F1 per type and
micro-averaged over PER, ORG, LOC on PEYMA dev and on the ParsNER news sentences that tools/train_ner.py
holds out (never trained on), and the speed of ``NerTagger.tag_many`` on one core: on those sentences with
an empty token cache, and on Fars News sentences (Rasad's own normalisation and tokenisation). Then, unless
``--no-stage``, the whole actor stage's mentions per second on Fars News.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from train_ner import CORPORA, MODEL_DIR, evaluation_sets, score

from rasad.actors import tagger as runtime

FARS_ARTICLES = 400


def _row(figures: dict[str, dict[str, float]]) -> str:
    return "  ".join(f"{kind} P={f['p']:.3f} R={f['r']:.3f} F1={f['f1']:.3f}" for kind, f in figures.items())


def _speed(tagger: runtime.NerTagger, sentences: list[list[str]]) -> tuple[list[list[str]], str]:
    runtime._token.cache_clear()
    started = time.perf_counter()
    tags = tagger.tag_many(sentences)
    seconds = time.perf_counter() - started
    tokens = sum(len(tokens) for tokens in sentences)
    return tags, f"{len(sentences) / seconds:,.0f} sentences/s, {tokens / seconds:,.0f} tokens/s on one core"


def fars_sentences() -> list[list[str]]:
    from rasad.normalise.letters import normalise_letters
    from rasad.text import sentence_spans, token_spans

    sentences = []
    lines = (CORPORA / "farsnews" / "farsnews_1382_1400.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines[:FARS_ARTICLES]:
        text = normalise_letters(json.loads(line)["text"])
        for start, end in sentence_spans(text):
            sentences.append([text[s:e] for s, e in token_spans(text, start, end)])
    return sentences


def actor_stage() -> None:
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


def main() -> None:
    started = time.perf_counter()
    tagger = runtime.NerTagger.load()
    print(f"model load (CRF + word table + gazetteer): {time.perf_counter() - started:.3f} s")
    size = sum(path.stat().st_size for path in MODEL_DIR.glob("ner*") if path.is_file())
    print(f"model files: {size / 1e6:.1f} MB ({', '.join(sorted(p.name for p in MODEL_DIR.glob('ner*')))})")
    for name, sentences in evaluation_sets().items():
        system, speed = _speed(tagger, [tokens for tokens, _ in sentences])
        figures = score([labels for _, labels in sentences], system)
        print(f"{name} ({len(sentences)} sentences, {figures['micro']['gold']} gold spans): {_row(figures)}")
        print(f"{name}: {speed}")
    fars = fars_sentences()
    _, speed = _speed(tagger, fars)
    print(f"Fars News ({FARS_ARTICLES} articles, {len(fars):,} sentences, cold token cache): {speed}")
    if "--no-stage" not in sys.argv:
        actor_stage()


if __name__ == "__main__":
    main()

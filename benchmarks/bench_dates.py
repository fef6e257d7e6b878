"""Date finding: span agreement with the FarsiYar DAT annotation, and throughput.

Usage: ``python benchmarks/bench_dates.py [--shared ../shared]``

FarsiYar's DAT spans are broad (they include prepositions such as "در", durations such as "۱۷ سال",
centuries, bare "سال"), so low recall here is expected: Rasad finds resolvable dates only. The figures
printed are exact-span and overlap precision / recall / F1 over sentences rebuilt by joining tokens with
spaces, and characters per second on the Fars News corpus (or a synthetic text when it is absent).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from rasad.dates import find_dates  # noqa: E402

ANCHOR = date(2023, 10, 18)


def read_conll(path: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    sentences: list[tuple[str, list[tuple[int, int]]]] = []
    tokens: list[tuple[str, str]] = []

    def flush() -> None:
        if not tokens:
            return
        text_parts: list[str] = []
        spans: list[tuple[int, int]] = []
        offset = 0
        current: list[int] | None = None
        for token, tag in tokens:
            start, end = offset, offset + len(token)
            if tag == "B-DAT" or (tag == "I-DAT" and current is None):
                if current:
                    spans.append((current[0], current[1]))
                current = [start, end]
            elif tag == "I-DAT":
                current[1] = end
            else:
                if current:
                    spans.append((current[0], current[1]))
                current = None
            text_parts.append(token)
            offset = end + 1
        if current:
            spans.append((current[0], current[1]))
        sentences.append((" ".join(text_parts), spans))
        tokens.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 2:
            flush()
            continue
        tokens.append((parts[0], parts[-1]))
    flush()
    return sentences


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def span_scores(sentences: list[tuple[str, list[tuple[int, int]]]]) -> None:
    exact = overlap_p = overlap_g = n_pred = n_gold = 0
    for text, gold in sentences:
        pred = [(m.start, m.end) for m in find_dates(text, ANCHOR)]
        n_pred += len(pred)
        n_gold += len(gold)
        exact += len(set(pred) & set(gold))
        overlap_p += sum(any(s < ge and gs < e for gs, ge in gold) for s, e in pred)
        overlap_g += sum(any(s < ge and gs < e for s, e in pred) for gs, ge in gold)
    p, r, f = prf(exact, n_pred, n_gold)
    print(f"FarsiYar DAT, {len(sentences)} sentences, {n_gold} gold spans, {n_pred} predicted")
    print(f"  exact   P={p:.3f} R={r:.3f} F1={f:.3f}")
    p = overlap_p / n_pred if n_pred else 0.0
    r = overlap_g / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"  overlap P={p:.3f} R={r:.3f} F1={f:.3f}")


def speed(shared: Path) -> None:
    corpus = shared / "corpora" / "farsnews" / "farsnews_1382_1400.jsonl"
    if corpus.exists():
        with corpus.open(encoding="utf-8") as handle:
            text = "\n".join(json.loads(line)["text"] for line in handle)
    else:
        text = "دیروز ۱۲ خرداد ۱۴۰۳ وزیر روز دوشنبه گفت که در سال ۱۴۰۲ بیش از 1400 نفر آمدند.\n" * 30000
    while len(text) < 5_000_000:
        text += "\n" + text
    text = text[:5_000_000]
    started = time.perf_counter()
    mentions = find_dates(text, ANCHOR)
    elapsed = time.perf_counter() - started
    print(f"speed: {len(text) / elapsed / 1e6:.2f} M chars/s ({elapsed:.2f} s for 5 MB, {len(mentions)} mentions)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = parser.parse_args()
    conll = args.shared / "corpora" / "farsiyar" / "eval.conll"
    if conll.exists():
        span_scores(read_conll(conll))
    speed(args.shared)


if __name__ == "__main__":
    main()

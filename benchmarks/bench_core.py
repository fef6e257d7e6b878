"""Core throughput: ingest + normalise on Fars News, against the hazm Normalizer in the same process,
then the ZWNJ restoration figures on the UD dev sets (bench_normalise_zwnj).

    .venv-bench/bin/python benchmarks/bench_core.py      # `make bench` builds .venv-bench with hazm

Ingest is Rasad's own JSONL reader with its decoding ladder; normalise is the boilerplate finder plus the
full normaliser (letters, digits, spacing, ZWNJ restoration, offset map). hazm's ``Normalizer().normalize``
runs on the same decoded texts. Both are timed after one warm-up article, over the whole corpus.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from rasad.doc import RawDocument  # noqa: E402
from rasad.ingest import read_paths  # noqa: E402
from rasad.ingest.boilerplate import find_boilerplate  # noqa: E402
from rasad.normalise.stage import normalise_text  # noqa: E402

FARSNEWS = ROOT.parent / "shared" / "corpora" / "farsnews" / "farsnews_1382_1400.jsonl"


def rasad_ingest_normalise() -> tuple[int, int, float, list[str]]:
    normalise_text("گرم کردن: بارگذاری واژه‌نامه‌ها")
    started = time.perf_counter()
    documents = [item for item in read_paths([FARSNEWS]) if isinstance(item, RawDocument)]
    characters = 0
    for document in documents:
        characters += len(normalise_text(document.text, find_boilerplate(document.text)).text)
    return len(documents), characters, time.perf_counter() - started, [d.text for d in documents]


def hazm_normalise(texts: list[str]) -> float | None:
    try:
        from hazm import Normalizer
    except ImportError:
        print("hazm: not importable here; `make bench` installs it in .venv-bench (pip install hazm)")
        return None
    normalizer = Normalizer()
    normalizer.normalize(texts[0])
    started = time.perf_counter()
    for text in texts:
        normalizer.normalize(text)
    return time.perf_counter() - started


def main() -> None:
    count, characters, seconds, texts = rasad_ingest_normalise()
    print(f"rasad ingest+normalise: {count} Fars News articles, {characters:,} characters in {seconds:.2f} s "
          f"= {count / seconds:,.0f} articles/s ({characters / seconds / 1e6:.2f} M chars/s)")
    hazm_seconds = hazm_normalise(texts)
    if hazm_seconds:
        print(f"hazm Normalizer (normalise only): {count / hazm_seconds:,.0f} articles/s")
        print(f"ratio rasad(ingest+normalise) / hazm(normalise) articles per second: {hazm_seconds / seconds:.2f}")
    import bench_normalise_zwnj

    sys.argv = [sys.argv[0]]
    bench_normalise_zwnj.main()


if __name__ == "__main__":
    main()

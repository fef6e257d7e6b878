"""Run every benchmark in turn (`make bench`)."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
for name in ("bench_core.py", "bench_ner.py", "bench_pipeline.py", "bench_dates.py"):
    path = HERE / name
    if path.exists():
        print(f"\n=== {name}")
        sys.argv = [str(path)]
        runpy.run_path(str(path), run_name="__main__")

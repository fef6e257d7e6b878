"""ZWNJ restoration benchmark on text Rasad never trained on: the two UD Persian dev sets.

Usage (from the project root)::

    .venv/bin/python benchmarks/bench_normalise_zwnj.py
    .venv/bin/python benchmarks/bench_normalise_zwnj.py --text /tmp/zwnj_tune/heldout.txt --data /tmp/zwnj_tune

Each ``# text =`` line of ``../shared/corpora/ud_persian/*-ud-dev.conllu`` is a raw sentence with correct
ZWNJs. Letters are normalised as the pipeline does (ي → ی, ۀ → ه, diacritics out), the ZWNJs are deleted,
and the restorer runs on the stripped sentence.

Scoring: a position is an index in the stripped sentence before which a ZWNJ is (to be) inserted.
Gold positions are the original ZWNJs **between two Persian letters**. A ZWNJ next to a space, digit,
punctuation mark or line edge is not gold: the normaliser (``letters.py``) drops such ZWNJs anyway and the
restorer never inserts one there; they are counted and printed as "ignored". Repeated ZWNJs count once.
Precision, recall and F1 are micro-averaged over positions.

Speed: characters per second of ``insertion_points`` with a cold per-word cache on all stripped sentences,
and, if present, on the Fars News corpus (letters normalised, ZWNJs stripped).

hazm: if ``hazm`` is importable, its ``Normalizer().normalize`` runs on the same stripped sentences. It also
changes spacing, punctuation and digits, so its output is aligned to the input character by character
(difflib) with ZWNJs taken out; a hazm ZWNJ counts as an insertion at input index i only if the characters
on both sides are aligned one to one (i-1 → j-1, i → j) and are Persian letters. Its space-to-ZWNJ joins
(رئیس جمهور → رئیس‌جمهور) are not insertions into the stripped text and are not counted either way.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasad.normalise.letters import normalise_letters  # noqa: E402
from rasad.normalise.zwnj import LETTERS, ZWNJ, ZwnjRestorer  # noqa: E402

SHARED = ROOT.parent / "shared"
UD_FILES = ("perdt_fa_perdt-ud-dev.conllu", "seraji_fa_seraji-ud-dev.conllu")
LETTER = re.compile(f"[{LETTERS}]")
MULTI_ZWNJ = re.compile(f"{ZWNJ}+")


def strip_with_gold(sentence: str) -> tuple[str, set[int], int]:
    """(stripped text, gold positions, number of ignored ZWNJs not between two letters)."""
    sentence = MULTI_ZWNJ.sub(ZWNJ, normalise_letters(sentence))
    stripped = sentence.replace(ZWNJ, "")
    gold: set[int] = set()
    ignored = 0
    position = 0
    for index, char in enumerate(sentence):
        if char != ZWNJ:
            position += 1
            continue
        before = sentence[index - 1] if index > 0 else ""
        after = sentence[index + 1] if index + 1 < len(sentence) else ""
        if before and after and LETTER.match(before) and LETTER.match(after):
            gold.add(position)
        else:
            ignored += 1
    return stripped, gold, ignored


def ud_sentences(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        return [line[len("# text = "):].rstrip("\n") for line in handle if line.startswith("# text = ")]


def score(gold_sets: list[set[int]], predicted: list[set[int]]) -> tuple[float, float, float, int, int, int]:
    tp = sum(len(g & p) for g, p in zip(gold_sets, predicted))
    n_pred = sum(len(p) for p in predicted)
    n_gold = sum(len(g) for g in gold_sets)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, tp, n_pred, n_gold


def hazm_positions(normalizer, stripped: str) -> set[int]:
    output = normalizer.normalize(stripped)
    out_chars: list[str] = []
    zwnj_before: set[int] = set()
    for char in output:
        if char == ZWNJ:
            zwnj_before.add(len(out_chars))
        else:
            out_chars.append(char)
    out_text = "".join(out_chars)
    out_to_in: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(None, stripped, out_text, autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            out_to_in[block.b + k] = block.a + k
    found = set()
    for j in zwnj_before:
        i = out_to_in.get(j)
        if i is None or i == 0 or out_to_in.get(j - 1) != i - 1:
            continue
        if LETTER.match(stripped[i - 1]) and LETTER.match(stripped[i]):
            found.add(i)
    return found


def report(name: str, figures: tuple[float, float, float, int, int, int], extra: str = "") -> None:
    precision, recall, f1, tp, n_pred, n_gold = figures
    print(f"{name:<34} P={precision:.4f} R={recall:.4f} F1={f1:.4f}  (tp={tp} predicted={n_pred} gold={n_gold}){extra}")


def speed(directory: Path | None, texts: list[str]) -> float:
    restorer = ZwnjRestorer.from_directory(directory)  # cold per-word cache
    total = sum(len(text) for text in texts)
    start = time.perf_counter()
    for text in texts:
        restorer.insertion_points(text)
    return total / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--text", action="append", help="other text files with correct ZWNJs (one sentence a line)")
    parser.add_argument("--data", default=None, help="data directory other than the shipped rasad/data/zwnj")
    parser.add_argument("--errors", type=int, default=0, help="print this many wrong words per set")
    args = parser.parse_args()
    directory = Path(args.data) if args.data else None

    start = time.perf_counter()
    restorer = ZwnjRestorer.from_directory(directory) if directory else ZwnjRestorer.load()
    print(f"load: {time.perf_counter() - start:.3f} s")

    sets: list[tuple[str, list[str]]] = []
    if args.text:
        for path in args.text:
            sets.append((Path(path).name, Path(path).read_text(encoding="utf-8").splitlines()))
    else:
        for name in UD_FILES:
            path = SHARED / "corpora" / "ud_persian" / name
            if not path.exists():
                sys.exit(f"missing {path}: the UD dev sets live in ../shared/corpora/ud_persian")
            sets.append((name, ud_sentences(path)))

    try:
        from hazm import Normalizer  # type: ignore[import-not-found]

        normalizer = Normalizer()
    except ImportError:
        normalizer = None
        print("hazm is not importable: skipping the hazm comparison (install it with `pip install hazm`).")

    all_stripped: list[str] = []
    all_gold: list[set[int]] = []
    all_pred: list[set[int]] = []
    all_hazm: list[set[int]] = []
    for name, sentences in sets:
        stripped_list, gold_sets, predicted = [], [], []
        ignored = 0
        errors: list[str] = []
        for sentence in sentences:
            stripped, gold, n_ignored = strip_with_gold(sentence)
            ignored += n_ignored
            points = set(restorer.insertion_points(stripped))
            stripped_list.append(stripped)
            gold_sets.append(gold)
            predicted.append(points)
            if args.errors and points != gold and len(errors) < args.errors:
                wrong = sorted(points ^ gold)
                for position in wrong:
                    left = stripped.rfind(" ", 0, position) + 1
                    right = stripped.find(" ", position)
                    right = len(stripped) if right < 0 else right
                    word = stripped[left:right]
                    kind = "FP" if position in points else "FN"
                    errors.append(f"  {kind} {word} @{position - left}: {restorer.restore(word)}")
        report(f"rasad {name}", score(gold_sets, predicted), f" ignored={ignored}")
        for line in errors[: args.errors]:
            print(line)
        all_stripped += stripped_list
        all_gold += gold_sets
        all_pred += predicted
        if normalizer is not None:
            hazm_sets = [hazm_positions(normalizer, text) for text in stripped_list]
            all_hazm += hazm_sets
            report(f"hazm  {name}", score(gold_sets, hazm_sets))
    overall = score(all_gold, all_pred)
    report("rasad all", overall)
    if normalizer is not None:
        hazm_overall = score(all_gold, all_hazm)
        report("hazm  all", hazm_overall)
        ratio = overall[2] / hazm_overall[2] if hazm_overall[2] else float("inf")
        print(f"F1 ratio rasad/hazm: {ratio:.2f}; recall ratio: {overall[1] / max(hazm_overall[1], 1e-9):.2f}")

    print(f"speed (cold cache, these sentences): {speed(directory, all_stripped):,.0f} characters/s")
    fars = SHARED / "corpora" / "farsnews" / "farsnews_1382_1400.jsonl"
    if fars.exists() and not args.text:
        texts = []
        with fars.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                texts.append(normalise_letters(record["title"] + "\n" + record["text"]).replace(ZWNJ, ""))
        size = sum(len(text) for text in texts)
        print(f"speed (cold cache, Fars News, {size:,} characters): {speed(directory, texts):,.0f} characters/s")


if __name__ == "__main__":
    main()

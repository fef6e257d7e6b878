"""Train Rasad's CRF name tagger from ../shared/corpora and write rasad/data/models/ner.crfsuite.

    .venv/bin/python tools/train_ner.py

Training data (licences in ../shared/README.md; the model inherits their research-use terms, see
rasad/data/models/LICENSE-ner.txt):
- PEYMA train.txt (``token|B_PER``), PER/ORG/LOC kept, DAT/TIM/MON/PCT mapped to O;
- ParsNER train_news.pos (``token\\tPOS\\tB-PERS``), PERS → PER, MISC → O, every tenth sentence held out
  (``heldout_parsner``) for benchmarks/bench_ner.py and never trained on.
Deterministic: fixed file order, fixed hold-out rule, crfsuite L-BFGS has no randomness.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasad.actors.tagger import TYPES, sentence_features  # noqa: E402
from rasad.normalise.letters import normalise_letters  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
MODEL_DIR = ROOT / "rasad" / "data" / "models"
HOLDOUT_EVERY = 10
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True, "feature.minfreq": 2}
PERSNER_TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}


def _label(tag: str, mapping: dict[str, str]) -> str:
    if tag in ("O", ""):
        return "O"
    prefix, kind = tag[0], tag[2:]
    kind = mapping.get(kind, kind)
    return f"{prefix}-{kind}" if kind in TYPES else "O"


def read_peyma(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, tokens, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if tokens:
                sentences.append((tokens, labels))
            tokens, labels = [], []
            continue
        token, _, tag = line.rpartition("|")
        tokens.append(token)
        labels.append(_label(tag.strip(), {}))
    if tokens:
        sentences.append((tokens, labels))
    return sentences


def read_parsner(path: Path) -> list[tuple[list[str], list[str]]]:
    sentences, tokens, labels = [], [], []
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        parts = line.split("\t")
        if len(parts) < 3:
            if tokens:
                sentences.append((tokens, labels))
            tokens, labels = [], []
            continue
        tokens.append(parts[0])
        labels.append(_label(parts[2].strip(), PERSNER_TYPES))
    if tokens:
        sentences.append((tokens, labels))
    return sentences


def _sentence_key(tokens: list[str]) -> str:
    return normalise_letters("".join(tokens)).replace("\u200c", "")


def read_nsurl(folder: Path, exclude: set[str]) -> list[tuple[list[str], list[str]]]:
    """The NSURL extra set; sentences whose key is in ``exclude`` (the dev set) are left out."""
    sentences = []
    for path in sorted(folder.iterdir()):
        tokens, labels = [], []
        for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
            parts = line.split("\t")
            if len(parts) >= 2:
                tokens.append(parts[0])
                labels.append(_label(parts[1].strip(), {}))
            elif tokens:
                if _sentence_key(tokens) not in exclude:
                    sentences.append((tokens, labels))
                tokens, labels = [], []
    return sentences


def _words(path: Path) -> list[str]:
    return [line.strip().lstrip("*") for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def build_lexicon() -> dict[str, set[str]]:
    """Token → classes, from name lists; written beside the model so run time needs no corpus."""
    import json as _json

    from rasad.actors.registry import load_registry
    from rasad.actors.tagger import token_form

    classes: dict[str, set[str]] = {}

    def add(token: str, label: str) -> None:
        form = token_form(token).replace("\u200c", "")
        if len(form) > 1:
            classes.setdefault(form, set()).add(label)

    gazetteers = CORPORA / "parsner" / "gazetteers"
    for name in ("persian_names.txt", "arabic_names.txt", "accurate_names.txt", "foreign_names.txt"):
        for word in _words(gazetteers / name):
            add(word.split()[0], "FIRST")
    surname_counts: dict[str, int] = {}
    for full in _words(gazetteers / "person_names.txt"):
        parts = full.split()
        if len(parts) >= 2:
            add(parts[0], "FIRST")
            surname_counts[parts[-1]] = surname_counts.get(parts[-1], 0) + 1
    for surname, count in surname_counts.items():
        if count >= 2:
            add(surname, "LAST")
    for word in _words(gazetteers / "organization_prefixes.txt"):
        add(word.split()[0], "ORGW")
    registry = load_registry()
    for actor in registry.actors():
        tokens = actor.name.split()
        if actor.kind == "person" and len(tokens) >= 2:
            add(tokens[0], "FIRST")
            add(tokens[-1], "LAST")
        elif actor.kind in ("organization", "group") and tokens:
            add(tokens[0], "ORGW")
    for surface, _ in [*registry.country_words(), *registry.capitals()]:
        if len(surface.split()) == 1:
            add(surface, "LOC")
    provinces = _json.loads((CORPORA / "gazetteers" / "iran_province_city.json").read_text(encoding="utf-8"))
    for place in _place_names(provinces):
        if len(place.split()) == 1:
            add(place, "LOC")
    return classes


def _place_names(node) -> list[str]:
    """Every Persian string in the provinces/cities gazetteer, whatever its nesting."""
    if isinstance(node, str):
        return [node] if any("\u0600" <= ch <= "\u06ff" for ch in node) else []
    if isinstance(node, dict):
        return [name for value in [*node.keys(), *node.values()] for name in _place_names(value)]
    if isinstance(node, list):
        return [name for value in node for name in _place_names(value)]
    return []


def write_lexicon(classes: dict[str, set[str]]) -> None:
    lines = ["# Rasad NER word classes: token (normalised, no ZWNJ) → FIRST/LAST/LOC/ORGW. Built by",
             "# tools/train_ner.py from ParsNER gazetteers (research use), Rasad's registry and the Iranian",
             "# provinces/cities gazetteer (MIT). Research use only, like the model (LICENSE-ner.txt)."]
    lines += [f"{token}\t{'|'.join(sorted(labels))}" for token, labels in sorted(classes.items())]
    (MODEL_DIR / "ner_lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def parsner_split() -> tuple[list, list]:
    sentences = read_parsner(CORPORA / "parsner" / "train_news.pos")
    held = [s for i, s in enumerate(sentences) if i % HOLDOUT_EVERY == 0]
    train = [s for i, s in enumerate(sentences) if i % HOLDOUT_EVERY != 0]
    return train, held


def main() -> None:
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    write_lexicon(build_lexicon())
    from rasad.actors.tagger import word_classes

    word_classes.cache_clear()
    peyma = read_peyma(CORPORA / "peyma" / "train.txt")
    parsner_train, parsner_held = parsner_split()
    dev_keys = {_sentence_key(tokens) for tokens, _ in read_peyma(CORPORA / "peyma" / "dev.txt")}
    nsurl = read_nsurl(CORPORA / "peyma" / "nsurl2019_600k", dev_keys)
    trainer = pycrfsuite.Trainer(verbose=False)
    for tokens, labels in peyma + parsner_train + nsurl:
        trainer.append(sentence_features(tokens), labels)
    trainer.set_params(PARAMS)
    started = time.perf_counter()
    trainer.train(str(MODEL_DIR / "ner.crfsuite"))
    meta = {
        "trained": date.today().isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
        "training_sentences": {"peyma_train": len(peyma), "parsner_news_train": len(parsner_train),
                               "nsurl2019_extra_without_dev": len(nsurl)},
        "held_out": {"parsner_news_every_nth": HOLDOUT_EVERY, "sentences": len(parsner_held)},
        "params": PARAMS,
        "labels": ["O"] + [f"{p}-{t}" for t in TYPES for p in "BI"],
        "licence": "research use only, derived from PEYMA and ParsNER; see LICENSE-ner.txt",
    }
    (MODEL_DIR / "ner.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(meta, ensure_ascii=False))


if __name__ == "__main__":
    main()

"""Train Rasad's CRF name tagger from ../shared/corpora and write it to rasad/data/models.

    .venv/bin/python tools/train_ner.py                   # about 9 minutes on one core
    .venv/bin/python tools/train_ner.py --out /tmp/ner    # write (and score) the files elsewhere
    .venv/bin/python tools/train_ner.py --parstwiner      # also train on ParsTwiNER (not the shipped model)

Writes ``ner.crfsuite`` (the CRF), ``ner_lexicon.tsv`` (bare token → name-list classes and word clusters),
``ner_gazetteer.json.gz`` (multi-word names → types) and ``ner.json`` (what was trained on, how, and the
scores), all under ``rasad/data/models``. The model inherits the research-use terms of its corpora: see
``rasad/data/models/LICENSE-ner.txt`` and ../shared/README.md.

Labelled training data (types PER, ORG, LOC; every other type → O):
- PEYMA ``train.txt`` (``token|B_PER``; DAT, TIM, MON, PCT → O);
- PEYMA's NSURL-2019 extra set (``token\\tB-PER``), without sentences that are also in PEYMA dev;
- ParsNER ``train_news.pos`` (``token\\tPOS\\tB-PERS``; PERS → PER, MISC → O) without every tenth
  sentence (index 0, 10, 20, …), which is held out for ``benchmarks/bench_ner.py`` and never trained on;
- with ``--parstwiner`` only: ParsTwiNER train + dev (MIT; POG → ORG, NAT and EVE → O).

Unlabelled text for the word clusters: Fars News and Hamshahri RSS texts, and the tokens of the training
sentences above plus ParsNER ``train_wiki.pos`` (never PEYMA dev or the ParsNER held-out sentences).
Clusters: PPMI of ±1/±2 neighbour counts over the 4,000 most frequent words, 100-dimensional SVD, then
spherical k-means with k = 50, 200, 1000 (words seen ≥ 4 times).

Name lists: ParsNER gazetteers (first names, person names, organisation and facility names, prefixes),
CLDR/iso-codes country names and the Iranian provinces and cities table (../shared/corpora/gazetteers).

Deterministic: fixed file order, fixed hold-out rule, fixed seeds (SVD start vector, k-means), one BLAS
thread, and crfsuite's L-BFGS has no randomness.
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import gzip
import hashlib
import io
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasad.normalise.letters import normalise_letters

CORPORA = ROOT.parent / "shared" / "corpora"
MODEL_DIR = ROOT / "rasad" / "data" / "models"
TYPES = ("PER", "ORG", "LOC")
HOLDOUT_EVERY = 10
PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 150, "feature.possible_transitions": True, "feature.minfreq": 2}
PERSNER_TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "LOC"}
CLUSTER_SIZES = (50, 200, 1000)
CLUSTER_MIN_COUNT = 4
CLUSTER_CONTEXTS = 4000
CLUSTER_DIMENSIONS = 100
SEED = 0
_TOKEN = re.compile(r"\w+(?:\u200c\w+)*|[^\w\s\u200c]")
_SENTENCE_END = re.compile(r"[.!?؟]+(?=\s|$)|\n+")

Sentence = tuple[list[str], list[str]]


# --- corpora -------------------------------------------------------------------------------------------

def _label(tag: str, mapping: dict[str, str]) -> str:
    if tag in ("O", ""):
        return "O"
    prefix, kind = tag[0], tag[2:]
    kind = mapping.get(kind, kind)
    return f"{prefix}-{kind}" if kind in TYPES else "O"


def read_peyma(path: Path) -> list[Sentence]:
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


def read_parsner(path: Path) -> list[Sentence]:
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
    return "".join(normalise_letters("".join(tokens)).split()).replace("\u200c", "")


def read_nsurl(folder: Path, exclude: set[str]) -> list[Sentence]:
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


def read_parstwiner(path: Path) -> list[Sentence]:
    """ParsTwiNER (``token\tB-PER``): POG (political group) → ORG; NAT (nationality), EVE (event) → O."""
    sentences, tokens, labels = [], [], []
    for line in [*path.read_text(encoding="utf-8-sig").splitlines(), ""]:
        parts = line.split("\t")
        if len(parts) >= 2:
            tokens.append(parts[0])
            labels.append(_label(parts[1].strip(), {"POG": "ORG"}))
        elif tokens:
            sentences.append((tokens, labels))
            tokens, labels = [], []
    return sentences


def parsner_split() -> tuple[list[Sentence], list[Sentence]]:
    """ParsNER news: (training sentences, held-out sentences = every tenth, starting with the first)."""
    sentences = read_parsner(CORPORA / "parsner" / "train_news.pos")
    held = [s for i, s in enumerate(sentences) if i % HOLDOUT_EVERY == 0]
    train = [s for i, s in enumerate(sentences) if i % HOLDOUT_EVERY != 0]
    return train, held


def peyma_dev() -> list[Sentence]:
    return read_peyma(CORPORA / "peyma" / "dev.txt")


def training_sets(parstwiner: bool = False) -> dict[str, list[Sentence]]:
    dev_keys = {_sentence_key(tokens) for tokens, _ in peyma_dev()}
    sets = {
        "peyma_train": read_peyma(CORPORA / "peyma" / "train.txt"),
        "nsurl2019_extra_without_peyma_dev": read_nsurl(CORPORA / "peyma" / "nsurl2019_600k", dev_keys),
        "parsner_news_train": parsner_split()[0],
    }
    if parstwiner:
        sets["parstwiner_train_dev"] = [sentence for name in ("train.txt", "dev.txt")
                                        for sentence in read_parstwiner(CORPORA / "parstwiner" / name)]
    return sets


# --- word files ----------------------------------------------------------------------------------------

def _words(path: Path) -> list[str]:
    return [line.strip().lstrip("*") for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def _place_names(node) -> list[str]:
    """Every Persian string in the provinces/cities gazetteer, whatever its nesting."""
    if isinstance(node, str):
        return [node] if any("\u0600" <= ch <= "\u06ff" for ch in node) else []
    if isinstance(node, dict):
        return [name for value in [*node.keys(), *node.values()] for name in _place_names(value)]
    if isinstance(node, list):
        return [name for value in node for name in _place_names(value)]
    return []


def _tsv_column(path: Path, column: str) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    index = lines[0].split("\t").index(column)
    return [row.split("\t")[index] for row in lines[1:] if row.strip()]


def _name_tokens(name: str) -> tuple[str, ...]:
    from rasad.actors.tagger import bare_form

    return tuple(bare_form(token) for token in _TOKEN.findall(normalise_letters(name.strip().lstrip("*"))))


def place_names() -> list[str]:
    gazetteers = CORPORA / "gazetteers"
    provinces = json.loads((gazetteers / "iran_province_city.json").read_text(encoding="utf-8"))
    return (_place_names(provinces) + _tsv_column(gazetteers / "territories_fa.tsv", "name_fa")
            + _tsv_column(gazetteers / "pycountry_fa.tsv", "name_fa"))


def build_classes() -> dict[str, set[str]]:
    """Bare token → name-list classes FIRST, LAST, ORGW, LOCW, LOC, TITLE."""
    classes: dict[str, set[str]] = {}

    def add(name: str, label: str, which: int = 0) -> None:
        tokens = _name_tokens(name)
        if tokens and len(tokens[which]) > 1 and any(ch.isalpha() for ch in tokens[which]):
            classes.setdefault(tokens[which], set()).add(label)

    gazetteers = CORPORA / "parsner" / "gazetteers"
    for name in ("persian_names.txt", "arabic_names.txt", "accurate_names.txt", "foreign_names.txt"):
        for word in _words(gazetteers / name):
            add(word, "FIRST")
    surnames: Counter[str] = Counter()
    for full in _words(gazetteers / "person_names.txt"):
        tokens = _name_tokens(full)
        if len(tokens) >= 2:
            add(full, "FIRST")
            surnames[tokens[-1]] += 1
    for surname, count in surnames.items():
        if count >= 2 and len(surname) > 1 and any(ch.isalpha() for ch in surname):
            classes.setdefault(surname, set()).add("LAST")
    for word in _words(gazetteers / "organization_prefixes.txt"):
        add(word, "ORGW")
    for word in _words(gazetteers / "location_prefixes.txt"):
        add(word, "LOCW")
    for name in ("jobs.txt", "prefixes.txt"):
        for word in _words(gazetteers / name):
            add(word, "TITLE")
    for place in place_names():
        if len(_name_tokens(place)) == 1:
            add(place, "LOC")
    return classes


def build_gazetteer() -> dict[tuple[str, ...], set[str]]:
    """Names (bare tokens) → types: people (PER) of two or more words, organisations (ORG), facilities (FAC:
    ParsNER's facility_loc list, which mixes buildings, universities and places) and places (LOC)."""
    gazetteers = CORPORA / "parsner" / "gazetteers"
    names: dict[tuple[str, ...], set[str]] = {}

    def add(name: str, kind: str, shortest: int = 1) -> None:
        tokens = _name_tokens(name)
        if shortest <= len(tokens) <= 8:
            names.setdefault(tokens, set()).add(kind)

    for name in _words(gazetteers / "person_names.txt"):
        add(name, "PER", 2)
    for file in ("organization_names.txt", "facility_org_names.txt"):
        for name in _words(gazetteers / file):
            add(name, "ORG")
    for name in _words(gazetteers / "facility_loc_names.txt"):
        add(name, "FAC")
    for name in place_names():
        add(name, "LOC")
    return names


def unlabelled_sentences(labelled: list[list[str]]) -> list[list[str]]:
    """Token lists of the news texts plus the given labelled sentences and ParsNER wiki."""
    sentences = []
    for name in ("farsnews/farsnews_1382_1400.jsonl", "hamshahri_rss/hamshahri.jsonl"):
        for line in (CORPORA / name).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            text = normalise_letters(record.get("title", "") + "\n" + record.get("text", ""))
            sentences += [tokens for part in _SENTENCE_END.split(text) if (tokens := _TOKEN.findall(part))]
    wiki = [tokens for tokens, _ in read_parsner(CORPORA / "parsner" / "train_wiki.pos")]
    return sentences + labelled + wiki


def build_clusters(sentences: list[list[str]]) -> dict[str, tuple[int, ...]]:
    """Bare token → cluster ids at each of CLUSTER_SIZES (PPMI + SVD + spherical k-means)."""
    import numpy as np
    from scipy import sparse
    from scipy.sparse.linalg import svds

    from rasad.actors.tagger import bare_form

    keyed = [[bare_form(token) for token in tokens] for tokens in sentences]
    counts = Counter(word for tokens in keyed for word in tokens)
    vocabulary = sorted((w for w, c in counts.items() if c >= CLUSTER_MIN_COUNT), key=lambda w: (-counts[w], w))
    index = {word: i for i, word in enumerate(vocabulary)}
    contexts = {word: i for i, word in enumerate(vocabulary[:CLUSTER_CONTEXTS])}
    rows, cols = [], []
    for tokens in keyed:
        ids = [index.get(word, -1) for word in tokens]
        context_ids = [contexts.get(word, -1) for word in tokens]
        for i, word_id in enumerate(ids):
            if word_id < 0:
                continue
            for block, offset in enumerate((-1, 1, -2, 2)):
                j = i + offset
                if 0 <= j < len(tokens) and context_ids[j] >= 0:
                    rows.append(word_id)
                    cols.append(block * CLUSTER_CONTEXTS + context_ids[j])
    shape = (len(vocabulary), 4 * CLUSTER_CONTEXTS)
    matrix = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=shape).tocsr().tocoo()
    total = matrix.sum()
    row_sums = np.asarray(matrix.sum(1)).ravel()
    col_sums = np.asarray(matrix.sum(0)).ravel() ** 0.75
    col_sums = col_sums / col_sums.sum() * total
    pmi = np.log(matrix.data * total / (row_sums[matrix.row] * col_sums[matrix.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (matrix.row[keep], matrix.col[keep])), shape=shape)
    start = np.random.RandomState(SEED).uniform(-1, 1, min(shape))
    u, s, _ = svds(ppmi, k=CLUSTER_DIMENSIONS, v0=start)
    vectors = u * np.sqrt(s)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12
    assignments = [_kmeans(vectors, k) for k in CLUSTER_SIZES]
    return {word: tuple(int(a[i]) for a in assignments) for i, word in enumerate(vocabulary)}


def _kmeans(vectors, k: int, iterations: int = 15):
    import numpy as np

    rng = np.random.RandomState(SEED)
    centres = vectors[rng.choice(len(vectors), k, replace=False)].copy()
    assignment = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        for start in range(0, len(vectors), 20_000):
            assignment[start:start + 20_000] = np.argmax(vectors[start:start + 20_000] @ centres.T, axis=1)
        for c in range(k):
            members = vectors[assignment == c]
            if len(members):
                mean = members.mean(0)
                centres[c] = mean / (np.linalg.norm(mean) + 1e-12)
    return assignment


def write_word_files(classes: dict[str, set[str]], clusters: dict[str, tuple[int, ...]],
                     names: dict[tuple[str, ...], set[str]]) -> None:
    lines = ["# Rasad NER word table: bare token (normalised, no ZWNJ) → name-list classes (FIRST/LAST/LOC/",
             "# LOCW/ORGW/TITLE) and word clusters at k = " + "/".join(map(str, CLUSTER_SIZES)) + ". Built by",
             "# tools/train_ner.py from ParsNER gazetteers and Fars News text (research use), CLDR/iso-codes and",
             "# Iranian provinces/cities names. Research use only, like the model (LICENSE-ner.txt)."]
    for token in sorted(set(classes) | set(clusters)):
        ids = clusters.get(token)
        cells = [str(i) for i in ids] if ids else ["-"] * len(CLUSTER_SIZES)
        lines.append("\t".join([token, "|".join(sorted(classes.get(token, ()))) or "-", *cells]))
    (MODEL_DIR / "ner_lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    longest: dict[str, int] = {}
    for tokens in names:
        longest[tokens[0]] = max(longest.get(tokens[0], 0), len(tokens))
    gazetteer = {
        "about": "Rasad NER gazetteer: bare-token names → types, first token → longest name. From ParsNER "
                 "gazetteers (research use), CLDR, iso-codes and Iranian provinces/cities names. Research use "
                 "only, like the model (LICENSE-ner.txt). Built by tools/train_ner.py.",
        "names": {" ".join(tokens): "|".join(sorted(kinds)) for tokens, kinds in sorted(names.items())},
        "longest": dict(sorted(longest.items())),
    }
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(json.dumps(gazetteer, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    (MODEL_DIR / "ner_gazetteer.json.gz").write_bytes(buffer.getvalue())


# --- scoring -------------------------------------------------------------------------------------------

def spans(labels: list[str]) -> set[tuple[int, int, str]]:
    """Strict (start, end, type) spans of a BIO sequence; a stray I- starts a span."""
    found, start, kind = set(), None, None
    for index, label in enumerate([*labels, "O"]):
        prefix, _, current = label.partition("-")
        if start is not None and (prefix != "I" or current != kind):
            found.add((start, index, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = index, current
    return found


def score(gold: list[list[str]], system: list[list[str]]) -> dict[str, dict[str, float]]:
    """Strict-span precision, recall and F1 per type and micro-averaged over PER, ORG, LOC."""
    counts = {kind: Counter() for kind in TYPES}
    for gold_labels, system_labels in zip(gold, system):
        gold_spans, system_spans = spans(gold_labels), spans(system_labels)
        for kind in TYPES:
            g = {s for s in gold_spans if s[2] == kind}
            p = {s for s in system_spans if s[2] == kind}
            counts[kind].update(tp=len(g & p), system=len(p), gold=len(g))
    figures = {}
    for name, c in [*counts.items(), ("micro", sum(counts.values(), Counter()))]:
        precision = c["tp"] / c["system"] if c["system"] else 0.0
        recall = c["tp"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        figures[name] = {"p": round(precision, 4), "r": round(recall, 4), "f1": round(f1, 4), "gold": c["gold"]}
    return figures


def evaluation_sets() -> dict[str, list[Sentence]]:
    return {"peyma_dev": peyma_dev(), "parsner_news_heldout": parsner_split()[1]}


# --- main ----------------------------------------------------------------------------------------------

def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def main() -> None:
    global MODEL_DIR
    if "--out" in sys.argv:
        MODEL_DIR = Path(sys.argv[sys.argv.index("--out") + 1]).resolve()
    started = time.perf_counter()
    MODEL_DIR.mkdir(parents=True, exist_ok=True)
    sets = training_sets(parstwiner="--parstwiner" in sys.argv)
    labelled = [tokens for sentences in sets.values() for tokens, _ in sentences]
    clusters = build_clusters(unlabelled_sentences(labelled))
    write_word_files(build_classes(), clusters, build_gazetteer())
    print(f"word files: {len(clusters):,} clustered words ({time.perf_counter() - started:.0f} s)", flush=True)

    from rasad.actors import tagger as runtime

    runtime._data = lambda name: MODEL_DIR / Path(name).name  # the files just written, wherever they are
    runtime.word_table.cache_clear()
    runtime.gazetteer.cache_clear()
    runtime._token.cache_clear()
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentences in sets.values():
        for tokens, labels in sentences:
            trainer.append(runtime.sentence_features(tokens), labels)
    trainer.set_params(PARAMS)
    trained = time.perf_counter()
    trainer.train(str(MODEL_DIR / "ner.crfsuite"))
    train_seconds = time.perf_counter() - trained
    runtime.NerTagger.load.cache_clear()
    tagger = runtime.NerTagger.load()
    figures = {}
    for name, sentences in evaluation_sets().items():
        system = tagger.tag_many([tokens for tokens, _ in sentences])
        figures[name] = score([labels for _, labels in sentences], system)
        print(name, json.dumps(figures[name]), flush=True)
    files = ("ner.crfsuite", "ner_lexicon.tsv", "ner_gazetteer.json.gz")
    meta = {
        "trained": date.today().isoformat(),
        "crf_training_seconds": round(train_seconds, 1),
        "training_sentences": {name: len(sentences) for name, sentences in sets.items()},
        "held_out": {"parsner_news": f"every {HOLDOUT_EVERY}th sentence of train_news.pos from index 0",
                     "sentences": len(parsner_split()[1])},
        "unlabelled_for_clusters": ["farsnews_1382_1400.jsonl", "hamshahri.jsonl", "the training sentences",
                                    "parsner train_wiki.pos"],
        "clusters": {"sizes": CLUSTER_SIZES, "min_count": CLUSTER_MIN_COUNT, "contexts": CLUSTER_CONTEXTS,
                     "dimensions": CLUSTER_DIMENSIONS, "seed": SEED, "words": len(clusters)},
        "params": PARAMS,
        "labels": ["O"] + [f"{p}-{t}" for t in TYPES for p in "BI"],
        "scores_strict_span": figures,
        "files_sha256_16": {name: _sha256(MODEL_DIR / name) for name in files},
        "licence": "research use only, derived from PEYMA, NSURL-2019 PEYMA extra set and ParsNER; "
                   "see LICENSE-ner.txt",
    }
    (MODEL_DIR / "ner.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"done in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()

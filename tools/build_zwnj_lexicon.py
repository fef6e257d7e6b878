"""Build the ZWNJ restoration data in ``rasad/data/zwnj/`` from text that has correct ZWNJs.

Usage (from the project root)::

    .venv/bin/python tools/build_zwnj_lexicon.py                      # writes rasad/data/zwnj/
    .venv/bin/python tools/build_zwnj_lexicon.py --hazm /tmp/hazm.whl  # also reads hazm's MIT word lists
    .venv/bin/python tools/build_zwnj_lexicon.py --holdout 10 --out /tmp/zwnj_tune   # tuning build

``--hazm`` takes the hazm 0.10.0 wheel (``pip download --no-deps hazm==0.10.0 -d /tmp/hazm``) or an
unpacked ``hazm/data`` directory; without it the hazm part is skipped (the shipped data was built with it).

Sources (all under ``--corpora``, default ``../shared/corpora``; research-use text, never copied: only word
counts derived from it are written, which makes the output a model, see the file headers):

* ParsNER ``train_news.pos`` and ``train_wiki.pos`` (one token per line), and the ParsNER gazetteers;
* ParsTwiNER ``train.txt`` (MIT);
* Fars News ``farsnews_1382_1400.jsonl`` (older articles use Arabic ي/ك: letters are normalised first);
* Hamshahri RSS ``hamshahri.jsonl``;
* hazm 0.10.0 ``words.dat`` and ``verbs.dat`` (MIT), optional.

Left out on purpose: the UD Persian dev sets (the benchmark), PEYMA (its ZWNJs were replaced by spaces
inside tokens: رقابت ها), ArmanPersoNER (academic-research-only licence).

News documents (Fars News, Hamshahri) without a single ZWNJ are skipped: they are almost always ZWNJ-stripped text, and counting their
words would teach the model that the joined spelling is normal.

Outputs (TSV, UTF-8, ``#`` header lines):

* ``forms.tsv``   joined spelling → spelling with ZWNJ, with counts of each and of the joined spelling itself;
* ``words.tsv``   words seen without ZWNJ (the lexicon that keeps real words such as میز or تهران whole);
* ``affixes.tsv`` for each suffix (ها, های, تر, ای, ...) and the last letter of the stem: how often the
  suffix was written with and without ZWNJ after a known stem; how often the prefixes می/نمی were; and how
  often a compound head (کننده, نگاران, گرا, ...) was written after a ZWNJ when it follows a known word;
* ``verbs.tsv``   verb stems (hazm, MIT) used for the می/نمی rule on verb forms never seen in the corpora.

With ``--holdout N`` every N-th document/sentence is kept out and written to ``heldout_<source>.txt`` in ``--out``
(text with ZWNJ, one per line) for tuning without touching the UD benchmark.
"""

from __future__ import annotations

import argparse
import datetime
import io
import json
import re
import sys
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasad.normalise.letters import normalise_letters  # noqa: E402

ZWNJ = "\u200c"
LETTERS = "\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc"
WORD = re.compile(f"[{LETTERS}]+(?:{ZWNJ}+[{LETTERS}]+)*")
MULTI_ZWNJ = re.compile(f"{ZWNJ}+")

# Suffixes whose ZWNJ use is learned per stem-final letter (longest first when matching).
SUFFIXES = (
    "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها",
    "ترین", "تری", "تر",
    "ایم", "اید", "اند", "ای", "ام", "اش", "ات", "ی",
    "شان", "تان", "مان", "یی",
)
PREFIXES = ("نمی", "می")
# Prefixes learned like suffixes: written with ZWNJ before a known word (بی‌کار, هم‌سخن, نا‌...).
WORD_PREFIXES = ("بی", "هم", "نا")
SLOPPY_MIN = 20
SUFFIX_SET = frozenset(SUFFIXES) | {"هاست", "هایند", "ترند", "تریم", "تری"}
NON_JOINING = frozenset("اآأإدذرزژوؤءة")
# Compound heads kept in affixes.tsv: the part after the first word (نگاران in واقعه‌نگاران), seen with ZWNJ
# in at least HEAD_MIN_ZWNJ word types after a first word seen HEAD_STEM_MIN times; only heads written with
# ZWNJ at least HEAD_KEEP_P of the time are kept (the restorer applies a stricter threshold of its own).
# Two-word sequences (single space, no ZWNJ inside) seen at least this often go to spaced.tsv.
SPACED = re.compile(f"(?<![{LETTERS}{ZWNJ}])([{LETTERS}]+) (?=([{LETTERS}]+)(?![{LETTERS}{ZWNJ}]))")
SPACED_MIN = 3
SPACED_COMMON = 150
HEAD_STEM_MIN = 3
HEAD_MIN_ZWNJ = 2
HEAD_KEEP_P = 0.3


def normalise(text: str) -> str:
    return MULTI_ZWNJ.sub(ZWNJ, normalise_letters(text))


def read_token_file(path: Path, sep: str) -> Iterator[str]:
    # Sentences of an edited corpus: a sentence without ZWNJ is normal here, so they are all kept.
    """Sentences from a one-token-per-line file (blank line between sentences)."""
    tokens: list[str] = []
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if tokens:
                    yield " ".join(tokens)
                    tokens = []
                continue
            tokens.append(line.split(sep, 1)[0])
    if tokens:
        yield " ".join(tokens)


def read_jsonl(path: Path, fields: tuple[str, ...]) -> Iterator[str]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            yield "\n".join(record.get(field) or "" for field in fields)


def sources(corpora: Path) -> list[tuple[str, Iterator[str], bool]]:
    """(name, documents, whether a document without any ZWNJ is skipped as probably stripped)."""
    parsner = corpora / "parsner"
    return [
        ("parsner/train_news.pos", read_token_file(parsner / "train_news.pos", "\t"), False),
        ("parsner/train_wiki.pos", read_token_file(parsner / "train_wiki.pos", "\t"), False),
        ("parstwiner/train.txt", read_token_file(corpora / "parstwiner" / "train.txt", "\t"), False),
        ("farsnews/farsnews_1382_1400.jsonl", read_jsonl(corpora / "farsnews" / "farsnews_1382_1400.jsonl", ("title", "text")), True),
        # Hamshahri's text starts with the title again: the text alone.
        ("hamshahri_rss/hamshahri.jsonl", read_jsonl(corpora / "hamshahri_rss" / "hamshahri.jsonl", ("text",)), True),
    ]


def gazetteer_words(corpora: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in sorted((corpora / "parsner" / "gazetteers").glob("*.txt")):
        for line in path.open(encoding="utf-8-sig"):
            for word in WORD.findall(normalise(line)):
                counts[word] += 1
    return counts


def hazm_data(spec: str | None) -> tuple[dict[str, int], list[tuple[str, str]]]:
    """hazm's words.dat (word → frequency) and verbs.dat ((past, present) stems)."""
    if not spec:
        return {}, []
    path = Path(spec)
    if path.is_dir():
        words_text = (path / "words.dat").read_text(encoding="utf-8")
        verbs_text = (path / "verbs.dat").read_text(encoding="utf-8")
    else:
        with zipfile.ZipFile(path) as wheel:
            words_text = wheel.read("hazm/data/words.dat").decode("utf-8")
            verbs_text = wheel.read("hazm/data/verbs.dat").decode("utf-8")
    words: dict[str, int] = {}
    for line in io.StringIO(words_text):
        parts = line.rstrip("\n").split("\t")
        if parts and parts[0]:
            word = normalise(parts[0])
            if WORD.fullmatch(word):
                words[word] = words.get(word, 0) + (int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0)
    verbs: list[tuple[str, str]] = []
    for line in io.StringIO(verbs_text):
        line = normalise(line.strip())
        if "#" in line and not line.startswith("#"):
            past, present = line.split("#", 1)
            verbs.append((past, present))
    return words, verbs


def count_corpora(
    corpora: Path, holdout: int, heldout_out: list[str], bigrams: Counter[str] | None = None
) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Counts of every surface word (ZWNJ kept) over all documents, and per source.

    A document that writes a frequent می/نمی verb joined (میشود, میکنم: its ZWNJ spelling is seen at least
    SLOPPY_MIN times elsewhere) is careless about ZWNJs: only its ZWNJ spellings are counted, not its joined
    words, which would otherwise vote for spellings such as میرفتم (tweets are often written this way).
    """
    per_doc: list[tuple[str, Counter[str]]] = []
    skipped: Counter[str] = Counter()
    index = 0
    for name, docs, skip_plain in sources(corpora):
        for doc in docs:
            index += 1
            doc = normalise(doc)
            if skip_plain and ZWNJ not in doc:
                skipped[name] += 1
                continue
            if holdout and index % holdout == 0:
                heldout_out.append(name.split("/")[0] + "\t" + doc.replace("\n", " "))
                continue
            per_doc.append((name, Counter(WORD.findall(doc))))
            if bigrams is not None:
                bigrams.update(f"{a} {b}" for a, b in SPACED.findall(doc))
    with_zwnj: Counter[str] = Counter()
    for _, words in per_doc:
        for word, n in words.items():
            if ZWNJ in word:
                with_zwnj[word] += n
    frequent_verbs = {
        word.replace(ZWNJ, "")
        for word, n in with_zwnj.items()
        if n >= SLOPPY_MIN and word.startswith(("می" + ZWNJ, "نمی" + ZWNJ))
    }
    total: Counter[str] = Counter()
    per_source: dict[str, Counter[str]] = defaultdict(Counter)
    sloppy: Counter[str] = Counter()
    used: Counter[str] = Counter()
    for name, words in per_doc:
        used[name] += 1
        if any(word in frequent_verbs for word in words):
            sloppy[name] += 1
            words = Counter({word: n for word, n in words.items() if ZWNJ in word})
        per_source[name].update(words)
        total.update(words)
    for name in sorted(used):
        print(
            f"{name}: {used[name]} documents used ({sloppy[name]} careless: ZWNJ spellings only), "
            f"{skipped[name]} without any ZWNJ skipped",
            file=sys.stderr,
        )
    return total, per_source


def build(args: argparse.Namespace) -> None:
    corpora = Path(args.corpora)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    heldout: list[str] = []
    bigrams: Counter[str] = Counter()
    counts, _ = count_corpora(corpora, args.holdout, heldout, bigrams)
    gazetteer = gazetteer_words(corpora)
    hazm_words, hazm_verbs = hazm_data(args.hazm)

    # Surface counts: running text counts fully; gazetteer entries and hazm's lexicon are a weak vote (1 each),
    # so they decide only for words the running text never shows.
    surface: Counter[str] = Counter(counts)
    for word in gazetteer:
        surface[word] += 1
    for word in hazm_words:
        surface[word] += 1

    by_joined: dict[str, Counter[str]] = defaultdict(Counter)
    for word, n in surface.items():
        by_joined[word.replace(ZWNJ, "")][word] += n

    # forms.tsv: every joined spelling that was seen with a ZWNJ somewhere.
    forms_rows = []
    for joined, variants in by_joined.items():
        plain = variants.get(joined, 0)
        with_zwnj = [(n, form) for form, n in variants.items() if form != joined]
        if not with_zwnj:
            continue
        n, form = max(with_zwnj, key=lambda item: (item[0], item[1]))
        total_zwnj = sum(item[0] for item in with_zwnj)
        forms_rows.append((joined, form, n, total_zwnj, plain))
    forms_rows.sort()

    # words.tsv: words seen without ZWNJ (running text ≥ 2, or listed by the gazetteers or hazm).
    words_rows = []
    for joined, variants in by_joined.items():
        plain = variants.get(joined, 0)
        if plain == 0:
            continue
        if counts.get(joined, 0) >= 2 or joined in gazetteer or joined in hazm_words:
            words_rows.append((joined, plain))
    words_rows.sort()

    # Known stems for the affix statistics: words whose usual spelling is known.
    known = {joined for joined, _ in words_rows} | {row[0] for row in forms_rows}

    # affixes.tsv: how each suffix is written after a known stem, by the stem's last letter; prefixes likewise.
    # Counted by word type (each joined spelling votes once, with its most frequent spelling), so that a few
    # frequent lexicalised words (تنها is not تن + ها) do not outweigh the many regular ones.
    running: dict[str, Counter[str]] = defaultdict(Counter)
    for word, n in counts.items():
        running[word.replace(ZWNJ, "")][word] += n
    suffix_stats: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    # The same for any stem, known or not (a fallback for words whose stem was never seen alone).
    suffix_any: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    prefix_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    head_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    stem_counts = {joined: sum(variants.values()) for joined, variants in running.items()}
    word_prefix_stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for joined, variants in running.items():
        word = max(variants.items(), key=lambda item: (item[1], item[0]))[0]
        longest = True
        for suffix in SUFFIXES:
            if not joined.endswith(suffix) or len(joined) - len(suffix) < 2:
                continue
            stem = joined[: -len(suffix)]
            has = word.endswith(ZWNJ + suffix)
            if longest:
                suffix_any[(suffix, stem[-1])][0 if has else 1] += 1
                longest = False
            if stem not in known:
                continue
            if suffix.startswith("ا") and stem + "ا" in known:
                # دریای is دریا + ی, not دری + ای: such words say nothing about how ای is written.
                break
            if suffix.startswith("ه") and stem + "ه" in known:
                # جامعهای may be جامعه + ای as well as جامع + های: no vote either way.
                break
            suffix_stats[(suffix, stem[-1])][0 if has else 1] += 1
            break
        for prefix in PREFIXES:
            if joined.startswith(prefix) and len(joined) > len(prefix) + 1:
                prefix_stats[prefix][0 if word.startswith(prefix + ZWNJ) else 1] += 1
                break
        # Compound heads (کننده, نگاران, گرا, خانه ...): after a known word ending in a joining letter, is the
        # rest of the word written after a ZWNJ? Every split point of every word type votes once.
        if len(joined) >= 5:
            positions = {i - k for k, i in enumerate(j for j, ch in enumerate(word) if ch == ZWNJ)}
            for cut in range(2, len(joined) - 2):
                first, head = joined[:cut], joined[cut:]
                if first[-1] in NON_JOINING or head in SUFFIX_SET or stem_counts.get(first, 0) < HEAD_STEM_MIN:
                    continue
                head_stats[head][0 if cut in positions else 1] += 1
        for prefix in WORD_PREFIXES:
            rest = joined[len(prefix):]
            if joined.startswith(prefix) and len(rest) >= 3 and rest in known:
                word_prefix_stats[prefix][0 if word.startswith(prefix + ZWNJ) else 1] += 1

    today = datetime.date.today().isoformat()
    used = "ParsNER train_news/train_wiki + gazetteers, ParsTwiNER train (MIT), Fars News 1382-1400, Hamshahri RSS"
    if hazm_words:
        used += ", hazm 0.10.0 words.dat/verbs.dat (MIT)"
    header = [
        "# Rasad ZWNJ restoration data, built by tools/build_zwnj_lexicon.py on " + today,
        "# Sources: " + used + ".",
        "# Derived statistics (a model): the research-use corpora are not copied; only word spellings and counts.",
        "# Licence of this file: MIT (Rasad); hazm parts MIT (Roshan); corpus-derived counts are for research use",
        "# like their sources (ParsNER, Fars News, Hamshahri: research use; ParsTwiNER: MIT).",
    ]
    if args.holdout:
        header.append(f"# TUNING BUILD: every {args.holdout}th document/sentence held out.")

    def write(name: str, columns: str, rows: list[tuple]) -> None:
        with (out / name).open("w", encoding="utf-8") as handle:
            handle.write("\n".join(header) + "\n# columns: " + columns + "\n")
            for row in rows:
                handle.write("\t".join(str(value) for value in row) + "\n")
        print(f"{name}: {len(rows)} rows", file=sys.stderr)

    write("forms.tsv", "joined, best spelling with ZWNJ, its count, count of all ZWNJ spellings, count of joined spelling", forms_rows)
    write("words.tsv", "word (no ZWNJ), count", words_rows)
    affix_rows = [("suffix", suffix, last, n_zwnj, n_plain) for (suffix, last), (n_zwnj, n_plain) in sorted(suffix_stats.items())]
    affix_rows += [("suffix_any", suffix, last, n_zwnj, n_plain) for (suffix, last), (n_zwnj, n_plain) in sorted(suffix_any.items())]
    affix_rows += [
        ("head", head, "", n_zwnj, n_plain)
        for head, (n_zwnj, n_plain) in sorted(head_stats.items())
        if n_zwnj >= HEAD_MIN_ZWNJ and (n_zwnj + 0.5) / (n_zwnj + n_plain + 1.0) >= HEAD_KEEP_P
    ]
    affix_rows += [("prefix", prefix, "", n_zwnj, n_plain) for prefix, (n_zwnj, n_plain) in sorted(prefix_stats.items())]
    affix_rows += [("word_prefix", prefix, "", n_zwnj, n_plain) for prefix, (n_zwnj, n_plain) in sorted(word_prefix_stats.items())]
    write("affixes.tsv", "kind (suffix: after a known stem; suffix_any: after any stem; prefix: verb prefix; word_prefix: before a known word; head: second part of a compound after a known first word), affix, last letter of the stem (suffixes), word types with ZWNJ, word types without", affix_rows)
    # spaced.tsv: two words written with a space (رئیس جمهور, زمین مرکزی), the first ending in a joining letter,
    # whose joined spelling was never seen: written together, they are a compound that takes a ZWNJ.
    # Function words (the SPACED_COMMON most frequent words: در, به, است ...) start or end no such compound.
    common = {word for word, _ in counts.most_common(SPACED_COMMON)}
    spaced_rows = []
    for pair, n in bigrams.items():
        if n < SPACED_MIN:
            continue
        first, second = pair.split(" ")
        if first in common or second in common or first[-1] in NON_JOINING or len(first) < 2 or len(second) < 2 or first + second in by_joined:
            continue
        spaced_rows.append((first + second, first + ZWNJ + second, n))
    spaced_rows.sort()
    write("spaced.tsv", "joined, spelling with ZWNJ, count of the two words written with a space", spaced_rows)
    write("verbs.tsv", "past stem, present stem (hazm verbs.dat, MIT)", sorted(set(hazm_verbs)))
    if args.holdout:
        by_source: dict[str, list[str]] = defaultdict(list)
        for line in heldout:
            source, text = line.split("\t", 1)
            by_source[source].append(text)
        for source, lines in by_source.items():
            (out / f"heldout_{source}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
            print(f"heldout_{source}.txt: {len(lines)} lines", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpora", default=str(ROOT.parent / "shared" / "corpora"))
    parser.add_argument("--out", default=str(ROOT / "rasad" / "data" / "zwnj"))
    parser.add_argument("--hazm", default=None, help="hazm 0.10.0 wheel or its hazm/data directory (MIT word lists)")
    parser.add_argument("--holdout", type=int, default=0, help="keep every N-th document out (tuning builds)")
    build(parser.parse_args())


if __name__ == "__main__":
    main()

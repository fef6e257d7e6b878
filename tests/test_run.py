"""End to end on the five samples and on bad input, with a real DuckDB file."""

import json

from rasad.doc import Article, RawDocument
from rasad.normalise.letters import normalise_letters
from rasad.offsets import NormalisedText
from rasad.pipeline import Pipeline, default_stages
from rasad.runner import process, run, save
from rasad.store import open_store
from rasad.store.migrations import MIGRATIONS


def test_samples_are_stored_with_every_layer(sample_run):
    store, report = sample_run
    assert len(report.stored) == 5 and not report.failed and not report.duplicates
    assert store.count("articles") == 5
    assert store.schema_version == len(MIGRATIONS)
    assert store.count("mentions") > 50
    assert store.count("events") > 10


def test_rerun_stores_nothing_twice(sample_run, sample_paths):
    store, _ = sample_run
    again = run(sample_paths, store)
    assert not again.stored and len(again.duplicates) == 5
    assert store.count("articles") == 5


def test_every_span_points_into_the_original(sample_run):
    store, _ = sample_run
    originals = {row["content_hash"]: row["original"] for row in store.query("SELECT content_hash, original FROM articles")}
    for table, start, end in (("mentions", "start_char", "end_char"), ("dates", "start_char", "end_char"),
                              ("events", "evidence_start", "evidence_end"), ("quotes", "start_char", "end_char")):
        text_column = "evidence_text" if table == "events" else "text"
        for row in store.query(f"SELECT content_hash, {start} AS s, {end} AS e, {text_column} AS t FROM {table}"):
            assert originals[row["content_hash"]][row["s"]:row["e"]] == row["t"], table


def test_normalised_words_map_back_to_their_original_spelling(sample_run):
    store, _ = sample_run
    for row in store.query("SELECT original, normalised, norm_index FROM articles"):
        norm = NormalisedText.from_bytes(row["normalised"], row["norm_index"])
        position = 0
        for word in norm.text.split():
            position = norm.text.index(word, position)
            start, end = norm.to_original(position, position + len(word))
            original = normalise_letters(row["original"][start:end]).replace("\u200c", "")
            assert original == word.replace("\u200c", ""), (word, row["original"][start:end])
            position += len(word)


def test_bad_inputs_are_reported_and_the_rest_stored(tmp_path, sample_paths):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text(sample_paths[0].read_text(encoding="utf-8"), encoding="utf-8")
    # Older Persian sites: Windows-1256, which has only the Arabic ي and ك.
    (folder / "old_site.txt").write_bytes("وزير امور خارجه ايران با همتاي ترکيه ديدار کرد.".encode("cp1256"))
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "empty.txt").write_bytes(b"")
    records = [{"id": "a1", "text": "رئیس جمهور روسیه به تهران سفر کرد."}, "{not json", {"id": "a3", "text": "سخنگوی وزارت امور خارجه حمله را محکوم کرد."}]
    (folder / "feed.jsonl").write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records), encoding="utf-8"
    )
    store = open_store(tmp_path / "bad.duckdb")
    report = run([folder], store)
    stored = {source.rsplit("/", 1)[-1] for source in report.stored}
    assert stored == {"good.txt", "old_site.txt", "feed.jsonl#a1", "feed.jsonl#a3"}
    failed = {error.source.rsplit("/", 1)[-1]: error for error in report.failed}
    assert set(failed) >= {"binary.txt", "empty.txt"}
    assert any("feed.jsonl" in error.source and "2" in error.reason for error in report.failed)
    assert len(store.errors(report.run_id)) == len(report.failed)
    store.close()


def test_an_office_keeps_the_name_each_article_gives_it(tmp_path):
    from rasad.exports import event_records

    (tmp_path / "a.txt").write_text("رئیس جمهوری اسلامی ایران و امیر قطر تلفنی گفتگو کردند.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("رئیس‌جمهور با امیر کویت تلفنی گفتگو کرد.", encoding="utf-8")
    store = open_store(tmp_path / "names.duckdb")
    run([tmp_path], store)
    names = {(e["doc_id"], e["source"]["name"]) for e in event_records(store)}
    store.close()
    assert names == {("a", "رئیس جمهوری اسلامی ایران"), ("b", "رئیس‌جمهور")}


def test_an_article_the_store_refuses_is_reported_and_leaves_no_rows(tmp_path):
    article = Article.from_raw(RawDocument(
        doc_id="twice", source="twice.txt", text="ولادیمیر پوتین حمله رژیم صهیونیستی به غزه را محکوم کرد."))
    assert process(article, Pipeline(default_stages())) is None and article.events
    article.events.append(article.events[0])  # the same event id twice breaks the events table's key
    store = open_store(tmp_path / "refused.duckdb")
    error = save(article, store)
    assert error is not None and error.code == "store_failed" and "twice" in error.reason
    assert store.count("articles") == 0 and store.count("mentions") == 0
    store.close()

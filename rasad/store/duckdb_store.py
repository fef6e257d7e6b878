"""The embedded DuckDB store: one writer, named migrations, one transaction per article."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import duckdb

from rasad.doc import Article, IngestError
from rasad.store.migrations import MIGRATIONS

DEFAULT_DB = "rasad.duckdb"


class StoreWriteError(RuntimeError):
    """An article the database refused (its transaction rolled back; the store is as it was)."""


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Store:
    def __init__(self, connection: duckdb.DuckDBPyConnection):
        self.db = connection
        self._migrate()

    # -- schema ---------------------------------------------------------------------------------------
    def _migrate(self) -> None:
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations "
            "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
        )
        applied = {row[0] for row in self.db.execute("SELECT version FROM schema_migrations").fetchall()}
        for version, (name, sql) in enumerate(MIGRATIONS, start=1):
            if version in applied:
                continue
            with self.transaction():
                self.db.execute(sql)
                self.db.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", [version, name, _now()])

    @property
    def schema_version(self) -> int:
        return self.db.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN TRANSACTION")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    # -- runs -----------------------------------------------------------------------------------------
    def start_run(self, inputs: Sequence[str]) -> int:
        run_id = self.db.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        self.db.execute("INSERT INTO runs (run_id, started_at, inputs) VALUES (?, ?, ?)", [run_id, _now(), list(inputs)])
        return run_id

    def finish_run(self, run_id: int, stored: int, duplicates: int, failed: int) -> None:
        self.db.execute(
            "UPDATE runs SET finished_at = ?, stored = ?, duplicates = ?, failed = ? WHERE run_id = ?",
            [_now(), stored, duplicates, failed, run_id],
        )

    def record_error(self, run_id: int | None, error: IngestError) -> None:
        self.db.execute(
            "INSERT INTO ingest_errors VALUES (?, ?, ?, ?, ?)", [run_id, error.source, error.code, error.reason, _now()]
        )

    # -- articles -------------------------------------------------------------------------------------
    def has_article(self, content_hash: str) -> bool:
        row = self.db.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        return row is not None

    def save_article(self, article: Article, run_id: int | None = None) -> None:
        """Write an article and every layer the pipeline gave it, all or nothing."""
        if article.norm is None:
            raise ValueError(f"{article.doc_id}: cannot store an article that was not normalised")
        try:
            self._write_article(article, run_id)
        except duckdb.Error as exc:
            raise StoreWriteError(f"{article.doc_id}: the store refused the article: {exc}") from exc

    def _write_article(self, article: Article, run_id: int | None) -> None:
        raw, story, key = article.raw, article.story, article.content_hash
        with self.transaction():
            self.db.execute(
                "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    key, raw.doc_id, raw.source, raw.format, raw.encoding,
                    story.title if story else raw.title, raw.url,
                    story.publisher if story else raw.publisher,
                    story.credited if story else [],
                    story.published if story else None,
                    story.published_at if story else None,
                    story.news_code if story else None,
                    raw.text, article.norm.text, article.norm.to_bytes(),
                    [[span.start, span.end] for span in article.boilerplate],
                    run_id, _now(),
                ],
            )
            self._insert_many(
                "dates",
                [(key, d.start, d.end, d.text, d.value, d.granularity, d.relative) for d in article.dates],
            )
            self._save_actors(article)
            self._insert_many(
                "mentions",
                [(key, m.start, m.end, m.text, m.type, m.actor_id, m.how, m.title) for m in article.mentions],
            )
            self._insert_many(
                "events",
                [
                    (
                        e.event_id, key, raw.doc_id, e.type, e.mode, e.source, e.target, e.date, e.location,
                        e.location_country, e.evidence.start, e.evidence.end, e.evidence.text, e.trigger,
                        e.confidence, e.future, None,
                    )
                    for e in article.events
                ],
            )
            self._insert_many(
                "quotes",
                [
                    (q.quote_id, key, q.speaker, q.text.start, q.text.end, q.text.text, q.cue, q.direct)
                    for q in article.quotes
                ],
            )

    def _save_actors(self, article: Article) -> None:
        for actor in article.actors.values():
            # A known actor's registry record wins over one first met as an unknown name.
            self.db.execute(
                "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (actor_id) DO UPDATE SET "
                "name = excluded.name, name_en = excluded.name_en, kind = excluded.kind, "
                "country = excluded.country, sector = excluded.sector, known = excluded.known "
                "WHERE excluded.known OR NOT actors.known",
                [actor.id, actor.name, actor.name_en, actor.kind, actor.country, actor.sector, actor.known],
            )
        self._insert_many(
            "article_actors",
            [(article.content_hash, actor.id, actor.role, actor.name) for actor in article.actors.values()],
        )

    def _insert_many(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            self.db.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    # -- queries (the CLI and the API read through these) ---------------------------------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        columns = [column[0] for column in cursor.description]
        return [dict(zip(columns, row)) for row in cursor.fetchall()]

    def count(self, table: str) -> int:
        return self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def event_rows(self, doc_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """Events with their actors (and each actor's role in that article) and article metadata."""
        # the name this article gives the actor: "رئیس جمهوری اسلامی ایران" here, "رئیس‌جمهور" elsewhere
        actor_columns = ", ".join(
            f"coalesce({side}_role.name, {side}.name) AS {side}_name, "
            + ", ".join(f"{side}.{column} AS {side}_{column}" for column in ("name_en", "kind", "country", "sector"))
            for side in ("src", "tgt")
        )
        sql = f"""
            SELECT e.*, a.url, a.title, a.publisher, a.published, a.source AS article_source, {actor_columns},
                   src_role.role AS src_role, tgt_role.role AS tgt_role
            FROM events e
            JOIN articles a USING (content_hash)
            LEFT JOIN actors src ON src.actor_id = e.source_id
            LEFT JOIN actors tgt ON tgt.actor_id = e.target_id
            LEFT JOIN article_actors src_role ON src_role.content_hash = e.content_hash AND src_role.actor_id = e.source_id
            LEFT JOIN article_actors tgt_role ON tgt_role.content_hash = e.content_hash AND tgt_role.actor_id = e.target_id
            {"WHERE e.doc_id IN (SELECT unnest(?))" if doc_ids is not None else ""}
            ORDER BY e.doc_id, e.evidence_start
        """
        return self.query(sql, [list(doc_ids)] if doc_ids is not None else [])

    def cluster_rows(self) -> list[dict[str, Any]]:
        return self.query(
            """SELECT e.event_id, e.type, e.mode, e.source_id, e.target_id, e.event_date, e.evidence_text, a.published
               FROM events e JOIN articles a USING (content_hash)"""
        )

    def set_clusters(self, clusters: dict[str, str]) -> None:
        with self.transaction():
            self.db.execute("CREATE TEMP TABLE IF NOT EXISTS new_clusters (event_id VARCHAR, cluster_id VARCHAR)")
            self.db.execute("DELETE FROM new_clusters")
            if clusters:
                self.db.executemany("INSERT INTO new_clusters VALUES (?, ?)", list(clusters.items()))
            self.db.execute(
                "UPDATE events SET cluster_id = n.cluster_id FROM new_clusters n WHERE events.event_id = n.event_id"
            )

    def actor_summary(self, limit: int) -> list[dict[str, Any]]:
        return self.query(
            """SELECT a.actor_id, a.name, a.name_en, a.kind, a.country, a.sector,
                      count(*) AS mentions, count(DISTINCT m.content_hash) AS articles,
                      (SELECT list(DISTINCT r.role) FROM article_actors r
                        WHERE r.actor_id = a.actor_id AND r.role IS NOT NULL) AS roles
               FROM mentions m JOIN actors a ON a.actor_id = m.actor_id
               GROUP BY ALL ORDER BY mentions DESC, a.actor_id LIMIT ?""",
            [limit],
        )

    def quote_rows(self) -> list[dict[str, Any]]:
        return self.query(
            """SELECT q.*, a.doc_id, coalesce(r.name, s.name) AS name, s.name_en, s.kind, s.country, s.sector, r.role
               FROM quotes q JOIN articles a USING (content_hash)
               LEFT JOIN actors s ON s.actor_id = q.speaker_id
               LEFT JOIN article_actors r ON r.content_hash = q.content_hash AND r.actor_id = q.speaker_id
               ORDER BY a.doc_id, q.start_char"""
        )

    def story_rows(self) -> list[dict[str, Any]]:
        return self.query("SELECT doc_id, content_hash, publisher, credited, published, title FROM articles ORDER BY doc_id")

    def copy_query_to(self, sql: str, path: str, file_format: str) -> None:
        """Write a query's result with DuckDB's own CSV/Parquet writer."""
        options = "FORMAT PARQUET" if file_format == "parquet" else "FORMAT CSV, HEADER"
        target = path.replace("'", "''")
        self.db.execute(f"COPY ({sql}) TO '{target}' ({options})")

    def errors(self, run_id: int | None = None) -> list[dict[str, Any]]:
        if run_id is None:
            return self.query("SELECT * FROM ingest_errors ORDER BY reported_at")
        return self.query("SELECT * FROM ingest_errors WHERE run_id = ? ORDER BY reported_at", [run_id])


def open_store(path: str | Path = DEFAULT_DB) -> Store:
    """Open a DuckDB store file, creating and migrating it if needed."""
    return Store(duckdb.connect(str(path)))

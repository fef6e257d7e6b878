"""Named schema migrations, applied in order inside one transaction each and recorded in the store.

Append a migration to change the schema; never edit one that has shipped. The SQL is plain ANSI as far as
possible so the PostgreSQL store can share it.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[str, str]] = [
    (
        "core: runs, articles, ingest errors, dates",
        """
        CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY,
            started_at TIMESTAMPTZ NOT NULL,
            finished_at TIMESTAMPTZ,
            inputs VARCHAR[],
            stored INTEGER DEFAULT 0,
            duplicates INTEGER DEFAULT 0,
            failed INTEGER DEFAULT 0
        );
        CREATE TABLE articles (
            content_hash VARCHAR PRIMARY KEY,
            doc_id VARCHAR NOT NULL,
            source VARCHAR NOT NULL,
            format VARCHAR NOT NULL,
            encoding VARCHAR,
            title VARCHAR,
            url VARCHAR,
            publisher VARCHAR,
            credited VARCHAR[],
            published DATE,
            published_at TIMESTAMPTZ,
            news_code VARCHAR,
            original VARCHAR NOT NULL,
            normalised VARCHAR NOT NULL,
            norm_index BLOB NOT NULL,
            boilerplate INTEGER[][],
            run_id INTEGER,
            ingested_at TIMESTAMPTZ NOT NULL
        );
        CREATE INDEX articles_doc_id ON articles (doc_id);
        CREATE TABLE ingest_errors (
            run_id INTEGER,
            source VARCHAR NOT NULL,
            code VARCHAR NOT NULL,
            reason VARCHAR NOT NULL,
            reported_at TIMESTAMPTZ NOT NULL
        );
        CREATE TABLE dates (
            content_hash VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            value DATE NOT NULL,
            granularity VARCHAR NOT NULL,
            relative BOOLEAN NOT NULL
        );
        """,
    ),
    (
        "actors, mentions, events, quotes",
        """
        CREATE TABLE actors (
            actor_id VARCHAR PRIMARY KEY,
            name VARCHAR NOT NULL,
            name_en VARCHAR,
            kind VARCHAR NOT NULL,
            country VARCHAR,
            sector VARCHAR,
            known BOOLEAN NOT NULL
        );
        CREATE TABLE article_actors (
            content_hash VARCHAR NOT NULL,
            actor_id VARCHAR NOT NULL,
            role VARCHAR
        );
        CREATE TABLE mentions (
            content_hash VARCHAR NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            actor_id VARCHAR,
            how VARCHAR NOT NULL,
            title VARCHAR
        );
        CREATE TABLE events (
            event_id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            doc_id VARCHAR NOT NULL,
            type VARCHAR NOT NULL,
            mode VARCHAR,
            source_id VARCHAR,
            target_id VARCHAR,
            event_date DATE,
            location VARCHAR,
            location_country VARCHAR,
            evidence_start INTEGER NOT NULL,
            evidence_end INTEGER NOT NULL,
            evidence_text VARCHAR NOT NULL,
            trigger VARCHAR NOT NULL,
            confidence DOUBLE NOT NULL,
            future BOOLEAN NOT NULL,
            cluster_id VARCHAR
        );
        CREATE TABLE quotes (
            quote_id VARCHAR PRIMARY KEY,
            content_hash VARCHAR NOT NULL,
            speaker_id VARCHAR,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text VARCHAR NOT NULL,
            cue VARCHAR NOT NULL,
            direct BOOLEAN NOT NULL
        );
        """,
    ),
    (
        "article_actors.name: the name an article gives an actor it names only by a title",
        """
        ALTER TABLE article_actors ADD COLUMN name VARCHAR;
        """,
    ),
]

"""Export formats: events-jsonl (FORMAT.md), plover-json (PLOVER's field names), csv and parquet.

Every format reads the store through :class:`rasad.store.Store`; `rasad eval` scores exactly what
``events-jsonl`` writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from rasad import __version__
from rasad.store import Store

FORMATS = ("events-jsonl", "plover-json", "csv", "parquet")
TABULAR_SQL = """
    SELECT e.event_id, e.doc_id, e.type AS event_type, e.mode AS event_mode, e.source_id, src.name AS source_name,
           src.name_en AS source_name_en, src.country AS source_country, src.sector AS source_sector,
           e.target_id, tgt.name AS target_name, tgt.name_en AS target_name_en, tgt.country AS target_country,
           tgt.sector AS target_sector, e.event_date, e.location, e.location_country, e.evidence_start,
           e.evidence_end, e.evidence_text, e.trigger, e.confidence, e.future, e.cluster_id
    FROM events e LEFT JOIN actors src ON src.actor_id = e.source_id LEFT JOIN actors tgt ON tgt.actor_id = e.target_id
    ORDER BY e.doc_id, e.evidence_start
"""
QUAD_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3,
    "PROTEST": 4, "SANCTION": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}
SYMMETRIC_MODES = {"phone", "meeting", "multilateral", None}


def _actor(row: dict[str, Any], side: str, id_column: str) -> dict[str, Any] | None:
    if row.get(id_column) is None:
        return None
    fields = ("name", "name_en", "kind", "country", "sector", "role")
    return {"id": row[id_column], **{field: row.get(f"{side}_{field}") for field in fields}}


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def event_records(store: Store, doc_ids: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Events in the events-jsonl format of FORMAT.md."""
    for row in store.event_rows(doc_ids):
        yield {
            "doc_id": row["doc_id"],
            "event_id": row["event_id"],
            "event_type": row["type"],
            "event_mode": row["mode"],
            "source": _actor(row, "src", "source_id"),
            "target": _actor(row, "tgt", "target_id"),
            "event_date": _iso(row["event_date"]),
            "location": {"name": row["location"], "country": row["location_country"]} if row["location"] else None,
            "evidence": {"text": row["evidence_text"], "start": row["evidence_start"], "end": row["evidence_end"]},
            "confidence": row["confidence"],
            "trigger": row["trigger"],
            "future": row["future"],
            "cluster_id": row["cluster_id"],
        }


def quote_records(store: Store) -> Iterator[dict[str, Any]]:
    for row in store.quote_rows():
        speaker = None
        if row["speaker_id"]:
            fields = ("name", "name_en", "kind", "country", "sector", "role")
            speaker = {"id": row["speaker_id"], **{field: row[field] for field in fields}}
        yield {
            "doc_id": row["doc_id"], "quote_id": row["quote_id"], "speaker": speaker, "text": row["text"],
            "start": row["start_char"], "end": row["end_char"], "cue": row["cue"], "direct": row["direct"],
        }


def _plover_entity(actor: dict[str, Any] | None) -> list[dict[str, Any]]:
    if actor is None:
        return []
    return [{
        "code": actor["country"], "sector": actor["sector"], "entity_text": actor["name"],
        "identifier_id": actor["id"], "identifier_text": actor["name_en"], "office": actor["role"],
    }]


def plover_records(store: Store) -> Iterator[dict[str, Any]]:
    """PLOVER JSON: its field names and semantics (planned meetings are AGREE, symmetric meetings list
    every participant as actor)."""
    coded = datetime.now(timezone.utc)
    for record in event_records(store):
        event_type, mode = record["event_type"], record["event_mode"]
        source, target = record["source"], record["target"]
        if event_type == "CONSULT" and record["future"]:
            event_type, mode = "AGREE", None
        actors, recipients = _plover_entity(source), _plover_entity(target)
        if event_type == "CONSULT" and mode in SYMMETRIC_MODES - {"multilateral"}:
            actors, recipients = actors + recipients, []
        plover_mode = [] if mode in (None, "meeting") else [mode]
        yield {
            "id": record["event_id"],
            "date": record["event_date"],
            "actor": actors,
            "event": [event_type],
            "recipient": recipients,
            "mode": plover_mode,
            "quad_code": QUAD_CLASS[event_type],
            "event_loc": {"extracted_place": record["location"]["name"], "country_code": record["location"]["country"]}
            if record["location"] else None,
            "event_text": [record["evidence"]["text"]],
            "text_info": {"start": record["evidence"]["start"], "end": record["evidence"]["end"]},
            "cite_info": {"citation": record["doc_id"], "language": "fa", "coder": f"rasad {__version__}"},
            "coder": f"rasad {__version__}",
            "coded_date": coded.date().isoformat(),
            "coded_time": coded.strftime("%H:%M:%S"),
            "comment": "planned meeting (Rasad codes it CONSULT)" if record["future"] and record["event_type"] == "CONSULT" else None,
        }


def export(store: Store, file_format: str, out: TextIO | Path) -> int:
    """Write every stored event in ``file_format``; returns the number of events written."""
    if file_format in ("csv", "parquet"):
        if not isinstance(out, Path):
            raise ValueError(f"{file_format} export needs --out FILE")
        store.copy_query_to(TABULAR_SQL, str(out), file_format)
        return store.count("events")
    if file_format not in FORMATS:
        raise ValueError(f"unknown format {file_format!r}; choose one of {', '.join(FORMATS)}")
    records = list(event_records(store) if file_format == "events-jsonl" else plover_records(store))
    text = "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    if isinstance(out, Path):
        out.write_text(text, encoding="utf-8")
    else:
        out.write(text)
    return len(records)

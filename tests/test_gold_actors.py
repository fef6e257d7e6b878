"""Issue 3's bar on the five samples: every gold actor that takes part in an event is found and resolved,
and no two gold actors are merged into one system actor."""

import dataclasses
from pathlib import Path

import pytest

from rasad.evaluation.runner import gold_document, load_gold
from rasad.evaluation.scoring import actor_matches
from rasad.doc import Article
from rasad.pipeline import Pipeline, default_stages
from rasad.runner import process

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
GOLD = load_gold(SHARED / "gold" / "seeds.jsonl")


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline([stage for stage in default_stages() if stage.name != "events"])


@pytest.mark.parametrize("record", GOLD, ids=[record["doc_id"] for record in GOLD])
def test_event_actors_are_found_resolved_and_kept_apart(pipeline, record):
    article = Article.from_raw(gold_document(record, SHARED))
    assert process(article, pipeline) is None
    system = [dataclasses.asdict(actor) for actor in article.actors.values()]
    taking_part = {e["source"] for e in record["events"]} | {e["target"] for e in record["events"] if e["target"]}
    for gold_id in sorted(taking_part):
        gold = record["actors"][gold_id]
        assert any(actor_matches(actor, gold) for actor in system), f"{gold_id} ({gold['name']}) not found"
    for actor in system:
        matched = [gold_id for gold_id in taking_part if actor_matches(actor, record["actors"][gold_id])]
        assert len(matched) <= 1, f"{actor['id']} merges {matched}"

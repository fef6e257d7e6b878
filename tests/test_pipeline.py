import pytest

from rasad.doc import Article, RawDocument
from rasad.pipeline import Pipeline, PipelineError, default_stages
from rasad.runner import process


class _Broken:
    name = "broken"
    requires = ("norm",)
    assigns = ("nothing",)

    def find(self, article):
        raise RuntimeError("boom")

    def assign(self, article, found):
        raise AssertionError("never reached")


def test_default_stages_are_in_a_valid_order():
    names = Pipeline(default_stages()).names
    assert names == ["boilerplate", "normalise", "story", "dates", "actors", "events"]


def test_a_requirement_nobody_produces_is_refused():
    stages = default_stages()
    with pytest.raises(PipelineError, match="requires"):
        Pipeline([stages[1]])  # normalise needs boilerplate first


def test_a_failing_stage_is_reported_against_the_document():
    stages = default_stages()[:2] + [_Broken()]
    article = Article.from_raw(RawDocument(doc_id="x", source="x.txt", text="متن خبر"))
    error = process(article, Pipeline(stages))
    assert error is not None and error.code == "stage_failed" and "broken" in error.reason and "boom" in error.reason

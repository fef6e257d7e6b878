"""The stage protocol and the explicit list of stages.

A stage is a callable over an :class:`~rasad.doc.Article` that declares what it ``requires`` (layers that
must exist before it runs) and what it ``assigns``. Stages keep finding apart from writing: ``find``
computes a result from the article without touching it, ``assign`` stores it. :class:`Pipeline` checks
at construction that every requirement is produced upstream, so a misordered pipeline fails at once,
not half-way through a corpus.

Layers: ``raw`` (always present), ``boilerplate``, ``norm``, ``story``, ``dates``, ``mentions``,
``actors``, ``events``, ``quotes``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

from rasad.doc import Article


@runtime_checkable
class Stage(Protocol):
    name: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def find(self, article: Article) -> Any: ...

    def assign(self, article: Article, found: Any) -> None: ...


class PipelineError(ValueError):
    pass


class Pipeline:
    def __init__(self, stages: Sequence[Stage]):
        available = {"raw"}
        for stage in stages:
            missing = set(stage.requires) - available
            if missing:
                raise PipelineError(f"stage {stage.name!r} requires {sorted(missing)}, produced by no earlier stage")
            available.update(stage.assigns)
        self.stages = list(stages)

    @property
    def names(self) -> list[str]:
        return [stage.name for stage in self.stages]


def default_stages() -> list[Stage]:
    """The full pipeline, in order. Imported lazily so that loading one stage's data never slows another."""
    from rasad.actors.stage import ActorsStage
    from rasad.dates.stage import DatesStage
    from rasad.events.stage import EventsStage
    from rasad.ingest.stage import BoilerplateStage, StoryStage
    from rasad.normalise.stage import NormaliseStage

    factories: list[Callable[[], Stage]] = [
        BoilerplateStage, NormaliseStage, StoryStage, DatesStage, ActorsStage, EventsStage,
    ]
    return [factory() for factory in factories]

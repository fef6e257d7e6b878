"""The events stage: PLOVER events and quotes with evidence spans in the original text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from rasad.doc import Article, Event, Quote
from rasad.events.engine import EventCoder
from rasad.events.lexicon import load_triggers


@dataclass
class EventFindings:
    events: list[Event]
    quotes: list[Quote]


def _stable_id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()[:16]


class EventsStage:
    name = "events"
    requires = ("norm", "story", "dates", "mentions", "actors")
    assigns = ("events", "quotes")

    def __init__(self, coder: EventCoder | None = None):
        self.coder = coder or EventCoder(load_triggers())

    def find(self, article: Article) -> EventFindings:
        if article.norm is None:
            raise ValueError("events stage needs the normalised text")
        story_date = article.story.published if article.story else None
        countries = {actor_id: actor.country for actor_id, actor in article.actors.items()}
        reporters = frozenset(
            actor_id for actor_id, actor in article.actors.items() if actor.kind == "organization" and actor.sector == "MED"
        )
        coded, coded_quotes = self.coder.code(article.norm.text, article.mentions, article.dates, story_date, countries, reporters)
        events = []
        for item in coded:
            evidence = article.span_from_norm(item.start, item.end)
            place = article.actors.get(item.location.actor_id) if item.location is not None else None
            location_country = place.country if place is not None else None
            location = item.location.text if item.location is not None else None
            if place is not None and item.location.how == "anaphora":
                location = place.name  # «در این کشور»: the state it stands for, not the words
            events.append(Event(
                event_id=_stable_id(article.content_hash, item.trigger.type, item.trigger.mode, item.source, item.target, evidence.start),
                type=item.trigger.type,
                mode=item.trigger.mode,
                source=item.source,
                target=item.target,
                date=item.date,
                location=location,
                location_country=location_country,
                evidence=evidence,
                trigger=item.trigger.id,
                confidence=round(max(0.05, min(1.0, item.confidence)), 2),
                future=item.future,
            ))
        quotes = [
            Quote(
                quote_id=_stable_id(article.content_hash, "quote", quote.span.start),
                speaker=quote.speaker,
                text=article.span_from_norm(quote.span.start, quote.span.end),
                cue=quote.span.cue,
                direct=quote.span.direct,
            )
            for quote in coded_quotes
        ]
        return EventFindings(events, quotes)

    def assign(self, article: Article, found: EventFindings) -> None:
        article.events = found.events
        article.quotes = found.quotes

"""The article record that flows through the pipeline.

An :class:`Article` keeps the original text untouched; every layer a stage adds (boilerplate ranges, the
normalised text, dates, mentions, events, quotes) refers back to it with character offsets, so any fact
Rasad reports can be quoted from exactly the text the user gave us.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from rasad.offsets import NormalisedText


@dataclass(frozen=True)
class RawDocument:
    """One document as read from its container, before any processing.

    ``text`` is the decoded original; all offsets anywhere in Rasad point into it.
    ``published`` and ``publisher`` are what the container said (HTML metadata, JSONL fields), if anything.
    """

    doc_id: str
    source: str
    text: str
    format: str = "txt"
    title: str | None = None
    url: str | None = None
    published: str | None = None
    publisher: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class IngestError:
    """A document (or one line of a container) that could not be read, and why."""

    source: str
    code: str
    reason: str


@dataclass(frozen=True)
class Span:
    """A stretch of the original text: ``text == original[start:end]``."""

    start: int
    end: int
    text: str


@dataclass
class Story:
    """What the article says about itself: who published it, whom it credits, when."""

    title: str | None = None
    publisher: str | None = None
    publisher_span: Span | None = None
    credited: list[str] = field(default_factory=list)
    credited_spans: list[Span] = field(default_factory=list)  # where the credited outlets stand in the original
    published: date | None = None
    published_at: datetime | None = None
    news_code: str | None = None


@dataclass(frozen=True)
class DateMention:
    """A date expression found in the text and its resolved value.

    ``granularity`` is ``day``, ``month`` or ``year``: "خرداد ۱۴۰۳" resolves to 2024-05-21 with month
    granularity. ``relative`` tells whether the value depended on the story date ("دوشنبه", "امروز").
    """

    start: int
    end: int
    text: str
    value: date
    granularity: str
    relative: bool
    norm_start: int = -1
    norm_end: int = -1


def content_hash(text: str) -> str:
    """SHA-256 of the original text: the identity used to store nothing twice."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class ActorRecord:
    """An actor as reported: a registry actor, a state, or one Rasad met for the first time in this text."""

    id: str
    name: str
    name_en: str | None
    kind: str
    country: str | None
    sector: str | None
    role: str | None = None
    known: bool = True


@dataclass(frozen=True)
class Mention:
    """A mention of an actor, a place or a date: original offsets, entity type, resolved actor id.

    ``type`` is PER, ORG, LOC or DATE. ``how`` says what found or resolved it (gazetteer, title, tagger,
    surname, pronoun, role, ...), for auditing.
    """

    start: int
    end: int
    text: str
    type: str
    actor_id: str | None
    how: str
    title: str | None = None
    norm_start: int = -1
    norm_end: int = -1


@dataclass
class Event:
    """One coded event with its evidence span in the original text."""

    event_id: str
    type: str
    mode: str | None
    source: str | None
    target: str | None
    date: date | None
    location: str | None
    location_country: str | None
    evidence: Span
    trigger: str
    confidence: float
    future: bool = False


@dataclass
class Quote:
    """Direct or indirect speech with its speaker."""

    quote_id: str
    speaker: str | None
    text: Span
    cue: str
    direct: bool


@dataclass
class Article:
    """A document plus every layer the pipeline stages add to it."""

    raw: RawDocument
    content_hash: str
    boilerplate: list[Span] = field(default_factory=list)
    norm: NormalisedText | None = None
    story: Story | None = None
    dates: list[DateMention] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    actors: dict[str, ActorRecord] = field(default_factory=dict)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    @classmethod
    def from_raw(cls, raw: RawDocument) -> Article:
        return cls(raw=raw, content_hash=content_hash(raw.text))

    @property
    def doc_id(self) -> str:
        return self.raw.doc_id

    @property
    def original(self) -> str:
        return self.raw.text

    def span(self, start: int, end: int) -> Span:
        """A span of the original text by original offsets."""
        return Span(start, end, self.raw.text[start:end])

    def span_from_norm(self, start: int, end: int) -> Span:
        """Map a span of the normalised text back to the original text."""
        if self.norm is None:
            raise ValueError(f"{self.doc_id}: no normalised text yet")
        o_start, o_end = self.norm.to_original(start, end)
        return self.span(o_start, o_end)

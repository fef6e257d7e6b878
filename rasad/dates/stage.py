"""The dates stage: every date expression, resolved against the story date, with original offsets."""

from __future__ import annotations

from dataclasses import replace

from rasad.dates import find_dates
from rasad.doc import Article, DateMention


class DatesStage:
    name = "dates"
    requires = ("norm", "story")
    assigns = ("dates",)

    def find(self, article: Article) -> list[DateMention]:
        if article.norm is None:
            raise ValueError("dates stage needs the normalised text")
        anchor = article.story.published if article.story else None
        found = []
        for mention in find_dates(article.norm.text, anchor):
            span = article.span_from_norm(mention.start, mention.end)
            found.append(replace(mention, start=span.start, end=span.end, text=span.text,
                                 norm_start=mention.start, norm_end=mention.end))
        return found

    def assign(self, article: Article, found: list[DateMention]) -> None:
        article.dates = found

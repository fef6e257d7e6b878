"""The boilerplate and story stages: what later stages must not read, and what the article says of itself."""

from __future__ import annotations

from rasad.doc import Article, Span, Story
from rasad.ingest.boilerplate import find_boilerplate
from rasad.ingest.story import extract_story


class BoilerplateStage:
    name = "boilerplate"
    requires = ("raw",)
    assigns = ("boilerplate",)

    def find(self, article: Article) -> list[Span]:
        return find_boilerplate(article.original)

    def assign(self, article: Article, found: list[Span]) -> None:
        article.boilerplate = found


class StoryStage:
    name = "story"
    requires = ("raw", "boilerplate")
    assigns = ("story",)

    def find(self, article: Article) -> Story:
        return extract_story(article.raw, article.boilerplate)

    def assign(self, article: Article, found: Story) -> None:
        article.story = found

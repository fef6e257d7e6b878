"""The normalise stage: one normalised text per article, with its map back to the original."""

from __future__ import annotations

from collections.abc import Iterable

from rasad.doc import Article, Span
from rasad.normalise.letters import normalise_spans
from rasad.normalise.zwnj import ZwnjRestorer
from rasad.offsets import NormalisedText


def normalise_text(text: str, remove: Iterable[Span] = (), restore_zwnj: bool = True) -> NormalisedText:
    """Normalise ``text``, leaving out the ``remove`` spans (boilerplate), keeping the offset map."""
    norm = NormalisedText.identity(text)
    norm = norm.rewrite((span.start, span.end, "") for span in sorted(remove, key=lambda span: span.start))
    norm = normalise_spans(norm)
    if restore_zwnj:
        restorer = ZwnjRestorer.load()
        norm = norm.rewrite((point, point, "\u200c") for point in restorer.insertion_points(norm.text))
    return norm


class NormaliseStage:
    name = "normalise"
    requires = ("raw", "boilerplate")
    assigns = ("norm",)

    def find(self, article: Article) -> NormalisedText:
        return normalise_text(article.original, article.boilerplate)

    def assign(self, article: Article, found: NormalisedText) -> None:
        article.norm = found

"""«این روزنامه», «این سازمان»: a demonstrative and a kind of body refer back to the nearest body of that kind
the article named before it (``rasad/data/actors/demonstratives.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterable

from rasad.actors.finder import Candidate, free_of
from rasad.actors.gazetteer import compact_key
from rasad.doc import ActorRecord


ANTECEDENT_REACH = 1500  # characters back a demonstrative may refer: a few paragraphs


@dataclass(frozen=True)
class BodyKind:
    heads: frozenset[str]  # compact keys of the words a body's name may open with
    sectors: frozenset[str]
    kinds: frozenset[str]
    word: re.Pattern[str]  # the kind noun or a head written as a word of its own, not after «این»

    def names(self, text: str, record: ActorRecord | None, kind_heads: frozenset[str]) -> bool:
        """Whether a body written ``text`` (its actor ``record``, if any) is of this kind: its name opens with
        one of the kind's heads, or with no kind's head (``kind_heads``: «خبرگزاری فارس» is no newspaper) and
        its sector or kind is the kind's."""
        heads = {compact_key(words[0]) for words in (text.split(), record.name.split() if record else []) if words}
        if heads & self.heads:
            return True
        return not heads & kind_heads and record is not None and (
            record.kind in ("organization", "group") and (record.sector in self.sectors or record.kind in self.kinds)
        )


class DemonstrativeFinder:
    def __init__(self, lexicon: Iterable[dict[str, Any]]):
        self.kinds = {
            compact_key(entry["noun"]): BodyKind(
                frozenset(compact_key(head) for head in entry.get("heads") or ()),
                frozenset(entry.get("sectors") or ()),
                frozenset(entry.get("kinds") or ()),
                _word_pattern({entry["noun"], *(entry.get("heads") or ())}),
            )
            for entry in lexicon
        }
        self.kind_heads = frozenset(head for kind in self.kinds.values() for head in kind.heads)
        nouns = sorted({entry["noun"] for entry in lexicon}, key=len, reverse=True)
        # a plural («این سازمان‌ها») or a longer word («این شرکت‌کنندگان») is no match
        self.pattern = re.compile(r"(?<!\w)این[ \u200c]+(%s)(?![\w\u200c])" % "|".join(map(re.escape, nouns)))

    def find(self, text: str, found: list[Candidate], records: dict[str, ActorRecord]) -> list[Candidate]:
        """New candidates for the demonstratives of ``text`` that stand free of ``found`` and have a body of
        their kind before them."""
        bodies = sorted((c for c in found if c.type == "ORG"), key=lambda c: c.start)
        taken = [(c.start, c.end) for c in found]
        new = []
        for match in self.pattern.finditer(text):
            if not free_of(match.start(), match.end(), taken):
                continue  # «سخنگوی این سازمان»: the title finder's complement
            kind = self.kinds[compact_key(match.group(1))]
            # the nearest body of the kind, not far back; one nobody could name («گروه جیش محمد») blocks the
            # named one before it
            antecedent = next((
                c for c in reversed(bodies)
                if match.start() - ANTECEDENT_REACH <= c.start and c.end <= match.start()
                and kind.names(c.text, records.get(c.resolved or ""), self.kind_heads)
            ), None)
            if antecedent is None or antecedent.resolved not in records:
                continue
            if kind.word.search(text, antecedent.end, match.start()):
                continue  # «در شبکه شاد ... این شبکه»: the kind word nearer by heads a body nobody could name
            candidate = Candidate(match.start(), match.end(), match.group(0), "ORG", (), "demonstrative")
            candidate.resolved = antecedent.resolved
            new.append(candidate)
        return new


def _word_pattern(words: set[str]) -> re.Pattern[str]:
    """Any of ``words`` as a word of its own, not right after «این» (a demonstrative is no body's name)."""
    alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(r"(?<!این )(?<!\w)(?:%s)(?!\w)" % alternatives)

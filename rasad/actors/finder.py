"""Finding actor candidates in normalised text, before any resolution.

Four sources, each kept apart so a test can pin each one:

1. the registry gazetteer: every name, alias, state name, capital and metonym an analyst listed;
2. title phrases (``titles.py``), which also attach to the names beside them;
3. the statistical tagger (``tagger.py``) for people no list knows;
4. guillemets, honorifics and ranks: «سرگئی شایگو», "حجت‌الاسلام سید ابراهیم حسینی", "سرلشکر باقری" — a
   name the writer marked as one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rasad.actors.gazetteer import Gazetteer, compact_key
from rasad.actors.titles import TitleMatch
from rasad.text import sentence_spans, token_spans

_GUILLEMET = re.compile(r'«([^«»\n]{2,60})»|"([^"\n]{2,60})"')  # older copy marks names with straight quotes
# Punctuation and words that may sit between a name and its apposed title.
_APPOSITION_GAP = re.compile(r"^[ \t\u200c،,»«\"]*$")  # never across a line: a headline's last name is not the next line's title


@dataclass
class Candidate:
    """A stretch of normalised text that names (or may name) an actor."""

    start: int
    end: int
    text: str
    type: str  # PER, ORG, LOC
    actor_ids: tuple[str, ...] = ()
    how: str = "gazetteer"
    titles: list[TitleMatch] = field(default_factory=list)
    rank_sector: str | None = None
    resolved: str | None = None
    inside_title: bool = False


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def free_of(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return not any(overlaps(start, end, s, e) for s, e in taken)


def gazetteer_candidates(text: str, gazetteer: Gazetteer[tuple[str, str, str]]) -> list[Candidate]:
    """Registry hits; values are (actor_id, entity type, form kind)."""
    found = []
    for hit in gazetteer.find(text):
        ids = tuple(dict.fromkeys(value[0] for value in hit.values))
        entity_type = hit.values[0][1]
        found.append(Candidate(hit.start, hit.end, text[hit.start:hit.end], entity_type, ids, "gazetteer"))
    return found


def guillemet_names(text: str, titles: list[TitleMatch], taken: list[tuple[int, int]]) -> list[Candidate]:
    """«X» (or "X") right before or after an office title is a person's name."""
    found = []
    for match in _GUILLEMET.finditer(text):
        group = 1 if match.group(1) is not None else 2
        start, end = match.span(group)
        if not free_of(start, end, taken) or len(match.group(group).split()) > 5:
            continue
        beside_title = any(
            title.is_office and (_gap_ok(text, match.end(), title.start) or _gap_ok(text, title.end, match.start()))
            for title in titles
        )
        if beside_title:
            found.append(Candidate(start, end, text[start:end], "PER", (), "guillemet"))
    return found


# Words that end a name after an honorific: prepositions, conjunctions, pronouns and the verbs of a report.
NAME_ENDS = {
    "در", "با", "از", "به", "که", "و", "را", "برای", "تا", "هم", "نیز", "بر", "طی", "ضمن", "پس", "بعد", "قبل",
    "درباره", "علیه", "این", "آن", "وی", "او", "امروز", "دیروز", "روز", "صبح", "ظهر", "عصر", "شب", "همچنین",
    "گفت", "افزود", "است", "بود", "شد", "کرد", "نوشت", "اظهار", "تاکید", "تأکید",
}
LINEAGE_WORDS = {"سید", "سیده"}  # honorifics of descent that full names keep
NAME_WORDS = 3  # "سید ابراهیم حسینی": given name(s) and surname after the honorifics


def honorific_names(
    text: str, titles: list[TitleMatch], taken: list[tuple[int, int]], given_names: frozenset[str]
) -> list[Candidate]:
    """The words right after a chain of honorifics or ranks are a person's name: given names (``given_names``,
    compact) and one surname ("حجت‌الاسلام سید ابراهیم حسینی"), or the surname alone ("سرلشکر باقری ابتدا
    ...": «ابتدا» is no part of it); never across a function word, punctuation or a title."""
    found = []
    for title in titles:
        if title.kinds - {"honorific", "rank"}:
            continue
        words: list[tuple[int, int]] = []
        for start, end in token_spans(text, title.end, min(len(text), title.end + 80)):
            word = text[start:end]
            inside_title = any(t.start <= start < t.end for t in titles)
            if not word[0].isalpha() or word in NAME_ENDS or inside_title or len(words) == NAME_WORDS:
                break
            if words and text[words[-1][1]: start].strip(" \u200c"):
                break
            words.append((start, end))
            if compact_key(word) not in given_names:
                break  # the surname closes the name
        if words and free_of(words[0][0], words[-1][1], taken):
            start, end = words[0][0], words[-1][1]
            lineage = text[max(title.start, start - 6): start].split()[-1:]  # "سید ابراهیم حسینی" is written whole
            if lineage and lineage[0] in LINEAGE_WORDS:
                start = text.rfind(lineage[0], title.start, start)
            found.append(Candidate(start, end, text[start:end], "PER", (), "honorific"))
    return found


def tagger_candidates(
    text: str, tagger, taken: list[tuple[int, int]], hidden: list[tuple[int, int]] = ()
) -> list[Candidate]:
    """Names the statistical tagger finds that no list had. Words in ``hidden`` spans (the outlet of a
    credit line) are not shown to it, so "به گزارش فارس جرج بوش ..." cannot give one name "فارس جرج بوش"."""
    sentences = [
        [(s, e) for s, e in token_spans(text, start, end) if free_of(s, e, hidden)]
        for start, end in sentence_spans(text)
    ]
    tags = tagger.tag_many([[text[s:e] for s, e in tokens] for tokens in sentences])
    found = []
    for tokens, labels in zip(sentences, tags):
        for start, end, label in _spans_from_bio(tokens, labels):
            if free_of(start, end, taken):
                found.append(Candidate(start, end, text[start:end], label, (), "tagger"))
    return found


def _spans_from_bio(tokens: list[tuple[int, int]], labels: list[str]) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    current: list[int] | None = None
    for (start, end), label in zip(tokens, labels):
        prefix, _, kind = label.partition("-")
        if prefix == "B" or (prefix == "I" and (current is None or current[2] != kind)):
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = [start, end, kind]
        elif prefix == "I" and current is not None:
            current[1] = end
        else:
            if current:
                spans.append(tuple(current))  # type: ignore[arg-type]
            current = None
    if current:
        spans.append(tuple(current))  # type: ignore[arg-type]
    return [span for span in spans if span[2] in ("PER", "ORG", "LOC")]


def _gap_ok(text: str, end: int, start: int) -> bool:
    return 0 <= start - end <= 3 and bool(_APPOSITION_GAP.match(text[end:start]))


def title_beside(text: str, candidate: Candidate, titles: list[TitleMatch]) -> list[TitleMatch]:
    """Titles apposed to a name: "X، وزیر دفاع قطر", "X وزیر ...", "وزیر دفاع قطر X", "سرلشکر X", and the
    offices joined to one after the name by «و» ("X، نماینده ولی فقیه و امام جمعه تربت‌حیدریه") unless they
    are of another country (then they are another person's: "X، وزیر خارجه ایران و وزیر خارجه قطر")."""
    beside = [
        title for title in titles
        if _gap_ok(text, candidate.end, title.start) or _gap_ok(text, title.end, candidate.start)
    ]
    last = next((title for title in beside if title.start >= candidate.end), None)
    while last is not None:
        last = next((
            title for title in titles
            if text[last.end:title.start].strip() == "و" and title.country in (None, last.country)
        ), None)
        if last is not None:
            beside.append(last)
    return beside

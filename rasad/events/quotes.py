"""Direct and indirect speech: "X گفت: ...", "X افزود، ...", "... گفت که ...", «...».

A quote runs from just after its cue to the end of its paragraph line (the way Persian news quotes run
on); a cue that ends its line with a colon ("وی نوشت:") opens a block quote of the paragraphs below it. Its
speaker is the subject of the clause that holds the cue, found by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.events.patterns import compile_phrase, match_view
from rasad.text import char_shingles

# Speech verbs (with a colon for direct speech, or "که" for indirect speech). Source: common Persian
# news reporting verbs; extend here.
SPEECH_VERBS = (
    "{گفت}", "افزود|افزودند", "اظهار {داشت}", "اظهار {کرد}", "تصریح {کرد}", "خاطرنشان {کرد}", "خاطر نشان {کرد}",
    "ادامه {داد}", "تاکید|تأکید {کرد}", "اعلام {کرد}", "بیان {کرد}", "عنوان {کرد}", "یادآور {شد}",
    "یادآوری {کرد}", "اذعان {کرد}", "تشریح {کرد}", "نوشت", "هشدار {داد}", "بیان|عنوان {داشت}", "اضافه {کرد}",
)
_CUES = [compile_phrase(phrase) for phrase in SPEECH_VERBS]
_AFTER_CUE = re.compile(r"\s*(:|،|که\s)")  # "گفت:", "افزود، ...", "اعلام کرد که ..."
GUILLEMET_CUE = "«»"  # the cue of a quote found by its guillemets alone
_GUILLEMET_QUOTE = re.compile(r"«([^«»\n]{25,})»")
# A quote restates an earlier one of the same speaker (a headline or lead summing up the body) when this
# share of the shorter one's character 5-grams is in the other, and it adds little: at most
# RESTATEMENT_GROWTH times the earlier one's length (a long block quote that takes up a short earlier
# quote is news of its own). Same-speaker statements that only share a formula ("... باید انقلابی باشد")
# stay below 0.55 in the Fars News corpus; restatements measured 0.69-1.0.
RESTATEMENT_SHARE = 0.6
RESTATEMENT_GROWTH = 2
_SHINGLE = 5
# A block quote ends where a new report starts: a paragraph with its own cue, or a run of blank lines
# (where boilerplate was blanked out or the story ends).
_BLOCK_END = re.compile(r"\n[ \t]*\n[ \t]*\n")


@dataclass(frozen=True)
class QuoteSpan:
    start: int  # normalised offsets of the quoted text
    end: int
    cue_start: int
    cue: str
    direct: bool


def find_quotes(text: str) -> list[QuoteSpan]:
    view = match_view(text)
    found: list[QuoteSpan] = []
    for pattern in _CUES:
        for match in pattern.finditer(view):
            after = _AFTER_CUE.match(view, match.end())
            if not after:
                continue
            start = after.end()
            while start < len(text) and text[start] in " \u200c«\"":
                start += 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            if end == start and after.group(1) == ":":
                start += len(text[start:]) - len(text[start:].lstrip())
                end = _block_end(view, start)
            while end > start and (text[end - 1].isspace() or text[end - 1] in ".»\""):
                end -= 1
            if end - start >= 10:
                found.append(QuoteSpan(start, end, match.start(), match.group(0), after.group(1) == ":"))
    for match in _GUILLEMET_QUOTE.finditer(text):
        found.append(QuoteSpan(match.start(1), match.end(1), match.start(), GUILLEMET_CUE, True))
    return _without_nested(found)


def _block_end(view: str, start: int) -> int:
    """The end of the paragraphs quoted after "نوشت:" at a line's end: before the next paragraph with a
    cue of its own, the next run of blank lines, or the end of the text."""
    blank = _BLOCK_END.search(view, start)
    end = blank.start() if blank else len(view)
    for pattern in _CUES:
        for match in pattern.finditer(view, start, end):
            paragraph = view.rfind("\n", start, match.start())
            if paragraph > start and _AFTER_CUE.match(view, match.end()):
                end = min(end, paragraph)
    return end


def _without_nested(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Keep the outermost quote where cues nest ("گفت: ... افزود: ..." on one line keeps both, in order)."""
    quotes.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[QuoteSpan] = []
    for quote in quotes:
        if kept and (quote.start == kept[-1].start or (quote.start < kept[-1].end and quote.cue_start >= kept[-1].start)):
            continue
        kept.append(quote)
    return kept


def first_statements(quotes: list[tuple[str | None, str]]) -> list[bool]:
    """For (speaker, quoted text) pairs in text order, whether each is the first report of its statement;
    a later one restating an earlier quote of the same speaker is not."""
    seen: list[tuple[str | None, set[str]]] = []
    first = []
    for speaker, quoted in quotes:
        shingles = char_shingles(quoted, _SHINGLE)
        restated = any(
            speaker == earlier_speaker
            and len(shingles & earlier) >= RESTATEMENT_SHARE * min(len(shingles), len(earlier))
            and len(shingles) <= RESTATEMENT_GROWTH * len(earlier)
            for earlier_speaker, earlier in seen
        )
        first.append(not restated)
        seen.append((speaker, shingles))
    return first

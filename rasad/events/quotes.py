"""Direct and indirect speech: "X گفت: ...", "X افزود، ...", "... گفت که ...", «...».

A quote runs from just after its cue to the end of its paragraph line (the way Persian news quotes run
on); its speaker is the subject of the clause that holds the cue, found by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rasad.events.patterns import compile_phrase, match_view

# Speech verbs (with a colon for direct speech, or "که" for indirect speech). Source: common Persian
# news reporting verbs; extend here.
SPEECH_VERBS = (
    "{گفت}", "افزود|افزودند", "اظهار {داشت}", "اظهار {کرد}", "تصریح {کرد}", "خاطرنشان {کرد}", "خاطر نشان {کرد}",
    "ادامه {داد}", "تاکید|تأکید {کرد}", "اعلام {کرد}", "بیان {کرد}", "عنوان {کرد}", "یادآور {شد}",
    "یادآوری {کرد}", "اذعان {کرد}", "تشریح {کرد}", "نوشت", "هشدار {داد}",
)
_CUES = [compile_phrase(phrase) for phrase in SPEECH_VERBS]
_AFTER_CUE = re.compile(r"\s*(:|،|که\s)")  # "گفت:", "افزود، ...", "اعلام کرد که ..."
GUILLEMET_CUE = "«»"  # the cue of a quote found by its guillemets alone
_GUILLEMET_QUOTE = re.compile(r"«([^«»\n]{25,})»")


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
            while end > start and text[end - 1] in " .»\"":
                end -= 1
            if end - start >= 10:
                found.append(QuoteSpan(start, end, match.start(), match.group(0), after.group(1) == ":"))
    for match in _GUILLEMET_QUOTE.finditer(text):
        found.append(QuoteSpan(match.start(1), match.end(1), match.start(), GUILLEMET_CUE, True))
    return _without_nested(found)


def _without_nested(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """Keep the outermost quote where cues nest ("گفت: ... افزود: ..." on one line keeps both, in order)."""
    quotes.sort(key=lambda q: (q.start, -(q.end - q.start)))
    kept: list[QuoteSpan] = []
    for quote in quotes:
        if kept and (quote.start == kept[-1].start or (quote.start < kept[-1].end and quote.cue_start >= kept[-1].start)):
            continue
        kept.append(quote)
    return kept

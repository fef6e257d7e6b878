"""Direct and indirect speech: "X گفت: ...", "X افزود، ...", "... گفت که ...", "X گفت ...", «...».

A quote runs from just after its cue to the end of its paragraph line (the way Persian news quotes run
on); a cue that ends its line with a colon ("وی نوشت:") opens a block quote of the paragraphs below it; a
headline "X: ..." quotes X when X is a named actor. Its speaker is the subject of the clause that holds the
cue, found by the caller.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from rasad.events.patterns import compile_phrase, match_view, phrase_list, word_list
from rasad.text import WORD_WINDOW, char_shingles, sentence_spans

# Speech verbs (with a colon for direct speech, or "که" for indirect speech). Source: common Persian
# news reporting verbs; extend here.
SPEECH_VERBS = (
    "{گفت}", "افزود|افزودند", "اظهار {داشت}", "اظهار {کرد}", "تصریح {کرد}", "خاطرنشان {کرد}", "خاطر نشان {کرد}",
    "ادامه {داد}", "تاکید|تأکید {کرد}", "اعلام {کرد}", "بیان {کرد}", "عنوان {کرد}", "یادآور {شد}",
    "یادآوری {کرد}", "اذعان {کرد}", "تشریح {کرد}", "نوشت", "هشدار {داد}", "بیان|عنوان {داشت}", "اضافه {کرد}",
    "مدعی {شد}", "ادعا {کرد}", "توضیح {داد}", "پاسخ {داد}", "ابراز {داشت}", "ابراز {کرد}", "متذکر {شد}",
    "اذعان {داشت}", "خاطرنشان|خاطر‌نشان ساخت",
)
_CUES = [compile_phrase(phrase) for phrase in SPEECH_VERBS]
# "توسک گفت پیشرفت‌هایی … وجود داشته است": indirect speech often drops «که». Only these forms open a quote
# with nothing between them and the words said: «گفته» alone is also the passive («گفته می‌شود …»), and
# other speech verbs are rarely written so.
_BARE_CUES = [compile_phrase("گفت|گفتند|افزود|افزودند|می‌گوید|می‌گویند|گفته‌اند"), compile_phrase("گفته است")]
# What may follow a bare cue: a word, but not «و» («گفت و گو», «گفت‌وگو» are a conversation) nor a sentence's end.
_AFTER_BARE_CUE = re.compile(r"[ \t]+()(?!(?:و|را|که|كه)\s|و ?گو)(?=[^\s\d.،,:؛!؟?«\"(])")
# Verbs that report what others did without quoting anyone ("رویترز گزارش داد، دولت لیبی از پارلمان ...
# خواست"): the clause after one has its own subject, but the outlet is no speaker of it.
_REPORTS = [compile_phrase("گزارش {داد}")]
_AFTER_CUE = re.compile(r"\s*(:|،|که\s)")  # "گفت:", "افزود، ...", "اعلام کرد که ..."
GUILLEMET_CUE = "«»"  # the cue of a quote found by its guillemets alone
HEADLINE_CUE = ":"  # the cue of a headline quote, "توکلی: در شهرداری تخلف شد" (its speaker must be a named actor)
HEADLINE_SPEAKER_WORDS = 4  # "توکلی:", "وزیر خارجه ایران:" — longer text before a colon is a sentence
# ... unless a noun of speech opens it: "واکنش تند ظریف به ترامپ:" (headline_speech_nouns.yaml)
HEADLINE_ADDRESSED_WORDS = 8
HEADLINE_CHARS = 160  # a first line this short is a headline; a longer one is body text
# The headline, or a part of it after " | ", that is a short name, a colon and what the person said.
_HEADLINE_QUOTE = re.compile(r"(?:^\s*|(?<= \| ))([^\n:|«»]{2,40}?)[ \t]*:[ \t]*([^\n|]{10,}?)[ \t.]*(?= \| |\n|$)")
# "واکنش ظریف به … | رویاپردازی را متوقف کنید": a headline's first segment naming who spoke, a bar, what was said
_HEADLINE_BAR_QUOTE = re.compile(r"\s*([^\n:|«»]{2,120}?)[ \t]+\|[ \t]+([^\n:|]{10,}?)[ \t.]*(?= \| |\n|$)")
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
    bare: bool = False  # opened by a speech verb with no «که» or colon after it ("گفت پیشرفت‌هایی …")


def find_quotes(text: str) -> list[QuoteSpan]:
    view = match_view(text)
    found: list[QuoteSpan] = []
    cues = [
        (match, after) for pattern in _CUES for match in pattern.finditer(view)
        if (after := _AFTER_CUE.match(view, match.end())) and not _after_word_of(view, match.start(), "impersonal_speech")
    ]
    cues += [
        (match, after) for pattern in _BARE_CUES for match in pattern.finditer(view)
        if (after := _AFTER_BARE_CUE.match(view, match.end()))
        and not any(_after_word_of(view, match.start(), words) for words in ("impersonal_speech", "speech_verb_nouns"))
    ]
    # where each cue starts, all of them and those of direct speech: where a quote on its line may stop
    cue_starts = sorted(match.start() for match, _ in cues)
    direct_starts = sorted(match.start() for match, after in cues if after.group(1) == ":")
    sentence_starts = [start for start, _ in sentence_spans(view)]
    for match, after in cues:
        direct = after.group(1) == ":"
        bare = not after.group(1)
        start = opening = after.end()
        while start < len(text) and text[start] in " \u200c«\"":
            start += 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        end = _next_report(view, opening, end, direct_starts if direct else cue_starts, sentence_starts)
        if end == start and direct:
            start += len(text[start:]) - len(text[start:].lstrip())
            end = _block_end(view, start)
        while end > start and (text[end - 1].isspace() or text[end - 1] in ".»\""):
            end -= 1
        if end - start >= 10:
            found.append(QuoteSpan(start, end, match.start(), match.group(0), direct, bare))
    for match in _GUILLEMET_QUOTE.finditer(text):
        found.append(QuoteSpan(match.start(1), match.end(1), match.start(), GUILLEMET_CUE, True))
    headline_end = _headline_end(view)
    for match in _HEADLINE_QUOTE.finditer(view, 0, headline_end):
        words = len(match.group(1).split())
        if words <= HEADLINE_SPEAKER_WORDS or (words <= HEADLINE_ADDRESSED_WORDS and _opens_with_speech_noun(view, match.start(1))):
            found.append(QuoteSpan(match.start(2), match.end(2), match.start(1), HEADLINE_CUE, True))
    bar = _HEADLINE_BAR_QUOTE.match(view, 0, headline_end)
    if bar and _opens_with_speech_noun(view, bar.start(1), "headline_bar_speech_nouns"):
        found.append(QuoteSpan(bar.start(2), bar.end(2), bar.start(1), HEADLINE_CUE, True))
    return _without_nested(found)


def speech_verb_ends(view: str, start: int, end: int) -> list[int]:
    """Where the speech and report verbs between ``start`` and ``end`` end, in text order ("گفت", "اعلام کرد",
    "گزارش داد"); "به گفته X" (according to X) is no verb."""
    return sorted(
        match.end() for pattern in (*_CUES, *_REPORTS) for match in pattern.finditer(view, start, end)
        if not view[max(0, match.start() - 3): match.start()].endswith("به ")
    )


def _after_word_of(view: str, cue_start: int, words: str) -> bool:
    """The words right before a cue are an entry of the list ``words`` (rasad/data/events/<words>.yaml): a
    modal that makes it impersonal ("باید گفت که …", "می‌توان گفت", impersonal_speech.yaml) or a noun that makes
    «گفت» another verb ("تبریک گفت", speech_verb_nouns.yaml). An entry may be several words in the match view,
    where a ZWNJ reads as a space ("می توان")."""
    before = view[max(0, cue_start - WORD_WINDOW): cue_start].split()
    return any(before[-len(entry.split()):] == entry.split() for entry in word_list(words))


def _opens_with_speech_noun(view: str, start: int, nouns: str = "headline_speech_nouns") -> bool:
    return any(phrase.match(view, start) for phrase in phrase_list(nouns))


def _headline_end(view: str) -> int:
    """The end of the text's first line if it is short enough to be its headline, else 0."""
    first = view.lstrip()
    offset = len(view) - len(first)
    end = first.find("\n")
    end = len(first) if end < 0 else end
    return offset + end if end <= HEADLINE_CHARS else 0


def _next_report(view: str, start: int, end: int, cue_starts: list[int], sentence_starts: list[int]) -> int:
    """Where a quote that runs from ``start`` to its line's ``end`` stops short: at a later sentence of the
    line that reports speech with a cue of its own ("علی گفت که ... . حسن گفت که ..."), one of ``cue_starts``
    (sorted). Not inside guillemets the quote opened; the caller gives a direct quote ("افزود: ...") only the
    cues of other direct quotes ("ابومرزوق خاطر نشان کرد: ..."): within direct speech, "... اعلام کرده‌اند
    که ..." is the speaker telling what others said."""
    for index in range(bisect_right(sentence_starts, start), len(sentence_starts)):
        sentence_start = sentence_starts[index]
        if sentence_start >= end:
            break
        sentence_end = min(sentence_starts[index + 1] if index + 1 < len(sentence_starts) else end, end)
        cue = bisect_left(cue_starts, sentence_start)
        has_cue = cue < len(cue_starts) and cue_starts[cue] < sentence_end
        if has_cue and view.count("«", start, sentence_start) <= view.count("»", start, sentence_start):
            return sentence_start
    return end


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


def first_statements(quotes: list[tuple[str | None, str, bool]]) -> list[bool]:
    """For (speaker, quoted text, is a headline quote) in text order, whether each is kept as the report of
    its statement: a later quote restating an earlier one of the same speaker is dropped, unless the earlier
    one is a headline's digest ("باقری: ادامه جنایت ... بدون هزینه نخواهد بود"), which gives way to the
    body's own words."""
    shingles = [char_shingles(quoted, _SHINGLE) for _, quoted, _ in quotes]
    keep = [True] * len(quotes)
    for later in range(len(quotes)):
        for earlier in range(later):
            if keep[earlier] and quotes[earlier][0] == quotes[later][0] and _restates(shingles[later], shingles[earlier]):
                if quotes[earlier][2] and not quotes[later][2]:
                    keep[earlier] = False
                else:
                    keep[later] = False
                    break
    return keep


def _restates(later: set[str], earlier: set[str]) -> bool:
    """Two quotes' character 5-grams say the same thing (RESTATEMENT_SHARE, RESTATEMENT_GROWTH)."""
    return (
        len(later & earlier) >= RESTATEMENT_SHARE * min(len(later), len(earlier))
        and len(later) <= RESTATEMENT_GROWTH * len(earlier)
    )

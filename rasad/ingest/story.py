"""Story metadata: what the article says about itself (title, publisher, credited agencies, date, news code).

Reading order, each rule general to Persian news (names and cue words in ``rasad/data/story.yaml``):

- **publisher**: the earliest credit in the head of the article (first :data:`HEAD_CHARS` characters,
  boilerplate masked) of either form:
  ``به گزارش X`` (X up to a comma, "به نقل از", " از <city>", a colon or a full stop; desk words such as
  "خبرنگار"، "گروه سیاسی" in front of a known outlet are skipped), or a dateline ``X - متن`` / ``تهران- X-`` at
  the start of a line where X is a known outlet or starts with an outlet word ("خبرگزاری", "روزنامه").
  If the text names none, the container's publisher (``raw.publisher``) is used, else the outlet whose web
  domain the copy's address (``raw.url``) is on (``domains`` in ``story.yaml``).
- **credited**: what "به نقل از Y" right after the publisher's credit names, and known outlets credited
  later at the start of a paragraph ("به گزارش ایرنا، ..."), other than the publisher.
- **published / published_at**: the container's date (``raw.published``, ISO or Jalali) if it parses, else
  a line of the text that is only a date (and time): "8:00 - 12 خرداد 1403"، "۱۴۰۲/۵/۳۰"، "2023-10-09".
  Dates inside sentences are events' dates, not the story's. Jalali conversion by jdatetime; times are
  Asia/Tehran (zoneinfo, so the +04:30 summers before 2023 are right).
- **news_code**: "کد خبر: ۴۷۷۶۱۲۴" → "4776124".
- **title**: ``raw.title``, else the first line if it is short and reads like a headline.

Names are returned as written in the text (Arabic letters and spacing kept); matching folds ي/ك and
ZWNJ/space differences on a same-length copy, so spans are original offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import jdatetime
import yaml

from rasad.actors.gazetteer import Gazetteer
from rasad.actors.registry import load_registry
from rasad.doc import RawDocument, Span, Story

TEHRAN = ZoneInfo("Asia/Tehran")

#: The publisher's credit is looked for in the first this many characters (title, dateline, lead).
HEAD_CHARS = 2500

#: A credit clause (X in "به گزارش X") is cut at this many characters.
MAX_CLAUSE_CHARS = 150

#: An unknown outlet name is accepted by pattern only if it has at most this many words.
MAX_UNKNOWN_OUTLET_WORDS = 5

#: An unknown credited source ("به نقل از روابط عمومی شهرداری تبریز") may have at most this many words.
MAX_UNKNOWN_CREDIT_WORDS = 6

#: A line longer than this is prose, not a dateline or a headline.
MAX_DATE_LINE = 90
MAX_TITLE_CHARS = 160

_FOLD = str.maketrans(
    {
        "ي": "ی", "ى": "ی", "ك": "ک", "\u200c": " ", "\u200f": " ", "\u200e": " ", "\u00a0": " ",
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        **{chr(0x0660 + i): str(i) for i in range(10)},
    }
)

JALALI_MONTHS = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند")
GREGORIAN_MONTHS = {
    "ژانویه": 1, "ژانویهٔ": 1, "فوریه": 2, "مارس": 3, "آوریل": 4, "آپریل": 4, "مه": 5, "می": 5, "ژوئن": 6,
    "جون": 6, "ژوئیه": 7, "جولای": 7, "اوت": 8, "آگوست": 8, "اگوست": 8, "سپتامبر": 9, "اکتبر": 10,
    "نوامبر": 11, "دسامبر": 12,
}
WEEKDAYS = ("شنبه", "یکشنبه", "یک شنبه", "دوشنبه", "دو شنبه", "سه شنبه", "سهشنبه", "چهارشنبه", "چهار شنبه",
            "پنجشنبه", "پنج شنبه", "جمعه")


def fold(text: str) -> str:
    """Same-length folding: ي/ك → ی/ک, ZWNJ/NBSP → space, Persian/Arabic digits → ASCII."""
    return text.translate(_FOLD)


def _name_regex(name: str) -> str:
    """A name matched spacing-blind: any run of spaces (folded ZWNJs included) may stand between letters."""
    folded = fold(name).replace(" ", "")
    return " *".join(re.escape(ch) for ch in folded)


# An outlet's proper name in quotation marks ("روزنامه «الوطن»", 'خبرگزاری "سانا"').
_QUOTED_NAME = r"(?:«[^»\n]{1,60}»|\"[^\"\n]{1,60}\")"
_QUOTED = re.compile(rf"\s*{_QUOTED_NAME}")
_QUOTE_MARKS = re.compile(r"[«»\"“”]")


def _spaced(cue: str) -> str:
    """A cue pattern from story.yaml whose spaces match runs of spaces: folding turns a stray ZWNJ into one
    more space ("گفت ‌وگو با" → "گفت  وگو با"), and folding must keep every offset."""
    return cue.replace(" ?", "\x00").replace(" ", " +").replace("\x00", " *")


@dataclass(frozen=True)
class _Lexicon:
    known: re.Pattern[str]          # unambiguous outlet names, anywhere in a clause
    ambiguous: re.Pattern[str]      # ambiguous names (whole clause only)
    heads: re.Pattern[str]
    desk: re.Pattern[str]
    reporter: re.Pattern[str]
    not_outlets: re.Pattern[str]
    report_cue: re.Pattern[str]
    credit_cue: re.Pattern[str]
    interview_cue: re.Pattern[str]
    relay: re.Pattern[str]
    date_labels: re.Pattern[str]
    code_labels: str
    canonical: dict[str, str]
    foreign: frozenset[str]  # canonical names of foreign agencies: relayed, never a Persian copy's publisher
    domains: dict[str, str]  # web domain → the outlet that publishes there


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    raw = yaml.safe_load(resources.files("rasad.data").joinpath("story.yaml").read_text(encoding="utf-8"))
    ambiguous = {fold(n).replace(" ", "") for n in raw["ambiguous"]}
    names: set[str] = set()
    canonical: dict[str, str] = {}
    for outlet in raw["outlets"]:
        for name in [outlet["name"], *(outlet.get("aliases") or [])]:
            names.add(str(name))
            canonical.setdefault(fold(str(name)).replace(" ", "").lower(), outlet["name"])
    plain = sorted((n for n in names if fold(n).replace(" ", "") not in ambiguous), key=len, reverse=True)
    amb = sorted((n for n in names if fold(n).replace(" ", "") in ambiguous), key=len, reverse=True)

    def alternation(items: list[str]) -> str:
        return "|".join(_name_regex(n) for n in sorted(items, key=len, reverse=True))

    return _Lexicon(
        known=re.compile(rf"(?<!\w)(?:{alternation(plain)})(?!\w)", re.I),
        ambiguous=re.compile(rf"(?:{alternation(amb)})", re.I),
        heads=re.compile(rf"(?<!\w)(?:{alternation(raw['outlet_heads'])})(?!\w)"),
        desk=re.compile(rf"(?:{alternation(raw['desk_words'])})(?!\w)"),
        reporter=re.compile(rf"(?:{alternation(raw['reporter_words'])})(?!\w)"),
        not_outlets=re.compile(rf"(?:{alternation(raw['not_outlets'])})(?!\w)"),
        report_cue=re.compile(rf"{_spaced(raw['report_cue'])}(?=\s)"),
        credit_cue=re.compile(rf"(?<!\w){_spaced(raw['credit_cue'])}(?=\s)"),
        interview_cue=re.compile(rf"(?<!\w){_spaced(raw['interview_cue'])}"),
        # a paragraph that opens by relaying an outlet: 'روزنامه کویتی «الوطن» با اعلام این خبر نوشت:', or a
        # known one by its name alone: 'روزنامه واشنگتن پست روز شنبه نوشت'
        relay=re.compile(
            rf"^[ \t]*((?:{alternation(raw['outlet_heads'])})(?: [^\s«\"\n]+){{0,2}} ?{_QUOTED_NAME}"
            rf"|(?:{alternation(plain)})(?!\w))"
            rf"[^\n]{{0,60}}?(?<!\w)(?:{_spaced(raw['relay_cue'])})(?!\w)",
            re.M | re.I,
        ),
        date_labels=re.compile(rf"(?<!\w)(?:{alternation(raw['date_labels'])})(?!\w)"),
        code_labels=alternation(raw["news_code_labels"]),
        canonical=canonical,
        foreign=frozenset(outlet["name"] for outlet in raw["outlets"] if outlet.get("foreign")),
        domains={str(domain).lower(): str(name) for domain, name in (raw.get("domains") or {}).items()},
    )


# ------------------------------------------------------------------------------------------- publisher

# a period ends a clause unless a letter follows it ("سی.ان.ان" is one name)
_CLAUSE_END = re.compile(r"[،,؛;:!؟?\n\"()\[\]]|\.(?![^\W\d_])| - | – | — ")
_TERMINATED = re.compile(r"\s*(?:[،,؛;:]|$)")
# Function words no credited name holds ("های" is absent: after a ZWNJ folded to a space it is a suffix).
_STOPWORDS = frozenset("که را در با این آن برای تا هم نیز شد است کرد بود می".split())
_FROM_PLACE = re.compile(r" (?:از|در) ")


def _masked(text: str, boilerplate: list[Span]) -> str:
    folded = fold(text)
    if not boilerplate:
        return folded
    chars = list(folded)
    for span in boilerplate:
        for i in range(span.start, min(span.end, len(chars))):
            if chars[i] != "\n":
                chars[i] = "\x00"
    return "".join(chars)


def _clause(folded: str, start: int, lex: _Lexicon) -> tuple[int, int, bool]:
    """(start, end, ends_with_credit_cue) of the credit clause starting at ``start``."""
    while start < len(folded) and folded[start] in " \t":
        start += 1
    limit = min(len(folded), start + MAX_CLAUSE_CHARS)
    end = limit
    match = _CLAUSE_END.search(folded, start, limit)
    if match:
        end = match.start()
    credit = lex.credit_cue.search(folded, start, end)
    if credit:
        return start, credit.start(), True
    return start, end, False


def _trim(text: str, folded: str, start: int, end: int) -> Span | None:
    """The original span [start, end) without surrounding spaces, quotes and dashes."""
    while start < end and folded[start] in " \t»\"'-–—":
        start += 1
    while end > start and folded[end - 1] in " \t«\"'-–—":
        end -= 1
    # quotes: drop a guillemet only when it does not close or open one inside the name
    if start < end and folded[start] == "«" and "»" not in folded[start:end]:
        start += 1
    if start < end and folded[end - 1] == "»" and "«" not in folded[start:end - 1]:
        end -= 1
    if start < end and folded[start] == "«" and folded[end - 1] == "»" and folded[start:end].count("«") == 1:
        start, end = start + 1, end - 1
    if "«" in folded[start:end] and "»" not in folded[start:end] and end < len(folded) and folded[end] == "»":
        end += 1
    while end > start and folded[end - 1] in " \t":
        end -= 1
    if folded[start:end].endswith(" و"):  # "به گزارش X و به نقل از Y"
        end -= 2
    if start >= end:
        return None
    return Span(start, end, text[start:end])


def _words(s: str) -> int:
    return len(s.split())


def _plain_name(s: str) -> bool:
    """Could ``s`` be a name (no digits, no function words such as که/در/را)?"""
    return not any(ch.isdigit() for ch in s) and not any(w in _STOPWORDS for w in s.split())


def _with_quote(text: str, folded: str, start: int, end: int, limit: int) -> Span | None:
    """A head word followed by a quoted name, and the country the name may be followed by: "روزنامه «الوطن»",
    'روزنامه "گرانما" کوبا'."""
    quoted = _QUOTED.match(folded, end, limit)
    if not quoted:
        return None
    end = quoted.end()
    country = _country_after(folded, end)
    return _trim(text, folded, start, country or end)


def _country_after(folded: str, end: int) -> int | None:
    """The end of a state's name or demonym standing right after ``end``, if one does."""
    following = folded[end: end + 40]
    gap = len(following) - len(following.lstrip(" "))
    hit = next((h for h in _country_words().find(following[gap:]) if h.start == 0), None)
    return end + gap + hit.end if gap and hit else None


@lru_cache(maxsize=1)
def _country_words() -> Gazetteer[str]:
    return Gazetteer(load_registry().country_words())


def _foreign_name(name: str) -> bool:
    """An outlet no list has that names a state other than Iran ("شبکه اطلاع‌رسانی عراق"): a foreign source."""
    return any(value != "IRN" for hit in _country_words().find(fold(name)) for value in hit.values)


def _name_in_clause(text: str, folded: str, start: int, end: int, lex: _Lexicon, max_words: int) -> Span | None:
    """The outlet named by the clause folded[start:end], or None."""
    clause = folded[start:end]
    if not clause.strip():
        return None
    known = lex.known.search(folded, start, end)
    if known:
        # a head word right before the name belongs to it ("خبرگزاری آسوشیتدپرس", "روزنامه «دیلی تلگراف»")
        head = next((h for h in lex.heads.finditer(folded, start, known.start()) if not folded[h.end(): known.start()].strip(' «"')), None)
        quoted = head is not None and folded[head.end(): known.start()].strip() in ("«", '"')
        if quoted:
            return _with_quote(text, folded, head.start(), head.end(), end) or _trim(text, folded, head.start(), known.end())
        return Span(known.start(), known.end(), text[known.start():known.end()])
    # drop " از <place>" / " در <place>" ("خبرگزاری فارس از تبریز", "خبرنگار فارس در اصفهان")
    place = _FROM_PLACE.search(folded, start, end)
    if place and place.start() > start:
        end = place.start()
        clause = folded[start:end]
    stripped = clause.strip(" «»\"'")
    offset = start + (len(clause) - len(clause.lstrip(" «»\"'")))
    amb = lex.ambiguous.fullmatch(stripped)
    if amb:
        return _trim(text, folded, offset, offset + len(stripped))
    # reporter/desk words then an ambiguous name that ends the clause: "خبرنگار اقتصادی فارس"
    if lex.reporter.match(stripped) and _words(stripped) <= 5:
        last = _last_ambiguous(folded, start, end, lex)
        if last is not None:
            return _trim(text, folded, last[0], last[1])
    # an ambiguous name opening a clause that goes on without a comma: "به گزارش مهر وزیر کشور گفت"
    first = lex.ambiguous.match(folded, offset, end)
    if first and folded[first.end():first.end() + 1] == " ":
        return _trim(text, folded, first.start(), first.end())
    from_place = bool(place) and folded[place.start():place.end()] == " از "
    terminated = bool(_TERMINATED.match(folded, end)) or bool(lex.credit_cue.match(folded, end)) or from_place
    head = lex.heads.search(folded, start, end)
    if head:
        quoted = _with_quote(text, folded, head.start(), head.end(), len(folded))
        if quoted:
            return quoted
        amb_after = lex.ambiguous.match(folded, head.end() + 1, end) if head.end() < end else None
        if amb_after:
            return _trim(text, folded, head.start(), amb_after.end())
        name = folded[head.start():end]
        if terminated and _words(name) <= max_words and _words(name) >= 2 and _plain_name(name):
            return _trim(text, folded, head.start(), end)
        return None
    if lex.not_outlets.match(stripped) or lex.desk.match(stripped):
        return None
    if terminated and 1 <= _words(stripped) <= max_words and _plain_name(stripped):
        return _trim(text, folded, offset, offset + len(stripped))
    return None


def _report_credits(text: str, folded: str, lex: _Lexicon, limit: int) -> list[tuple[int, Span, int, bool]]:
    found = []
    for cue in lex.report_cue.finditer(folded, 0, limit):
        start, end, to_credit = _clause(folded, cue.end(), lex)
        name = _name_in_clause(text, folded, start, end, lex, MAX_UNKNOWN_OUTLET_WORDS)
        if name is None:
            continue
        # a credit opens a line (or is glued to the headline before it, a lost line break); mid-sentence
        # "در پاسخ به گزارش X" is about a report, so there only a known outlet counts
        before = folded[max(0, cue.start() - 1):cue.start()]
        opens = before in ("", "\n") or not before.isspace() or folded[:cue.start()].rstrip(" \t«\"-").endswith("\n") \
            or not folded[:cue.start()].strip(" \t«\"-")
        if opens or lex.known.fullmatch(fold(name.text)) or lex.ambiguous.fullmatch(fold(name.text)):
            found.append((cue.start(), name, end, to_credit))
    return found


def _last_ambiguous(folded: str, start: int, end: int, lex: _Lexicon) -> tuple[int, int] | None:
    """An ambiguous outlet name that is the last word of folded[start:end]."""
    words = folded[start:end].rstrip()
    cut = start + len(words)
    for match in lex.ambiguous.finditer(folded, start, cut):
        if match.end() == cut and match.start() > start and folded[match.start() - 1] == " ":
            return match.start(), match.end()
    return None


def _interview_credits(text: str, folded: str, lex: _Lexicon, limit: int) -> list[tuple[int, Span, int, bool]]:
    """"در گفت‌وگو با خبرنگار <desk> <outlet>": the interviewing outlet publishes the story (known outlets, or
    an ambiguous name right after the desk words)."""
    found = []
    for cue in lex.interview_cue.finditer(folded, 0, limit):
        start, end, _ = _clause(folded, cue.end(), lex)
        known = lex.known.search(folded, start, end)
        if known:
            found.append((cue.start(), Span(known.start(), known.end(), text[known.start():known.end()]), end, False))
            continue
        place = _FROM_PLACE.search(folded, start, end)
        cut = place.start() if place and place.start() > start else end
        if lex.reporter.match(folded[start:cut].strip()) and _words(folded[start:cut]) <= 5:
            last = _last_ambiguous(folded, start, cut, lex)
            if last is not None:
                found.append((cue.start(), Span(last[0], last[1], text[last[0]:last[1]]), end, False))
                continue
        # "در گفت‌وگو با خبرنگار فارس اظهار کرد: ...": the reporter's outlet, then the clause goes on
        reporter = lex.reporter.match(folded, start, end)
        outlet = lex.ambiguous.match(folded, reporter.end() + 1, end) if reporter else None
        if outlet and folded[reporter.end()] == " " and not folded[outlet.end(): outlet.end() + 1].strip():
            found.append((cue.start(), Span(outlet.start(), outlet.end(), text[outlet.start():outlet.end()]), end, False))
    return found


_DATELINE = re.compile(r"^[ \t]*(?:([^\n\-–—:]{1,40}?)[ \t]*[-–—][ \t]*)?([^\n\-–—:]{1,40}?)[ \t]*[-–—][ \t]*\S", re.M)


def _dateline_credits(text: str, folded: str, lex: _Lexicon, limit: int) -> list[tuple[int, Span, int, bool]]:
    found = []
    for match in _DATELINE.finditer(folded, 0, limit):
        for group in (1, 2):
            if match.group(group) is None:
                continue
            s, e = match.start(group), match.end(group)
            segment = folded[s:e].strip()
            if lex.known.fullmatch(segment) or lex.ambiguous.fullmatch(segment) or (
                lex.heads.match(segment) and _words(segment) <= 4
            ):
                span = _trim(text, folded, s, e)
                if span is not None:
                    found.append((match.start(), span, e, False))
                    break
    return found


def _credited(text: str, folded: str, lex: _Lexicon, start: int) -> list[Span]:
    """Chained "به نقل از Y" credits starting at ``start`` (right after the publisher's clause)."""
    out: list[Span] = []
    pos = start
    for _ in range(3):
        # "به گزارش X به نقل از Y", also after a comma: "به گزارش X، به نقل از Y،"
        pos += len(folded[pos:]) - len(folded[pos:].lstrip("، ,"))
        cue = lex.credit_cue.match(folded, pos) or lex.credit_cue.match(folded, pos + 1)
        if cue is None:
            break
        c_start, c_end, more = _clause(folded, cue.end(), lex)
        name = _credit_name(text, folded, c_start, c_end, lex)
        if name is None:
            break
        out.append(name)
        if not more:
            break
        pos = c_end
    return out


def _credit_name(text: str, folded: str, start: int, end: int, lex: _Lexicon) -> Span | None:
    # a known outlet at the very start of the clause ("به نقل از ایرنا آیت الله ...")
    known = lex.known.match(folded, start, end)
    if known:
        return Span(known.start(), known.end(), text[known.start():known.end()])
    amb = lex.ambiguous.match(folded, start, end)
    if amb and (amb.end() == end or folded[amb.end():end].strip() == ""):
        return Span(amb.start(), amb.end(), text[amb.start():amb.end()])
    quoted = _with_quote(text, folded, start, start, len(folded))
    if quoted:
        return quoted
    head = lex.heads.match(folded, start, end)
    if head:
        known = lex.known.match(folded, head.end() + 1, end)
        if known:
            return Span(head.start(), known.end(), text[head.start():known.end()])
        quoted = _with_quote(text, folded, head.start(), head.end(), len(folded))
        if quoted:
            return quoted
    # "به نقل از بانک مرکزی روسیه در سه ماهه دوم ...": the credited body ends where a place or time begins
    place = _FROM_PLACE.search(folded, start, end)
    if place and place.start() > start:
        end = place.start()
    clause = folded[start:end].strip()
    terminated = bool(_TERMINATED.match(folded, end)) or bool(lex.credit_cue.match(folded, end)) or bool(place)
    if (
        clause and terminated and _words(clause) <= MAX_UNKNOWN_CREDIT_WORDS and _plain_name(clause)
        and not lex.not_outlets.fullmatch(clause) and not (head and _words(clause) < 2)
    ):
        return _trim(text, folded, start, end)
    return None


_PARA_REPORT = re.compile(r"(?:^|\n)[ \t]*(?=به ?گزارش\s)")


def _later_credits(text: str, folded: str, lex: _Lexicon, after: int) -> list[Span]:
    """Known outlets credited at the start of a later paragraph: "به گزارش ایرنا، ..."."""
    out = []
    for para in _PARA_REPORT.finditer(folded, after):
        cue = lex.report_cue.match(folded, para.end())
        if cue is None:
            continue
        start, end, _ = _clause(folded, cue.end(), lex)
        clause = folded[start:end].strip()
        if lex.known.fullmatch(clause) or lex.ambiguous.fullmatch(clause):
            span = _trim(text, folded, start, end)
            if span is not None:
                out.append(span)
    return out


def _relay_credits(text: str, folded: str, lex: _Lexicon, limit: int) -> list[Span]:
    """Outlets a paragraph opens by relaying ("سایت اینترنتی «میدل ایست آن لاین» روز گذشته با اعلام این خبر
    نوشت:"): a story that opens this way credits them."""
    return [Span(m.start(1), m.end(1), text[m.start(1):m.end(1)]) for m in lex.relay.finditer(folded, 0, limit)]


def outlet_name(written: str) -> str:
    """An outlet's name as written, without the quotation marks around its proper part ("روزنامه «الوطن»")."""
    return " ".join(_QUOTE_MARKS.sub("", written).split())


def _key(name: str) -> str:
    """Identity of an outlet: its canonical name if known ("خبرگزاری فارس" and "فارس" are one), else the
    folded name."""
    folded = fold(outlet_name(name)).replace(" ", "").lower()
    return lexicon().canonical.get(folded, folded)


def outlet_of_url(url: str | None) -> str | None:
    """The outlet whose web domain (or a subdomain of it) ``url`` is on: «https://www.farsnews.ir/news/…» →
    «خبرگزاری فارس»; None for an address no outlet in ``story.yaml`` has."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower()
    domains = lexicon().domains
    while host:
        if host in domains:
            return domains[host]
        _, _, host = host.partition(".")
    return None


def find_publisher(text: str, boilerplate: list[Span] | None = None) -> tuple[Span | None, list[Span]]:
    """The publisher's span and the credited spans stated in ``text``."""
    lex = lexicon()
    folded = _masked(text, boilerplate or [])
    limit = min(len(folded), HEAD_CHARS)
    candidates = (
        _report_credits(text, folded, lex, limit)
        + _dateline_credits(text, folded, lex, limit)
        + _interview_credits(text, folded, lex, limit)
    )
    relayed = _relay_credits(text, folded, lex, limit)
    if not candidates:
        return None, relayed
    credit_start, publisher, clause_end, _ = min(candidates, key=lambda c: c[0])
    credited = _credited(text, folded, lex, clause_end)
    # a relay that opens the story is its source; one after the publisher's credit is a quoted report
    credited += _later_credits(text, folded, lex, clause_end) + [span for span in relayed if span.start < credit_start]
    known = _key(publisher.text) in lex.canonical.values()
    if _key(publisher.text) in lex.foreign or (not known and _foreign_name(publisher.text)):
        # "به گزارش خبرگزاری فرانسه، ..." in a Persian copy: relayed
        return None, _unique([publisher, *credited], set())
    return publisher, _unique(credited, {_key(publisher.text)})


def _unique(spans: list[Span], seen: set[str]) -> list[Span]:
    """Spans naming distinct outlets, in order, none of ``seen``."""
    seen = set(seen)
    unique = []
    for span in spans:
        if _key(span.text) not in seen:
            seen.add(_key(span.text))
            unique.append(span)
    return unique


# ------------------------------------------------------------------------------------------------ dates

_JM = "|".join(JALALI_MONTHS)
_GM = "|".join(sorted(GREGORIAN_MONTHS, key=len, reverse=True))
_JALALI_TEXT = re.compile(rf"(?<!\d)(\d{{1,2}}) ?({_JM})(?: ?ماه)? ?(?:سال )?(\d{{4}})(?!\d)")
_GREG_TEXT = re.compile(rf"(?<!\d)(\d{{1,2}}) ?({_GM}) ?(\d{{4}})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})[/.\-](\d{1,2})[/.\-](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")
_TIME = re.compile(r"(?<!\d)(\d{1,2}):(\d{2})(?::(\d{2}))?(?!\d)")
_WEEKDAY = re.compile("|".join(sorted(WEEKDAYS, key=len, reverse=True)))
_RESIDUE = re.compile(r"[\s\-–—|/،,:;؛()\[\]\.\*]+")


def _jalali(y: int, m: int, d: int) -> date | None:
    if not 1300 <= y <= 1499:
        return None
    try:
        return jdatetime.date(y, m, d).togregorian()
    except ValueError:
        return None


def _gregorian(y: int, m: int, d: int) -> date | None:
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(value: str) -> tuple[date | None, time | None, int, int]:
    """The first full date (and time) in ``value``: (date, time, start, end of the date). Jalali and
    Gregorian, textual ("12 خرداد 1403", "9 اکتبر 2023") or numeric ("1402/05/30", "2023-10-09")."""
    folded = fold(value)
    found: tuple[date, int, int] | None = None
    for regex, kind in ((_JALALI_TEXT, "jt"), (_GREG_TEXT, "gt"), (_YMD, "ymd"), (_DMY, "dmy")):
        for m in regex.finditer(folded):
            if kind == "jt":
                d = _jalali(int(m.group(3)), JALALI_MONTHS.index(m.group(2)) + 1, int(m.group(1)))
            elif kind == "gt":
                d = _gregorian(int(m.group(3)), GREGORIAN_MONTHS[m.group(2)], int(m.group(1)))
            elif kind == "ymd":
                y, mo, da = int(m.group(1)), int(m.group(2)), int(m.group(3))
                d = _jalali(y, mo, da) or _gregorian(y, mo, da)
            else:
                d = _jalali(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if d is not None and (found is None or m.start() < found[1]):
                found = (d, m.start(), m.end())
                break
    if found is None:
        return None, None, -1, -1
    clock = None
    for m in _TIME.finditer(folded):
        if found[1] <= m.start() < found[2]:
            continue
        h, mi, s = int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)
        if h < 24 and mi < 60 and s < 60:
            clock = time(h, mi, s)
            break
    return found[0], clock, found[1], found[2]


def _date_line(line: str, lex: _Lexicon) -> tuple[date, time | None] | None:
    """A line that is only a date (with optional time, weekday and labels)."""
    if len(line.strip()) > MAX_DATE_LINE:
        return None
    day, clock, start, end = parse_date(line)
    if day is None:
        return None
    rest = fold(line[:start] + " " + line[end:])
    rest = _TIME.sub(" ", rest)
    rest = _WEEKDAY.sub(" ", rest)
    rest = lex.date_labels.sub(" ", rest)
    rest = re.sub(rf"(?:{lex.code_labels})\s*:?\s*\d+", " ", rest)
    if _RESIDUE.sub("", rest):
        return None
    return day, clock


def find_date(text: str) -> tuple[date | None, datetime | None]:
    """The story date stated on a line of its own, and the datetime if a time is given with it."""
    lex = lexicon()
    for line in text.split("\n"):
        found = _date_line(line, lex)
        if found:
            day, clock = found
            at = datetime.combine(day, clock, tzinfo=TEHRAN) if clock else None
            return day, at
    return None, None


def parse_container_date(value: str | None) -> tuple[date | None, datetime | None]:
    """A container's date: ISO 8601 (date or datetime; naive times are Tehran time) or a Jalali string."""
    if not value or not value.strip():
        return None, None
    value = value.strip()
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        parsed = None
    if parsed is not None:
        if len(value) <= 10:  # a bare date
            return parsed.date(), None
        at = parsed.replace(tzinfo=TEHRAN) if parsed.tzinfo is None else parsed.astimezone(TEHRAN)
        return at.date(), at
    day, clock, _, _ = parse_date(value)
    if day is None:
        return None, None
    return day, datetime.combine(day, clock, tzinfo=TEHRAN) if clock else None


# ------------------------------------------------------------------------------------------ code, title


def find_news_code(text: str) -> str | None:
    """The article id of a "کد خبر: ۴۷۷۶۱۲۴" line, in ASCII digits."""
    lex = lexicon()
    match = re.search(rf"(?:{lex.code_labels})\s*[:：]?\s*(\d+)", fold(text))
    return match.group(1) if match else None


def guess_title(text: str, boilerplate: list[Span]) -> str | None:
    """The first non-blank line, if it reads like a headline: short, not a full sentence ending in a full
    stop or colon, not a credit line, a date line or boilerplate."""
    lex = lexicon()
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if any(s.start <= start + line.find(stripped) < s.end for s in boilerplate):
            return None
        folded = fold(stripped)
        if (
            len(stripped) > MAX_TITLE_CHARS
            or _words(stripped) < 2
            or folded[-1] in ".:؛;،,"
            or lex.report_cue.search(folded + " ")
            or _date_line(stripped, lex)
        ):
            return None
        return stripped
    return None


def extract_story(raw: RawDocument, boilerplate: list[Span]) -> Story:
    """Story metadata of ``raw``; ``boilerplate`` spans are not read for the publisher or credits."""
    text = raw.text
    publisher_span, credited = find_publisher(text, boilerplate)
    # the text's own credit line, else what the container says, else the outlet whose web address the copy has
    publisher = outlet_name(publisher_span.text) if publisher_span else (raw.publisher or outlet_of_url(raw.url))
    published, published_at = parse_container_date(raw.published)
    if published is None:
        published, published_at = find_date(text)
    return Story(
        title=raw.title or guess_title(text, boilerplate),
        publisher=publisher,
        publisher_span=publisher_span,
        credited=[outlet_name(span.text) for span in credited],
        credited_spans=credited,
        published=published,
        published_at=published_at,
        news_code=find_news_code(text),
    )

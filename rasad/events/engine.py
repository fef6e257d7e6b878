"""Coding events from triggers and actor mentions, sentence by sentence.

For each trigger match the engine finds the source (the speaker when the trigger stands inside a quote,
unless a deed the speaker reports opens with its own subject; else the subject of the clause: after a verb
and "که" the clause's own, else the first actor mention not governed by a preposition, after any
attribution opening; for a nominal trigger, the actor that follows it; else the subject of the discourse
so far, or both sides of the last meeting when the clause says "دو طرف") and the targets by the trigger's
rule (``با X``, ``از X``, ``X را``, the actor right after the trigger or a list there, ``علیه X``, ``به X``,
a visit's destination, a summit's participants or its host body, an actor inside the phrase, the agent of
what is judged unjustifiable, the other party of a meeting told before, or the parties listed with the
subject; "دو طرف" after the subject is the pair just named). Targets joined by "و" give one event each, as
do subjects joined by "و" before a plural verb. Not coded: a trigger in the subjunctive after a demand (the
action asked for), one a trigger's own exclusions rule out ("این دیدار", "دیدار اخیر"), one in a sentence
told as past background ("ماه گذشته"), a threat with no addressee, a visit to one's own country, and a
state's act restating what its own official did.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from itertools import dropwhile

from rasad.actors.gazetteer import compact_key
from rasad.actors.registry import load_registry
from rasad.actors.titles import DUAL_PREFIX
from rasad.doc import DateMention, Mention
from rasad.evaluation.scoring import SYMMETRIC_CONSULT_MODES
from rasad.events.lexicon import Trigger
from rasad.events.patterns import compile_phrase, match_view, phrase_list, verb_forms, word_list
from rasad.events.quotes import GUILLEMET_CUE, HEADLINE_CUE, QuoteSpan, find_quotes, first_statements, speech_verb_ends
from rasad.normalise.letters import normalise_letters
from rasad.text import sentence_spans, word_after, word_before

PREPOSITION_RULES = {
    "with": ("با",), "from": ("از",), "against": ("علیه", "بر ضد", "ضد", "در اعتراض به"), "to": ("به",), "addressee": ("به", "برای"),
    "posted": ("در", "از"),
}
BOTH_SIDES = re.compile(r"(?<!\w)(دو طرف|طرفین|دو کشور|دو مقام|دو وزیر|دو رئیس)(?!\w)")
# a trigger that ends in a first-person verb: "گفتگو خواهیم کرد", "دیدار کردیم", "محکوم می‌کنم"
FIRST_PERSON = re.compile(r"(?:(?<!\w)(?:خواهیم|خواهم) \S+|(?:کرد|کن|داد|ده|شد|شو|گفت|گوی|داشت|دار)(?:یم|م))$")
FUTURE = re.compile(r"(?<!\w)(خواهد|خواهند|قرار است|قرار شد|آینده|آتی)(?!\w)")
ATTRIBUTION_OPENING = re.compile(
    r"\s*(?:(?:به گزارش|به نقل از|به گفته|بنا بر|بنابر|طبق گزارش)[^،\n]{0,120}،"
    r"|(?:یک )?(?:منبع|منابع|خبرگزاری|رسانه|رسانه‌های|رسانه های|روزنامه|وبگاه|پایگاه)[^،\n.]{0,80}?"
    r"(?:گزارش داد|خبر داد|اعلام کرد|نوشت|مدعی شد) که)"
)
RECIPROCAL = re.compile(r"(?<!\w)با (?:هم|همدیگر|یکدیگر)(?!\w)")  # "با هم دیدار کردند": each with each
RECIPROCAL_REACH = 12  # characters before a trigger where "با هم" may stand
# a sentence about a person named before: "وی افزود"، "این مقام هندی افزود"
PERSONAL_PRONOUN = re.compile(r"\s*(?:وی|او|ایشان|این (?:مقام|مسئول|دیپلمات|سیاستمدار|نماینده|وزیر|فرمانده|سخنگو|فعال))(?!\w)")
INFORMANT = re.compile(r"(?<!\w)(?:به نقل از|به گفته|از قول)(?!\w)")  # a credit's own informant follows these
# "X و از جمله Y", "X و به‌ویژه Y": Y is one of the list, not governed by the "از"/"به" of the marker
ENVOYS_OF = re.compile(r"(?<!\w)(?:نمایندگانی|نمایندگان|نماینده|هیئتی|هیاتی|هیئت‌هایی) از(?!\w)")
LIST_MARKERS = re.compile(r"(?<!\w)(?:از جمله|به ویژه|بویژه|خصوصا|خصوصاً|بخصوص|به خصوص|به‌ویژه)(?!\w)")
CLAUSE_MARKS = (":", " اما ", " ولی ")  # where a clause the trigger closes may begin (not "،": it may close a relative clause)
# a verb and «و» close a clause; «گفت و گو» is the noun "talks", no verb
CLAUSE_END = re.compile(r"(?<!\w)(?:کرد|کردند|کردیم|کردم|شد|شدند|شدیم|نمود|نمودند|داد|دادند|دادیم|دادم|گفت|است|بود)\s+و\s(?!(?<=گفت و )گو)")
INTERNATIONAL = re.compile(r"(?<!\w)بین ?الملل(ی)?(?!\w)")
PLACE_IN = re.compile(r"(?<!\w)در\s*$")
# third-person plural verbs end in «ند» ("شدند", "کرده‌اند", "مخالفند"); these singular forms do too
SINGULAR_STEMS_IN_N = ("کند", "خواند", "ماند", "ساند", "راند", "شاند", "فکند", "شکند")
NOT_ARGUMENTS = {"title-complement", "attribution"}  # mentions that name no participant
CLAUSE_OPENERS = {"که", "و", "اما", "ولی", "بلکه"}  # words after which a clause opens with its subject
# words of a second, unknown party after «و» between the party an obligation falls on and «باید» (a suffix
# after ZWNJ counts as a word in the match view: «دولت‌ها» is two)
OBLIGED_PARTNER_WORDS = 4
OBLIGATION_ADVERBS = {"نیز", "هم", "هرچه", "زودتر", "فورا", "فوراً", "اکنون", "امروز", "قطعا", "قطعاً", "حتما", "حتماً"}
# the first of these after «باید» tells who acts: "باید محاکمه شود" (passive), "نباید اجازه دهد ... اجرا شود"
PASSIVE_AFTER_MUST = re.compile(r"(?<!\w)(?:شود|شوند|گردد|گردند|بشود|بشوند)(?!\w)")
ACTIVE_AFTER_MUST = re.compile(
    r"(?<!\w)(?:کند|کنند|بکند|بکنند|دهد|دهند|بدهد|بدهند|باشد|باشند|بداند|بدانند|گیرد|گیرند|بگیرد|بگیرند|دارد|دارند)(?!\w)"
)
NEXT_WORDS = 2  # words that may stand between a noun trigger and its addressee ("جنایات اخیر رژیم ...")
PLACE_RULES = ("destination", "reached")  # target rules whose target is where the source goes
DESTINATION_WORDS = 3  # words between a visit's destination and its verb ("به تهران سفر کرد", "به مسکو سفر رسمی کرد")
PARTY_TYPES = {"CONSULT", "AGREE", "COOPERATE"}  # types whose parties may be listed together as the subject
# a news outlet speaks for itself only when it judges: a charge or a denial in its own columns; any other
# act it names with itself as the subject ("واشنگتن پست نوشت ... همکاری می‌کرد") is what it reports others did
OUTLET_TYPES = {"ACCUSE", "REJECT"}
NULL_TARGET_TYPES = {"REQUEST"}  # a demand is worth reporting with no addressee; a threat or a warning needs one
RELAYED_FROM = re.compile(r"[\s\u200c«»\"]*به[\s\u200c]+نقل[\s\u200c]+از[\s\u200c]")
QUOTE_OPENING_QUANTIFIERS = {"", "همه", "همه‌ی", "تمام", "تمامی", "برخی", "بسیاری از"}  # "گفت: همه اصولگرایان ..."
PUNCTUATION_GAP = " \t\n\u200c،,:«»\""  # what may stand between a verb or a name and the subject that follows
FALLBACK_TYPES = {"REQUEST", "THREATEN"}  # addressee may stand inside the phrase or open the clause
# "در نامه‌ای به X", "طی پیامی خطاب به X": whom a letter or message is written to, right before the mention
LETTER_TO = re.compile(r"(?:نامه|نامه[\s\u200c]*ای|پیام|پیامی|خطاب)(?:[\s\u200c]+خطاب)?[\s\u200c]+به[\s\u200c]+$")
DEMANDED_AGENT_WORDS = 4  # words from a demand's first word to the agent of the act it demands
DEMANDED_BY = re.compile(r"(?:(?<!\w)از سوی|(?<!\w)از جانب|(?<!\w)توسط)\s*$")  # «خواستار … از سوی X … شد»: X is asked
PREPOSITION_WINDOW = 4  # words between a preposition and the actor it governs ("با ارتشبد «X»")
COORDINATION_WORDS = 12  # words between two coordinated actors, their titles included
WORDS_AFTER_AND = 3  # words between "و" and the second of two coordinated actors ("و سرلشکر", "و همتای قطری خود")
PREPOSITIONS = {"با", "از", "به", "علیه", "برای", "در", "میان", "بین", "توسط", "درباره", "نسبت", "ضد"}
AGENT_NOUNS = ("سوی", "جانب", "طرف")  # "از سوی X": by X
AGENT_WORDS = 2  # words between "توسط" and the agent's name ("توسط اطلاعات سپاه", "توسط پلیس ترکیه")
SUBJECT_BLOCKERS = PREPOSITIONS | {"که", *AGENT_NOUNS}  # a word right before a mention that makes it no subject
# Subjunctive light verbs: after a demand or warning in the same sentence, a trigger ending in one of these is
# the action asked for, not one that happened ("از دستگاه قضایی خواست فرد را آزاد کند").
SUBJUNCTIVE_VERBS = frozenset(
    "کند کنند بکند بکنند شود شوند بشود دهد دهند بدهد بدهند نماید نمایند گردد گردند یابد یابند "
    "بگذارد بگذارند بپذیرد بپذیرند بردارد بردارند بگیرد بگیرند".split()
)
DEMAND_TYPES = {"REQUEST", "THREATEN"}
PLACE_WORDS = 2  # words of a place between a party and «و با» ("با شارون در قدس و با عباس")
# Deeds a speaker may report of others: inside a quote, the clause's own subject does them. Statements
# (praise, blame, demands) inside a quote stay the speaker's.
REPORTED_TYPES = PARTY_TYPES | {"AID", "ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "SANCTION", "CONCEDE"}
# A verb right before "که" makes what follows a clause with its own subject ("در حالی است که X ...", "اعلام
# کرد که X ..."); a noun there makes it a relative clause ("X که به مسکو سفر کرده، ...").
CLAUSE_VERB = re.compile(
    r"(?<!\w)(?:است|بود|کرد|کردند|شد|شدند|گفت|افزود|داشت|نمود|نوشت|دارد|داریم|هستیم|هستند|نیست|نیستند|گرفت|می‌\w+|می \w+"
    r"|(?:امیدوار|معتقد|مطمئن)(?:یم|م|ند|است)?)\s*$"
)


@dataclass
class CodedEvent:
    trigger: Trigger
    start: int  # normalised offsets of the evidence
    end: int
    source: str | None
    target: str | None
    date: date | None
    location: Mention | None
    future: bool
    confidence: float


@dataclass
class CodedQuote:
    span: QuoteSpan
    speaker: str | None


@dataclass(frozen=True)
class _Source:
    """Who acts: an actor id, and the mention that names it in this sentence (None when it comes from
    a quote's speaker or the discourse)."""

    actor_id: str
    mention: Mention | None = None


@dataclass
class _Sentence:
    start: int
    end: int
    mentions: list[Mention] = field(default_factory=list)


class EventCoder:
    def __init__(self, triggers: tuple[Trigger, ...]):
        self.triggers = triggers

    def code(
        self,
        text: str,
        mentions: list[Mention],
        dates: list[DateMention],
        story_date: date | None,
        countries: dict[str, str | None] | None = None,
        reporters: frozenset[str] = frozenset(),
    ) -> tuple[list[CodedEvent], list[CodedQuote]]:
        """``countries`` maps actor ids to their country: a summit's participants leave out the source's own;
        ``reporters`` are the news outlets among the actors."""
        self.countries = countries or {}
        self.reporters = reporters
        view = match_view(text)
        arguments = [m for m in mentions if m.actor_id and m.how not in NOT_ARGUMENTS and m.norm_start >= 0]
        # names the tagger found but nobody could resolve: a clause about one of them is about someone unknown
        unknown = [m for m in mentions if not m.actor_id and m.type in ("PER", "ORG") and m.norm_start >= 0]
        sentences = []
        for s, e in sentence_spans(text):
            credit_end = _attribution_end(view, s)
            # an outlet inside the attribution a sentence opens with ("به گزارش «سی‌ان‌ان»، ...") credits the
            # report and takes no part in it; a person there may still be the subject ("به گزارش فارس جرج بوش ...")
            sentences.append(_Sentence(s, e, [
                m for m in arguments if s <= m.norm_start < e and not (m.type == "ORG" and m.norm_end <= credit_end)
            ]))
        speech_ends = speech_verb_ends(view, 0, len(view))  # read once: every clause looks back for one
        # «...» around a name marks the name, not speech: "با «خوزه لوئیس رودریگز زاپاترو» دیدار کرد"
        named = {(m.norm_start, m.norm_end) for m in mentions}
        all_quotes = [q for q in find_quotes(text) if q.cue != GUILLEMET_CUE or (q.start, q.end) not in named]
        quotes: list[CodedQuote] = []
        events: list[CodedEvent] = []
        discourse: str | None = None
        person: str | None = None  # the last person the discourse was about
        last_pair: tuple[str, str] | None = None
        matches = self._matches(view)
        for sentence in sentences:
            # the clause's subject stands before what it says: an actor inside "افزود: ..." is no subject
            said = [
                q.start for q in all_quotes
                if sentence.start <= q.cue_start < sentence.end and q.cue != GUILLEMET_CUE and not q.bare
            ]
            subject = self._subject(view, sentence, before=min(said, default=None))
            # "وی افزود: ..." after "به گفته وی، سربازان پاکستان ...": the pronoun is a person, not the last subject
            # «وی» names a person: with none told yet, the speaker is unknown rather than the last state
            discourse_before = person if PERSONAL_PRONOUN.match(view, sentence.start) else discourse
            for quote in all_quotes:
                if sentence.start <= quote.cue_start < sentence.end:
                    speaker = self._subject(view, sentence, before=quote.start)
                    if speaker is not None and any(q.start <= speaker.norm_start < q.end for q in all_quotes):
                        speaker = None  # "«مجلس خبرگان باید …»، «دولت باید …»": an actor one quote names speaks no other
                    if word_before(view, quote.cue_start) == "که":
                        # "در پاسخ به سوال خبرنگاری که گفت: ...": the noun the relative clause qualifies speaks
                        speaker = _named_right_before(view, sentence, view.rfind("که", 0, quote.cue_start))
                        if speaker is None:
                            continue
                    if speaker is not None and RELAYED_FROM.match(view, speaker.norm_end):
                        # "شینهوا به نقل از مقام‌های عالی‌رتبه چینی افزود: ...": the outlet relays who speaks
                        speaker = next((m for m in mentions if m.actor_id and speaker.norm_end < m.norm_start < quote.cue_start), None)
                    pronoun = PERSONAL_PRONOUN.match(view, sentence.start)
                    if speaker is not None and pronoun and speaker.norm_start >= pronoun.end():
                        speaker = None  # "وی به ناکامی آمریکا اشاره کرد و افزود:": «وی» speaks, America is talked of
                    if quote.cue == HEADLINE_CUE:
                        # "توکلی: ...": the words before the colon must be the speaker's name, nothing more
                        if speaker is not None and (
                            not view[speaker.norm_end: quote.start].strip(" :\u200c")
                            or _addressed_headline(view, sentence, speaker, quote)
                        ):
                            quotes.append(CodedQuote(quote, speaker.actor_id))
                        continue
                    quotes.append(CodedQuote(quote, speaker.actor_id if speaker else discourse_before))
            for trigger, match in matches:
                if not sentence.start <= match.start() < sentence.end:
                    continue
                if _demanded(trigger, match, matches, sentence, view) or _ruled_out(trigger, match, sentence, view):
                    continue
                if any(phrase.search(view, sentence.start, match.start()) for phrase in phrase_list("background")):
                    continue  # "بشار اسد ماه گذشته نیز دیداری با طالبانی داشت": background, not news
                if _supposed(trigger, match, sentence, view):
                    continue
                quote = next((q for q in quotes if q.span.start <= match.start() < q.span.end), None)
                if quote is not None and trigger.source == "speaker":
                    # "گفت: کشورهای اروپایی باید ... عمل کنند", "گفت آمریکا باید ... لغو کند": the speaker asks
                    # (or warns) the party the quoted clause opens with
                    clause_subject = None
                elif quote is None or quote.span.bare:
                    # "پاول گفت ایتالیا این گروه را تروریستی تلقی کرده است": with no «که» or colon the verb
                    # reports a clause that keeps its own subject
                    clause_subject = self._clause_subject(view, sentence, match, speech_ends)
                    quote = None
                else:
                    # "گفت: عباس و هنیه امروز دیدار می‌کنند": the speaker reports others' meeting
                    clause_subject = self._quoted_subject(view, sentence, quote, match)
                    if clause_subject is not None and trigger.type not in REPORTED_TYPES:
                        clause_subject = self._third_party(view, quote, clause_subject, match)
                    quote = None if clause_subject else quote
                # "مجمع نمایندگان طلاب ... حوزه علمیه قم ... خواستار ... شدند": an unknown body acts, not the last subject
                unknown_subject = any(
                    sentence.start <= m.norm_start < match.start() and not _after_preposition(view, m) for m in unknown
                ) or (discourse_before == person and _plural_verb(match))  # "معترضان ... خواستار ... شدند" after one person
                source = self._source(clause_subject or subject, quote, None if unknown_subject else discourse_before, match)
                confidence = trigger.confidence
                # a phrase whose target sits inside it has no agent there, nor one whose target follows it, unless
                # the agent stands inside the phrase ("واکنش X به ادعای Y")
                agent = None if quote is not None or trigger.target == "inside" else _agent_of_noun(text, sentence, match)
                if agent is not None and trigger.target in ("next", "next-list") and agent.norm_start >= match.end():
                    agent = None
                words_before = view[sentence.start: match.start()].split()
                noun_in_phrase = not words_before or words_before[-1] in PREPOSITIONS
                if agent is not None and trigger.mode == "multilateral" and agent.type == "ORG":
                    agent = None  # "در اجلاس سازمان همکاری شانگهای": the body hosts the summit, it is not the agent
                # "تماس تلفنی پوتین و روحانی", "انتقاد روسیه از آمریکا"; "X اتهامات آمریکا علیه ایران را رد کرد"
                # (source: agent): the noun's own agent acts, whoever the clause is about
                if agent is not None and (source is None or source.mention is None or noun_in_phrase or trigger.source == "agent"):
                    source = _Source(agent.actor_id, agent)
                if trigger.source == "own-agent":
                    source = _own_agent(view, sentence, match, agent)
                    if source is None:
                        continue
                if source is not None and source.actor_id in self.reporters and trigger.type not in OUTLET_TYPES:
                    # "شبکه «سی‌ان‌ان»، «جان برکاو» ... هشدار داد": an outlet reports the act, someone after it does it
                    source = _reported_actor(view, sentence, source, match)
                    if source is None:
                        continue
                if source is None or source.mention is None and quote is None:
                    if trigger.target == "obliged":
                        continue  # "«مجلس باید انقلابی باشد»، «دولت باید …»": slogans nobody in sight asks of anyone
                    confidence -= 0.2  # the actor comes from an earlier sentence
                targets = (
                    self._targets(view, sentence, trigger, match, source)
                    or _counterpart(trigger, match, source, discourse_before, arguments)
                    or _both_sides(view, sentence, trigger, match, source, last_pair, arguments)
                    or self._fallback_targets(view, sentence, trigger, match, source, quote)
                )
                if (
                    not targets and trigger.type in PARTY_TYPES and trigger.target not in PLACE_RULES
                    and source is not None and source.mention is not None
                ):  # "X و Y دیدار کردند", "تماس تلفنی X و Y", "X و Y توافق‌نامه امضا کردند"; a journey needs its place
                    # (not across a trigger: "دیدار مقامات ترکمنستان و چین و رایزنی وزرای خارجه ازبکستان" is two talks)
                    starts = [other.start() for _, other in matches if sentence.start <= other.start() < sentence.end]
                    targets = [
                        m for m in _coordinated_after(view, sentence, source.mention)
                        if not any(source.mention.norm_end <= start < m.norm_start for start in starts)
                    ]
                if (
                    not targets and trigger.type in PARTY_TYPES and quote is None and last_pair
                    and BOTH_SIDES.search(view, sentence.start, match.start())
                ):  # "دو طرف توافق کردند": the parties of the last meeting act with each other
                    source = _Source(last_pair[0])
                    targets = [m for m in arguments if m.actor_id == last_pair[1]][:1]
                if trigger.target == "passive":
                    # "X توسط Y بازداشت شد": Y acts on X, the clause's subject; with no agent named, no event
                    source, targets = _passive_roles(view, sentence, match)
                if trigger.target == "attendees":
                    # "دیدار با حضور X و Y برگزار شد": the first attendee meets the others; one attendee, no event
                    source, targets = _attendees(view, sentence, match)
                if source is None:
                    continue
                if trigger.type in PARTY_TYPES and source.mention is not None and RECIPROCAL.search(
                    view, max(sentence.start, match.start() - RECIPROCAL_REACH), match.end()
                ):  # "روحانی، کرزی، رحمان و ممنون حسین با هم دیدار کردند": every two of them met
                    group = [source.mention, *_coordinated_after(view, sentence, source.mention)]
                    for index, first in enumerate(group):
                        for second in group[index + 1:]:
                            events += self._events(view, sentence, trigger, match, _Source(first.actor_id, first), [second], dates, story_date, confidence)
                    continue
                events += self._events(view, sentence, trigger, match, source, targets, dates, story_date, confidence)
                for partner in _co_subjects(view, sentence, trigger, match, source, targets):
                    # "عباس و هنیه با کمیته ... دیدار خواهند داشت": each subject meets the target
                    events += self._events(view, sentence, trigger, match, _Source(partner.actor_id, partner), targets, dates, story_date, confidence)
                if trigger.type == "CONSULT" and targets:
                    last_pair = (source.actor_id, targets[0].actor_id)
            if subject:
                discourse = subject.actor_id
                person = subject.actor_id if subject.type == "PER" else person
        _inherit_visit_location(events)
        quotes.sort(key=lambda quote: quote.span.start)
        first = first_statements(
            [(quote.speaker, text[quote.span.start: quote.span.end], quote.span.cue == HEADLINE_CUE) for quote in quotes]
        )
        # speech nobody can be named for is no quote: the issue asks for what an actor said. A country as a whole
        # says nothing in person: speech given to one is nearly always an office or body the grammar missed
        # around its name («مسئول دیپلماسی کوبا», «پلیس برزیل») or a chant (2 of 25 right on the development gold)
        said = [q for q, keep in zip(quotes, first) if keep and q.speaker and not _is_state(q.speaker, self.countries)]
        return _without_state_restatements(_dedupe(events), self.countries), said

    # -- pieces -----------------------------------------------------------------------------------------
    def _matches(self, view: str) -> list[tuple[Trigger, re.Match[str]]]:
        """Trigger matches (no pattern crosses a sentence end); of overlapping matches of one type the
        longest wins, except that a noun needing its own agent yields to any other ("سفر کرده است، امروز به
        خبرنگار": the verb, not a gap running on to a later «به»)."""
        found = []
        for trigger in self.triggers:
            for pattern, anchors in zip(trigger.patterns, trigger.anchors):
                if anchors and not any(anchor in view for anchor in anchors):
                    continue  # cheap substring test before the regex
                for match in pattern.finditer(view):
                    found.append((trigger, match))
        found.sort(key=lambda item: (item[0].source == "own-agent", item[1].start(), -(item[1].end() - item[1].start())))
        kept: list[tuple[Trigger, re.Match[str]]] = []
        for trigger, match in found:
            if any(
                t.type == trigger.type and match.start() < m.end() and m.start() < match.end() for t, m in kept
            ):
                continue
            kept.append((trigger, match))
        return sorted(kept, key=lambda item: (item[1].start(), -(item[1].end() - item[1].start())))

    def _subject(self, view: str, sentence: _Sentence, before: int | None = None) -> Mention | None:
        """The first actor not governed by a preposition nor marked as object, after any attribution
        opening the sentence ("به گزارش ... ،", "به گفته وی،"): the outlet or the informant is not the
        subject of the clause that follows."""
        start = sentence.start
        while opening := ATTRIBUTION_OPENING.match(view, start):  # "به گزارش فارس، یک منبع ... گزارش داد که"
            # "به گزارش فارس جرج بوش در سخنان خود، ...": a credit with no comma runs into the clause's subject
            named = next((
                m for m in sentence.mentions
                if start < m.norm_start < opening.end() and m.type == "PER" and m.how not in (*NOT_ARGUMENTS, "role-title")
                and view[start: m.norm_start].split()[:2] == ["به", "گزارش"] and not INFORMANT.search(view, start, m.norm_start)
            ), None)
            if named is not None:
                start = named.norm_start
                break
            start = opening.end()
        start = _after_adverbial(view, start, sentence.end if before is None else before)
        for mention in sentence.mentions:
            if mention.norm_start < start:
                continue
            if before is not None and mention.norm_start >= before:
                break
            words = view[sentence.start: mention.norm_start].split()
            if words and words[-1] in SUBJECT_BLOCKERS:
                continue
            following = view[mention.norm_end: mention.norm_end + 4].split()
            if following and following[0] == "را":
                continue
            if _possessor_in_opening(view[start: mention.norm_start]):
                return None  # "قائم مقام ستاد انتخاباتی احمدی‌نژاد گفت": the subject is an office no list has
            return mention
        return None

    def _quoted_subject(self, view: str, sentence: _Sentence, quote: CodedQuote, match: re.Match[str]) -> Mention | None:
        """The subject of the quoted clause that holds the trigger, if it opens with one ("گفت: عباس و هنیه
        ... دیدار می‌کنند"); one after a preposition leaves the speaker as the subject ("گفت که با همتایان خود
        از امارات، کویت و قطر گفتگو کرده است")."""
        if FIRST_PERSON.search(match.group(0).rstrip()):
            return None  # "با مقامات سوریه و عراق گفتگو خواهیم کرد": the speaker's own side acts
        start = max(sentence.start, quote.span.start)
        inside = _Sentence(start, sentence.end, [m for m in sentence.mentions if m.norm_start >= start])
        opener = view.rfind(" که ", start, match.start())
        after_ke = next((m for m in inside.mentions if opener >= 0 and m.norm_start == opener + len(" که ")), None)
        if after_ke is not None and (after_ke.type == "PER" or _plural_verb(match)) and after_ke.norm_end <= match.start():
            # "گفت: ... امیدواریم که البرادعی در سفر خود به ایران ...": the person the clause is about; "آشکار است
            # که سازمان ملل و اغلب کشورهای عضو … را رد کرده‌اند": a plural verb agrees with the actors after «که»
            return after_ke
        subject = self._subject(view, inside, before=match.start())
        return subject if inside.mentions and subject is inside.mentions[0] else None

    def _third_party(self, view: str, quote: CodedQuote, subject: Mention, match: re.Match[str]) -> Mention | None:
        """A stance in a quote is the speaker's own unless the quoted clause opens with a third party ("گفت:
        همه اصولگرایان از قالیباف حمایت می‌کنند"): not a state (the speaker's own or any, "گفت: ایران ... را
        محکوم می‌کند"), and not the subject of a clause that closed before the trigger. With no known speaker
        the clause's subject is all the text gives ("یک منبع آگاه گفت: پوتین خواستار … است")."""
        if quote.speaker is None:
            return subject
        if self.countries.get(quote.speaker) == subject.actor_id:
            return None
        if _is_state(subject.actor_id, self.countries):
            return None
        if not _opens_quoted_clause(view[quote.span.start: subject.norm_start]):
            return None
        return None if _verb_between(view, subject.norm_end, match.start()) else subject

    @staticmethod
    def _clause_subject(view: str, sentence: _Sentence, match: re.Match[str], speech_ends: list[int]) -> Mention | None:
        """The subject of a clause opened by "که" before the trigger ("... در حالی است که X به مادرید سفر
        کرده است"), or by a speech verb it follows ("فراتینی گفت ایتالیا این گروه را ... تلقی کرده است");
        None when that clause names none of its own (a relative clause: "X که به مسکو سفر کرده، ..." keeps
        the sentence's subject). ``speech_ends`` are where the text's speech verbs end, in order."""
        opener = view.rfind(" که ", sentence.start, match.start())
        before = bisect_right(speech_ends, match.start())
        said = speech_ends[before - 1] if before and speech_ends[before - 1] > sentence.start else -1
        openings = []  # where the trigger's clause may open, nearest first
        if opener > said and CLAUSE_VERB.search(view, sentence.start, opener):
            # "این در حالی است که به رغم فشارهای آمریکا، چین ... مخالف است": past the clause's own adverbial
            openings.append(_after_adverbial(view, opener + len(" که "), match.start()))
        if said >= 0:
            # the reported clause opens right after the verb, with its subject first; a "که" inside it that
            # opens no subject is a relative clause ("مدعی شد دولت آمریکا محموله کشتی‌هایی که ... را توقیف کرد")
            openings.append(said)
        # else "X که ..." and "این مطلب که ..." qualify a noun: no clause of its own
        joined = [end.end() for end in CLAUSE_END.finditer(view, sentence.start, match.start())]
        if joined and joined[-1] > max(opener, said):
            # "او اتهاماتش را پذیرفت و آمریکا او را ... محکوم کرد": a verb and «و» open a clause with its own subject
            openings.insert(0, _after_adverbial(view, joined[-1], match.start()))
        for clause in openings:
            first = next((m for m in sentence.mentions if clause <= m.norm_start < match.start()), None)
            if first is not None and not view[clause: first.norm_start].strip(PUNCTUATION_GAP):
                return None if word_after(view, first.norm_end) == "را" else first
        return None

    @staticmethod
    def _source(subject: Mention | None, quote: CodedQuote | None, discourse: str | None, match: re.Match[str]) -> _Source | None:
        """The speaker inside a quote; the clause subject if it comes before the trigger; else the discourse."""
        if quote is not None:
            return _Source(quote.speaker) if quote.speaker else None
        if subject is not None and subject.actor_id and subject.norm_start < match.start():
            return _Source(subject.actor_id, subject)
        return _Source(discourse) if discourse else None

    def _targets(self, view: str, sentence: _Sentence, trigger: Trigger, match: re.Match[str], source: _Source | None) -> list[Mention]:
        source_id = source.actor_id if source else None
        others = [m for m in sentence.mentions if m.actor_id != source_id and not _names_an_agreement(view, m)]
        rule = trigger.target
        if trigger.mode == "multilateral":
            participants = _governed_group(view, sentence, others, ("بین", "میان"), match)
            home = self.countries.get(source_id)
            participants = [m for m in participants if m.actor_id != home]
            # "در اجلاس گروه دی 8 شرکت کرد": else the body whose summit it is (the host of the meeting)
            body = [m for m in others if m.type == "ORG" and match.start() <= m.norm_start and m.norm_end <= match.end()]
            if participants or (body and rule in PREPOSITION_RULES and not _governed_group(view, sentence, others, PREPOSITION_RULES[rule], match)):
                return participants or body[:1]
        if rule in PREPOSITION_RULES:
            return _governed_group(view, sentence, others, PREPOSITION_RULES[rule], match)
        if rule == "object":
            # a phrase that opens with «را» marks its own object, whatever «را» a clause inside it has
            # ("X را در حالی که … Y را لغو کرده، ریاکارانه خواند")
            opens = view.startswith("را ", match.start())
            marker = match.start() - 1 if opens else view.rfind(" را ", sentence.start, match.end())
            if marker < 0:
                return []
            # "حمله ... در نیوزیلند را", "بعد از نخست‌وزیر این رژیم، حماس را": a governed actor is not the object.
            before = [m for m in others if m.norm_end <= marker + 1 and not _after_preposition(view, m)]
            subject_end = source.mention.norm_end if source and source.mention else sentence.start
            if source and source.mention:  # "وزیران خارجه ایران و روسیه طرح آمریکا را": the subject's partners are no object
                for partner in _coordinated_after(view, sentence, source.mention):
                    if word_after(view, partner.norm_end) == "را":
                        break  # "مسکو، واشنگتن را … متهم کرد": the object, not a partner
                    subject_end = max(subject_end, partner.norm_end)
            in_object = [m for m in before if m.norm_start >= subject_end]
            # with the subject named in the sentence, an actor before it is no object ("فراتینی گفت ایتالیا این
            # گروه را … تلقی کرده": the object «این گروه» names no actor)
            first = in_object[:1] or ([] if source and source.mention else before[-1:])
            # "رویکرد کشورهای غربی و خصوصاً آمریکا ... را": the object lists several actors
            if not first:
                return []
            listed = first + [m for m in _coordinated_after(view, sentence, first[0], lists=True) if m.norm_end <= marker + 1]
            return _singled_out(view, listed)
        if rule in ("next", "next-list"):
            following = [m for m in others if m.norm_start >= match.end()][:1]
            if following:
                between = view[match.end(): following[0].norm_start].split()
                if len(between) <= NEXT_WORDS and not PREPOSITIONS.intersection(between) and "و" not in between:
                    # "انتظار داریم همه کشورها و از جمله روسیه ...": a list of addressees
                    listed = following + (_coordinated_after(view, sentence, following[0], lists=True) if rule == "next-list" else [])
                    return _singled_out(view, listed)
            after = next((m for m in sentence.mentions if m.norm_start >= match.end()), None)
            if after is not None and source_id is not None and after.actor_id == source_id and view[match.end(): after.norm_start].strip() == "":
                # "X در دیدار امروز Y با وی": «وی» is X itself, so the other party is the one inside the phrase
                return [m for m in others if match.start() < m.norm_start and m.norm_end <= match.end()][:1]
            return []
        if rule == "destination":
            places = [m for m in others if m.type == "LOC"]
            # "عازم تهران شد": the place inside the phrase; not when the phrase ends in «به» and the place
            # completes a traveller's title ("سفر رئیس‌جمهور چین به مسکو")
            inside = [m for m in places if match.start() <= m.norm_start < match.end()]
            if inside and view[match.start(): match.end()].split()[-1] != "به":
                return inside[:1]
            # "به X سفر کرد": the place stands just before the verb, not anywhere after some "به"; a list of
            # places ("به عربستان، امارات و کویت سفر کند") is a journey to each.
            before = [m for m in places if m.norm_end <= match.start()]
            if before and len(view[before[-1].norm_end: match.start()].split()) <= DESTINATION_WORDS:
                chain = [before[-1]]
                for place in reversed(before[:-1]):
                    if not _coordinated(view, place, chain[0]):
                        break
                    chain.insert(0, place)
                return chain if _governor(view, sentence, chain[0]) == "به" else []
            # "در جریان سفر فردا به شانگهای": the phrase's own «به» opens the place
            return _governed_group(view, sentence, [m for m in places if m.norm_start >= match.end()], ("به",), match)
        if rule == "reached":
            # "به امارات رفت", "به تهران آمده است": the place sits between «به» and the verb, nothing else
            # ("به مصاف اکوادور رفت" is a match, "فراتر خواهد رفت" goes nowhere)
            return [
                m for m in others
                if m.type == "LOC" and m.norm_end <= match.start() and not view[m.norm_end: match.start()].strip()
                and word_before(view, m.norm_start) == "به"
            ][-1:]
        if rule == "judged":
            # "حملات رژیم صهیونیستی ... هیچ توجیهی ندارد"; "قابل پذیرش نیست که X ... سخن بگوید"
            clause_start = max([sentence.start, *(view.rfind(mark, sentence.start, match.start()) for mark in CLAUSE_MARKS)])
            judged = [m for m in others if clause_start <= m.norm_start < match.start() and not _after_preposition(view, m)]
            if not judged and view[match.end(): match.end() + 4].split()[:1] == ["که"]:
                judged = [m for m in others if m.norm_start >= match.end() and not _after_preposition(view, m)]
            return judged[:1]
        if rule == "obliged":
            # "همه کشورهای جهان باید دست به دست هم دهند": the party the obligation falls on stands right before
            # «باید»; not the speaker's own state ("ایران باید ..." is a resolve) nor a passive's patient
            # ("این رژیم باید محاکمه شود" asks someone else to act)
            marks = (view.find(mark, match.end(), sentence.end) for mark in ("،", ":", "؛"))
            clause_end = min([sentence.end, *(at for at in marks if at >= 0)])
            passive = PASSIVE_AFTER_MUST.search(view, match.end(), clause_end)
            active = ACTIVE_AFTER_MUST.search(view, match.end(), clause_end)
            if passive and (active is None or passive.start() < active.start()):
                return []
            own = self.countries.get(source_id)
            # a subject named in the sentence asks the party of a clause it governs ("اصرار دارند که مردم باید"),
            # not the parties of a list of slogans it opens ("«مجلس خبرگان باید …»، «دولت باید …»")
            said_from = source.mention.norm_end if source and source.mention else None
            return [
                m for m in others
                if m.norm_end <= match.start() and _obliged_gap(view[m.norm_end: match.start()].split())
                and m.actor_id != own and _opens_clause(view, sentence, m)
                and (said_from is None or " که " in view[said_from: m.norm_start])
            ][-1:]
        if rule == "inside":
            return [m for m in others if match.start() <= m.norm_start and m.norm_end <= match.end()][:1]
        if rule == "host":
            return [m for m in others if m.norm_start >= match.start()][:1]
        return []

    @staticmethod
    def _fallback_targets(
        view: str,
        sentence: _Sentence, trigger: Trigger, match: re.Match[str], source: _Source | None, quote: CodedQuote | None
    ) -> list[Mention]:
        """When the rule finds no addressee: an actor inside a gapped phrase ("خواستار اقدام جامعه جهانی
        ... شد"), else, for warnings and demands spoken by the source (in a quote, or a trigger whose source
        is the speaker), the actor the clause opens with ("صهیونیست‌ها باید بدانند ... بدون هزینه نخواهد
        بود"). A reported warning's opening actor is its subject's own ("X کمیسر ... سازمان ملل ... هشدار داد")."""
        if trigger.type not in FALLBACK_TYPES or trigger.target == "obliged":
            return []  # an obligation's party is the one its own rule reads at the clause's opening, or none
        parties = [m for m in sentence.mentions if not source or m.actor_id != source.actor_id]
        # "خواستار توافقی با ایران شد", "میان باکو و ایروان، خواستار ...": a governed actor is no addressee
        others = [m for m in parties if not _after_preposition(view, m)]
        # the party asked is the agent of the demanded act, right after "خواستار" ("خواستار اقدام فوری جامعه جهانی")
        inside = [
            m for m in others
            if match.start() < m.norm_start and m.norm_end <= match.end()
            and len(view[match.start(): m.norm_start].split()) <= DEMANDED_AGENT_WORDS
        ]
        if inside:
            return inside[:1]
        # "خواستار کاهش تعرفه‌ها از سوی اروپا شدند": the demanded act's agent, named by «از سوی» or «توسط»
        by_agent = [
            m for m in parties
            if match.start() < m.norm_start and m.norm_end <= match.end()
            and DEMANDED_BY.search(view[max(match.start(), m.norm_start - 12): m.norm_start])
        ]
        if by_agent:
            return by_agent[:1]
        # "خواست که شورای شهر این مسئله را جبران کند": the agent the demanded clause opens with
        if match.group(0).split()[-1:] == ["که"] or view[match.end(): match.end() + 5].split()[:1] == ["که"]:
            opening = [m for m in others if m.norm_start >= match.end() and len(view[match.end(): m.norm_start].split()) <= 1]
            if opening:
                return opening[:1]
        # "در نامه‌ای خطاب به X خواستار ... شد": a demand in a letter is made of its addressee
        written_to = [
            m for m in sentence.mentions
            if m.norm_start < match.start() and LETTER_TO.search(view, max(sentence.start, m.norm_start - 30), m.norm_start)
        ]
        if written_to or (quote is None and trigger.source != "speaker"):
            return written_to[:1]
        clause_start = quote.span.start if quote is not None else sentence.start
        return [m for m in others if clause_start <= m.norm_start < match.start()][:1]

    def _events(
        self, view: str, sentence: _Sentence, trigger: Trigger, match: re.Match[str], source: _Source,
        targets: list[Mention], dates: list[DateMention], story_date: date | None, confidence: float,
    ) -> list[CodedEvent]:
        source_id = source.actor_id
        when = next((d.value for d in dates if d.granularity == "day" and sentence.start <= d.norm_start < sentence.end), story_date)
        location = self._location(view, sentence, trigger, targets)
        future = bool(FUTURE.search(view, match.end(), min(sentence.end, match.end() + 12))) or bool(
            FUTURE.search(view, sentence.start, match.start())
        )
        # the evidence is the sentence's own words: an actor named earlier ("نیز در این دیدار") stays out of it
        involved = [m for m in [source.mention, *targets] if m and sentence.start <= m.norm_start < sentence.end]
        start = min([match.start(), *(m.norm_start for m in involved)])
        end = max([match.end(), *(m.norm_end for m in involved)])
        if not targets:
            if trigger.type not in NULL_TARGET_TYPES or trigger.needs_target:
                return []
            return [CodedEvent(trigger, start, end, source_id, None, when, location, future, confidence - 0.1)]
        out = []
        for target in targets:
            target_id = target.actor_id
            if target_id == source_id:
                continue
            visitor, host = (target_id, source_id) if trigger.target == "host" else (source_id, target_id)
            if trigger.mode == "visit" and self.countries.get(visitor) == host:
                continue  # nobody visits their own country: the traveller is someone else ("گفت: X به اندونزی سفر کند")
            # "تهران میزبان وزیر خارجه عربستان بود": the subject hosts, so the guest is the visit's source
            out.append(CodedEvent(trigger, start, end, visitor, host, when, location, future, confidence))
        return out

    @staticmethod
    def _location(view: str, sentence: _Sentence, trigger: Trigger, targets: list[Mention]) -> Mention | None:
        if trigger.target in PLACE_RULES and targets:
            return targets[0]
        for mention in sentence.mentions:
            if mention.type == "LOC" and PLACE_IN.search(view, sentence.start, mention.norm_start):
                return mention
        return None


def _opens_quoted_clause(before: str) -> bool:
    """The words before a quote's first actor leave it the subject of a clause: none, a quantifier ("همه
    اصولگرایان …"), or a clause opened by «که» ("این کاملا آشکار است که سازمان ملل … را رد کرده‌اند")."""
    words = before.split()
    return " ".join(words) in QUOTE_OPENING_QUANTIFIERS or (bool(words) and words[-1] == "که")


def _own_agent(view: str, sentence: _Sentence, match: re.Match[str], agent: Mention | None) -> _Source | None:
    """The actor right after a noun that acts only with it ("سفر پوتین به تهران", "مذاکرات ایران و آمریکا"), with
    nothing but names between it and the phrase's last word ("سفر بوش برگرداندن اعتماد رهبران عرب به امریکا" is no
    journey); None, and no event, without one ("سفر اخیر X" is background, "سفر به ایران" names nobody)."""
    if agent is None or len(view[match.start(): agent.norm_start].split()) != 1:
        return None
    last_word_start = match.end() - len(match.group(0).split()[-1])
    if agent.norm_end < last_word_start and not _only_actors_between(view, sentence, agent.norm_end, last_word_start):
        return None
    return _Source(agent.actor_id, agent)


def _only_actors_between(view: str, sentence: _Sentence, start: int, end: int) -> bool:
    """Nothing but actors' names and commas stands between the two offsets ("پوتین، رئیس‌جمهور روسیه،")."""
    rest = list(view[start:end])
    for mention in sentence.mentions:
        if start <= mention.norm_start and mention.norm_end <= end:
            rest[mention.norm_start - start: mention.norm_end - start] = " " * (mention.norm_end - mention.norm_start)
    return not "".join(rest).strip(" ،,\u200c")


def _verb_between(view: str, start: int, end: int) -> bool:
    """A finite verb ends a clause somewhere between ``start`` and ``end`` ("گروه‌های مقاومت ... مستقل هستند و
    ... باید مورد تأیید همگان باشد": the subject's clause closed before the trigger's)."""
    return any(CLAUSE_VERB.search(view, start, start + word.end()) for word in re.finditer(r"\S+", view[start:end]))


def _named_right_before(view: str, sentence: _Sentence, index: int) -> Mention | None:
    """The actor whose name ends right before ``index`` (spaces and punctuation between), if any."""
    return next((m for m in sentence.mentions if m.norm_end <= index and not view[m.norm_end: index].strip(PUNCTUATION_GAP)), None)


def _reported_actor(view: str, sentence: _Sentence, outlet: _Source, match: re.Match[str]) -> _Source | None:
    """The actor right after the outlet's name, past punctuation only ("«سی‌ان‌ان»، «جان برکاو»"): the one
    the outlet reports on; None when another word comes first (the clause the outlet reports names its own
    subject after a verb of speech, which ``_clause_subject`` reads)."""
    if outlet.mention is None:
        return None
    following = next((m for m in sentence.mentions if m.norm_start >= outlet.mention.norm_end), None)
    if following is None or following.norm_end > match.start() or view[outlet.mention.norm_end: following.norm_start].strip(PUNCTUATION_GAP):
        return None
    return None if word_after(view, following.norm_end) == "را" else _Source(following.actor_id, following)


def _attendees(view: str, sentence: _Sentence, match: re.Match[str]) -> tuple[_Source | None, list[Mention]]:
    """The actors listed right after the phrase's «با حضور»: the first, and the others it meets."""
    following = [m for m in sentence.mentions if m.norm_start >= match.end()]
    if not following or _governor(view, sentence, following[0]) != "با حضور":
        return None, []
    group = [following[0]]
    for mention in following[1:]:
        if not _coordinated(view, group[-1], mention, representatives=True):
            break
        group.append(mention)
    others = [m for m in group[1:] if m.actor_id != group[0].actor_id]
    return (_Source(group[0].actor_id, group[0]), others) if others else (None, [])


def _passive_roles(view: str, sentence: _Sentence, match: re.Match[str]) -> tuple[_Source | None, list[Mention]]:
    """The agent after "توسط", "به دست" or "از سوی", and the passive clause's subject it acted on."""
    before = [m for m in sentence.mentions if m.norm_start < match.start()]
    for index, mention in enumerate(before):
        words = view[sentence.start: mention.norm_start].split()[-AGENT_WORDS - 1:]  # "توسط (پلیس) ترکیه"
        pairs = list(zip(words, words[1:]))
        if "توسط" in words or ("به", "دست") in pairs or any(("از", noun) in pairs for noun in AGENT_NOUNS):
            patients = [m for m in before[:index] if m.actor_id != mention.actor_id][:1]
            return (_Source(mention.actor_id, mention), patients) if patients else (None, [])
    return None, []


def _counterpart(
    trigger: Trigger, match: re.Match[str], source: _Source | None, discourse: str | None, arguments: list[Mention]
) -> list[Mention]:
    """"X نیز در این دیدار گفت": the other party of the meeting is the one the article spoke of before."""
    if trigger.target != "counterpart" or source is None or discourse in (None, source.actor_id):
        return []
    return [m for m in arguments if m.actor_id == discourse and m.norm_start < match.start()][-1:]


def _both_sides(
    view: str, sentence: _Sentence, trigger: Trigger, match: re.Match[str], source: _Source | None,
    last_pair: tuple[str, str] | None, arguments: list[Mention],
) -> list[Mention]:
    """"میان تهران و واشنگتن، دو طرف را به خویشتن‌داری دعوت کرد": "دو طرف" after the subject addresses
    the last pair the sentence joined with "و", else the parties of the article's last meeting."""
    if trigger.type == "CONSULT" or source is None or source.mention is None:
        return []
    both = BOTH_SIDES.search(view, source.mention.norm_end, match.end())
    if both is None:
        return []
    addressed = word_after(view, both.end()) == "را" or word_before(view, both.start()) in ("از", "به", "با")
    if not addressed:
        return []  # "خواستار همکاری بین دو کشور شد": the pair is what is asked for, not whom
    before = [m for m in sentence.mentions if source.mention.norm_end <= m.norm_start and m.norm_end <= both.start()]
    for first, second in reversed(list(zip(before, before[1:]))):
        if _coordinated(view, first, second):
            return [first, second]
    if last_pair is None:
        return []
    first_mentions = {m.actor_id: m for m in reversed(arguments)}
    return [first_mentions[actor_id] for actor_id in last_pair if actor_id in first_mentions]


def _ruled_out(trigger: Trigger, match: re.Match[str], sentence: _Sentence, view: str) -> bool:
    """The trigger's own exclusions: a phrase earlier in the sentence, or a word right before or after the match."""
    if word_before(view, match.start(), sentence.start) in trigger.not_right_after:
        return True
    if word_after(view, match.end(), sentence.end) in trigger.not_right_before:
        return True
    return any(phrase.search(view, sentence.start, match.start()) for phrase in trigger.not_after)


def _possessor_in_opening(opening: str) -> bool:
    """The words a sentence opens with before its first actor make a noun phrase that owns it: they hold an
    organisation noun ("ستاد", "حزب", "دفتر") and no break (punctuation or a preposition)."""
    words = opening.split()
    if len(words) < 2 or any(w[-1] in "،,.:؛" or w in PREPOSITIONS for w in words):
        return False
    return any(compact_key(word) in _organisation_nouns() for word in words)


@lru_cache(maxsize=1)
def _organisation_nouns() -> frozenset[str]:
    """The registry's organisation nouns (titles.yaml), read once: the subject test runs per sentence."""
    return load_registry().organisation_nouns()


def _demanded(
    trigger: Trigger, match: re.Match[str], matches: list[tuple[Trigger, re.Match[str]]], sentence: _Sentence, view: str
) -> bool:
    """The action a demand or warning earlier in the sentence asks for, in the subjunctive: not an event."""
    words = view[match.start(): match.end()].split()
    if trigger.type in DEMAND_TYPES or not words or words[-1] not in SUBJUNCTIVE_VERBS:
        return False
    return any(
        other.type in DEMAND_TYPES and sentence.start <= found.start() and found.end() <= match.start()
        for other, found in matches
    )


def _attribution_end(view: str, sentence_start: int) -> int:
    """Where the attribution a sentence opens with ends ("به گزارش فارس، "), or the sentence's start."""
    opening = ATTRIBUTION_OPENING.match(view, sentence_start)
    return opening.end() if opening else sentence_start


def _plural_verb(match: re.Match[str]) -> bool:
    """The trigger closes with a third-person plural verb ("شدند", "کرده‌اند", "مخالفند"): its subject is not
    one person."""
    word = match.group(0).split()[-1]
    return word.endswith("ند") and not word.endswith(SINGULAR_STEMS_IN_N)


def _obliged_gap(words: list[str]) -> bool:
    """What may stand between a party and «باید»: adverbs ("آمریکا نیز باید"), or a short second party the
    registry does not know ("همه کشورهای جهان و مقامات رسمی دولت‌ها باید")."""
    words = [word for word in words if word not in OBLIGATION_ADVERBS]
    if any(mark in word for word in words for mark in ":،؛"):
        return False  # "صربستان و آلمان ابراز داشت: باید": a clause ended between them
    return not words or (words[0] == "و" and len(words) - 1 <= OBLIGED_PARTNER_WORDS)


def _opens_clause(view: str, sentence: _Sentence, mention: Mention) -> bool:
    """The mention is the first thing its clause says: the sentence, a quote, or a clause after «که», «و» or
    a comma opens with it ("گفت: آمریکا باید", "که اروپا باید"), not a noun it qualifies ("تجاوزات X ... باید")."""
    before = view[sentence.start: mention.norm_start].rstrip(" \u200c«\"")
    return not before or before[-1] in ":،؛,." or (before.split()[-1] in CLAUSE_OPENERS)


def _after_preposition(view: str, mention: Mention) -> bool:
    """The word right before the mention is a preposition ("با ایران", "میان باکو", "از سوی سازمان ملل")."""
    word = word_before(view, mention.norm_start)
    return word is not None and (word in PREPOSITIONS or word in AGENT_NOUNS)


def _governor(view: str, sentence: _Sentence, mention: Mention) -> str | None:
    """The nearest preposition among the few words before a mention, if any. "از سوی X" (by X) names an
    agent, not the "از" of an addressee; "با حضور X" an attendant, not the "با" of a counterpart."""
    words = view[sentence.start: mention.norm_start].split()
    for index in range(len(words) - 1, max(-1, len(words) - PREPOSITION_WINDOW - 1), -1):
        word = words[index]
        if word not in PREPOSITIONS:
            continue
        following = words[index + 1] if index + 1 < len(words) else None
        previous = words[index - 1] if index > 0 else None
        if word == "از" and following in AGENT_NOUNS:
            return "از سوی"
        if word == "با" and following == "حضور":
            return "با حضور"  # "with X attending": a participant, not the one met
        if word == "از" and previous in word_list("bound_from"):
            return "از (bound)"  # "دفاع از X": X is the complement of دفاع
        if word == "به" and previous == "اعتراض":
            return "در اعتراض به"  # what a protest is against: "در اعتراض به سیاست‌های X تظاهرات کردند"
        return word
    return None


def _after_adverbial(view: str, start: int, end: int) -> int:
    """Past an opening adverbial phrase and its comma ("به رغم فشارهای آمریکا، چین ..."), else ``start``."""
    opening = start + len(view[start:end]) - len(view[start:end].lstrip())
    if not any(phrase.match(view, opening) for phrase in phrase_list("adverbial_openers")):
        return start
    comma = view.find("،", opening, end)
    return comma + 1 if comma >= 0 else start


def _supposed(trigger: Trigger, match: re.Match[str], sentence: _Sentence, view: str) -> bool:
    """The trigger stands in a conditional clause ("اگر مکزیک به آمریکا حمله کند"): a supposition, unless it
    is a warning, which conditions are part of."""
    if trigger.type == "THREATEN":
        return False
    clause_start = max([sentence.start, *(view.rfind(mark, sentence.start, match.start()) for mark in "،؛:")])
    return any(phrase.search(view, clause_start, match.start()) for phrase in phrase_list("hypothetical"))


@lru_cache(maxsize=1)
def _place_named() -> frozenset[str]:
    """The last word of each noun a place name completes («توافقنامه پاریس»): the view reads a ZWNJ as a
    space, so "توافق‌نامه" ends in the word "نامه"."""
    return frozenset(noun.split()[-1] for noun in word_list("place_named"))


def _names_an_agreement(view: str, mention: Mention) -> bool:
    """A place right after a noun it completes names an agreement or a meeting, not a party."""
    return mention.type == "LOC" and word_before(view, mention.norm_start) in _place_named()


def _agent_of_noun(text: str, sentence: _Sentence, match: re.Match[str]) -> Mention | None:
    """The actor a nominal trigger is said of, right after it with no preposition between: "تماس تلفنی
    پوتین", "سفر اردوغان به تهران", "انتقاد روسیه از ...". Headlines and clauses without a verb put the
    agent there. Words are counted in the normalised text, where a ZWNJ joins ("گفت‌وگوی" is one word)."""
    first_word_end = match.start() + len(text[match.start(): match.end()].split()[0])
    for mention in sentence.mentions:
        if mention.norm_start < first_word_end:
            continue
        between = text[first_word_end: mention.norm_start].split()
        inside = mention.norm_start < match.end()
        if inside and _closed_by_verb(match):
            return None  # "خواهان برکناری رئیس جمهور X شدند": the gap holds the verb's complement, not its agent
        # after the phrase: right after its last word ("نشست سه جانبه ایران، روسیه و ترکیه", the modifier written
        # with a space), or one word after its head noun
        adjacent = not inside and not text[match.end(): mention.norm_start].split()
        # a preposition of the phrase's opening («قبل از ورود بوش به») governs the noun, not the agent; one right
        # before the actor («ملاقات با پوتین») makes it no agent
        core = list(dropwhile(PREPOSITIONS.__contains__, between))
        agent_position = not between or (core and not PREPOSITIONS.intersection(core))
        if (adjacent or len(between) <= (len(text[first_word_end: match.end()].split()) if inside else 1)) and agent_position:
            return mention
        return None
    return None


@lru_cache(maxsize=1)
def _verb_endings() -> frozenset[str]:
    """The last word of every form of verbs.yaml ("شدند", "است" of "کرده است")."""
    return frozenset(match_view(normalise_letters(form)).split()[-1] for forms in verb_forms().values() for form in forms)


def _closed_by_verb(match: re.Match[str]) -> bool:
    return match.group(0).split()[-1] in _verb_endings()


def _co_subjects(
    view: str, sentence: _Sentence, trigger: Trigger, match: re.Match[str], source: _Source, targets: list[Mention]
) -> list[Mention]:
    """The actors joined to the subject by "و" when the targets stand apart ("X و Y با Z ..."), and for any
    type when the verb is plural ("وزیران خارجه ایران و روسیه طرح آمریکا را مردود ارزیابی کردند")."""
    if (trigger.type not in PARTY_TYPES and not _plural_verb(match)) or source.mention is None:
        return []
    if not targets and trigger.type not in NULL_TARGET_TYPES:
        return []  # "آمریکا، کانادا و استرالیا … خواستار … شده‌اند": a demand stands without an addressee
    target_ids = {t.actor_id for t in targets}
    first_target = min((t.norm_start for t in targets), default=match.start())
    return [
        m for m in _coordinated_after(view, sentence, source.mention)
        if m.norm_end <= first_target and m.actor_id not in target_ids and m.actor_id != source.actor_id
    ]


def _singled_out(view: str, listed: list[Mention]) -> list[Mention]:
    """"رویکرد کشورهای غربی و خصوصاً آمریکا", "همه کشورها و از جمله روسیه": the statement is addressed to
    the members it singles out, not to the whole it names first."""
    for index in range(1, len(listed)):
        if LIST_MARKERS.search(view, listed[index - 1].norm_end, listed[index].norm_start):
            return listed[index:]
    return listed


def _coordinated_after(view: str, sentence: _Sentence, first: Mention, lists: bool = False) -> list[Mention]:
    """The actors of ``first``'s kind joined to it by "و": the other parties of "دیدار X و Y" (a person and a
    state are no pair: "روسای جمهور ایران و روسیه" lists the presidents' countries; states and bodies are:
    "همه کشورها و از جمله روسیه"). With ``lists``, members named by "از جمله", "به‌ویژه" count too: addressees
    are listed that way, parties to a meeting are not ("اختلاف گروه‌ها به‌ویژه فتح و حماس")."""
    joined = []
    for mention in sentence.mentions:
        if (mention.type == "PER") != (first.type == "PER"):
            continue
        if mention.norm_start > first.norm_end and _coordinated(view, joined[-1] if joined else first, mention, lists):
            joined.append(mention)
        elif joined:
            break
    return joined


def _coordinated(view: str, first: Mention, second: Mention, lists: bool = False, representatives: bool = False) -> bool:
    """"X (its title) و Y": Y shares X's role in the clause (with ``lists``, "و از جمله Y", "و به‌ویژه Y" too;
    with ``representatives``, "و نمایندگانی از Y", where Y's envoys stand for it)."""
    if second.how.startswith(DUAL_PREFIX) and first.norm_start <= second.norm_start and second.norm_end <= first.norm_end:
        return True  # "روسای جمهور دو کشور": the title holds both parties
    gap = INTERNATIONAL.sub("بین‌المللی", view[first.norm_end: second.norm_start])  # "بین المللی" holds no "بین"
    if representatives:
        gap = ENVOYS_OF.sub(" ", gap)
    between = (LIST_MARKERS.sub(" ", gap) if lists else gap).split()
    if between == ["،"] or between == [","]:
        return True  # a list: "ایران، سوریه و عراق"
    if any(":" in word for word in between):
        return False  # speech opens between them ("با اردوغان گفت: ... ایران و ترکیه")
    if "و" not in between or len(between) > COORDINATION_WORDS or PREPOSITIONS.intersection(between):
        return False
    # X's title may stand before "و", but Y follows it closely: "علیه ایران و پرتاب ماهواره سپاه" joins no actor
    return between[::-1].index("و") <= WORDS_AFTER_AND  # words after the last "و"


def _addressed_headline(view: str, sentence: _Sentence, speaker: Mention, quote: QuoteSpan) -> bool:
    """"واکنش ظریف به ترامپ: ...": a headline noun of speech, its speaker, and the one it is addressed to;
    "واکنش ظریف به سناریوی جدید آمریکایی‌ها | ...": with a bar, whatever the segment says after the speaker."""
    opening = view[quote.cue_start: speaker.norm_start].strip()
    if view[quote.cue_start: quote.start].rstrip().endswith("|"):
        return any(phrase.fullmatch(opening) for phrase in phrase_list("headline_bar_speech_nouns"))
    if not any(phrase.fullmatch(opening) for phrase in phrase_list("headline_speech_nouns")):
        return False
    return any(
        view[speaker.norm_end: m.norm_start].strip() in ("به", "از", "علیه")
        and not view[m.norm_end: quote.start].strip(" :\u200c")
        for m in sentence.mentions if speaker.norm_end <= m.norm_start < quote.start
    )


def _joins_group(view: str, member: Mention, tail: Mention, mention: Mention, governor: str | None, words: tuple[str, ...]) -> bool:
    """Whether ``mention`` joins the group whose last ``member`` (or the place right after it, ``tail``) it
    follows: "با X و Y"; "با X در اسرائیل و Y"; "با X در قدس و با Y", the preposition said again."""
    gap = view[tail.norm_end: mention.norm_start].split()
    if tail is member and _coordinated(view, member, mention):
        return True
    if tail is not member and gap == ["و"]:
        return True
    if governor not in words or gap[-2:] != ["و", governor]:
        return False
    # the member's place may stand between: "در قدس", "در ساحل غربی"
    return len(gap) == 2 or (gap[0] == "در" and len(gap) <= 2 + PLACE_WORDS)


def _governed_group(view: str, sentence: _Sentence, mentions: list[Mention], words: tuple[str, ...], match: re.Match[str]) -> list[Mention]:
    """Actors governed by a preposition ("با X و Y"): a group inside the trigger phrase, else the last
    group before it, else the group the preposition right after the trigger opens ("در گفتگوی تلفنی با X")."""
    groups: list[list[Mention]] = []
    previous: Mention | None = None
    tail: Mention | None = None  # the group's last member, or the place named right after it
    for mention in mentions:
        governor = _governor(view, sentence, mention)
        # only the next actor can join a group: "با اردوغان گفت: ... ایران و ترکیه" lists no party
        if groups and previous is tail and _joins_group(view, groups[-1][-1], tail, mention, governor, words):
            groups[-1].append(mention)
            tail = mention
        elif groups and previous is tail is groups[-1][-1] and governor == "در" and mention.type == "LOC":
            tail = mention  # "با شارون در اسرائیل و محمود عباس …": where the member is met, no party
        elif governor in words:
            groups.append([mention])
            tail = mention
        previous = mention
    # the phrase holds its own argument: "از حق ایران … دفاع کرد"; an actor that is the phrase's first word
    # is the trigger's own noun ("سفیر خود را از X فراخواند")
    inside = [group for group in groups if match.start() < group[0].norm_start < match.end()]
    if inside:
        return inside[0]
    # "از تلاش‌های قطر تقدیر کرد و خواستار ... شد": a verb and "و" close the clause the group belongs to
    before = [
        group for group in groups
        if group[0].norm_start < match.start() and not CLAUSE_END.search(view, group[-1].norm_end, match.start())
    ]
    if before:
        # "با" opens the clause's companion before any "با" inside a title ("... در امور روابط با ...");
        # other prepositions are nearest the verb.
        return before[0] if "با" in words else before[-1]
    after = next((group for group in groups if group[0].norm_start >= match.end()), None)
    if after is None or CLAUSE_END.search(view, match.start(), after[0].norm_start):
        return []  # "خواستار ... شد و از کره شمالی ... یاد کرد": the next clause's «از» is not this verb's
    # The preposition may close the trigger phrase itself ("در گفتگو با") or follow it, after the noun's
    # agent if it has one ("درخواست رئیس بانک مرکزی از صندوق"): actors' own words are not counted.
    gap = view[match.end(): after[0].norm_start]
    for mention in reversed([m for m in sentence.mentions if match.end() <= m.norm_start and m.norm_end <= after[0].norm_start]):
        gap = gap[: mention.norm_start - match.end()] + " X " + gap[mention.norm_end - match.end():]
    bridge = view[match.start(): match.end()].split()[-1:] + gap.split()
    return after if len(bridge) <= PREPOSITION_WINDOW + 1 and any(word in words for word in bridge) else []


def _inherit_visit_location(events: list[CodedEvent]) -> None:
    """Meetings reported during a visit took place where the visitor went."""
    visits = {e.source: e.location for e in events if e.trigger.mode == "visit" and e.location}
    for event in events:
        if event.trigger.type == "CONSULT" and event.location is None and event.source in visits:
            event.location = visits[event.source]


def _is_state(actor_id: str | None, countries: dict[str, str | None]) -> bool:
    """A state is the actor that is its own country."""
    return actor_id is not None and countries.get(actor_id) == actor_id


def _without_state_restatements(events: list[CodedEvent], countries: dict[str, str | None]) -> list[CodedEvent]:
    """"درخواست روسیه از ایران" (a headline) restates "معاون وزیر خارجه روسیه ... از ایران خواست": an event
    of a state is dropped when one of its own officials does the same to the same target."""
    by_officials = {
        (e.trigger.type, countries.get(e.source), e.target)
        for e in events
        if e.source and countries.get(e.source) and countries.get(e.source) != e.source
    }
    return [
        e for e in events
        if not (_is_state(e.source, countries) and (e.trigger.type, e.source, e.target) in by_officials)
    ]


def _dedupe(events: list[CodedEvent]) -> list[CodedEvent]:
    """One event per (type, source, target) in an article, reported by its most certain trigger ("گفتگوی
    تلفنی" says more than a headline's "گفتگو کردند"); a call or meeting is one whichever party is named
    first; a null-target event is dropped when the same source has the same type with a named target (the
    addressee was found elsewhere)."""
    named = {(e.trigger.type, e.source) for e in events if e.target is not None}
    best: dict[tuple[str, str | None, str | None], CodedEvent] = {}
    for event in events:
        key = (event.trigger.type, event.source, event.target)
        if event.trigger.type == "CONSULT" and event.trigger.mode in SYMMETRIC_CONSULT_MODES and event.target is not None:
            key = (event.trigger.type, *sorted((event.source or "", event.target)))
        if event.target is None and key[:2] in named:
            continue
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    return list(best.values())

"""The actors stage: find every actor an article mentions, resolve each mention to one actor id.

Resolution, in order (each step only sees what earlier steps left unresolved):

1. full names from the registry; homonyms decided by the apposed title, rank and the story date;
2. names no list has (tagger, guillemets) become new actors with a stable id, country and sector from
   their title;
3. short forms ("باقری", "سرلشکر باقری", "پوتین") to a full name in the same article — before it, else
   after it (headlines often use the surname first) — else to registry people with that surname that
   fit the rank, title and date;
4. role-only mentions ("وزیر دفاع روسیه", "رئیس جمهور") to the person holding that title in the article,
   else to whoever held it on the story date in the registry, else to an actor named by the title;
5. pronouns (وی، او، ایشان) to the most recent person who was a sentence subject.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from rasad.actors.collectives import Collective, CollectiveFinder, opens_phrase
from rasad.actors.demonstratives import DemonstrativeFinder
from rasad.actors.finder import (
    Candidate,
    free_of,
    gazetteer_candidates,
    guillemet_names,
    honorific_names,
    overlaps,
    tagger_candidates,
    title_beside,
)
from rasad.actors.gazetteer import Gazetteer, compact_key
from rasad.actors.registry import Actor, Registry, load_collectives, load_demonstratives, load_registry
from rasad.actors.tagger import NerTagger
from rasad.actors.titles import (
    ANAPHORA_WINDOW,
    ANAPHORIC_COUNTRY_WORDS,
    DUAL_PREFIX,
    HOME_COUNTRY,
    TitleFinder,
    TitleMatch,
    TitleWord,
)
from rasad.doc import ActorRecord, Article, Mention
from rasad.text import sentence_spans, word_before

PRONOUNS = ("وی", "او", "ایشان")
# "به گزارش تسنیم", "به نقل از ایرنا", a dateline "خبرگزاری میزان -": the outlet reports, it does not act.
# reporters' title keys (titles.yaml head خبرنگار and its variants, compacted; an outlet may follow in the key)
JOURNALIST_KEYS = tuple(compact_key(word) for word in ("خبرنگار", "گزارشگر", "روزنامه‌نگار"))
# an attribution ends at its comma: "گزارش داده است، دولت لیبی ..." names the actor of the report, not its credit
ATTRIBUTION_BEFORE = re.compile(r"(?:گزارش|نقل از|به نقل|منبع)[\s\u200c]*(?:[^\s\u200c،,]+[\s\u200c]+){0,3}$")
DATELINE_AFTER = re.compile(r"^[\s\u200c]*[-–—]")
CLAUSE_ADVERBS = {"همچنین", "سپس", "اما", "ولی", "پس"}  # "در این مراسم همچنین X ...": X opens its clause
HEADLINE_CHARS = 200  # a first line this short, with text after it, is the headline
LEAD_CHARS = 400  # a report names the person it is about in its headline or first sentences
NOT_AN_EPITHET_AFTER = frozenset({"یک", "با", "از", "به", "برای", "علیه", "و", "همراه"})  # someone new, or a partner
NOT_AN_EPITHET_BEFORE = frozenset({"نیز", "هم"})  # "امام جمعه گالیکش نیز": another speaker after the first
HEADLINE_COLON = re.compile(r"[ \t\u200c]*:")
LOOK_BEHIND = 40  # characters read around a name for the marks beside it: longer than any word
THING_NAMERS = {"نام", "عملیات", "موسوم", "عنوان", "رزمایش", "طرح"}  # words before a quoted name that is no person's
ORGANISATION_WORDS = 6  # words of an unlisted organisation's name before its state ("کمیته روابط خارجی پارلمان")
INDEFINITE = ("یک", "يك")  # the article before an office that names no one: "یک مقام آمریکایی"
CHAIN_BREAKS = {"و", "با", "در", "به", "از", "برای", "که", "را", "علیه", "تا", "درباره"}  # words no such name holds
SOLE_BODY_SECTORS = ("LEG", "JUD")
SHORT_WORD_LETTERS = 2  # a name's word this short is also a particle or pronoun ("می", "و", "آن", "ما")
DISTINCTIVE_SURNAME_LETTERS = 3  # a surname this short is also a common word ("گل", "می")
SAYS_WHOSE_SURNAME = frozenset({"office", "rank", "counterpart"})  # title kinds that tell which registry person a surname is
ENTITY_TYPE = {"person": "PER", "state": "LOC", "organization": "ORG", "group": "ORG"}
SUBJECT_BLOCKERS = {"با", "از", "به", "علیه", "برای", "در", "میان", "بین", "توسط", "و", "که"}


@dataclass
class ActorFindings:
    mentions: list[Mention]
    actors: dict[str, ActorRecord]


# «این کشور» as a word group of its own: not «این کشورها», not «این کشورهای عضو»
ANAPHORIC_STATE = re.compile(r"(?<!\w)(?:%s)(?![\w\u200c])" % "|".join(ANAPHORIC_COUNTRY_WORDS))


class ActorKnowledge:
    """Everything the stage loads once: registry, gazetteers, title grammar, tagger."""

    def __init__(self, registry: Registry | None = None):
        self.registry = registry or load_registry()

    @cached_property
    def names(self) -> Gazetteer[tuple[str, str, str]]:
        entries = []
        for surface, actor_id, form_kind in self.registry.surface_forms():
            if form_kind == "demonym":
                continue
            entries.append((surface, (actor_id, ENTITY_TYPE[self.registry.actor(actor_id).kind], form_kind)))
        for surface, iso3 in self.registry.plural_demonyms():
            entries.append((surface, (iso3, "LOC", "demonym")))
        return Gazetteer(entries)

    @cached_property
    def organisation_nouns(self) -> frozenset[str]:
        return self.registry.organisation_nouns()

    @cached_property
    def unlisted_body_heads(self) -> dict[str, str | None]:
        return self.registry.unlisted_body_heads()

    @cached_property
    def place_nouns(self) -> frozenset[str]:
        return self.registry.place_nouns()

    @cached_property
    def person_complement_heads(self) -> frozenset[str]:
        return self.registry.person_complement_heads()

    @cached_property
    def epithet_heads(self) -> frozenset[str]:
        return self.registry.epithet_heads()

    @cached_property
    def given_names(self) -> frozenset[str]:
        return self.registry.given_names()

    @cached_property
    def surname_honorifics(self) -> frozenset[str]:
        return self.registry.surname_honorifics()

    @cached_property
    def honorifics(self) -> frozenset[str]:
        return self.registry.honorific_words()

    @cached_property
    def country_words(self) -> Gazetteer[str]:
        return Gazetteer(self.registry.country_words())

    @cached_property
    def titles(self) -> TitleFinder:
        words = [TitleWord(*entry) for entry in self.registry.title_lexicon()]
        plurals = tuple(plural for plural, _ in self.registry.plural_heads())
        cities = Gazetteer([*self.registry.cities(), *self.registry.provinces()])
        return TitleFinder(
            words, self.country_words, self.registry.office_key, plurals, cities, self.registry.city_offices(),
            self.registry.not_a_person_after(), self.registry.post_offices(),
        )

    @cached_property
    def collectives(self) -> CollectiveFinder:
        return CollectiveFinder(
            load_collectives(), self.registry.singular_demonyms(), self.country_words, self.titles.this_country,
            self.organisation_nouns,
        )

    @cached_property
    def demonstratives(self) -> DemonstrativeFinder:
        return DemonstrativeFinder(load_demonstratives())

    @cached_property
    def surnames(self) -> Gazetteer[str]:
        """Last names (and last two tokens) of registry people: used only beside a rank or title."""
        entries = []
        for actor in self.registry.actors():
            if actor.kind == "person":
                tokens = actor.name.split()
                if len(tokens) >= 2:
                    entries.append((tokens[-1], actor.id))
                    entries.append((" ".join(tokens[-2:]), actor.id))
        return Gazetteer(entries)

    @cached_property
    def tagger(self) -> NerTagger:
        return NerTagger.load()


class ActorsStage:
    name = "actors"
    requires = ("norm", "story")
    assigns = ("mentions", "actors")

    def __init__(self, knowledge: ActorKnowledge | None = None):
        self.knowledge = knowledge or ActorKnowledge()

    def find(self, article: Article) -> ActorFindings:
        if article.norm is None:
            raise ValueError("actors stage needs the normalised text")
        story_date = article.story.published if article.story else None
        story = article.story
        credit_lines = [span for span in ([story.publisher_span, *story.credited_spans] if story else []) if span]
        credits = [article.norm.to_normalised(span.start, span.end) for span in credit_lines]
        resolver = _ArticleResolver(self.knowledge, article.norm.text, story_date, credits)
        candidates = resolver.run()
        mentions = []
        for candidate in candidates:
            span = article.span_from_norm(candidate.start, candidate.end)
            title = next((t.text for t in candidate.titles if t.is_office), None)
            how = "title-complement" if candidate.inside_title or resolver.serves_a_person(candidate) else candidate.how
            if self._attribution(article.norm.text, candidate) or _journalist(candidate, resolver.records):
                how = "attribution"  # "به گزارش خبرنگار فارس", "به خبرنگار ما گفت": the reporter takes no part
            mentions.append(Mention(span.start, span.end, span.text, candidate.type, candidate.resolved, how, title,
                                    candidate.start, candidate.end))
        return ActorFindings(mentions, resolver.records)

    @staticmethod
    def _attribution(text: str, candidate: Candidate) -> bool:
        """The outlet a credit line names ("به گزارش فارس"), and the dateline place that follows it ("به نقل
        از آسوشیتدپرس از وین،"): neither takes part in what is reported."""
        line_start = text.rfind("\n", 0, candidate.start) + 1
        before = text[max(line_start, candidate.start - 40): candidate.start]
        after = text[candidate.end: candidate.end + 3]
        credit = ATTRIBUTION_BEFORE.search(before)
        if candidate.type == "LOC":
            return bool(credit) and before.split()[-1:] == ["از"] and after.lstrip()[:1] in ("،", ",")
        return candidate.type == "ORG" and bool(credit or (not before.strip() and DATELINE_AFTER.match(after)))

    def assign(self, article: Article, found: ActorFindings) -> None:
        article.mentions = found.mentions
        article.actors = found.actors


def _name_endings(tokens: tuple[str, ...], whole: bool = False) -> list[str]:
    """The short forms a name is referred back by: its last word and last two words, each shorter than the
    name ("پرز مولینا", "مولینا" of "اتو پرز مولینا"), or as long as it when ``whole`` (a bare surname)."""
    return [" ".join(tokens[-size:]) for size in (1, 2) if len(tokens) > size or (whole and len(tokens) == size)]


def _title_actor_id(title: TitleMatch, country: str) -> str:
    """The id of the actor an office names when nobody is named for it; each post's envoy is another person."""
    office = title.key + (f"@{title.post}" if title.post else "")
    return f"title-{country.lower()}-" + hashlib.sha256(office.encode("utf-8")).hexdigest()[:10]


def _journalist(candidate: Candidate, records: dict[str, ActorRecord]) -> bool:
    """A reporter's title before the name; not when the name is a listed person's, whom a credit line with no
    comma runs into ("به گزارش خبرنگار پارلمانی خبرگزاری فارس غلامعلی حداد عادل در جلسه … گفت")."""
    record = records.get(candidate.resolved) if candidate.resolved else None
    # named in full: a lone surname after a reporter's title («خبرنگار فارس ابراهیمی») may be anyone's
    listed = record is not None and record.known and record.kind == "person" and len(candidate.text.split()) > 1
    return not listed and any(t.key.startswith(JOURNALIST_KEYS) for t in candidate.titles)


class _ArticleResolver:
    """Per-article resolution state."""

    def __init__(
        self, knowledge: ActorKnowledge, text: str, story_date: date | None, credits: list[tuple[int, int]] = ()
    ):
        self.k = knowledge
        self.text = text
        self.date = story_date
        self.records: dict[str, ActorRecord] = {}
        self.credits = list(credits)  # the outlets the story's credit lines name ("به گزارش |فارس| ...")
        self.people_named: list[tuple[int, int, str]] = []  # (start, end, actor) of the people already resolved
        self.envoys_at_posts: dict[tuple[str, str], list[str]] = {}  # (office, country) → envoys named with a post

    def run(self) -> list[Candidate]:
        text = self.text
        listed = [c for c in gazetteer_candidates(text, self.k.names) if not self._another_given_name(c)]
        # a listed name holding the phrase is that listed actor, not an unnamed group, and one spelling the very
        # phrase is the registry's actor («ارتش سوریه», «نظامیان صهیونیست»)
        phrases = self.k.collectives.find(text)
        collectives = [c for c in phrases if not any(n.start <= c.start and c.end <= n.end for n in listed)]
        spans = {(c.start, c.end) for c in phrases}
        registry_named = [c for c in listed if (c.start, c.end) in spans]
        unnamed = [(c.start, c.end) for c in [*collectives, *registry_named]]  # such a phrase holds no title, no name
        titles = [t for t in self.k.titles.find(text) if free_of(t.start, t.end, unnamed)]
        listed = registry_named + [c for c in listed if free_of(c.start, c.end, unnamed)]
        found = [c for c in listed if (c.start, c.end) in spans or not self._inside_title_word(c, titles)]
        titles = [self._with_own_organisation(title, listed) for title in titles]
        title_spans = [(t.start, t.end) for t in titles] + unnamed
        office_spans = [(t.start, t.end) for t in titles if t.is_office] + unnamed  # an honorific may stand inside a name
        found += guillemet_names(text, titles, [(c.start, c.end) for c in found] + office_spans)
        found += honorific_names(text, titles, [(c.start, c.end) for c in found] + office_spans, self.k.given_names)
        found += tagger_candidates(text, self.k.tagger, [(c.start, c.end) for c in found] + title_spans, self.credits)
        found = sorted((c for c in found if not self._names_a_place(c)), key=lambda c: c.start)
        titles = self._with_organisations(titles, found)
        self._mark_title_complements(found, titles)
        for candidate in found:
            if candidate.type == "PER":
                candidate.titles = title_beside(text, candidate, titles)
        self._resolve_full_names(found)
        found = [c for c in found if c.how != "honorific" or c.actor_ids or c.resolved]  # "استاد دانشگاه": no name
        found += [self._collective_candidate(collective) for collective in collectives]
        found += self._short_forms(found, titles)
        found += self._role_only(found, titles)
        self._headline_person(found, titles)
        found += self._pronouns(found)
        found.sort(key=lambda c: c.start)
        states_named = {c.actor_ids[0] for c in found if c.type == "LOC" and len(c.actor_ids) == 1}
        for candidate in found:
            if candidate.resolved is None and candidate.actor_ids and candidate.type != "PER":
                candidate.resolved = self._choose_collective(candidate.actor_ids, states_named)
            if candidate.resolved and candidate.resolved not in self.records and candidate.type != "PER":
                self._record_known(candidate.resolved, None)
        self._foreign_institutions(found)
        self._bare_bodies(found)
        self._unlisted_bodies(found)
        found += self.k.demonstratives.find(self.text, found, self.records)  # «این روزنامه»
        found += self._country_anaphora(found, titles)  # «از این کشور خواستند»
        return sorted(found, key=lambda c: c.start)

    def _country_anaphora(self, found: list[Candidate], titles: list[TitleMatch]) -> list[Candidate]:
        """«این کشور» opening a phrase («فرستادگان آمریکا به پاکستان از این کشور خواستند») is the state named last
        before it; after a title («وزیر خارجه این کشور») or a body («پلیس این کشور») it is theirs already."""
        taken = [(c.start, c.end) for c in found] + [(t.start, t.end) for t in titles]
        states = [
            c for c in found if c.type == "LOC" and c.resolved in self.records and self.records[c.resolved].kind == "state"
        ]
        new = []
        for match in ANAPHORIC_STATE.finditer(self.text):
            if not free_of(match.start(), match.end(), taken) or not opens_phrase(self.text, match.start()):
                continue  # «مقامات فوتبالی این کشور»: a noun's complement, whose noun no list names
            # the state named last (a capital too: «پایگاه‌های پیونگ یانگ ... این کشور را متهم کرد»)
            named = [c for c in states if match.start() - ANAPHORA_WINDOW <= c.start and c.end <= match.start()]
            if named:
                candidate = Candidate(match.start(), match.end(), match.group(0), "LOC", (), "anaphora")
                candidate.resolved = named[-1].resolved
                new.append(candidate)
        return new

    def _bare_bodies(self, found: list[Candidate]) -> None:
        """«مجلس» after «مجلس نمایندگان عراق»: a body named only by its kind, which the registry reads as the
        home state's, is the foreign body the article last named in full with the same word and sector."""
        last: dict[tuple[str, str], str] = {}  # (first word, sector) → the body last named in full
        for candidate in found:
            record = self.records.get(candidate.resolved or "")
            if candidate.type != "ORG" or record is None or record.kind != "organization" or not record.sector:
                continue
            word = compact_key(candidate.text.split()[0])
            if compact_key(candidate.text) in self.k.collectives.body_kinds and record.country == HOME_COUNTRY:
                previous = last.get((word, record.sector))
                if previous is not None and self.records[previous].country != HOME_COUNTRY:
                    candidate.resolved, candidate.how = previous, "bare-body"
                continue
            last[(word, record.sector)] = candidate.resolved

    def _unlisted_bodies(self, found: list[Candidate]) -> None:
        """«ستاد ملی مبارزه با کرونا», «حزب لیکود»: a body the tagger found that no list has is a new
        organisation when its name opens with a body noun (titles.yaml ``unlisted_body_heads``), of the state
        its name holds, if any. A name opening with another word (a team, a club, a brand) stays unresolved,
        and so does a description: a body noun and a state only («روزنامه صهیونیستی», «سازمان آمریکایی»)."""
        for candidate in found:
            if candidate.type != "ORG" or candidate.how != "tagger" or candidate.resolved or candidate.actor_ids:
                continue
            head, _, rest = candidate.text.partition(" ")
            if not rest.strip() or compact_key(head) not in self.k.unlisted_body_heads:
                continue
            states = self.k.country_words.find(rest)  # the head is a body noun: any state stands in the rest
            remainder = rest
            for hit in reversed(states):
                remainder = remainder[:hit.start] + remainder[hit.end:]
            if not remainder.replace("\u200c", " ").split():
                continue  # a body noun and a state only: a description
            key = compact_key(candidate.text)
            actor_id = "org-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
            self.records.setdefault(actor_id, ActorRecord(
                actor_id, candidate.text, None, "organization", states[0].values[0] if states else None,
                self.k.unlisted_body_heads[compact_key(head)], None, False,
            ))
            candidate.resolved, candidate.how = actor_id, "unlisted-body"

    def _another_given_name(self, candidate: Candidate) -> bool:
        """"سعید عریقات" is not Saeb Erekat: a listed one-word surname right after a given name that none of
        its people bear names someone else (the tagger reads the whole name)."""
        if candidate.type != "PER" or len(candidate.text.split()) != 1:
            return False
        words = self._text_before(candidate.start).split()
        given = compact_key(words[-1].strip('"«»“”')) if words else ""
        if given not in self.k.given_names:
            return False
        return not any(
            given in {compact_key(word) for word in self.k.registry.actor(actor_id).name.split()}
            for actor_id in candidate.actor_ids
        )

    def _names_a_place(self, candidate: Candidate) -> bool:
        """A person's name after a place noun names the place: "فرودگاه امام خمینی", "بیمارستان شهید چمران"."""
        return self._noun_before_person(candidate) in self.k.place_nouns

    def serves_a_person(self, candidate: Candidate) -> bool:
        """A person's name after an office held for a person is that office's complement: "نماینده آیت‌الله
        سیستانی", "سخنگوی ترامپ"."""
        return self._noun_before_person(candidate) in self.k.person_complement_heads

    def _noun_before_person(self, candidate: Candidate) -> str | None:
        """The word before a person's name, honorifics skipped, by :func:`compact_key`; None for a non-person."""
        if candidate.type != "PER":
            return None
        words = [compact_key(word) for word in self._text_before(candidate.start).split()]
        while words and words[-1] in self.k.honorifics:
            words.pop()
        return words[-1] if words else None

    def _foreign_institutions(self, found: list[Candidate]) -> None:
        """"دستگاه قضایی این کشور" after Iraq, "پارلمان آلمان": a listed national body followed by another
        state is that state's body, a new actor of the same kind and sector; the state is its complement.
        A body whose name holds its state already ("دولت آمریکا ایران را ...") is followed by its clause."""
        states = {c.start: c for c in found if c.type == "LOC" and len(c.actor_ids) == 1}
        for candidate in found:
            if candidate.type != "ORG" or not candidate.resolved or candidate.resolved not in self.records:
                continue
            if self.k.country_words.find(candidate.text):
                continue
            body = self.records[candidate.resolved]
            if body.kind not in ("organization", "group") or body.country in (None, "IGO"):
                continue
            position = candidate.end + 1 if self.text[candidate.end: candidate.end + 1] in (" ", "\u200c") else candidate.end
            state = states.get(position)
            if state is not None and self.k.registry.actor(state.actor_ids[0]).kind == "state":
                country, end = state.actor_ids[0], state.end
                state.inside_title = True
            else:
                anaphora = self.k.titles.this_country(self.text, position, candidate.start)
                if anaphora is None:
                    continue
                country, end = anaphora
            if country == body.country:
                continue
            name = self.text[candidate.start:end]
            # "نمایندگان مجلس دانمارک": the same actor as "پارلمان دانمارک"
            kind_of_body = self.k.collectives.body_of(self.text, candidate.start, candidate.end, end, country)
            actor_id = self._body_actor(country, body.sector, kind_of_body)
            if actor_id is None:
                actor_id = f"org-{country.lower()}-" + hashlib.sha256(body.id.encode("utf-8")).hexdigest()[:10]
                self.records.setdefault(actor_id, ActorRecord(actor_id, name, None, body.kind, country, body.sector, None, False))
            candidate.resolved, candidate.end, candidate.text, candidate.how = actor_id, end, name, "institution-of"

    # -- helpers ----------------------------------------------------------------------------------------
    @staticmethod
    def _inside_title_word(candidate: Candidate, titles: list[TitleMatch]) -> bool:
        """An organisation hit that overlaps a title's own words is part of the title: "رئیس ستاد کل نیروهای
        مسلح" names a person, not the general staff; "وزیر امور خارجه" is no mention of the ministry."""
        for title in titles:
            office_end = title.country_span[0] if title.country_span else title.end
            if candidate.type == "PER":
                if title.start <= candidate.start and candidate.end <= office_end:
                    return True
            elif title.is_office and overlaps(candidate.start, candidate.end, title.start, office_end):
                return True
        return False

    def _with_organisations(self, titles: list[TitleMatch], found: list[Candidate]) -> list[TitleMatch]:
        """An office with no country followed by an organisation is that organisation's office: "رئیس کل
        بانک مرکزی", "سخنگوی ارشد نیروهای مسلح", "دبیر مجمع تشخیص مصلحت نظام". The organisation gives the
        country and, where the office has none, the sector; the office key includes it, so the registry's
        holder of that office is found."""
        organisations = [c for c in found if c.type == "ORG" and len(c.actor_ids) <= 1]
        extended = []
        for title in titles:
            organisation = None
            if title.is_office and title.country is None and self.k.registry.takes_organisation(title.key):
                organisation = next((c for c in organisations if self._completes(title, c, titles)), None)
            if organisation is None:
                extended.append(self._with_unlisted_organisation(title, found, titles))
                continue
            actor = self.k.registry.actor(organisation.actor_ids[0]) if organisation.actor_ids else None
            extended.append(replace(
                title, end=organisation.end, text=self.text[title.start:organisation.end],
                key=self.k.registry.office_key(self.text[title.start:organisation.end]),
                sector=(actor and actor.sector) or title.sector, country=actor.country if actor else None,
            ))
        return extended

    def _completes(self, title: TitleMatch, organisation: Candidate, titles: list[TitleMatch]) -> bool:
        """The organisation stands right after the office ("رئیس کل بانک مرکزی"), or after the name of a body
        of it that the office's last word opens ("عضو فراکسیون ولایی مجلس", "سخنگوی فراکسیون وفاق و کارآمدی
        مجلس": the Majlis's faction, whose name may hold «و» where no other office stands in it)."""
        end = max(title.end, title.tail_end)
        if 0 <= organisation.start - end <= 2:
            return True
        if organisation.start < end or compact_key(self.text[title.start:end].split()[-1]) not in self.k.organisation_nouns:
            return False
        between = self.text[end:organisation.start].split()
        return (
            len(between) <= ORGANISATION_WORDS
            and not any((w in CHAIN_BREAKS and w != "و") or w[-1] in "،,.:؛" for w in between)
            and not any(end <= other.start < organisation.start for other in titles)
        )

    def _with_own_organisation(self, title: TitleMatch, listed: list[Candidate]) -> TitleMatch:
        """"دبیرکل سازمان ملل متحد": a title whose own words name a listed organisation takes its country and,
        where the office has none, its sector. A listed organisation that opens inside the title and runs past
        it ("رئیس مجلس خبرگان": not the Majlis speaker) makes the title its office: the head word and the
        organisation's name."""
        organisations = [  # listed organisations that open inside the title
            (candidate, self.k.registry.actor(candidate.actor_ids[0])) for candidate in listed
            if candidate.type == "ORG" and len(candidate.actor_ids) == 1 and title.start < candidate.start < title.end
        ]
        for candidate, actor in organisations:
            if title.end < candidate.end and not any(
                mark in self.text[title.end:candidate.end] for mark in "،,.:؛\n"
            ):
                head = self.text[title.start:candidate.start]
                return replace(
                    title, end=candidate.end, text=self.text[title.start:candidate.end],
                    key=compact_key(head) + compact_key(actor.name), country=title.country or actor.country,
                    sector=title.sector or actor.sector,
                )
        if title.country is not None:
            return title
        for candidate, actor in organisations:
            if candidate.end <= title.end:
                return replace(title, country=actor.country, sector=title.sector or actor.sector)
        return title

    def _with_unlisted_organisation(self, title: TitleMatch, found: list[Candidate], titles: list[TitleMatch]) -> TitleMatch:
        """"رئیس کمیته روابط خارجی پارلمان آلمان", "فرماندار ایالت لارا ونزوئلا": an office with no country
        followed by an organisation or a region no list has (it opens with such a noun) whose name ends in a
        state takes that state."""
        end = max(title.end, title.tail_end)
        if not title.is_office or title.country is not None:
            return title
        # the noun may be the title's own ("رئیس کمیته") or open what follows ("رئیس پارلمان", "فرماندار ایالت")
        following = self.text[end: end + 40].split()[:1]
        own = self.text[title.start:end].split()[1:] if self.k.registry.takes_organisation(title.key) else []
        if not any(compact_key(word) in self.k.organisation_nouns for word in own + following):
            return title
        for candidate in found:
            if candidate.type != "LOC" or len(candidate.actor_ids) != 1 or candidate.start <= end:
                continue
            between = self.text[end: candidate.start].split()
            if len(between) > ORGANISATION_WORDS or any(w in CHAIN_BREAKS or w[-1] in "،,.:؛" for w in between):
                return title
            if any(end <= other.start < candidate.start for other in titles):
                return title  # another office stands in between: "دبیرکل سازمان ملل و وزیر امور خارجه ایران"
            country = candidate.actor_ids[0]
            if self.k.registry.actor(country).kind != "state":
                return title
            return replace(title, end=candidate.end, text=self.text[title.start: candidate.end], country=country,
                           country_span=(candidate.start, candidate.end))
        return title

    def _mark_title_complements(self, found: list[Candidate], titles: list[TitleMatch]) -> None:
        """The country of a title ("قطر" in "وزیر دفاع قطر") or the organisation right after an office
        ("عضو دفتر سیاسی جنبش حماس", "دبیرکل حزب‌الله") is a mention but not an argument of its own."""
        for candidate in found:
            for title in titles:
                spans = [span for span in (title.country_span, title.post_span, *(s for _, s in title.more_countries)) if span]
                if any(overlaps(candidate.start, candidate.end, *span) for span in spans):
                    candidate.inside_title = True
                elif candidate.type == "ORG" and title.is_office and (
                    overlaps(candidate.start, candidate.end, title.start, title.end)  # an office extended over it
                    or 0 <= candidate.start - title.end <= 2
                ):
                    candidate.inside_title = True

    def _sector_and_country(self, candidate: Candidate) -> tuple[str | None, str | None]:
        sector = next((t.sector for t in candidate.titles if t.sector), candidate.rank_sector)
        country = next((t.country for t in candidate.titles if t.country), None)
        if country is None and any(t.is_office for t in candidate.titles):
            country = HOME_COUNTRY
        return sector, country

    def _rank_sector(self, candidate: Candidate) -> str | None:
        return next((t.sector for t in candidate.titles if "rank" in t.kinds and t.sector), None)

    def _choose(self, ids: tuple[str, ...], candidate: Candidate) -> str | None:
        """Pick among homonyms by title, rank and date; None when nothing tells them apart."""
        if len(ids) == 1:
            return ids[0]
        sector, country = self._sector_and_country(candidate)
        keys = {t.key for t in candidate.titles if t.is_office}
        scored = []
        for actor_id in ids:
            actor = self.k.registry.actor(actor_id)
            roles = self.k.registry.roles_on(actor_id, self.date) if self.date else list(actor.roles)
            score = 0
            score += 3 * any(compact_key(role.title) in keys for role in roles)
            score += 2 * bool(sector and any(role.sector == sector for role in roles))
            score += 2 * bool(sector and actor.sector == sector)
            score += bool(country and actor.country == country)
            score += bool(self.date and roles)
            scored.append((score, actor_id))
        scored.sort(reverse=True)
        if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1]
        return None

    def _choose_collective(self, ids: tuple[str, ...], states_named: set[str]) -> str:
        """An organisation or group name several actors share ("گروه‌های مقاومت"): one already named
        in the article, else one whose country the article names (Gaza news → the Palestinian groups),
        else the first listed."""
        for actor_id in ids:
            if actor_id in self.records:
                return actor_id
        for actor_id in ids:
            if self.k.registry.actor(actor_id).country in states_named:
                return actor_id
        return ids[0]

    def _record_known(self, actor_id: str, candidate: Candidate | None) -> None:
        actor = self.k.registry.actor(actor_id)
        role = None
        if candidate and candidate.titles:
            role = next((t.text for t in candidate.titles if t.is_office), None)
        if role is None and self.date and actor.kind == "person":
            roles = self.k.registry.roles_on(actor_id, self.date)
            role = roles[0].title if roles else None
        sector = actor.sector
        if actor.kind == "person" and candidate:
            title_sector, _ = self._sector_and_country(candidate)
            sector = title_sector or self._dated_sector(actor) or sector
        existing = self.records.get(actor_id)
        if existing and existing.role and not role:
            return
        self.records[actor_id] = ActorRecord(actor.id, actor.plain_name, actor.name_en, actor.kind, actor.country, sector, role, True)

    def _dated_sector(self, actor: Actor) -> str | None:
        if not self.date:
            return None
        roles = self.k.registry.roles_on(actor.id, self.date)
        return roles[0].sector if roles else None

    def _body_actor(self, country: str | None, sector: str | None, kind_of_body: Collective | None) -> str | None:
        """A state's body, recorded: the registry's one legislature or judiciary of that state ("مجلس این کشور"
        after Iraq; its executive has many bodies of one sector, police and foreign ministry both GOV), else
        the body of that kind (one id however it is worded), else None."""
        listed = self.k.registry.sole_organisation(country, sector) if sector in SOLE_BODY_SECTORS else None
        if listed is not None:
            self._record_known(listed, None)
            return listed
        return None if kind_of_body is None else self._record_collective(kind_of_body)

    def _record_collective(self, collective: Collective) -> str:
        actor_id = collective.actor_id
        self.records.setdefault(actor_id, ActorRecord(
            actor_id, collective.name, collective.en, collective.kind, collective.country, collective.sector, None, False,
        ))
        return actor_id

    def _collective_candidate(self, collective: Collective) -> Candidate:
        if collective.kind == "organization":
            actor_id = self._body_actor(collective.country, collective.sector, collective)
        else:
            actor_id = self._record_collective(collective)
        how = "collective" if actor_id == collective.actor_id else "collective-listed"
        candidate = Candidate(collective.start, collective.end, collective.text, ENTITY_TYPE[collective.kind], (), how)
        candidate.resolved = actor_id
        return candidate

    def _record_new_person(self, candidate: Candidate) -> str:
        sector, country = self._sector_and_country(candidate)
        key = compact_key(candidate.text)
        actor_id = "fa-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]
        role = next((t.text for t in candidate.titles if t.is_office), None)
        if actor_id not in self.records or role:
            self.records[actor_id] = ActorRecord(actor_id, candidate.text, None, "person", country, sector, role, False)
        return actor_id

    # -- step 1 and 2: full names ---------------------------------------------------------------------
    def _resolve_full_names(self, found: list[Candidate]) -> None:
        """Registry names (homonyms by title, rank, date); a name no list has becomes a new actor only when
        a title, rank or guillemets mark it as a person's name, or a full name opens a clause, since the
        tagger also tags operations and places as people ("طوفان الاقصی"). A name that ends the full name of a
        person named before it is that person ("«اتو پرز مولینا» … «پرز مولینا»")."""
        short_forms: dict[str, str] = {}  # the last one or two words of the names resolved so far → the actor
        for candidate in found:
            if candidate.type != "PER":
                continue
            candidate.rank_sector = self._rank_sector(candidate)
            if candidate.how in ("tagger", "honorific") and not candidate.actor_ids and len(candidate.text.split()) == 1:
                candidate.actor_ids = self.k.surnames.get(candidate.text)  # a bare surname: resolved in step 3
                # one word after an honorific is a known surname or nothing ("استاد دانشگاه", "سایر ... دیگر")
                # a known surname waits for the article to say whose it is (step 3); an unknown one before a
                # headline's colon is a speaker's name ("کرباسچی: ...")
                unknown_speaker = not candidate.actor_ids and self._headline_speaker(candidate)
                # an honorific says nothing of whose surname it is ("دکتر ابراهیم" after "احمد ابراهیم"): a rank
                # or an office must, as for the surnames of step 3
                marked = any(title.kinds & SAYS_WHOSE_SURNAME for title in candidate.titles)
                unlisted_surname = not candidate.actor_ids and self._after_surname_honorific(candidate)
                if not unlisted_surname and (
                    not (marked or unknown_speaker) or (candidate.how == "honorific" and not candidate.actor_ids)
                ):
                    continue
            if candidate.actor_ids:
                candidate.resolved = self._choose(candidate.actor_ids, candidate)
                if candidate.resolved:
                    self._record_known(candidate.resolved, candidate)
            elif earlier := short_forms.get(compact_key(candidate.text)):
                candidate.resolved = earlier
            elif (
                candidate.titles or candidate.how in ("guillemet", "honorific") or self._in_guillemets(candidate)
                or self._opens_clause(candidate) or self._headline_speaker(candidate)
            ):
                candidate.resolved = self._record_new_person(candidate)
            if candidate.resolved:
                self._remember_short_forms(candidate, short_forms)

    @staticmethod
    def _remember_short_forms(candidate: Candidate, short_forms: dict[str, str]) -> None:
        for ending in _name_endings(tuple(candidate.text.split())):
            short_forms.setdefault(compact_key(ending), candidate.resolved)

    def _headline_speaker(self, candidate: Candidate) -> bool:
        """A name that opens a headline's segment and is followed by a colon speaks: "کرباسچی: ...",
        "... | صادق خان: ..."."""
        line_end = self.text.find("\n")
        if not 0 < candidate.end < line_end <= HEADLINE_CHARS or not HEADLINE_COLON.match(self.text, candidate.end):
            return False
        before = self.text[:candidate.start].rstrip(" \u200c")
        return not before or before[-1] in "|؛"

    def _opens_clause(self, candidate: Candidate) -> bool:
        """A full name the tagger found where a clause starts ("مایک پامپئو پس از ...", "، کوئیچیرو ماتسورا نیز
        ..."): a subject; the tagger's people after a noun are often operations ("عملیات طوفان الاقصی")."""
        if candidate.how != "tagger" or len(candidate.text.split()) < 2:
            return False
        before = self._text_before(candidate.start)
        after_credit = any(  # "به گزارش فارس X"
            end <= candidate.start and not self.text[end: candidate.start].strip(" \u200c") for _, end in self.credits
        )
        words = before.split()
        line = self.text[self.text.rfind("\n", 0, candidate.start) + 1: candidate.start].split()
        # "انتقاد بیل گیتس از ...": a headline's event noun, then whoever it is said of
        headline_agent = len(line) == 1 and line[0] not in THING_NAMERS
        return (
            not before or before[-1] in "\n.،:؛!?؟" or after_credit or (bool(words) and words[-1] in CLAUSE_ADVERBS)
            or headline_agent
        )

    def _text_before(self, index: int) -> str:
        """The few characters before ``index``, trailing spaces and ZWNJ dropped (not a copy of the whole text)."""
        return self.text[max(0, index - LOOK_BEHIND): index].rstrip(" \u200c")

    def _in_guillemets(self, candidate: Candidate) -> bool:
        """A name the tagger found that the writer also set in «» or "": Persian news marks names that way."""
        before = self._text_before(candidate.start)
        after = self.text[candidate.end: candidate.end + LOOK_BEHIND].lstrip(" \u200c")
        if set(before[:-1].split()[-1:]) & THING_NAMERS:
            return False  # "با نام «طوفان الاقصی»": an operation's name
        marked = (before.endswith("«") and after.startswith("»")) or (before.endswith('"') and after.startswith('"'))
        return marked and len(candidate.text.split()) >= 2

    # -- step 3: short forms --------------------------------------------------------------------------
    def _short_forms(self, found: list[Candidate], titles: list[TitleMatch]) -> list[Candidate]:
        """Surnames and short forms. A hit that covers an unresolved name the tagger found resolves that
        candidate instead of adding another."""
        open_names = {(c.start, c.end): c for c in found if c.type == "PER" and c.resolved is None}
        # a name the tagger typed as a place or body may still be a known person's short form ("هریس"), and so
        # may a state's name once a person bearing it was named ("دیوید کامرون ... کامرون", not Cameroon)
        open_places = {
            (c.start, c.end): c for c in found
            if c.type != "PER" and c.resolved is None and (c.how == "tagger" or (c.type == "LOC" and c.how == "gazetteer"))
        }
        taken = [(c.start, c.end) for c in found if (c.start, c.end) not in open_names]
        taken += [(t.start, t.end) for t in titles if t.is_office]
        new: list[Candidate] = []

        def place(hit_start: int, hit_end: int, how: str, ids: tuple[str, ...]) -> Candidate | None:
            if not free_of(hit_start, hit_end, taken):
                return None
            candidate = open_names.pop((hit_start, hit_end), None)
            if candidate is None:
                if any(overlaps(hit_start, hit_end, *span) for span in open_names):
                    return None
                candidate = Candidate(hit_start, hit_end, self.text[hit_start:hit_end], "PER", ids, how)
                new.append(candidate)
            taken.append((hit_start, hit_end))
            return candidate

        # Surnames of registry people, where a rank or title marks them as a person ("سرلشکر باقری").
        for hit in self.k.surnames.find(self.text):
            if self._glued_on(hit.end) or not self._word_for_a_name(hit.start, hit.end):
                continue
            probe = Candidate(hit.start, hit.end, self.text[hit.start:hit.end], "PER", hit.values, "surname")
            probe.titles = title_beside(self.text, probe, titles)
            if not any(t.kinds & SAYS_WHOSE_SURNAME for t in probe.titles):
                continue  # "آقای صالح" names some Salehi, not the registry's: a rank or office must say who
            probe.rank_sector = self._rank_sector(probe)
            resolved = self._choose(hit.values, probe) or self._only_one_in_article(hit.values)
            if resolved and (candidate := place(hit.start, hit.end, "surname", hit.values)):
                candidate.titles, candidate.resolved, candidate.how = probe.titles, resolved, "surname"
                self._record_known(resolved, candidate)
        # Then every short form (last one or two words) of a person the article has named, before or after.
        short: dict[str, list[Candidate]] = {}
        # («یک جوان فلسطینی» is no name: «فلسطینی» later is not him)
        for person in (c for c in found + new if c.type == "PER" and c.resolved and c.how != "collective"):
            # the name as written, and a known person's other names ("علی باقری" for "علی باقری کنی")
            names = [person.text, *self._aliases(person.resolved)]
            for tokens in {tuple(name.split()) for name in names}:
                for ending in _name_endings(tokens, whole=person.how == "surname"):
                    short.setdefault(ending, []).append(person)
        for hit in Gazetteer((form, form) for form in short).find(self.text):
            if self._glued_on(hit.end) or not self._word_for_a_name(hit.start, hit.end):
                continue
            antecedents = short[hit.values[0]]
            before = [p for p in antecedents if p.end <= hit.start]
            chosen = before[-1] if before else min(antecedents, key=lambda p: p.start)
            place_name = open_places.get((hit.start, hit.end))
            if place_name is not None and place_name.how == "gazetteer" and not before:
                continue  # a state's name before any person bearing it is the state
            if chosen.resolved in self.k.registry and place_name is not None:
                del open_places[(hit.start, hit.end)]
                place_name.type, place_name.resolved, place_name.how = "PER", chosen.resolved, "short-form"
            elif candidate := place(hit.start, hit.end, "short-form", ()):
                candidate.resolved, candidate.how = chosen.resolved, "short-form"
        # Last, a lone name the tagger calls a person that only one registry person bears ("پوتین و روحانی"),
        # or one after an honorific that the article gave no one else ("آیت‌الله رفسنجانی"), unless it is a
        # given name or a short word ("دکتر صادق", "آقای علی" name someone else)
        for candidate in open_names.values():
            if len(candidate.actor_ids) != 1:
                continue
            if candidate.how == "tagger" or (candidate.how == "honorific" and self._distinctive_surname(candidate.text)):
                candidate.resolved, candidate.how = candidate.actor_ids[0], f"{candidate.how}-surname"
                self._record_known(candidate.resolved, candidate)
        return new

    def _glued_on(self, end: int) -> bool:
        """A word joined by a ZWNJ to what follows is a prefix, not a name: "می" of "می‌گوید" is no Theresa
        May."""
        return self.text.startswith("\u200c", end)

    def _word_for_a_name(self, start: int, end: int) -> bool:
        """Whether a name's short form standing alone can name its bearer: not a word of two letters («می» of
        «ترزا می» is the verb prefix of «می گوید»; «و», «آن», «ما»)."""
        return len(compact_key(self.text[start:end])) > SHORT_WORD_LETTERS

    def _after_surname_honorific(self, candidate: Candidate) -> bool:
        """One word no list has right after a cleric's or courtesy honorific ("حجت‌الاسلام شریعتی‌تبار") is
        a surname, unless it is a given name (titles.yaml ``surname_honorifics``)."""
        if candidate.how != "honorific" or compact_key(candidate.text) in self.k.given_names:
            return False
        before = self.text[max(0, candidate.start - 40):candidate.start].split()
        return any(compact_key(" ".join(before[-n:])) in self.k.surname_honorifics for n in (1, 2, 3))

    def _distinctive_surname(self, word: str) -> bool:
        return compact_key(word) not in self.k.given_names and len(compact_key(word)) > DISTINCTIVE_SURNAME_LETTERS

    def _aliases(self, actor_id: str) -> tuple[str, ...]:
        """A registry person's other names; none for an actor first met in this article."""
        actor = self.k.registry.get(actor_id)
        return actor.aliases if actor is not None and actor.kind == "person" else ()

    def _only_one_in_article(self, ids: tuple[str, ...]) -> str | None:
        present = [actor_id for actor_id in ids if actor_id in self.records]
        return present[0] if len(present) == 1 else None

    # -- step 4: role-only mentions -------------------------------------------------------------------
    def _role_only(self, found: list[Candidate], titles: list[TitleMatch]) -> list[Candidate]:
        """Titles standing alone: the article's holder of that title and country, else the registry's,
        else (for an unqualified title) the article's holder in any country, else an actor named by it."""
        attached = {id(t) for c in found for t in c.titles}
        self.people_named = [(c.start, c.end, c.resolved) for c in found if c.type == "PER" and c.resolved]
        # (office, country, post) → the person the article names as its holder; a title with no post
        # ("سفیر ایران") stands for whichever envoy of that country the article named first
        holders: dict[tuple[str, str | None, str | None], str] = {}
        for candidate in found:
            if candidate.type == "PER" and candidate.resolved:
                for title in candidate.titles:
                    if title.is_office:
                        holders.setdefault((title.key, title.country or HOME_COUNTRY, title.post), candidate.resolved)
                        holders.setdefault((title.key, title.country or HOME_COUNTRY, None), candidate.resolved)
                        holders.setdefault((title.key, None, None), candidate.resolved)
        taken = [(c.start, c.end) for c in found if not c.inside_title]
        new = []
        for title in titles:
            if id(title) in attached or not self._standalone_office(title) or not free_of(title.start, title.end, taken):
                continue
            new.append(self._role_candidate(title, holders))
            # "روسای جمهور ایران و روسیه": one more holder for each further country, mentioned by its name.
            office = self.text[title.start: title.country_span[0]].strip() if title.country_span else title.text
            for country, (start, end) in title.more_countries:
                text = f"{office} {self.text[start:end]}"
                each = replace(title, start=start, end=end, text=text, country=country, country_span=(start, end), more_countries=())
                candidate = self._role_candidate(each, holders)
                if title.start <= start and end <= title.end:
                    candidate.how = f"{DUAL_PREFIX}{candidate.how}"  # "روسای جمهور دو کشور": the second party, inside the first
                new.append(candidate)
        return new

    def _role_candidate(self, title: TitleMatch, holders: dict[tuple[str, str | None, str | None], str]) -> Candidate:
        country = title.country or HOME_COUNTRY
        # a plural title of a country it names ("رؤسای مجلس" alone means Iran's, but names no state)
        plural = title.country_span is not None and self.k.registry.singular_title(title.text) != title.text
        if "counterpart" in title.kinds and plural:
            # "با همتایان خود از امارات، کویت و قطر": unnamed counterparts of several states stand for their states
            return self._state_candidate(title, country, "counterpart-state")
        actor_id, how = holders.get((title.key, country, title.post)), "role-in-article"
        if actor_id is None:
            actor_id, how = self._registry_holder(title, country), "role-registry"
        if actor_id is None and not title.country and self._epithet(title):
            actor_id, how = self._only_person_before(title.start), "role-epithet"
        if actor_id is None and not title.country and _title_actor_id(title, HOME_COUNTRY) in self.records:
            # "رئیس‌جمهور ایران …" named by title only, then "رئیس جمهور": the same office, not another country's
            actor_id, how = _title_actor_id(title, HOME_COUNTRY), "role-in-article"
        if actor_id is None and not title.country:
            actor_id, how = holders.get((title.key, None, None)), "role-in-article"
        if actor_id is None and self.k.registry.is_institution(title.key):
            # "وزارت خارجه آمریکا": a ministry the registry lists under this very name is that organisation
            named = {found_id for found_id, _ in self.k.registry.lookup(title.text)}
            if len(named) == 1 and self.k.registry.actor(next(iter(named))).kind == "organization":
                actor_id, how = named.pop(), "registry-institution"
                self._record_known(actor_id, None)
        if actor_id is None and plural:
            # "نشست معاونان وزرای خارجه ایران، آمریکا و روسیه" with no holder known: each state's delegation,
            # which stands for its government as the counterparts above do
            return self._state_candidate(title, country, "plural-title-state")
        if actor_id is None:
            actor_id, how = self._record_title_actor(title, country), "role-title"
        entity_type = "ORG" if self.k.registry.is_institution(title.key) else "PER"
        candidate = Candidate(title.start, title.end, self.text[title.start:title.end], entity_type, (), how, [title])
        candidate.resolved = actor_id
        return candidate

    def _epithet(self, title: TitleMatch) -> bool:
        """An office many hold at once, standing as a clause's subject: not someone new ("یک عضو کمیسیون"),
        a partner ("در دیدار با امام جمعه", "X و امام جمعه") or another speaker ("امام جمعه گالیکش نیز")."""
        before = self.text[max(0, title.start - LOOK_BEHIND): title.start].split()
        after = self.text[title.end: title.end + LOOK_BEHIND].split()
        return (
            (not before or before[-1] not in NOT_AN_EPITHET_AFTER)
            and not NOT_AN_EPITHET_BEFORE.intersection(after[:2])
            and self._epithet_office(title.text)
        )

    def _epithet_office(self, office: str) -> bool:
        office = compact_key(office)
        return any(office.startswith(head) for head in self.k.epithet_heads)

    def _only_person_before(self, start: int) -> str | None:
        """The one person of this country or none that the article names before ``start``, if it names one,
        and names first in its opening (the person the report is about, not one it mentions in passing)."""
        first_named: dict[str, int] = {}
        for person_start, _, actor_id in self.people_named:
            record = self.records.get(actor_id)
            if person_start < start and record is not None and record.kind == "person":
                first_named.setdefault(actor_id, person_start)
        if len(first_named) != 1:
            return None
        (actor_id, first), = first_named.items()
        if first >= LEAD_CHARS or self.records[actor_id].country not in (HOME_COUNTRY, None):
            return None
        # a listed person holds such offices only, or none the list knows ("امام جمعه" is no Khomeini's)
        listed = self.k.registry.get(actor_id)
        roles = listed.roles if listed is not None else ()
        return actor_id if all(self._epithet_office(role.title) for role in roles) else None

    def _state_candidate(self, title: TitleMatch, country: str, how: str) -> Candidate:
        self._record_known(country, None)
        candidate = Candidate(title.start, title.end, self.text[title.start:title.end], "LOC", (), how, [title])
        candidate.resolved = country
        return candidate

    def _standalone_office(self, title: TitleMatch) -> bool:
        """An office that names one person by itself: with its country, or one the registry knows
        ("رئیس ستاد کل نیروهای مسلح"); not a bare generic word ("نظامی", "مشاور"), nor a plural title with no
        country ("نشست وزرای خارجه ناتو" names no one)."""
        if not title.is_office:
            return False
        if title.country is None and self.k.registry.singular_title(title.text) != title.text:
            return False
        if "counterpart" in title.kinds and title.country:
            return True  # "همتای ترکیه‌ای خود": the same office, in that country
        if title.country and self.k.titles.is_city_office(title.key):
            return True  # "شهردار لندن": one city has one mayor
        office_end = title.country_span[0] if title.country_span else title.end
        office_words = self.text[title.start:office_end].replace("\u200c", " ").split()  # "امام‌جمعه" is two words
        return len(office_words) >= 2 or bool(self.k.registry.role_holders(title.key))

    def _registry_holder(self, title: TitleMatch, country: str) -> str | None:
        """Who held the office on the story date. Without a date the registry cannot say (its lists of
        holders are never complete), so only a holder the article itself names is taken."""
        holders = self.k.registry.role_holders(title.key, country, self.date, title.post)
        # a holder the article names outright before one whose surname merely stands in it (Bashar before Hafez al-Assad)
        named = [a for a in holders if a.id in self.records]
        present = named if len(named) == 1 else [a for a in holders if a.id in self.records or self._surname_in_text(a)]
        if self.date is None or len(holders) > 1:
            holders = present or ([] if self.date is None else holders)
        if len(holders) == 1:
            self._record_known(holders[0].id, None)
            return holders[0].id
        return None

    def _surname_in_text(self, actor: Actor) -> bool:
        """The holder's surname stands in the article as a word ("دار" inside "دیدار" does not count), and
        not inside another person's name ("نوری" of "نوری همدانی" is no sign of Nategh-Nouri)."""
        tokens = actor.name.split()
        if len(tokens) < 2:
            return False
        return any(
            not any(start <= hit.start() < end and other != actor.id for start, end, other in self.people_named)
            for hit in re.finditer(rf"(?<!\w){re.escape(tokens[-1])}(?!\w)", self.text)
        )

    def _record_title_actor(self, title: TitleMatch, country: str) -> str:
        posted = self.envoys_at_posts.setdefault((title.key, country), [])
        if title.post is None and len(posted) == 1:
            return posted[0]  # "سفیر ایران" after "سفیر ایران در لبنان" is that envoy
        actor_id = _title_actor_id(title, country)
        if title.post is not None and actor_id not in posted:
            posted.append(actor_id)
        if actor_id not in self.records:
            kind = "organization" if self.k.registry.is_institution(title.key) else "person"
            name = self.k.registry.singular_title(title.text)  # each holder of "وزرای خارجه X و Y" is one minister
            role = name
            article = word_before(self.text, title.start)
            if kind == "person" and article in INDEFINITE:
                # "یک عضو کمیسیون … گفت": the name says it is someone unnamed holding the office, as written
                name = f"{article} {name}"
            self.records[actor_id] = ActorRecord(actor_id, name, None, kind, country, title.sector, role, False)
        return actor_id

    def _headline_person(self, found: list[Candidate], titles: list[TitleMatch]) -> None:
        """"واکنش بروجردی به ..." then "عضو کمیسیون امنیت ملی مجلس با انتقاد از ...": a lead that opens with an
        office nobody is named for tells of the one person its headline names, when the lead names no one."""
        line_end = self.text.find("\n")
        if not 0 < line_end <= HEADLINE_CHARS or self.text[:line_end].rstrip()[-1:] in ".:":
            return  # a first line that ends like a sentence is the lead itself
        lead_end = next((end for start, end in self._sentences if start > line_end), None)
        if lead_end is None:
            return
        if any(title.is_office and title.end <= line_end for title in titles):
            return  # "نماینده ترامپ: ...", "واکنش تند یک نماینده ... | روحانی ...": the office may be the headline's
        people = [c for c in found if c.type == "PER" and c.resolved]
        lead = [c for c in people if line_end < c.start < lead_end]
        if not lead or not lead[0].resolved.startswith("title-"):
            return
        # the headline's own subject: its first words ("روحانی: ..."), or after its noun ("واکنش بروجردی به ...");
        # a surname several registry people bear is the one whose office the lead names ("ابطحی: ..." then
        # "یک عضو فراکسیون ولایی مجلس گفت")
        headline = [
            c for c in found if c.type == "PER" and c.end <= line_end
            and (not c.resolved.startswith("title-") if c.resolved else len(c.actor_ids) > 1)
        ]
        named = {
            c.resolved or self._choose(c.actor_ids, lead[0]) for c in headline
            if len(self.text[:c.start].rsplit("|", 1)[-1].split()) <= 1  # "... | حمله تند آذری جهرمی: ..."
        }
        if len(named) != 1 or None in named:
            return
        (person,) = named
        if person not in self.records:
            self._record_known(person, lead[0])
        for candidate in headline:
            if not candidate.resolved:
                candidate.resolved, candidate.how = person, "headline-person"
        if any(c.resolved == person for c in lead) or any(not c.resolved.startswith("title-") for c in lead):
            return
        title_actor = lead[0].resolved
        country = self.records[person].country if person in self.records else None
        if country not in (None, self.records[title_actor].country):
            return
        for candidate in found:
            if candidate.resolved == title_actor:
                candidate.resolved, candidate.how = person, "headline-person"
        del self.records[title_actor]

    # -- step 5: pronouns -----------------------------------------------------------------------------
    def _pronouns(self, found: list[Candidate]) -> list[Candidate]:
        """A pronoun names the nearest free-standing person before it in its own sentence ("بنابر اعلام
        سخنگوی پوتین، وی قصد دارد"), else the subject of the latest sentence that had one ("وی افزود").
        A pronoun after a preposition is never its own clause's subject ("X در نامه‌ای به رئیس‌جمهور از وی
        خواست": a subject asking itself would say «خود»): it names the nearest other person."""
        people = sorted(
            (c for c in found if c.type == "PER" and c.resolved and not _journalist(c, self.records) and not self.serves_a_person(c)),
            key=lambda c: c.start,
        )
        subjects = self._sentence_subjects(people)
        gazetteer = Gazetteer((pronoun, pronoun) for pronoun in PRONOUNS)
        new = []
        for hit in gazetteer.find(self.text):
            sentence_start, sentence_end = next(
                ((start, end) for start, end in self._sentences if start <= hit.start < end), (hit.start, len(self.text))
            )
            in_sentence = [c for c in people if sentence_start <= c.start and c.end <= hit.start]
            if self._free(sentence_start, Candidate(hit.start, hit.end, "", "PER", (), "pronoun")):
                before = [c for c in in_sentence if self._free(sentence_start, c)]
                before = before or [c for c in subjects if c.end <= hit.start]
            else:
                own = next((c.resolved for c in in_sentence if self._free(sentence_start, c)), None)
                before = [c for c in in_sentence + [s for s in subjects if s.end <= sentence_start] if c.resolved != own]
                before.sort(key=lambda c: c.start)
                nearest = before[-1] if before else None
                if own and nearest and nearest.start >= sentence_start and self._free(sentence_start, nearest):
                    # "X در دیدار Y با وی": Y is the agent of the meeting noun, so «وی» is the sentence's X
                    before = [c for c in in_sentence if c.resolved == own]
            if before:
                candidate = Candidate(hit.start, hit.end, self.text[hit.start:hit.end], "PER", (), "pronoun")
                candidate.resolved = before[-1].resolved
                new.append(candidate)
                if not self.text[sentence_start:hit.start].strip(" \n\t\u200c«\"-"):
                    # "وی ... به موضوع «روژه گارودی» اشاره کرد": the pronoun opens the sentence, so it is its
                    # subject, and the person named further on is not the one the next «وی» is about
                    subjects = sorted(
                        [c for c in subjects if not sentence_start <= c.start < sentence_end] + [candidate],
                        key=lambda c: c.start,
                    )
        return new

    @cached_property
    def _sentences(self) -> list[tuple[int, int]]:
        return sentence_spans(self.text)

    def _sentence_subjects(self, people: list[Candidate]) -> list[Candidate]:
        """Per sentence, the first person not governed by a preposition nor after a colon. A person further on
        is an object or sits inside what was said ("... به اطلاع سفیر ایران رساند", "اظهار داشت: آقای
        البرادعی ... قرار بود به ایران بیاید": the next «وی» is still the speaker)."""
        subjects = []
        for start, end in self._sentences:
            first = next((
                c for c in people if start <= c.start < end and self._free(start, c) and ":" not in self.text[start:c.start]
            ), None)
            if first is not None:
                subjects.append(first)
        return subjects

    def _free(self, sentence_start: int, candidate: Candidate) -> bool:
        """Not governed by a preposition."""
        preceding = self.text[sentence_start:candidate.start].split()
        return not preceding or preceding[-1] not in SUBJECT_BLOCKERS

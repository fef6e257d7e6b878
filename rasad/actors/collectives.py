"""Unnamed people, groups and bodies: «یک جوان فلسطینی», «نظامیان صهیونیست», «کردها», «پارلمان این کشور».

News names the actors of arrests, shootings and protests by what they are, not who. Each shape that
``rasad/data/actors/collectives.yaml`` describes is found here as one phrase with its country (from the
demonym or the state named after a people) and sector (from the noun); the phrase as written is the
actor's name. Finding only: the actors stage turns a :class:`Collective` into an actor.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from rasad.actors.gazetteer import Gazetteer, Hit, compact_key
from rasad.text import token_spans

_GAP = re.compile(r"[ \t\u200c]*")
_THIS = re.compile(r"(?<!\w)این(?=[ \t\u200c])")
_NUMBER = re.compile(r"(?<!\w)[0-9۰-۹٠-٩]{1,5}(?!\w)")
# words between people and the state they serve: «ماموران حکومت بحرین», «سربازان ارتش اسرائیل»
_STATE_BODY = re.compile(r"(?:حکومت|دولت|رژیم|ارتش|نیروهای مسلح)[ \t\u200c]+")
# a town or province named after people: «شهرستان منوجان», «استان خوزستان» (one word of name)
_LOCAL_PLACE = re.compile(r"(?:شهر|شهرستان|استان|روستای|بخش)[ \t\u200c]+([^\s،,.:؛!?؟«»()]+)")
# words after which a noun phrase starts afresh: prepositions, conjunctions, «را», «که», «سوی» of «از سوی»
PHRASE_OPENERS = frozenset("از با به در علیه برای و که را تا میان بین توسط سوی جانب نیز هم اما ولی".split())


@dataclass(frozen=True)
class Noun:
    sector: str | None
    en: str
    plural: bool
    bare: bool = False  # the plural alone, opening a phrase, is a group («از شهروندان قدردانی کرد»)
    relative: bool = False  # the form with the «ی» of a relative clause («شهروندانی که …»), named without it


@dataclass(frozen=True)
class People:
    en: str
    country: str | None


@dataclass(frozen=True)
class Collective:
    start: int
    end: int
    text: str
    country: str | None
    sector: str | None
    en: str
    kind: str  # person («یک دختر فلسطینی»), group, or organization («پارلمان ترکیه»)
    antecedent: str | None = None  # for «این مقام آگاه»: the phrase it refers back to, which names the actor

    @property
    def name(self) -> str:
        return self.antecedent or self.text

    @property
    def actor_id(self) -> str:
        """Each phrase of people is its own actor (and «این مقام» its antecedent's); a state's body of one
        kind is one actor however it is worded («پارلمان ترکیه», «مجلس ترکیه», «پارلمان این کشور»)."""
        if self.kind == "organization":
            return f"body-{(self.country or 'xxx').lower()}-{_digest(self.en)}"
        return f"people-{(self.country or 'xxx').lower()}-{_digest(compact_key(self.name))}"


def _with_ezafe(plural: str) -> tuple[str, ...]:
    return (plural, plural + "ی") if plural.endswith("ها") else (plural,)


class CollectiveFinder:
    def __init__(
        self,
        lexicon: dict,
        demonyms: Iterable[tuple[str, str]],
        states: Gazetteer[str],
        this_country: Callable[[str, int, int], tuple[str, int] | None],
        organisation_nouns: frozenset[str] = frozenset(),
    ):
        """``lexicon`` is collectives.yaml; ``demonyms`` (surface, ISO3) are singular ones («فلسطینی»);
        ``states`` names states, for the country after a people («کردهای عراق») or a body; ``this_country``
        reads «این کشور» at a position as the state named last before a given start; ``organisation_nouns``
        (compact) open an institution a complement may name («کمیته», «سازمان»)."""
        nouns = []
        for noun in lexicon.get("nouns") or ():
            nouns.append((noun["singular"], Noun(noun.get("sector"), noun["en"], False)))
            bare = bool(noun.get("bare"))
            for plural in noun.get("plural") or ():
                # «مقام‌های روسی»: a plural in «ها» takes the ezafe «ی» before its demonym
                nouns += [(form, Noun(noun.get("sector"), noun["en"], True, bare)) for form in _with_ezafe(plural)]
                if bare and plural.endswith("ان"):
                    nouns.append((plural + "ی", Noun(noun.get("sector"), noun["en"], True, bare, relative=True)))
        self.nouns = Gazetteer(nouns)
        self.counts = Gazetteer((word, word == "یک") for word in lexicon.get("counts") or ())
        self.crowds = Gazetteer((word, word == "یکی از") for word in lexicon.get("crowds") or ())  # value: one person
        self.demonyms = Gazetteer(demonyms)
        peoples = []
        for people in lexicon.get("peoples") or ():
            value = People(people["en"], people.get("country"))
            peoples += [(surface, value) for surface in (people["name"], *(people.get("variants") or ()))]
        self.peoples = Gazetteer(peoples)
        self.states = states
        self.places = Gazetteer((place, True) for place in lexicon.get("places") or ())
        self.bodies = Gazetteer((body["name"], (body.get("sector"), body["en"])) for body in lexicon.get("bodies") or ())
        # a kind of body by its word alone (compact key → sector, en): «مجلس», «پارلمان»
        self.body_kinds = {compact_key(body["name"]): (body.get("sector"), body["en"]) for body in lexicon.get("bodies") or ()}
        self.acts = frozenset(compact_key(word) for word in lexicon.get("acts") or ())
        self.this_country = this_country
        self.qualifiers = Gazetteer((word, True) for word in lexicon.get("qualifiers") or ())
        complement = lexicon.get("complement") or {}
        self.links = Gazetteer((word, True) for word in complement.get("links") or ())
        self.complement_words = complement.get("words", 0)
        serving = {compact_key(noun) for noun in complement.get("nouns") or ()}
        # the English of the nouns whose people serve a state (singular and plural forms alike)
        self.serving = frozenset(noun["en"] for noun in lexicon.get("nouns") or () if compact_key(noun["singular"]) in serving)
        self.institutions = organisation_nouns | {compact_key(word) for word in complement.get("institutions") or ()}

    def find(self, text: str) -> list[Collective]:
        """Longest phrases first, none overlapping."""
        nouns = list(self.nouns.find_all(text))
        at = _HitsAt(
            nouns=nouns,
            singular=_longest_at(hit for hit in nouns if any(not v.plural for v in hit.values)),
            demonyms=_longest_at(self.demonyms.find_all(text)),
            states=_longest_at(self.states.find_all(text)),
            places=_longest_at(self.places.find_all(text)),
            qualifiers=_longest_at(self.qualifiers.find_all(text)),
            links=_longest_at(self.links.find_all(text)),
        )
        found = [*self._counted(text, at), *self._plural_nouns(text, at), *self._peoples(text, at), *self._bodies(text, at)]
        chosen: list[Collective] = []
        for item in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
            if not chosen or item.start >= chosen[-1].end:
                chosen.append(item)
        return self._with_anaphors(text, chosen, at)

    def _with_anaphors(self, text: str, chosen: list[Collective], at: _HitsAt) -> list[Collective]:
        """«این» + a singular noun (its qualifiers or demonym after it) outside the phrases found refers back
        to the last person of that noun before it: «این مقام آگاه» after «یک مقام آگاه در وزارت نفت هند»."""
        taken = [(c.start, c.end) for c in chosen]
        anaphors = []
        for match in _THIS.finditer(text):
            noun = at.singular.get(_skip_gap(text, match.end()))
            if noun is None or any(s < noun.end and match.start() < e for s, e in taken):
                continue
            en = next(v for v in noun.values if not v.plural).en
            antecedent = next((c for c in reversed(chosen) if c.end <= match.start() and c.kind == "person"
                               and _of_noun(c, en)), None)
            if antecedent is not None:
                qualified = self._past_qualifiers(text, noun.end, at)
                country = _country_after(text, qualified, at)  # «این مقام هندی»
                end = country[0] if country else qualified
                anaphors.append(replace(
                    antecedent, start=match.start(), end=end, text=text[match.start():end], antecedent=antecedent.name,
                ))
        return sorted(chosen + anaphors, key=lambda c: c.start)

    def _past_qualifiers(self, text: str, position: int, at: _HitsAt) -> int:
        """The end of the qualifiers right after a noun («مقام ارشد آگاه»), or ``position`` if none."""
        end = position
        while (qualifier := at.qualifiers.get(_skip_gap(text, end))) is not None:
            end = qualifier.end
        return end

    def _complement(self, text: str, position: int, at: _HitsAt) -> tuple[int, str] | None:
        """(end, ISO3) of a phrase after a noun that names its state: «در وزارت نفت هند», «وزارت خارجه
        آمریکا», «در عراق»: a link word or none, an institution or the state, the state within a few words."""
        position = _skip_gap(text, position)
        link = at.links.get(position)
        opening = _skip_gap(text, link.end) if link else position
        line_end = text.find("\n", opening)
        words = token_spans(text, opening, len(text) if line_end < 0 else line_end)[: self.complement_words]
        if not words or (compact_key(text[words[0][0]:words[0][1]]) not in self.institutions and words[0][0] not in at.states):
            return None
        for start, end in words:
            if not text[start].isalpha() or text[start:end] in PHRASE_OPENERS:
                return None  # punctuation or a new phrase before any state
            place = at.states.get(start) or at.demonyms.get(start)
            if place is not None:
                return place.end, place.values[0]
        return None

    def _country_of(self, text: str, position: int, noun: Noun, at: _HitsAt) -> tuple[int, str] | None:
        """(end, ISO3) of the demonym or state after a noun ending at ``position``, past its qualifiers («مقام
        ارشد آمریکایی»); for people who serve a state, also of a complement («مقامات وزارت خارجه آمریکا»)."""
        qualified = self._past_qualifiers(text, position, at)
        country = _country_after(text, qualified, at)
        if country is None and noun.en in self.serving:
            country = self._complement(text, qualified, at)
        return country

    def _counted(self, text: str, at: _HitsAt) -> Iterable[Collective]:
        """count + singular noun + demonym, or count + demonym: «یک جوان فلسطینی», «سه صهیونیست»."""
        counts = [(hit.start, hit.end, hit.values[0]) for hit in self.counts.find_all(text)]
        counts += [(match.start(), match.end(), match.group() in ("1", "۱")) for match in _NUMBER.finditer(text)]
        for start, end, one in counts:
            position = _skip_gap(text, end)
            noun = at.singular.get(position)
            if noun is None:
                demonym = at.demonyms.get(position)  # «سه صهیونیست»: the demonym is the noun
                if demonym is not None:
                    yield self._make(text, start, demonym.end, demonym.values[0], "CVL", "people", _kind(one))
                continue
            value = next(v for v in noun.values if not v.plural)
            country = self._country_of(text, noun.end, value, at)
            if country is not None:
                yield self._make(text, start, country[0], country[1], value.sector, value.en, _kind(one))

    def _plural_nouns(self, text: str, at: _HitsAt) -> Iterable[Collective]:
        """plural noun + demonym, a crowd word before either: «نظامیان صهیونیست», «گروهی از معترضان»."""
        crowds = {_skip_gap(text, hit.end): (hit.start, hit.values[0]) for hit in self.crowds.find_all(text)}
        for hit in at.nouns:
            noun = next((value for value in hit.values if value.plural), None)
            if noun is None:
                continue
            country = self._country_of(text, hit.end, noun, at)  # «مقامات عالی‌رتبه آمریکایی»
            local = None if country else _LOCAL_PLACE.match(text, _skip_gap(text, hit.end))
            if local and local.group(1) in PHRASE_OPENERS:
                local = None  # «مردم شهرستان و هیئت‌های اجرایی»: no town named
            start, one = crowds.get(hit.start, (hit.start, False))
            if country is None and local is None and start == hit.start:
                # «معترضان» alone: the protesters the story is about, when the noun may stand alone and no
                # other noun owns it («حقوق شهروندان»); the same words make the same actor all through
                if noun.bare and (opens_phrase(text, hit.start) or self._after_act(text, hit.start)):
                    end = hit.end - 1 if noun.relative else hit.end
                    yield self._make(text, hit.start, end, None, noun.sector, noun.en, "group")
                continue
            if noun.relative:
                continue  # «شهروندانی که»: the relative form takes no demonym
            # «مردم شهرستان منوجان»: a town's people, of a country the text does not say
            end, iso3 = country or ((local.end(), None) if local else (hit.end, None))
            yield self._make(text, start, end, iso3, noun.sector, noun.en, _kind(one))

    def _peoples(self, text: str, at: _HitsAt) -> Iterable[Collective]:
        """A people, with the state or the wider place named after it: «کردهای عراق», «مسلمانان سراسر جهان»."""
        for hit in self.peoples.find_all(text):
            people = hit.values[0]
            state = at.states.get(_skip_gap(text, hit.end))
            end, country = (state.end, state.values[0]) if state else (hit.end, people.country)
            place = at.places.get(_skip_gap(text, end))
            end = place.end if place else end  # «مسلمانان سراسر جهان»: still no one state's
            yield self._make(text, hit.start, end, country, "CVL", people.en, "group")

    def _bodies(self, text: str, at: _HitsAt) -> Iterable[Collective]:
        """A state's body named by its kind and the state: «پارلمان ترکیه», «پلیس این کشور»."""
        for hit in self.bodies.find_all(text):
            if not opens_phrase(text, hit.start) and not self._after_act(text, hit.start):
                continue  # «رئیس پارلمان ترکیه», «کمیته روابط خارجی پارلمان آلمان»: another's complement
            sector, en = hit.values[0]
            position = _skip_gap(text, hit.end)
            state = at.states.get(position)
            found = (state.values[0], state.end) if state else self.this_country(text, position, hit.start)
            if found is not None:
                yield self._make(text, hit.start, found[1], found[0], sector, en, "organization")

    def _after_act(self, text: str, start: int) -> bool:
        """«تصمیم پارلمان ترکیه»: the body owns the act before it, and so is an actor of its own."""
        before = text[max(0, start - 20): start].split()
        return bool(before) and compact_key(before[-1]) in self.acts

    def body_of(self, text: str, start: int, word_end: int, end: int, country: str) -> Collective | None:
        """«مجلس دانمارک» after «نمایندگان»: the body of ``country`` that the kind word ``text[start:word_end]``
        names, the state after it ending at ``end``; None when that word is no kind of body."""
        kind = self.body_kinds.get(compact_key(text[start:word_end]))
        if kind is None:
            return None
        sector, en = kind
        return self._make(text, start, end, country, sector, en, "organization")

    @staticmethod
    def _make(text: str, start: int, end: int, country: str | None, sector: str | None, en: str, kind: str) -> Collective:
        return Collective(start, end, text[start:end], country, sector, f"{en} ({country})" if country else en, kind)


def _of_noun(collective: Collective, en: str) -> bool:
    """Whether a phrase ``_make`` built names people of the noun whose English is ``en``."""
    return collective.en == en or collective.en.startswith(f"{en} (")


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def opens_phrase(text: str, start: int) -> bool:
    """Nothing but punctuation, a line start or a function word before ``start``: no noun owns what follows."""
    before = text[max(0, start - 20): start].rstrip(" \t\u200c")
    if not before or before[-1] in "\n.،,:؛!?؟«»\"()":
        return True
    return before.split()[-1] in PHRASE_OPENERS


def _kind(one_person: bool) -> str:
    return "person" if one_person else "group"


def _skip_gap(text: str, position: int) -> int:
    return _GAP.match(text, position).end()


@dataclass(frozen=True)
class _HitsAt:
    """One text's hits of each word list, by start: the longest there."""

    nouns: list[Hit]
    singular: dict[int, Hit]
    demonyms: dict[int, Hit]
    states: dict[int, Hit]
    places: dict[int, Hit]
    qualifiers: dict[int, Hit]
    links: dict[int, Hit]


def _longest_at(hits: Iterable[Hit]) -> dict[int, Hit]:
    longest: dict[int, Hit] = {}
    for hit in hits:
        if hit.start not in longest or hit.end > longest[hit.start].end:
            longest[hit.start] = hit
    return longest


def _country_after(text: str, position: int, at: _HitsAt) -> tuple[int, str] | None:
    """(end, ISO3) of the demonym or state right after a noun: «جوان فلسطینی», «ماموران حکومت بحرین»."""
    position = _skip_gap(text, position)
    demonym = at.demonyms.get(position)
    if demonym is not None:
        return demonym.end, demonym.values[0]
    body = _STATE_BODY.match(text, position)
    state = at.states.get(body.end() if body else position)
    return (state.end, state.values[0]) if state else None

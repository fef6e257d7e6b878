"""Unnamed people and groups: «یک جوان فلسطینی», «دو سرباز آمریکایی», «نظامیان صهیونیست», «کردها».

News names the actors of arrests, shootings and protests by what they are, not who. Each shape that
``rasad/data/actors/collectives.yaml`` describes is found here as one phrase with its country (from the
demonym or the state named after a people) and sector (from the noun); the phrase as written is the
actor's name. Finding only: the actors stage turns a :class:`Collective` into an actor.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from rasad.actors.gazetteer import Gazetteer, Hit, compact_key

_GAP = re.compile(r"[ \t\u200c]*")
_NUMBER = re.compile(r"(?<!\w)[0-9۰-۹٠-٩]{1,5}(?!\w)")
# words between people and the state they serve: «ماموران حکومت بحرین», «سربازان ارتش اسرائیل»
_STATE_BODY = re.compile(r"(?:حکومت|دولت|رژیم|ارتش|نیروهای مسلح)[ \t\u200c]+")


@dataclass(frozen=True)
class Noun:
    sector: str | None
    en: str
    plural: bool


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
    one_person: bool  # «یک دختر فلسطینی»

    @property
    def actor_id(self) -> str:
        digest = hashlib.sha256(compact_key(self.text).encode("utf-8")).hexdigest()[:10]
        return f"people-{(self.country or 'xxx').lower()}-{digest}"


class CollectiveFinder:
    def __init__(self, lexicon: dict, demonyms: Iterable[tuple[str, str]], states: Gazetteer[str]):
        """``lexicon`` is collectives.yaml; ``demonyms`` (surface, ISO3) are singular ones («فلسطینی»);
        ``states`` names states, for the country after a people («کردهای عراق»)."""
        nouns = []
        for noun in lexicon.get("nouns") or ():
            nouns.append((noun["singular"], Noun(noun.get("sector"), noun["en"], False)))
            nouns += [(plural, Noun(noun.get("sector"), noun["en"], True)) for plural in noun.get("plural") or ()]
        self.nouns = Gazetteer(nouns)
        self.counts = Gazetteer((word, word == "یک") for word in lexicon.get("counts") or ())
        self.crowds = Gazetteer((word, True) for word in lexicon.get("crowds") or ())
        self.demonyms = Gazetteer(demonyms)
        peoples = []
        for people in lexicon.get("peoples") or ():
            value = People(people["en"], people.get("country"))
            peoples += [(surface, value) for surface in (people["name"], *(people.get("variants") or ()))]
        self.peoples = Gazetteer(peoples)
        self.states = states
        self.places = Gazetteer((place, True) for place in lexicon.get("places") or ())

    def find(self, text: str) -> list[Collective]:
        """Longest phrases first, none overlapping."""
        found = [*self._counted(text), *self._plural_nouns(text), *self._peoples(text)]
        chosen: list[Collective] = []
        for item in sorted(found, key=lambda c: (c.start, -(c.end - c.start))):
            if not chosen or item.start >= chosen[-1].end:
                chosen.append(item)
        return chosen

    def _counted(self, text: str) -> Iterable[Collective]:
        """count + singular noun + demonym, or count + demonym: «یک جوان فلسطینی», «سه صهیونیست»."""
        counts = [(hit.start, hit.end, hit.values[0]) for hit in self.counts.find_all(text)]
        counts += [(match.start(), match.end(), match.group() in ("1", "۱")) for match in _NUMBER.finditer(text)]
        for start, end, one in counts:
            position = _skip_gap(text, end)
            noun = _hit_at(self.nouns, text, position, plural=False)
            if noun is None:
                demonym = _hit_at(self.demonyms, text, position)  # «سه صهیونیست»: the demonym is the noun
                if demonym is not None:
                    yield self._make(text, start, demonym.end, demonym.values[0], "CVL", "people", one)
                continue
            country = self._country_after(text, noun.end)
            if country is not None:
                yield self._make(text, start, country[0], country[1], noun.values[0].sector, noun.values[0].en, one)

    def _plural_nouns(self, text: str) -> Iterable[Collective]:
        """plural noun + demonym, a crowd word before either: «نظامیان صهیونیست», «گروهی از معترضان»."""
        crowds = {_skip_gap(text, hit.end): hit.start for hit in self.crowds.find_all(text)}
        for hit in self.nouns.find_all(text):
            noun = next((value for value in hit.values if value.plural), None)
            if noun is None:
                continue
            country = self._country_after(text, hit.end)
            start = crowds.get(hit.start, hit.start)
            if country is None and start == hit.start:
                continue  # «معترضان» alone is the protesters the story is about, not a new actor
            end, iso3 = country or (hit.end, None)
            yield self._make(text, start, end, iso3, noun.sector, noun.en, False)

    def _country_after(self, text: str, position: int) -> tuple[int, str] | None:
        """(end, ISO3) of the demonym or state right after a noun: «جوان فلسطینی», «ماموران حکومت بحرین»."""
        position = _skip_gap(text, position)
        demonym = _hit_at(self.demonyms, text, position)
        if demonym is not None:
            return demonym.end, demonym.values[0]
        body = _STATE_BODY.match(text, position)
        state = _hit_at(self.states, text, body.end() if body else position)
        return (state.end, state.values[0]) if state else None

    def _peoples(self, text: str) -> Iterable[Collective]:
        for hit in self.peoples.find_all(text):
            people = hit.values[0]
            state = _hit_at(self.states, text, _skip_gap(text, hit.end))
            end, country = (state.end, state.values[0]) if state else (hit.end, people.country)
            place = _hit_at(self.places, text, _skip_gap(text, end))
            end = place.end if place else end  # «مسلمانان سراسر جهان»: still no one state's
            yield self._make(text, hit.start, end, country, "CVL", people.en, False)

    @staticmethod
    def _make(text: str, start: int, end: int, country: str | None, sector: str | None, en: str, one: bool) -> Collective:
        return Collective(start, end, text[start:end], country, sector, f"{en} ({country})" if country else en, one)


def _skip_gap(text: str, position: int) -> int:
    return _GAP.match(text, position).end()


def _hit_at(gazetteer: Gazetteer, text: str, position: int, plural: bool | None = None) -> Hit | None:
    """The longest hit starting at ``position`` (of singular or plural nouns only, when ``plural`` says)."""
    window = text[position: position + 60]
    whole = position + len(window) >= len(text)  # else a hit must end before the window's cut
    hits = [
        hit for hit in gazetteer.find_all(window)
        if hit.start == 0 and (whole or hit.end < len(window))
        and (plural is None or any(value.plural == plural for value in hit.values))
    ]
    if not hits:
        return None
    best = max(hits, key=lambda hit: hit.end)
    return Hit(position + best.start, position + best.end, best.values)

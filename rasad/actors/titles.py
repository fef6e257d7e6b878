"""Title phrases: "وزیر دفاع قطر", "معاون سیاسی وزیر امور خارجه", "همتای روسی خود", "سفیر کشورمان".

A title phrase is one or more title words from the lexicon (modifiers such as معاون/سرپرست chain onto the
office that follows), optionally followed by its country: a state name or demonym ("قطر", "روسی",
"فدراسیون روسیه"), or "کشورمان" (our country, Iran). Titles give a mention its sector, its country and
the role used to resolve role-only mentions ("وزیر دفاع روسیه" → whoever the article, or the registry,
says held it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from rasad.actors.gazetteer import Gazetteer, Hit, compact_key
from rasad.text import word_before

# Words that may stand between a title and its country without changing it ("وزیر دفاع کشور قطر").
COUNTRY_LINKS = ("کشور", "فدراسیون", "جمهوری", "دولت", "پادشاهی")
# "همتایان خود از کویت و قطر" (not "در": "همتای خود در تهران" is where they met).
COUNTERPART_LINKS = ("از",)
HOME_COUNTRY_WORDS = ("کشورمان", "کشور ما", "ایران اسلامی")
HOME_COUNTRY = "IRN"
POST_LINK = "در"  # "سفیر ایران در لبنان": the word before an envoy's post
CITY_WINDOW = 40  # characters after a city office where its city or province is looked for
# "نخست‌وزیر این کشور": the country named last before the title.
ANAPHORIC_COUNTRY_WORDS = ("این کشور", "آن کشور", "این رژیم")
TWO_COUNTRIES = "دو کشور"  # "روسای جمهور دو کشور": the two states the article named last
DUAL_PREFIX = "dual-"  # the `how` of such a title's second party, which stands inside the first's span
ANAPHORA_WINDOW = 1500  # characters looked back for the country "این کشور" points to
_MAX_LINK_GAP = 2  # spaces or ZWNJ between the parts of a phrase


@dataclass(frozen=True)
class TitleWord:
    """One lexicon entry: an office, a modifier, a rank or an honorific."""

    phrase: str
    kind: str  # office | modifier | portfolio | rank | honorific | counterpart
    sector: str | None
    english: str | None = None


@dataclass(frozen=True)
class TitleMatch:
    start: int
    end: int
    text: str
    key: str  # the office without its country, spacing-blind: what role-only mentions are compared by
    sector: str | None
    country: str | None
    country_span: tuple[int, int] | None
    kinds: frozenset[str]
    # A plural title's further countries ("وزرای خارجه ایران و قطر": QAT), each with its span.
    more_countries: tuple[tuple[str, tuple[int, int]], ...] = ()
    # Where the chain ended before its trailing portfolio words were dropped ("سخنگوی ارشد"): an
    # organisation may follow them ("سخنگوی ارشد نیروهای مسلح").
    tail_end: int = -1
    # An envoy's post ("سفیر ایران در لبنان": LBN) and the span of its place, part of the title.
    post: str | None = None
    post_span: tuple[int, int] | None = None

    @property
    def is_office(self) -> bool:
        return bool(self.kinds & {"office", "counterpart"})


class TitleFinder:
    def __init__(
        self,
        words: list[TitleWord],
        states: Gazetteer[str],
        canonical: Callable[[str], str] = compact_key,
        plurals: tuple[str, ...] = (),
        cities: Gazetteer[str] | None = None,
        city_offices: frozenset[str] = frozenset(),
        not_a_person_after: tuple[str, ...] = (),
        post_offices: frozenset[str] = frozenset(),
    ):
        """``canonical`` folds an office's synonyms to one key ("وزیر خارجه" → "وزیر امور خارجه");
        ``plurals`` are the plural title heads ("وزرای", "روسای"), whose title names one holder per country;
        ``city_offices`` (keys) are offices of a city, whose country a city in ``cities`` gives ("شهردار لندن");
        after a word of ``not_a_person_after`` (compact) a title describes a body ("کشورهای عضو ...") and is dropped;
        ``post_offices`` (keys) are held at a post abroad, which "در" and a state or capital name ("سفیر ایران در لبنان")."""
        self.words = Gazetteer((word.phrase, word) for word in words)
        self.states = states
        self.canonical = canonical
        self.plurals = tuple(compact_key(plural) for plural in plurals)
        self.cities = cities
        self.city_offices = city_offices
        self.not_a_person_after = frozenset(not_a_person_after)
        self.post_offices = post_offices

    def find(self, text: str) -> list[TitleMatch]:
        """Title phrases: overlapping or adjacent title words merged into one chain ("معاون وزیر" +
        "وزیر خارجه" → "معاون وزیر خارجه"); a portfolio word joins a chain but cannot start or end one."""
        hits = sorted(self.words.find_all(text), key=lambda hit: (hit.start, -hit.end))
        chains: list[list[Hit[TitleWord]]] = []
        for hit in hits:
            if chains and (hit.start < _chain_end(chains[-1]) or _adjacent(text, _chain_end(chains[-1]), hit.start)):
                chains[-1].append(hit)
            elif not _is_portfolio(hit):
                chains.append([hit])
        matches = []
        for chain in chains:
            tail_end = _chain_end(chain)
            while chain and _is_portfolio(chain[-1]):
                chain.pop()
            if chain and compact_key(word_before(text, chain[0].start) or "") not in self.not_a_person_after:
                matches.append(replace(self._build(text, chain), tail_end=tail_end))
        return _share_countries(text, matches)

    def _build(self, text: str, chain: list[Hit[TitleWord]]) -> TitleMatch:
        start, end = chain[0].start, _chain_end(chain)
        words = [hit.values[0] for hit in chain]
        kinds = frozenset(word.kind for word in words)
        # The office decides the sector; a modifier (معاون) keeps it; ranks say MIL.
        sector = next((word.sector for word in reversed(words) if word.sector), None)
        key = self._key(text, chain)
        # "همتایان خود از امارات، کویت و قطر": a counterpart may name its country after از.
        links = COUNTERPART_LINKS if "counterpart" in kinds else ()
        city = self._city_after(text, end) if key in self.city_offices else None
        if city is not None:
            # "شهردار لندن": the mayor is British, and another than Paris's; "استاندار آذربایجان غربی" is no
            # office of Azerbaijan, the province being read before any state name inside it
            country, country_span, end = city
            key += compact_key(text[country_span[0]:end])
        else:
            country, country_span, end = self._country_after(text, start, end, links)
        if country is None:
            # "رئیس جمهوری اسلامی ایران", "رئیس جمهوری آذربایجان": the state's name opens with the title's last word
            last_word = max(text.rfind(" ", start, end), text.rfind("\u200c", start, end)) + 1
            hit = self._state_at(text, last_word) if last_word > start else None
            if hit is not None and hit[2] > end:
                country, country_span, end = hit
        more: tuple[tuple[str, tuple[int, int]], ...] = ()
        # read on the office's own words: "سفیر انگلیس" runs together as "سفیرانگلیس", which opens like "سفیران"
        office_end = country_span[0] if country_span else end
        plural = compact_key(text[start:office_end]).startswith(self.plurals or ("\0",))
        if country and plural:
            more = self._more_countries(text, end)
        if country is None and plural:
            pair = self._two_countries(text, start, _skip_gap(text, end))
            if pair is not None:  # "روسای جمهور دو کشور": one holder for each of the two states
                (country, country_span), more, end = pair[0], pair[1:2], pair[2]
        match = TitleMatch(start, end, text[start:end], key, sector, country, country_span, kinds, more)
        post = self._post_after(text, end) if country and not plural and key in self.post_offices else None
        if post is None:
            return match
        post_country, (_, post_end) = post
        return replace(match, end=post_end, text=text[start:post_end], post=post_country, post_span=post[1])

    def _post_after(self, text: str, end: int) -> tuple[str, tuple[int, int]] | None:
        """"در لبنان", "در تهران" right after an envoy's country: the post's state and the place's span."""
        position = _skip_gap(text, end)
        if not (text.startswith(POST_LINK, position) and _boundary(text, position + len(POST_LINK))):
            return None
        place_start = _skip_gap(text, position + len(POST_LINK))
        hit = self._state_at(text, place_start)
        if hit is not None:
            return hit[0], (hit[1][0], hit[2])
        city = self._city_after(text, position + len(POST_LINK))
        return (city[0], city[1]) if city is not None else None

    def _city_after(self, text: str, end: int) -> tuple[str, tuple[int, int], int] | None:
        """The city or province right after a city office ending at ``end``: its state, span and end."""
        if self.cities is None:
            return None
        position = _skip_gap(text, end)
        city = [h for h in self.cities.find(text[position: position + CITY_WINDOW]) if h.start == 0]
        if not city:
            return None
        return city[0].values[0], (position, position + city[0].end), position + city[0].end

    def _two_countries(
        self, text: str, start: int, position: int
    ) -> tuple[tuple[str, tuple[int, int]], tuple[str, tuple[int, int]], int] | None:
        """"دو کشور" at ``position``: the last two states named before ``start``, each with a word of the
        phrase for its span, and where the phrase ends; None when the article named fewer."""
        if not (text.startswith(TWO_COUNTRIES, position) and _boundary(text, position + len(TWO_COUNTRIES))):
            return None
        window = text[max(0, start - ANAPHORA_WINDOW):start]
        # a capital stands for its state here ("وارد جاکارتا شد ... روسای جمهور دو کشور")
        hits = [*self.states.find(window), *(self.cities.find(window) if self.cities is not None else ())]
        named: list[str] = []
        for hit in sorted(hits, key=lambda hit: hit.start, reverse=True):
            if hit.values[0] not in named:
                named.append(hit.values[0])
            if len(named) == 2:
                break
        if len(named) < 2:
            return None
        middle = position + TWO_COUNTRIES.index(" ")
        later, earlier = named
        return (earlier, (position, middle)), (later, (middle + 1, position + len(TWO_COUNTRIES))), position + len(TWO_COUNTRIES)

    def _more_countries(self, text: str, end: int) -> tuple[tuple[str, tuple[int, int]], ...]:
        """The states listed after a plural title's first country: "ایران، روسیه و ترکیه"."""
        found = []
        position = end
        while True:
            position = _skip_gap(text, position)
            if position < len(text) and text[position] in "،,":
                position += 1
            elif text.startswith("و", position) and _boundary(text, position + 1):
                position += 1
            else:
                break
            position = _skip_gap(text, position)
            hit = self._state_at(text, position)
            if hit is None:
                break
            found.append(hit[:2])
            position = hit[2]
        return tuple(found)

    def _state_at(self, text: str, position: int) -> tuple[str, tuple[int, int], int] | None:
        """The state named right at ``position``: (ISO3, span, end)."""
        hits = [hit for hit in self.states.find(text[position: position + 40]) if hit.start == 0]
        if not hits:
            return None
        return hits[0].values[0], (position, position + hits[0].end), position + hits[0].end

    def _key(self, text: str, chain: list[Hit[TitleWord]]) -> str:
        """What role-only mentions are compared by: the office the chain ends in, folded to its canonical
        form, after the words before it, portfolio adjectives left out — so "معاون سیاسی وزیر امورخارجه",
        "معاون وزیر امور خارجه" and "معاون وزیر خارجه" share one key."""
        end = _chain_end(chain)
        core = max((hit for hit in chain if hit.end == end), key=lambda hit: hit.end - hit.start)
        prefix = text[chain[0].start: core.start]
        for hit in chain:
            if _is_portfolio(hit) and hit.end <= core.start:
                prefix = prefix.replace(text[hit.start:hit.end], " ")
        # canonical on the prefix too: a plural modifier is its holder's ("معاونان" → "معاون")
        return self.canonical(prefix) + self.canonical(text[core.start:core.end])

    def _country_after(
        self, text: str, start: int, end: int, links: tuple[str, ...] = ()
    ) -> tuple[str | None, tuple[int, int] | None, int]:
        """The country right after a title ending at ``end``: its name or demonym, "کشورمان", or "این کشور"
        (the state named last before the title at ``start``)."""
        position = _skip_gap(text, end)
        for link in (*links, *COUNTRY_LINKS):
            if text.startswith(link, position) and _boundary(text, position + len(link)):
                position = _skip_gap(text, position + len(link))
                break
        for word in HOME_COUNTRY_WORDS:
            if text.startswith(word, position) and _boundary(text, position + len(word)):
                return HOME_COUNTRY, (position, position + len(word)), position + len(word)
        hit = self._state_at(text, position)
        if hit is not None:
            return hit
        anaphora = self.this_country(text, position, start)
        if anaphora is not None:
            return anaphora[0], (position, anaphora[1]), anaphora[1]
        return None, None, end

    def is_city_office(self, title_key: str) -> bool:
        """A finished title's key is a city office's ("شهردارلندن": the office, then the city it names)."""
        return any(title_key.startswith(office) for office in self.city_offices)

    def this_country(self, text: str, position: int, before: int) -> tuple[str, int] | None:
        """"این کشور" at ``position``: the state named last before ``before``, and where the words end."""
        for word in ANAPHORIC_COUNTRY_WORDS:
            if text.startswith(word, position) and _boundary(text, position + len(word)):
                window = text[max(0, before - ANAPHORA_WINDOW):before]
                # a capital stands for its state here too ("پایگاه‌های پیونگ یانگ ... وزیر خارجه این کشور")
                named = [*self.states.find(window), *(self.cities.find(window) if self.cities is not None else ())]
                if named:
                    return max(named, key=lambda hit: hit.end).values[0], position + len(word)
        return None


def _share_countries(text: str, matches: list[TitleMatch]) -> list[TitleMatch]:
    """"با رئیس‌جمهور و وزیر امورخارجه سوریه": offices joined by "و" after a preposition share the last
    one's country. Not as a subject ("دیدار رئیس‌جمهور و نخست‌وزیر عراق" may pair two countries)."""
    shared = list(matches)
    for index in range(len(shared) - 2, -1, -1):
        first, second = shared[index], shared[index + 1]
        if first.country or not second.country or not first.is_office:
            continue
        if text[first.end: second.start].split() != ["و"]:
            continue
        if text[max(0, first.start - 12): first.start].split()[-1:] in (["با"], ["از"], ["به"], ["برای"]):
            shared[index] = replace(first, country=second.country)
    return shared


def _chain_end(chain: list[Hit[TitleWord]]) -> int:
    return max(hit.end for hit in chain)


def _is_portfolio(hit: Hit[TitleWord]) -> bool:
    return all(word.kind == "portfolio" for word in hit.values)


def _skip_gap(text: str, position: int) -> int:
    limit = position + _MAX_LINK_GAP
    while position < len(text) and position < limit and text[position] in " \u200c":
        position += 1
    return position


def _adjacent(text: str, end: int, start: int) -> bool:
    return start - end <= _MAX_LINK_GAP and not text[end:start].strip(" \u200c")


def _boundary(text: str, index: int) -> bool:
    return index >= len(text) or not text[index].isalnum()

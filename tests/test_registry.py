"""The actor registry: the data files validate, and key facts and lookups hold."""

from __future__ import annotations

import csv
import io
from datetime import date
from importlib import resources

import pycountry
import pytest
import yaml

from rasad.actors.registry import FORM_KINDS, KINDS, SECTORS, STATE_ALIAS_KINDS, Registry, key, load_registry, parse_date

DATA = resources.files("rasad.data").joinpath("actors")
SPECIAL_COUNTRIES = {"IGO", "PSE", "XKX"}


def _valid_country(code: str | None) -> bool:
    return code is None or code in SPECIAL_COUNTRIES or pycountry.countries.get(alpha_3=code) is not None


def _tsv(name: str) -> list[dict[str, str]]:
    text = DATA.joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t", quoting=csv.QUOTE_NONE))


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry()


# ---------------------------------------------------------------------------- the files themselves
def test_states_tsv_rows_are_complete():
    rows = _tsv("states.tsv")
    assert len(rows) >= 249
    codes = [row["iso3"] for row in rows]
    assert len(codes) == len(set(codes))
    for row in rows:
        assert _valid_country(row["iso3"]), row["iso3"]
        assert row["name_fa"].strip(), f"{row['iso3']} has no Persian name"
        assert row["name_en"].strip()


def test_state_aliases_rows_are_valid():
    rows = _tsv("state_aliases.tsv")
    assert len(rows) > 200
    for row in rows:
        assert row["kind"] in STATE_ALIAS_KINDS, row
        assert _valid_country(row["iso3"]), row
        assert row["surface"].strip() == row["surface"] and row["surface"], row
        assert row["source"].strip(), f"{row['surface']} has no source"
        if row["kind"] == "demonym":
            assert row["number"] in ("sg", "pl"), row
    canonical = [row["iso3"] for row in rows if row["canonical"] == "yes"]
    assert len(canonical) == len(set(canonical)), "one canonical name per state"


def test_yaml_files_parse_and_have_a_source():
    for name in ("organisations.yaml", "people.yaml", "titles.yaml"):
        data = yaml.safe_load(DATA.joinpath(name).read_text(encoding="utf-8"))
        assert data.get("source"), f"{name} lacks a file-level source"


def test_actor_ids_are_unique_across_files():
    people = yaml.safe_load(DATA.joinpath("people.yaml").read_text(encoding="utf-8"))["people"]
    orgs = yaml.safe_load(DATA.joinpath("organisations.yaml").read_text(encoding="utf-8"))["entries"]
    states = [row["iso3"] for row in _tsv("states.tsv")]
    ids = [p["id"] for p in people] + [o["id"] for o in orgs] + states
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates


def test_every_actor_validates(registry):
    for actor in registry.actors():
        assert actor.kind in KINDS, actor.id
        assert actor.name and actor.name == actor.name.strip(), actor.id
        assert actor.name_en, actor.id
        assert _valid_country(actor.country), (actor.id, actor.country)
        assert actor.sector is None or actor.sector in SECTORS, (actor.id, actor.sector)
        assert actor.wikidata is None or (actor.wikidata.startswith("Q") and actor.wikidata[1:].isdigit())
        assert all(alias.strip() == alias and alias for alias in actor.aliases), actor.id


def test_people_and_roles_validate(registry):
    people = list(registry.actors("person"))
    assert len(people) >= 300
    for person in people:
        assert person.gender in ("m", "f"), person.id
        assert person.id == person.id.lower() and " " not in person.id
        for role in person.roles:
            assert role.title.strip(), person.id
            assert role.sector in SECTORS, (person.id, role.title)
            assert _valid_country(role.country), (person.id, role.country)
            assert role.post is None or _valid_country(role.post), (person.id, role.post)
            if role.start and role.end:
                assert role.start <= role.end, (person.id, role.title, role.start, role.end)


def test_organisations_validate(registry):
    orgs = [a for a in registry.actors() if a.kind in ("organization", "group")]
    assert len(orgs) >= 150
    for org in orgs:
        if org.country == "IGO":
            assert org.sector in ("IGO", "JUD", "LEG"), org.id


def test_titles_yaml_sections(registry):
    titles = registry.titles
    for section in ("heads", "ministries", "offices", "modifiers", "military_ranks", "honorifics",
                    "counterparts", "attachment"):
        assert titles.get(section), section
    for head in titles["heads"]:
        assert head["sector"] is None or head["sector"] in SECTORS, head
    for ministry in titles["ministries"]:
        assert ministry["sector"] in SECTORS, ministry
    defence = next(m for m in titles["ministries"] if m["complement"] == "دفاع")
    assert defence["sector"] == "MIL"


def test_every_state_has_a_persian_name(registry):
    states = list(registry.actors("state"))
    assert len(states) >= 249
    for state in states:
        assert any("\u0600" <= ch <= "\u06ff" for ch in state.name), state.id


# ---------------------------------------------------------------------------- dates
@pytest.mark.parametrize(
    ("value", "end", "expected"),
    [
        ("2021-09", False, date(2021, 9, 1)),
        ("2021-09", True, date(2021, 9, 30)),
        (2016, False, date(2016, 1, 1)),
        (2016, True, date(2016, 12, 31)),
        ("2024-02", True, date(2024, 2, 29)),
        (date(2024, 5, 20), False, date(2024, 5, 20)),
        (None, False, None),
    ],
)
def test_parse_date(value, end, expected):
    assert parse_date(value, end=end) == expected


# ---------------------------------------------------------------------------- key facts
def _ids(actors) -> list[str]:
    return [a.id for a in actors]


def test_iran_foreign_minister_over_time(registry):
    assert _ids(registry.role_holder("وزیر امور خارجه", date(2024, 6, 1), country="IRN")) == ["ali-bagheri-kani"]
    assert _ids(registry.role_holder("وزیر امور خارجه", date(2022, 1, 1), country="IRN")) == [
        "hossein-amir-abdollahian"
    ]
    assert _ids(registry.role_holder("وزیر خارجه", date(2016, 1, 1), country="IRN")) == ["mohammad-javad-zarif"]
    assert _ids(registry.role_holder("وزیر امور خارجه", date(2025, 3, 1), country="IRN")) == ["abbas-araghchi"]


def test_bagheri_kani_was_acting_foreign_minister(registry):
    roles = registry.roles_on("ali-bagheri-kani", date(2024, 6, 1))
    assert [r.title for r in roles if r.acting] == ["سرپرست وزارت امور خارجه"]
    assert _ids(registry.role_holder("سرپرست وزارت امور خارجه", date(2024, 6, 1), country="IRN")) == [
        "ali-bagheri-kani"
    ]
    deputy = registry.roles_on("ali-bagheri-kani", date(2023, 3, 1))
    assert "معاون سیاسی وزیر امور خارجه" in [r.title for r in deputy]


def test_chief_of_staff_of_the_armed_forces(registry):
    assert _ids(registry.role_holder("رئیس ستاد کل نیروهای مسلح", date(2023, 6, 1), country="IRN")) == [
        "mohammad-bagheri"
    ]
    assert _ids(registry.role_holder("رئیس ستاد کل", date(2010, 1, 1), country="IRN")) == ["hassan-firouzabadi"]


def test_the_two_bagheris_are_different_people(registry):
    general, diplomat = registry.actor("mohammad-bagheri"), registry.actor("ali-bagheri-kani")
    assert general.id != diplomat.id
    assert general.roles[0].sector == "MIL" and diplomat.sector == "GOV"
    assert "باقری" not in general.aliases and "باقری" not in diplomat.aliases


def test_shoigu_moved_from_defence_to_security_council(registry):
    assert _ids(registry.role_holder("وزیر دفاع", date(2023, 1, 1), country="RUS")) == ["sergei-shoigu"]
    assert _ids(registry.role_holder("وزیر دفاع", date(2025, 1, 1), country="RUS")) == ["andrei-belousov"]
    assert _ids(registry.role_holder("دبیر شورای امنیت", date(2025, 1, 1), country="RUS")) == ["sergei-shoigu"]


def test_title_with_country_attached(registry):
    assert _ids(registry.role_holder("وزیر دفاع قطر", date(2023, 1, 1))) == ["khalid-al-attiyah"]
    assert _ids(registry.role_holder("وزیر امور خارجه روسیه", date(2023, 1, 1))) == ["sergey-lavrov"]
    assert _ids(registry.role_holder("نخست‌وزیر رژیم صهیونیستی", date(2024, 1, 1))) == ["benjamin-netanyahu"]
    assert _ids(registry.role_holder("وزیر امور خارجه کشورمان", date(2025, 1, 1))) == ["abbas-araghchi"]


def test_title_matching_ignores_spacing_and_letter_forms(registry):
    expected = ["ebrahim-raisi"]
    for title in ("رئیس‌جمهور", "رئیس جمهور", "رئیسجمهور", "رييس جمهور"):
        assert _ids(registry.role_holder(title, date(2023, 1, 1), country="IRN")) == expected, title
    assert _ids(registry.role_holder("رئیس جمهور", date(2024, 6, 1), country="IRN")) == ["mohammad-mokhber"]


def test_role_holders_without_a_date_lists_everyone(registry):
    holders = _ids(registry.role_holders("رئیس ستاد کل نیروهای مسلح", "IRN", None))
    assert {"mohammad-bagheri", "hassan-firouzabadi", "abdolrahim-mousavi"} <= set(holders)


# ---------------------------------------------------------------------------- surface forms
def test_surface_forms_cover_names_variants_and_kinds(registry):
    forms = list(registry.surface_forms())
    kinds = {kind for _, _, kind in forms}
    assert kinds <= set(FORM_KINDS) and {"name", "alias", "capital", "seat", "metonym", "demonym"} <= kinds
    by_surface = {(surface, actor_id) for surface, actor_id, _ in forms}
    assert ("شویگو", "sergei-shoigu") in by_surface
    assert ("شایگو", "sergei-shoigu") in by_surface
    assert ("باگدانف", "mikhail-bogdanov") in by_surface
    assert ("آمریکا", "USA") in by_surface and ("امریکا", "USA") in by_surface
    assert ("کشورمان", "IRN") in by_surface
    assert ("تل‌آویو", "ISR") in by_surface
    assert len(forms) == len(by_surface), "no duplicate (surface, actor) pairs"


def test_lookup_is_spacing_blind(registry):
    assert ("ISR", "metonym") in registry.lookup("صهیونیستها")
    assert ("ISR", "metonym") in registry.lookup("رژیم صهیونیستی")
    assert ("USA", "seat") in registry.lookup("کاخ سفید")
    assert ("RUS", "capital") in registry.lookup("مسکو")
    assert ("USA", "demonym") in registry.lookup("آمریکاییها")
    assert registry.lookup("گروههای مقاومت فلسطینی")[0][0] == "palestinian-resistance"
    assert registry.lookup("آنروا")[0][0] == "unrwa"


def test_states(registry):
    assert registry.state("USA").name == "آمریکا"
    assert registry.state("GBR").name == "انگلیس"
    assert registry.state("irn").kind == "state"
    assert "بریتانیا" in registry.state("GBR").aliases
    with pytest.raises(KeyError):
        registry.state("hamas")


def test_excluded_names_never_name_the_state(registry):
    assert ("ERI", "alias") not in registry.lookup("فلسطین"), "iso-codes mistranslation must stay out"
    assert registry.lookup("فلسطین") == [("PSE", "name")]
    assert not registry.lookup("مالی") and not registry.lookup("چک")
    assert registry.state("MLI").name == "جمهوری مالی"


def test_country_words_and_demonyms(registry):
    words = dict(registry.country_words())
    assert words["قطر"] == "QAT" and words["روسی"] == "RUS" and words["رژیم صهیونیستی"] == "ISR"
    assert "تهران" not in words, "capitals name a post, not the title's country"
    plurals = dict(registry.plural_demonyms())
    assert plurals["آمریکایی‌ها"] == "USA"


def test_key_normalisation():
    assert key("رئیس‌جمهور") == key("رییس جمهور") == key("رئيسجمهور")
    assert key("آمریکا") == key("امریکا")


def test_title_lexicon_feeds_the_title_finder(registry):
    lexicon = list(registry.title_lexicon())
    kinds = {kind for _, kind, _, _ in lexicon}
    assert kinds == {"office", "modifier", "portfolio", "rank", "honorific", "counterpart"}
    offices = {phrase: sector for phrase, kind, sector, _ in lexicon if kind == "office"}
    assert offices["وزیر دفاع"] == "MIL"
    assert offices["نماینده مجلس"] == "LEG"


def test_a_name_ambiguous_alone_names_the_state_only_after_a_title(registry):
    assert "AZE" not in {actor_id for actor_id, _ in registry.lookup("آذربایجان")}
    words = dict(registry.country_words())
    assert words["آذربایجان"] == "AZE" and words["آذربایجان شرقی"] == "IRN"


def test_a_regular_demonym_is_derived_from_a_one_word_state_name_and_a_listed_one_wins():
    registry = load_registry()
    singular = dict(registry.singular_demonyms())
    plural = dict(registry.plural_demonyms())
    assert singular["گواتمالایی"] == "GTM" and plural["گواتمالایی\u200cها"] == "GTM"  # «ا» takes «یی»
    assert singular["برزیلی"] == "BRA"  # a consonant takes «ی»
    assert "فرانسه‌ای" not in singular and singular["فرانسوی"] == "FRA"  # «ه» is irregular: listed by hand
    derived = [form for form in registry.state_forms() if form.source and form.source.startswith("derived")]
    listed = {key(form.surface) for form in registry.state_forms() if form not in derived}
    assert derived and not any(key(form.surface) in listed for form in derived)

"""The event trigger lexicon (rasad/data/events/triggers.yaml): schema, and every example and counter-example."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from rasad.events.patterns import compile_phrase, match_view, verb_forms
from rasad.normalise.letters import normalise_letters

ZWNJ = "\u200c"

PLOVER_MODES = {
    "CONSULT": {"phone", "meeting", "visit", "multilateral"},  # Rasad's CONSULT modes (gold FORMAT.md)
    "AGREE": set(),
    "SUPPORT": set(),
    "CONCEDE": set(),
    "COOPERATE": set(),
    "AID": set(),
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"},
}
TARGET_RULES = {"with", "from", "object", "next", "against", "to", "addressee", "destination", "reached", "posted", "host", "inside", "next-list", "judged", "obliged", "counterpart", "passive", "attendees", "none"}
SOURCE_RULES = {"subject", "speaker", "agent", "own-agent"}
REQUIRED_KEYS = {"id", "type", "mode", "phrases", "target", "examples", "source_note"}
ALLOWED_KEYS = REQUIRED_KEYS | {"source", "counter_examples", "confidence", "not_after", "not_right_after", "not_right_before", "needs_target"}
ORIGINAL_VERB_KEYS = {"کرد", "شد", "داد", "خواست", "داشت", "دانست", "رفت", "گفت"}


def _load() -> list[dict]:
    text = resources.files("rasad.data").joinpath("events/triggers.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


TRIGGERS = _load()
IDS = [trigger.get("id", f"#{index}") for index, trigger in enumerate(TRIGGERS)]


def _view(sentence: str) -> str:
    return match_view(normalise_letters(sentence))


def _matching_phrases(trigger: dict, sentence: str) -> list[str]:
    view = _view(sentence)
    return [phrase for phrase in trigger["phrases"] if compile_phrase(phrase).search(view)]


def test_lexicon_is_a_list_with_unique_ids():
    assert isinstance(TRIGGERS, list) and len(TRIGGERS) >= 50
    ids = [trigger["id"] for trigger in TRIGGERS]
    duplicates = {i for i in ids if ids.count(i) > 1}
    assert not duplicates, f"duplicate ids: {duplicates}"


def test_every_plover_type_is_covered():
    assert {trigger["type"] for trigger in TRIGGERS} == set(PLOVER_MODES)


@pytest.mark.parametrize("trigger", TRIGGERS, ids=IDS)
def test_schema(trigger):
    keys = set(trigger)
    assert REQUIRED_KEYS <= keys, f"missing {REQUIRED_KEYS - keys}"
    assert keys <= ALLOWED_KEYS, f"unknown keys {keys - ALLOWED_KEYS}"
    assert isinstance(trigger["id"], str) and trigger["id"] == trigger["id"].strip() and " " not in trigger["id"]
    assert trigger["type"] in PLOVER_MODES
    if trigger["type"] == "CONSULT":
        assert trigger["mode"] in PLOVER_MODES["CONSULT"]
    else:
        assert trigger["mode"] is None or trigger["mode"] in PLOVER_MODES[trigger["type"]]
    assert trigger["target"] in TARGET_RULES
    assert trigger.get("source", "subject") in SOURCE_RULES
    assert isinstance(trigger["phrases"], list) and trigger["phrases"]
    assert all(isinstance(phrase, str) and phrase.strip() for phrase in trigger["phrases"])
    assert isinstance(trigger["examples"], list) and trigger["examples"]
    assert isinstance(trigger.get("counter_examples", []), list)
    assert isinstance(trigger["source_note"], str) and trigger["source_note"].strip()
    if "confidence" in trigger:
        assert isinstance(trigger["confidence"], float) and 0 < trigger["confidence"] <= 1


@pytest.mark.parametrize("trigger", TRIGGERS, ids=IDS)
def test_phrases_compile_and_never_match_empty_text(trigger):
    for phrase in trigger["phrases"]:
        pattern = compile_phrase(phrase)  # raises on an unknown verb macro
        for blank in ("", " ", ".", "، و از به در"):
            assert pattern.search(blank) is None, f"{phrase!r} matches {blank!r}"


@pytest.mark.parametrize("trigger", TRIGGERS, ids=IDS)
def test_every_example_matches_its_trigger(trigger):
    missing = [example for example in trigger["examples"] if not _matching_phrases(trigger, example)]
    assert not missing, f"examples not matched by any phrase of {trigger['id']}: {missing}"


@pytest.mark.parametrize("trigger", TRIGGERS, ids=IDS)
def test_no_counter_example_matches_its_trigger(trigger):
    hits = {c: _matching_phrases(trigger, c) for c in trigger.get("counter_examples", [])}
    hits = {c: phrases for c, phrases in hits.items() if phrases}
    assert not hits, f"counter-examples matched: {hits}"


@pytest.mark.parametrize("trigger", TRIGGERS, ids=IDS)
def test_examples_match_with_zwnj_stripped_or_spaced(trigger):
    """News text often loses its ZWNJs (میکند) or has spaces for them (می کند): both must still match."""
    for example in trigger["examples"]:
        if ZWNJ not in example:
            continue
        for variant in (example.replace(ZWNJ, ""), example.replace(ZWNJ, " ")):
            assert _matching_phrases(trigger, variant), f"{trigger['id']}: {variant!r}"


def test_stripped_zwnj_examples_exist():
    """The ZWNJ test above is not vacuous: many examples carry a ZWNJ inside a trigger word."""
    with_zwnj = [e for t in TRIGGERS for e in t["examples"] if ZWNJ in e]
    assert len(with_zwnj) >= 40


@pytest.mark.parametrize(
    "sentence, trigger_id",
    [
        ("وزیر خارجه در گفتگوی تلفنی با همتای عمانی", "consult-phone-call"),
        ("وزیر خارجه در گفتوگوی تلفنی با همتای عمانی", "consult-phone-call"),
        ("رئیس‌جمهور با نخست‌وزیر عراق دیدارکرد", "consult-meeting-verb"),
        ("وی با سفیر چین دیدار و گفتگو نمود", "consult-meeting-verb"),
        ("این اقدام را محکوم میکنیم", "accuse-condemn"),
        ("کارگران اعتراض نمودند", "accuse-verbal-protest"),
        ("به اسرائیل هشدار میدهد", "threaten-warn"),
        ("از دولت عمان قدردانی میکنم", "support-thanks"),
    ],
)
def test_glued_and_formal_verb_forms(sentence, trigger_id):
    trigger = next(t for t in TRIGGERS if t["id"] == trigger_id)
    assert _matching_phrases(trigger, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "قیمت طلا امروز در بازار تهران افزایش یافت",
        "دمای هوا در استان‌های شمالی کشور کاهش می‌یابد",
        "ثبت‌نام داوطلبان کنکور از هفته آینده آغاز می‌شود",
        "این فیلم در جشنواره فجر به نمایش درآمد",
    ],
)
def test_neutral_news_fires_no_trigger(sentence):
    fired = [t["id"] for t in TRIGGERS if _matching_phrases(t, sentence)]
    assert not fired, fired


def test_negated_verbs_only_in_the_refusal_macro():
    """Negation is not the event, except for REJECT's {نپذیرفت}."""
    forms = verb_forms()
    assert ORIGINAL_VERB_KEYS <= set(forms)
    for key, values in forms.items():
        assert values, key
        if key == "نپذیرفت":
            assert all(v.startswith(("ن", "نمی")) for v in values)
            continue
        negated = [v for v in values if v.startswith(("نمی", "نخواه")) or v.split()[0] in {"نکرد", "نشد", "نداد"}]
        assert not negated, (key, negated)


def test_low_confidence_for_the_broad_triggers():
    """«باید …» appeals and bare crime nouns are kept but ranked below verb-phrase triggers."""
    by_id = {t["id"]: t for t in TRIGGERS}
    assert by_id["request-must-speaker"]["confidence"] < 0.8
    assert by_id["accuse-crimes"]["confidence"] < 0.8
    assert by_id["request-must-speaker"]["source"] == "speaker"


def test_subjunctive_inside_a_request_is_not_a_condemnation():
    condemn = next(t for t in TRIGGERS if t["id"] == "accuse-condemn")
    assert not _matching_phrases(condemn, "از کشورهای اسلامی خواست این حمله را محکوم کنند")
    assert _matching_phrases(condemn, "این حمله را محکوم می‌کنیم")


def test_negated_verb_does_not_fire_positive_trigger():
    condemn = next(t for t in TRIGGERS if t["id"] == "accuse-condemn")
    assert not _matching_phrases(condemn, "این کشور حمله را محکوم نکرد")
    meeting = next(t for t in TRIGGERS if t["id"] == "consult-meeting-verb")
    assert not _matching_phrases(meeting, "وزیر با سفیر دیدار نکرد")

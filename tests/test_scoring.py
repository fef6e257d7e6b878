"""The FORMAT.md matching rules on hand-made records."""

from rasad.evaluation.scoring import actor_matches, normalise_name, score_article

TEXT = "علی باقری در گفتگوی تلفنی با وزیر قطر گفت: صهیونیستها باید بدانند. او اسرائیل را محکوم کرد."
BAGHERI = {"name": "علی باقری کنی", "aliases": ["علی باقری", "باقری"], "name_en": "Ali Bagheri Kani", "kind": "person", "country": "IRN"}
QATARI = {"name": "محمد بن عبدالرحمن آل ثانی", "aliases": [], "name_en": "Mohammed bin Abdulrahman Al Thani", "kind": "person", "country": "QAT"}
ISRAEL = {"name": "اسرائیل", "aliases": ["رژیم صهیونیستی"], "name_en": "Israel", "kind": "state", "country": "ISR"}
GOLD = {
    "doc_id": "d",
    "story": {"publisher": "خبرگزاری میزان", "credited": ["ایرنا"], "published": "2024-06-01"},
    "actors": {"bagheri": BAGHERI, "thani": QATARI, "ISR": ISRAEL},
    "events": [
        {"type": "CONSULT", "mode": "phone", "source": "bagheri", "target": "thani", "date": "2024-06-01", "location": None},
        {"type": "ACCUSE", "mode": None, "source": "bagheri", "target": "ISR", "date": None, "location": None},
        {"type": "ACCUSE", "mode": None, "source": "bagheri", "target": "ISR", "date": None, "location": None},
        {"type": "REQUEST", "mode": None, "source": "bagheri", "target": None, "date": None, "location": None},
    ],
    "quotes": [{"speaker": "bagheri", "text": "صهیونیستها باید بدانند"}],
}


def _actor(actor_id, name, kind="person", country="IRN", sector="GOV", name_en=None):
    return {"id": actor_id, "name": name, "name_en": name_en, "kind": kind, "country": country, "sector": sector}


def _event(kind, source, target, mode=None, date=None):
    return {"event_type": kind, "event_mode": mode, "source": source, "target": target, "event_date": date, "location": None}


SYS_BAGHERI = _actor("x1", "علي باقري")
SYS_THANI = _actor("x2", "Whoever", country="QAT", name_en="mohammed bin abdulrahman al thani")
SYS_ISRAEL_GOVT = _actor("x3", "دولت اسرائیل", kind="organization", country="ISR")


def test_name_normalisation():
    assert normalise_name("علي\u200cباقري  كني") == normalise_name("علی باقری کنی")
    assert normalise_name("رژیمِ صهیونیستی") == normalise_name("رژیم صهیونیستی")


def test_actor_rules():
    assert actor_matches(SYS_BAGHERI, BAGHERI)  # alias, Arabic letters
    assert actor_matches(SYS_THANI, QATARI)  # English name, case-insensitive
    assert actor_matches(SYS_ISRAEL_GOVT, ISRAEL)  # government-wide actor of the same country
    assert not actor_matches(_actor("x", "وزارت دفاع اسرائیل", kind="organization", country="ISR", sector="MIL"), ISRAEL)
    assert not actor_matches(_actor("x", "اسرائیل", kind="state", country="USA"), ISRAEL)


def test_perfect_output_scores_one_and_symmetry_applies():
    system = [
        _event("CONSULT", SYS_THANI, SYS_BAGHERI, mode="phone", date="2024-06-01"),  # swapped: phone is symmetric
        _event("ACCUSE", SYS_BAGHERI, SYS_ISRAEL_GOVT),
        _event("REQUEST", SYS_BAGHERI, SYS_THANI),  # null gold target matches any target
    ]
    start = TEXT.index("صهیونیستها")
    quotes = [{"speaker": SYS_BAGHERI, "start": start, "end": start + 14}]
    story = {"publisher": "خبرگزاري ميزان", "credited": ["ایرنا"], "published": "2024-06-01"}
    score = score_article(GOLD, system, quotes, story, TEXT)
    assert score.events.as_dict()["f1"] == 1.0
    assert score.consult.as_dict()["f1"] == 1.0
    assert (score.mode.correct, score.mode.total) == (3, 3)
    assert (score.date.correct, score.date.total) == (1, 1)
    assert score.quotes.true_positives == 1
    assert all(accuracy.correct == 1 for accuracy in score.story.values())


def test_directed_types_are_not_symmetric_and_errors_count():
    system = [
        _event("ACCUSE", SYS_ISRAEL_GOVT, SYS_BAGHERI),
        _event("ACCUSE", SYS_ISRAEL_GOVT, SYS_BAGHERI),  # duplicates count once
        _event("CONSULT", SYS_BAGHERI, SYS_THANI, mode="visit"),
    ]
    score = score_article(GOLD, system, [], {}, TEXT)
    assert (score.events.true_positives, score.events.system, score.events.gold) == (1, 2, 3)
    assert score.mode.correct == 0 and score.mode.total == 1
    assert score.story["publisher"].correct == 0


def test_quote_needs_half_coverage_and_the_right_speaker():
    start = TEXT.index("صهیونیستها")
    short = [{"speaker": SYS_BAGHERI, "start": start, "end": start + 5}]
    wrong_speaker = [{"speaker": SYS_THANI, "start": start, "end": start + 22}]
    assert score_article(GOLD, [], short, {}, TEXT).quotes.true_positives == 0
    assert score_article(GOLD, [], wrong_speaker, {}, TEXT).quotes.true_positives == 0


def test_a_gold_location_may_be_a_name_or_the_exports_name_and_country_object():
    event = {"type": "CONSULT", "mode": "visit", "source": "bagheri", "target": "thani", "date": None}
    system = [{**_event("CONSULT", SYS_BAGHERI, SYS_THANI, mode="visit"), "location": {"name": "دوحه", "country": "QAT"}}]
    for location, correct in (("دوحه", 1), ({"name": "دوحه", "country": "QAT"}, 1), ({"name": "مسکو", "country": "RUS"}, 0)):
        gold = {**GOLD, "events": [{**event, "location": location}]}
        score = score_article(gold, system, [], {}, TEXT)
        assert (score.location.correct, score.location.total) == (correct, 1)

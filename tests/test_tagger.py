import time

import pytest

from rasad.actors.tagger import (
    TYPES,
    NerTagger,
    bare_form,
    sentence_features,
    token_form,
)


@pytest.fixture(scope="module")
def tagger():
    return NerTagger.load()


def spans(tokens, tags, kind):
    """Surface strings of the ``kind`` spans in a BIO sequence."""
    found, current = [], []
    for token, tag in [*zip(tokens, tags), ("", "O")]:
        if tag == f"B-{kind}" or (tag == f"I-{kind}" and not current):
            if current:
                found.append(" ".join(current))
            current = [token]
        elif tag == f"I-{kind}":
            current.append(token)
        else:
            if current:
                found.append(" ".join(current))
            current = []
    return found


def test_load_is_cached_and_quick():
    NerTagger.load.cache_clear()
    started = time.perf_counter()
    first = NerTagger.load()
    assert time.perf_counter() - started < 3.0
    assert NerTagger.load() is first


def test_minister_meeting(tagger):
    tokens = ["سرگئی", "لاوروف", "وزیر", "امور", "خارجه", "روسیه", "در", "مسکو", "با", "حسین", "امیرعبداللهیان", "دیدار", "کرد", "."]
    tags = tagger.tag(tokens)
    assert len(tags) == len(tokens)
    people = spans(tokens, tags, "PER")
    assert "سرگئی لاوروف" in people
    assert "حسین امیرعبداللهیان" in people
    assert "مسکو" in spans(tokens, tags, "LOC")
    assert tags[tokens.index("وزیر")] == "O" and tags[tokens.index("دیدار")] == "O"


def test_organisations_and_places(tagger):
    tokens = ["به", "گزارش", "خبرگزاری", "فارس", "،", "سازمان", "ملل", "متحد", "از", "حمله", "به", "غیرنظامیان", "در", "غزه", "و", "کرانه", "باختری", "انتقاد", "کرد", "."]
    tags = tagger.tag(tokens)
    orgs = spans(tokens, tags, "ORG")
    assert "خبرگزاری فارس" in orgs
    assert "سازمان ملل متحد" in orgs
    assert "غزه" in spans(tokens, tags, "LOC")


def test_unknown_foreign_name_and_runtime_spelling(tagger):
    # Rasad's own text: ZWNJ where Persian has it, ASCII digits, no Arabic letters.
    tokens = ["مارک", "روته", "نخست\u200cوزیر", "هلند", "روز", "12", "مهر", "وارد", "تهران", "شد", "و", "با", "رئیس\u200cجمهور", "ایران", "گفت\u200cوگو", "کرد", "."]
    tags = tagger.tag(tokens)
    assert any("روته" in span for span in spans(tokens, tags, "PER"))
    assert "تهران" in spans(tokens, tags, "LOC")
    assert "هلند" in spans(tokens, tags, "LOC")
    assert all(tag == "O" for token, tag in zip(tokens, tags) if token in ("نخست‌وزیر", "12", "مهر", "گفت‌وگو"))


def test_tags_are_bio_over_known_types(tagger):
    tokens = ["آنگلا", "مرکل", "صدراعظم", "آلمان", "در", "برلین", "با", "اعضای", "حزب", "دموکرات", "مسیحی", "دیدار", "کرد", "."]
    tags = tagger.tag(tokens)
    allowed = {"O"} | {f"{prefix}-{kind}" for kind in TYPES for prefix in "BI"}
    assert set(tags) <= allowed
    for previous, current in zip(["O", *tags], tags):
        if current.startswith("I-"):
            assert previous[2:] == current[2:]


def test_edge_cases(tagger):
    assert tagger.tag([]) == []
    assert tagger.tag_many([]) == []
    long = ["علی", "لاریجانی", "رئیس", "مجلس", "در", "تهران", "گفت"] * 1000
    tags = tagger.tag(long)
    assert len(tags) == len(long)
    assert tags.count("B-PER") > 500
    mixed = ["Putin", "در", "Moscow", "123", "!!", "😀", "", " ", "\u200c", "ـــ", "ﻻ"]
    assert len(tagger.tag(mixed)) == len(mixed)
    assert [len(t) for t in tagger.tag_many([[], ["تهران"], mixed])] == [0, 1, len(mixed)]


def test_tag_many_matches_tag(tagger):
    sentences = [["حسن", "روحانی", "به", "نیویورک", "رفت"], ["وزارت", "خارجه", "اعلام", "کرد"]]
    assert tagger.tag_many(sentences) == [tagger.tag(tokens) for tokens in sentences]


def test_features_see_through_spelling_conventions():
    arabic, persian = sentence_features(["علي", "كريمي"]), sentence_features(["علی", "کریمی"])
    assert arabic == persian
    assert sentence_features(["۱۴۰۳"]) == sentence_features(["1403"])
    # PEYMA writes a ZWNJ as a space inside a token; ParsNER and Rasad write the ZWNJ.
    assert token_form("می شود") == token_form("می\u200cشود") == "می\u200cشود"
    assert bare_form("وزیرِ") == bare_form("وزير") == bare_form("وزیــر") == "وزیر"
    assert bare_form("ﻻﺭﯾﺠﺎﻧﯽ") == "لاریجانی"

import pytest

from rasad.actors.tagger import NerTagger, sentence_features


@pytest.fixture(scope="module")
def tagger():
    return NerTagger.load()


def spans(tokens, tags, kind):
    found, current = [], []
    for token, tag in zip(tokens, tags):
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
    if current:
        found.append(" ".join(current))
    return found


def test_people_places_and_organisations_in_news_sentences(tagger):
    tokens = "ژان کلود یونکر رئیس کمیسیون اروپا در بروکسل با خبرنگاران گفتگو کرد .".split()
    tags = tagger.tag(tokens)
    assert len(tags) == len(tokens)
    assert "ژان کلود یونکر" in spans(tokens, tags, "PER")
    assert any("بروکسل" in span for span in spans(tokens, tags, "LOC"))


def test_unknown_name_with_title(tagger):
    tokens = "مارک روته نخست وزیر هلند امروز وارد تهران شد .".split()
    tags = tagger.tag(tokens)
    assert any("روته" in span for span in spans(tokens, tags, "PER"))
    assert any("تهران" in span for span in spans(tokens, tags, "LOC"))


def test_edge_cases(tagger):
    assert tagger.tag([]) == []
    long = ["کلمه"] * 5000
    assert len(tagger.tag(long)) == 5000
    mixed = ["Putin", "در", "Moscow", "123", "!!", "😀"]
    assert len(tagger.tag(mixed)) == len(mixed)
    assert tagger.tag_many([[], ["تهران"]])[0] == []


def test_features_see_through_spelling_conventions():
    arabic, persian = sentence_features(["علي", "كريمي"]), sentence_features(["علی", "کریمی"])
    assert arabic == persian
    assert sentence_features(["۱۴۰۳"])[0]["0w"] == sentence_features(["1403"])[0]["0w"]

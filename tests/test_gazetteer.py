from rasad.actors.gazetteer import Gazetteer, compact_key


def test_spacing_variants_all_match():
    gazetteer = Gazetteer([("رئیس‌جمهور روسیه", "president-rus"), ("روسیه", "RUS")])
    for text in ("رئیس‌جمهور روسیه گفت", "رئیس جمهور روسیه گفت", "رئیسجمهور روسیه گفت"):
        hits = gazetteer.find(text)
        assert [hit.values for hit in hits] == [("president-rus",)], text


def test_whole_words_only():
    gazetteer = Gazetteer([("ایران", "IRN")])
    assert gazetteer.find("ایرانی‌ها و ایرانیان") == []
    hits = gazetteer.find("سفر به ایران.")
    assert len(hits) == 1 and "سفر به ایران."[hits[0].start:hits[0].end] == "ایران"


def test_longest_leftmost_wins_and_values_are_shared():
    gazetteer = Gazetteer([("شورای امنیت", "UNSC"), ("شورای امنیت ملی", "SNSC"), ("امنیت", "x"), ("باقری", "a"), ("باقری", "b")])
    hits = gazetteer.find("دبیر شورای امنیت ملی و شورای امنیت")
    assert [hit.values for hit in hits] == [("SNSC",), ("UNSC",)]
    assert gazetteer.get("باقري") == ("a", "b")


def test_arabic_letters_and_empty():
    assert compact_key("علي  كريمي") == "علیکریمی"
    assert Gazetteer([]).find("هر متنی") == []

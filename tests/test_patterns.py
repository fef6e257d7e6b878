import pytest

from rasad.events.patterns import compile_phrase, match_view
from rasad.normalise.letters import normalise_letters


def _search(phrase, sentence):
    match = compile_phrase(phrase).search(match_view(normalise_letters(sentence)))
    return match.group(0) if match else None


def test_alternatives_and_flexible_joins():
    assert _search("گفتگوی|گفت و گوی تلفنی", "در گفت‌وگوی تلفنی با") == "گفت وگوی تلفنی"
    assert _search("گفتگوی|گفت و گوی تلفنی", "در گفتوگوی تلفنی با") == "گفتوگوی تلفنی"


def test_gap_and_verb_macro():
    sentence = "وی خواستار اقدام فوری سازمان ملل برای توقف حملات شد."
    assert _search("خواستار … {شد}", sentence) == "خواستار اقدام فوری سازمان ملل برای توقف حملات شد"
    assert _search("محکوم {کرد}", "این حمله را محکوم می‌کند") == "محکوم می کند"


def test_gap_does_not_cross_sentence_end():
    assert _search("خواستار … {شد}", "او خواستار صلح بود. این طرح اجرا شد") is None


def test_whole_words_and_optional():
    assert _search("تماس تلفنی", "تماس تلفنیها") is None
    assert _search("دیدار {کرد}", "دیدارها کرد") is None
    # A stripped ZWNJ or missing space between the words of a phrase still matches.
    assert _search("دیدار {کرد}", "دیدارکردند") == "دیدارکردند"
    assert _search("دیدار و? گفتگو {کرد}", "دیدار گفتگو کرد") == "دیدار گفتگو کرد"
    assert _search("دیدار و? گفتگو {کرد}", "دیدار و گفتگو کردند") == "دیدار و گفتگو کردند"


def test_unknown_macro_is_an_error():
    with pytest.raises(ValueError):
        compile_phrase("{ناشناخته}")


def test_gap_never_runs_across_another_compound_verb():
    # The «کرد» belongs to «محکوم کرد», not to «حمله ... کرد».
    assert _search("حمله|حملات … {کرد}", "او حمله به غیرنظامیان را محکوم کرد") is None
    assert _search("حمله|حملات … {کرد}", "ارتش به مواضع شورشیان حمله کرد") == "حمله کرد"  # an empty gap
    assert _search("حمله|حملات … {کرد}", "ارتش حملات سنگینی به مواضع شورشیان آغاز کرد") is not None

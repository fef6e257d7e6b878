import numpy as np
import pytest

from rasad.normalise.letters import normalise_letters, normalise_spans
from rasad.offsets import NormalisedText, apply_edits

RAW = "سلام  ، علي كجاست؟ «  تهران »\u200c ۱۲ خرداد ١٤٠٣ وزيرـــ امور"


def test_identity_maps_every_character_to_itself():
    norm = NormalisedText.identity("abc")
    assert norm.to_original(0, 3) == (0, 3)
    assert norm.to_original(1, 1) == (1, 1)


def test_edits_compose_and_map_back():
    original = "ab  cd\u0640e"
    norm = NormalisedText.identity(original).rewrite([(2, 4, " "), (6, 7, "")]).rewrite([(3, 3, "\u200c")])
    assert norm.text == "ab \u200ccde"
    start, end = norm.to_original(4, 6)
    assert original[start:end] == "cd"
    start, end = norm.to_original(0, len(norm.text))
    assert original[start:end] == original


def test_unsorted_edits_are_refused():
    with pytest.raises(ValueError):
        apply_edits("abcdef", [(3, 4, ""), (1, 2, "")])


def test_no_edit_returns_same_object():
    norm = NormalisedText.identity("abc")
    assert norm.rewrite([(1, 2, "b")]) is norm


def test_letters_digits_spacing():
    norm = normalise_spans(NormalisedText.identity(RAW))
    assert norm.text == "سلام، علی کجاست؟ «تهران» 12 خرداد 1403 وزیر امور"


@pytest.mark.parametrize("word", ["علي", "تهران", "1403", "کجاست", "وزير"])
def test_words_map_back_to_their_original_spelling(word):
    norm = normalise_spans(NormalisedText.identity(RAW))
    wanted = normalise_letters(word)
    position = norm.text.index(wanted)
    start, end = norm.to_original(position, position + len(wanted))
    assert normalise_letters(RAW[start:end]) == wanted


def test_bytes_round_trip():
    norm = normalise_spans(NormalisedText.identity(RAW))
    again = NormalisedText.from_bytes(norm.text, norm.to_bytes())
    assert np.array_equal(again.index, norm.index)
    with pytest.raises(ValueError):
        NormalisedText.from_bytes(norm.text + "x", norm.to_bytes())


def test_span_outside_text_is_an_error():
    with pytest.raises(ValueError):
        NormalisedText.identity("abc").to_original(2, 5)


def test_original_spans_map_to_the_normalised_text():
    original = "به گزارش  خبرگزاری فارس، وزیر گفت"
    norm = NormalisedText.identity(original).rewrite([(8, 10, " ")])  # the doubled space becomes one
    start, end = norm.to_normalised(original.index("فارس"), original.index("فارس") + 4)
    assert norm.text[start:end] == "فارس"
    assert norm.to_original(start, end) == (original.index("فارس"), original.index("فارس") + 4)

"""Letter, digit, mark and spacing normalisation for Persian, as offset-preserving rewrites.

The order matters and is fixed in :func:`normalise_text`:

1. one-for-one letters and digits (ي ى → ی, ك → ک, ۀ → ه, ة kept, Persian and Arabic-Indic digits → ASCII);
   positions do not move;
2. deletions: diacritics (harakat, hamza above, superscript alef), tatweel, bidi controls, soft hyphen;
3. spacing: runs of spaces and tabs → one space, no space before closing punctuation, a space after
   Persian comma and semicolon when a word follows, ZWNJ next to a space or a line edge dropped, repeated
   ZWNJ collapsed;
4. ZWNJ restoration (``rasad.normalise.zwnj``), insertions only.
"""

from __future__ import annotations

import re

from rasad.offsets import Edit, NormalisedText

ZWNJ = "\u200c"

_ONE_FOR_ONE = {
    "ي": "ی", "ى": "ی", "ك": "ک", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه", "ٱ": "ا",
    "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
    "٫": ".", "٬": "،",
}
_ONE_FOR_ONE.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_ONE_FOR_ONE.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
LETTER_TABLE = str.maketrans(_ONE_FOR_ONE)

# Harakat and Quranic marks, hamza above/below, superscript alef, tatweel, bidi and zero-width controls
# other than ZWNJ, soft hyphen, BOM.
_DELETE = re.compile("[\u064b-\u065f\u0670\u0640\u200b\u200d-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff]+")
_SPACE_RUN = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_CLOSING = re.compile(r"[ \t]+(?=[،؛:.!?؟)\]»])")
_SPACE_AFTER_OPENING = re.compile(r"(?<=[(\[«])[ \t]+")
_MISSING_SPACE_AFTER_COMMA = re.compile(r"(?<=[،؛])(?=[^\s\d،؛.:!?؟)\]»])")
_STRAY_ZWNJ = re.compile(f"{ZWNJ}+(?=[ \\n\\t]|$)|(?<=[ \\n\\t]){ZWNJ}+|^{ZWNJ}+|{ZWNJ}{{2,}}", re.M)


def _edits(pattern: re.Pattern[str], text: str, replacement: str) -> list[Edit]:
    return [(m.start(), m.end(), replacement) for m in pattern.finditer(text)]


def _spacing_edits(text: str) -> list[Edit]:
    """All spacing fixes as one sorted, non-overlapping edit list."""
    edits = (
        _edits(_SPACE_RUN, text, " ")
        + _edits(_SPACE_BEFORE_CLOSING, text, "")
        + _edits(_SPACE_AFTER_OPENING, text, "")
        + _edits(_MISSING_SPACE_AFTER_COMMA, text, " ")
    )
    edits.sort(key=lambda edit: (edit[0], edit[1]))
    merged: list[Edit] = []
    for edit in edits:
        if merged and edit[0] < merged[-1][1]:
            # A space run that also precedes punctuation: deleting it wins over collapsing it.
            previous = merged[-1]
            merged[-1] = (previous[0], max(previous[1], edit[1]), "")
            continue
        merged.append(edit)
    return merged


def normalise_letters(text: str) -> str:
    """Letters, digits and marks only (no spacing, no ZWNJ work): for lexicon keys and user queries."""
    return _DELETE.sub("", text.translate(LETTER_TABLE))


def normalise_spans(norm: NormalisedText) -> NormalisedText:
    """Steps 1-3 on an offset-tracked text."""
    norm = norm.translate(LETTER_TABLE)
    norm = norm.rewrite(_edits(_DELETE, norm.text, ""))
    norm = norm.rewrite(_edits(_STRAY_ZWNJ, norm.text, ""))
    return norm.rewrite(_spacing_edits(norm.text))

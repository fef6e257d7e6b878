"""Build ``rasad/data/actors/states.tsv``: one row per country or territory with its Persian names.

Sources, merged in this order (first Persian name wins as the default ``name_fa``):

1. Babel (Unicode CLDR) ``Locale('fa').territories`` — the short names Iranian usage prefers
   ("ایالات متحده", "بریتانیا", "روسیه"); also ``fa_AF`` (Dari) spellings as variants.
2. pycountry (Debian iso-codes) ISO 3166-1 with its Persian ``iso3166-1`` gettext catalogue: the name,
   official (formal) name and common name. When the installed pycountry ships no Persian catalogue, the
   shared table ``corpora/gazetteers/pycountry_fa.tsv`` (same data) is read instead (``--pycountry-tsv``).
3. The hand-edited ``rasad/data/actors/state_aliases.tsv``: rows of kind ``name`` add variants
   ("آمریکا", "انگلیس", "امارات"); a row with ``canonical`` = ``yes`` sets the news-usual ``name_fa``;
   rows of kind ``exclude`` drop a generated name (iso-codes renders "the State of Eritrea" as "فلسطین";
   "مالی" and "چک" are common words).
   Other kinds (capital, seat, metonym, demonym) stay in that file; the registry reads them from there.

For every Persian name the build also adds mechanical spelling variants: ZWNJ replaced by a space and
removed, the hamza-above of the ezafe ("کرهٔ" → "کره") dropped, and ا/آ at the start of "آمریکا"-type words
alternated where both spellings are in print. Regenerating never loses hand data because hand data lives
only in ``state_aliases.tsv``.

Run from the project root:  ``.venv/bin/python tools/build_states.py``
"""

from __future__ import annotations

import argparse
import csv
import gettext
import re
import sys
from pathlib import Path

import babel
import pycountry

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "rasad" / "data" / "actors" / "states.tsv"
ALIASES = ROOT / "rasad" / "data" / "actors" / "state_aliases.tsv"
SHARED_PYCOUNTRY = ROOT.parent / "shared" / "corpora" / "gazetteers" / "pycountry_fa.tsv"

ZWNJ = "\u200c"
_LATIN = re.compile(r"[A-Za-z]")
# Territories CLDR names that ISO 3166-1 lacks (user-assigned codes), with the ISO3-style code used by
# the EU/World Bank and most event datasets.
EXTRA_TERRITORIES = {"XK": ("XKX", "Kosovo")}
# English names as news and event datasets write them where ISO/CLDR differ.
ENGLISH_OVERRIDES = {"PSE": "Palestine", "TUR": "Turkey"}


def spelling_variants(name: str) -> list[str]:
    """Mechanical variants of one Persian name, the name itself first."""
    out = [name]
    base = name.replace("\u0654", "")  # ezafe hamza: کرهٔ → کره
    candidates = [base, base.replace(ZWNJ, " "), base.replace(ZWNJ, "")]
    for cand in candidates:
        cand = re.sub(r"\s+", " ", cand).strip()
        if cand and cand not in out:
            out.append(cand)
    return out


def usable(name: str | None) -> bool:
    """A Persian name worth listing: translated (no Latin letters) and not an inverted ISO form."""
    return bool(name) and not _LATIN.search(name) and "،" not in name and "," not in name


def pycountry_persian(tsv: Path | None) -> dict[str, list[str]]:
    """alpha_2 → Persian names (name, official name, common name) from pycountry's catalogue."""
    result: dict[str, list[str]] = {}
    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fa"])
    except OSError:
        catalogue = None
    if catalogue is not None:
        for country in pycountry.countries:
            names = []
            for attr in ("name", "official_name", "common_name"):
                english = getattr(country, attr, None)
                if english:
                    translated = catalogue.gettext(english)
                    if translated != english and usable(translated):
                        names.append(translated)
            result[country.alpha_2] = names
        return result
    if tsv is None or not tsv.exists():
        sys.exit("pycountry has no Persian catalogue and no --pycountry-tsv table was found")
    with tsv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["domain"] == "iso3166-1" and usable(row["name_fa"]):
                result.setdefault(row["code"], []).append(row["name_fa"])
    return result


def read_hand_names(path: Path) -> tuple[dict[str, list[str]], dict[str, str], dict[str, set[str]]]:
    """The hand file's kind=name and kind=exclude rows: iso3 → extra names, iso3 → canonical name,
    iso3 → names that must not name the state (wrong translations, common words)."""
    extra: dict[str, list[str]] = {}
    canonical: dict[str, str] = {}
    excluded: dict[str, set[str]] = {}
    if not path.exists():
        return extra, canonical, excluded
    with path.open(encoding="utf-8") as handle:
        rows = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] == "exclude":
                excluded.setdefault(row["iso3"], set()).update(spelling_variants(row["surface"]))
            if row["kind"] != "name":
                continue
            extra.setdefault(row["iso3"], []).append(row["surface"])
            if (row.get("canonical") or "").strip().lower() == "yes":
                canonical[row["iso3"]] = row["surface"]
    return extra, canonical, excluded


def build(pycountry_tsv: Path | None) -> list[dict[str, str]]:
    fa = babel.Locale("fa").territories
    fa_af = babel.Locale("fa", "AF").territories
    persian = pycountry_persian(pycountry_tsv)
    hand_names, canonical, excluded = read_hand_names(ALIASES)

    english = babel.Locale("en").territories
    entries: list[tuple[str, str, str]] = []
    for c in pycountry.countries:
        name_en = getattr(c, "common_name", None) or c.name
        if "," in name_en:  # ISO's inverted forms ("Palestine, State of"): CLDR's English short name
            name_en = english.get(c.alpha_2, name_en)
        entries.append((c.alpha_3, c.alpha_2, ENGLISH_OVERRIDES.get(c.alpha_3, name_en)))
    entries += [(iso3, iso2, english) for iso2, (iso3, english) in EXTRA_TERRITORIES.items()]

    rows = []
    for iso3, iso2, name_en in sorted(entries):
        names: list[str] = []
        sources = []
        for name in (fa.get(iso2),):
            if usable(name):
                names.append(name)
                sources.append("CLDR")
        for name in persian.get(iso2, []):
            names.append(name)
            if "iso-codes" not in sources:
                sources.append("iso-codes")
        if usable(fa_af.get(iso2)):
            names.append(fa_af[iso2])
        if hand_names.get(iso3):
            names.extend(hand_names[iso3])
            sources.append("hand")
        variants: list[str] = []
        for name in names:
            for variant in spelling_variants(name.strip()):
                if variant not in variants and variant not in excluded.get(iso3, ()):
                    variants.append(variant)
        if not variants:
            continue
        name_fa = canonical.get(iso3) or variants[0]
        rows.append({
            "iso3": iso3,
            "iso2": iso2,
            "name_en": name_en,
            "name_fa": name_fa,
            "variants": "|".join(v for v in variants if v != name_fa),
            "source": "+".join(sources),
        })
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--pycountry-tsv", type=Path, default=SHARED_PYCOUNTRY)
    args = parser.parse_args()
    rows = build(args.pycountry_tsv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as handle:
        handle.write(
            f"# Generated by tools/build_states.py from Babel {babel.__version__} (CLDR, Unicode licence) and "
            f"pycountry {pycountry.__version__} (iso-codes, LGPL-2.1) + state_aliases.tsv. Do not edit: edit "
            "state_aliases.tsv and rebuild.\n"
        )
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} states → {args.out}")


if __name__ == "__main__":
    main()

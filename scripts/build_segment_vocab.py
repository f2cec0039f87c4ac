#!/usr/bin/env python
"""Rebuild ``src/rasd/data/segment/vocab.tsv``: the word list the clitic segmenter decides splits with.

Columns: ``form`` (``rasd.text.normalize.normalize`` of the word: no diacritics, alef variants and ى folded),
``count`` (occurrences as a whole surface token in the ANERcorp TRAIN split) and ``name`` (1 when the form is a
word of a known name: a country, a city, or a person name part).

Sources, all under ``../shared/data`` (or ``--shared``):

* ``anercorp/ANERCorp_derived_train.txt``: word frequencies (CC BY-SA 4.0, Benajiba et al. 2007; CAMeL Lab split).
  Never the test split.
* ``countries_ar/countries_ar.tsv`` (ODbL 1.0), ``world_cities_ar/world-cities.csv`` (CC BY 4.0),
  ``names/rigour_person_names`` (MIT; Wikidata CC0), ``names/netransliteration_wikidata`` (CC0, count >= 2),
  ``names/google_transliteration_ar2en`` (Apache-2.0), ``names/faker_ar`` (MIT): name words.

UD Arabic-PUD is the evaluation set of the segmenter and is never read here.

    .venv/bin/python scripts/build_segment_vocab.py [--shared PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import is_arabic_letter, normalize  # noqa: E402

DEFAULT_SHARED = ROOT.parent / "shared" / "data"
DEFAULT_OUT = ROOT / "src" / "rasd" / "data" / "segment" / "vocab.tsv"
NETRANS_MIN_COUNT = 2


def arabic_word(s: str) -> str | None:
    """The normalised form of ``s`` when it is a plain Arabic word (after trimming punctuation), else None."""
    s = normalize(s.strip(" \t\"'«»()[]{}.,:;!?،؛؟-_/"))
    if len(s) < 2 or not all(is_arabic_letter(c) for c in s):
        return None
    return s


def anercorp_counts(shared: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    with open(shared / "anercorp" / "ANERCorp_derived_train.txt", encoding="utf-8") as f:
        for line in f:
            tok = line.rstrip("\n").rsplit(" ", 1)[0]
            w = arabic_word(tok)
            if w:
                counts[w] += 1
    return counts


def _words(name: str) -> list[str]:
    return [w for w in (arabic_word(p) for p in name.replace("-", " ").split()) if w]


def name_words(shared: Path) -> set[str]:
    names: set[str] = set()
    with open(shared / "countries_ar" / "countries_ar.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.update(_words(row["name_ar_common"]))
    with open(shared / "world_cities_ar" / "world-cities.csv", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            names.update(_words(row["CityNameAr"]))
            names.update(_words(row["CountryNameAr"]))
    nd = shared / "names"
    with open(nd / "rigour_person_names" / "person_name_parts_ar.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.update(_words(row["name_ar"]))
    with open(nd / "netransliteration_wikidata" / "en_ar_name_tokens.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            if int(row["count"]) >= NETRANS_MIN_COUNT:
                names.update(_words(row["name_token_ar"]))
    with open(nd / "google_transliteration_ar2en" / "ar2en_name_words.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.update(_words(row["name_ar"]))
    with open(nd / "faker_ar" / "faker_ar_person_names.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            names.update(_words(row["name_ar"]))
    return names


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED, help="the shared data folder")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args()
    counts = anercorp_counts(args.shared)
    names = name_words(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    forms = sorted(set(counts) | names)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# form\tcount\tname  (built by scripts/build_segment_vocab.py; see its docstring for sources)\n")
        for w in forms:
            f.write(f"{w}\t{counts.get(w, 0)}\t{int(w in names)}\n")
    print(f"{len(counts)} ANERcorp train forms, {len(names)} name words, {len(forms)} rows -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Build the NER word lists shipped in src/rasd/data/ner/lexicon.tsv from ../shared/data.

Each line is ``class<TAB>key key ...`` where the keys are the clitic-stripped matching keys of
``rasd.entities.crf.token_keys`` (what the tagger compares). Classes:

* ``given``   first names (faker ar given names)
* ``name``    person name words (rigour name parts, NETransliteration tokens with count >= 2, Google
              transliteration name words, faker family names)
* ``country`` country names (mledoze/countries, Arabic common and official names)
* ``city``    city names (world-cities-translations, cleaned of stadiums, governorates, drug names ...)
* ``actor``   PETRARCH actor names (lemmatised, «_» joined), entries that start with a title word dropped
* ``org``     organisation names (name-suggestion-index Arabic names, and every form of the project's curated
              organisations, src/rasd/data/gazetteer/orgs.tsv)
* ``common``  words frequent in ANERcorp train and (nearly) never part of a name (``--common-min`` occurrences,
              O share >= 0.95): not spread by document consistency (على/علي), and a feature

Filter: a single-word entry is dropped when the word is mostly tagged ``O`` in the ANERcorp *train* text
(at least ``--min-o`` occurrences and an O share >= ``--max-o-share``), e.g. سنة، الأمن، أسد. Multi-word entries
are dropped the same way when the whole phrase occurs mostly untagged. Only train is read, never test.

Usage: python scripts/build_ner_lists.py [--shared ../shared/data] [--out src/rasd/data/ner]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.entities.crf import (  # noqa: E402
    DATA_DIR,
    LEXICON_FILE,
    TRIGGER_FILE,
    Lexicon,
    phrase_key,
)

SHARED = ROOT.parent / "shared" / "data"
_ARABIC_WORD = re.compile(r"^[\u0621-\u064a\u0671-\u06d3]+$")
# Wikidata linking errors and non-city labels in world-cities (see its SOURCE.md).
_BAD_CITY_WORDS = ("ملعب", "محافظة", "ولاية", "مطار", "جامعة", "نادي", "مقاطعة", "إقليم", "بلدية", "منطقة", "قضاء")


def _words(text: str) -> list[str] | None:
    ws = text.replace("_", " ").split()
    if not ws or not all(_ARABIC_WORD.match(w) for w in ws):
        return None
    return ws


def given_and_family(shared: Path) -> Iterator[tuple[str, list[str]]]:
    with open(shared / "names/faker_ar/faker_ar_person_names.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            ws = _words(row["name_ar"])
            if not ws:
                continue
            if row["type"].startswith("given"):
                yield "given", ws
            elif row["type"] == "family":
                yield "name", [w for w in ws if w != "آل"] or ws


def name_words(shared: Path, min_count: int) -> Iterator[tuple[str, list[str]]]:
    with open(shared / "names/rigour_person_names/person_name_parts_ar.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            ws = _words(row["name_ar"])
            if ws and len(ws) == 1:
                yield "name", ws
    with open(shared / "names/netransliteration_wikidata/en_ar_name_tokens.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            ws = _words(row["name_token_ar"])
            if ws and len(ws) == 1 and int(row["count"]) >= min_count:
                yield "name", ws
    with open(shared / "names/google_transliteration_ar2en/ar2en_name_words.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            ws = _words(row["name_ar"])
            if ws and len(ws) == 1:
                yield "name", ws


def countries(shared: Path) -> Iterator[tuple[str, list[str]]]:
    with open(shared / "countries_ar/countries_ar.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for col in ("name_ar_common", "name_ar_official"):
                ws = _words(row[col])
                if ws:
                    yield "country", ws


def cities(shared: Path) -> Iterator[tuple[str, list[str]]]:
    with open(shared / "world_cities_ar/world-cities.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            ws = _words(row["CityNameAr"])
            if not ws or len(ws) > 3 or any(b in row["CityNameAr"] for b in _BAD_CITY_WORDS):
                continue
            yield "city", ws


def actors(shared: Path, titles: set[str]) -> Iterator[tuple[str, list[str]]]:
    for line in (shared / "petrarch_arabic_dicts/actor_dict_ar_v4.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line[0] in " \t#[":
            continue
        head = line.split("[")[0].split("#")[0].strip()
        ws = _words(head)
        if not ws or len(ws) > 4 or any(len(w) < 2 for w in ws):
            continue
        if phrase_key(ws[:1])[0] in titles:
            continue
        yield "actor", ws


def orgs(shared: Path) -> Iterator[tuple[str, list[str]]]:
    with open(shared / "names/nsi_org_names_ar/nsi_org_names_ar.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            arabic = " ".join(w for w in row["name_ar"].split() if _ARABIC_WORD.match(w))
            ws = _words(arabic)
            if ws:
                yield "org", ws
    with open(ROOT / "src/rasd/data/gazetteer/orgs.tsv", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            for form in line.split("\t")[2].split("|"):
                ws = _words(form)
                if ws:
                    yield "org", ws


def train_counts(train: Path, max_len: int = 4) -> tuple[Counter[tuple[str, ...]], Counter[tuple[str, ...]]]:
    """Occurrences of every 1..max_len-gram of core keys in train, and how many of them are entirely O."""
    toks: list[tuple[str, str]] = []
    for line in train.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) == 2 and parts[0]:
            toks.append((phrase_key([parts[0]])[0], parts[1]))
    total: Counter[tuple[str, ...]] = Counter()
    outside: Counter[tuple[str, ...]] = Counter()
    for i in range(len(toks)):
        for n in range(1, max_len + 1):
            if i + n > len(toks):
                break
            gram = tuple(k for k, _ in toks[i : i + n])
            total[gram] += 1
            if all(t == "O" for _, t in toks[i : i + n]):
                outside[gram] += 1
    return total, outside


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=DATA_DIR)
    ap.add_argument("--min-count", type=int, default=2, help="NETransliteration: minimum count of a token")
    ap.add_argument("--min-o", type=int, default=2)
    ap.add_argument("--max-o-share", type=float, default=0.5)
    ap.add_argument("--common-min", type=int, default=10)
    args = ap.parse_args()
    shared: Path = args.shared
    triggers = Lexicon.from_files(args.out / "_none_", args.out / TRIGGER_FILE).triggers
    titles = {k for k, c in triggers.items() if c == "title"}

    total, outside = train_counts(shared / "anercorp/ANERCorp_derived_train.txt")
    entries: set[tuple[str, str]] = set()
    dropped: Counter[str] = Counter()
    sources = [
        given_and_family(shared),
        name_words(shared, args.min_count),
        countries(shared),
        cities(shared),
        actors(shared, titles),
        orgs(shared),
    ]
    for src in sources:
        for klass, ws in src:
            key = tuple(phrase_key(ws))
            if any(len(k) < 2 for k in key):
                continue
            o = outside[key]
            if o >= args.min_o and o / total[key] >= args.max_o_share:
                dropped[klass] += 1
                continue
            if len(key) == 1 and key[0] in triggers:
                dropped[klass] += 1
                continue
            entries.add((klass, " ".join(key)))
    for gram, n in total.items():
        if len(gram) == 1 and n >= args.common_min and outside[gram] >= 0.95 * n and len(gram[0]) >= 2:
            entries.add(("common", gram[0]))
    out = args.out / LEXICON_FILE
    lines = [f"{k}\t{t}" for k, t in sorted(entries)]
    header = "# built by scripts/build_ner_lists.py from ../shared/data; see README.md in this folder\n"
    out.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    counts = Counter(k for k, _ in entries)
    print(json.dumps({"written": str(out), "entries": dict(sorted(counts.items())), "dropped": dict(dropped)}))


if __name__ == "__main__":
    main()

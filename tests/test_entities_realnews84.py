"""Entities, round ents84: military ranks as titles, a field's adjective in a body's name, a region's name.

* a military rank before a name is the man's title (MIL): «الرقيب», «الملازم أول», «العميد ركن»; not after «عبد»
  («عبد الرقيب» is a given name);
* a tagger's body that ends on a field in «لل» takes the field's agreeing adjective («المعهد الدولي للتحليل
  السياسي»), not a country's adjective after it;
* a part of a continent named by a compass adjective keeps its whole name as the entity's («أميركا الجنوبية»), its
  mention still the continent's word (ANERcorp's marking).
"""

from __future__ import annotations

from rasd.doc import Token
from rasd.entities.gazetteer import load
from rasd.entities.tagspans import field_adjective

from conftest import analyze_news


def _persons(text: str) -> dict[str, list[str]]:
    return {e.name: list(e.roles) for e in analyze_news(text).entities if e.type == "PERSON"}


# ------------------------------------------------------------------------------------------------ ranks
def test_sergeant_before_a_name_is_his_title() -> None:
    assert _persons("وقال الرقيب سامر حداد إن الجنود وصلوا إلى الموقع.").get("سامر حداد") == ["الرقيب"]


def test_first_lieutenant_before_a_name() -> None:
    assert _persons("وقال الملازم أول خالد الحربي إن الدورية عادت.").get("خالد الحربي") == ["الملازم أول"]


def test_brigadier_with_indefinite_staff_word() -> None:
    assert _persons("وقال العميد ركن عادل صالح مقبل إن القاعدة مهمة.").get("عادل صالح مقبل") == ["العميد ركن"]


def test_rank_after_abd_is_a_given_name() -> None:
    persons = _persons("وقال عبد الرقيب العمري، نائب مدير المطار، إن الرحلات ستبدأ.")
    assert "عبد الرقيب العمري" in persons
    assert "العمري" not in persons


# ------------------------------------------------------------------------------------------------ field adjective
def _toks(text: str) -> list[Token]:
    return list(analyze_news(text).tokens)


def test_field_adjective_joins_the_body() -> None:
    doc = analyze_news("وقال مدير المعهد الدولي للتحليل السياسي إن الوضع خطير.")
    assert "المعهد الدولي للتحليل السياسي" in [e.name for e in doc.entities if e.type == "ORGANIZATION"]


def test_feminine_field_takes_feminine_adjective() -> None:
    toks = _toks("وقال مدير المركز الوطني للتنمية الاقتصادية إن الوضع خطير.")
    b = next(i for i, t in enumerate(toks) if t.text == "المركز")
    assert field_adjective(toks, b, b + 3, load())


def test_disagreeing_adjective_is_not_the_fields() -> None:
    toks = _toks("وقال مدير المركز الوطني للتنمية الاقتصادي إن الوضع خطير.")
    b = next(i for i, t in enumerate(toks) if t.text == "المركز")
    assert not field_adjective(toks, b, b + 3, load())


def test_country_adjective_after_the_field_is_not_taken() -> None:
    toks = _toks("وقال مدير المركز الوطني للبحوث السعودي إن الوضع خطير.")
    b = next(i for i, t in enumerate(toks) if t.text == "المركز")
    assert not field_adjective(toks, b, b + 3, load())


# ------------------------------------------------------------------------------------------------ regions
def test_compass_region_keeps_its_whole_name() -> None:
    doc = analyze_news("وأعلنت اتحادات أوروبا وآسيا وأميركا الجنوبية دعمها للمرشح.")
    places = {e.name: e for e in doc.entities if e.type == "LOCATION"}
    assert "أميركا الجنوبية" in places and places["أميركا الجنوبية"].country is None
    assert "أميركا" not in places


def test_latin_america_stays_whole_and_no_usa() -> None:
    doc = analyze_news("وزار الوزير دول أمريكا اللاتينية الشهر الماضي.")
    assert not any(e.country == "USA" for e in doc.entities)
    assert "أمريكا اللاتينية" in [e.name for e in doc.entities]


# ------------------------------------------------------------------------------------------------ «شريان بري»
def test_relative_adjective_after_indefinite_noun_is_no_person() -> None:
    doc = analyze_news("ويقع المطار على أهم شريان بري يربط بين المحافظات الجنوبية.")
    assert "بري" not in [e.name for e in doc.entities if e.type == "PERSON"]


def test_surname_of_a_named_man_stays() -> None:
    doc = analyze_news("وقال نبيه بري إن المجلس سينعقد. وأكد بري أن الحوار مستمر.")
    persons = [e for e in doc.entities if e.type == "PERSON"]
    assert [e.name for e in persons] == ["نبيه بري"] and len(persons[0].mentions) == 2


def test_relative_after_indefinite_counter_cases() -> None:
    from rasd.entities.tagpersons import relative_after_indefinite

    g = load()
    assert relative_after_indefinite(["بري"], "شريان", set(), g)
    assert not relative_after_indefinite(["بري"], "زيارة", set(), g)  # a feminine noun: Berri's visit
    assert not relative_after_indefinite(["بري"], "شريان", {"بري"}, g)  # the article names him in full
    assert not relative_after_indefinite(["بري"], "وقال", set(), g)  # a verb before the name

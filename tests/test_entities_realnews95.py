"""Entities, round ents95: readings the hand judges found wrong in the politics sample.

* «نظام كاسترو»: the regime of a listed ruler is his state's government (CUB, CUBGOV), as «نظام الأسد» (regimes,
  with the Castro brothers listed in persons_extra.tsv);
* «كتركيا» (like Turkey): «ك» + a listed country is that country over its name; «كوبا»/«كندا» stay whole
  (kafcountries);
* «حزام ناسف», «عبوة ناسفة»: «ناسف» is no place (kafcountries);
* «جماعات تصنفهم واشنطن»: a capital after an imperfect in «تـ» with an object pronoun is its government
  (capitalverbs); «وعاصمتها واشنطن» (a noun with a possessive) is not;
* «علي أكبر ولايتي»: a Persian compound given name in «أكبر» and the family name are one person; a listed family
  name keeps its codes («علي أكبر هاشمي رفسنجاني»); «أكبر عدد» is no name (persiangivens);
* «داود أوغلو»: the last two words of one listed name, in office at the date, are that man (compoundsurnames).
Each with a counter-case that must not fire. Sentences are hand-made.
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _entity_or_none(doc: Any, word: str) -> Any:
    """The entity one of whose mentions starts where ``word`` first occurs, else None."""
    at = doc.text.index(word)
    return next((e for e in doc.entities if any(s.start == at for s in e.mentions)), None)


def _mention_texts(doc: Any) -> list[str]:
    return [doc.text[m.start : m.end] for m in doc.mentions]


# ------------------------------------------------------------------------------------------------ نظام كاسترو
def test_castro_regime_is_cuban_government() -> None:
    doc = analyze_news("ورأى الكاتب أن العقوبات لم تفعل سوى تقوية قبضة نظام كاسترو على الحكم في هافانا.")
    e = _entity_or_none(doc, "نظام كاسترو")
    assert e is not None and e.type == "ORGANIZATION"
    assert (e.country, e.actor) == ("CUB", "CUBGOV")
    assert "كاسترو" not in _mention_texts(doc)  # the regime acts, not the man (nor a place «كاسترو»)


def test_raul_castro_is_a_cuban_person() -> None:
    doc = analyze_news("واستقبل الرئيس راؤول كاسترو وفدا من رجال الأعمال في العاصمة.")
    e = _entity_or_none(doc, "راؤول كاسترو")
    assert e is not None and e.type == "PERSON" and e.country == "CUB"


def test_assad_regime_unchanged() -> None:
    doc = analyze_news("وقال المعارض إن إيران ما زالت تدعم نظام الأسد بالسلاح والمال.")
    e = _entity_or_none(doc, "نظام الأسد")
    assert e is not None and (e.country, e.actor) == ("SYR", "SYRGOV")


# ------------------------------------------------------------------------------------------------ ك + country
def test_kaf_country_is_the_country() -> None:
    doc = analyze_news("ولا يقبل الأهالي أن تتحكم في مدينتهم دولة أجنبية كتركيا أو غيرها.")
    e = _entity_or_none(doc, "تركيا")
    assert e is not None and (e.name, e.country) == ("تركيا", "TUR")
    assert "كتركيا" not in _mention_texts(doc)


def test_kaf_countries_whose_name_begins_with_kaf_stay_whole() -> None:
    doc = analyze_news("وزار الوزير كوبا وكندا الأسبوع الماضي في جولة طويلة.")
    cuba, canada = _entity_or_none(doc, "كوبا"), _entity_or_none(doc, "كندا")
    assert cuba is not None and cuba.country == "CUB"
    assert canada is not None and canada.country == "CAN"


# ------------------------------------------------------------------------------------------------ ناسف
def test_explosive_belt_is_no_place() -> None:
    doc = analyze_news("وسعى المتهم إلى الحصول على حزام ناسف استخدم لاحقا في الهجوم على المسجد.")
    assert not any("ناسف" in t for t in _mention_texts(doc))


def test_explosive_devices_no_place_but_province_kept() -> None:
    doc = analyze_news("وفككت القوات 40 عبوة ناسفة زرعها المسلحون غرب الأنبار.")
    assert not any("ناسف" in t for t in _mention_texts(doc))
    e = _entity_or_none(doc, "الأنبار")
    assert e is not None and e.country == "IRQ"


# ------------------------------------------------------------------------------------------------ capital after its verb
def test_capital_after_object_verb_is_government() -> None:
    doc = analyze_news("وتتعامل أنقرة مع جماعات مسلحة تصنفهم واشنطن جماعات إرهابية.")
    e = _entity_or_none(doc, "واشنطن")
    assert e is not None and e.actor == "USAGOV"


def test_capital_after_object_verb_moscow() -> None:
    doc = analyze_news("وتقاتل في الشمال فصائل تدعمها موسكو منذ عامين على الأقل.")
    e = _entity_or_none(doc, "موسكو")
    assert e is not None and e.actor == "RUSGOV"


def test_capital_after_possessed_noun_is_no_government() -> None:
    doc = analyze_news("وزار الوفد الولايات المتحدة وعاصمتها واشنطن في الصيف.")
    e = _entity_or_none(doc, "واشنطن")
    assert e is not None and e.country == "USA" and e.actor != "USAGOV"


# ------------------------------------------------------------------------------------------------ علي أكبر
def test_persian_compound_given_name_whole() -> None:
    doc = analyze_news("وقال مستشار المرشد علي أكبر ولايتي إن بلاده لن تتخلى عن حلفائها.")
    e = _entity_or_none(doc, "علي أكبر ولايتي")
    assert e is not None and e.type == "PERSON" and e.name == "علي أكبر ولايتي"


def test_persian_compound_given_name_keeps_listed_codes() -> None:
    doc = analyze_news("وانتقد علي أكبر هاشمي رفسنجاني خصومه في البرلمان.")
    e = _entity_or_none(doc, "علي أكبر هاشمي رفسنجاني")
    assert e is not None and e.name == "علي أكبر هاشمي رفسنجاني" and e.country == "IRN"


def test_akbar_as_comparative_is_no_name() -> None:
    doc = analyze_news("ويملك علي أكبر مكتبة في المدينة منذ سنوات.")
    assert not any("أكبر" in doc.text[m.start : m.end] for m in doc.mentions)


# ------------------------------------------------------------------------------------------------ داود أوغلو
def test_compound_surname_is_the_listed_man() -> None:
    doc = analyze_news("وقال رئيس الوزراء داود أوغلو إن حكومته ستواصل ضرب المسلحين.")
    e = _entity_or_none(doc, "داود أوغلو")
    assert e is not None and (e.country, e.actor) == ("TUR", "TURGOV")


def test_compound_surname_of_a_man_out_of_office_stays_open() -> None:
    doc = analyze_news("وكتب إحسان أوغلو مقالا عن الأزمة في الصحيفة.")
    e = _entity_or_none(doc, "إحسان أوغلو")
    assert e is None or e.actor is None

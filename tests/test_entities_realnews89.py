"""Entities, round ents89: common phrases read as names.

«صباح اليوم» / «مساء الجمعة» (a part of the day before a day word: no person «صباح»), «في صالح X» /
«لصالح الحكومة» (in the interest of: no person «صالح»), «جنة عدن» (the Garden of Eden: no Aden). Each with its
counter-case: «الشيخ صباح الأحمد», «صباح الخالد», «الموالية لصالح», «الرئيس صالح», «عدن» elsewhere.
"""

from __future__ import annotations

from typing import Any

from conftest import RunTagger, analyze_news, tagged_persons, typed_runs_doc


def _places(doc: Any) -> list[str]:
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == "LOCATION"]


# ------------------------------------------------------------------------------------------------ «صباح اليوم»
_EMIR_FIRST = "وهنأ أمير الكويت الشيخ صباح الأحمد الجابر الصباح الرئيس المصري. "


def _person_starts(doc: Any) -> list[int]:
    return [m.start for m in doc.mentions if m.type == "PERSON"]


def test_morning_before_today_is_no_emir() -> None:
    text = _EMIR_FIRST + "وبدأت الوفود بالوصول إلى القاهرة منذ مساء أمس وحتى صباح اليوم استعدادا للحفل."
    starts = _person_starts(analyze_news(text))
    assert text.index("صباح اليوم") not in starts
    assert text.index("صباح الأحمد") in starts


def test_morning_before_a_weekday_is_no_emir() -> None:
    text = _EMIR_FIRST + "وعقد المجلس اجتماعه صباح الجمعة في مقره."
    assert text.index("صباح الجمعة") not in _person_starts(analyze_news(text))


def test_morning_before_a_date_is_no_emir() -> None:
    text = _EMIR_FIRST + "ووصل الوفد صباح 12 أغسطس إلى القاهرة."
    assert text.index("صباح 12") not in _person_starts(analyze_news(text))


def test_emir_named_bare_later_stays() -> None:
    text = _EMIR_FIRST + "وقال صباح إن بلاده تدعم الحل السياسي."
    assert text.index("صباح إن") in _person_starts(analyze_news(text))


def test_emir_sabah_stays() -> None:
    text = "واستقبل أمير الكويت الشيخ صباح الأحمد وزير الخارجية الفرنسي."
    assert tagged_persons(text, RunTagger("صباح", "الأحمد")) == ["صباح الأحمد"]


def test_sabah_al_khalid_stays() -> None:
    text = "وقال صباح الخالد إن بلاده تدعم الحل السياسي."
    assert tagged_persons(text, RunTagger("صباح", "الخالد")) == ["صباح الخالد"]


# ------------------------------------------------------------------------------------------------ «في صالح»
_SALEH_FIRST = "وقصفت القوات الموالية للرئيس السابق علي عبد الله صالح المدينة. "


def test_in_the_interest_of_is_no_saleh() -> None:
    text = _SALEH_FIRST + "وهذه الخطوة تصب في صالح الحوثيين."
    assert text.index("صالح الحوثيين") not in _person_starts(analyze_news(text))


def test_bare_saleh_later_stays() -> None:
    text = _SALEH_FIRST + "وقال صالح إن الحوار هو الحل."
    assert text.index("صالح إن") in _person_starts(analyze_news(text))


def test_in_the_interest_of_is_no_person() -> None:
    text = "وتساءل المحلل هل هذه الخطوة تصب في صالح الأسد أم أنها تضعفه؟"
    assert tagged_persons(text, RunTagger("صالح", "الأسد")) == []


def test_for_the_benefit_of_the_government_is_no_person() -> None:
    text = _SALEH_FIRST + "وصوت البرلمان لصالح الحكومة في جلسة أمس."
    doc = analyze_news(text)
    assert text.index("صالح الحكومة") not in _person_starts(doc)


def test_loyal_to_saleh_stays() -> None:
    text = _SALEH_FIRST + "وقصفت القوات الموالية لصالح والحوثيين أحياء المدينة."
    doc = analyze_news(text)
    # (round en716: «لصالح» after «الموالية» is Saleh, inside the forces loyal to him: the same body as the first)
    end = text.index("صالح والحوثيين") + len("صالح")
    # (round en802: and Saleh himself keeps his own PERSON mention «صالح» inside the forces')
    forces = [e for e in doc.entities if any(m.end == end for m in e.mentions)]
    assert [(e.name, e.type, e.actor, len(e.mentions)) for e in forces] == [
        ("القوات الموالية للرئيس السابق علي عبد الله صالح", "ORGANIZATION", "YEMREB", 2),
        ("علي عبد الله صالح", "PERSON", "YEMELI", 2)]


def test_president_saleh_stays() -> None:
    text = "وقال الرئيس صالح إن الحوار هو الحل."
    assert tagged_persons(text, RunTagger("صالح")) == ["صالح"]


def test_saleh_al_sammad_stays() -> None:
    text = "وأعلن صالح الصماد تشكيل المجلس."
    assert tagged_persons(text, RunTagger("صالح", "الصماد")) == ["صالح الصماد"]


# ------------------------------------------------------------------------------------------------ «جنة عدن»
def test_garden_of_eden_is_no_aden() -> None:
    doc = typed_runs_doc("وهذا الاتفاق يقتل فكرة «جنة عدن» التي وعد بها الناس.", ("LOC", ["عدن"]))
    assert "عدن" not in _places(doc)


def test_aden_after_a_city_word_stays() -> None:
    doc = typed_runs_doc("ووصل الوزير إلى مدينة عدن أمس.", ("LOC", ["عدن"]))
    assert "عدن" in _places(doc)


# ------------------------------------------------------------------------------------------------ «حسن النية»
def test_good_neighbourliness_is_no_person() -> None:
    text = "وشدد الوزيران على أن مبادئ حسن الجوار تقتضي عدم التدخل في شؤون الدول."
    assert tagged_persons(text, RunTagger("حسن")) == []


def test_good_faith_after_rouhani_is_no_person() -> None:
    text = "وقال الرئيس الإيراني حسن روحاني إن بلاده ملتزمة. ويرى المحللون أن الإفراط في حسن النية خطأ."
    assert text.index("حسن النية") not in _person_starts(analyze_news(text))


def test_hassan_al_banna_stays() -> None:
    text = "ونشأت الجماعة على يد حسن البنا عام 1928."
    assert tagged_persons(text, RunTagger("حسن", "البنا")) == ["حسن البنا"]


def test_bare_hassan_before_a_verb_stays() -> None:
    text = "ويقول حسن، صاحب المطعم، إن الزبائن كثر."
    assert tagged_persons(text, RunTagger("حسن")) == ["حسن"]

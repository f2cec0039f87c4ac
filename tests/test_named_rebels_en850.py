"""Round en850: an armed opposition body known by its name («جبهة ثوار الرقة»), by an adjective right after its
name («الجبهة الوطنية المتمردة») or as the umbrella of a rebel party («... الذي يضم تحت جناحه حزب العمال
الكردستاني») is coded as rebels (REB); a state's force and a body called by no such word keep their codes."""

from __future__ import annotations

from conftest import analyze_news
from conftest import entity_named as _named


def test_rebels_of_a_town_are_its_countrys_rebels() -> None:
    doc = analyze_news("أعلنت جبهة ثوار الرقة أمس سيطرتها على قرية جديدة بعد معارك عنيفة.")
    e = _named(doc, "جبهة ثوار الرقة")
    assert (e.country, e.actor) == ("SYR", "SYRREB")


def test_a_front_of_rebels_of_a_city() -> None:
    doc = analyze_news("وأعلنت جبهة ثوار حلب في بيان أن مقاتليها صدوا هجوما على مواقعهم.")
    e = _named(doc, "جبهة ثوار حلب")
    assert (e.country, e.actor) == ("SYR", "SYRREB")


def test_rebels_of_no_place_get_no_country() -> None:
    doc = analyze_news("وأشار القيادي إلى أن «جيش الثوار» قاتل مع «الفرقة 30» ضد هجمات التنظيم.")
    e = _named(doc, "جيش الثوار")
    assert (e.country, e.actor) == (None, None)


def test_a_rebel_adjective_after_the_name_codes_the_sentences_country() -> None:
    doc = analyze_news("وهاجمت الجبهة الوطنية المتمردة مواقع للجيش في تشاد أمس.")
    e = _named(doc, "الجبهة الوطنية")
    assert (e.country, e.actor) == ("TCD", "TCDREB")


def test_the_same_name_without_the_adjective_stays_uncoded() -> None:
    doc = analyze_news("وقالت الجبهة الوطنية في فرنسا إنها ترفض الاتفاق الأوروبي الجديد.")
    e = _named(doc, "الجبهة الوطنية")
    assert e.actor is None or "REB" not in e.actor


def test_a_state_army_called_armed_stays_no_rebel() -> None:
    doc = analyze_news("وانتشر الجيش الوطني المسلح في شوارع عدن بعد طرد الميليشيات.")
    e = _named(doc, "الجيش الوطني")
    assert e.actor is None or "REB" not in e.actor


def test_the_political_opposition_stays_opp() -> None:
    doc = analyze_news("وطالبت المعارضة السورية في بيان بوقف القصف على المدن.")
    e = _named(doc, "المعارضة السورية")
    assert e.actor == "SYROPP"


UMBRELLA = ("وأعلنت أمس منظومة المجتمع الديمقراطي الكردستاني، الذي يضم تحت جناحه حزب العمال الكردستاني وأحزابا "
            "أخرى، إنهاء الهدنة. وقال دليل آمد، عضو العلاقات الخارجية في منظومة المجتمع الديمقراطي الكردستاني، إن "
            "المعارك ستستمر.")


def test_an_umbrella_of_a_rebel_party_takes_its_code() -> None:
    e = _named(analyze_news(UMBRELLA), "منظومة المجتمع الديمقراطي الكردستاني")
    assert (e.country, e.actor) == ("TUR", "TURREB")


def test_a_member_of_the_umbrella_is_a_rebel_not_an_official() -> None:
    e = _named(analyze_news(UMBRELLA), "دليل آمد")
    assert (e.country, e.actor) == ("TUR", "TURREB")


def test_an_umbrella_of_no_rebel_party_stays_uncoded() -> None:
    doc = analyze_news("ووقع تحالف القوى الوطنية، الذي يضم أحزابا سياسية عدة، على البيان الختامي.")
    e = _named(doc, "تحالف القوى الوطنية")
    assert (e.country, e.actor) == (None, None)

"""Entities, round ents91: countries of branches, cut names, ideologies, people and ministries.

* «حركة «X» المصرية»: a listed body of one country in quotation marks with another country's adjective after the
  closing mark (agreeing in gender) is that country's namesake (not a company: «شركة «شيفرون» السعودية»);
* «النيل الأزرق», «أعالي النيل»: a region's multiword name is not cut at its adjective;
* «تيارات الإسلام السياسي»: a religion's name with an ideology adjective is no entity;
* «بقايا الناصرية»: a town's name that is also an ideology, after a noun of ideas, is no place;
* «منهم سوريون وسودانيون»: a plural country adjective is people, no place;
* «وزارة الآثار», «وزارة الاتصالات»: portfolios the complement list lacked;
* «X، أحد الناطقين باسم الوزارة», «ضابط في الجيش المصري يدعى X»: the country of the body his description names.
Each with a counter-case that must not fire.
"""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _entity(doc: Any, word: str) -> Any:
    """The entity one of whose mentions starts where ``word`` first occurs."""
    at = doc.text.index(word)
    return next(e for e in doc.entities if any(s.start == at for s in e.mentions))


def _texts(doc: Any, typ: str) -> list[str]:
    return [doc.text[s.start : s.end] for e in doc.entities if e.type == typ for s in e.mentions]


# ------------------------------------------------------------------------------- «حركة «الجهاد الإسلامي» المصرية»
def test_quoted_listed_body_with_another_country_adjective_moves() -> None:
    doc = analyze_news("وقالت حركة «الجهاد الإسلامي» المصرية إنها ترفض الحوار مع أحد.")
    e = _entity(doc, "حركة")
    assert (e.country, e.actor) == ("EGY", "EGYREB")


def test_masculine_adjective_agreeing_with_the_name() -> None:
    doc = analyze_news("وكان الرجلان عضوين في «الجهاد الإسلامي» المصري قبل سنوات.")
    assert _entity(doc, "الجهاد").country == "EGY"


def test_quoted_listed_body_with_its_own_country_adjective_stays() -> None:
    doc = analyze_news("وقالت حركة «الجهاد الإسلامي» الفلسطينية إنها ترفض الحوار مع أحد.")
    assert _entity(doc, "حركة").actor == "PSEREB"


def test_adjective_of_the_people_not_the_body_does_not_move_it() -> None:
    doc = analyze_news("وقال قادة «الجهاد الإسلامي» المصريين إنهم يرفضون الحوار.")
    assert _entity(doc, "الجهاد").country == "PSE"


# ------------------------------------------------------------------------------------ «النيل الأزرق»
def test_blue_nile_is_one_sudanese_region() -> None:
    doc = analyze_news("وأكد أن حكومته حريصة على السلام في جنوب كردفان والنيل الأزرق ودارفور.")
    assert "النيل الأزرق" in _texts(doc, "LOCATION")
    assert _entity(doc, "النيل الأزرق").country == "SDN"


def test_upper_nile_is_one_south_sudanese_state() -> None:
    doc = analyze_news("وحصلت المعارضة على نسبة من الحكم في ولايات أعالي النيل والوحدة.")
    assert _entity(doc, "أعالي النيل").country == "SSD"


# ------------------------------------------------------------------------------------ «الإسلام السياسي»
def test_political_islam_is_no_entity() -> None:
    doc = analyze_news("ورفضت تيارات الإسلام السياسي القرار الذي أصدره رئيس الحكومة.")
    assert "الإسلام" not in _texts(doc, "MISC")


def test_religion_without_ideology_adjective_stays() -> None:
    doc = analyze_news("وقال الشيخ إن الإسلام دين السلام والتسامح.")
    assert "الإسلام" in _texts(doc, "MISC")


# ------------------------------------------------------------------------------------ «بقايا الناصرية»
def test_nasserism_after_a_noun_of_ideas_is_no_place() -> None:
    doc = analyze_news("وهاجم الكاتب بقايا الناصرية في مقاله، وانقلابهما على الناصرية معروف.")
    assert "الناصرية" not in _texts(doc, "LOCATION")


def test_nasiriyah_the_city_stays_a_place() -> None:
    doc = analyze_news("وامتدت المظاهرات من البصرة إلى الناصرية ثم خرجت مظاهرات في الناصرية وبغداد.")
    assert _entity(doc, "الناصرية").country == "IRQ"


def test_city_reading_wins_over_an_idea_reading_in_the_article() -> None:
    doc = analyze_news("وتحدث عن بقايا الناصرية في الخطاب. وخرجت مظاهرات في الناصرية أمس.")
    assert "الناصرية" in _texts(doc, "LOCATION")


# ------------------------------------------------------------------------------------ «سودانيون»
def test_plural_country_adjective_is_no_place() -> None:
    doc = analyze_news("وسجلت الهيئة طلبات من أطباء عرب، منهم سوريون ومصريون، وسودانيون.")
    assert "سودانيون" not in _texts(doc, "LOCATION")


def test_country_name_stays_a_place() -> None:
    doc = analyze_news("وسافر الأطباء إلى السودان للعمل في المستشفيات.")
    assert _entity(doc, "السودان").country == "SDN"


# ------------------------------------------------------------------------------------ «وزارة الآثار»
def test_ministry_of_antiquities_is_a_body() -> None:
    doc = analyze_news("وأعلنت وزارة الآثار أن المناطق الأثرية ستكون مفتوحة للمواطنين مجانا.")
    assert "وزارة الآثار" in _texts(doc, "ORGANIZATION")


def test_ministry_of_communications_is_a_body() -> None:
    doc = analyze_news("وأعلنت وزارة الاتصالات انقطاع الخدمة عن أحياء العاصمة ساعات.")
    assert "وزارة الاتصالات" in _texts(doc, "ORGANIZATION")


def test_quoted_company_with_a_local_adjective_keeps_its_country() -> None:
    doc = analyze_news("وتحدث الوزير عن أنشطة شركة «شيفرون» السعودية في حقل الوفرة.")
    assert _entity(doc, "شيفرون").country == "USA"


def test_antiquities_without_a_ministry_is_no_body() -> None:
    doc = analyze_news("وتحدث الخبراء عن الآثار المسروقة من المتاحف.")
    assert not _texts(doc, "ORGANIZATION")


# ------------------------------------------------------------------------- «X، أحد الناطقين باسم الوزارة»
def test_one_of_the_spokesmen_of_a_ministry_named_before() -> None:
    text = "وعقد مؤتمر في مقر وزارة الدفاع الأميركية. وقال جيف ديفيس، أحد الناطقين باسم الوزارة، إن الهجوم فشل."
    assert _entity(analyze_news(text), "جيف ديفيس").country == "USA"


def test_one_of_those_close_to_a_ministry_takes_no_country() -> None:
    doc = analyze_news("وقال جيف ديفيس، أحد المقربين من وزارة الدفاع الأميركية، إن الهجوم فشل.")
    assert _entity(doc, "جيف ديفيس").country is None


# ------------------------------------------------------------------------- «ضابط في الجيش المصري يدعى X»
def test_man_named_after_a_national_unit_takes_its_country() -> None:
    doc = analyze_news("وقال ضابط في الجيش المصري يدعى أحمد سمير إن الهجوم فشل.")
    assert _entity(doc, "أحمد سمير").country == "EGY"


def test_man_named_after_a_unit_he_only_trained_with_stays_open() -> None:
    doc = analyze_news("وقال رجل تدرب لدى الجيش المصري يدعى أحمد سمير إن الهجوم فشل.")
    assert _entity(doc, "أحمد سمير").country is None


def test_man_named_after_a_town_stays_open() -> None:
    doc = analyze_news("وأجرى محام في شيكاغو يدعى ديفيد هوفمان التحقيق في القضية.")
    assert _entity(doc, "ديفيد هوفمان").country is None

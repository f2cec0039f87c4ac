"""Entities in news constructions, round 53 (country and actor code missing where the text gives them): an office in
a body named by its bare head noun («X، وكيل الوزارة لشؤون ...») is in the body of that head noun named before; a
state body with a generic name («الهيئة العامة لـ...») is of the one state whose bodies its sentence names; a person
appointed «على وظيفة (...) بوزارة ...» is of that ministry's state; a rank between a country adjective and a name
(«المرجع العراقي آية الله X») does not hide the adjective; a party officer is of the country his party's name
names («الأمين العام لحزب نداء تونس»). Counter-cases: no body of the head noun named before, two states' bodies in
the sentence, an appointment a foreign ministry only welcomes, an envoy «لدى» a state, a country named after the
party's clause."""

from __future__ import annotations

from conftest import analyze_news, entity_named


def _code(text: str, name: str) -> tuple[str | None, str | None]:
    e = entity_named(analyze_news(text), name)
    return e.country, e.actor


# an office in a body named by its bare head noun

def test_an_under_secretary_of_the_ministry_named_before_is_of_its_state() -> None:
    text = ("وفرضت وزارة الخزانة البريطانية عقوبات على شركتين أمس. وقال جون سميث، وكيل الوزارة لشؤون الرقابة "
            "المالية، إن القرار نهائي.")
    assert _code(text, "جون سميث") == ("GBR", "GBRGOV")


def test_an_under_secretary_of_no_ministry_named_before_has_no_country() -> None:
    text = "وقال جون سميث، وكيل الوزارة لشؤون الرقابة المالية، إن القرار نهائي."
    assert _code(text, "جون سميث") == (None, None)


# a state body with a generic name

def test_a_general_authority_takes_the_government_of_its_sentence() -> None:
    text = "ووافق مجلس الوزراء الأردني على خفض الرسوم بناء على طلب من الهيئة العامة للنقل البري."
    assert _code(text, "الهيئة العامة للنقل البري") == ("JOR", "JORGOV")


def test_a_general_authority_between_two_governments_has_no_country() -> None:
    text = "واجتمع ممثلو الحكومة الأردنية والحكومة المصرية مع الهيئة العامة للنقل البري."
    assert _code(text, "الهيئة العامة للنقل البري") == (None, None)


# appointments

def test_a_person_appointed_to_a_post_in_a_ministry_is_of_its_state() -> None:
    text = "وقرر مجلس الوزراء السعودي تعيين خالد العتيبي على وظيفة (مدير عام الشؤون المالية) بوزارة المالية."
    assert _code(text, "خالد العتيبي") == ("SAU", "SAUGOV")


def test_an_appointment_a_foreign_ministry_welcomes_gives_no_country() -> None:
    text = "ورحب مصدر في وزارة الخارجية المصرية بتعيين خالد العتيبي مبعوثا للمنظمة."
    assert _code(text, "خالد العتيبي") == (None, None)


def test_an_appointment_to_no_post_in_a_body_gives_no_country() -> None:
    text = "وقالت مصادر إن مجلس الوزراء الأردني أقر تعيين خالد العتيبي ممثلا عن القطاع الخاص."
    assert _code(text, "خالد العتيبي") == (None, None)


# a rank between the adjective and the name

def test_a_religious_rank_after_a_country_adjective_keeps_the_country() -> None:
    text = "وقال المرجع العراقي آية الله حسن الموسوي إن الانتخابات ستجري في موعدها."
    assert _code(text, "حسن الموسوي")[0] == "IRQ"


def test_an_envoy_to_a_state_before_a_rank_is_not_of_it() -> None:
    text = "ووصل إلى الرباط المبعوث لدى المملكة المغربية الشيخ حسن الموسوي أمس."
    assert _code(text, "حسن الموسوي") == (None, None)


# a party named after its country

def test_a_party_officer_is_of_the_country_his_party_names() -> None:
    text = "وقال سامي الحداد، الأمين العام لحزب نداء تونس، إن الائتلاف متماسك."
    assert _code(text, "سامي الحداد")[0] == "TUN"


def test_a_country_after_the_party_clause_is_not_the_officer_s() -> None:
    text = "وقال سامي الحداد، الأمين العام لحزب العمال، إن الحكومة في تونس ضعيفة."
    assert _code(text, "سامي الحداد") == (None, None)

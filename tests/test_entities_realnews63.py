"""Entities, round 63: a one-word body the tagger read that is a definite relative adjective after a definite noun
(«اليسار «الراديكالي»», «مجلس الأمن القومي») names no body; a country's name without its article («في عراق ما
بعد الحرب») is that country; a canal named by a country («قناة بنما») lies in it; a party's leader («حزب الشعب
بزعامة X») and a movement's («الزعيم الجديد لـ«طالبان» X») are of its country, and so are his deputies
(«، ونائبيه Y وZ»); «الرئيس» and a past president's surname the lexicon lists («الرئيس السادات») is he; a surname
after a title goes to the one of that surname named with the same title before («الرئيس كيندي»), not the last
one named; a city's «أمين» and the name after him («وأمين عمان عقل بلتاجي،») is its mayor."""

from __future__ import annotations

from conftest import analyze_news, entity_named, entity_of_mention, names_of_type


def test_a_radical_left_names_no_body() -> None:
    doc = analyze_news("وانتقد بعض قادة اليسار «الراديكالي» في تونس الحكومة الجديدة.")
    assert "الراديكالي" not in names_of_type(doc, "ORGANIZATION")


def test_a_coordinated_club_stays_a_body() -> None:
    doc = analyze_news("وفاز الهلال بالبطولة والأهلي بالكأس هذا الموسم.")
    assert "الأهلي" in names_of_type(doc, "ORGANIZATION")


def test_iraq_without_its_article_is_iraq() -> None:
    doc = analyze_news("ويشكو السكان من التهميش في عراق ما بعد الحرب.")
    assert [(e.name, e.country) for e in doc.entities if e.type == "LOCATION"] == [("العراق", "IRQ")]


def test_iraq_named_both_ways_is_one_place() -> None:
    doc = analyze_news("وزار الوفد العراق أمس. وتحدث عن عراق ما بعد الحرب.")
    assert names_of_type(doc, "LOCATION") == ["العراق"]


def test_the_panama_canal_is_panamas() -> None:
    doc = analyze_news("وتعبر السفن التجارية قناة بنما في طريقها إلى آسيا.")
    assert entity_named(doc, "قناة بنما").country == "PAN"


def test_a_panama_channel_on_television_is_no_canal() -> None:
    doc = analyze_news("وعرضت قناة بنما 24 الفيلم أمس.")
    assert "قناة بنما" not in names_of_type(doc, "LOCATION")


def test_a_party_leader_is_of_the_partys_country() -> None:
    doc = analyze_news("وقالت مصادر في تونس إن قيادات المعارضة ومنها حزب الشعب بزعامة زهير المغزاوي، رفضت القرار. "
                       "وقال مسؤول إن تونس لن تقبل.")
    e = entity_named(doc, "زهير المغزاوي")
    assert (e.country, e.actor) == ("TUN", "TUNPTY")


def test_a_person_named_after_the_party_is_no_leader() -> None:
    doc = analyze_news("وقالت مصادر في تونس إن قيادات المعارضة ومنها حزب الشعب رفضت القرار، بحسب زهير المغزاوي. "
                       "وقال مسؤول إن تونس لن تقبل.")
    assert entity_named(doc, "زهير المغزاوي").country is None


def test_the_taliban_leader_and_his_deputies_are_afghan() -> None:
    doc = analyze_news("وبايع التنظيم الزعيم الجديد لـ«طالبان» الملا أختر محمد منصور، ونائبيه مولاي هيبة الله "
                       "أخوندزاده وسراج الدين حقاني.")
    assert [(e.name, e.actor) for e in doc.entities if e.type == "PERSON"] == [
        ("أختر محمد منصور", "AFGREB"), ("هيبة الله", "AFGREB"), ("سراج الدين حقاني", "AFGREB")]


def test_a_president_of_the_past_by_his_surname() -> None:
    doc = analyze_news("وافتتح الرئيس السادات القناة للمرة الثانية في عام 1975.")
    e = entity_named(doc, "السادات")
    assert (e.country, e.actor) == ("EGY", "EGYELI")


def test_a_minister_of_an_unknown_surname_gets_no_president() -> None:
    doc = analyze_news("وقال الوزير السادات إن القناة ستفتح قريبا.")
    assert entity_named(doc, "السادات").actor != "EGYELI"


def test_a_president_goes_to_the_one_titled_so_before() -> None:
    doc = analyze_news("واستخدم العصا الرئيس السابق جون كيندي. وقال كيري إن العصا تعود إلى السفير جوزيف كيندي في "
                       "إنجلترا. وبعد الحرب استخدم الرئيس كيندي هذه العصا.")
    assert entity_of_mention(doc, "كيندي").name == "جون كيندي"
    assert entity_named(doc, "جوزيف كيندي").roles == ["السفير"]


def test_a_surname_alone_goes_to_the_last_one_named() -> None:
    doc = analyze_news("وقال جون كيندي إن الحرب طويلة. وقال جوزيف كيندي إن السلام قريب. وأضاف كيندي أن الأمر صعب.")
    assert entity_of_mention(doc, "كيندي").name == "جوزيف كيندي"


def test_the_mayor_of_amman_after_his_title() -> None:
    doc = analyze_news("وكان في استقباله سفير الأردن لدى السعودية باسم عوض الله، وأمين عمان عقل بلتاجي، "
                       "ومحافظ العاصمة خالد أبو زيد.")
    e = entity_named(doc, "عقل بلتاجي")
    assert (e.roles, e.country) == (["أمين عمان"], "JOR")


def test_the_mayor_of_amman_with_a_common_word_after_names_no_one() -> None:
    doc = analyze_news("وقال أمين عمان الجديد إن المدينة ستتوسع.")
    assert names_of_type(doc, "PERSON") == []

"""Round en381: places the gazetteer lacked a country for (Guantánamo, Incirlik's spelling) and a person named as
one of a state body's staff (each with a counter-case)."""

from conftest import analyze_news, entity_named


def test_guantanamo_is_cuba() -> None:
    # world-cities labels the town «معتقل غوانتانامو» (the prison), which the build drops: the town's own form
    doc = analyze_news("ويعارض المحادثات عبد القيوم ذاكر، السجين السابق في غوانتانامو.")
    assert entity_named(doc, "غوانتانامو").country == "CUB"


def test_incirlik_spelling_in_turkey_context() -> None:
    doc = analyze_news("وقال مسؤول تركي إن أنقرة وافقت. وأوضح أن الطائرات الأميركية بدأت تأتي إلى قاعدة إنجيرليك، "
                       "وأنه خلال الأسبوع الحالي سوف تبدأ العمليات.")
    assert entity_named(doc, "إنجيرليك").country == "TUR"


def test_counter_incirlik_read_in_context_only() -> None:
    # a place of places_context.tsv takes its country only where the article names that country
    doc = analyze_news("وأوضح أن الطائرات الأميركية بدأت تأتي إلى قاعدة إنجيرليك، وأنه سوف تبدأ العمليات.")
    assert entity_named(doc, "إنجيرليك").country is None


SAUDI_LIST = ("وشارك في اللقاء من المملكة العربية السعودية الدكتورة منال سبحي من جامعة الطائف، "
              "والدكتور فهد القاشي من وزارة التعليم ، ورجال الأعمال عبدالقادر باعشن.")


def test_person_from_a_ministry_in_a_list() -> None:
    doc = analyze_news(SAUDI_LIST)
    assert entity_named(doc, "وزارة التعليم").country == "SAU"
    e = entity_named(doc, "فهد القاشي")
    assert (e.country, e.actor) == ("SAU", "SAUGOV")


def test_counter_asked_the_ministry() -> None:
    # «طلب X من وزارة ...»: the body goes on (what he asked of it), he is not its staff
    doc = analyze_news("وكانت المملكة العربية السعودية قد أعلنت. وطلب الدكتور فهد القاشي من وزارة التعليم السعودية "
                       "السماح للطلاب بالسفر.")
    assert entity_named(doc, "وزارة التعليم السعودية").country == "SAU"
    assert entity_named(doc, "فهد القاشي").country is None

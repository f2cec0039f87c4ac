"""Entities, round ents86: a party the gazetteer lists for several countries («حزب العدالة والتنمية»: Turkey's AKP,
Morocco's PJD) takes the country of the country adjective nearest to it in its sentence («الانتخابات التركية ...
حزب العدالة والتنمية», «حزب «العدالة والتنمية» المغربي»), not the country the article names most; a party the
gazetteer does not list keeps the article's country, whatever adjective stands nearer.
"""

from __future__ import annotations

from conftest import analyze_news, entity_named

_CYPRUS = ("استقبل الرئيس القبرصي وفدا في نيقوسيا. وأكد الرئيس القبرصي أن قبرص تريد السلام. وقالت الحكومة القبرصية إن "
           "قبرص تدعم الحوار. ")


def test_shared_party_takes_the_adjective_of_its_sentence() -> None:
    doc = analyze_news(_CYPRUS + "وسئل عن الانتخابات التركية التي خسر فيها حزب العدالة والتنمية الأغلبية.")
    e = entity_named(doc, "حزب العدالة والتنمية")
    assert e.country == "TUR" and e.actor == "TURPTY"


def test_shared_party_takes_the_adjective_after_it() -> None:
    doc = analyze_news(_CYPRUS + "ولا يشبه ذلك حزب «العدالة والتنمية» المغربي الذي يقود الحكومة.")
    assert entity_named(doc, "حزب العدالة والتنمية").country == "MAR"


def test_shared_party_without_an_adjective_keeps_the_article_country() -> None:
    doc = analyze_news("قال الرئيس التركي إن تركيا قوية. وأكدت تركيا دعمها للحوار. وزار وزير تركي أنقرة. "
                       "وعقد حزب العدالة والتنمية اجتماعا أمس.")
    assert entity_named(doc, "حزب العدالة والتنمية").country == "TUR"


def test_unlisted_party_keeps_the_article_country() -> None:
    doc = analyze_news("قالت الحكومة التونسية إن تونس آمنة. وأكد رئيس تونس ذلك. وزار وزير تونسي القصرين. "
                       "وانتقدت القاعدة العسكرية الأميركية أحزاب في تونس، مثل حزب الشعب بزعامة زهير المغزاوي.")
    e = entity_named(doc, "حزب الشعب")
    assert e.country != "USA"


# ------------------------------------------------------------------------------------------------ glossed brands
def test_bracketed_name_with_one_latin_word_is_no_person() -> None:
    doc = analyze_news("وقال الصحافي إن موقع (باز فيد–Buzzfeed) يستثمر كثيرا في الأخبار.")
    assert not any(e.type == "PERSON" and "فيد" in e.name for e in doc.entities)


def test_bracketed_person_with_latin_full_name_stays_a_person() -> None:
    doc = analyze_news("وقال الصحافي (جون سميث - John Smith) إن الموقع يستثمر كثيرا في الأخبار.")
    assert entity_named(doc, "جون سميث").type == "PERSON"


# ------------------------------------------------------------------------------------------------ universities
def test_university_and_its_town_are_one_body_of_the_town_country() -> None:
    doc = analyze_news("وتحدثت الدكتورة منى علي من جامعة الطائف عن الأزمة.")
    e = entity_named(doc, "جامعة الطائف")
    assert e.type == "ORGANIZATION" and e.country == "SAU" and e.actor == "SAUEDU"
    assert not any(x.type == "LOCATION" and x.name == "الطائف" for x in doc.entities)


def test_exchange_stays_a_business() -> None:
    doc = analyze_news("وارتفع المؤشر في بورصة طهران أمس.")
    assert entity_named(doc, "بورصة طهران").actor == "IRNBUS"


def test_university_before_no_place_is_no_university_of_a_place() -> None:
    doc = analyze_news("وقال الأمين العام لجامعة الدول العربية إن الوضع خطير.")
    assert not any(e.actor and e.actor.endswith("EDU") for e in doc.entities)

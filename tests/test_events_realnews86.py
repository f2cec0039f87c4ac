"""Round 86 of real news: a country named only by its adjective or its people is the one who acts. A noun act of a
state with a country adjective of its own («الغارات الجوية التركية», «بالاقتحام العراقي», «دعوة أميركية»), a masdar
whose agent genitive is a people's plural («سيطرة العراقيين على»), talks with two country adjectives, and the party
a deadline is given to («أمام X حتى ... لقبول»). Each with a counter-case: the adjective of a target or a place, a
victim, a country the article does not name, talks among one people: a null is better than a wrong party."""

from __future__ import annotations

from conftest import news_arg, news_event

TURKEY = "وتتهم تركيا حزب العمال الكردستاني بالإرهاب منذ سنوات. "
IRAQ = "وكان العراق قد اجتاح الكويت صيف 1990. "
SYRIA = "وتطالب سوريا بخروج القوات الأجنبية. "
USA_IRAN = "وتقترب الولايات المتحدة وإيران من تسوية. "


def test_airstrikes_with_a_country_adjective_are_that_countrys() -> None:
    text = TURKEY + "وقتل عشرات المسلحين بعد أيام من الغارات الجوية التركية على معسكرات للحزب في الجبال."
    assert news_arg(text, "الغارات", "source") == "تركيا"


def test_a_storming_noun_with_a_country_adjective_is_that_countrys() -> None:
    text = IRAQ + "وقد شجبت الجامعة العربية يومها بالاقتحام العراقي، وطالبت بالانسحاب."
    assert news_arg(text, "بالاقتحام", "source") == "العراق"


def test_a_call_with_a_country_adjective_is_that_countrys() -> None:
    text = "وتتهم الولايات المتحدة الصين بالتوسع. ورحبت دول المنطقة بدعوة أميركية لوقف أعمال البناء في الجزر."
    assert news_arg(text, "بدعوة", "source") == "الولايات المتحدة"


def test_a_verb_form_after_a_preposition_is_a_noun_with_its_adjective() -> None:
    text = TURKEY + "وأشار المسؤول إلى وعد تركي للحكومة المؤقتة بدعم مشاريعها."
    assert news_arg(text, "وعد", "source") == "تركيا"


def test_a_masdar_whose_agent_is_a_people_is_its_country() -> None:
    text = IRAQ + "وروى المذيع أنه بعد سيطرة العراقيين على مبنى الإذاعة توقف البث."
    assert news_arg(text, "سيطرة", "source") == "العراق"


def test_talks_with_two_country_adjectives_are_between_them() -> None:
    text = USA_IRAN + "وقال دبلوماسي إن المحادثات الأمريكية الإيرانية تستأنف الأسبوع المقبل في جنيف."
    assert news_arg(text, "المحادثات", "source") == "الولايات المتحدة"
    assert news_arg(text, "المحادثات", "target") == "إيران"


def test_a_deadline_given_to_a_body_makes_it_the_doer() -> None:
    text = "وناقش الكونغرس الاتفاق أمس. وأمام الكونغرس حتى 20 سبتمبر المقبل لقبول أو رفض الاتفاق مع إيران."
    assert news_arg(text, "رفض", "source") == "الكونغرس"


# counter-cases


def test_a_country_the_article_does_not_name_is_no_source() -> None:
    doc, ev = news_event("وقال مسؤول محلي إن الغارات الجوية التركية على معسكرات المتمردين مستمرة.", "الغارات الجوية")
    assert ev.source is None


def test_the_adjective_of_the_target_is_no_source() -> None:
    text = TURKEY + "وقال مسؤول إن القصف المدفعي على المواقع التركية قرب الحدود تواصل ليلا."
    assert news_arg(text, "القصف", "source") != "تركيا"


def test_the_adjective_of_a_place_is_no_source() -> None:
    text = SYRIA + "وقال مراقبون إن الغارات على الأراضي السورية تضاعفت هذا الشهر."
    assert news_arg(text, "الغارات", "source") != "سوريا"


def test_a_country_word_after_a_killing_is_the_victim() -> None:
    text = "وتقيم الولايات المتحدة علاقات وثيقة مع العراق. وأعلنت الشرطة مقتل أمريكي في انفجار ببغداد."
    assert news_arg(text, "مقتل", "source") != "الولايات المتحدة"


def test_a_people_killed_is_no_source() -> None:
    text = IRAQ + "وقالت المنظمة إن مقتل العراقيين في القصف مأساة إنسانية."
    assert news_arg(text, "مقتل", "source") != "العراق"


def test_talks_with_one_country_adjective_are_among_its_people() -> None:
    text = "وتعاني ليبيا من الانقسام. وتواصلت المشاورات الليبية في العاصمة الجزائرية أمس."
    assert news_arg(text, "المشاورات", "source") != "ليبيا"


def test_a_verb_with_a_country_word_as_subject_is_not_read_as_an_adjective() -> None:
    text = TURKEY + "واستنكر التركي هذه التصريحات في مؤتمر صحافي."
    assert news_arg(text, "واستنكر", "source") != "تركيا"


def test_speaking_before_a_body_gives_it_no_deadline() -> None:
    text = "وقال أوباما أمام الكونغرس إنه يرفض تعديل الاتفاق حتى الآن."
    assert news_arg(text, "يرفض", "source") != "الكونغرس"


def test_the_adjective_of_a_genitive_noun_is_no_source() -> None:
    text = SYRIA + "وتحدث مراقبون عن قصف المناطق السورية الحدودية طوال الليل."
    assert news_arg(text, "قصف", "source") != "سوريا"


def test_a_shelling_with_its_own_country_adjective_after_a_preposition_is_that_countrys() -> None:
    text = SYRIA + "وتحدث مراقبون عن قصف سوري للمناطق الحدودية طوال الليل."
    assert news_arg(text, "قصف", "source") == "سوريا"

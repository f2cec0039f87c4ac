"""Round 91 of real news: targets left empty that the sentence or the article names. A disapproval is aimed at the
doer of the act or conduct it disapproves of («القصف التركي», «تجاهل الاتحاد الأوروبي», «التصريحات التي صدرت عن
فلان»); a bare head noun («المدينة», «الحزب») is the name that head last named; «خلال اللقاء» far after the article's one
meeting pair is that pair's. Each with a counter-case: a null is better than a wrong party."""

from __future__ import annotations

from conftest import news_arg

TURKEY = "وقالت تركيا إن الحزب مسؤول عن الهجمات. "
USA = "وتحدث الوزير عن الولايات المتحدة. "
# filler that tells no event, to put a meeting noun far (over a thousand characters) from the meeting it tells
FILLER = "وتناولت الصحف المحلية الخبر باهتمام كبير في صفحاتها الأولى صباح اليوم. " * 16
MET = "التقى وزير الخارجية عادل الجبير نظيره الروسي سيرغي لافروف في الدوحة أمس. "
DURING = "وقال الوزير إنه جرى خلال اللقاء بحث الوضع في اليمن."


def test_condemning_a_countrys_shelling_is_aimed_at_the_country() -> None:
    text = TURKEY + "ودانت الجامعة العربية أمس القصف التركي في شمال العراق."
    assert news_arg(text, "ودانت", "target") == "تركيا"


def test_a_country_adjective_the_article_does_not_name_is_no_target() -> None:
    text = "ودانت الجامعة العربية أمس القصف التركي في شمال العراق."
    assert news_arg(text, "ودانت", "target") != "تركيا"


def test_condemned_statements_are_aimed_at_who_issued_them() -> None:
    text = "أدانت منظمة العفو الدولية، التصريحات الطائفية التي صدرت عن نائب الرئيس العراقي نوري المالكي."
    assert news_arg(text, "أدانت", "target") == "نوري المالكي"


def test_the_conduct_of_a_named_body_past_an_unnamed_subject() -> None:
    text = "أدانت ثلاث منظمات حقوقية دولية تجاهل الاتحاد الأوروبي لحالات الإعدام في إيران."
    assert news_arg(text, "أدانت", "target") == "الاتحاد الأوروبي"


def test_a_project_of_a_country_adjective_is_that_countrys() -> None:
    text = USA + "وانتقد الوزير الروسي سيرغي لافروف المشروع الأميركي في سوريا."
    assert news_arg(text, "وانتقد", "target") == "الولايات المتحدة"


def test_criticising_a_policy_of_ones_own_country_names_no_target() -> None:
    text = USA + "وانتقد الرئيس الأميركي باراك أوباما السياسة الأميركية في المنطقة."
    assert news_arg(text, "وانتقد", "target") != "الولايات المتحدة"


def test_the_city_is_the_town_named_with_that_head() -> None:
    text = "وقصفت القوات اليمنية مواقع في مدينة عدن جنوب اليمن وحاصرت المدينة."
    assert news_arg(text, "وحاصرت", "target") == "عدن"


def test_a_nearer_town_named_without_the_head_leaves_the_city_open() -> None:
    text = "وسيطر التنظيم على مدينة حمص. وقصفت الطائرات مواقع في حلب وحاصرت المدينة."
    assert news_arg(text, "وحاصرت", "target") != "حمص"


def test_the_party_is_the_party_named_before() -> None:
    text = "وهاجم حزب العمال الكردستاني مخفرا في الجنوب. وشنت تركيا غارات على الحزب في شمال العراق."
    assert news_arg(text, "غارات", "target") == "حزب العمال الكردستاني"


def test_the_party_is_none_where_another_body_stands_nearer() -> None:
    text = ("وهاجم حزب العمال الكردستاني مخفرا في الجنوب. وقالت الحكومة التركية إن الهجوم مدان. "
            "وشنت تركيا غارات على الحزب في شمال العراق.")
    assert news_arg(text, "غارات", "target") != "حزب العمال الكردستاني"


def test_the_meeting_far_after_the_articles_one_meeting_pair() -> None:
    text = MET + FILLER + DURING
    assert news_arg(text, "اللقاء", "source") == "عادل الجبير"
    assert news_arg(text, "اللقاء", "target") == "سيرغي لافروف"


def test_the_meeting_far_after_two_meeting_pairs_names_no_party() -> None:
    text = MET + "ثم التقى الجبير وزير الخارجية الأمريكي جون كيري في المساء. " + FILLER + DURING
    assert news_arg(text, "اللقاء", "target") == ""

"""Round 82 of real news: targets named but not attached, and targets taken from the wrong phrase. A people's plural
or a head noun with a country adjective after «مع» (talks) or «ضد» (any act) stands for the country the article
names; «زيارته الأولى لها» visits the feminine country named just before; «اللقاء الذي جمع X مع Y» has X as source
and Y as target; the body in the agent's own title («مبعوث الأمم المتحدة») and the object of a charge past «على X
بتهمة» are no target. Each with a counter-case: a null is better than a wrong party."""

from __future__ import annotations

from conftest import news_arg

ISRAEL = "وتقيم إسرائيل علاقات مع عدة دول. "
TURKEY = "وقالت الجمهورية التركية إن الحزب مسؤول. "


def test_talks_with_a_people_are_with_its_country() -> None:
    text = ISRAEL + "وقال دبلوماسي غربي إن بلاده تجري مفاوضات مطولة مع الإسرائيليين بشأن الملف."
    assert news_arg(text, "مفاوضات", "target") == "إسرائيل"


def test_a_people_the_article_does_not_name_as_a_country_is_no_target() -> None:
    text = "وقال دبلوماسي غربي إن بلاده تجري مفاوضات مطولة مع الإسرائيليين بشأن الملف."
    assert news_arg(text, "مفاوضات", "target") != "إسرائيل"


def test_officials_with_a_country_adjective_stand_for_it_in_talks() -> None:
    text = "وصل وزير الخارجية الفرنسي إلى مصر، حيث بحث مع المسؤولين المصريين قضايا الحدود."
    assert news_arg(text, "بحث", "target") == "مصر"


def test_attacks_against_a_people_are_against_its_country() -> None:
    text = TURKEY + "وواصل حزب العمال الكردستاني هجماته «الدامية» ضد المواطنين الأتراك في الجنوب."
    assert news_arg(text, "هجماته", "target") == "الجمهورية التركية"


def test_with_a_people_is_no_target_outside_talks() -> None:
    text = ISRAEL + "وقال الوزير إن الاشتباكات مع الإسرائيليين لن تتوقف قريبا."
    assert news_arg(text, "الاشتباكات", "target") != "إسرائيل"


def test_her_after_a_visit_is_the_feminine_country_named_before() -> None:
    text = "وقال الكاتب محمود علي إنه أحب فرنسا منذ زيارته الأولى لها في شبابه."
    assert news_arg(text, "زيارته", "target") == "فرنسا"


def test_her_after_a_visit_is_no_masculine_country() -> None:
    text = "وقال الكاتب محمود علي إنه أحب العراق منذ زيارته الأولى لها في شبابه."
    assert news_arg(text, "زيارته", "target") != "العراق"


def test_the_meeting_that_gathered_x_with_y_is_x_with_y() -> None:
    text = "وتناول اللقاء الذي جمع وزير الخارجية الأمريكي جون كيري مع نظيره الروسي سيرغي لافروف الأزمة السورية."
    assert news_arg(text, "اللقاء", "source") == "جون كيري"
    assert news_arg(text, "اللقاء", "target") == "سيرغي لافروف"


def test_a_town_named_first_after_gathered_is_no_side() -> None:
    text = "وتناول اللقاء الذي جمع في الدوحة الوزير جون كيري مع نظيره الروسي سيرغي لافروف الأزمة السورية."
    assert news_arg(text, "اللقاء", "source") != "الدوحة"


def test_the_body_of_the_agents_own_title_is_no_target() -> None:
    text = "وجدد مبعوث الأمم المتحدة إلى ليبيا برناردينو ليون أمس دعوته لوقف إطلاق النار في البلاد."
    assert news_arg(text, "دعوته", "target") != "الأمم المتحدة"


def test_a_body_named_after_the_call_stays_its_target() -> None:
    text = "وجدد مبعوث الأمم المتحدة إلى ليبيا برناردينو ليون دعوته الأمم المتحدة إلى دعم الحوار."
    assert news_arg(text, "دعوته", "target") == "الأمم المتحدة"


def test_the_object_of_a_charge_past_ala_is_no_target() -> None:
    text = "وفرضت وزارة الخزانة الأمريكية عقوبات على رجلين بتهمة تمويل جبهة النصرة في سوريا."
    assert news_arg(text, "وفرضت", "target") != "جبهة النصرة"


def test_sanctions_on_a_named_body_keep_it_as_target() -> None:
    text = "وفرضت وزارة الخزانة الأمريكية عقوبات على جبهة النصرة في سوريا."
    assert news_arg(text, "وفرضت", "target") == "جبهة النصرة"


def test_the_object_of_the_verb_of_a_criticism_noun_is_its_target() -> None:
    text = "ومن جهة أخرى، تطارد انتقادات المعارضين جون كيري بسبب الاتفاق."
    assert news_arg(text, "انتقادات", "target") == "جون كيري"


def test_a_name_after_a_preposition_is_no_object_of_the_verb() -> None:
    text = "ومن جهة أخرى، تطارد انتقادات المعارضين بجون كيري بسبب الاتفاق."
    assert news_arg(text, "انتقادات", "target") != "جون كيري"

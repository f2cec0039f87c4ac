"""Round 54 of real news: places and dates. A place after a compass word («في شمال العراق», «بشمال سوريا») is where
the act was; an act that opens the next sentence of the same scene («وصل ... إلى عدن. والتقى», «تظاهر ... في كربلاء.
وهتف») takes its place, never across a paragraph or for a statement; a place in what was said («حث ... على الاستفادة
من الفرص في مصر») is no place of the saying; a visit is where it goes («خلال زيارته لقطر ... في سوريا»). A day to come
said after a past verb is of the act planned in its complement, and a short range of days dates by its first day."""

from __future__ import annotations

from conftest import news_date as _date, news_place as _place


def test_a_place_after_a_compass_word_is_where_the_act_was() -> None:
    assert _place("وقصفت المقاتلات التركية مواقع لحزب العمال الكردستاني في شمال العراق.", "وقصفت") == "العراق"
    assert _place("وشنت الطائرات غارات على مواقع التنظيم بشمال سوريا.", "غارات") == "سوريا"
    assert _place("وقصفت الطائرات مواقع المسلحين في جنوب شرق تركيا.", "وقصفت") == "تركيا"
    # the compass phrase places the place before it, which tells more; a region said in another clause is not it
    assert _place("وفي محافظة السليمانية في شمال العراق، تظاهر عشرات الأكراد مساء السبت.", "تظاهر") == "السليمانية"
    assert _place("وأعلن الوزير أن بلاده ستحارب التنظيم في شمال سوريا، خلال لقاء مع نظيره في ماليزيا.",
                  "لقاء") == "ماليزيا"
    # a compass phrase fronted before its comma still says where
    assert _place("وفي مديرية شمير في شمال غربي تعز، تمكنت المقاومة من قتل أربعة مسلحين.", "قتل") == "تعز"
    # a place named with «من» after the compass word is where one came from
    assert _place("وشن المسلحون هجوما انطلاقا من شمال العراق.", "هجوما") is None


def test_an_act_going_on_with_the_scene_takes_its_place() -> None:
    visit = "وصل وزير الخارجية إلى عدن أمس. والتقى الوزير بالرئيس اليمني."
    assert _place(visit, "والتقى") == "عدن"
    protest = "تظاهر المئات في كربلاء احتجاجا على انقطاع الكهرباء. وهتف المتظاهرون بشعارات ضد الحكومة."
    assert _place(protest, "وهتف") == "كربلاء"
    # not across a paragraph, not for a statement, not when the sentence names its own place
    assert _place(protest.replace(". ", ".\n\n"), "وهتف") is None
    assert _place("قصفت الطائرات مواقع المسلحين في حلب. وأعلن الجيش مقتل قائد كبير.", "وأعلن") is None
    own = "وصل وزير الخارجية إلى عدن أمس. والتقى الوزير في الرياض بالرئيس اليمني."
    assert _place(own, "والتقى") == "الرياض"
    # an act told further on in its sentence is no continuation of the scene
    later = "وصل وزير الخارجية إلى عدن أمس. وقال مسؤولون إن الوزير التقى بالرئيس اليمني."
    assert _place(later, "التقى") is None


def test_a_place_in_what_was_said_is_no_place_of_the_saying() -> None:
    assert _place("وحث الوزير الجانب الأميركي على الاستفادة من الفرص الاقتصادية في مصر.", "وحث") is None
    assert _place("وحث الوزير في القاهرة الجانب الأميركي على الاستفادة من الفرص.", "وحث") == "القاهرة"
    # the speaker's title and a partner met stand before the place of the saying
    assert _place("وأكد الوزير خلال لقائه بنظيره في الرياض أهمية التعاون.", "وأكد") == "الرياض"


def test_a_visit_is_where_it_goes() -> None:
    text = "وبحث الرئيس التركي خلال زيارته لقطر الأوضاع الإنسانية للاجئين في سوريا."
    assert _place(text, "زيارته") == "قطر"


def test_a_day_to_come_after_a_past_verb_is_of_the_planned_act() -> None:
    text = "وأعلنت الأمم المتحدة عن اتفاق الطرفين على عقد جولة جديدة من المحادثات في 20 أغسطس."
    assert _date(text, "وأعلنت") == "2015-08-02"
    assert _date(text, "جولة") == "2015-08-20"
    # a day to come after a verb to come, or past no complement, is its own
    assert _date("وسيزور الوزير في نهاية جولته من 6 إلى 8 أغسطس فيتنام.", "وسيزور") == "2015-08-06"
    assert _date("ويتعين على المجلس إقرار أو رفض الاتفاق وسيكون أمامه مهلة إلى 17 سبتمبر المقبل.",
                 "رفض") == "2015-09-17"
    # a past day after the verb dates it
    assert _date("وأعلنت الأمم المتحدة عن اتفاق الطرفين في 20 يوليو.", "وأعلنت") == "2015-07-20"


def test_a_short_range_of_days_dates_by_its_first_day() -> None:
    assert _date("وعقد الوزراء اجتماعا بين 12 و13 يوليو في جدة.", "اجتماعا") == "2015-07-12"
    assert _date("وشهدت المدينة مظاهرات من 3 إلى 25 يوليو.", "مظاهرات") == "2015-07"

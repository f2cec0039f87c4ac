"""Round ev841: a place anaphor after an act of force with no place («بالمحافظة», «في المدينة») takes the last place of
its kind named before it (events.kind_anaphors.kind_anaphor_places). Hand-made sentences, each with counter-cases."""

from __future__ import annotations

from conftest import news_place


def test_governorate_anaphor_takes_the_governorate_named_before() -> None:
    text = ("وصلت تعزيزات عسكرية إلى محافظة أبين جنوب اليمن. وتحسبا لهجوم مرتقب، نفذت طائرات التحالف غارات "
            "مكثفة على مواقع الحوثيين بالمحافظة.")
    assert news_place(text, "غارات") == "أبين"


def test_governorate_by_its_gazetteer_kind() -> None:
    # «حضرموت» named bare: a region of Yemen in the gazetteer
    text = "تتواصل المواجهات في حضرموت منذ أيام. وشنت الطائرات غارات على مواقع المسلحين في المحافظة."
    assert news_place(text, "غارات") == "حضرموت"


def test_two_governorates_named_before_the_last_one() -> None:
    text = ("وانسحب المسلحون من محافظة لحج نحو محافظة أبين. وشنت الطائرات غارات مكثفة على مواقعهم "
            "بالمحافظة.")
    assert news_place(text, "غارات") == "أبين"


def test_route_is_not_the_scene() -> None:
    # «عبر محافظة البيضاء»: the way the support came, not where the strikes fell
    text = ("تدور المواجهات في أبين منذ أيام. وتلقى اللواء دعما كبيرا عبر محافظة البيضاء، في حين نفذت طائرات "
            "التحالف غارات على مواقع الحوثيين بالمحافظة.")
    assert news_place(text, "غارات") == "أبين"


def test_town_named_with_its_word_in_the_sentence_wins() -> None:
    # «التابعة لمحافظة حجة»: the province of the town, named after it; «المدينة» is حرض
    text = ("شهدت مدينة حرض التابعة لمحافظة حجة قصفا عنيفا، حيث نفذت الطائرات الحربية سلسلة غارات جوية على "
            "المدينة.")
    assert news_place(text, "غارات جوية") == "حرض"


def test_city_anaphor_takes_the_last_city() -> None:
    text = ("وصلت أسلحة إلى المقاومة من عدن. وتسيطر المقاومة على معظم أحياء تعز. وواصلت الميليشيات قصفها "
            "للأحياء السكنية بالمدينة.")
    assert news_place(text, "قصفها") == "تعز"


def test_counter_no_governorate_named() -> None:
    # only a country and a town named before: «المحافظة» has nothing to take
    text = "وصلت تعزيزات عسكرية إلى اليمن. وشنت الطائرات غارات على مواقع الحوثيين بالمحافظة."
    assert news_place(text, "غارات") is None


def test_counter_region_of_no_country() -> None:
    # «الخليج» is a region of no country: not a governorate
    text = "تتصاعد التوترات في الخليج. وشنت الطائرات غارات على مواقع المسلحين بالمحافظة."
    assert news_place(text, "غارات") is None


def test_counter_verbal_noun_preserving() -> None:
    # «بالمحافظة على»: preserving, no place
    text = ("تدور المواجهات في محافظة أبين منذ أيام. وقالت مصادر إن القوات شنت هجوما على المسلحين بالمحافظة.")
    assert news_place(text, "هجوما") == "أبين"
    text = ("تدور المواجهات في محافظة أبين منذ أيام. وقالت مصادر إن القوات شنت هجوما على المسلحين بالمحافظة على "
            "الأمن.")
    assert news_place(text, "هجوما") is None


def test_counter_a_definite_adjective_after_the_word() -> None:
    text = "تدور المواجهات في تعز منذ أيام. وقالت مصادر إن الميليشيات شنت هجوما على المسلحين في المدينة."
    assert news_place(text, "هجوما") == "تعز"
    # «المدينة القديمة»: a part of the town or another one
    text = "تدور المواجهات في تعز منذ أيام. وقالت مصادر إن الميليشيات شنت هجوما على المسلحين في المدينة القديمة."
    assert news_place(text, "هجوما") is None


def test_counter_no_force_act() -> None:
    # a meeting is no act of force: left alone
    text = "تدور المواجهات في محافظة أبين منذ أيام. وقالت مصادر إن الوزير عقد اجتماعا مع المسؤولين بالمحافظة."
    assert news_place(text, "اجتماعا") is None


def test_counter_governorate_word_does_not_take_a_town() -> None:
    # «المدينة» for a province named after «محافظة» only (no town kind): nothing
    text = "تدور المواجهات في محافظة أبين منذ أيام. وقالت مصادر إن القوات شنت هجوما على المسلحين في المدينة."
    assert news_place(text, "هجوما") is None

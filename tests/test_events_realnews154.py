"""Round 154 of real news: a town named as where an act is told is no target (events/locative_targets.py); a person
told again by the last word of the name alone is the source (events/surname_sources.py); «متشددو» a named group is
that group (function words ``named_doer_heads``). Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import named_role, news_arg, news_event, news_place


def test_meeting_in_a_capital_named_as_a_place_has_no_target() -> None:
    text = "وقال مسؤول إن كيري ولافروف سيبحثان ملفات عدة في اجتماع بالعاصمة الماليزية كوالالمبور."
    # round 197: the two subjects named together meet each other (events/paired.py); the town is never the target
    assert news_arg(text, "اجتماع", "target") == "لافروف"
    assert news_place(text, "اجتماع") == "كوالالمبور"


def test_accusation_by_someone_in_a_city_has_no_city_target() -> None:
    text = "واتهم ممثل المرشد في مدينة مشهد وزير الخارجية الفرنسي بالوقوف وراء التفجيرات."
    doc, ev = news_event(text, "واتهم")
    assert ev.target is None


def test_condemnation_of_a_crime_in_a_village_of_a_town_has_no_town_target() -> None:
    text = "وجدد المجلس إدانة السعودية للجريمة التي نفذها مستوطنون في قرية دوما بمدينة نابلس."
    assert news_arg(text, "إدانة") == "السعودية"
    doc, ev = news_event(text, "إدانة")
    assert ev.target is None


def test_attack_on_a_city_keeps_the_city_as_target() -> None:
    text = "وشنت الطائرات غارات على مدينة الرمادي."
    assert news_arg(text, "غارات", "target") == "الرمادي"


def test_bare_last_name_is_the_person_named_before() -> None:
    text = "وأصدر عبدالله التركي الأمين العام للرابطة بيانا أمس. واستنكر التركي هذه التصريحات."
    assert news_arg(text, "واستنكر") == "عبدالله التركي"


def test_bare_last_name_with_no_person_named_stays_null() -> None:
    doc, ev = news_event("واستنكر التركي هذه التصريحات.", "واستنكر")
    assert ev.source is None


def test_militants_of_a_named_group_are_the_group() -> None:
    text = "ونظم الحزب مظاهرات لدعم أكراد سوريا الذين يهددهم متشددو تنظيم داعش."
    assert news_arg(text, "يهددهم") == "تنظيم داعش"


def test_militants_with_no_group_named_stay_null() -> None:
    doc, ev = news_event("ونظم الحزب مظاهرات لدعم أكراد سوريا الذين يهددهم متشددون مجهولون.", "يهددهم")
    assert named_role(doc, ev.source) is None  # (a GROUP of the phrase at most)


def test_bare_kingdom_is_the_one_kingdom_named() -> None:
    text = "وطالبت السعودية بتعويض الخسائر. وكانت الحقول مغلقة منذ أكتوبر حسبما أعلنت المملكة."
    assert news_arg(text, "أعلنت") == "السعودية"


def test_bare_kingdom_with_two_kingdoms_named_stays_null() -> None:
    text = "ووقعت السعودية والأردن اتفاقا. وكانت الحقول مغلقة منذ أكتوبر حسبما أعلنت المملكة."
    doc, ev = news_event(text, "أعلنت")
    assert ev.source is None


def test_bare_resistance_is_the_resistance_named_in_its_sentence() -> None:
    text = "وقال المتحدث باسم المقاومة الشعبية الجنوبية إن المقاومة قتلت 13 من المسلحين."
    assert news_arg(text, "قتلت") == "المقاومة الشعبية الجنوبية"


def test_bare_resistance_with_no_resistance_named_stays_null() -> None:
    doc, ev = news_event("وقال المتحدث باسم الجيش إن المقاومة قتلت 13 من المسلحين.", "قتلت")
    assert named_role(doc, ev.source) is None  # (a GROUP of the phrase at most)


def test_name_after_a_bare_verb_of_a_relative_clause_is_its_object() -> None:
    text = "وقالت جماعة الفرقة 30، التي تتهم جبهة النصرة أيضا بخطف قائدها، إن مقرها تعرض لهجوم."
    assert news_arg(text, "تتهم", "target") == "جبهة النصرة"
    assert news_arg(text, "تتهم") == "الفرقة 30"


def test_name_after_a_verb_with_its_object_pronoun_stays_the_subject() -> None:
    text = "ودعم الحزب المقاتلين الأكراد الذين تتهمهم الحكومة التركية بالتحالف مع المتمردين."
    assert news_arg(text, "تتهمهم") == "الحكومة التركية"


def test_forces_of_a_bare_coalition_are_the_coalition_named_before() -> None:
    text = "وشن التحالف العربي غارات على صنعاء. وفي المخا قصفت قوات التحالف مقر اللواء."
    assert news_arg(text, "قصفت") == "التحالف العربي"


def test_forces_of_a_bare_coalition_with_none_named_stay_null() -> None:
    doc, ev = news_event("وفي المخا قصفت قوات التحالف مقر اللواء.", "قصفت")
    assert named_role(doc, ev.source) is None  # (a GROUP of the phrase at most)

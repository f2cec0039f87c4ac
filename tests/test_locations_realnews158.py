"""Round 158: a place after the trigger past «، و» + the noun of another act is that act's (events/where_conjunct.py).
Hand-made sentences (paraphrases), each with a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_place_of_a_later_attack_is_not_the_first() -> None:
    text = ("وقال المسؤول إن التعاون الأمني ضروري بعد الهجمات على المتحف الوطني، والهجوم على فندق سياحي في مدينة "
            "سوسة.")
    assert news_place(text, "الهجمات") is None


def test_place_of_a_later_appeal_is_not_the_condemnation() -> None:
    text = ("وقال الوزير إن أفضل سبيل هو العودة إلى الحوار، وإدانة الأعمال العسكرية للمتمردين، وحث جميع الأطراف في "
            "اليمن على التهدئة.")
    assert news_place(text, "وإدانة") is None


def test_acts_listed_without_a_comma_share_the_place() -> None:
    # counter-case: no comma, one scene: the place after the last act is the first act's too
    text = "وأعلنت الشرطة عن قتل خمسة مسلحين واعتقال آخرين في مدينة الموصل أمس."
    assert news_place(text, "قتل") == "الموصل"


def test_place_past_a_comma_without_another_act_is_kept() -> None:
    # counter-case: «، و» + a name (no act) does not cut the place off
    text = "وشنت الطائرات غارات على مواقع المسلحين، وعناصرهم في محافظة دير الزور."
    assert news_place(text, "غارات") == "دير الزور"


def test_verb_of_the_same_kind_goes_on_with_the_scene() -> None:
    # counter-case: «، وقصفت» is one more strike of the same raid, so its place is the raid's too
    text = "وشنت الطائرات غارات على مواقع المسلحين، وقصفت مقراتهم في محافظة دير الزور."
    assert news_place(text, "غارات") == "دير الزور"


def test_town_after_an_attack_noun_is_where_the_attacks_were() -> None:
    text = ("وأقام رئيس الجماعة المتهمة بالمسؤولية عن اعتداءات مومباي الدامية، الأسبوع الماضي صلاة أمام أنصاره "
            "في مدينة لاهور.")
    assert news_place(text, "اعتداءات") == "مومباي"


def test_country_after_an_attack_noun_is_the_attacker() -> None:
    # counter-case: a state after the attack noun is who attacks, not where
    text = "وتصاعدت غارات روسيا على مواقع المعارضة."
    assert news_place(text, "غارات") != "روسيا"


def test_europe_in_the_osce_name_is_no_place() -> None:
    # «في أوروبا» is part of the organisation's name (gazetteer/orgs.tsv), not where it announced
    text = "وأعلنت منظمة الأمن والتعاون في أوروبا أمس أن أربع سيارات تابعة لها أحرقت في مدينة دونيتسك."
    assert news_place(text, "وأعلنت") is None


def test_place_after_the_osce_name_is_kept() -> None:
    # counter-case: a place said after the whole name is still where it announced
    text = "وأعلنت منظمة الأمن والتعاون في أوروبا في فيينا أمس أنها سترسل مراقبين."
    assert news_place(text, "وأعلنت") == "فيينا"


def test_place_taken_is_where_the_control_was() -> None:
    text = ("ومنذ سيطرة التنظيم على درنة في الشرق الليبي، وتمدده إلى وسط البلاد في سرت، تشدد السلطات الرقابة على "
            "الحدود.")
    assert news_place(text, "سيطرة") == "درنة"


def test_attack_on_people_keeps_the_place_after() -> None:
    # counter-case: the target is no place, so the place said after it is where the attack was
    text = "وشن المسلحون هجوما على دورية للجيش في مدينة العريش أمس."
    assert news_place(text, "هجوما") == "العريش"


def test_place_of_the_circumstances_is_not_the_meeting() -> None:
    text = ("وقال الوزير إن اجتماعنا هذا يعقد في ظل ظروف استثنائية تواجهها مناطق كثيرة وبخاصة منطقة الشرق الأوسط.")
    assert news_place(text, "اجتماعنا") is None


def test_place_after_the_circumstances_past_a_comma_is_kept() -> None:
    # counter-case: the «في ظل» phrase ends at the comma; the venue after it is the meeting's
    text = "وعقد الوزراء اجتماعا في ظل ظروف صعبة، في العاصمة الرياض أمس."
    assert news_place(text, "اجتماعا") == "الرياض"


def test_place_before_a_verb_with_a_demonstrative_subject() -> None:
    # «، وحدث ذلك» opens a clause of its own: the place of the recruiting is not the raid's
    text = ("وقال الادعاء إن المتهم جند شبانا للقتال في سوريا، وحدث ذلك في نواد رياضية، وجرى اعتقاله خلال عملية "
            "مداهمة نفذتها الشرطة.")
    assert news_place(text, "مداهمة") is None


def test_place_before_a_verb_with_an_object_is_kept() -> None:
    # counter-case: «، ووجهت إنذارين» goes on with the same subject and scene
    text = "ونفذت الشرطة في مدينة فيينا حملة أمنية، ووجهت إنذارين قبل عملية مداهمة لشقة المتهم."
    assert news_place(text, "مداهمة") == "فيينا"


def test_fronted_circumstance_sets_the_scene() -> None:
    # counter-case: a «في ظل» phrase before the trigger names the scene the act is in
    text = "وفي ظل تقدم المقاومة في مدينة تعز، رد المتمردون بقصف عشوائي على المنازل."
    assert news_place(text, "بقصف") == "تعز"

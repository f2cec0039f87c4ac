"""PROTEST modality in real-news constructions, round 196: a protest threatened («هدد العمال بالإضراب») is no protest
held, and the purpose «احتجاجا على» of a protest planned, called for or threatened takes that protest's modality
(«قررت المعارضة تنظيم مسيرة غدا احتجاجا على»); one told as held keeps its purpose asserted."""

from __future__ import annotations

from conftest import news_codes, news_modality


def test_a_threatened_strike_or_sit_in_is_no_protest() -> None:
    text = "وهدد المعلمون بالاعتصام أمام وزارة التربية إذا لم تصرف الرواتب."
    assert [code for _, code in news_codes(text) if code.startswith("14")] == []
    strike = "وتوعدت النقابة بالإضراب في الموانئ."
    assert [code for _, code in news_codes(strike) if code.startswith("14")] == []
    # a sit-in held, the threat told elsewhere: still a protest
    held = "واعتصم المعلمون أمس أمام وزارة التربية بعد أن هددوا الوزير مرارا."
    assert news_modality(held, "واعتصم") == "asserted"


def test_the_purpose_of_a_planned_march_is_planned() -> None:
    text = "وقررت أحزاب المعارضة تنظيم مسيرة حاشدة غدا في العاصمة احتجاجا على رفع أسعار الوقود."
    assert news_modality(text, "احتجاجا") == "planned"
    called = "ودعت النقابات السكان إلى المشاركة في مظاهرة يوم الجمعة احتجاجا على إغلاق المصنع."
    assert news_modality(called, "احتجاجا") == "planned"


def test_the_purpose_of_a_threatened_strike_is_planned() -> None:
    text = "وهدد عمال المناجم بالإضراب عن العمل احتجاجا على تأخر صرف الأجور."
    assert news_modality(text, "احتجاجا") == "planned"


def test_the_purpose_of_a_protest_held_stays_asserted() -> None:
    text = "وتظاهر مئات الطلاب أمس أمام مبنى الجامعة احتجاجا على رفع الرسوم."
    assert news_modality(text, "احتجاجا") == "asserted"
    # a protest held after a call for another: the purpose is of the one held, nearer to it
    later = "ودعت النقابات إلى مسيرة غدا، وتجمع العمال أمس أمام المصنع احتجاجا على الأجور."
    assert news_modality(later, "احتجاجا") == "asserted"
    # a purpose with no protest before it keeps its own reading
    alone = "وأضرم شاب النار في نفسه أمس احتجاجا على مصادرة عربته."
    assert news_modality(alone, "احتجاجا") == "asserted"

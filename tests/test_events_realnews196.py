"""PROTEST modality in real-news constructions, round 196: a protest threatened («هدد العمال بالإضراب») is no protest
held, and the purpose «احتجاجا على» of a protest planned, called for or threatened takes that protest's modality
(«قررت المعارضة تنظيم مسيرة غدا احتجاجا على»); one told as held keeps its purpose asserted."""

from __future__ import annotations

from conftest import news_codes, news_event, news_modality


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


def _specific(text: str, trigger: str) -> bool:
    doc, ev = news_event(text, trigger)
    return bool(ev.attrs.get("specific"))


def test_a_protest_dispersed_by_force_is_no_protest_report() -> None:
    text = ("وقتل أمس شخص وجرح العشرات عندما فرقت ميليشيات المحاكم الشرعية بالقوة مظاهرة احتجاج على قرار الحكومة "
            "في جنوب العاصمة.")
    doc, ev = news_event(text, "مظاهرة")
    assert ev.modality == "asserted" and "dispersed" in ev.attrs["report_cues"] and not ev.attrs["specific"]
    assert "dispersed" in news_event(text, "احتجاج")[1].attrs["report_cues"]  # the genitive: the same protest
    banned = "ومنعت الشرطة مسيرة احتجاجية في وسط المدينة أمس."
    assert not _specific(banned, "مسيرة احتجاجية")


def test_a_protest_held_then_dispersed_is_still_reported() -> None:
    # the protest is told by its own verb; the dispersal names the protesters, not the protest noun
    text = "وتظاهر مئات الطلاب أمس في العاصمة قبل أن تفرقهم الشرطة."
    doc, ev = news_event(text, "وتظاهر")
    assert ev.attrs["specific"] and "dispersed" not in ev.attrs["report_cues"]
    # a protest noun with no verb of dispersal before it keeps its report
    held = "وخرجت مظاهرة احتجاج حاشدة أمس في العاصمة ضد الغلاء."
    assert "dispersed" not in news_event(held, "مظاهرة")[1].attrs["report_cues"]

"""Quotes on constructions of real news, round 155: a medium in quotation marks before «عن» («نقل «مكتب أخبار
حلب» عن الناشط فلان قوله إن») relays the one named after «عن» (the marks are no words of the reach); a feminine verb
cue right after a bare noun («عبر توجيه اتهامات اعتبرت أن») describes the noun, and its subject is the state or body
of the sentence's clause named at a feminine verb («كانت إيران اتهمت»), not a body quoted sentences before; the
phrase of an unnamed source held from a cue before runs on past a word that opens with «و» («مصدر وثيق الاطلاع»);
an unnamed source runs on over its «في/من» qualifier to
the «إن/أن» its words open with («مصدر في قيادة العمليات إن»), not over an object; «أنباء تقول إن» reports with no
speaker."""

from __future__ import annotations

from conftest import news_quote_rows


def test_a_medium_in_quotation_marks_relays_the_one_after_an() -> None:
    text = "بدوره، نقل «مكتب أخبار حلب» عن الناشط الإعلامي سامر الحلبي، قوله إن المسلحين هاجموا القرية فجرا."
    assert news_quote_rows(text) == [("نقل", "سامر الحلبي", None, "المسلحين هاجموا القرية فجرا", False)]


def test_a_medium_without_marks_relays_the_same() -> None:
    text = "بدوره، نقل مكتب أخبار حلب عن الناشط الإعلامي سامر الحلبي، قوله إن المسلحين هاجموا القرية فجرا."
    assert news_quote_rows(text)[0][:2] == ("نقل", "سامر الحلبي")


def test_marks_do_not_stretch_the_reach_past_four_words() -> None:
    text = "ونقل «الجيش الحر» معداته الثقيلة من الريف الشمالي عن طريق البر إلى المدينة."
    assert news_quote_rows(text) == []


def test_a_verb_after_a_bare_noun_speaks_for_the_clause_subject() -> None:
    text = ("وأعربت دول الخليج عن قلقها من أن الاتفاق سيزيد نفوذ طهران. وكان الوزير ندد بالتصريحات بعد أن كانت "
            "إيران اتهمت البحرين بإثارة التوتر عبر توجيه اتهامات اعتبرت أن لا أساس لها ضد طهران.")
    assert news_quote_rows(text)[-1] == ("اعتبرت", "إيران", None, "لا أساس لها ضد طهران", False)


def test_the_subject_after_its_verb_speaks_too() -> None:
    text = ("وأعربت دول الخليج عن قلقها من أن الاتفاق سيزيد نفوذ طهران. وكان الوزير ندد بالتصريحات بعد أن اتهمت "
            "إيران البحرين بإثارة التوتر عبر توجيه اتهامات اعتبرت أن لا أساس لها ضد طهران.")
    assert news_quote_rows(text)[-1][:2] == ("اعتبرت", "إيران")


def test_with_no_feminine_subject_in_the_clause_the_body_before_goes_on() -> None:
    text = "وأكدت دول الخليج أن الاتفاق سيزيد نفوذ طهران. وقالت إن المنطقة تحتاج إلى ضمانات."
    assert news_quote_rows(text)[-1][:2] == ("وقالت", "دول الخليج")


def test_a_held_source_runs_on_past_a_word_in_waw() -> None:
    text = ("وكشف مصدر وثيق الاطلاع لـ«الشرق الأوسط» عن وجود تفاهمات بشأن وقف القتال، لكنه أكد أن هناك عقبات "
            "تعترض المشاورات.")
    assert news_quote_rows(text) == [("أكد", None, "مصدر وثيق الاطلاع", "هناك عقبات تعترض المشاورات", False)]


def test_a_held_source_does_not_run_into_a_second_verb() -> None:
    text = "وكشف مصدر أمني وأكد أن هناك عقبات تعترض المشاورات."
    assert news_quote_rows(text)[0][2] == "مصدر أمني"


def test_news_that_say_report_with_no_speaker() -> None:
    # round 246: the reports are the source, an unnamed one («أنباء»), no one carried over
    text = "وكانت هناك أنباء تقول إن مجلس الحركة سحب اللقب من زعيمها."
    assert news_quote_rows(text) == [("تقول", None, "أنباء", "مجلس الحركة سحب اللقب من زعيمها", False)]


def test_a_source_runs_on_over_where_it_sits() -> None:
    text = "وقال مصدر في قيادة العمليات المشتركة إن التنظيم استعاد السيطرة على القرية."
    assert news_quote_rows(text) == [("وقال", None, "مصدر في قيادة العمليات المشتركة",
                                      "التنظيم استعاد السيطرة على القرية", False)]


def test_an_employee_runs_on_over_his_department_and_ministry() -> None:
    text = "وقال موظف في إدارة الإغاثة وإعادة الإسكان في وزارة الشؤون الاجتماعية إن عشرين شخصا لقوا مصرعهم."
    assert news_quote_rows(text)[0][2] == "موظف في إدارة الإغاثة وإعادة الإسكان في وزارة الشؤون الاجتماعية"


def test_those_close_to_a_man_run_on_to_ila_anna() -> None:
    text = "ويشير مقربون من الوزير إلى أنه سيترشح للرئاسة."
    assert news_quote_rows(text)[0][2] == "مقربون من الوزير"


def test_a_source_with_an_object_after_its_qualifier_stays_short() -> None:
    text = "ووصف عضو في مجلس الولاية الحادث بالخطير، مشيرا إلى أن الهجوم استهدف السوق."
    assert news_quote_rows(text)[0][2] == "عضو"


def test_a_qualifier_stops_before_how_and_when_the_source_spoke() -> None:
    text = "وقال أحد الضباط في بلدة قريبة عبر الهاتف أمس إن المسلحين فتحوا النار على القافلة."
    assert news_quote_rows(text)[0][2] == "أحد الضباط في بلدة قريبة"
    text = "وقال مصدر في الجيش أمس إن المسلحين فتحوا النار على القافلة."
    assert news_quote_rows(text)[0][2] == "مصدر في الجيش"


def test_a_qualifier_of_the_occasion_is_not_where_the_source_sits() -> None:
    text = "وقال مسؤول في مقابلة تلفزيونية إن الاتفاق قريب."
    assert news_quote_rows(text)[0][2] == "مسؤول"

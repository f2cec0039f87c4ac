"""Round ti874: a time told in one sentence carried on to the act of the same actor that goes on with the story in
the next sentence, where that act has no time of its own (``events.continued_days``). Guards: a pluperfect, a time
of its own, another subject, another speaker's words, a claim after an attack. Hand-made sentences, dated
2015-08-02 by ``analyze_news`` («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import news_date, news_event

LEAD = "نظرت محاكم عربية عدة في قضايا أمنية خلال الأسابيع الأخيرة وسط اهتمام واسع.\n\n"
RULING = "وفي العاشر من يوليو الماضي، أدانت محكمة جنايات القاهرة مسؤولا سابقا بتسريب وثائق رسمية.\n\n"


def test_the_court_that_goes_on_takes_the_day_of_its_conviction() -> None:
    text = LEAD + RULING + "واتهمت المحكمة ثلاثة موظفين آخرين بالتستر عليه."
    doc, ev = news_event(text, "واتهمت")
    assert ev.date == "2015-07-10"
    assert ev.code == "173"  # a court's charge is a legal action (round ev970), not a mere accusation
    assert next(e.name for e in doc.entities if e.id == ev.source) == "محكمة جنايات القاهرة"


def test_a_dropped_subject_in_the_statement_told_before_takes_its_day() -> None:
    text = (LEAD + "في 20 يونيو الماضي ندد زعيم حركة طالبان الملا أختر منصور في بيان بهجمات تنظيم داعش.\n\n"
            "وأكد في البيان أن الحركة هي الممثل الوحيد للأفغان.")
    assert news_date(text, "وأكد") == "2015-06-20"


def test_counter_a_pluperfect_is_a_past_before_it() -> None:
    text = LEAD + RULING + "وكانت المحكمة قد اتهمت ثلاثة موظفين آخرين بالتستر عليه."
    assert news_date(text, "اتهمت") != "2015-07-10"


def test_counter_a_time_of_its_own_wins() -> None:
    text = LEAD + RULING + "واتهمت المحكمة أمس ثلاثة موظفين آخرين بالتستر عليه."
    assert news_date(text, "واتهمت") == "2015-08-01"


def test_counter_another_subject_takes_no_day_from_the_court() -> None:
    text = LEAD + RULING + "وانتقدت منظمة العفو الدولية الحكم ووصفته بأنه قاس."
    assert news_date(text, "وانتقدت") != "2015-07-10"


def test_counter_the_next_sentence_but_one_is_not_carried() -> None:
    text = (LEAD + RULING + "ويضم الملف مئات الصفحات من الوثائق والشهادات.\n\n"
            "واتهمت المحكمة ثلاثة موظفين آخرين بالتستر عليه.")
    assert news_date(text, "واتهمت") != "2015-07-10"


def test_counter_a_claim_after_the_attack_keeps_no_attack_day() -> None:
    text = ("تتواصل المعارك في شرق ليبيا منذ أسابيع.\n\n"
            "وهاجم مسلحون من تنظيم داعش أول من أمس نقطة تفتيش للجيش قرب أجدابيا.\n\n"
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم في بيان على الإنترنت.")
    assert news_date(text, "وهاجم") == "2015-07-31"
    assert news_date(text, "وأعلن") == "2015-08-02"


def test_counter_a_pluperfect_aside_before_lends_no_day() -> None:
    text = (LEAD + "وكانت محكمة جنايات القاهرة قد أدانت في العاشر من يوليو الماضي مسؤولا سابقا بتسريب وثائق رسمية.\n\n"
            "واتهمت المحكمة ثلاثة موظفين آخرين بالتستر عليه.")
    assert news_date(text, "واتهمت") != "2015-07-10"

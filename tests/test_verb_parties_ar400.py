"""Round ar400: a verb of force, a phrase of people, a «في» phrase of place and a bare phrase is active (VSO): the
people are the source (with their count word), the bare phrase the target; with nothing bare after the place the
casualty report's passive stands."""

from __future__ import annotations

from conftest import news_event


def _spans(text: str, trigger: str) -> tuple[str | None, str | None]:
    """The source and target phrases (source_span, target_span) of the event ``trigger``."""
    doc, ev = news_event(text, trigger)
    src, tgt = ev.attrs.get("source_span"), ev.attrs.get("target_span")
    return (doc.text[src[0]:src[1]] if src else None, doc.text[tgt[0]:tgt[1]] if tgt else None)


def test_counted_students_who_storm_a_ministry_are_the_doers() -> None:
    text = "اقتحم مئات الطلاب في تايوان مجمع وزارة التعليم أمس بعد انتحار شخص."
    src, tgt = _spans(text, "اقتحم")
    assert src == "مئات الطلاب"
    assert tgt is not None and tgt.startswith("مجمع")


def test_gunmen_who_kidnap_in_a_town_a_journalist() -> None:
    src, tgt = _spans("خطف مسلحون في بغداد صحافيا أجنبيا.", "خطف")
    assert src == "مسلحون"
    assert tgt is not None and tgt.startswith("صحافيا")


def test_casualty_report_with_nothing_bare_after_the_place_stays_passive() -> None:
    src, tgt = _spans("قتل مئات المدنيين في سوريا خلال الشهر الماضي.", "قتل")
    assert src is None
    assert tgt is not None and "المدنيين" in tgt


def test_a_time_after_the_place_is_no_object() -> None:
    src, tgt = _spans("خطف موظف بريطاني في بغداد أمس.", "خطف")
    assert src is None
    assert tgt is not None and "موظف" in tgt


def test_a_long_subject_between_an_aspect_verb_and_its_masdar() -> None:
    text = "وبدأ متشددون في البرلمان الإيراني والمؤسسة الأمنية الهجوم على الاتفاق بعد أيام من توقيعه."
    src, tgt = _spans(text, "الهجوم")
    assert src == "متشددون في البرلمان الإيراني والمؤسسة الأمنية"


def test_a_thing_after_the_aspect_verb_is_no_long_subject() -> None:
    # «بدأ» with an abstraction and its «في» phrase before the masdar: no people, no subject read from the run
    text = "وبدأ العمل في المشروع الجديد والخطة الأمنية الهجوم على المواقع."
    src, _ = _spans(text, "الهجوم")
    assert src is None or not src.startswith("العمل")


def test_a_comma_in_the_run_stops_the_long_subject() -> None:
    text = "وبدأ متشددون في البرلمان، والمؤسسة الأمنية الهجوم على الاتفاق."
    src, _ = _spans(text, "الهجوم")
    assert src != "متشددون في البرلمان، والمؤسسة الأمنية"


def test_an_agent_phrase_inside_a_relative_clause_is_not_the_attackers() -> None:
    # (round ev513: «صد أي هجوم» is now no event at all, so the attack repelled here is a definite one)
    text = "وساعدت واشنطن في صد الهجوم ضد المعارضة التي تلقت تدريبات على يد الأميركيين."
    src, _ = _spans(text, "الهجوم")
    assert src is None or "الأميركيين" not in src


def test_an_agent_phrase_right_after_the_act_is_still_its_doer() -> None:
    src, _ = _spans("وقتل الصحافي على يد مسلحين في المدينة.", "وقتل")
    assert src is not None and "مسلحين" in src

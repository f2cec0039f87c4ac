"""Round 152: protest words in another sense (rasd.events.protest_senses) report no protest; hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news, news_event


def _protests(text: str) -> list[str]:
    doc = analyze_news(text)
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events if e.plover == "PROTEST"]


def test_steered_by_an_object_pronoun_is_no_march() -> None:
    # «يسيرها»: directs them, no march
    text = "وأضاف أن مطالب المتظاهرين في المدن موحدة لذا فهي تجمعات عفوية يسيرها فقط أصحاب الآراء في مواقع التواصل."
    assert "يسيرها" not in _protests(text)


def test_marching_crowd_is_still_a_protest() -> None:
    text = "وسار آلاف المتظاهرين أمس في شوارع العاصمة ضد الحكومة."
    assert news_event(text, "وسار")[1].plover == "PROTEST"


def test_voices_that_came_out_of_a_country_are_no_protest() -> None:
    text = "ومن المواقف اللافتة الرأيان اللذان خرجا من إسرائيل أخيرا في صحيفة يومية حول آلاف المقاتلين."
    assert "خرجا" not in _protests(text)


def test_protesters_who_came_out_of_a_mosque_still_protest() -> None:
    text = "وقال أحد المتظاهرين الذين خرجوا من المسجد الكبير أمس إن مطالبهم واضحة."
    assert news_event(text, "خرجوا")[1].plover == "PROTEST"


def test_a_states_objection_is_no_street_protest() -> None:
    text = "وهذا الاحتجاج الإسرائيلي وجد صدى في الكونغرس الأميركي."
    assert "الاحتجاج" not in _protests(text)


def test_plural_protests_of_a_country_are_kept() -> None:
    text = "واندلعت الاحتجاجات الإيرانية أمس في طهران ضد الغلاء."
    assert news_event(text, "الاحتجاجات")[1].plover == "PROTEST"


def test_cutting_a_road_among_forces_is_a_military_blockade() -> None:
    # no protester named, a military word: a blockade (191), no protest's road block (144)
    text = "وتعد البلدة نقطة انطلاق لقطع طريق العاصمة الدولي نظرا لقرب قواتها من الطريق."
    ev = news_event(text, "لقطع طريق")[1]
    assert (ev.code, ev.plover) == ("191", "ASSAULT")


def test_protesters_cutting_a_road_still_protest() -> None:
    text = "أقدم متظاهرون غاضبون أمس على قطع الطريق الدولية قرب البلدة بحضور قوات الأمن."
    doc, ev = news_event(text, "قطع الطريق")
    assert (ev.plover, ev.code, ev.modality) == ("PROTEST", "144", "asserted")

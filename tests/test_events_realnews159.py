"""Round 159 of real news: a road cut by forces, militias or a military operation is a blockade (191), a road cut by
protesters stays 144; a protest verb of going out with an object pronoun («يسيرها الغضب») or after a relative whose
head is no crowd («الأصوات التي خرجت») is no protest; an act a launch pad or a platform is for is planned, not done;
a slaughter by an extremist group is 18x, as its executions are. Hand-made sentences (paraphrases, no article
text)."""

from __future__ import annotations

from conftest import analyze_news, news_event


def _codes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code) for e in doc.events]


def test_a_military_operation_cutting_a_road_is_a_blockade() -> None:
    doc, ev = news_event("وتستعد القوات لعملية عسكرية كبيرة تحرر المدينة من الميليشيات وتقطع طريق القوافل عنها.",
                         "وتقطع طريق")
    assert ev.code == "191"


def test_a_road_cut_near_its_forces_is_a_blockade() -> None:
    doc, ev = news_event("وتعد البلدة نقطة انطلاق لقطع الطريق الدولي بين المدينتين بسبب قرب قواتها منها.",
                         "لقطع الطريق")
    assert ev.code == "191"
    assert ev.modality == "planned"


def test_a_road_cut_by_protesters_stays_a_protest() -> None:
    doc, ev = news_event("وقطع المحتجون الطريق أمام قوات الأمن احتجاجا على انقطاع الكهرباء.", "وقطع المحتجون")
    assert ev.code == "144"
    doc, ev = news_event("واعتذر السائقون عن قطع الطرقات بالقطارات بعد تأخر رواتبهم.", "قطع الطرقات")
    assert ev.code == "144"


def test_a_crowd_driven_by_anger_is_no_march() -> None:
    found = _codes("وقال أحد المتظاهرين إن مطالب المحتجين موحدة وهي عفوية يسيرها الغضب الشعبي.")
    assert ("يسيرها", "141") not in found


def test_voices_that_came_out_are_no_protest() -> None:
    found = _codes("وبعد وصول آلاف الجنود إلى المدينة، كانت الأصوات التي خرجت من البرلمان تطالب بالتهدئة.")
    assert all(trigger != "خرجت" for trigger, _ in found)


def test_protesters_who_went_out_still_march() -> None:
    doc, ev = news_event("وقال أحد المتظاهرين الذين خرجوا إلى الشارع إن مطالبهم واضحة.", "خرجوا")
    assert ev.code == "141"
    doc, ev = news_event("ورشقه المتظاهرون بالحجارة أمام مبنى المحافظة.", "ورشقه")
    assert ev.code == "141"


def test_a_platform_for_condemning_is_planned() -> None:
    doc, ev = news_event("وقال المحلل إن الحزب سيجد في الاستفتاء منصة مثالية لإدانة الحكومة.", "لإدانة")
    assert ev.modality == "planned"


def test_a_platform_that_was_attacked_is_told() -> None:
    doc, ev = news_event("وقد تعرضت منصة النفط لهجوم بالصواريخ أمس.", "لهجوم")
    assert ev.modality == "asserted"


def test_a_slaughter_by_an_extremist_group_is_18x() -> None:
    doc, ev = news_event("وقال الشهود إن تنظيم داعش ذبح 21 عاملا مصريا في سرت.", "ذبح")
    assert ev.code == "180"


def test_a_slaughter_by_militias_stays_190() -> None:
    doc, ev = news_event("وقال الشهود إن الميليشيات ذبحت 21 عاملا في القرية.", "ذبحت")
    assert ev.code == "190"

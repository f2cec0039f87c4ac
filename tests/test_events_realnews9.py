"""Event arguments and codes on constructions of real news, round 9: relative and «تم» passives, the owner of a
statement noun, negated adjectives, an adjective that closes a trigger noun, and words that are no event."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_starting_at

from rasd.doc import Doc


def _triggers(doc: Doc) -> list[str]:
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_a_relative_harm_verb_followed_by_the_next_verb_is_passive() -> None:
    doc = analyze_news("وأشار المتحدث إلى أن الأهداف التي قصفت تقع في مناطق جبلية.")
    ev = event_starting_at(doc, "قصفت")
    assert event_arg(doc, ev, "source") == ""
    assert event_arg(doc, ev, "target") == "الأهداف"
    doc = analyze_news("وندد الرئيس بالعصابات التي هاجمت القرية ليلا.")  # an object after it: active
    assert "القرية" in event_arg(doc, event_starting_at(doc, "هاجمت"), "target")


def test_a_relative_killing_with_a_manner_masdar_has_the_antecedent_as_target() -> None:
    doc = analyze_news("وتحدث الأب عن الطفل الذي قتل حرقا في المنزل.")
    ev = event_starting_at(doc, "قتل")
    assert event_arg(doc, ev, "target") == "الطفل"
    assert event_arg(doc, ev, "source") == ""


def test_a_relative_arrest_is_passive() -> None:
    doc = analyze_news("وقالت الحكومة إن الرجل الذي اعتقل أمس ينتمي إلى التنظيم.")
    ev = event_starting_at(doc, "اعتقل")
    assert event_arg(doc, ev, "target") == "الرجل"
    assert event_arg(doc, ev, "source") == ""


def test_the_phrase_before_tamm_is_no_actor() -> None:
    doc = analyze_news("ودمرت الطائرات الثكنة العسكرية الواقعة بالقرب من المدرسة، وتم استهداف تجمعات المسلحين قرب المجمع.")
    ev = event_starting_at(doc, "استهداف")
    assert event_arg(doc, ev, "source") == ""
    assert "تجمعات" in event_arg(doc, ev, "target")


def test_a_named_genitive_of_a_statement_noun_is_its_source() -> None:
    doc = analyze_news("ورد الحاكم السابق جيب بوش على تصريحات هيلاري كلينتون.")
    ev = event_starting_at(doc, "تصريحات")
    assert event_arg(doc, ev, "source") == "هيلاري كلينتون"
    # an unnamed word after it is no owner («تصريحات نقلتها»: a relative clause)
    doc = analyze_news("وقال وزير الخارجية الصيني وانغ يي في تصريحات نقلتها وكالة الأنباء إن بلاده ترفض ذلك.")
    assert event_arg(doc, event_starting_at(doc, "تصريحات"), "source") != "نقلتها"


def test_a_negated_adjective_is_no_source() -> None:
    doc = analyze_news("وطالب باستمرار سياسة الاستيطان غير المشروعة والحصار الجائر على القطاع.")
    ev = event_starting_at(doc, "والحصار")
    assert event_arg(doc, ev, "source") != "المشروعة"


def test_a_negated_adjective_is_no_target() -> None:
    doc = analyze_news("واستنكر الوزير هذه التصريحات غير المسؤولة وصدورها من مسؤول في الحكومة.")
    ev = event_starting_at(doc, "واستنكر")
    assert event_arg(doc, ev, "target") != "المسؤولة"


def test_a_suicide_attack_has_no_genitive_after_its_adjective() -> None:
    doc = analyze_news("واستهدف هجوم انتحاري الجيش التركي في ديار بكر.")
    ev = event_starting_at(doc, "هجوم")
    assert event_arg(doc, ev, "source") != "الجيش التركي"


def test_a_sociologist_is_no_meeting() -> None:
    doc = analyze_news("وقال عالم الاجتماع أحمد زايد إن الوضع صعب.")
    assert "الاجتماع" not in _triggers(doc)


def test_a_man_of_dialogue_is_no_negotiation() -> None:
    doc = analyze_news("ووصف الوزير بأنه رجل الحوار والمفاوضات.")
    assert not any(e.code.startswith("04") for e in doc.events)


def test_the_rounds_of_elections_are_no_visit() -> None:
    doc = analyze_news("وأرجئت الانتخابات التي كان يفترض أن تبدأ أولى جولاتها في أبريل.")
    assert "جولاتها" not in _triggers(doc)
    # the committee's own rounds are visits (round 14: not «على» places, an inspection: tests/test_events_realnews15.py)
    doc = analyze_news("وأكملت اللجنة جولاتها في المحافظات أمس.")
    assert "جولاتها" in _triggers(doc)

"""Event arguments and codes on constructions of real news, round 9: relative and «تم» passives, the owner of a
statement noun, negated adjectives, an adjective that closes a trigger noun, and words that are no event."""

from __future__ import annotations

from conftest import event_arg

import rasd
from rasd.doc import Doc


def _run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-02")


def _at(doc: Doc, word: str):  # type: ignore[no-untyped-def]
    return next(e for e in doc.events if e.trigger.start == doc.text.index(word))


def _triggers(doc: Doc) -> list[str]:
    return [doc.text[e.trigger.start : e.trigger.end] for e in doc.events]


def test_a_relative_harm_verb_followed_by_the_next_verb_is_passive() -> None:
    doc = _run("وأشار المتحدث إلى أن الأهداف التي قصفت تقع في مناطق جبلية.")
    ev = _at(doc, "قصفت")
    assert event_arg(doc, ev, "source") == ""
    assert event_arg(doc, ev, "target") == "الأهداف"
    doc = _run("وندد الرئيس بالعصابات التي هاجمت القرية ليلا.")  # an object after it: active
    assert "القرية" in event_arg(doc, _at(doc, "هاجمت"), "target")


def test_a_relative_killing_with_a_manner_masdar_has_the_antecedent_as_target() -> None:
    doc = _run("وتحدث الأب عن الطفل الذي قتل حرقا في المنزل.")
    ev = _at(doc, "قتل")
    assert event_arg(doc, ev, "target") == "الطفل"
    assert event_arg(doc, ev, "source") == ""


def test_a_relative_arrest_is_passive() -> None:
    doc = _run("وقالت الحكومة إن الرجل الذي اعتقل أمس ينتمي إلى التنظيم.")
    ev = _at(doc, "اعتقل")
    assert event_arg(doc, ev, "target") == "الرجل"
    assert event_arg(doc, ev, "source") == ""


def test_the_phrase_before_tamm_is_no_actor() -> None:
    doc = _run("ودمرت الطائرات الثكنة العسكرية الواقعة بالقرب من المدرسة، وتم استهداف تجمعات المسلحين قرب المجمع.")
    ev = _at(doc, "استهداف")
    assert event_arg(doc, ev, "source") == ""
    assert "تجمعات" in event_arg(doc, ev, "target")


def test_a_named_genitive_of_a_statement_noun_is_its_source() -> None:
    doc = _run("ورد الحاكم السابق جيب بوش على تصريحات هيلاري كلينتون.")
    ev = _at(doc, "تصريحات")
    assert event_arg(doc, ev, "source") == "هيلاري كلينتون"
    # an unnamed word after it is no owner («تصريحات نقلتها»: a relative clause)
    doc = _run("وقال وزير الخارجية الصيني وانغ يي في تصريحات نقلتها وكالة الأنباء إن بلاده ترفض ذلك.")
    assert event_arg(doc, _at(doc, "تصريحات"), "source") != "نقلتها"


def test_a_negated_adjective_is_no_source() -> None:
    doc = _run("وطالب باستمرار سياسة الاستيطان غير المشروعة والحصار الجائر على القطاع.")
    ev = _at(doc, "والحصار")
    assert event_arg(doc, ev, "source") != "المشروعة"


def test_a_negated_adjective_is_no_target() -> None:
    doc = _run("واستنكر الوزير هذه التصريحات غير المسؤولة وصدورها من مسؤول في الحكومة.")
    ev = _at(doc, "واستنكر")
    assert event_arg(doc, ev, "target") != "المسؤولة"


def test_a_suicide_attack_has_no_genitive_after_its_adjective() -> None:
    doc = _run("واستهدف هجوم انتحاري الجيش التركي في ديار بكر.")
    ev = _at(doc, "هجوم")
    assert event_arg(doc, ev, "source") != "الجيش التركي"


def test_a_sociologist_is_no_meeting() -> None:
    doc = _run("وقال عالم الاجتماع أحمد زايد إن الوضع صعب.")
    assert "الاجتماع" not in _triggers(doc)


def test_a_man_of_dialogue_is_no_negotiation() -> None:
    doc = _run("ووصف الوزير بأنه رجل الحوار والمفاوضات.")
    assert not any(e.code.startswith("04") for e in doc.events)


def test_the_rounds_of_elections_are_no_visit() -> None:
    doc = _run("وأرجئت الانتخابات التي كان يفترض أن تبدأ أولى جولاتها في أبريل.")
    assert "جولاتها" not in _triggers(doc)
    doc = _run("وأكملت اللجنة جولاتها على المراكز أمس.")  # the committee's own rounds are visits
    assert "جولاتها" in _triggers(doc)

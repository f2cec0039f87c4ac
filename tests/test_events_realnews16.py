"""Event arguments on constructions of real news, round 15: the genitive of a statement or criticism noun is who
says it where it names someone («إعلان الحكومة», «إدانة المجلس»), never a thing or an event («إدانة الهجوم»); the
genitive of an accusation with «بـ» after it is the accused («باتهام الكويت بسرقة»); a pronoun on a noun act
coordinated right after another stands for its genitive («إدانة مصر واستنكارها»); a phrase inside a preposition's
phrase («من عناصر تنظيم داعش», «على الحواجز والنادي») is no agent of a noun act; «العمليات» never acts; «تمت
عملية الاعتقال» is passive; a thing is never killed; a quoted name is the genitive («هجمات «القاعدة»»)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at


def _args(text: str, trigger: str) -> tuple[str, str]:
    doc = analyze_news(text)
    ev = event_with_trigger_at(doc, trigger)
    return event_arg(doc, ev, "source"), event_arg(doc, ev, "target")


def test_a_statement_noun_has_its_genitive_as_source() -> None:
    assert _args("وجاء ذلك بعد إعلان الحكومة عن خطة جديدة.", "إعلان")[0] == "الحكومة"
    assert _args("وتأتي إدانة المجلس بعد ساعات من الهجوم.", "إدانة")[0] == "المجلس"
    assert _args("وجاء استنكار الرئيس للتفجير سريعا.", "استنكار")[0] == "الرئيس"


def test_a_thing_in_the_genitive_is_no_source() -> None:
    assert _args("وجاء ذلك بعد إدانة الهجوم على المسجد.", "إدانة")[0] == ""
    assert _args("وتلاحق انتقادات دولية الحكومة منذ أشهر أثناء زيارة الرئيس عبد الفتاح السيسي.", "انتقادات")[0] == ""


def test_the_genitive_of_an_accusation_with_its_charge_is_the_accused() -> None:
    src, tgt = _args("وأخرج الرئيس القمة عن هدفها باتهام الكويت بسرقة حقل نفطي.", "باتهام")
    assert tgt == "الكويت" and src != "الكويت"
    # what the accuser says, «بأنها», keeps the genitive the accuser
    assert _args("وسخر الوزير من اتهامات المعارضة بأنها تماطل.", "اتهامات")[1] != "المعارضة"


def test_a_pronoun_on_a_coordinated_noun_act_is_the_genitive_before() -> None:
    doc = analyze_news("وجدد المجلس إدانة مصر واستنكارها للهجوم الإرهابي في القرية.")
    for ev in doc.events:
        if ev.code == "111":
            assert event_arg(doc, ev, "source") == "مصر"


def test_members_under_a_preposition_are_no_agent() -> None:
    doc = analyze_news("وأعلن الجيش مقتل العشرات من عناصر تنظيم داعش خلال عمليات الاقتحام.")
    assert not [e for e in doc.events if e.code == "190" and event_arg(doc, e, "source") == "تنظيم داعش"]
    src, _ = _args("ونفذوا هجمات على حواجز الشمالي والفرن والنادي، وتبع ذلك دخول عناصر الاقتحام.", "الاقتحام")
    assert src == ""


def test_the_genitive_of_a_masdar_under_a_preposition_still_acts() -> None:
    src, _ = _args("يذكر أنه منذ إحكام المسلحين الحوثيين سيطرتهم على مدينة الحديدة ومينائها، في ديسمبر.", "سيطرتهم")
    assert src == "الحوثيين"


def test_operations_never_act() -> None:
    src, _ = _args("وقال القائد إن العمليات مستمرة من أجل اقتحام القاعدة العسكرية.", "اقتحام")
    assert src == ""


def test_an_operation_that_took_place_is_passive() -> None:
    src, _ = _args("وقالت الشرطة إن المتهمين فروا، وتمت عملية الاعتقال من جديد.", "الاعتقال")
    assert src == ""


def test_a_thing_is_never_killed() -> None:
    doc = analyze_news("وأفاد مصدر في بيان له أنه تم أيضا تدمير مستودعين يستخدمان لتخزين الأسلحة وقتل من فيها.")
    ev = event_with_trigger_at(doc, "وقتل")
    assert event_arg(doc, ev, "target") != "الأسلحة"


def test_a_quoted_name_is_the_genitive() -> None:
    assert _args("وجاء ذلك بعد هجمات «القاعدة» على أميركا عام 2001.", "هجمات")[0] == "القاعدة"

"""Round ev712: statements told to different audiences in different sentences stay apart («أكد لنظيره» …
«وصرح للصحافيين» … «وأكد لنظرائه»); a statement noun with a day of its own is not the statement of its sentence;
«تلقى فلان اتصالا من فلان» as trigger has the caller as source and the receiver as target (as the call noun
has); «شدد على» (stress) is a statement (010), «شدد الحصار على» (tighten) is none."""

from __future__ import annotations

from conftest import analyze_news, news_event_rows


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c, t, s, g) for c, t, s, g, _ in news_event_rows(text)]


def _statements(text: str) -> list[list[str]]:
    doc = analyze_news(text)
    return [[doc.text[t.start:t.end] for t in e.triggers] for e in doc.events if e.code.startswith("01")]


def test_audiences_apart() -> None:
    text = ("أكد وزير الخارجية الصيني وانغ يي لنظيره الأميركي جون كيري أن بكين تعارض أي تدخل. "
            "وصرح وانغ للصحافيين بأن المحادثات كانت صريحة. "
            "وأكد لنظرائه في المنطقة في منتدى أمني أن الصين لن تتخلى عن حقوقها.")
    assert _statements(text) == [["أكد"], ["وصرح"], ["وأكد"]]


def test_counter_same_audience_joins() -> None:
    text = ("وأكد وزير الخارجية المصري سامح شكري للصحافيين أن المحادثات كانت صريحة. "
            "وأكد شكري للصحافيين أن المحادثات مع كيري كانت صريحة.")  # (round mn947: the same words retold; two
    # statements saying different things stay apart, tests/test_said_bilateral_mn947.py)
    assert len(_statements(text)) == 1


def test_counter_no_audience_joins() -> None:
    text = ("أكد وزير الخارجية الصيني وانغ يي لنظيره الأميركي أن بكين تعارض أي تدخل. "
            "وأكد وانغ أن بكين تعارض أي تدخل خارجي.")  # (round mn947: retold; see above)
    assert _statements(text) == [["أكد", "وأكد"]]


def test_declaration_of_its_own_day_apart() -> None:
    text = ("وشدد الاتحاد الأوروبي على أنه أكثر تصميما على دعم تونس: «وورد ذلك واضحا في إعلان صدر في مارس "
            "الماضي».")
    assert [(e.code, e.date) for e in analyze_news(text).events] == [("010", "2015-08-02"), ("010", "2015-03")]


def test_call_received_caller_is_source() -> None:
    text = "تلقى الرئيس المصري عبد الفتاح السيسي اتصالا من الملك الأردني عبد الله الثاني."
    assert _rows(text) == [("040", "تلقى", "عبد الله الثاني", "عبد الفتاح السيسي")]


def test_counter_call_noun_unchanged() -> None:
    text = "تلقى الأمير محمد بن سلمان، ولي ولي العهد، اتصالا هاتفيا من وزير الخارجية الأميركي جون كيري."
    assert _rows(text) == [("041", "اتصالا هاتفيا", "جون كيري", "محمد بن سلمان")]


def test_counter_call_made_unchanged() -> None:
    text = "أجرى وزير الخارجية الأمريكي جون كيري اتصالا هاتفيا مع نظيره المصري سامح شكري."
    assert _rows(text) == [("041", "اتصالا هاتفيا", "جون كيري", "سامح شكري")]


def test_stress_on_vso() -> None:
    doc = analyze_news("كما شدد الوزيران على توافق وجهات النظر بين البلدين.")
    assert [(e.code, doc.text[e.trigger.start:e.trigger.end]) for e in doc.events] == [("010", "شدد")]


def test_stress_on_named_and_dropped_subject() -> None:
    assert _rows("وشدد وزير الخارجية الأميركي جون كيري على ضرورة الحل السياسي.") == [
        ("010", "وشدد", "جون كيري", None)]
    assert [r[:2] for r in _rows("وشددت على أن الحل السياسي هو الطريق الوحيد.")] == [("010", "وشددت على")]


def test_counter_tighten_is_no_statement() -> None:
    for text in ("وشددت إسرائيل الحصار على قطاع غزة.", "وشددت السلطات الإجراءات الأمنية على الحدود.",
                 "وشدد الجيش قبضته على المدينة."):
        assert not any(c.startswith("01") for c, _, _, _ in _rows(text)), text


def test_counter_stress_without_ala_is_no_statement() -> None:
    assert not any(c.startswith("01") for c, _, _, _ in _rows("وشدد الجيش الحراسة حول المطار."))


def test_stress_in_the_perfect_only() -> None:
    # review of session 48: the imperfect «يشدد على» describes a stance or a law («قانونا يشدد على شروط»), and
    # «سنشدد على مبادئنا» is a promise inside a quote: none of them is a statement made
    law = "وأقر البرلمان في يونيو الماضي قانونا يشدد على شروط أي اتفاق نووي."
    stance = "ويقوم المدير بمهمة حساسة، ويشدد على الدور الفني للوكالة."
    promise = "وقال الرئيس في خطاب متلفز: «سنشدد على مبادئنا في المنطقة»."
    for text in (law, stance, promise):
        assert [t for ts in _statements(text) for t in ts if "شدد" in t] == []
    assert _statements("وشدد الوزير على ضرورة الحوار.") == [["وشدد"]]

"""Quote speakers in constructions of real news (round 200): a cue after «كما» that reports what precedes it where
its source goes on speaking («...، كما قال فلان لـ«الصحيفة»، مشيرا إلى أن»), where the «كما» clause is an aside in
brackets or dashes («(... كما يقول الصندوق)», «... – كما تؤكد الوزارة -»), or its source has no name («، كما
أفاد ناشطون.»); and a cue whose colon ends its line: the next line is what was said (an interview's answer)."""

from __future__ import annotations

from conftest import news_quote_rows


def _row(text: str, cue: str) -> tuple[str | None, str | None, str, bool]:
    rows = [r for r in news_quote_rows(text) if r[0] == cue]
    assert len(rows) == 1, news_quote_rows(text)
    return rows[0][1], rows[0][2], rows[0][3], rows[0][4]


def test_as_said_before_a_participle_reports_the_clause_before() -> None:
    text = ("وتقدمت القوات نحو البلدة من الجهة الغربية، كما قال رامي عبد الرحمن لـ«الشرق الأوسط»، "
            "مشيرا إلى أن المعارك مستمرة.")
    assert _row(text, "قال") == ("رامي عبد الرحمن", None, "وتقدمت القوات نحو البلدة من الجهة الغربية", False)
    assert _row(text, "مشيرا")[:3] == ("رامي عبد الرحمن", None, "المعارك مستمرة")


def test_as_said_after_a_quotation_by_a_leader_of_a_place() -> None:
    text = ("ويرى المعارضون أن «الحكومة فشلت في حماية المدنيين»، كما يقول القيادي المعارض في حمص "
            "أبو محمد الحمصي لـ«الشرق الأوسط»، مضيفا أن الوضع سيئ.")
    assert _row(text, "يقول") == ("أبو محمد الحمصي", None, "الحكومة فشلت في حماية المدنيين", True)


def test_as_said_in_brackets_reports_the_bracketed_words() -> None:
    text = "وتراجع النمو (أقل من 3 في المائة هذا العام كما يقول البنك الدولي) وارتفعت الأسعار."
    assert _row(text, "يقول") == ("البنك الدولي", None, "أقل من 3 في المائة هذا العام", False)


def test_as_said_between_dashes_reports_the_clause_before() -> None:
    text = ("وإذا صح أن الحكومة تملك 40 مليار دولار من أموالها المجمدة – كما تؤكد وزارة المالية الأميركية - "
            "فإن الأزمة ستنتهي.")
    assert _row(text, "تؤكد") == ("وزارة المالية الأميركية", None,
                                  "الحكومة تملك 40 مليار دولار من أموالها المجمدة", False)


def test_as_unnamed_activists_said_at_the_end() -> None:
    text = "وصدت فصائل المعارضة هجوما على القرية من الجهة الشمالية، كما أفاد ناشطون."
    assert _row(text, "أفاد") == (None, "ناشطون", "وصدت فصائل المعارضة هجوما على القرية من الجهة الشمالية", False)


def test_also_with_an_object_is_another_act_not_as_said() -> None:
    # counter-case: «كما أكد الرئيس أهمية ...»: he also stressed something, no report of the clause before
    text = "وأكد الوزير أن الاقتصاد قوي، كما أكد الرئيس أهمية الاستثمار، مشيرا إلى أن النمو مستمر."
    assert [r[0] for r in news_quote_rows(text)] == ["وأكد", "مشيرا"]


def test_as_said_in_brackets_of_an_act_is_no_report() -> None:
    # counter-case: «(كما فعلت ...)»: a verb of doing, no cue
    assert news_quote_rows("وتقدمت القوات نحو القرية (كما فعلت في الشهر الماضي) وسيطرت عليها.") == []


def test_a_colon_at_the_end_of_a_line_introduces_the_next_line() -> None:
    text = ("وسأل صحافي الوزير عن الأزمة. فقال الوزير سامح شكري:\n- نأمل أن تنتهي الأزمة قريبا. "
            "وهنا أضاف الوزير جون كيري:\n- بالتأكيد، مع الحلول السياسية.\nوانتهى اللقاء.")
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("فقال", "سامح شكري", "نأمل أن تنتهي الأزمة قريبا", True),
        ("أضاف", "جون كيري", "بالتأكيد، مع الحلول السياسية", True)]


def test_a_colon_at_the_end_of_a_line_then_a_paragraph() -> None:
    text = ("وفي رده على سؤال حول الإرهاب، قال وزير الخارجية البريطاني فيليب هاموند:\n\n"
            "علينا أن نكون واضحين. التهديد حقيقي ويجب مواجهته.\n\nوانتهى المؤتمر.")
    assert _row(text, "قال") == ("فيليب هاموند", None, "علينا أن نكون واضحين. التهديد حقيقي ويجب مواجهته", True)


def test_a_colon_on_the_same_line_is_unchanged() -> None:
    # counter-case: the words after the colon on its own line, not the next paragraph (direct since round 288: the
    # words a colon introduces are his own, with or without quote marks)
    text = "وقال الوزير سامح شكري: الأزمة ستنتهي قريبا.\nوانتهى اللقاء بعد ساعة."
    assert _row(text, "وقال") == ("سامح شكري", None, "الأزمة ستنتهي قريبا", True)

"""Round qd437: a quote whose content lies (nearly) all inside one pair of quote marks is direct speech.

The content opened a few words into a quotation set off after the speaker («قال فلان، «يشرفني أن أنقل ...»»: the
«أن» of «يشرفني أن» taken for «that») is the whole quotation, direct; a content all of whose words are quoted
(«قال إن «جبهة النصرة».. «تسعى ...»») is direct; scare quotes around a name inside reported speech («أن «داعش» ...»)
leave it indirect."""

from __future__ import annotations

import rasd


def _rows(text: str) -> list[tuple[str, str, bool]]:
    """(cue, content, direct?) per quote."""
    doc = rasd.analyze(text, "2015-08-06")
    return [(doc.text[q.cue.start:q.cue.end], doc.text[q.content.start:q.content.end], q.direct) for q in doc.quotes]


_LONG = ("من جانبه، قال الدكتور سلطان أحمد الجابر وزير الدولة الإماراتي ورئيس المكتب التنسيقي للمشاريع التنموية "
         "الإماراتية في مصر، «{}أنقل تحيات القيادة في دولة الإمارات إلى قيادة وشعب مصر، ويسرنا تسليم هذه المشاريع "
         "الأربعة إلى الحكومة المصرية».")


def test_a_lead_in_inside_the_marks_is_part_of_the_direct_quotation() -> None:
    cue, content, direct = _rows(_LONG.format("يشرفني أن "))[0]
    assert (cue, direct) == ("قال", True)
    assert content.startswith("يشرفني أن أنقل") and content.endswith("الحكومة المصرية")


def test_a_that_written_inside_the_marks_is_left_out_of_the_direct_quotation() -> None:
    cue, content, direct = _rows(_LONG.format("أن "))[0]
    assert (cue, direct) == ("قال", True)
    assert content.startswith("أنقل تحيات")


def test_a_content_all_in_quote_marks_is_direct() -> None:
    rows = _rows("وقال مدير المرصد رامي عبد الرحمن إن «جبهة النصرة».. «تسعى إلى الاستيلاء على أسلحة عناصر "
                 "الفرقة الثلاثين في ريف حلب».")
    assert rows[0][0] == "وقال" and rows[0][2] is True
    assert "تسعى إلى الاستيلاء" in rows[0][1]


def test_scare_quotes_around_a_name_in_reported_speech_stay_indirect() -> None:
    rows = _rows("وقال مدير المرصد رامي عبد الرحمن إن «جبهة النصرة» تسعى إلى الاستيلاء على أسلحة عناصر الفرقة "
                 "الثلاثين في ريف حلب.")
    assert rows[0][0] == "وقال" and rows[0][2] is False
    assert rows[0][1].startswith("«جبهة النصرة» تسعى")


def test_a_subject_outside_the_marks_keeps_reported_speech_indirect() -> None:
    rows = _rows("وقال مدير المرصد رامي عبد الرحمن إن جبهة النصرة «تسعى إلى الاستيلاء على الأسلحة في ريف حلب "
                 "الشمالي منذ أسابيع».")
    assert rows[0][0] == "وقال" and rows[0][2] is False
    assert rows[0][1].startswith("جبهة النصرة «تسعى")

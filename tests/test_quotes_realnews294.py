"""Quotes in constructions of real news (round 294): «وتساءل ما الذي ...؟» with no colon and no marks is the asker's
question, reported (not «وتساءل ما إذا كان» nor «وتساءل عن»); in «بحسب ما أفاد به «الشرق الأوسط» فلان» the paper
is whom the source told and the person named after it the source; «محام يدعى فلان» opening a sentence is that
man, whom a dropped subject after it («وقال») continues; the «أن» of «سبق أن» (had already) opens nothing said."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows

LEAD = "وقال الوزير خالد العمري إن الحكومة ستواصل دعم اللاجئين. "


def test_an_unmarked_question_after_tasaala_is_his_question() -> None:
    rows = news_quote_rows(LEAD + "وتساءل ما الذي يدفع شابا في مقتبل العمر إلى أن يترك بلده ويلتحق بجماعة متطرفة؟ "
                           "وأضاف أن الحل يكمن في التعليم.")
    assert [r[0] for r in rows] == ["وقال", "وتساءل", "وأضاف"]
    asked = rows[1]
    assert asked[1] == "خالد العمري"
    assert asked[3] == "ما الذي يدفع شابا في مقتبل العمر إلى أن يترك بلده ويلتحق بجماعة متطرفة؟"
    assert asked[4] is False


def test_an_unmarked_question_after_the_asker_s_name() -> None:
    rows = news_quote_rows("انتقد النائب أحمد الخالدي أداء الوزارة. وتساءل الخالدي كيف يمكن للوزارة أن تصمت على "
                           "هذا الفساد؟ وطالب بمحاسبة المسؤولين.")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("وتساءل", "أحمد الخالدي", "كيف يمكن للوزارة أن تصمت على هذا الفساد؟")]


def test_whether_after_tasaala_is_no_question_of_his() -> None:
    rows = news_quote_rows(LEAD + "وتساءل ما إذا كانت الدول المجاورة ستساعد؟ وأضاف أن الحل يكمن في التعليم.")
    assert [r[0] for r in rows] == ["وقال", "وأضاف"]


def test_asking_about_is_no_question_of_his() -> None:
    rows = news_quote_rows(LEAD + "وتساءل عن سبب تأخر المساعدات. وأضاف أن الحل يكمن في التعليم.")
    assert [r[0] for r in rows] == ["وقال", "وأضاف"]


def test_a_question_set_off_by_a_comma_is_not_read_as_one() -> None:
    rows = news_quote_rows(LEAD + "وتساءل من يتحمل المسؤولية، ثم غادر القاعة قبل نهاية الجلسة؟")
    assert [r[0] for r in rows] == ["وقال"]


def test_the_person_after_the_paper_told_is_the_source() -> None:
    rows = news_quote_rows("وتمكن المسلحون من دخول الحي رغم المقاومة الشديدة بحسب ما أفاد به «الشرق الأوسط» محمد "
                           "العلي (35 عاما) إلا أنهم انسحبوا لاحقا.")
    assert [(r[0], r[1]) for r in rows] == [("بحسب", "محمد العلي")]


def test_the_person_after_the_paper_told_with_lam_is_the_source() -> None:
    rows = news_quote_rows("وتمكن المسلحون من دخول الحي رغم المقاومة الشديدة بحسب ما أفاد به لـ«الشرق الأوسط» محمد "
                           "العلي، إلا أنهم انسحبوا لاحقا.")
    assert [(r[0], r[1]) for r in rows] == [("بحسب", "محمد العلي")]


def test_the_paper_with_no_person_after_it_stays_the_source() -> None:
    rows = news_quote_rows("وتمكن المسلحون من دخول الحي بحسب ما أفادت به «الشرق الأوسط» مصادر محلية.")
    assert [(r[0], r[1]) for r in rows] == [("بحسب", "الشرق الأوسط")]


def test_a_lawyer_called_by_name_is_whom_the_dropped_subject_continues() -> None:
    rows = news_quote_rows("انتقد الرئيس باراك أوباما أساليب الاستجواب القاسية. وأجرى محام في شيكاغو يدعى ديفيد "
                           "هوفمان التحقيق لحساب مجلس إدارة الجمعية. وقال إن «هناك تواطؤا بين عدد من المسؤولين».")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "ديفيد هوفمان")]


def test_a_man_called_by_name_in_the_object_is_no_subject() -> None:
    rows = news_quote_rows("انتقد الرئيس باراك أوباما أساليب الاستجواب القاسية. وأجرى محام في شيكاغو التحقيق لحساب "
                           "مجلس إدارة الجمعية مع رجل يدعى ديفيد هوفمان. وقال إن «هناك تواطؤا بين عدد من المسؤولين».")
    assert [r[1] for r in rows] != ["ديفيد هوفمان"]


def test_the_an_of_had_already_is_no_content() -> None:
    rows = news_quote_rows("أما مسؤول إدارة الاتصالات عبد الباسط الفقيه، فشدد على استعادة خدمة الإنترنت «في القريب "
                           "العاجل» بعد إصلاح كابلات في المدينة سبق أن تعرضت لقصف مدفعي، لافتا إلى أن المهندسين "
                           "«يسعون لإصلاح الأضرار».")
    assert [(r[0], r[3]) for r in rows] == [("لافتا", "المهندسين «يسعون لإصلاح الأضرار»")]


def test_had_already_inside_what_was_said_stays() -> None:
    rows = news_quote_rows("وأكد الوزير سامي الحربي أن الحكومة سبق أن حذرت من هذه المخاطر.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("وأكد", "سامي الحربي", "الحكومة سبق أن حذرت من هذه المخاطر")]


def test_the_witness_who_told_the_paper_does_none_of_the_deeds() -> None:
    doc = analyze_news("وقال الشاهد صبري البيحاني إن المسلحين وصلوا فجرا. ورغم المقاومة الشرسة بحسب ما أفاد به «الشرق الأوسط» طارق سالم (42 عاما) إلا أن المسلحين "
                       "اكتسحوا الحي، فقتل من رجال المقاومة من قتل، وجرح من جرح.")
    assert [(q.attrs["via"], doc.entity(q.speaker).name) for q in doc.quotes][1:] == [("told_outlet", "طارق سالم")]
    assert all(e.source is None for e in doc.events if e.trigger.start > doc.text.index("بحسب"))  # nor one before
    assert doc.events  # (the deeds are told: «قتل/جرح»)

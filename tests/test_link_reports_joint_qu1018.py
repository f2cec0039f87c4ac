"""Round qu1018: the writer's link phrase opening reported words is no part of them, with or without its comma
(«من جهة أخرى يعتزم ...، بحسب صحيفة X», «وفي غضون ذلك أغلقت ...»), never inside quote marks nor «إلى ذلك الحين»; a report
by its writer («وحسب تقرير كتبه فلان لمعهد X، كانت ...», «وفق تقرير كتبه فلان، خبير ... في معهد X، فليست ...», «كتبها،
قبل ثلاث سنوات، فلان») is a source, the writer the speaker; a plural participle after a joint statement
(«أعلن فلان ونظيره علان أن ...، مؤكدين أنه») keeps both speakers."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows

LEAD = "وصل الوفد إلى القاهرة أمس.\n"


def _rows(text: str, cue: str) -> list[tuple[str, str | None, str | None, str, bool]]:
    return [r for r in news_quote_rows(text) if r[0] == cue]


def test_link_phrase_without_comma_is_cut() -> None:
    text = LEAD + "من جهة أخرى يعتزم اللاعب السابق ديفيد ناكيد الترشح لرئاسة الاتحاد الدولي، بحسب ما ذكرت صحيفة النهار اللبنانية أمس."
    rows = _rows(text, "بحسب")
    assert len(rows) == 1
    assert rows[0][3] == "يعتزم اللاعب السابق ديفيد ناكيد الترشح لرئاسة الاتحاد الدولي"


def test_link_phrase_with_waw_and_no_comma_is_cut() -> None:
    text = LEAD + "وفي غضون ذلك أغلقت الشرطة الطرق المؤدية إلى المطار، بحسب ما ذكرت صحيفة النهار اللبنانية."
    assert _rows(text, "بحسب")[0][3] == "أغلقت الشرطة الطرق المؤدية إلى المطار"


def test_related_context_phrase_is_cut() -> None:
    text = LEAD + "في سياق متصل، أحبطت فصائل المعارضة هجوما للقوات الحكومية على قرية الزيادية، كما أفاد ناشطون."
    rows = _rows(text, "أفاد")
    assert len(rows) == 1
    assert rows[0][2] == "ناشطون"
    assert rows[0][3] == "أحبطت فصائل المعارضة هجوما للقوات الحكومية على قرية الزيادية"


def test_link_phrase_inside_quote_marks_stays() -> None:
    text = LEAD + "«من جهة أخرى يريد الطرفان الوصول إلى اتفاق قريبا»، بحسب ما ذكرت صحيفة النهار اللبنانية."
    rows = _rows(text, "بحسب")
    assert rows[0][3] == "من جهة أخرى يريد الطرفان الوصول إلى اتفاق قريبا"
    assert rows[0][4] is True


def test_until_that_time_is_no_link_phrase() -> None:
    text = LEAD + "إلى ذلك الحين تبقى المفاوضات معلقة بين الطرفين، حسب ما أعلن المتحدث باسم الوفد."
    assert _rows(text, "حسب")[0][3] == "إلى ذلك الحين تبقى المفاوضات معلقة بين الطرفين"


def test_report_written_by_a_person_for_an_institute() -> None:
    text = "عاد الجدل حول الجماعة. وحسب تقرير كتبه جون سميث لمعهد واشنطن، كانت الجماعة قريبة من تنظيم القاعدة في العراق."
    rows = _rows(text, "وحسب")
    assert len(rows) == 1
    assert rows[0][1] == "جون سميث"
    assert rows[0][3] == "كانت الجماعة قريبة من تنظيم القاعدة في العراق"
    assert rows[0][4] is False


def test_report_writer_with_his_title_set_off() -> None:
    text = ("عاد الجدل حول الجماعة. وفق تقرير كتبه جون سميث، خبير الإرهاب في معهد بروكينغز في واشنطن، فليست الجماعة "
            "أول منظمة تنشط في المنطقة.")
    rows = _rows(text, "وفق")
    assert len(rows) == 1
    assert rows[0][1] == "جون سميث"
    assert rows[0][3] == "ليست الجماعة أول منظمة تنشط في المنطقة"


def test_report_writer_after_an_aside_of_time() -> None:
    text = ("عاد الجدل حول الجماعة. وحسب دراسة أعدها، قبل ثلاث سنوات، جون سميث عن الجماعات المسلحة، كان القائد "
            "الجديد مقربا من زعيم التنظيم السابق.")
    rows = _rows(text, "وحسب")
    assert len(rows) == 1
    assert rows[0][1] == "جون سميث"
    assert rows[0][3] == "كان القائد الجديد مقربا من زعيم التنظيم السابق"


def test_report_with_a_cue_after_its_comma_opens_nothing() -> None:
    text = "عاد الجدل حول الجماعة. وحسب التقرير، نحو مائة عنصر من الجماعة في المخيم منذ أسبوع."
    assert _rows(text, "وحسب") == []


JOINT = ("أعلن وزير الخارجية المصري سامح شكري ونظيره الأميركي جون كيري، أن المحادثات جرت في أجواء إيجابية، "
         "مؤكدين أنه لا توجد خلافات بين البلدين.")


def test_plural_participle_after_a_joint_statement_keeps_both() -> None:
    doc = analyze_news(JOINT)
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "مؤكدين")
    names = [doc.entity(e).name for e in q.attrs["speakers"]]  # type: ignore[union-attr]
    assert names == ["سامح شكري", "جون كيري"]
    assert doc.entity(q.speaker).name == "سامح شكري"  # type: ignore[union-attr]
    assert doc.text[q.content.start : q.content.end] == "لا توجد خلافات بين البلدين"


def test_plural_participle_after_one_speaker_gets_no_pair() -> None:
    text = "قال وزير الخارجية المصري سامح شكري إن المحادثات جرت في أجواء إيجابية، مؤكدين أنه لا توجد خلافات بين البلدين."
    doc = analyze_news(text)
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "مؤكدين")
    assert "speakers" not in q.attrs


def test_plural_participle_of_another_sentence_gets_no_pair() -> None:
    text = ("أعلن وزير الخارجية المصري سامح شكري ونظيره الأميركي جون كيري، أن المحادثات جرت في أجواء إيجابية. "
            "وهاجم مسلحون مركزا للشرطة في سيناء، مؤكدين أنهم سيواصلون عملياتهم.")
    doc = analyze_news(text)
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "مؤكدين")
    assert "speakers" not in q.attrs and q.speaker is None

"""Round qu888: two missed indirect-speech cues.

1. «وأكد المصدر نفسه أن»: the emphatic «نفسه» of the cue's definite subject is no reflexive object («عرّف عن نفسه
   بأنه»), so the «أن» after it is what the cue reports (``rasd.quotes.self_named.emphatic_subject``); the source
   is the one told before (``rasd.quotes.source_again``).
2. «قال الوزير: إنها خطوة ... . كنا ...»: the words «إن» opens after a colon run on over the next sentences of the
   paragraph in the speaker's voice, as bare colon words do (``rasd.quotes.colon_run``).
"""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows

# 1. «المصدر نفسه» -----------------------------------------------------------------------------------------------

SOURCE = ("قال مصدر أمني في وزارة الداخلية التونسية إن الشرطة أوقفت ستة مشتبه بهم في ولاية سوسة. وأكد المصدر "
          "نفسه أن التحقيقات مع الموقوفين لا تزال جارية. وأضاف المصدر الأمني نفسه على أن الخلية كانت تخطط "
          "لهجمات في العاصمة.")


def test_same_source_cue_reports_its_that_clause() -> None:
    rows = news_quote_rows(SOURCE)
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        ("قال", "مصدر أمني في وزارة الداخلية التونسية",
         "الشرطة أوقفت ستة مشتبه بهم في ولاية سوسة", False),
        ("وأكد", "مصدر أمني في وزارة الداخلية التونسية", "التحقيقات مع الموقوفين لا تزال جارية", False),
        ("وأضاف", "مصدر أمني في وزارة الداخلية التونسية", "الخلية كانت تخطط لهجمات في العاصمة", False)]


def test_same_source_speaks_for_the_first_sources_body() -> None:
    doc = analyze_news(SOURCE)
    bodies = [q.attrs.get("affiliation") for q in doc.quotes]
    assert len(bodies) == 3 and bodies[0] is not None and bodies == [bodies[0]] * 3
    assert [q.speaker for q in doc.quotes] == [None, None, None]


def test_plural_same_sources() -> None:
    text = ("ذكرت مصادر عسكرية عراقية أن الجيش استعاد السيطرة على قرية شمال تكريت. وأكدت المصادر نفسها أن "
            "المعارك ما زالت مستمرة في الأطراف.")
    rows = news_quote_rows(text)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("ذكرت", "مصادر عسكرية عراقية", "الجيش استعاد السيطرة على قرية شمال تكريت"),
        ("وأكدت", "مصادر عسكرية عراقية", "المعارك ما زالت مستمرة في الأطراف")]


def test_self_description_still_no_content() -> None:
    """Counter-case: «عرّف عن نفسه بأنه» is who the speaker says he is; the «أن» after it is what he said."""
    text = "وأكد شاب ملثم عرف عن نفسه بأنه أحد عناصر الكتيبة أن المقاتلين انسحبوا من الحي."
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [("وأكد", "المقاتلين انسحبوا من الحي")]


def test_presented_himself_still_no_content() -> None:
    """Counter-case: «قدم نفسه على أنه» after an indefinite speaker is his self-description, no words said."""
    text = "وقال رجل قدم نفسه على أنه ضابط سابق في الجيش إن القوات غادرت المعسكر ليلا."
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [("وقال", "القوات غادرت المعسكر ليلا")]


# 2. «: إن» runs on ------------------------------------------------------------------------------------------------

def test_colon_that_words_run_on_in_the_first_person() -> None:
    text = ("وقال وزير الخارجية الأردني سمير العمري: إنها خطوة مهمة في العلاقات بين البلدين. كنا دائما نطالب "
            "بتعزيز التعاون الأمني. ونحن مستعدون للعمل مع شركائنا.\nوفي سياق آخر، عقد البرلمان جلسة طارئة.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3], r[4]) for r in rows] == [
        ("وقال", "خطوة مهمة في العلاقات بين البلدين. كنا دائما نطالب بتعزيز التعاون الأمني. ونحن مستعدون للعمل "
         "مع شركائنا", False)]


def test_colon_that_run_stops_at_the_next_cue() -> None:
    text = ("وقال رئيس الحكومة المغربية إدريس المنصوري: إننا لن نقبل بأي تدخل في شؤوننا. سنحمي حدودنا بكل "
            "الوسائل. وأوضح المنصوري أن الحكومة ستعرض خطتها على البرلمان.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [
        ("وقال", "لن نقبل بأي تدخل في شؤوننا. سنحمي حدودنا بكل الوسائل"),
        ("وأوضح", "الحكومة ستعرض خطتها على البرلمان")]


def test_colon_that_run_needs_the_speakers_voice() -> None:
    """Counter-case: no first-person mark, the next sentence is the writer's; the words end at the full stop."""
    text = ("وقال وزير الخارجية الأردني سمير العمري: إن الاتفاق خطوة مهمة في العلاقات بين البلدين. وعقد البرلمان "
            "جلسة طارئة لمناقشة الاتفاق.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows][:1] == [("وقال", "الاتفاق خطوة مهمة في العلاقات بين البلدين")]


def test_that_without_colon_does_not_run_on() -> None:
    """Counter-case: «قال إنها» with no colon is the writer's report; the sentence after stays out."""
    text = ("وقال وزير الخارجية الأردني سمير العمري إنها خطوة مهمة في العلاقات بين البلدين. كنا دائما نطالب "
            "بتعزيز التعاون الأمني.")
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [("وقال", "خطوة مهمة في العلاقات بين البلدين")]

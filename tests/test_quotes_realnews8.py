"""Quote speakers in constructions of real news (eighth hand-judged sample): a «وقال:» with no subject of its own
takes the subject of the clause before it in its sentence, where the chunker read that clause's verb into the title
after it («ووصف الرئيس الأميركي فلان ...، وقال»), after an adverb («بدوره انتقد ...»), or after a name set off by a
comma («وظهر فلان، من ...»); an unnamed source that opens the sentence holds it («وكشف مصدر مطلع ...، لكنه أكد»);
a family name the entity layer left unmarked is that person («ويضيف البحر»), and an unmarked one-word subject stops
a carry to an older speaker («ويرى المضف ... . ويقول»)."""

from __future__ import annotations

from rasd import analyze
from rasd.quotes import extract_quotes

from conftest import quote_speakers

LEAD = "قال الوزير سامح شكري إن الوضع صعب. "


def test_said_takes_the_subject_of_a_verb_read_into_its_title() -> None:
    doc = analyze(LEAD + "ووصف الرئيس الأميركي باراك أوباما القواعد الجديدة بأنها ضرورية، وقال: «إنها خطوة مهمة».")
    assert quote_speakers(doc)[-1] == ("وقال", "باراك أوباما")


def test_fa_qala_takes_the_subject_of_the_clause_before() -> None:
    doc = analyze(LEAD + "وقدم رئيس الحكومة تمام سلام شرحا مفصلا للوضع في البلاد، فقال: «إن الأزمة ستنتهي قريبا».")
    assert quote_speakers(doc)[-1] == ("فقال", "تمام سلام")


def test_said_after_a_title_with_an_adjective_after_an_adverb() -> None:
    doc = analyze(LEAD + "بدوره انتقد رئيس اللجنة الاقتصادية أحمد توكلي، موقف الحكومة، وقال لوكالة مهر إن «الأمر خطير».")
    assert quote_speakers(doc)[-1] == ("وقال", "أحمد توكلي")


def test_an_unnamed_source_opening_the_sentence_holds_it() -> None:
    doc = analyze(LEAD + "وكشف مصدر مطلع عن وجود تفاهمات، وأعرب المصدر عن تفاؤله، لكنه أكد أن هناك عقبات.")
    assert quote_speakers(doc)[-1] == ("أكد", "[مصدر مطلع]")


def test_a_name_set_off_by_a_comma_after_the_verb_is_the_subject() -> None:
    doc = analyze("قال مسؤول في الجيش الليبي إن الطيران سيشن غارات جديدة.\n"
                  "وظهر أبو يحيى التونسي، من تنظيم داعش في رسالة مصورة وزعها التنظيم، تحت اسم «رسائل سرت»، وهو يتوعد "
                  "بقتل قائد الجيش، الفريق خليفة حفتر، وأضاف: «إننا لن نرحمكم».")
    assert quote_speakers(doc)[-1] == ("وأضاف", "أبو يحيى التونسي")


def test_quoted_from_with_a_time_between_commas() -> None:
    doc = analyze("وكانت صحيفة «حرييت» نقلت، أمس، عن الرئيس رجب طيب إردوغان قوله: «سنتجه إلى الانتخابات».")
    assert quote_speakers(doc) == [("نقلت", "رجب طيب إردوغان")]


def _unmark(doc, word: str) -> None:  # type: ignore[no-untyped-def]
    """Drop the entity layer's mentions of ``word`` (a long article's entity layer may leave it unmarked)."""
    for at in [i for i in range(len(doc.text)) if doc.text.startswith(word, i)]:
        for ent in doc.entities:
            ent.mentions = [m for m in ent.mentions if not (m.start <= at < m.end)]
    doc.quotes = extract_quotes(doc)


def test_a_family_name_left_unmarked_is_that_person() -> None:
    doc = analyze("قال الكاتب غوستاف لوبون إن الجمهور يفكر بالصور. وقال عبد المحسن البحر إن الغزو كان صدمة.\n"
                  "ويضيف البحر: «دول الخليج تركيبة واحدة».\n"
                  "ويقول: «لقد كنا في ألمانيا حين حدث الغزو».")
    _unmark(doc, "البحر:")
    assert quote_speakers(doc)[2:] == [("ويضيف", "عبد المحسن البحر"), ("ويقول", "عبد المحسن البحر")]


def test_a_title_and_a_family_name_left_unmarked() -> None:
    doc = analyze("أصدر الدكتور عبدالله التركي بيانا. وأفاد الدكتور التركي أن الرابطة تتابع التصريحات.")
    _unmark(doc, "التركي أن")
    assert quote_speakers(doc)[-1] == ("وأفاد", "عبدالله التركي")


def test_an_unmarked_one_word_subject_stops_the_carry() -> None:
    doc = analyze("قال الكاتب غوستاف لوبون إن الجمهور يفكر بالصور.\n"
                  "ويرى المضف أن هناك خاصية أخرى للجمهور الكويتي.\n"
                  "ويقول: «لقد رأيت مدرعات في الشارع».")
    _unmark(doc, "المضف")
    assert quote_speakers(doc)[-1] == ("ويقول", "[المضف]")


def test_a_statement_that_spoke_holds_the_next_cue() -> None:
    doc = analyze(LEAD + "وأشار البيان إلى أن المجلس وافق على القرض، وأضاف أن الخطوات مهمة.")
    assert quote_speakers(doc)[-1] == ("وأضاف", "[البيان]")

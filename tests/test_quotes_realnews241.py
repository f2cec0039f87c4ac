"""Round 241: a participle of opinion with no «مـ» after a comma ends the indirect words before it («، عادًّا تلك
الخطوة إيجابية», «، لافتاً الانتباه إلى»), but not the dual verb «عادا» ("the two returned") written bare; a joint
subject «كل/كلا من X وY» of a cue, after it or before it, is both speakers. Hand-made sentences; each with a
counter-case."""

from conftest import analyze_news, news_quote_rows

from rasd.events.chunks import Chunk
from rasd.quotes.agreement import head_agrees


def _row(text: str, cue: str) -> tuple[str, str | None, str | None, str, bool]:
    return next(r for r in news_quote_rows(text) if r[0] == cue)


def test_counting_participle_ends_the_words() -> None:
    text = "وأوضح المتحدث باسم الحكومة أن القوات تسلمت المطار بالكامل، عادًّا تلك الخطوة إيجابية في طريق الاستقرار."
    assert _row(text, "وأوضح")[3] == "القوات تسلمت المطار بالكامل"


def test_drawing_attention_participle_ends_the_words() -> None:
    text = "وأكد الوزير أن الحوار بات قريبا جدا، لافتاً الانتباه إلى التقدم الكبير في المحادثات."
    assert _row(text, "وأكد")[3] == "الحوار بات قريبا جدا"


def test_bare_dual_verb_returned_goes_on() -> None:
    text = "وقال الوزير إن الوفدين أنهيا المحادثات في العاصمة، عادا إلى بلديهما مساء أمس."
    assert _row(text, "وقال")[3].endswith("عادا إلى بلديهما مساء أمس")


def test_joint_subject_after_the_cue_is_both() -> None:
    doc = analyze_news("وأكدت كل من السعودية والإمارات أن الحوار ضروري لحل الأزمة.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وأكدت")
    names = [doc.entity(e).name for e in q.to_dict(doc.text)["speakers"]]
    assert names == ["السعودية", "الإمارات"] and q.speaker == q.attrs["speakers"][0]


def test_joint_subject_before_the_cue_is_both() -> None:
    doc = analyze_news("وبحسب المراقبين، فإن كلا من طهران وأنقرة أكدت أن الحوار ضروري لحل الأزمة.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "أكدت")
    assert [doc.entity(e).name for e in q.to_dict(doc.text)["speakers"]] == ["طهران", "أنقرة"]


def test_joint_phrase_inside_the_words_is_no_speaker() -> None:
    doc = analyze_news("وأكدت السعودية أن كلا من مصر والأردن شريكان في الحوار.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وأكدت")
    assert doc.entity(q.speaker).name == "السعودية" and "speakers" not in q.to_dict(doc.text)


def test_each_of_a_relative_is_no_joint_subject() -> None:
    doc = analyze_news("وأكد الوزير السعودي عادل الجبير أن كل من يهدد أمن مصر والأردن سيواجه الرد.")
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "وأكد")
    assert "speakers" not in q.to_dict(doc.text)



def _chunk(i: int) -> Chunk:
    return Chunk(i=i, j=i, start=0, end=0, entity="E1", etype="ORGANIZATION", prep=None, coord=False, title=False,
                 definite=True, number=False)


def test_bare_head_agrees_by_its_own_gender() -> None:
    doc = analyze_news("وقالت الحركة إن الاجتماع انتهى. وأعلن التنظيم أن الهجوم فشل. وقال المصدر إن الوضع هادئ.")
    toks = [t.text for t in doc.tokens]
    fem, masc, other = _chunk(toks.index("الحركة")), _chunk(toks.index("التنظيم")), _chunk(toks.index("المصدر"))
    assert head_agrees(doc, fem, "f") and not head_agrees(doc, fem, "m")
    assert head_agrees(doc, masc, "m") and not head_agrees(doc, masc, "f")
    assert not head_agrees(doc, other, "m")  # no head of a body


def test_masculine_head_of_a_feminine_named_body_speaks() -> None:
    text = "هاجمت «جبهة النصرة» مقرا للمعارضة قرب حلب. وقد أعلن التنظيم القبض على عشرين عنصرا، مدعيا أنهم تدربوا في تركيا."
    doc = analyze_news(text)
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "مدعيا")  # (round 254: «مدعيا» is the
    # cue of «أنهم ...», the front's claim; «أعلن» announced the arrests)
    assert q.speaker is not None and doc.entity(q.speaker).name == "جبهة النصرة"

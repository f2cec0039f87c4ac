"""Event arguments on constructions of real news, round 14: a finite verb («وكثفت», «ويهاجم», «داهمت») opens no
noun phrase and ends the one before it; an adverb of manner between a verb's subject and its object («على نحو
متزايد»); a verb after «و/ف» opens a new clause, whose subject is no object of the verb before."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at


def _chunk_texts(text: str) -> list[str]:
    from rasd.events.chunks import build_chunks, mention_index

    doc = analyze_news(text)
    chunks = build_chunks(doc, 0, len(doc.tokens), mention_index(doc), set(), verbs=True)
    return [doc.text[c.start : c.end] for c in chunks]


def test_a_past_verb_in_ta_after_wa_opens_no_phrase() -> None:
    chunks = _chunk_texts("وكثفت قوات التحالف غاراتها على مواقع التنظيم.")
    assert "قوات التحالف" in chunks
    assert not [c for c in chunks if "كثفت" in c]


def test_a_present_verb_after_wa_opens_no_phrase() -> None:
    chunks = _chunk_texts("ويرفض المسؤولون الخطة الجديدة.")
    assert not [c for c in chunks if "يرفض" in c]


def test_a_verb_ends_the_phrase_before_it() -> None:
    chunks = _chunk_texts("وقالت المصادر إن قوات داهمت المنزل.")
    assert "قوات" in chunks


def test_a_given_name_in_ta_is_no_verb() -> None:
    from rasd.events.word_tests import verb_shape

    assert verb_shape("كثفت", True) and verb_shape("يهاجم", True)
    assert not verb_shape("رفعت", False) and not verb_shape("يوسف", True) and not verb_shape("تصويت", False)


def test_the_verb_after_a_noun_trigger_is_not_its_source() -> None:
    doc = analyze_news("وانقطعت اجتماعات استمرت ثلاثة أيام في المدينة.")
    ev = event_with_trigger_at(doc, "اجتماعات")
    assert "استمرت" not in event_arg(doc, ev, "source")


def test_a_subject_then_a_manner_adverb_then_the_object() -> None:
    doc = analyze_news("ويهاجم المسلحون على نحو متزايد القوافل العسكرية.")
    ev = event_with_trigger_at(doc, "ويهاجم")
    assert event_arg(doc, ev, "source") == "المسلحون"
    assert event_arg(doc, ev, "target") == "القوافل العسكرية"


def test_the_subject_of_a_coordinated_verb_is_no_object() -> None:
    doc = analyze_news("رفض الوزير المقترح أمس، واعتبرت الحكومة أنه غير مقبول.")
    ev = event_with_trigger_at(doc, "رفض")
    assert "الحكومة" not in event_arg(doc, ev, "target")


def test_the_surname_genitive_of_a_statement_is_the_person_named_before() -> None:
    doc = analyze_news(
        "وقال الأمين العام للجامعة العربية نبيل العربي إن الوضع خطير. ورحب الوزير بتصريحات العربي حول الأزمة."
    )
    ev = event_with_trigger_at(doc, "بتصريحات")
    assert event_arg(doc, ev, "source") == "نبيل العربي"


def test_the_actor_after_qama_biha_is_the_visitor() -> None:
    doc = analyze_news("وبدأ أمس زيارة إلى بنغلاديش قام بها رئيس الحكومة الهندية ناريندرا مودي.")
    ev = event_with_trigger_at(doc, "زيارة")
    assert event_arg(doc, ev, "source") == "ناريندرا مودي"
    assert event_arg(doc, ev, "target") == "بنغلاديش"


def test_the_actor_after_yaqumu_biha_with_the_place_after_it() -> None:
    doc = analyze_news("وتأتي الجولة التي يقوم بها وزير الخارجية إلى موسكو في إطار التشاور.")
    ev = event_with_trigger_at(doc, "الجولة")
    assert event_arg(doc, ev, "source") == "وزير الخارجية"
    assert event_arg(doc, ev, "target") == "موسكو"


def test_a_possessed_word_after_a_coordinated_verb_is_its_object() -> None:
    doc = analyze_news("واقتحمت قوات الأمن مقر الجماعة واعتقلت قادتها.")
    ev = event_with_trigger_at(doc, "واعتقلت")
    assert event_arg(doc, ev, "source") != "قادتها"
    assert event_arg(doc, ev, "target") == "قادتها"


def test_a_preposition_governs_a_quoted_name() -> None:
    doc = analyze_news("وقال المرصد إن طائرات تابعة للتحالف الذي يقاتل ضد «داعش» قامت بقصف مواقع للنصرة.")
    ev = event_with_trigger_at(doc, "بقصف")
    assert "داعش" not in event_arg(doc, ev, "source")
    doc = analyze_news("وتخشى المعارضة أن يكون الهجوم على «حزم» بداية لحملة أوسع.")
    ev = event_with_trigger_at(doc, "الهجوم")
    assert event_arg(doc, ev, "target") == "حزم"

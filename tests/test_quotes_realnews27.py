"""Quote cues and speakers on constructions of real news, round 27: «جاء في» and a statement is a cue whose speaker
is who issued the statement (or the statement itself); minutes, memos and texts are documents like reports; an
«according to» phrase fronted before a cue with no subject is its speaker; a quoted organisation after a cue, then a
time, is the subject, not what was said; «ولذلك» opens a clause as «و» does."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_jaa_fi_a_statement_is_a_cue_of_its_issuer() -> None:
    doc = analyze_news("وقال وزير الداخلية محمد الغبان إن الوضع مستقر. وجاء في بيان صادر عن وزارة الخارجية أن "
                       "الوزير سيزور القاهرة الأسبوع المقبل.")
    assert quote_speakers(doc)[-1] == ("وجاء", "وزارة الخارجية")
    assert _contents(doc)[-1] == "الوزير سيزور القاهرة الأسبوع المقبل"
    doc = analyze_news("وقال وزير الداخلية محمد الغبان إن الوضع مستقر. وجاء في البيان أن القوات تقدمت نحو المدينة.")
    assert quote_speakers(doc)[-1] == ("وجاء", "[البيان]")  # the statement, not the minister carried over


def test_jaa_with_no_statement_after_fi_is_no_cue() -> None:
    doc = analyze_news("وجاء الرئيس إلى القاهرة أمس. وجاء ذلك في وقت أكد فيه الجيش أن القوات تقدمت.")
    assert [c for c, _ in quote_speakers(doc)] == ["أكد"]


def test_ma_jaa_fi_is_a_reference_no_cue() -> None:
    doc = analyze_news("وقالت متحدثة باسم الشرطة كما جاء في تقارير صحافية: «نؤكد أننا نحقق في الحادث مع السلطات».")
    assert quote_speakers(doc) == [("وقالت", "[متحدثة باسم الشرطة]")]


def test_minutes_are_a_document_that_speaks() -> None:
    doc = analyze_news("وقالت رئيسة البنك جانيت يلين إن الفائدة ستبقى ثابتة. ويشير محضر اجتماع عقد يوم 15 يوليو "
                       "إلى أن الأعضاء منقسمون حول موعد الرفع.")
    assert quote_speakers(doc)[-1] == ("ويشير", "[محضر اجتماع عقد]")


def test_a_fronted_according_phrase_speaks_for_a_verb_with_no_subject() -> None:
    doc = analyze_news("وقال وزير الداخلية محمد الغبان إن الوضع مستقر. وبحسب مصادر عسكرية، أكدت أن القوات "
                       "استعادت البلدة.")
    assert quote_speakers(doc)[-1] == ("أكدت", "[مصادر عسكرية]")
    doc = analyze_news("وقال وزير الداخلية محمد الغبان إن الوضع مستقر. وبحسب مصادر عسكرية، أكدت القوات أنها "
                       "استعادت البلدة.")
    assert quote_speakers(doc)[-1] == ("أكدت", "[القوات]")  # a subject of its own


def test_a_quoted_organisation_then_a_time_is_the_subject() -> None:
    doc = analyze_news("وأعلنت «اللجنة السورية لحقوق الإنسان» أمس، أن توقف الغارات أدى إلى تراجع عدد الضحايا.")
    assert quote_speakers(doc) == [("وأعلنت", "اللجنة السورية لحقوق الإنسان")]
    assert _contents(doc) == ["توقف الغارات أدى إلى تراجع عدد الضحايا"]


def test_a_connective_opens_the_clause_of_the_cue() -> None:
    doc = analyze_news("وقال المسؤولون الليبيون إن الحوار مستمر. ولذلك قالوا إن الباب ما زال مفتوحا.")
    assert quote_speakers(doc)[-1] == ("قالوا", "[المسؤولون الليبيون]")


def test_a_connective_is_no_part_of_a_subject_phrase() -> None:
    from conftest import event_at

    doc = analyze_news("الحكومة تدرك هذا الأمر لذلك تدعو إلى إشراك العشائر في محاربة الإرهاب.")
    ev = event_at(doc, "تدعو")
    phrase = ev.attrs.get("source_text") if ev.source is None else None
    assert phrase is None or "لذلك" not in doc.text[phrase.start : phrase.end]

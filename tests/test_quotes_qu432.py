"""Round qu432: quote speakers and contents. Hand-made sentences.

A dropped-subject cue after a clause that opens on a feminine past verb of no quote and an unnamed source
(«ووصفت مصادر محلية ...، وأكدت»: those sources); an unnamed source named again with the article past the other
number of its head noun told of since («كشف مصدر ... . وقالت المصادر»: not the «مصادر X» quoted before); a source
phrase run on over the complement its word governs («مصدر مطلع على ...», «ممثلون عن ...»); a content cut at the
next cue without the writer's conditional clause that frames it («...، فإذا كان ظريف قد [قال]»)."""

from __future__ import annotations

import rasd


def _rows(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker phrase, content) per quote."""
    doc = rasd.analyze(text, "2015-08-04")
    out: list[tuple[str, str | None, str]] = []
    for q in doc.quotes:
        given = q.attrs.get("speaker_text")
        out.append((doc.text[q.cue.start:q.cue.end],
                    doc.text[given.start:given.end] if isinstance(given, rasd.Span) else None,
                    doc.text[q.content.start:q.content.end]))
    return out


_OPENED = ("وأكدت مصادر قبلية لـ«الشرق الأوسط» أن القوات الموالية للرئيس تواصل تصديها لتلك الهجمات، وقالت "
           "المصادر إن قتالا ضاريا شهدته المحافظة النفطية، {}هجوم الحوثيين على مأرب بأنه كان كبيرا، وأكدت أنه "
           "فشل في تحقيق أهدافه.")


def test_a_source_opening_the_clause_before_the_cue_goes_on() -> None:
    got = _rows(_OPENED.format("ووصفت مصادر محلية "))
    assert got[-1][:2] == ("وأكدت", "مصادر محلية")


def test_no_source_opening_the_clause_keeps_the_one_quoted_before() -> None:
    got = _rows(_OPENED.format("ووصفت "))
    assert got[-1][:2] == ("وأكدت", "مصادر قبلية")


def test_a_masculine_verb_before_a_feminine_cue_gives_no_source() -> None:
    got = _rows(_OPENED.format("ووصف مصدر محلي "))
    assert got[-1][:2] == ("وأكدت", "مصادر قبلية")


_AGAIN = ("وفيما قالت مصادر تركية إن التنسيق يتم مع المعارضة السورية المعتدلة، {} لـ«الشرق الأوسط» عن اتجاه "
          "لإجراء تغيير في الحكومة المؤقتة. وقالت المصادر إن رئيس الحكومة المؤقتة قد يستقيل.")


def test_sources_again_not_past_a_source_of_the_other_number() -> None:
    got = _rows(_AGAIN.format("كشف مصدر في المعارضة السورية"))
    assert got[-1][:2] == ("وقالت", "المصادر")


def test_sources_again_past_no_other_source() -> None:
    got = _rows(_AGAIN.format("كشفت المعارضة السورية"))
    assert got[-1][:2] == ("وقالت", "مصادر تركية")


def test_a_source_phrase_runs_on_over_its_words_complement() -> None:
    got = _rows("ويقول مصدر مطلع على أحوال القرى الدرزية في جنوب سوريا لـ«الشرق الأوسط» إن الحزب يجند الشباب. "
                "وقال ممثلون عن هذه المجموعات إن نتنياهو سيلقي خطابا.")
    assert [r[1] for r in got] == ["مصدر مطلع على أحوال القرى الدرزية في جنوب سوريا", "ممثلون عن هذه المجموعات"]


def test_a_preposition_the_word_does_not_govern_is_no_complement() -> None:
    got = _rows("وقال مصدر عسكري عن قرب إن القوات تقدمت. وأكد مسؤول على الفور أن الهجوم فشل.")
    assert [r[1] for r in got] == ["مصدر عسكري", "مسؤول"]


_FRAMED = ("كما يرى وزير الخارجية الإيراني أن بعض المناسبات يساعد استغلالها بطريقة إيجابية، {} ظريف قد قال في "
           "مقالته الأولى إن «أصدقاءنا في دول الجوار أعربوا عن مخاوفهم» فإنه اليوم يطمئنهم.")


def test_a_conditional_clause_framing_the_next_cue_is_the_writers() -> None:
    got = _rows(_FRAMED.format("فإذا كان"))
    assert got[0][2] == "بعض المناسبات يساعد استغلالها بطريقة إيجابية"


def test_a_clause_of_no_subordinator_before_the_next_cue_stays() -> None:
    got = _rows(_FRAMED.format("وكان"))
    assert got[0][2] != "بعض المناسبات يساعد استغلالها بطريقة إيجابية"


def test_a_source_phrase_runs_on_to_a_comma_before_that() -> None:
    got = _rows("كشف نائب عن الاتحاد الإسلامي في برلمان إقليم كردستان، أن الأحزاب الأربعة توصلت إلى اتفاق.")
    assert got[0][1] == "نائب عن الاتحاد الإسلامي في برلمان إقليم كردستان"


def test_a_comma_before_no_that_ends_no_source_phrase() -> None:
    got = _rows("كشف نائب عن الاتحاد الإسلامي في برلمان إقليم كردستان، مشيرا إلى أن الأحزاب الأربعة توصلت إلى اتفاق.")
    assert [r[:2] for r in got] == [("مشيرا", "نائب")]

"""Quote speakers on real news, round 3: relative clauses («X، الذي قال»), «يعتبر» with an object, participles
after «لدى لقائه», dual cues, unnamed sources in a chain, impersonal subjects («ذلك يؤكد»)."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Doc

from conftest import quote_speakers


def test_relative_clause_speaker_is_the_named_antecedent() -> None:
    doc = analyze("قال الرئيس فلاديمير بوتين إن الأمر انتهى. وأشاد الوفد بموقف وزير الخارجية سامر خليل الذي أوضح أن "
                  "المحادثات جيدة.")  # fmt: skip
    assert quote_speakers(doc) == [("قال", "فلاديمير بوتين"), ("أوضح", "سامر خليل")]


def test_relative_clause_with_an_unnamed_antecedent_has_no_speaker() -> None:
    doc = analyze("قالت وزيرة الخارجية ريم خليل إن الأمر انتهى. وتحدثت عن المقاومة في المدينة المجاورة، التي أعلنت "
                  "في وقت سابق أنها ستلتحم مع المقاومة في الجنوب.")  # fmt: skip
    assert quote_speakers(doc) == [("قالت", "ريم خليل"), ("أعلنت", None)]


def test_relative_as_object_keeps_the_carried_speaker() -> None:
    doc = analyze("قال سامر خليل إن الاقتصاد يتعافى. ورفض الدول التي قال إنها تحاول إلقاء اللوم على الأردن.")
    assert quote_speakers(doc) == [("قال", "سامر خليل"), ("قال", "سامر خليل")]


def test_while_is_no_relative_clause() -> None:
    doc = analyze("قال سامر خليل إن الاقتصاد يتعافى. في الوقت الذي أوضح فيه أن الأسعار مرتفعة.")
    assert quote_speakers(doc) == [("قال", "سامر خليل"), ("أوضح", "سامر خليل")]


def _contents(doc: Doc) -> list[str]:
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_considering_with_an_object_reports_the_object_not_a_later_clause() -> None:
    doc = analyze("واعتبر رئيس الوزراء سامر خليل الاتفاق تنازلا أمام إيران، إلا أن واشنطن ستدفع الثمن.")
    assert quote_speakers(doc) == [("واعتبر", "سامر خليل")]
    assert _contents(doc) == ["الاتفاق تنازلا أمام إيران"]


def test_considering_with_an_apposition_keeps_the_clause() -> None:
    doc = analyze("واعتبر سامر خليل وزير خارجية الأردن في مؤتمر صحافي أن الاتفاق جيد.")
    assert _contents(doc) == ["الاتفاق جيد"]
    doc = analyze("واعتبرت أوساط محلية هذه المساعي بأنها تأتي بعد الهزائم.")
    assert _contents(doc) == ["تأتي بعد الهزائم"]


def test_counted_as_is_a_verb_of_considering_too() -> None:
    doc = analyze("وعدّ سامر خليل الاتفاق تنازلا أمام إيران، إلا أن واشنطن ستدفع الثمن.")
    assert _contents(doc) == ["الاتفاق تنازلا أمام إيران"]


def test_participle_after_an_opening_occasion_takes_the_main_subject() -> None:
    doc = analyze("قال الوزير عمر ملحس إن الزيارة ناجحة. ولدى استقباله وزير الخارجية الأردني عمر ملحس، أشاد الأمير "
                  "سامر خليل بالعلاقات، مؤكدا أن التعاون مستمر.")  # fmt: skip
    assert quote_speakers(doc) == [("قال", "عمر ملحس"), ("مؤكدا", "سامر خليل")]
    doc = analyze("قال الوزير عمر ملحس إن الزيارة ناجحة. وخلال لقائه عمر ملحس أشاد الأمير سامر خليل بالعلاقات، "
                  "مؤكدا أن التعاون مستمر.")  # fmt: skip
    assert quote_speakers(doc) == [("قال", "عمر ملحس"), ("مؤكدا", "سامر خليل")]


def test_a_feminine_participle_agreeing_with_a_noun_is_an_adjective() -> None:
    doc = analyze("وقالت الوزيرة ريم خليل إن الأسعار مرتفعة. وشاع استعمال هذه المفردة بطريقة لافتة لدى السياسيين رغم "
                  "أن معناها غامض.")  # fmt: skip
    assert quote_speakers(doc) == [("وقالت", "ريم خليل")]
    doc = analyze("وقالت الوزيرة ريم خليل إن الأسعار مرتفعة، لافتة إلى أن الحكومة تعمل.")
    assert quote_speakers(doc) == [("وقالت", "ريم خليل"), ("لافتة", "ريم خليل")]


def test_a_dual_cue_takes_the_two_named_together() -> None:
    doc = analyze("وقال الوزير عمر ملحس إن الزيارة ناجحة. والتقى الأمير سامر خليل والرئيس نبيل حداد في عمان أمس، "
                  "وشددا على أن التعاون مستمر.")  # fmt: skip
    # round 45: the contract's one speaker id is the first of the two; both stay in the added «speakers» field
    assert quote_speakers(doc) == [("وقال", "عمر ملحس"), ("وشددا", "سامر خليل")]
    names = [doc.entity(e).name for e in doc.quotes[1].attrs["speakers"]]  # type: ignore[union-attr]
    assert names == ["سامر خليل", "نبيل حداد"]
    assert doc.quotes[1].to_dict(doc.text)["speakers"] == doc.quotes[1].attrs["speakers"]


def test_a_dual_cue_never_carries_one_speaker() -> None:
    doc = analyze("وقال الوزير عمر ملحس إن الزيارة ناجحة. وأفادا بأن الأسعار مرتفعة.")
    assert quote_speakers(doc) == [("وقال", "عمر ملحس"), ("وأفادا", None)]


def test_an_opinion_is_no_dual_cue() -> None:
    doc = analyze("والمرء يكوّن رأيا بأنه قد يكون من الممكن النقاش.")
    assert quote_speakers(doc) == []


def test_an_unnamed_source_holds_the_chain() -> None:
    doc = analyze("وقال الوزير عمر ملحس إن الزيارة ناجحة. وقال مصدر مطلع إن الوفد وصل أمس. وأضاف أن المحادثات ستبدأ "
                  "غدا.")  # fmt: skip
    assert quote_speakers(doc) == [("وقال", "عمر ملحس"), ("وقال", "[مصدر مطلع]"), ("وأضاف", "[مصدر مطلع]")]


def test_a_definite_title_refers_back_to_the_named_speaker() -> None:
    doc = analyze("وقال الوزير عمر ملحس إن الزيارة ناجحة. وقال المسؤول الأردني إن الوفد وصل أمس. وأضاف أن المحادثات "
                  "ستبدأ غدا.")  # fmt: skip
    assert [w for _, w in quote_speakers(doc)] == ["عمر ملحس", "عمر ملحس", "عمر ملحس"]


def test_a_demonstrative_subject_means_no_speaker() -> None:
    doc = analyze("وقال الرئيس سامر خليل إن النصر قريب. فإن ذلك يؤكد أن الحرب مستمرة.")
    assert quote_speakers(doc) == [("وقال", "سامر خليل")]  # a fact confirms it: the writer's aside (round 33), no quote


def test_a_demonstrative_after_a_preposition_is_not_the_subject() -> None:
    doc = analyze("وقال الرئيس سامر خليل إن النصر قريب. وانطلاقا من ذلك يؤكد أن الحرب مستمرة.")
    assert quote_speakers(doc) == [("وقال", "سامر خليل"), ("يؤكد", "سامر خليل")]


def test_a_feminine_cue_prefers_a_feminine_speaker_to_an_unmarked_body() -> None:
    doc = analyze("وقالت الوزيرة ريم خليل إن الأسعار مرتفعة. وقال البنك الدولي إن النمو ضعيف. وأضافت أن الحكومة تعمل.")
    assert quote_speakers(doc) == [("وقالت", "ريم خليل"), ("وقال", "البنك الدولي"), ("وأضافت", "ريم خليل")]


def test_a_quantified_subject_is_no_one_carried() -> None:
    doc = analyze("وقال الوزير عمر ملحس إن الزيارة ناجحة. ومن جانبهم، أعلن جميع المرشحين أنهم سيصوتون ضد الاتفاق.")
    # (round q314: the many are given as a phrase; still no one carried)
    assert quote_speakers(doc) == [("وقال", "عمر ملحس"), ("أعلن", "[جميع المرشحين]")]

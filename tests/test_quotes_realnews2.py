"""Quote speakers on real news, round 2: the writer's aside («يذكر أن»), carried speakers and what breaks their
chain, participles whose clause subject stands apart from its verb, subjects set off from their verb."""

from __future__ import annotations

from rasd import analyze

from conftest import quote_speakers


def test_it_is_worth_noting_is_the_writers_aside() -> None:
    doc = analyze("وقال وزير المالية الأردني عمر ملحس إن الاقتصاد يتعافى.\nيذكر أن الأردن وقع اتفاقا مع الصندوق العام "
                  "الماضي.")  # fmt: skip
    assert quote_speakers(doc) == [("وقال", "عمر ملحس")]


def test_mentioned_with_a_subject_is_a_quote() -> None:
    doc = analyze("ويذكر التقرير أن الأردن وقع اتفاقا مع الصندوق العام الماضي.")
    assert [c for c, _ in quote_speakers(doc)] == ["ويذكر"]


def test_a_new_named_subject_breaks_the_chain() -> None:
    doc = analyze("وقال وزير المالية الأردني عمر ملحس إن الاقتصاد يتعافى. وحمّل المتحدث باسم الحكومة، سامر خليل، "
                  "المعارضة المسؤولية عن الأزمة. وقال إن الحكومة لن تتراجع.")  # fmt: skip
    assert [w for _, w in quote_speakers(doc)] == ["عمر ملحس", "سامر خليل"]


def test_the_subject_set_off_by_commas_before_the_verb() -> None:
    doc = analyze("وقال وزير المالية الأردني عمر ملحس إن الاقتصاد يتعافى. لكن سامر خليل، رئيس غرفة التجارة، أكد "
                  "لـ«الشرق الأوسط» أن الأسواق راكدة.")  # fmt: skip
    assert [w for _, w in quote_speakers(doc)] == ["عمر ملحس", "سامر خليل"]


def test_a_subject_inside_quoted_words_is_not_carried() -> None:
    doc = analyze("وقال وزير المالية الأردني عمر ملحس: «الاقتصاد يتعافى. سامر خليل يعرف ذلك جيدا». وأضاف أن "
                  "الأسواق ستنتعش.")  # fmt: skip
    assert [w for _, w in quote_speakers(doc)] == ["عمر ملحس", "عمر ملحس"]


def test_a_plural_cue_carries_no_single_speaker() -> None:
    doc = analyze("وقال وزير المالية الأردني عمر ملحس إن الاقتصاد يتعافى. وأكدوا أن الأسواق ستنتعش.")
    assert [w for _, w in quote_speakers(doc)] == ["عمر ملحس", None]


def test_reports_that_say_are_no_carried_speaker() -> None:
    doc = analyze("وقال وزير المالية الأردني عمر ملحس إن الاقتصاد يتعافى. ونشرت الصحف تقارير تفيد بأن الأسواق "
                  "ستنتعش.")  # fmt: skip
    assert [w for _, w in quote_speakers(doc)] == ["عمر ملحس", "[تقارير]"]  # round 246: the reports, not him


def test_the_subject_before_qad() -> None:
    doc = analyze("وقال وزير المالية الأردني عمر ملحس إن الاقتصاد يتعافى. وكانت وزارة الخارجية الأردنية قد أعلنت "
                  "أن النمو سيرتفع.")  # fmt: skip
    assert [w for _, w in quote_speakers(doc)] == ["عمر ملحس", "وزارة الخارجية الأردنية"]

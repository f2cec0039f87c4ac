"""Quote cues and speakers on constructions of real news, round 29: the object of a verb is cut off the title phrase
of its subject where a definite word that cannot be its adjective follows a complete title and its nisba («ودعا
المبعوث الأممي | الفصائل الليبية إلى الحوار»), and a cue after a comma («، وقال») shares that subject, described in
full by its title and nisba."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_the_object_after_a_title_and_its_nisba_is_no_part_of_the_speaker() -> None:
    doc = analyze_news("واتهم المتحدث العسكري المسلحين بخرق الهدنة، وأضاف أن الجيش سيرد على أي هجوم.")
    assert quote_speakers(doc) == [("وأضاف", "[المتحدث العسكري]")]
    doc = analyze_news("وحذر المتحدث الحكومي القبائل من دعم المتمردين، وأضاف أن الدولة لن تتهاون.")
    assert quote_speakers(doc) == [("وأضاف", "[المتحدث الحكومي]")]


def test_a_cue_after_a_comma_shares_a_subject_described_in_full() -> None:
    doc = analyze_news("ودعا المبعوث الأممي الفصائل الليبية إلى الحوار، وقال إن الحل السياسي هو الطريق الوحيد.")
    assert quote_speakers(doc) == [("وقال", "[المبعوث الأممي]")]
    assert _contents(doc) == ["الحل السياسي هو الطريق الوحيد"]
    doc = analyze_news("وانتقد الوزير الفرنسي السياسة الروسية في أوكرانيا، وقال إن العقوبات ستستمر.")
    assert quote_speakers(doc) == [("وقال", "الوزير الفرنسي")]  # (en530: the title alone is a person)


def test_an_adjective_after_the_nisba_stays_in_the_title() -> None:
    doc = analyze_news("ودعا المبعوث الأممي الخاص الأطراف إلى الحوار، وقال إن الحل سياسي.")
    assert quote_speakers(doc) == [("وقال", "[المبعوث الأممي الخاص]")]


def test_a_bare_definite_title_is_still_no_shared_subject() -> None:
    doc = analyze_news("ودعا الوزير الفصائل إلى الحوار، وقال إن الحل سياسي.")
    assert quote_speakers(doc) == [("وقال", None)]


def test_a_relative_after_a_bodys_name_in_two_coordinated_parts() -> None:
    doc = analyze_news("وارتفع عدد المشتركين بنسبة عشرة في المائة، بحسب هيئة الاتصالات وتقنية المعلومات، التي أكدت أن "
                       "السوق ينمو بسرعة.")
    # (the body is an entity since round 61 of the entities: the speaker is it, no longer its text alone)
    assert quote_speakers(doc)[-1] == ("أكدت", "هيئة الاتصالات وتقنية المعلومات")


def test_a_relative_after_two_groups_names_no_body() -> None:
    doc = analyze_news("وتحدث الطلاب والمعلمون، الذين أكدوا أن المدرسة مغلقة.")
    assert quote_speakers(doc) == [("أكدوا", None)]


def test_ending_is_no_complementizer() -> None:
    doc = analyze_news("وشدد الرئيس خلال اللقاء على ضرورة إنهاء الأزمة الحالية بالحوار.")
    assert doc.quotes == []
    doc = analyze_news("وأكد الوزير أن إنهاء الأزمة يتطلب الحوار.")
    assert _contents(doc) == ["إنهاء الأزمة يتطلب الحوار"]


def test_the_complementizer_of_a_modal_opening_a_clause_is_not_what_was_said() -> None:
    doc = analyze_news("وشدد الوزير على أهمية الحوار بين الأطراف، ويجب أن تتوقف المعارك فورا.")
    assert doc.quotes == []
    doc = analyze_news("وقال الوزير إنه يجب أن نعمل معا.")
    assert _contents(doc) == ["يجب أن نعمل معا"]


def test_the_verb_of_the_reported_clause_does_not_end_what_was_said() -> None:
    doc = analyze_news("وقال المحلل الاقتصادي إن التقرير يوضح أن الاقتصاد يتجه إلى النمو.")
    assert _contents(doc)[0] == "التقرير يوضح أن الاقتصاد يتجه إلى النمو"
    doc = analyze_news("وأشار الوزير إلى أن المخابرات كانت قد كشفت عن خطة لتفجير المبنى.")
    assert _contents(doc)[0] == "المخابرات كانت قد كشفت عن خطة لتفجير المبنى"
    doc = analyze_news("وذكر الوزير أن الرئيس المصري، شدد خلال اللقاء على دعم الحكومة.")
    assert _contents(doc) == ["الرئيس المصري، شدد خلال اللقاء على دعم الحكومة"]


def test_a_statement_of_its_own_still_ends_what_was_said() -> None:
    doc = analyze_news("وقال الوزير إن الوضع صعب، وأكد أن الحل قريب.")
    assert _contents(doc) == ["الوضع صعب", "الحل قريب"]
    doc = analyze_news("وحذر النواب من أنهم سيفشلون التصويت على القانون، رأت الوزيرة أن الانتخابات ستكون حاسمة.")
    assert _contents(doc) == ["سيفشلون التصويت على القانون", "الانتخابات ستكون حاسمة"]

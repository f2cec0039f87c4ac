"""Content spans and speakers on constructions of real news, round 36: a noun that takes «بأن/أن» of its own after
«وسط/في ظل/رغم» («وسط اعتقاد بأنها», «في ظل قناعة بأن», «رغم تأكيدات بأن») is a setting the writer adds, and ends
what the cue before it reported; «كما يقول فلان» after a clause, with «، رغم أن/إذ إن» after the name, reports the
clause before it; what «إن» reports goes on past «؛» into a piece with no cue of its own; a name likened to
something («وشبه «مايكروسوفت» بشركة ...، حيث أشار») is the object, and «حيث أشار» goes on with the one who spoke."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_a_belief_with_its_own_that_after_among_ends_what_was_announced() -> None:
    doc = analyze_news("وأعلنت الشركة أنها ستغلق المصنع وسط اعتقاد لدى العمال بأنها ستنقل الإنتاج إلى الخارج.")
    assert _contents(doc) == ["ستغلق المصنع"]


def test_a_conviction_in_the_shadow_of_which_is_no_part_of_what_was_said() -> None:
    doc = analyze_news("وقال الوزير إن الأسعار سترتفع في ظل قناعة بأن الطلب سيزيد.")
    assert _contents(doc) == ["الأسعار سترتفع"]


def test_assurances_that_after_despite_end_what_was_confirmed() -> None:
    doc = analyze_news("وأكدت الوزارة أن المشروع سينتهي العام المقبل رغم تأكيدات بأن التمويل لم يكتمل.")
    assert _contents(doc) == ["المشروع سينتهي العام المقبل"]


def test_despite_that_right_after_the_opener_stays_in_what_was_said() -> None:
    doc = analyze_news("وأكدت الوزارة أن المشروع سينتهي العام المقبل رغم أن التمويل لم يكتمل.")
    assert _contents(doc) == ["المشروع سينتهي العام المقبل رغم أن التمويل لم يكتمل"]


def test_as_the_expert_says_then_despite_that_reports_the_clause_before() -> None:
    doc = analyze_news("الاقتصاد سيتعافى قريبا، كما يقول الخبير أحمد سعيد، رغم أن البطالة ما زالت مرتفعة.")
    assert quote_speakers(doc) == [("يقول", "أحمد سعيد")]
    assert _contents(doc) == ["الاقتصاد سيتعافى قريبا"]


def test_as_he_says_with_no_comma_before_it_then_since_reports_the_clause_before() -> None:
    doc = analyze_news("وانتهت الأزمة لكن آثارها لم تنته كما يقول الخبير أحمد سعيد، إذ إن البطالة ما زالت مرتفعة.")
    assert _contents(doc) == ["وانتهت الأزمة لكن آثارها لم تنته"]


def test_as_the_minister_said_then_that_reports_what_follows() -> None:
    doc = analyze_news("وكما قال الوزير خالد العلي، إن الحكومة ستدعم المزارعين.")
    assert _contents(doc) == ["الحكومة ستدعم المزارعين"]


def test_what_was_said_goes_on_past_a_semicolon() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة ستدعم المزارعين؛ وستوفر لهم البذور مجانا.")
    assert _contents(doc) == ["الحكومة ستدعم المزارعين؛ وستوفر لهم البذور مجانا"]


def test_a_cue_after_the_semicolon_ends_what_was_said_before_it() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة ستدعم المزارعين؛ لكن النقابة نفت ذلك.")
    assert _contents(doc)[0] == "الحكومة ستدعم المزارعين"


def test_the_name_likened_is_no_speaker_where_he_goes_on() -> None:
    doc = analyze_news("وقال الخبير هوريس ديديو إن السوق تتغير. وشبه «مايكروسوفت» بشركة «آي بي إم» العملاقة، حيث أشار "
                       "إلى أنها تتراجع ببطء.")
    assert quote_speakers(doc) == [("وقال", "هوريس ديديو"), ("أشار", "هوريس ديديو")]
    doc = analyze_news("وقال الخبير هوريس ديديو إن السوق تتغير. وشبه شركة نوكيا بالديناصور، حيث أشار إلى أنها لم "
                       "تتكيف.")
    assert quote_speakers(doc)[-1] == ("أشار", "هوريس ديديو")


def test_a_name_before_its_own_object_likens_and_speaks() -> None:
    doc = analyze_news("وقال الخبير هوريس ديديو إن السوق تتغير. وشبه «مايكروسوفت» المنافسة بالحرب، حيث أشار إلى أن "
                       "السوق تتغير بسرعة.")
    assert quote_speakers(doc)[-1] == ("أشار", "مايكروسوفت")


def test_a_setting_that_opens_the_clause_leaves_it_whole() -> None:
    doc = analyze_news("ويرى الوزير أن على الرغم من الحديث عن أن الحكومة ستنسحب، فإنها باقية حتى نهاية العام.")
    assert _contents(doc) == ["على الرغم من الحديث عن أن الحكومة ستنسحب، فإنها باقية حتى نهاية العام"]
    doc = analyze_news("ويرى الوزير أنه، وعلى الرغم من الحديث عن أن الحكومة ستنسحب، فإنها باقية حتى نهاية العام.")
    assert _contents(doc) == ["وعلى الرغم من الحديث عن أن الحكومة ستنسحب، فإنها باقية حتى نهاية العام"]


def test_a_participle_after_the_semicolon_is_the_writers() -> None:
    doc = analyze_news("وأوضح السفير أن الدراسة طرحت على البنوك؛ آخذًا في الاعتبار أنه يجرى التحضير لزيارة وفد.")
    assert _contents(doc)[0] == "الدراسة طرحت على البنوك"


def test_but_he_right_before_the_next_cue_is_no_part_of_what_was_denied() -> None:
    doc = analyze_news("ونفى فوزي أن يكون المبعوث ناقش خروج صالح من اليمن لكنه أضاف أن الجامعة ستدرس مراقبة وقف إطلاق "
                       "النار.")
    assert _contents(doc)[0] == "يكون المبعوث ناقش خروج صالح من اليمن"

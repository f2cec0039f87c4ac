"""Content spans and speakers on constructions of real news, round 37: «بأنهم», «أنهما», «أننا» open what a cue
reports as «بأنه» does; «according to» set off after a verb and its subject is the channel, closed by «أن» with no
comma too; an unnamed source «according to» goes on speaking
after «؛» with a dropped subject; a «لكنه» clause goes on with the subject of the clause it contrasts with where
no one was quoted yet; «وأشار البيان» after «وقال فلان في بيان» is that man's statement; «رأى في نفسه أنه» says
nothing to anyone; an attribution tail «، حسب قولهم» after what was said is the writer's, no part of it; «إن»
right after a colon opens what was said as it does with no colon."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def _contents(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[q.content.start : q.content.end] for q in doc.quotes]


def test_that_they_with_b_opens_what_was_confirmed() -> None:
    doc = analyze_news("وأكد الوزير بأنهم سيعودون إلى بلادهم قريبا.")
    assert quote_speakers(doc) == [("وأكد", "[الوزير]")]
    assert _contents(doc) == ["سيعودون إلى بلادهم قريبا"]


def test_that_the_two_and_that_we_open_what_was_said() -> None:
    doc = analyze_news("وقال الوزيران إنهما اتفقا على التعاون.")
    assert _contents(doc) == ["اتفقا على التعاون"]
    doc = analyze_news("وأكد المتحدث أننا سنواصل العمل.")
    assert _contents(doc) == ["سنواصل العمل"]


def test_according_to_closed_by_that_with_no_comma_is_the_channel() -> None:
    doc = analyze_news("وأضاف المتحدث، بحسب وكالة الأنباء الألمانية أن العمل سيستمر في الأسابيع المقبلة.")
    assert quote_speakers(doc) == [("وأضاف", "[المتحدث]")]
    assert _contents(doc) == ["العمل سيستمر في الأسابيع المقبلة"]


def test_according_to_an_unnamed_source_then_a_dropped_subject_after_a_semicolon() -> None:
    doc = analyze_news("وشنت القوات الحكومية هجوما واسعا لاستعادة القاعدة، وفق مصدر عسكري؛ قال أيضا لوكالة الأنباء "
                       "«بدأت معركة استعادة القاعدة الجوية».")
    assert quote_speakers(doc) == [("وفق", "[مصدر عسكري]"), ("قال", "[مصدر عسكري]")]
    assert _contents(doc)[1] == "بدأت معركة استعادة القاعدة الجوية"


def test_a_feminine_verb_does_not_go_on_with_a_masculine_source() -> None:
    doc = analyze_news("وشنت القوات الحكومية هجوما واسعا لاستعادة القاعدة، وفق مصدر عسكري؛ قالت أيضا لوكالة الأنباء "
                       "«بدأت معركة استعادة القاعدة الجوية».")
    assert quote_speakers(doc)[1] != ("قالت", "[مصدر عسكري]")


def test_but_he_goes_on_with_the_unnamed_subject_of_the_clause_before() -> None:
    doc = analyze_news("وأعلن المضيف عن جائزة كبيرة للفائزين لكنه اعترف بأن الجائزة تأخرت.")
    assert quote_speakers(doc) == [("اعترف", "[المضيف]")]


def test_the_statement_he_made_speaks_with_his_voice() -> None:
    # An analyst wants who stands behind the words: the statement the minister issued says what he says, so «وأشار
    # البيان» is the minister's, and what he «added» after it too (tests/test_quotes_realnews21.py agrees now).
    doc = analyze_news("وقال الوزير خالد العلي في بيان إن الحكومة ستدعم المزارعين. وأشار البيان إلى أن الدعم سيبدأ "
                       "الشهر المقبل.")
    assert quote_speakers(doc) == [("وقال", "خالد العلي"), ("وأشار", "خالد العلي")]


def test_a_statement_no_one_quoted_was_said_in_stays_the_statement() -> None:
    doc = analyze_news("وقال الوزير خالد العلي إن الحكومة ستدعم المزارعين. وأشار البيان إلى أن الدعم سيبدأ الشهر "
                       "المقبل.")
    assert quote_speakers(doc)[1] != ("وأشار", "خالد العلي")


def test_what_he_sees_in_himself_is_no_statement() -> None:
    doc = analyze_news("ورأى اللاعب في نفسه أنه قادر على قيادة الفريق.")
    assert doc.quotes == []
    doc = analyze_news("ورأى في نفسه أنه قادر على قيادة الفريق.")
    assert doc.quotes == []


def test_an_attribution_tail_is_no_part_of_what_was_confirmed() -> None:
    doc = analyze_news("ويؤكد المراقبون أن الرئيس السابق لن يترك الحكومة تعمل بسلام، حسب قولهم.")
    assert _contents(doc) == ["الرئيس السابق لن يترك الحكومة تعمل بسلام"]
    doc = analyze_news("وقال الوزير إن الأسعار سترتفع، نقلا عن مصادر في الوزارة.")
    assert _contents(doc) == ["الأسعار سترتفع"]


def test_in_accordance_with_a_plan_stays_in_what_was_said() -> None:
    doc = analyze_news("وقال الوزير إن الأسعار سترتفع، حسب الخطة التي أقرتها الحكومة.")
    assert _contents(doc) == ["الأسعار سترتفع، حسب الخطة التي أقرتها الحكومة"]


def test_a_verb_after_a_negation_is_no_subject_but_goes_on_with() -> None:
    doc = analyze_news("ولم تتوقف إجابة المسؤول عند هذا الحد، ولكنه أضاف أن الوزارة ستراجع القرار.")
    assert quote_speakers(doc) != [("أضاف", "[تتوقف إجابة المسؤول]")]
    assert all(not (who or "").startswith("[تتوقف") for _, who in quote_speakers(doc))


def test_that_after_a_colon_opens_what_was_said() -> None:
    doc = analyze_news("وقال الوزير: إن الحكومة ستدعم المزارعين.")
    assert _contents(doc) == ["الحكومة ستدعم المزارعين"]
    doc = analyze_news("وقال الوزير: «إن الحكومة ستدعم المزارعين».")
    assert _contents(doc) == ["إن الحكومة ستدعم المزارعين"]

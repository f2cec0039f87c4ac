"""Quote cues and speakers on constructions of real news, round 21: «لكن/ولكن» opens a clause whose unnamed subject
stands before the verb («لكن مصدرا أمنيا قال», «ولكن محامي الدفاع عن فلان، قال»), a verb with «و» after a comma
shares the unnamed subject of the verb its sentence opens with («دافع المجلس الأعلى ...، وقال»), «وعاد وقال» is one
who speaks again, not the statement quoted last, and «بحسب/وفقا لـ X، فإن ...» reports what follows it."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_an_unnamed_subject_after_but_speaks() -> None:
    doc = analyze_news("وقال القاضي خالد العمري إن الجلسة ستعقد غدا. ولكن محامي الدفاع عن المتهمين، قال إن موكليه "
                       "أبرياء.")
    assert quote_speakers(doc) == [("وقال", "خالد العمري"), ("قال", "[محامي الدفاع عن المتهمين]")]
    doc = analyze_news("وقال الوزير سامي الخطيب إن الهجوم أسفر عن قتيلين. لكن مصدرا أمنيا قال إن عدد القتلى ارتفع "
                       "إلى خمسة.")
    assert quote_speakers(doc)[-1] == ("قال", "[مصدرا أمنيا]")
    doc = analyze_news("وقال الوزير سامي الخطيب إن الهجوم أسفر عن قتيلين. لكن المصادر أيضا قالت إن عدد القتلى ارتفع.")
    assert quote_speakers(doc)[-1] == ("قالت", "[المصادر]")


def test_a_coordinated_verb_shares_the_unnamed_subject() -> None:
    doc = analyze_news("وقال الوزير سامي الخطيب إن الحوار مهم. من جهته، دافع المجلس الأعلى للقضاء عن الأحكام "
                       "الأخيرة، وقال إن القضاة مستقلون.")
    # (round 55: the council is an entity now, not a described speaker)
    assert quote_speakers(doc) == [("وقال", "سامي الخطيب"), ("وقال", "المجلس الأعلى للقضاء")]
    doc = analyze_news("وقالت الوزيرة هدى سالم إن الحوار مهم. ودافعت الهيئة عن قرارها، وقالت إنه عادل.")
    assert quote_speakers(doc)[-1] == ("وقالت", "[الهيئة]")
    doc = analyze_news("وقال الوزير سامي الخطيب إن الحوار مهم. وزار الوزير المدينة، وقال إن الوضع هادئ.")
    assert quote_speakers(doc)[-1] == ("وقال", "سامي الخطيب")  # the minister named before, not [الوزير]


def test_returning_to_say_is_no_statement() -> None:
    doc = analyze_news("وقال رئيس المجموعة جيروين ديسلبلوم في بيان إن الاتفاق يوفر فرصة للاقتصاد. وأشار البيان إلى "
                       "أن المجلس وافق على المفاوضات، وأضاف أن الخطوات ستعيد الثقة، وعاد وقال: «أعتقد أننا سنجد "
                       "الحلول لها».")
    # «البيان» is the statement he made («قال ... في بيان»): for an analyst its words are his, so «وأشار البيان» and
    # the «وأضاف» that goes on from it are his too (round 37: continued.statement_author), and «وعاد وقال» still is.
    assert quote_speakers(doc) == [("وقال", "جيروين ديسلبلوم"), ("وأشار", "جيروين ديسلبلوم"),
                                   ("وأضاف", "جيروين ديسلبلوم"), ("وقال", "جيروين ديسلبلوم")]


def test_according_to_then_that_reports_what_follows() -> None:
    doc = analyze_news("وبحسب الخارجية الأميركية، فإن الوفد غادر واشنطن أمس.")
    assert quote_speakers(doc) == [("وبحسب", "الخارجية الأميركية")]
    q = doc.quotes[0]
    assert not q.direct and doc.text[q.content.start : q.content.end] == "الوفد غادر واشنطن أمس"
    doc = analyze_news("غادر الوفد واشنطن أمس، بحسب الخارجية الأميركية.")
    q = doc.quotes[0]
    assert doc.text[q.content.start : q.content.end] == "غادر الوفد واشنطن أمس"  # what came before it

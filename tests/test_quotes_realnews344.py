"""Quotes of round q344, on hand-made sentences: «ترى X في Y تهديدا» regards a thing as something, no words said
(`rasd.quotes.regarded`)."""

from __future__ import annotations

from conftest import news_quote_rows


# rasd.quotes.regarded

def test_seeing_a_threat_in_a_group_is_no_speech() -> None:
    rows = news_quote_rows("لكن بينما ترى الدول المجاورة في الجماعة المسلحة خطرًا كبيرًا، فإن الحكومة تريد "
                           "التفاوض معها لإنهاء القتال.")
    assert rows == []


def test_regarding_inside_reported_words_leaves_only_the_reporter() -> None:
    rows = news_quote_rows("وأوضح الوزير خالد منصور أن حكومته ترى في المفاوضات طريقا وحيدا، وأن المبادرة جاءت "
                           "من الرئيس نفسه.")
    assert [(r[0], r[1]) for r in rows] == [("وأوضح", "خالد منصور")]


def test_seeing_with_that_in_the_clause_still_reports() -> None:
    rows = news_quote_rows("ويرى الوزير خالد منصور في ذلك أيضا أن المفاوضات هي الطريق الوحيد.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("ويرى", "خالد منصور", "المفاوضات هي الطريق الوحيد")]


def test_seeing_with_that_after_a_comma_still_reports() -> None:
    rows = news_quote_rows("ويرى الوزير خالد منصور، في حديث للصحافيين، أن المفاوضات هي الطريق الوحيد.")
    assert [(r[0], r[1], r[3]) for r in rows] == [("ويرى", "خالد منصور", "المفاوضات هي الطريق الوحيد")]


# rasd.quotes.pointed_group

def test_these_are_the_observers_of_the_sentence_before() -> None:
    rows = news_quote_rows("وفي النهاية ستدخل قوات الجيش القاعدة الجوية، حسبما يرى متابعون للشأن العسكري. ويرى "
                           "هؤلاء أن سقوط القاعدة سيكون مقدمة للسلام.")
    assert rows[1][0] == "ويرى" and rows[1][1] is None and rows[1][2] is not None
    assert rows[1][2].startswith("متابعون")


def test_these_are_the_group_the_sentence_before_opens_with() -> None:
    rows = news_quote_rows("وقد عكف خبراء الحزب على دراسة الخيارات المتاحة أمامه. ويرى هؤلاء أن الترشح سيضره.")
    assert rows == [("ويرى", None, "خبراء الحزب", "الترشح سيضره", False)]


def test_these_are_never_the_one_man_quoted_before() -> None:
    rows = news_quote_rows("وقال الوزير أحمد سالم إن الوضع صعب. ويرى هؤلاء أن الترشح سيضره.")
    assert rows[1][:3] == ("ويرى", None, None)


def test_these_with_a_noun_of_their_own_are_not_the_one_man_either() -> None:
    rows = news_quote_rows("وقال الوزير أحمد سالم إن الوضع صعب. ويرى هؤلاء المراقبون أن الترشح سيضره.")
    assert rows[1][:2] == ("ويرى", None)


def test_these_observers_are_the_observers_quoted_before() -> None:
    rows = news_quote_rows("وقال مراقبون إن الوضع صعب. ويرى هؤلاء المراقبون أن الترشح سيضره.")
    assert rows[1][:3] == ("ويرى", None, "مراقبون")


def test_a_man_alone_after_the_verb_still_speaks() -> None:
    rows = news_quote_rows("وقال الوزير أحمد سالم إن الوضع صعب. ويرى سالم أن الترشح سيضره.")
    assert rows[1][:2] == ("ويرى", "أحمد سالم")


# rasd.quotes.according_quoted

def test_a_quotation_after_a_set_off_source_is_its_words() -> None:
    rows = news_quote_rows("ستكون الزيارة الأولى من نوعها، الأمر الذي يعكس، وفق مصادر دبلوماسية، «المستوى الذي "
                           "وصلت إليه العلاقات بين البلدين» في السنوات الأخيرة.")
    assert rows == [("وفق", None, "مصادر دبلوماسية", "المستوى الذي وصلت إليه العلاقات بين البلدين", True)]


def test_no_quotation_after_the_set_off_source_leaves_the_clause_before() -> None:
    rows = news_quote_rows("ارتفع عدد القتلى إلى 50، وفق مصادر طبية، في حصيلة جديدة.")
    assert [(r[0], r[3], r[4]) for r in rows] == [("وفق", "ارتفع عدد القتلى إلى 50", False)]


def test_a_source_between_dashes_reports_the_clause_around_it() -> None:
    rows = news_quote_rows("وتشير الأرقام الرسمية أن عدد المدارس يبلغ 90 مدرسة، فيما يصل عدد المدارس الخاصة - "
                           "بحسب مصادر في الوزارة - إلى 15 مدرسة تابعة للجمعيات.")
    assert rows[-1][0] == "بحسب"
    assert rows[-1][3] == "يصل عدد المدارس الخاصة - بحسب مصادر في الوزارة - إلى 15 مدرسة تابعة للجمعيات"


def test_a_source_after_one_dash_at_the_end_reports_what_comes_before() -> None:
    rows = news_quote_rows("ارتفع عدد القتلى في المدينة إلى 50 - بحسب المرصد السوري لحقوق الإنسان.")
    assert [(r[0], r[3]) for r in rows] == [("بحسب", "ارتفع عدد القتلى في المدينة إلى 50")]


# rasd.quotes.fronted_group

def test_the_opposing_voices_after_but_speak() -> None:
    rows = news_quote_rows("لكن الأصوات المعارضة قالت إن الاتفاق سيئ.")
    assert rows == [("قالت", None, "الأصوات المعارضة", "الاتفاق سيئ", False)]


def test_the_states_after_but_speak() -> None:
    rows = news_quote_rows("لكن الدول العربية اعتبرت أن رفع العقوبات سيزيد قدرات إيران.")
    assert rows == [("اعتبرت", None, "الدول العربية", "رفع العقوبات سيزيد قدرات إيران", False)]


def test_the_army_after_but_stays_the_army_named_before() -> None:
    rows = news_quote_rows("ويؤكد الجيش التركي أنه قتل 260 مقاتلا. لكن الجيش نفى استهدافه أي منطقة مأهولة.")
    assert rows[1][:3] == ("نفى", "الجيش التركي", None)


def test_a_thing_after_but_is_no_group() -> None:
    rows = news_quote_rows("لكن الاتفاق يؤكد أن الحل قريب.")
    assert [r[:3] for r in rows] in ([], [("يؤكد", None, None)])


def test_a_group_with_a_relative_clause_before_the_verb_speaks() -> None:
    rows = news_quote_rows("فالدول العربية والخليجية التي تعتبر حليفة للغرب، اعتبرت أن رفع العقوبات سيزيد قدرات "
                           "إيران.")
    assert rows == [("اعتبرت", None, "الدول العربية والخليجية", "رفع العقوبات سيزيد قدرات إيران", False)]


def test_a_place_with_a_relative_clause_is_no_speaker() -> None:
    rows = news_quote_rows("وقال أحمد سالم إن الوضع صعب. والمدينة التي زارها الوزير، أكدت أن الوضع صعب.")
    assert rows[1][:3] == ("أكدت", None, None)

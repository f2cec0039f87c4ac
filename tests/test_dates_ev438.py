"""Round ev438: an act of force counted up to now («حتى الآن», «منذ بدء العملية», «بإجمالي») is a running total,
of no day; the count in another clause, or a time of the act's own, keeps its day (events.running_totals)."""

from conftest import news_date


def test_strikes_so_far_before_the_verb_have_no_day() -> None:
    text = "لكن معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت حزب العمال الكردستاني."
    assert news_date(text, "استهدفت") is None


def test_strikes_so_far_after_the_verb_have_no_day() -> None:
    text = "لكن غالبية الغارات استهدفت حتى الآن المتمردين الأكراد في جبال قنديل."
    assert news_date(text, "الغارات") is None


def test_strikes_in_all_have_no_day() -> None:
    text = "وشنت طائرات التحالف بإجمالي 40 غارة على مواقع التنظيم في المحافظة."
    assert news_date(text, "غارة") is None


def test_counted_strikes_after_a_so_far_clause_have_no_day() -> None:
    text = ("وتركزت العمليات التركية حتى الآن على أهداف لحزب العمال الكردستاني، فيما لم يعلن في المقابل سوى عن "
            "ثلاث غارات على مسلحي تنظيم داعش في سوريا.")
    assert news_date(text, "غارات") is None


def test_counter_killing_of_yesterday_keeps_its_day_before_a_running_toll() -> None:
    # «أمس» dates the killing of 5; the running toll is in the clause after the comma
    text = "وقتل مسلحون خمسة جنود أمس، ليرتفع عدد القتلى حتى الآن إلى عشرين."
    assert news_date(text, "وقتل") == "2015-08-01"


def test_counter_killing_with_no_time_keeps_the_article_day() -> None:
    # the count up to now is another clause's, and «قتل» is not counted by a number right before it
    text = "وقتل مسلحون خمسة جنود في هجوم على حاجز، ليرتفع عدد القتلى حتى الآن إلى عشرين."
    assert news_date(text, "وقتل") == "2015-08-02"


def test_counter_refusal_so_far_keeps_its_day() -> None:
    # not an act of force: a refusal told with «حتى الآن» keeps its day (still_states' counter-case)
    text = "ورفضت الحكومة حتى الآن إنقاذ الجزيرة من الإفلاس."
    assert news_date(text, "ورفضت") == "2015-08-02"


def test_counter_the_worst_attack_so_far_keeps_its_day() -> None:
    # «أعنف»: one attack called the worst up to now, of the article's day
    text = "وشن المسلحون أعنف هجوم حتى الآن على مواقع الجيش في المحافظة."
    assert news_date(text, "هجوم") == "2015-08-02"


def test_more_than_n_strikes_so_far_have_no_day() -> None:
    # «أكثر من»: a count of about, not «the most»: still a running total
    text = "وشن التحالف أكثر من مئة غارة حتى الآن على مواقع التنظيم."
    assert news_date(text, "غارة") is None


def test_counter_clashes_still_going_on_keep_their_day() -> None:
    # «ما زالت تتواصل حتى الآن»: one fight still going on, not a count up to now (review of round ev438)
    text = "وقال المصدر إن الاشتباكات التي ما زالت تتواصل حتى الآن أسفرت عن سقوط قتلى."
    assert news_date(text, "الاشتباكات") == "2015-08-02"

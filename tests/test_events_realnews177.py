"""Round 177 of real news: dates and modality. A press review's own act after «، مبرزة» is not in the content of
the statement dated «أمس» before it; a time in a second «وأن» content dates that content only; a saying in a
relative clause whose content is a pledge («التي أعلن أنه سيحولها») is background; an act named as a «قضية» and
one told with «عندئذ» have no day, nor one drawn out over a span said after it («حصار دام أشهرا»); an act after
«لفتح الطريق أمام» is planned; a perfect statement is not of the days to come its object names. Hand-made
sentences (paraphrases, no article text); the articles are dated 2015-08-02 («أمس»: 2015-08-01)."""

from __future__ import annotations

from conftest import news_date, news_event, news_modality


def test_a_participle_after_a_comma_leaves_the_statement_content() -> None:
    text = "واهتمت الصحف بإعلان الجمعية أمس أن الإضراب يتسع، مبرزة تنديد المسؤول الفلسطيني باقتحام مستوطنين للمسجد."
    assert news_date(text, "تنديد") == "2015-08-02"
    # counter-case: with no participle the act is still in what was said yesterday
    text = "وأعلنت الجمعية أمس أن المسؤول ندد باقتحام مستوطنين للمسجد."
    assert news_date(text, "ندد") == "2015-08-01"


def test_a_time_in_a_second_content_is_not_the_first_act_s() -> None:
    text = "وأضاف أن الشركة حثت المستثمرين على الشراء وأن الوزير اتخذ قرارا في مارس الماضي بوقف التصدير."
    assert news_date(text, "حثت") != "2015-03"
    # counter-case: the time in the act's own clause dates it
    assert news_date("وأضاف أن الشركة حثت المستثمرين في مارس الماضي على الشراء.", "حثت") == "2015-03"


def test_a_pledge_told_in_a_relative_clause_is_background() -> None:
    text = "وتحتمي المدن بالدولة المجاورة التي أعلن رئيس حكومتها أنه سيحولها إلى دولة دينية."
    assert news_date(text, "أعلن") is None
    # counter-cases: a main clause, and a relative clause with a past content, keep the article's day
    assert news_date("وأعلن رئيس الحكومة أنه سيحول البلاد إلى دولة دينية.", "وأعلن") == "2015-08-02"
    text = "وتحتمي المدن بالدولة المجاورة التي أعلن رئيس حكومتها أنه حولها إلى دولة دينية."
    assert news_date(text, "أعلن") == "2015-08-02"


def test_an_act_named_as_a_case_and_one_told_then_have_no_day() -> None:
    text = "وأشارت الصحف إلى الإفراج عن المتهمين في قضية إحراق مستوطنين لعائلة فلسطينية."
    assert news_date(text, "إحراق") is None
    text = "وكان موقفه واضحا عندئذ، بأهمية تقديم الشركات عروضها ومناقشتها مع الحكومة."
    assert news_date(text, "ومناقشتها") is None
    # counter-cases: «القضية» as the issue talked over, and an act of the day with no «قضية» before it
    assert news_date("وبحث الوزير القضية خلال زيارته إلى القاهرة.", "زيارته") == "2015-08-02"
    assert news_date("وأقدم مستوطنون على إحراق منزل فلسطيني أمس.", "إحراق") == "2015-08-01"


def test_talks_a_step_opens_the_way_to_are_planned() -> None:
    text = "ورحب الوزير باتخاذ الخطوات اللازمة لفتح الطريق أمام المفاوضات بشأن القرض."
    doc, event = news_event(text, "المفاوضات")
    assert event.modality == "planned"
    assert event.date is None
    assert news_modality("وقال إن الاتفاق يفتح المجال أمام المحادثات.", "المحادثات") == "planned"
    # counter-case: opening an inquiry into an attack leaves the attack told
    assert news_modality("وبدأت الشرطة بفتح تحقيق في الهجوم على المسجد.", "الهجوم") == "asserted"


def test_an_act_drawn_out_over_months_has_no_day() -> None:
    assert news_date("وزار الوزير المدينة واطلع على الدمار بعد حصار دام أشهرا.", "حصار") is None
    # counter-cases: a span of hours, and a siege laid yesterday, keep their day
    assert news_date("وقتل عشرة أشخاص في اشتباكات استمرت ساعتين أمس.", "اشتباكات") == "2015-08-01"
    assert news_date("وفرضت القوات حصارا على المدينة أمس.", "حصارا") == "2015-08-01"


def test_a_statement_told_in_the_past_is_not_of_the_days_of_the_acts_it_announces() -> None:
    text = "كما أكدت النقابة تنظيم وقفات احتجاجية أمام الوزارة أيام 10 و17 و24 أغسطس 2015."
    assert news_date(text, "أكدت") == "2015-08-02"
    # counter-cases: a past day of the statement's own, and a statement still to come, keep their time
    assert news_date("وأكدت النقابة في 20 يوليو تنظيم وقفات احتجاجية.", "وأكدت") == "2015-07-20"
    # (round dt394: «أيام 10 و17 أغسطس» is a list of days, no range of them; the first day dates the act)
    assert news_date("وستعلن النقابة أيام 10 و17 أغسطس نتائج الانتخابات.", "وستعلن") == "2015-08-10"
    # a day right after the verb and its subject is the statement's own (the time layer's guess of the year stands)
    assert news_date("وأعلنت بغداد في يوم 9 أغسطس خطة جديدة.", "وأعلنت") == "2015-08-09"

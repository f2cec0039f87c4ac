"""Round ti845: an act noun in a phrase of circumstance set off by «، وسط» after a dated clause (its head noun, or
an act noun after «فور» inside it) takes the day of that clause (``amid_time``), not the article date; a time of
another clause (a relative, the day of a telling before «إن») does not move it. Article date: 2015-08-02."""

from __future__ import annotations

from conftest import news_date


def test_act_after_upon_inside_amid_takes_the_clause_day() -> None:
    text = ("وأضاف المتحدث أن المقاومة نجحت مساء أمس من دخول القاعدة الجوية شمال المدينة، وسط هروب جماعي "
            "للمسلحين الذين تركوا مواقعهم فور هجوم المقاومة والجيش.")
    assert news_date(text, "هجوم") == "2015-08-01"


def test_amid_head_noun_takes_the_clause_day() -> None:
    text = "وذكر الشهود أن قوات الأمن فرقت يوم الخميس المحتجين في الساحة، وسط اشتباكات عنيفة فور هجوم المسلحين."
    assert news_date(text, "اشتباكات") == "2015-07-30"
    assert news_date(text, "هجوم") == "2015-07-30"


def test_amid_counter_cases() -> None:
    # the time is in a relative clause before the phrase: not the clashes' day
    text = "وقتل ثلاثة أشخاص في مدينة حمص، التي شهدت أمس هدوءا نسبيا، وسط اشتباكات متقطعة."
    assert news_date(text, "اشتباكات") == "2015-08-02"
    # the phrase has a day of its own
    text = "وقتل ثلاثة أشخاص أمس في مدينة حمص، وسط قصف عنيف يوم الجمعة."
    assert news_date(text, "قصف") == "2015-07-31"
    # no time before the phrase: the article date, as before
    text = "وقتل ثلاثة أشخاص في مدينة حمص، وسط اشتباكات عنيفة بين الجيش والمسلحين."
    assert news_date(text, "اشتباكات") == "2015-08-02"
    # a noun deep in the phrase without «فور» is not the phrase's head: left as before
    text = "وفرقت قوات الأمن أمس المحتجين في الساحة، وسط غضب الأهالي من اعتقال الناشطين."
    assert news_date(text, "اعتقال") == news_date(text.replace("أمس ", ""), "اعتقال")
    # «أمس» in another clause of the sentence does not move the act of the main clause
    text = "وقصفت الطائرات مواقع المسلحين في المدينة، التي شهدت أمس اشتباكات عنيفة."
    assert news_date(text, "وقصفت") == "2015-08-02"


def test_before_then_counts_back_from_the_time_told_before() -> None:
    text = ("وقتل رجلان مساء الخميس في هجوم على خط الأنابيب شرق البلاد. وكان الرجلان يقومان بإصلاح أضرار "
            "تسبب بها انفجار قنبلة على الخط قبل ذلك بيوم.")
    assert news_date(text, "انفجار") == "2015-07-29"  # the Wednesday before Thursday 30 July
    text = "ووقعت الدولتان اتفاقية في 12 مارس 2010، وقبل ذلك بيومين أعلنت المملكة التعبئة."
    assert news_date(text, "أعلنت") == "2010-03-10"


def test_before_then_counter_cases() -> None:
    # «بعد ذلك بيوم» still counts forward
    text = "ووقعت الدولتان اتفاقية في 12 مارس 2010، وبعد ذلك بيومين أعلنت المملكة التعبئة."
    assert news_date(text, "أعلنت") == "2010-03-14"
    # «قبل ذلك» with no unit of time after «بـ» is no time
    text = "ووقعت الدولتان اتفاقية في 12 مارس 2010، وقبل ذلك أعلنت المملكة التعبئة."
    assert news_date(text, "أعلنت") != "2010-03-11"

"""Round 243: acts and states told with no day of their own take no date, not the article's: a present verb
describing what a «كان ... قد» verb made («وكان الوزير قد أعلن «حملة»، تستهدف ...»), a rank («تحتل البلاد
المرتبة الأولى في ...»), a control held («أن سيطرته على المدينة تمنحه»), the act a span runs from («بدءا من
إعلان ...»), an act at a former occasion («في القمة الأخيرة»), a tally («300 حالة اعتقال»), an act going on until
it stopped («إيقاف قصف المدينة»), acts over a range («بين مطلع يناير حتى 15 يوليو»). Hand-made sentences
(paraphrases), dated 2015-08-02 by ``analyze_news``."""

from __future__ import annotations

from conftest import news_date

TODAY = "2015-08-02"


def test_present_verb_describing_a_pluperfect_object() -> None:
    text = "وكان وزير الداخلية قد أعلن «حملة أمنية»، تستهدف عصابات التهريب في الجنوب."
    assert news_date(text, "تستهدف") is None
    # counter-case: no «كان ... قد»: the campaign launched and described is the news
    assert news_date("وأعلن وزير الداخلية «حملة أمنية»، تستهدف عصابات التهريب في الجنوب.", "تستهدف") == TODAY


def test_rank_in_an_act() -> None:
    assert news_date("وتحتل البلاد المرتبة الأولى في العالم في إعدام القاصرين.", "إعدام") is None
    # counter-case: no rank noun before «في»
    assert news_date("وشاركت البلاد في إعدام القاصرين.", "إعدام") == TODAY


def test_control_held() -> None:
    assert news_date("وأشار الخبير إلى أن سيطرته على المدينة تمنحه ورقة قوية.", "سيطرته") is None
    assert news_date("وتتقدم القوات مع سيطرتها على أكثر من نصف المحافظة.", "سيطرتها") is None
    # counter-case: the taking of the town after «بعد»
    assert news_date("وانسحب المسلحون بعد سيطرتها على المدينة أمس.", "سيطرتها") == "2015-08-01"


def test_act_a_span_runs_from() -> None:
    text = "وقالت المصادر إن آلاف الشبان التحقوا بالمعسكرات بدءا من إعلان العملية العسكرية."
    assert news_date(text, "إعلان") is None
    # counter-case: the act itself, no «بدءا من»
    assert news_date("وجاء إعلان العملية العسكرية في بيان للجيش.", "إعلان") == TODAY
    # (gr463: «ورحبت المصادر بإعلان العملية» is an announcement reacted to, before the welcome: no day told)


def test_act_at_a_former_occasion() -> None:
    assert news_date("وقال الوزير: «التقينا برئيس تشاد في القمة الأفريقية الأخيرة».", "التقينا") is None
    # counter-case: an occasion with no word of a former one
    assert news_date("وقال الوزير: «التقينا برئيس تشاد في القمة الأفريقية».", "التقينا") == TODAY


def test_tally_of_acts() -> None:
    assert news_date("وتتحدث مصادر المنظمة عن 400 حالة إعدام أخرى في البلاد.", "إعدام") is None
    # counter-case: an act with its count of victims is one act
    assert news_date("وأعلنت السلطات إعدام 3 سجناء في البلاد.", "إعدام") == TODAY


def test_act_going_on_until_stopped() -> None:
    assert news_date("وقال القائد إن السيطرة على القاعدة مكنتهم من إيقاف استهداف المدينة بالصواريخ.", "استهداف") is None
    # counter-case: the shelling itself told as done
    assert news_date("وقال القائد إن المسلحين بدأوا استهداف المدينة بالصواريخ.", "استهداف") == TODAY


def test_acts_over_a_range() -> None:
    text = "وأكدت السلطات إعدام عشرات السجناء بين مطلع يناير (كانون الثاني) حتى 15 يوليو (تموز) 2015."
    assert news_date(text, "إعدام") is None
    # the statement is not dated by the range's first month, nor by its last day
    assert news_date(text, "وأكدت") == TODAY
    # counter-case: a single day after the act dates it
    assert news_date("وأكدت السلطات إعدام عشرات السجناء في 15 يوليو (تموز) 2015.", "إعدام") == "2015-07-15"
    # counter-case: a range inside one month is a few days' act, dated by its first day
    assert news_date("وعقدت اللجنة اجتماعات بين 3 يوليو حتى 5 يوليو.", "اجتماعات") == "2015-07-03"
    assert news_date("وعقدت اللجنة اجتماعات بين 3 يوليو حتى 5 أغسطس.", "اجتماعات") is None


def test_act_still_going_on() -> None:
    assert news_date("وقالت المصادر إن المبعوث لا يزال يجري لقاءاته في القاهرة مع الأطراف.", "لقاءاته") is None
    assert news_date("لكن بعض الصحف ما تزال تواصل انتقادها للوزير.", "انتقادها") is None
    # counter-case: no «لا يزال», the meetings told today
    assert news_date("وقالت المصادر إن المبعوث أجرى لقاءاته في القاهرة مع الأطراف.", "لقاءاته") == TODAY


def test_noun_after_a_pluperfect_over_commas() -> None:
    text = "وكانت الطائرات المسيرة، قد حدت من تحركات المسلحين في المدينة، وقللت من انتشارهم، بعد استهدافها لقادتهم."
    assert news_date(text, "استهدافها") is None
    # counter-case: a clause opened by a subordinator («فيما») after the pluperfect's is the story's own
    text = "وكانت الشرطة قد أعلنت حظر التجول في المدينة، فيما بدأت القوات استهدافها للمسلحين."
    assert news_date(text, "استهدافها") == TODAY


def test_act_over_before_a_failure() -> None:
    assert news_date("ودعا المبعوث إلى هدنة بعد فشل مشاورات جنيف.", "مشاورات") is None
    # counter-case: the failure of talks told with no «بعد»
    assert news_date("وأعلن المبعوث فشل مشاورات جنيف.", "مشاورات") is not None


def test_time_with_a_part_of_day_set_off_by_a_comma() -> None:
    text = "وقتل القائد في غارة استهدفته قرب الساحل الجنوبي للمدينة، مساء 9 يونيو (حزيران) الماضي، وهو ما أضعف التنظيم."
    assert news_date(text, "غارة") == "2015-06-09"
    # counter-case: a time after a second comma is not the act's
    text = "وقتل القائد في غارة استهدفته قرب الساحل، في المدينة، مساء 9 يونيو (حزيران) الماضي، وهو ما أضعف التنظيم."
    assert news_date(text, "غارة") != "2015-06-09"

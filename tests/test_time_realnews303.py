"""Round 303: which clause's time dates an act. A noun act's own relative clause with a perfect verb and a day
dates it, not the time of the verb that governs the noun; a place's apposition after a comma does not part a verb
from its time; the main clause after a sentence-opening «عندما كان ...» frame is a past in progress, of no day."""

from conftest import news_date


def test_relative_clause_day_dates_its_noun() -> None:
    text = "وشارك وزير الخارجية أمس السبت في المحادثات، التي انطلقت مساء أول من أمس الجمعة في جنيف."
    assert news_date(text, "المحادثات") == "2015-07-31"
    text = "وشارك وزير الخارجية أمس السبت في المحادثات التي انطلقت مساء أول من أمس الجمعة في جنيف."
    assert news_date(text, "المحادثات") == "2015-07-31"


def test_counter_relative_clause_still_going_on() -> None:
    # a present verb in the relative: the span it runs to is no day of the act; the governing verb's day stays
    text = "وشارك وزير الخارجية أمس السبت في المحادثات التي تستمر حتى الثلاثاء في جنيف."
    assert news_date(text, "المحادثات") == "2015-08-01"


def test_place_apposition_does_not_part_verb_from_its_time() -> None:
    text = ("وهذه أكبر خسارة للجيش منذ اقتحم مسلحون مدينة الموصل، عاصمة محافظة نينوى في العاشر من يونيو "
            "الماضي، وسيطروا عليها.")
    assert news_date(text, "اقتحم") == "2015-06-10"


def test_counter_comma_after_place_opens_another_clause() -> None:
    text = "وقال الضابط إن مسلحين اقتحموا مدينة الموصل، ثم انسحب الجيش منها في العاشر من يونيو الماضي."
    assert news_date(text, "اقتحموا") != "2015-06-10"


def test_main_clause_after_past_progressive_frame_has_no_day() -> None:
    text = "وقال الناشط: «عندما كان الوفد يلتقي المسؤولين في العاصمة، أعدمت السلطات ثلاثة معتقلين»."
    assert news_date(text, "أعدمت") is None


def test_counter_main_clause_with_a_day_of_its_own() -> None:
    text = "وقال الناشط: «عندما كان الوفد يلتقي المسؤولين في العاصمة، أعدمت السلطات أمس ثلاثة معتقلين»."
    assert news_date(text, "أعدمت") == "2015-08-01"


def test_count_since_an_event_has_no_day() -> None:
    text = "وبحسب إحصاء للمرصد، فإن 25 جنديا على الأقل قتلوا في هجمات للمتمردين منذ انهيار وقف إطلاق النار."
    assert news_date(text, "قتلوا") is None


def test_counter_first_attack_since_is_news_of_its_day() -> None:
    text = "وقال الجيش إن هذا أول هجوم من نوعه منذ انهيار وقف إطلاق النار."
    assert news_date(text, "هجوم") == "2015-08-02"


def test_counter_count_with_a_day_of_its_own() -> None:
    text = "وقال المرصد إن 25 جنديا قتلوا أمس في هجمات للمتمردين منذ انهيار وقف إطلاق النار."
    assert news_date(text, "قتلوا") == "2015-08-01"


def test_present_verb_describing_an_indefinite_plural_has_no_day() -> None:
    text = "ويخوض الجيش معارك في الصحراء مع جماعات مسلحة متطرفة تستهدف الجنود والمنشآت النفطية."
    assert news_date(text, "تستهدف") is None
    text = "ووجهت النيابة إلى الشبان تهمة الانتماء لمجموعات سرية تستهدف مراكز الشرطة في الريف."
    assert news_date(text, "تستهدف") is None


def test_counter_one_operation_going_on_keeps_the_day() -> None:
    # a singular operation that began is the news of the day, not a kind of acts
    text = "وأعلن الجيش أنه بدأ عملية عسكرية واسعة تستهدف مواقع المسلحين في الجبال."
    assert news_date(text, "تستهدف") == "2015-08-02"


def test_act_framing_another_has_no_day() -> None:
    text = "وتندرج الخطوة في إطار تعهد الحكومة بمساعدة المزارعين المتضررين من الجفاف."
    assert news_date(text, "تعهد") is None
    text = "وقد تزداد القضية أهمية خلال الحملة، في ظل انتقاد المرشحين المحافظين للاتفاق."
    assert news_date(text, "انتقاد") is None


def test_act_told_as_what_came_before_has_no_day() -> None:
    text = "وكثفت الطائرات غاراتها على مواقع التنظيم، وذلك بعد تهديد التنظيم بقتل الرهائن."
    assert news_date(text, "تهديد") is None
    text = "وأطلق الجيش عملية في الجنوب، وذلك بعد تحرير المدينة بالكامل، وبعد السيطرة على القاعدة الجوية."
    assert news_date(text, "السيطرة") is None


def test_counter_speaker_occasion_after_keeps_the_day() -> None:
    text = "وقال الوزير بعد لقائه نظيره الأميركي إن العلاقات بين البلدين متينة."
    assert news_date(text, "لقائه") == "2015-08-02"
    text = "وفي هذا الإطار أكدت الوزيرة أن الحكومة ستواصل دعم المزارعين."
    assert news_date(text, "أكدت") == "2015-08-02"


def test_digest_headline_takes_the_lead_day() -> None:
    text = ("مقتل ثلاثة جنود في كمين شمال البلاد\n"
            "نيامي - «الشرق الأوسط»: قال الجيش، أمس (السبت)، إن ثلاثة جنود قتلوا في كمين نصبه مسلحون.")
    assert news_date(text, "مقتل") == "2015-08-01"


def test_counter_headline_without_a_dateline_lead() -> None:
    # a title line followed by plain prose: no digest, the act keeps the article's day
    text = ("مقتل ثلاثة جنود في كمين شمال البلاد\n"
            "قال الجيش، أمس (السبت)، إن ثلاثة جنود قتلوا في كمين نصبه مسلحون.")
    assert news_date(text, "مقتل") == "2015-08-02"


def test_but_clause_after_pluperfect_goes_on_that_past() -> None:
    text = "وكانت النيابة قد أفرجت عن الطلاب صباح أول من أمس، غير أن الشرطة أعادت اعتقالهم في الشارع نفسه."
    assert news_date(text, "اعتقالهم") is None


def test_counter_but_clause_after_plain_perfect_or_with_own_day() -> None:
    text = "وأفرجت النيابة عن الطلاب صباح أول من أمس، غير أن الشرطة أعادت اعتقالهم في الشارع نفسه."
    assert news_date(text, "اعتقالهم") == "2015-08-02"
    text = "وكانت الحكومة قد وعدت بإصلاحات واسعة، لكن المعارضة هاجمت أمس الحكومة بشدة."
    assert news_date(text, "هاجمت") == "2015-08-01"


def test_act_named_by_what_was_done_has_no_day() -> None:
    text = "وندد البيان بالقصف وما أقدمت عليه الميليشيات من اقتحام للمستشفى ونهب لمحتوياته."
    assert news_date(text, "اقتحام") is None
    text = "واستمع المجلس إلى ما تقوم به اللجان المتخصصة من زيارات ميدانية للأحياء."
    assert news_date(text, "زيارات") is None


def test_counter_act_after_min_without_what_clause() -> None:
    text = "وتمكنت القوات الخاصة من اقتحام المبنى وتحرير الرهائن."
    assert news_date(text, "اقتحام") == "2015-08-02"

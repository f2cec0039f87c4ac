"""Quotes of round q354, on hand-made sentences: an unnamed source runs on over its «في/من» qualifier past its
adjectives (`rasd.quotes.qualified_source`), the writer's connective opening words told before an «according to» cue
is none of them (`rasd.quotes.frame_openers`), an untagged name and its title after «لكن» or set off by a comma
speaks (`rasd.quotes.untagged_titled`), and «، وبحسب X، فقد» reports what follows (`rasd.quotes.opening_according`)."""

from __future__ import annotations

from conftest import news_quote_rows


# rasd.quotes.qualified_source: past the source's adjectives

def test_local_sources_run_on_over_where_they_sit() -> None:
    rows = news_quote_rows("وقالت مصادر محلية في محافظة شبوة لـ«الشرق الأوسط» إن الاشتباكات تجددت.")
    assert rows == [("وقالت", None, "مصادر محلية في محافظة شبوة", "الاشتباكات تجددت", False)]


def test_official_statistics_run_on_over_their_country() -> None:
    rows = news_quote_rows("وتشير الإحصاءات الرسمية في الأردن إلى أن البطالة ارتفعت.")
    assert [(r[0], r[2]) for r in rows] == [("وتشير", "الإحصاءات الرسمية في الأردن")]


def test_sources_close_to_someone_keep_him_apart() -> None:
    rows = news_quote_rows("وصرح مصدر قريب من المفاوضات بأن الجولة المقبلة ستعقد في جنيف.")
    # round au1008: close to no named person or body, the phrase keeps what it is close to (not read as «في»)
    assert [(r[0], r[2]) for r in rows] == [("وصرح", "مصدر قريب من المفاوضات")]


def test_a_qualifier_ended_by_an_object_is_not_taken_in() -> None:
    rows = news_quote_rows("ووصف مصدر محلي في المدينة الهجوم، مشيرا إلى أن القتلى ثلاثة.")
    assert rows == [("مشيرا", None, "مصدر محلي", "القتلى ثلاثة", False)]


# rasd.quotes.frame_openers

def test_likewise_is_the_writers_not_the_sources() -> None:
    rows = news_quote_rows("وبالمثل، وقعت الشركة الألمانية عقدا لبناء محطة كهرباء، حسب ما أفاد به مديرها "
                           "التنفيذي هانز مولر.")
    assert rows == [("حسب", "هانز مولر", None, "وقعت الشركة الألمانية عقدا لبناء محطة كهرباء", False)]


def test_also_that_is_the_writers_not_the_banks() -> None:
    rows = news_quote_rows("كما أن الفقر يتسع في الأرياف بحسب البنك الدولي.")
    assert [(r[0], r[3]) for r in rows] == [("بحسب", "الفقر يتسع في الأرياف")]


def test_on_its_part_set_off_is_the_writers() -> None:
    rows = news_quote_rows("من جهتها، تشن الطائرات غارات يومية على المواقع الجبلية بحسب وزارة الدفاع.")
    assert [(r[0], r[3]) for r in rows] == [("بحسب", "تشن الطائرات غارات يومية على المواقع الجبلية")]


def test_the_speakers_own_just_as_in_quote_marks_stays() -> None:
    rows = news_quote_rows("وأضاف الوزير أنه «كما نجحنا في الماضي، فإننا سننجح اليوم في بناء الاقتصاد».")
    assert rows[0][3] == "كما نجحنا في الماضي، فإننا سننجح اليوم في بناء الاقتصاد"


def test_a_word_that_only_begins_like_also_stays() -> None:
    rows = news_quote_rows("كماليات الحياة صارت غالية في المدن بحسب التقرير.")
    assert [(r[0], r[3]) for r in rows] == [("بحسب", "كماليات الحياة صارت غالية في المدن")]


def test_as_with_a_clause_of_its_own_is_not_also() -> None:
    rows = news_quote_rows("كما كان متوقعا، ارتفعت الأسعار في الأسواق المحلية بحسب البنك المركزي.")
    assert rows[0][3].startswith("كما كان متوقعا")


# rasd.quotes.untagged_titled

def test_an_untagged_name_and_title_after_but_speaks() -> None:
    rows = news_quote_rows("وقالت اليابان إنها لا تريد التصعيد. لكن رحمة أمان وزير الداخلية الإندونيسي قال إن "
                           "الحكومة ستعزز الرقابة.")
    assert rows[1][:3] == ("قال", None, "رحمة أمان وزير الداخلية الإندونيسي")


def test_a_body_after_but_is_still_the_body() -> None:
    rows = news_quote_rows("وقالت اليابان إنها لا تريد التصعيد. لكن الحكومة الإندونيسية قالت إن الرقابة ستعزز.")
    assert rows[1][:3] == ("قالت", "الحكومة الإندونيسية", None)


def test_an_untagged_name_with_an_initial_and_a_title_past_a_comma_speaks() -> None:
    rows = news_quote_rows("وبعد أسبوع، قالت لوريتا إي لينش، النائبة العامة الأميركية، خلال مقابلة إن "
                           "التنظيم يمثل خطرا.")
    # (round qn428: the entity layer now names her whole, «لوريتا إي» + the apposed «لينش»: foreignwiden)
    assert rows == [("قالت", "لوريتا إي لينش", None, "التنظيم يمثل خطرا", False)]


def test_no_title_after_the_comma_no_untagged_speaker() -> None:
    rows = news_quote_rows("وقال الوزير سالم إن الوضع صعب. وبعد أسبوع، قالت لوريتا إي لينش، في مقابلة، إن "
                           "التنظيم يمثل خطرا.")
    assert rows[1][2] != "لوريتا إي لينش"


# rasd.quotes.opening_according: inside the sentence, after a comma and «و»

def test_according_after_a_comma_reports_what_follows_then() -> None:
    rows = news_quote_rows("سقطت القذائف على الحي، وبحسب شهود عيان، فقد فر السكان نحو الجبال.")
    assert rows == [("وبحسب", None, "شهود عيان", "قد فر السكان نحو الجبال", False)]


def test_according_after_a_comma_with_no_then_keeps_what_came_before() -> None:
    rows = news_quote_rows("سقطت القذائف على الحي، وبحسب شهود عيان، فر السكان نحو الجبال.")
    assert rows[0][3] == "سقطت القذائف على الحي"


# rasd.quotes.fronted_group.that_fronted

def test_a_group_after_then_with_a_long_description_speaks() -> None:
    rows = news_quote_rows("ورغم أن مقاضاة الحكومة أمر مألوف، فإن الشخصيات المشاركة في تلك الدعاوى والعاملة على "
                           "إعداد الحجج القانونية ضد القواعد الجديدة قالت إن التوقيت كان استثنائيا.")
    assert rows == [("قالت", None, "الشخصيات المشاركة", "التوقيت كان استثنائيا", False)]


def test_a_group_with_a_relative_clause_of_its_own_is_not_read_so() -> None:
    rows = news_quote_rows("وأكد الوزير أن الوضع مستقر، فإن الدول التي زارها الوزير قالت إن الوضع خطير.")
    assert rows[1][:3] == ("قالت", None, None)


# rasd.quotes.honorific_name

def test_a_description_apposed_to_a_doctor_is_that_doctor() -> None:
    rows = news_quote_rows("قال المحلل السياسي وأستاذ علم الاجتماع بجامعات القاهرة الدكتور ماهر عادل "
                           "لـ«الشرق الأوسط»: «الوضع صعب جدا في البلاد هذه الأيام».")
    assert rows[0][:3] == ("قال", "ماهر عادل", None)


def test_the_family_of_a_doctor_is_the_family() -> None:
    rows = news_quote_rows("وقالت أسرة الدكتور ماهر عادل في بيان إن حالته مستقرة.")
    assert rows[0][:3] == ("وقالت", None, "أسرة الدكتور ماهر عادل")

"""Round 64 of real news: event dates and places. An act told in yesterday's statement is of yesterday, not of the
article's day («أعلن الجيش أمس أن قواته قتلت»); any act at all («ضد أي اعتداء»), one told as recent («مؤخرا»,
«في الآونة الأخيرة») or as coming soon («زيارة ... قريبا») has no day; a noun act in a clause of a past «كان»
(«وكانت الشرطة قد أعلنت اعتقال») is of a past before the report; «بالأمس» is yesterday; a launch in the future
(«ستطلق هجوما») is planned. Where someone lives («المقيم في قطر») and the matter talks are about («يبحث خلال زيارته
قضايا التسوية في سوريا») are not where the act happened. The sample's articles are dated 2015-08-02."""

from __future__ import annotations

from conftest import news_date, news_modality, news_place, news_triggers


def test_an_act_told_in_yesterdays_statement_is_of_yesterday() -> None:
    text = "وأعلن الجيش أمس أن قواته قتلت عشرين مسلحا في هجوم على القرية."
    assert news_date(text, "قتلت") == "2015-08-01"
    text = "وكشفت منظمة حقوقية أمس عن أن تعذيب السجين تم داخل سجن في المدينة."
    assert news_date(text, "تعذيب") == "2015-08-01"
    # a time of its own still dates it
    text = "وقال الجيش أمس إن مسلحين هاجموا نقطة تفتيش يوم الخميس الماضي."
    assert news_date(text, "هاجموا") == "2015-07-30"
    # a statement of today: today
    text = "وأعلن الجيش أن قواته قتلت عشرين مسلحا في هجوم على القرية."
    assert news_date(text, "قتلت") == "2015-08-02"


def test_any_act_at_all_has_no_day() -> None:
    # round ev513: stronger now, any act at all is no event
    assert "اعتداء" not in news_triggers("ويسعى البلدان إلى تحصين المنطقة ضد أي اعتداء خارجي.")
    # an act told: the article's day (round 123: not one condemned, «وندد البلدان باعتداء»: before the condemnation)
    assert news_date("وتعرضت المنطقة لاعتداء خارجي.", "لاعتداء") == "2015-08-02"


def test_an_act_told_as_recent_has_no_day() -> None:
    assert news_date("ونقل التقرير عن تصريحات صدرت مؤخرا عن مسؤولين في الحكومة.", "تصريحات") is None
    text = "وقال إنه لاحظ في الآونة الأخيرة تصريحات من بعض الأحزاب ضد الحكومة."
    assert news_date(text, "تصريحات") is None
    assert news_date("ونقل التقرير عن تصريحات صدرت أمس عن مسؤولين في الحكومة.", "تصريحات") == "2015-08-01"


def test_a_visit_told_as_coming_soon_has_no_day() -> None:
    assert news_date("وأعلنت الشركات الأوروبية زيارة طهران قريبا.", "زيارة") is None
    # «قريبا من»: near, not soon
    text = "وقتل شخصان في انفجار قريبا من مقر الشرطة في المدينة."
    assert news_date(text, "انفجار") == "2015-08-02"


def test_a_noun_act_in_a_past_kana_clause_is_not_of_today() -> None:
    assert news_date("وكانت الشرطة قد أعلنت اعتقال خمسة متهمين في المدينة.", "اعتقال") is None
    assert news_date("وكان للوزير الدور الأساسي في تيسير المفاوضات مع المنظمة.", "المفاوضات") is None
    # a reception on the arrival told is of the story's day; an act told now, of today
    text = "ووصل الوزير إلى المدينة، وكان في استقباله المحافظ."
    assert news_date(text, "استقباله") == "2015-08-02"
    assert news_date("وأعلنت الشرطة اعتقال خمسة متهمين في المدينة.", "اعتقال") == "2015-08-02"


def test_bil_ams_is_yesterday() -> None:
    assert news_date("وقال بالأمس إن الجيش قصف المدينة.", "قصف") == "2015-08-01"


def test_a_launch_to_come_is_planned() -> None:
    text = "أعلنت الحكومة أمس أنها ستطلق هجوما واسعا ضد التنظيم."
    assert news_modality(text, "هجوما") == "planned"
    assert news_date(text, "هجوما") is None
    # launched: done
    text = "أعلنت الحكومة أمس أنها أطلقت هجوما واسعا ضد التنظيم."
    assert news_modality(text, "هجوما") != "planned"


def test_where_someone_lives_is_not_the_place_of_the_act() -> None:
    assert news_place("ويرفض الداعية، المقيم في قطر، عزل الرئيس.", "ويرفض") is None
    # where it was said is
    assert news_place("ورفض الداعية في قطر عزل الرئيس.", "ورفض") == "قطر"


def test_the_matter_talked_about_is_not_where_the_talks_are() -> None:
    text = "وقال الوزير إنه سيبحث مع المسؤولين خلال زيارته قضايا التسوية السلمية في سوريا."
    assert news_place(text, "زيارته") is None
    assert news_place("وبحث الوزير مع نظيره الأوضاع في اليمن.", "وبحث") is None
    assert news_place("وأجرى الوزير محادثات مع نظيره تناولت الوضع في سوريا.", "محادثات") is None
    # the talks' own topic phrase, then where they are held: the place
    text = "وعقدت محادثات حول التسوية السورية في موسكو أمس."
    assert news_place(text, "محادثات") == "موسكو"

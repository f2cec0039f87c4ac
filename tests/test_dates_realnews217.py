"""Round 217: periods and days in the sentence, «مؤخرا» after a long subject, press reviews («في أعقاب»), «له
الليلة الماضية», a verb of providing, «تمتنع، حتى الآن، عن», and an «اليوم» that is no day of the document.
Hand-made sentences (paraphrases), dated 2015-08-02 (a Sunday) by ``analyze_news``."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_event, news_modality


def _day_values(text: str) -> list[tuple[str, str | None, str]]:
    doc = analyze_news(text)
    return [(doc.text[t.start : t.end], t.value, t.kind) for t in doc.times if "اليوم" in doc.text[t.start : t.end]]


def test_period_in_relative_dates_the_act_by_its_first_month() -> None:
    text = "ولعب القائد دورا في قمع المظاهرات التي شهدتها المدينة في الفترة من أواخر مارس حتى مايو الماضيين."
    assert news_date(text, "قمع") == "2015-03"
    between = "ولعب القائد دورا في قمع المظاهرات التي شهدتها المدينة في الفترة ما بين مارس ومايو."
    assert news_date(between, "قمع") == "2015-03"


def test_period_after_a_comma_clause_is_not_the_acts() -> None:
    text = "ولعب القائد دورا في قمع المظاهرات، وهي التي شهدتها المدينة في الفترة من مارس حتى مايو."
    assert news_date(text, "قمع") == "2015-08-02"
    assert news_date("وقالت الصحيفة إن القائد لعب دورا في قمع المظاهرات في المدينة.", "قمع") == "2015-08-02"


def test_recent_visit_after_long_subject_has_no_day() -> None:
    text = ("وقال الوزير إن زيارة سمو الأمير محمد بن فهد ولي العهد النائب الأول لرئيس الوزراء وزير الداخلية مؤخراً "
            "لباريس وضعت الأسس.")
    assert news_date(text, "زيارة") is None
    plain = "وقال الوزير إن زيارة سمو الأمير محمد بن فهد ولي العهد إلى باريس وضعت الأسس."
    assert news_date(plain, "زيارة") == "2015-08-02"


def test_act_in_the_wake_of_is_known_before() -> None:
    text = "وأبرزت الصحف الصادرة اليوم دعوة الوزير إلى الحذر في أعقاب الهجوم الانتحاري الذي استهدف مسجدا."
    assert news_date(text, "الهجوم الانتحاري") is None
    assert news_date(text, "دعوة") == "2015-08-02"


def test_statement_right_after_the_meeting_keeps_the_story_day() -> None:
    text = "والتقى الوزير نظيره الروسي في موسكو، ووصف في تصريح له عقب اللقاء المحادثات بالبناءة."
    assert news_date(text, "تصريح") == "2015-08-02"
    assert news_date(text, "والتقى") == "2015-08-02"


def test_last_night_after_comma_and_object_pronoun() -> None:
    text = "وأعرب الأمين العام، لدى استقبال رئيس الوزراء اليمني خالد علي، له الليلة الماضية في الرياض، عن ارتياحه."
    assert news_date(text, "استقبال") == "2015-08-01"
    plain = "وأعرب الأمين العام، لدى استقبال رئيس الوزراء اليمني خالد علي، له في الرياض، عن ارتياحه."
    assert news_date(plain, "استقبال") == "2015-08-02"


def test_conjunct_clause_takes_the_first_clauses_weekday() -> None:
    text = "وهاجم المسلحون، الجمعة، مقرا للجيش في البلدة نفسها، ووقعت اشتباكات بينهم وبين الحراس."
    assert news_date(text, "وهاجم") == "2015-07-31"
    assert news_date(text, "اشتباكات") == "2015-07-31"


def test_conjunct_clause_in_reported_speech_or_after_a_noun_opening_keeps_its_own() -> None:
    said = "وقال المتحدث إن المسلحين هاجموا، الجمعة، مقرا للجيش، ووقعت اشتباكات بينهم وبين الحراس."
    assert news_date(said, "اشتباكات") == "2015-08-02"
    noun_first = "المسلحون هاجموا الجمعة مقرا للجيش، ووقعت اشتباكات بينهم وبين الحراس."
    assert news_date(noun_first, "اشتباكات") == "2015-08-02"


def test_said_right_after_yesterdays_warning_is_yesterday() -> None:
    text = "وحذر رئيس اللجنة النيابية يوم أمس من رمي النفايات، وقال في تصريح إن الوضع خطير."
    assert news_date(text, "تصريح") == "2015-08-01"


def test_abstaining_with_an_insert_is_negated() -> None:
    text = "وانتقد المسؤول المستشارة التي تمتنع، حتى الآن، عن لقاء السفير في واشنطن."
    # ev495: abstaining from the meeting is the refusal of it (125, undated), the meeting no event of its own
    assert news_event(text, "تمتنع")[1].code == "125"
    assert news_date(text, "تمتنع") is None
    assert not any(e.code == "040" for e in analyze_news(text).events)
    met = "وقال المسؤول إن المستشارة التقت، حتى الآن، عددا من السفراء."
    assert news_modality(met, "التقت") == "reported"


def test_noun_act_as_subject_of_a_verb_of_providing_has_no_day() -> None:
    assert news_date("ويمنح إعلان حالة الطوارئ قوات الشرطة صلاحيات واسعة.", "إعلان") is None
    assert news_date("ومنح إعلان حالة الطوارئ أمس قوات الشرطة صلاحيات واسعة.", "إعلان") == "2015-08-01"


def test_today_set_against_an_earlier_year_is_nowadays() -> None:
    text = "وفي المرة السابقة عام 1994 تحالف مع الإخوان، واليوم تحالف مع الحوثيين."
    assert _day_values(text) == [("اليوم", "2015", "present")]
    news = "وقتل في عام 2014 ثلاثة جنود، واليوم قتل جنديان في الهجوم."
    assert _day_values(news) == [("اليوم", "2015-08-02", "date")]


def test_today_in_a_speech_quoted_from_then_is_no_document_day() -> None:
    text = "ولقي الملك أمير البلاد آنذاك، حيث قال في كلمة له بعد وصوله: «في هذا اليوم السعيد نحمد الله»."
    assert _day_values(text) == []
    now = "وقال الوزير في كلمة له: «في هذا اليوم نعلن النصر»."
    assert _day_values(now) == [("اليوم", "2015-08-02", "date")]


def test_passive_first_clause_dates_the_short_verb_after_it() -> None:
    text = "وبثت الرسالة الصوتية على موقع الحركة أول من أمس، وحث فيها الزعيم أنصاره على الوحدة."
    assert news_date(text, "وحث") == "2015-07-31"
    after = "وبعد هجوم الجمعة على المقر، وقعت اشتباكات بين الطرفين."
    assert news_date(after, "اشتباكات") == "2015-08-02"


def test_masdar_told_after_a_comma_takes_the_statements_day() -> None:
    assert news_date("وأفاد المرصد أمس، باختطاف خمسة مقاتلين في المدينة.", "باختطاف") == "2015-08-01"
    assert news_date("وأفاد المرصد، باختطاف خمسة مقاتلين في المدينة.", "باختطاف") == "2015-08-02"


def test_cause_after_the_comma_closing_a_time_takes_it() -> None:
    text = "وذكر الجيش أن ثلاثة جنود قتلوا أمس، جراء انفجارين في موقع للشرطة."
    assert news_date(text, "انفجارين") == "2015-08-01"
    plain = "وذكر الجيش أن ثلاثة جنود قتلوا جراء انفجارين في موقع للشرطة."
    assert news_date(plain, "انفجارين") == "2015-08-02"

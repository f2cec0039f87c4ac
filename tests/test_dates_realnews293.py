"""Round 293: a week-day name that is a family name is no time expression: «قال أحمد الخميس، رئيس الجمعية، إن»
(a given name, the week-day, a comma and a role apposed to the man). A bare week-day after a name with no
apposition, or after a king's given name where the role may be the object, stays a day. An act told over an
unnumbered span of years («خلال سنوات الحرب», «طوال عقود», «على مدى سنوات») is of no day: not the day of the
saying that reports it. A clause joined by «و» + a perfect verb that names another place or incident («في مدينة
أخرى», «في حادث منفصل») does not take the day said in the clause before it. A killing counted in thousands («مقتل مئات الآلاف», «قتل آلاف
المدنيين», «240 ألف») is a toll over a period, of no day."""

from conftest import analyze_news, news_date


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(doc.text[t.start : t.end], t.value) for t in doc.times]


def test_weekday_surname_before_role_apposition() -> None:
    text = "وقال خالد الجمعة، رئيس جمعية المزارعين، إن المحصول تضرر من الجفاف."
    assert _times(text) == []


def test_weekday_surname_after_doctor_title() -> None:
    text = "وأكد الدكتور سعد الخميس، أستاذ الاقتصاد في الجامعة، أن الأسعار سترتفع."
    assert all(t != "الخميس" for t, _ in _times(text))


def test_counter_weekday_after_name_without_apposition_is_a_day() -> None:
    text = "وقال خالد الخميس إن المحصول تضرر من الجفاف."
    assert _times(text) == [("الخميس", "2015-07-30")]


def test_counter_weekday_after_kings_name_is_a_day() -> None:
    text = "استقبل الملك سلمان الأربعاء، رئيس وزراء باكستان في جدة."
    assert ("الأربعاء", "2015-07-29") in _times(text)
    assert news_date(text, "استقبل") == "2015-07-29"


def test_counter_weekday_with_day_word_is_a_day() -> None:
    text = "وقال خالد يوم الجمعة، رئيس الوفد معه، إن المحادثات انتهت."
    assert ("يوم الجمعة", "2015-07-31") in _times(text)


def test_act_over_years_of_war_has_no_day() -> None:
    text = "وقال المتحدث أمس إن الميليشيات اعتقلت طوال سنوات الحرب مئات الصحافيين."
    assert news_date(text, "اعتقلت") is None
    assert news_date("وقال المتحدث أمس إن الميليشيات اعتقلت مئات الصحافيين.", "اعتقلت") == "2015-08-01"


def test_act_over_decades_has_no_day() -> None:
    text = "وأكد الوزير أمس أن الجيش هاجم على مدى عقود قرى الحدود."
    assert news_date(text, "هاجم") is None


def test_counter_act_with_numbered_recent_span_keeps_its_day() -> None:
    text = "وقال المتحدث أمس إن الميليشيات اعتقلت خلال الساعات الماضية عشرة صحافيين."
    assert news_date(text, "اعتقلت") is not None


def test_counter_years_in_another_clause_do_not_undate() -> None:
    text = "وقال المتحدث أمس إن الميليشيات اعتقلت عشرة صحافيين، بعد هدوء ساد خلال سنوات الحرب."
    assert news_date(text, "اعتقلت") == "2015-08-01"


def test_conjunct_in_another_town_does_not_take_the_day() -> None:
    text = "قصفت الطائرات مساء أول من أمس مواقع للمتمردين، واعتقلت الشرطة في مدينة أخرى ستة مطلوبين."
    assert news_date(text, "قصفت") == "2015-07-31"
    assert news_date(text, "واعتقلت") == "2015-08-02"


def test_counter_conjunct_of_the_same_telling_takes_the_day() -> None:
    text = "قصفت الطائرات مساء أول من أمس مواقع للمتمردين، واعتقلت الشرطة ستة مطلوبين."
    assert news_date(text, "واعتقلت") == "2015-07-31"


def test_toll_in_hundreds_of_thousands_has_no_day() -> None:
    text = "وقال المبعوث أمس إن العالم تحرك متأخرا بعد مقتل مئات الآلاف من المدنيين في سوريا."
    assert news_date(text, "مقتل") is None


def test_killing_of_thousands_in_a_clause_with_yesterday_has_no_day() -> None:
    text = "واحتج الأهالي أمس على تكريم القائد المسؤول عن قتل آلاف السجناء."
    assert news_date(text, "قتل") is None
    assert news_date("وأحصت المنظمة أمس مقتل أكثر من 240 ألف شخص منذ بدء النزاع.", "مقتل") is None


def test_counter_killing_of_a_dozen_keeps_the_day() -> None:
    text = "وأعلنت الشرطة أمس مقتل 12 شخصا في انفجار سيارة مفخخة."
    assert news_date(text, "مقتل") == "2015-08-01"


def test_counter_arrest_of_thousands_is_no_killing_toll() -> None:
    text = "واعتقلت الشرطة أمس آلاف المتظاهرين في العاصمة."
    assert news_date(text, "واعتقلت") == "2015-08-01"

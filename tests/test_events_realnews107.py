"""Round 107 of real news: a time shared within a clause, and acts that get no day. A «و» + perfect verb with no
time of its own takes the time of the act of the same subject it is coordinated with (a day, or none where that
time gives none); a noun of force that is the subject of a verb of force takes the verb's own time; «قد تتسبب في
... أو انتقادات» and «احتمالية ... بهجمات» are hypothetical, «عدم الإذن بفتح باب المفاوضات» negated; a past habit
(«كانت تلتقي»), a present verb after a relative («التي تقتلهم»), a meeting told as held («الذي عقد») with no time,
an act of a kind («مثل هذه الزيارة») and a noun a present verb governs after a recent day of the story have no day.
The sample's articles are dated 2015-08-02 (a Sunday)."""

from __future__ import annotations

from conftest import news_date, news_event, news_modality


def test_a_coordinated_verb_shares_the_time_of_its_sister() -> None:
    text = "ودانت الجامعة العربية أول من أمس القصف الإسرائيلي في جنوب لبنان، وطالبت إسرائيل باحترام سيادة لبنان."
    assert news_date(text, "ودانت") == "2015-07-31"
    assert news_date(text, "وطالبت") == "2015-07-31"
    # a time of its own: its own day
    text = "ودانت الجامعة العربية أول من أمس القصف الإسرائيلي في جنوب لبنان، وطالبت أمس إسرائيل باحترام سيادة لبنان."
    assert news_date(text, "وطالبت") == "2015-08-01"


def test_a_coordinated_verb_shares_a_span_of_no_day() -> None:
    text = "وغضب المتطرفون بسبب تصريحاته التي أدلى بها خلال اليومين الماضيين، وانتقد فيها بشدة جريمة القتل."
    assert news_date(text, "تصريحاته") is None
    assert news_date(text, "وانتقد") is None
    # no time told: the article's day
    text = "وغضب المتطرفون بسبب تصريحاته التي أدلى بها، وانتقد فيها بشدة جريمة القتل."
    assert news_date(text, "وانتقد") == "2015-08-02"


def test_a_noun_of_force_takes_the_time_of_the_verb_it_is_subject_of() -> None:
    text = ("وقالت الوكالة إن «هجوما انتحاريا بواسطة شاحنة مفخخة بالمتفجرات، استهدف فجر السبت مركزا للشرطة "
            "في البلدة».")
    # round mend508: the verb joins the noun's event (one act), which keeps the verb's day
    assert news_date(text, "هجوما انتحاريا") == "2015-08-01"
    # the noun is the object of another verb, a conjunct «و» verb after it has its own time
    text = "ونفذ المسلحون هجوما على البلدة، وقصفوا فجر السبت مركزا للشرطة."
    assert news_date(text, "هجوما") == "2015-08-02"


def test_possible_and_not_allowed_acts() -> None:
    text = "وقالت مصادر إن الحكومة أجلت الأحكام لتجنب أحكام مثيرة، قد تتسبب في قلاقل داخلية أو انتقادات دولية."
    assert news_modality(text, "انتقادات") == "hypothetical"
    assert news_date(text, "انتقادات") is None
    text = "وقالت مصادر إن الأحكام تسببت في قلاقل داخلية أو انتقادات دولية."
    assert news_modality(text, "انتقادات") != "hypothetical"
    text = "وقال المدير إن هناك احتمالية أكبر لارتباط (التنظيم) بهجمات داخل البلاد حاليا."
    assert news_modality(text, "بهجمات") == "hypothetical"
    text = "وأوضح البيان أن القرار جاء مقابل عدم الإذن بفتح باب المفاوضات مع النقابات."
    assert news_modality(text, "المفاوضات") == "negated"
    # «عدم» of the invitation, not of the meetings it is for
    text = "وحرص المنظمون على عدم دعوة الإعلاميين لتغطية الاجتماعات في الفندق."
    assert news_modality(text, "الاجتماعات") != "negated"


def test_a_past_habit_and_a_present_relative_have_no_day() -> None:
    text = "وقال الناشط: «عندما كانت تلتقي الوزيرة كبار المسؤولين في العاصمة، أعدم ثلاثة أشخاص»."
    assert news_date(text, "تلتقي") is None
    assert news_date("والتقت الوزيرة كبار المسؤولين في العاصمة.", "والتقت") == "2015-08-02"
    text = "وقال محللون إن التنظيم يستبدل مقاتليه بنفس السرعة التي تقتلهم بها القوات هناك."
    assert news_date(text, "تقتلهم") is None
    # a visit going on now is the news
    text = "واستقبل الأمير رئيس الحكومة والوفد المرافق له، الذي يزور العاصمة."
    assert news_date(text, "يزور") == "2015-08-02"


def test_a_meeting_told_as_held_and_an_act_of_a_kind() -> None:
    text = "وأشار إلى أنه تم في اجتماع حلف شمال الأطلسي (الناتو) الذي عقد بناء على طلب أنقرة التأكيد على الدعم."
    assert news_date(text, "اجتماع") is None
    # its own time dates it
    text = "وأشار إلى أنه تم في الاجتماع الذي عقد أمس في بروكسل التأكيد على الدعم."
    assert news_date(text, "الاجتماع") == "2015-08-01"
    assert news_date("وأضافت أن مثل هذه الزيارة يجب الاتفاق عليها أولا مع الحكومة.", "الزيارة") is None


def test_a_noun_a_present_verb_governs_takes_no_day_told_before() -> None:
    lead = "اعتقلت الشرطة، أمس، ناشطا بارزا في المدينة."
    text = lead + " وما زال أقاربه يعتصمون أمام المستشفى، ويتلقون الكثير من الزيارات التضامنية."
    assert news_date(text, "الزيارات") is None
    # a past act goes on with the story's day
    text = lead + " وتلقى أقاربه الكثير من الزيارات التضامنية."
    assert news_date(text, "الزيارات") == "2015-08-01"


def test_a_year_alone_dates_a_declaration() -> None:
    doc, ev = news_event("وأطيح بالملك في ثورة عام 1952، ثم أعلنت الجمهورية في مصر عام 1954.", "أعلنت")
    assert ev.date is None
    assert ev.to_dict(doc.text)["year"] == 1954

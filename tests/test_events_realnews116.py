"""Round 116 of real news: future and conditional acts, times set off by commas. A noun after a time closed by a
comma is still held by the future verb before the time («ستعقد غدا، اجتماعا»: planned, of tomorrow); a «و» masdar
conjunct of a future clause, or of a noun act still to come, is planned as it is; what they insist on doing is
planned, what something means («يعني إحكام الحصار») hypothetical; «إذا كانت ... قد» grants a fact, «أي محاولة»
puts a case. A time set off after an apposition to the subject dates the verb, and a masdar conjunct after a comma
takes the day of the act before it. A crime told again, a state of control and an act going on «منذ» a month get
no day. The sample's articles are dated 2015-08-02 (a Sunday)."""

from __future__ import annotations

from conftest import news_date, news_modality


def test_a_future_verb_holds_its_noun_over_a_time_set_off() -> None:
    text = "وذكرت أن الهيئة ستعقد غداً ، اجتماعاً موسعا لبحث الأزمة."
    assert news_modality(text, "اجتماعاً") == "planned"
    assert news_date(text, "اجتماعاً") == "2015-08-03"
    # a past verb holds it too: the day set off is the meeting's
    text = "وذكرت أن الهيئة عقدت أمس، اجتماعاً موسعا لبحث الأزمة."
    assert news_modality(text, "اجتماعاً") == "reported"
    assert news_date(text, "اجتماعاً") == "2015-08-01"


def test_a_masdar_conjunct_of_a_future_clause_is_planned() -> None:
    text = "وأوضح أن الجيش سيتقدم نحو العاصمة فورا وفرض حصار عليها."
    assert news_modality(text, "حصار") == "planned"
    assert news_date(text, "حصار") is None
    text = "وأوضح أن الجيش تقدم نحو العاصمة فورا وفرض حصار عليها."
    assert news_modality(text, "حصار") == "reported"


def test_a_conjunct_of_an_act_to_come_shares_its_modality() -> None:
    text = ("وأوضح أن المعركة سوف تبدأ قريبا وسوف يكون الهجوم على المتمردين أولا، من الشمال إلى الساحل "
            "وسيطرة القوات على الإقليم.")
    assert news_modality(text, "الهجوم") == "planned"
    assert news_modality(text, "وسيطرة") == "planned"
    assert news_date(text, "وسيطرة") is None
    text = ("وأوضح أن المعركة بدأت وكان الهجوم على المتمردين أولا، من الشمال إلى الساحل "
            "وسيطرة القوات على الإقليم.")
    assert news_modality(text, "وسيطرة") == "reported"


def test_insisting_is_planned_meaning_is_hypothetical() -> None:
    assert news_modality("وتمسك المحتجون بمطالبهم وأصروا على أن يلتقوا الوزير بنفسه.", "يلتقوا") == "planned"
    assert news_modality("وقال المحتجون إنهم التقوا الوزير بنفسه.", "التقوا") == "reported"
    text = "وكتب أن الانسحاب يعني بالنسبة إلى «الجماعة» تشديد الحصار عليها."
    assert news_modality(text, "الحصار") == "hypothetical"
    assert news_date(text, "الحصار") is None
    text = "وكتب أن الانسحاب يعني أن الحصار انتهى."
    assert news_modality(text, "الحصار") == "asserted"


def test_a_granted_if_and_any_attempt() -> None:
    text = "وإذا كانت الحكومة قد تعهدت منذ البداية إفشال كل مبادرة، فإن المعارضة لم تفعل ذلك."
    assert news_modality(text, "تعهدت") == "asserted"
    assert news_date(text, "تعهدت") is None
    assert news_modality("وإذا تعهدت الحكومة بذلك فإن المعارضة سترد.", "تعهدت") == "hypothetical"
    text = "وقال الناطق إن أي محاولة لاقتحام المعبد عمل عدائي."
    assert news_modality(text, "لاقتحام") == "hypothetical"
    text = "وقال الناطق إن محاولة لاقتحام المعبد أحبطت."
    assert news_modality(text, "لاقتحام") == "planned"


def test_a_time_set_off_after_an_apposition_dates_the_verb() -> None:
    text = "اختطفت الميليشيا المتشددة، فرع التنظيم في البلاد، أمس، دفعة ثانية من المقاتلين."
    assert news_date(text, "اختطفت") == "2015-08-01"
    # a verb of its own between the commas: the time is that verb's
    text = "اختطفت الميليشيا المتشددة، وقتلت خمسة من المقاتلين، أمس، في الشمال."
    assert news_date(text, "اختطفت") == "2015-08-02"


def test_a_masdar_conjunct_takes_the_day_of_the_act_before_it() -> None:
    text = ("وبرزت دلائل على تقارب بين العاصمتين، أمس، عبر زيارة وزير الخارجية إلى الجارة، "
            "وعقده اجتماعات منفصلة مع كبار المسؤولين.")
    assert news_date(text, "زيارة") == "2015-08-01"
    assert news_date(text, "اجتماعات") == "2015-08-01"
    text = ("وبرزت دلائل على تقارب بين العاصمتين عبر زيارة وزير الخارجية إلى الجارة، "
            "وعقده اجتماعات منفصلة مع كبار المسؤولين.")
    assert news_date(text, "اجتماعات") == "2015-08-02"


def test_a_crime_told_again_and_a_state_of_control_have_no_day() -> None:
    text = "وجددت الحكومة استنكارها للجريمة المروعة التي ارتكبها متطرفون في البلدة وأدت إلى حرق طفل صغير."
    assert news_date(text, "حرق") is None
    text = "وقررت اللجنة إحالة ملف جريمة حرق منزل العائلة إلى المحكمة الدولية."
    assert news_date(text, "حرق") is None
    assert news_date("وحرق متطرفون منزل العائلة في البلدة.", "وحرق") == "2015-08-02"
    text = "وانتقدت الوزارة صمت المبعوث حيال سيطرة الجماعة على مناطق من البلاد."
    assert news_date(text, "سيطرة") is None
    assert news_date("وأعلن الجيش سيطرة وحداته على المدينة.", "سيطرة") == "2015-08-02"


def test_an_act_going_on_since_a_month_has_no_day() -> None:
    text = "وشرعت طائرات وقوات برية، منذ أواخر يوليو (تموز) الماضي، مهاجمة مواقع المسلحين في الشمال."
    assert news_date(text, "مهاجمة") is None
    assert news_date("وهاجمت القوات البلدة منذ أمس.", "وهاجمت") == "2015-08-01"

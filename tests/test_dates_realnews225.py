"""Round 225: acts told as a backdrop (the act a plan began with, a period's act, the results of a visit, a fact
recalled after «علما بأن ... قد»), a recurring state («تتكرر»), what terms enable («تتيح ... فرض»), and an act
«مع» which clashes coincided. Hand-made sentences (paraphrases), dated 2015-08-02 (a Sunday) by ``analyze_news``."""

from __future__ import annotations

from conftest import analyze_news, news_date, news_modality


def test_enabled_act_is_hypothetical() -> None:
    text = "وتقلق البنود المستثمرين، فهي تتيح لأي دولة موقعة على الاتفاق إعادة فرض العقوبات على البلد عند أي خرق."
    assert news_modality(text, "فرض") == "hypothetical"
    assert news_date(text, "فرض") is None
    # counter-case: an act that a present verb of another kind governs is told as done
    done = "وتواصل الحكومة فرض العقوبات على البلد منذ الصباح، بحسب الوكالة."
    assert news_modality(done, "فرض") != "hypothetical"
    # counter-case: an arrangement carried out («تسمح للطائرات بالانطلاق ... لمهاجمة») is no term's hypothesis
    allowed = "وبموجب التفاهم فإن الحكومة تسمح للطائرات بالانطلاق من القاعدة لمهاجمة مواقع التنظيم."
    assert news_modality(allowed, "لمهاجمة") != "hypothetical"


def test_recurring_state_has_no_day() -> None:
    text = "وتتكرر أعمال التخريب ضد منشآت اقتصادية في البلاد في موازاة هجمات المتمردين على قوات الشرطة."
    assert news_date(text, "هجمات") is None
    # counter-case: attacks with no verb of recurrence are the article's news
    plain = "وقتل شرطيان في هجمات المتمردين على قوات الشرطة في جنوب البلاد."
    assert news_date(plain, "هجمات") == "2015-08-02"


def test_act_a_plan_began_with_has_no_day() -> None:
    text = ("ويرى أنصار الجبهة أن الغارات جزء من خطة غربية بدأت بقصف داعش في العراق، وتتواصل اليوم بقصف جبهة النصرة "
            "في سوريا.")
    doc = analyze_news(text)
    dates = [e.date for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "بقصف"]
    assert dates == [None, "2015-08-02"]
    # counter-case: forces that began shelling, their own subject said, today
    plain = "وقال المتحدث إن القوات بدأت بقصف مواقع المتمردين في المدينة."
    assert news_date(plain, "بقصف") == "2015-08-02"


def test_fact_recalled_after_alman_qad_has_no_day() -> None:
    text = "ويبقى السؤال عن موقع الشركات في السوق، علما بأن الرئيس الفرنسي قد دعا رسميا نظيره الإيراني إلى باريس."
    assert news_date(text, "دعا") is None
    # counter-case: the same call without «علما بأن ... قد» is today's
    plain = "ودعا الرئيس الفرنسي رسميا نظيره الإيراني إلى زيارة باريس."
    assert news_date(plain, "ودعا") == "2015-08-02"


def test_act_of_a_period_has_no_day() -> None:
    text = "وعين الرئيس وزيرا سابقا شغل منصبه في فترة إعلان الانفصال عن الشمال."
    assert news_date(text, "إعلان") is None
    plain = "وأعلن الرئيس تعيين وزير جديد للخارجية."
    assert news_date(plain, "وأعلن") == "2015-08-02"


def test_act_whose_results_are_heard_is_before() -> None:
    text = "واستمع المجلس إلى نتائج زيارة ولي العهد إلى القاهرة واجتماعه مع الرئيس المصري، ثم أشاد بالبيان المشترك."
    assert news_date(text, "واجتماعه") is None
    # counter-case: a meeting told as such is today's
    plain = "وعقد ولي العهد اجتماعا مع الرئيس المصري في القاهرة."
    assert news_date(plain, "اجتماعا") == "2015-08-02"


def test_raids_the_clashes_coincided_with_take_their_day() -> None:
    text = ("وهاجم المسلحون، الجمعة، مقرا للفصيل في البلدة، ووقعت اشتباكات بينهم وبين الحراس، بحسب المرصد الذي "
            "أشار إلى تزامن الاشتباكات مع غارات نفذها التحالف.")
    assert news_date(text, "غارات") == "2015-07-31"
    # counter-case: raids with no clashes before them keep the article's day
    plain = "وأشار المرصد إلى غارات نفذها التحالف على مواقع المسلحين في البلدة."
    assert news_date(plain, "غارات") == "2015-08-02"


def test_masdar_of_a_habit_has_no_day() -> None:
    text = "وتقوم الطائرات بشكل دوري بقصف مواقع المسلحين في المنطقة الجبلية."
    assert news_date(text, "بقصف") is None
    weekly = "ويعقد المجلس كل أسبوع اجتماعا لمناقشة أوضاع اللاجئين."
    assert news_date(weekly, "اجتماعا") is None
    # counter-case: the same act with no word of habit is today's
    plain = "وقامت الطائرات بقصف مواقع المسلحين في المنطقة الجبلية."
    assert news_date(plain, "بقصف") == "2015-08-02"


def test_act_not_yet_agreed_on_is_hypothetical() -> None:
    text = "وقال المصدر إنه لم يتم الاتفاق على عقد اجتماع جديد بين الطرفين."
    assert news_modality(text, "اجتماع") == "hypothetical"
    assert news_date(text, "اجتماع") is None
    joined = "وانتهت الجولة، ولم يتم الاتفاق على عقد اجتماع جديد بين الطرفين."
    assert news_modality(joined, "اجتماع") == "hypothetical"
    # counter-case: a meeting agreed on is no hypothesis
    agreed = "وقال المصدر إن الطرفين عقدا اجتماعا جديدا في العاصمة."
    assert news_modality(agreed, "اجتماعا") != "hypothetical"


def test_loose_span_since_an_act_has_no_day() -> None:
    text = "ولا يزال الغموض يكتنف الجماعة، رغم مرور أكثر من عامين على إعلان تشكيلها في الجنوب."
    assert news_date(text, "إعلان") is None
    # counter-case: an announcement told with no span since it is today's (round 253: not after «رغم», a known fact
    # set against the news, of no day: going_on.conceded)
    plain = "ولا يزال الغموض يكتنف الجماعة، مع إعلان تشكيلها في الجنوب."
    assert news_date(plain, "إعلان") == "2015-08-02"


def test_act_some_days_ago_has_no_article_day() -> None:
    text = "وفي تصريح لإحدى الوكالات، أعلن قبل أيام مستشار الرئيس ترشح الوزير السابق."
    assert news_date(text, "تصريح") is None
    named = "وفي تصريح لوكالة «الأنباء»، أعلن قبل أيام مستشار الرئيس ترشح الوزير السابق."
    assert news_date(named, "تصريح") is None
    # counter-case: «قبل» of another clause after «أن» does not move the statement
    plain = "وأعلن مستشار الرئيس أن الوزير السابق ترشح قبل أيام للانتخابات."
    assert news_date(plain, "وأعلن") == "2015-08-02"


def test_kuntu_pluperfect_has_no_day() -> None:
    text = "* كنت اجتمعت أخيرا بالرئيس المصري.. كيف تجده كرجل دولة؟"
    assert news_date(text, "اجتمعت") is None
    plain = "* اجتمعت أمس بالرئيس المصري في القاهرة."
    assert news_date(plain, "اجتمعت") == "2015-08-01"


def test_act_after_a_noun_of_recurrence_has_no_day() -> None:
    text = "ويدل تكرار الاجتماعات بين الزعيمين على أن العلاقات بلغت آفاقا جديدة."
    assert news_date(text, "الاجتماعات") is None
    # counter-case: the meetings told with no noun of recurrence
    plain = "وعقدت الاجتماعات بين الزعيمين في العاصمة."
    assert news_date(plain, "الاجتماعات") == "2015-08-02"

"""Round ev301: event arguments. A plural of people after a force's singular genitive is the object, not part of
the force («وهاجمت قوات الأمن | المتظاهرين»); a masculine verb after «لكنه» is done by the one man the clause before
names first; an envoy's post and the place of a body's members are no location; a visit put off at someone's asking
is that one's; a time or a lone adverb is no target; a noun act held by a verb right after «أنه» is the reporting
verb's subject's."""

from conftest import news_arg, news_event, news_place


def test_force_genitive_then_plural_of_people_is_the_object() -> None:
    text = "وهاجمت قوات الأمن المحتجين قرب مبنى البرلمان مساء أمس."
    assert news_arg(text, "وهاجمت") == "قوات الأمن"
    assert news_arg(text, "وهاجمت", "target") == "المحتجين"
    text = "واعتقلت عناصر الجيش المتظاهرين في وسط المدينة."
    assert news_arg(text, "واعتقلت", "target") == "المتظاهرين"


def test_counter_plural_nisba_after_the_genitive_stays_with_the_head() -> None:
    # «الإسرائيليين» may agree with the head «ضباط»: one phrase, no object split off
    text = "وقتل ضباط الأمن الإسرائيليين ثلاثة فلسطينيين قرب الخليل."
    assert news_arg(text, "وقتل", "target") != "الإسرائيليين"


def test_verb_after_lakinnahu_takes_the_man_the_clause_names() -> None:
    text = ("لكن الرئيس الأميركي باراك أوباما رفض تقديم ضمانات مكتوبة لحلفائه في المنطقة، "
            "لكنه أعلن عن حزمة من صفقات السلاح الجديدة.")
    assert news_arg(text, "أعلن") == "باراك أوباما"
    text = "ولم يلتق الرئيس الفرنسي فرنسوا هولاند بنظرائه الأفارقة أمس. لكنه أعلن عن زيارة قريبة للقارة."
    assert news_arg(text, "أعلن") == "فرنسوا هولاند"


def test_counter_lakinnahu_after_two_men_is_left_alone() -> None:
    # two men named in the clause before: the first («جون كيري») is not taken as the pronoun's
    text = ("وقال وزير الخارجية جون كيري إن الرئيس بشار الأسد لم يلتزم بالهدنة، "
            "لكنه أعلن عن مبادرة جديدة.")
    assert news_arg(text, "أعلن") != "جون كيري"


def test_envoy_post_is_no_location() -> None:
    text = "وأكد الدكتور فهد المالكي، سفير المملكة في الخرطوم، عمق العلاقات بين البلدين."
    assert news_place(text, "وأكد") is None
    text = "كما أعلن سفير الكويت في عمان، فلاح الحجرف، أن الوفد سيصل غدا."
    assert news_place(text, "أعلن") is None


def test_counter_envoy_killed_where_he_serves() -> None:
    # an act of force on the envoy is where he serves
    assert news_place("واغتيل سفير روسيا في أنقرة مساء أمس.", "واغتيل") == "أنقرة"


def test_place_of_a_body_s_members_is_no_location() -> None:
    text = "وأدلى النائب بتصريحات مؤيدة للمقاتلين الأكراد في العراق الأسبوع الماضي."
    assert news_place(text, "بتصريحات") is None
    text = "وألقى الرئيس كلمة أمام مؤتمر رؤساء الجاليات العربية في أوروبا عبر الفيديو."
    assert news_place(text, "وألقى") is None


def test_counter_meeting_with_members_is_where_they_met() -> None:
    text = "وعقد الوزير اجتماعا مع ممثلي المنظمات الإنسانية في بيروت أمس."
    assert news_place(text, "اجتماعا") == "بيروت"
    # a statement made in a place with no body of members before it keeps the place
    assert news_place("وأدلى النائب بتصريحات في بغداد أمس.", "بتصريحات") == "بغداد"


def test_visit_put_off_at_asking_is_the_one_asked() -> None:
    text = "وذكر المصدر أن المسؤولين طلبوا من رئيس الوزراء تأجيل الزيارة إلى مطلع الشهر المقبل."
    assert news_arg(text, "الزيارة") == "رئيس الوزراء"
    assert news_arg(text, "الزيارة", "target") == ""  # «مطلع الشهر المقبل» is a time


def test_counter_visit_put_off_by_its_deciders() -> None:
    # no asking «من X»: the visit's owner is not read from the deciders
    text = "وقرر المسؤولون تأجيل الزيارة إلى مطلع الشهر المقبل."
    assert news_arg(text, "الزيارة") == ""


def test_adverb_is_no_target() -> None:
    doc, ev = news_event("وكانت الوزيرة تدعو خصوصا إلى رفع العقوبات الاقتصادية.", "تدعو")
    assert ev.target is None and not ev.attrs.get("target_span")


def test_counter_adverb_before_a_real_object() -> None:
    # the adverb is cut off, the object after it stays
    text = "وهاجم المسلحون مجددا مواقع الجيش في الريف الشمالي."
    assert news_arg(text, "وهاجم", "target") == "مواقع الجيش"


def test_talks_held_after_annahu_are_the_reporter_s() -> None:
    text = "وأكد جون كيري في ختام جولته أنه أجرى محادثات صريحة مع المسؤولين الأتراك."
    assert news_arg(text, "محادثات") == "جون كيري"


def test_counter_talks_held_by_another_named_subject() -> None:
    text = "وأكد جون كيري أن الرئيس أجرى محادثات صريحة مع المسؤولين الأتراك."
    assert news_arg(text, "محادثات") != "جون كيري"


def test_statement_after_the_cue_is_the_speaker_s() -> None:
    text = ("واستعادت قوات الجيش المعسكر أمس، بحسب العميد سالم الحضرمي. "
            "وقال في تصريح صحافي يوم أمس إن المعارك مستمرة في محيط المدينة.")
    assert news_arg(text, "تصريح") == "سالم الحضرمي"


def test_counter_statement_with_no_cue_before_it() -> None:
    # «جاء ذلك في تصريح»: no cue right before «في»: the statement's maker is not read from there
    text = "وقال الوزير إن الاتفاق قريب. وجاء ذلك في تصريح لوكالة الأنباء."
    assert news_arg(text, "تصريح") == ""


def test_verb_after_kama_goes_on_with_the_subject_before() -> None:
    text = "وأكد المصدر أن الجيش لن يدخل المدينة. كما أكد أنه لن يكون هناك دور للميليشيات."
    assert news_arg(text, "أكد أنه") == "المصدر"


def test_counter_verb_after_kama_with_its_own_subject_after_it() -> None:
    # a subject after the verb («أكثر من مائة مجموعة»), and a feminine verb after a masculine one: no carry
    text = "وانتقد الوزير السياسة الأميركية، كما أعلنت أكثر من مائة مجموعة رفضها للاتفاق."
    assert news_arg(text, "أعلنت") == ""


def test_fronted_statement_with_his_pronoun_is_the_speaker_s() -> None:
    text = "وفي تصريحاته للصحافيين أمس، أوضح المفوض الأوروبي بيير موسكوفيسي أن المحادثات تتقدم."
    assert news_arg(text, "تصريحاته") == "بيير موسكوفيسي"


def test_counter_fronted_statement_whose_pronoun_does_not_fit_the_cue() -> None:
    # «ـه» on the statement, a feminine cue: not hers
    text = "وفي تصريحاته للصحافيين أمس، أوضحت المستشارة أنجيلا ميركل أن المحادثات تتقدم."
    assert news_arg(text, "تصريحاته") != "أنجيلا ميركل"


def test_agent_words_after_the_act_name_its_doer() -> None:
    text = "وكانت الهجمات التي وقعت داخل المدن الأوروبية من قبل المتطرفين أكثر دموية."
    assert news_arg(text, "الهجمات") == "المتطرفين"
    text = "وأشار إلى التقارب الذي أعلن عنه في ديسمبر الماضي، من قبل الرئيس الأميركي باراك أوباما."
    assert news_arg(text, "أعلن") == "باراك أوباما"


def test_counter_agent_words_of_a_nearer_act() -> None:
    # «مقتل» stands between the protest and the agent words: the killer is not the protesters
    text = "وتحدثت الصحيفة عن الاحتجاجات التي اندلعت في المدينة إثر مقتل ضابط من قبل مسلح مجهول."
    assert news_arg(text, "الاحتجاجات") == ""


def test_counter_agent_words_of_an_announced_matter_or_another_clause() -> None:
    # the agent of the announced matter («اجتياح»), not of the announcement
    text = "ومنذ إعلان نبأ اجتياح البلدة من قبل قوات النظام، غادر آلاف السكان منازلهم."
    assert news_arg(text, "إعلان") == ""
    # past a comma and «و», the agent words belong to the other clause
    text = "وانتقد معارضة أخيه لإعدام عدد من السجناء، وطلبه ضمان العدالة في المحاكمة من قبل القضاة."
    assert news_arg(text, "لإعدام") != "القضاة"


def test_verb_after_a_participle_clause_is_the_speaker_s() -> None:
    text = ("وأشار المحافظ سالم العمري إلى أن الوضع تحسن، مؤكدا أن رئيس الوزراء تفقد الأحياء المتضررة بعد وصوله، "
            "وأشاد بصمود السكان طوال الأشهر الماضية.")
    assert news_arg(text, "وأشاد") == "سالم العمري"


def test_counter_verb_that_does_not_agree_with_the_participle() -> None:
    # «مؤكدة» is hers; the masculine «وأشاد» goes on with the man of the «أن» clause
    text = ("وقالت الوزيرة هيلاري كلينتون إن الاجتماع كان مثمرا، مؤكدة أن الأمير التقى الوفد، "
            "وأشاد بجهود الوسطاء.")
    assert news_arg(text, "وأشاد") != "هيلاري كلينتون"

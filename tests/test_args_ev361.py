"""Round ev361 of real news: event parties named in the sentence but not taken. «جولة مباحثات جمعت وزير الخارجية
الأميركي بنظرائه»: the one person holding that full title is the gathering's first side; «ما دفع الحكومة إلى مطالبة
الحزب»: the bare head in the pushed act's genitive is the party it last named; «محادثات الائتلاف بين حزب X وحزب Y»:
the two named after «بين», past the noun's genitive. Each with a counter-case: a null is better than a wrong party."""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_arg

KERRY = "وصل وزير الخارجية الأميركي جون كيري إلى الدوحة أمس. "
TWO_MINISTERS = KERRY + "وقال وزير الخارجية الأميركي الأسبق جيمس بيكر إن الزيارة مهمة. "


def test_the_full_title_of_one_person_is_the_first_side_gathered() -> None:
    text = KERRY + "وعقد اللقاء بعد جولة مباحثات جمعت وزير الخارجية الأميركي بنظرائه الخليجيين في القصر."
    assert news_arg(text, "جولة", "source") == "جون كيري"


def test_a_feminine_country_adjective_is_the_same_title() -> None:
    text = KERRY + "وهذا هو اللقاء الأول الذي يجمع وزير الخارجية الأميركية بنظرائه الخليجيين منذ الاتفاق."
    assert news_arg(text, "اللقاء", "source") == "جون كيري"


def test_a_title_no_one_holds_word_for_word_is_no_side() -> None:
    # another office of the same country: no role of his
    text = KERRY + "وعقد اللقاء بعد جولة مباحثات جمعت وزير الدفاع الأميركي بنظرائه الخليجيين في القصر."
    assert news_arg(text, "جولة", "source") != "جون كيري"


def test_a_title_two_people_hold_is_no_side() -> None:
    text = TWO_MINISTERS.replace(" الأسبق", "") + \
        "وعقد اللقاء بعد جولة مباحثات جمعت وزير الخارجية الأميركي بنظرائه الخليجيين في القصر."
    assert news_arg(text, "جولة", "source") not in ("جون كيري", "جيمس بيكر")


PKK = "وكانت تركيا قد قصفت معاقل حزب العمال الكردستاني في العراق، ما دفع حكومة الإقليم إلى مطالبة الحزب بالمغادرة."


def test_the_party_the_pushed_act_asks_is_the_one_its_bare_head_named() -> None:
    assert news_arg(PKK, "مطالبة", "target") == "حزب العمال الكردستاني"


def test_a_bare_head_of_another_kind_names_no_party() -> None:
    # «الحزب» where only a «حركة» was named: no party
    text = "قصفت إسرائيل مواقع حركة حماس في غزة، ما دفع حكومة القطاع إلى مطالبة الحزب بالمغادرة."
    assert news_arg(text, "مطالبة", "target") != "حركة حماس"


TALKS = "وقالت مصادر إن محادثات الائتلاف الحكومي بين حزب العدالة والتنمية الحاكم وحزب الشعب الجمهوري تقدمت."


def test_talks_between_two_named_parties_are_theirs_past_the_genitive() -> None:
    assert news_arg(TALKS, "محادثات", "source") == "حزب العدالة والتنمية"
    assert news_arg(TALKS, "محادثات", "target") == "حزب الشعب الجمهوري"


def test_talks_between_three_named_parties_have_no_sides() -> None:
    text = TALKS.replace("الجمهوري تقدمت", "الجمهوري وحزب الحركة القومية تقدمت")
    assert news_arg(text, "محادثات", "target") != "حزب الشعب الجمهوري"


def test_the_one_met_past_an_adverb_after_the_verb() -> None:
    text = "وقال الرئيس القبرصي إنه اجتمع أخيرا بالرئيس المصري عبد الفتاح السيسي في القاهرة."
    assert news_arg(text, "اجتمع", "target") == "عبد الفتاح السيسي"
    text = "وقال الرئيس القبرصي: كنت اجتمعت مجددا بالرئيس المصري عبد الفتاح السيسي."
    assert news_arg(text, "اجتمعت", "target") == "عبد الفتاح السيسي"


def test_an_adverb_after_the_subject_leaves_the_subject() -> None:
    text = "وتطالب نيوزيلندا خصوصا بإمكانيات أكبر لدخول سوق الألبان في كندا."
    assert news_arg(text, "وتطالب", "source") == "نيوزيلندا"


LIBYA = "وقال النائب الليبي إبراهيم عميش إن الوضع خطير. " + \
    "ويذكر أنه منذ سيطرة «داعش» على مدينة درنة، وتمدده إلى وسط البلاد، "


def test_a_pronoun_verb_with_a_count_after_it_is_the_masdar_of_its_doer() -> None:
    text = LIBYA + "وقتله أكثر من عشرين مصريا، توجد تعليمات صارمة في القاهرة."
    assert news_arg(text, "وقتله", "source") == "داعش"
    assert news_arg(text, "وقتله", "target") == "أكثر من عشرين مصريا"


def test_a_pronoun_verb_with_no_count_after_it_keeps_its_pronoun_as_the_object() -> None:
    text = LIBYA + "وقتله بعد أن أسره، توجد تعليمات صارمة في القاهرة."
    assert news_arg(text, "وقتله", "target") == "داعش"


INVITED = "وصرح عضو في الائتلاف السوري المعارض أن الائتلاف تلقى دعوة من الخارجية الروسية لزيارة موسكو الأسبوع المقبل.\n"


def test_a_bare_visit_right_after_a_visit_is_that_visit_across_a_paragraph() -> None:
    text = INVITED + "وأوضح أنه «سيتم تأكيد موعد الزيارة خلال اليومين المقبلين»."
    assert news_arg(text, "الزيارة", "source") == "الائتلاف السوري المعارض"
    assert news_arg(text, "الزيارة", "target") == "موسكو"


def test_a_bare_visit_after_a_meeting_of_others_is_not_the_visit_before() -> None:
    text = "وزار وزير الخارجية السوري وليد المعلم طهران أمس.\n" + INVITED + \
        "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني محمد جواد ظريف في موسكو.\n" + \
        "وأوضح أنه «سيتم تأكيد موعد الزيارة خلال اليومين المقبلين»."
    assert news_arg(text, "الزيارة", "source") != "الائتلاف السوري المعارض"


def test_the_name_before_a_cleft_does_the_verb() -> None:
    text = "وكان فالح الفياض هو الذي طلب من نوري المالكي التهدئة مع السنة العرب."
    assert news_arg(text, "طلب", "source") == "فالح الفياض"


def test_the_one_man_of_its_sentence_before_anna_hu_alladhi_does_the_verb() -> None:
    text = "وطرح البعض اسمه بديلا لنوري المالكي. ومما يحسب لفالح الفياض أنه هو الذي طلب من المالكي التهدئة."
    assert news_arg(text, "طلب", "source") == "فالح الفياض"


def test_a_cleft_pronoun_two_men_may_resume_gives_no_doer() -> None:
    text = "والتقى إياد علاوي بأسامة النجيفي. ومما يحسب للوزير أنه هو الذي طلب من نوري المالكي التهدئة."
    assert news_arg(text, "طلب", "source") not in ("إياد علاوي", "أسامة النجيفي")


NETANYAHU = "نفى رئيس الوزراء الإسرائيلي بنيامين نتنياهو أنه رفض لقاء الرئيس الأميركي باراك أوباما. "


def test_the_one_maahu_stands_for_is_whom_the_talk_is_refused_with() -> None:
    text = NETANYAHU + "لكنه قال إنه يرفض الحديث معه حول الدعم العسكري الإضافي."
    assert news_arg(text, "يرفض", "target") == "باراك أوباما"


def test_maahu_two_men_may_stand_for_names_no_one() -> None:
    text = NETANYAHU.replace("أوباما.", "أوباما ووزير خارجيته جون كيري.") + \
        "لكنه قال إنه يرفض الحديث معه حول الدعم العسكري الإضافي."
    doc = analyze_news(text)
    refusals = [ev for ev in doc.events if doc.text[ev.trigger.start : ev.trigger.end] == "يرفض"]
    assert all(event_arg(doc, ev, "target") not in ("باراك أوباما", "جون كيري") for ev in refusals)


ZARQAWI = "«داعش» امتداد لجماعة الزرقاوي الذي قتل في العراق، أما «النصرة» فقد "


def test_the_topic_of_amma_does_the_verb_of_its_fa_clause() -> None:
    text = ZARQAWI + "أعلنت رسميًا أنها تتبع لقيادة الظواهري."
    assert news_arg(text, "أعلنت", "source") == "النصرة"


def test_a_subject_named_after_the_verb_of_amma_stays_its_own() -> None:
    text = ZARQAWI + "أعلنت واشنطن رسميًا أنها تنظيم إرهابي."
    assert news_arg(text, "أعلنت", "source") == "واشنطن"


def test_the_object_search_of_a_passive_relative_verb_stops_at_amma() -> None:
    assert news_arg(ZARQAWI + "أعلنت رسميًا أنها تتبع لقيادة الظواهري.", "قتل", "target") != "النصرة"


def test_a_strike_that_targeted_him_is_aimed_at_the_relatives_antecedent() -> None:
    text = "وكان على رأسهم قائد التنظيم في اليمن ناصر الوحيشي، الذي قتل في غارة استهدفته مع اثنين من مرافقيه."
    assert news_arg(text, "غارة", "target") == "ناصر الوحيشي"


def test_a_strike_that_targeted_him_two_men_may_be_is_aimed_at_no_one() -> None:
    text = "وقال أيمن الظواهري إن ناصر الوحيشي نجا من غارة استهدفته أمس."
    assert news_arg(text, "غارة", "target") not in ("ناصر الوحيشي", "أيمن الظواهري")


SUEZ = "وقال الخبراء إن القناة ستكون الأسرع في العالم، بحسب تصريحات أدلى بها "


def test_a_statement_adla_biha_was_made_by_the_one_named_past_his_title() -> None:
    text = SUEZ + "رئيس هيئة قناة السويس الفريق مهاب مميش."
    assert news_arg(text, "تصريحات", "source") == "مهاب مميش"


def test_a_name_far_past_adla_biha_made_no_statement() -> None:
    text = SUEZ + "أمس في مؤتمر صحافي عقد في القاهرة بحضور الفريق مهاب مميش."
    assert news_arg(text, "تصريحات", "source") != "مهاب مميش"


def test_the_name_between_a_verb_and_ala_yad_is_its_patient() -> None:
    text = "كما اعتقلت زهرا خندان وفرشته طوسي، وهن من المدافعات عن حقوق المرأة، على يد مخابرات الحرس الثوري."
    assert news_arg(text, "اعتقلت", "target") == "زهرا خندان"
    assert news_arg(text, "اعتقلت", "source") == "الحرس الثوري"


def test_a_subject_past_a_clause_of_its_own_before_ala_yad_stays() -> None:
    text = "وأدان النائب أحمد توكلي تعرض الطلبة الذين نظموا وقفة احتجاجية للضرب على يد ضباط الأمن."
    assert news_arg(text, "وأدان", "source") == "أحمد توكلي"


BARZANI = "وحمل الأمر رئيس الإقليم مسعود بارزاني على الرد بمطالبة حزب العمال الكردستاني "


def test_the_named_genitive_of_a_demand_whose_maker_is_known_is_the_one_asked() -> None:
    assert news_arg(BARZANI + "بسحب مقاتليه من المنطقة.", "بمطالبة", "target") == "حزب العمال الكردستاني"
    text = "وكانت ردود الفعل سريعة من الملك فهد بن عبد العزيز بدعوة صدام حسين إلى الانسحاب من الكويت."
    assert news_arg(text, "بدعوة", "target") == "صدام حسين"


def test_a_genitive_with_nothing_asked_after_it_is_no_one_asked() -> None:
    assert news_arg(BARZANI + "الأخيرة.", "بمطالبة", "target") != "حزب العمال الكردستاني"

"""Round 302: which events and their modality. Acts a source reports with «أفاد بـ» + a verbal noun are reported
(``events.informed_of``); an ability its owner showed by an act told before is no hypothesis
(``modality_able.shown_able``); a noun act right after a bare «في» of a future verb, or after «خلال» of a
defective future verb («سيلتقي»), is planned (``modality_need.during_future``); a reported act's place goes on to
the next sentence of its scene (``where.scene_places``)."""

from conftest import news_arg, news_has_code, news_modality, news_place, news_triggers


# --- «أفاد بـ» + a verbal noun: the source's report ---------------------------------------------------------

def test_informed_of_masdar_is_reported() -> None:
    text = "وكان المرصد السوري أفاد بسماع دوي انفجار قوي في بلدة نوى، ناجم عن انفجار سيارة مفخخة قرب حاجز للجيش."
    assert news_modality(text, "انفجار") == "reported"


def test_informed_of_sources_and_witnesses() -> None:
    text = "أفادت مصادر طبية وسكان محليون بمقتل 12 مدنيا في قصف جوي استهدف سوقا شعبية في مدينة هيت."
    assert news_modality(text, "بمقتل") == "reported"
    assert news_modality(text, "قصف") == "reported"


def test_informed_of_past_a_time_and_comma() -> None:
    text = "وأفاد الناشطون أمس، باندلاع اشتباكات عنيفة بين فصائل المعارضة وقوات النظام في ريف حلب."
    assert news_modality(text, "اشتباكات") == "reported"


def test_counter_writer_clause_after_the_report_stays_asserted() -> None:
    text = "وأفاد المرصد باندلاع اشتباكات في ريف حلب، فيما قصفت الطائرات الحربية مواقع في مدينة إدلب."
    assert news_modality(text, "اشتباكات") == "reported"
    assert news_modality(text, "قصفت") == "asserted"


def test_counter_plain_verb_without_inform_stays_asserted() -> None:
    assert news_modality("وقتل ثلاثة جنود بانفجار عبوة ناسفة في مدينة العريش أمس.", "بانفجار") == "asserted"


def test_counter_as_if_after_the_verb_is_no_report() -> None:
    text = "وانتقد المسؤول طروحات تفيد وكأن الأزمة في بداياتها، متجاهلة ما جرى في مفاوضات جنيف."
    assert news_modality(text, "مفاوضات") != "reported"


# --- an ability shown by an act told before ----------------------------------------------------------------

def test_ability_shown_by_a_told_kidnapping_is_not_hypothetical() -> None:
    text = ("وخطفت جبهة النصرة ستة من عناصر الفرقة مساء الأربعاء قرب مدينة أعزاز. "
            "ورأى المحلل أن ما جرى يكشف قدرة (النصرة) على الخطف في أي وقت.")
    assert news_modality(text, "الخطف") == "reported"  # (the analyst's words: told, not a hypothesis)
    assert news_arg(text, "الخطف") == "جبهة النصرة"


def test_counter_ability_with_no_act_told_stays_hypothetical() -> None:
    text = "ورأى المحلل أن التقرير يكشف قدرة (النصرة) على الخطف في أي وقت."
    assert news_modality(text, "الخطف") == "hypothetical"


def test_counter_ability_of_another_owner_stays_hypothetical() -> None:
    # the act told before is another group's: this owner's ability is still only an ability
    text = ("وخطف تنظيم داعش ستة من عناصر الفرقة مساء الأربعاء قرب مدينة أعزاز. "
            "ورأى المحلل أن ما جرى يكشف قدرة (النصرة) على الخطف في أي وقت.")
    assert news_modality(text, "الخطف") == "hypothetical"


# --- a noun act after «في/خلال» of a future verb ---------------------------------------------------------

def test_visit_after_future_verb_and_fi_is_planned() -> None:
    text = "وعلم أن وفدا تجاريا ألمانيا سيرافق الرئيس في زيارته القصيرة إلى القاهرة."
    assert news_modality(text, "زيارته") == "planned"


def test_strikes_after_future_verb_and_fi_are_planned() -> None:
    text = "وقال الوزير إن بلاده ستستخدم طائرات مسيرة في شن الغارات حتى نهاية العام المقبل."
    assert news_modality(text, "شن") == "planned"


def test_defective_future_verb_before_khilal() -> None:
    text = "وأعلنت الوزارة أن الوزير سيلتقي خلال زيارته لعمان نظيره الأردني."
    assert news_modality(text, "زيارته") == "planned"


def test_counter_past_verb_before_fi_keeps_the_visit_told() -> None:
    text = "ورافق وفد تجاري ألماني الرئيس في زيارته القصيرة إلى القاهرة أمس."
    assert news_modality(text, "زيارته") == "asserted"


def test_counter_name_read_as_future_verb() -> None:
    text = "وقال المسؤول الأممي ستيفن أوبراين في زيارة لجنوب السودان الشهر الماضي إن الوضع خطير."
    assert news_modality(text, "زيارة") != "planned"


# --- modality the brief named, kept -----------------------------------------------------------------------

def test_deadline_for_a_choice_is_planned() -> None:
    text = "وأمام البرلمان حتى 20 أكتوبر المقبل لقبول أو رفض الاتفاق الذي وقعته الحكومة."
    assert news_modality(text, "رفض") == "planned"


def test_eagerness_to_attack_is_no_attack_told() -> None:
    assert news_modality("وقال الضابط إن المسلحين متلهفون لمهاجمة القوات الحكومية في الشمال.", "لمهاجمة") \
        == "hypothetical"


# --- a reported act's place goes on with its scene --------------------------------------------------------

def test_reported_clash_place_carries_to_next_sentence() -> None:
    text = ("وأفاد المرصد أمس، باندلاع اشتباكات بين الفصائل في محيط مدينة أعزاز بريف حلب. "
            "وقتل خمسة عناصر من الفصائل ومقاتلون موالون لها.")
    assert news_place(text, "وقتل") == "أعزاز"


# --- «طلب ... من X»: a third party's request told as done (020) -----------------------------------------

def test_request_from_a_named_party_is_an_appeal() -> None:
    text = "وطلبت حكومة مالطا رسميا من البنك الدولي الحصول على قرض جديد لتمويل الموازنة."
    assert news_has_code(text, "وطلبت", "020")
    assert news_arg(text, "وطلبت", "target") == "البنك الدولي"


def test_request_past_the_subject_phrase() -> None:
    text = "وطلب أعضاء في مجلس الشيوخ من رئيس الوكالة يوكيا أمانو توضيح موقفه من الاتفاق."
    assert news_has_code(text, "وطلب", "020")
    assert news_arg(text, "وطلب", "target") == "يوكيا أمانو"
    assert news_modality(text, "وطلب") == "asserted"


def test_counter_request_of_no_named_party_is_none() -> None:
    # neither who asks nor who is asked is named: a scene of someone's story, no party of the news
    assert "وطلب" not in news_triggers("وطلب الضابط الجديد من التاجر الذهاب إلى الزنزانة وأخذ عماله.")


def test_counter_first_person_request_is_none() -> None:
    assert "وأطلب" not in news_triggers("وقال النائب: «وأطلب منهم التحلي بالصبر حتى تنتهي الأزمة».")
    assert "وطُلب" not in news_triggers("وطُلب مني وقتها أن أكتب تقريرا عن المؤتمر في باريس.")


def test_counter_negated_and_normative_request_is_none() -> None:
    assert "تطلب" not in news_triggers("وقال إن المعاهدة لا تطلب من الدول الأعضاء خفض إنتاجها.")
    assert "يطلب" not in news_triggers("وأضاف أنه يجب ألا يطلب من اللاجئين العودة قبل انتهاء الحرب.")


def test_counter_request_noun_and_far_min_are_none() -> None:
    assert "طلب" not in news_triggers("وجاء القرار بناء على طلب من رئيس الوزراء.")
    assert "طلب" not in news_triggers("وقال المدرب إن اللاعب طلب أن يتم تأجيل التوقيع فاعتذرنا من جانبنا.")


def test_counter_request_inside_a_direct_memory_is_none() -> None:
    text = "وقال: «ثم نقلوني إلى ضابط كبير في المخفر طلب منهم إبقائي حتى الصباح»."
    assert "طلب" not in news_triggers(text)


# --- an act expected as a verb's object ----------------------------------------------------------------------

def test_expected_attack_object_is_planned() -> None:
    assert news_modality("وتوقعت هذه المصادر هجوما وشيكا على القاعدة الجوية من عدة جبهات.", "هجوما") == "planned"


def test_counter_as_expected_aside_keeps_the_attack_told() -> None:
    text = "وكما توقعت المصادر، شن الجيش هجوما واسعا على القاعدة الجوية أمس."
    assert news_modality(text, "هجوما") == "asserted"

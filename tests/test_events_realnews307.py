"""Round ev307: events left over. A force word within range («تحت مرمى نيران») or likened to («أصوات تشبه
الانفجارات») is no act of force; an unnamed source close to someone («مصدرا مقربا من فلان ينفي») is not that
someone; an act a reward is offered for is hypothetical, an aim's masdar after «الغاية هي» planned; an adjective
after a meeting noun («محادثات صريحة», «جولة قريبة») is no party."""

from conftest import news_arg, news_modality, news_triggers


def test_fire_in_range_is_no_attack() -> None:
    text = "وتقع القرية الآن تحت مرمى نيران «جيش الفتح» وعلى أطراف السهل."
    assert "نيران" not in news_triggers(text)


def test_counter_fire_opened_is_an_attack() -> None:
    text = "وفتحت قوات الأمن النيران على المحتجين وسط المدينة أمس."
    assert "النيران" in news_triggers(text)


def test_sounds_like_blasts_are_no_blast() -> None:
    text = "وقال أحد السكان إنه استيقظ فجرا على أصوات تشبه الانفجارات قبل أن يعرف بدخول القوات."
    assert "الانفجارات" not in news_triggers(text)


def test_counter_blasts_told_are_events() -> None:
    text = "وهزت الانفجارات العاصمة فجر أمس وقتل فيها عشرة أشخاص."
    assert "الانفجارات" in news_triggers(text)


DOSTUM = "وقد دعا الجنرال عبد الرشيد دوستم أنصاره إلى مواجهة طالبان في الشمال. وتتحدث تقارير عن تحالف دوستم ونور. "


def test_source_close_to_a_man_is_not_the_man() -> None:
    text = DOSTUM + "لكن مصدرا مقربا من دوستم ينفي ذلك."
    assert news_arg(text, "ينفي") == "مصدرا مقربا من دوستم"


def test_counter_the_man_himself_denies() -> None:
    text = DOSTUM + "لكن دوستم ينفي ذلك."
    assert news_arg(text, "ينفي") == "عبد الرشيد دوستم"


def test_act_a_reward_is_offered_for_is_hypothetical() -> None:
    text = ("وكانت الوزارة قد أعلنت رصد خمسة ملايين دولار مكافأة لمن يقدم معلومات تساعد في القبض على القيادي "
            "في التنظيم أو قتله.")
    assert news_modality(text, "قتله") == "hypothetical"


def test_counter_killing_told_without_reward() -> None:
    text = "وأعلنت الوزارة أن القوات الخاصة تمكنت من القبض على القيادي في التنظيم وقتله أمس."
    assert news_modality(text, "وقتله") != "hypothetical"


def test_aim_masdar_after_copula_is_planned() -> None:
    text = "ويكرر المسؤولون القول إن الغاية هي «استهداف وتدمير أي منظمة إرهابية تهدد البلاد»."
    assert news_modality(text, "استهداف") == "planned"


def test_counter_targeting_told_is_not_planned() -> None:
    text = "وقال المسؤولون إن الطائرات واصلت أمس استهداف مواقع التنظيم في الشمال."
    assert news_modality(text, "استهداف") != "planned"


def test_adjective_after_talks_is_no_party() -> None:
    text = "وعقد الوزيران في الدوحة أمس محادثات صريحة تناولت الأزمة."
    assert news_arg(text, "محادثات") != "صريحة"
    text = "وأعلنت الوزارة أن الوزير سيبدأ جولة قريبة في دول المنطقة."
    assert news_arg(text, "جولة") != "قريبة"


def test_high_level_talks_have_no_adjective_source() -> None:
    text = "واختتمت في العاصمة أمس محادثات عالية المستوى بين البلدين."
    assert news_arg(text, "محادثات") != "عالية المستوى"


def test_counter_genitive_after_talks_is_the_party() -> None:
    text = "وأعلن البيت الأبيض عن محادثات الرئيس مع نظيره الفرنسي."
    assert news_arg(text, "محادثات") == "الرئيس"


def test_who_offers_the_reward_does_not_kill() -> None:
    text = ("وكانت وزارة الخارجية الأميركية قد أعلنت رصد خمسة ملايين دولار مكافأة لمن يقدم معلومات تساعد في "
            "القبض على القيادي في التنظيم أو قتله.")
    assert news_arg(text, "قتله") == ""


def test_counter_a_killing_announced_keeps_its_doer() -> None:
    text = "وأعلنت وزارة الدفاع الأميركية أن قواتها قتلت القيادي في التنظيم بغارة جوية في الشمال."
    assert news_arg(text, "قتلت") != ""


def test_perfect_of_taking_place_is_no_party() -> None:
    text = "وأسفرت مفاوضات جرت في جنيف على مدى خمسة أيام عن اتفاق."
    assert news_arg(text, "مفاوضات") != "جرت"
    text = "وذكر أنه بعد اجتماع عقد على عجل في المدينة اختير زعيم جديد."
    assert news_arg(text, "اجتماع") != "عقد"


def test_counter_genitive_party_of_negotiations() -> None:
    text = "وأسفرت مفاوضات الحكومة مع المعارضة عن اتفاق."
    assert news_arg(text, "مفاوضات") == "الحكومة"

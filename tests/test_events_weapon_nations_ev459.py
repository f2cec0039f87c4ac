"""Round ev459: a weapon or a campaign noun with a country adjective, the subject right after a verb of force
(«قتلت غارة جوية أميركية الزرقاوي», «وقصفت المدفعية التركية مواقع»), names that country as the verb's doer
(events.weapon_nations); not where the adjective is on the object, where no act of force is told, or where the verb
has no object after the phrase (a passive: the weapon was struck)."""

from conftest import news_arg

TURKEY = "وصل وفد رسمي إلى تركيا أمس. "


def test_airstrike_country_kills() -> None:
    text = "ويذكر أنه في عام 2006، قتلت غارة جوية أميركية الزرقاوي في شمال بغداد."
    assert news_arg(text, "قتلت") == "الولايات المتحدة"


def test_missile_country_kills() -> None:
    text = "وقتل صاروخ إسرائيلي ثلاثة فلسطينيين في غزة أمس."
    assert news_arg(text, "وقتل") == "إسرائيل"


def test_definite_artillery_country_shells() -> None:
    text = TURKEY + "وقصفت المدفعية التركية مواقع حزب العمال الكردستاني شمال العراق."
    assert news_arg(text, "وقصفت") == "تركيا"


def test_counter_adjective_on_the_object_names_no_doer() -> None:
    # the Turkish plane was downed: Turkey is no doer
    text = TURKEY + "وأسقطت الدفاعات السورية طائرة تركية قرب الحدود."
    assert news_arg(text, "وأسقطت") != "تركيا"


def test_counter_weapon_struck_with_no_object_names_no_doer() -> None:
    # «استهدفت دبابة تركية بصاروخ»: a passive, the Turkish tank was targeted
    text = TURKEY + "واستهدفت دبابة تركية بصاروخ قرب الحدود."
    assert news_arg(text, "واستهدفت") != "تركيا"


def test_counter_weapon_after_a_preposition_names_no_doer() -> None:
    # the Turkish missile is what the defences answered with, after «بـ»: the killers are the gunmen
    text = TURKEY + "وقتل مسلحون بصواريخ تركية ثلاثة جنود."
    assert news_arg(text, "وقتل") != "تركيا"


# events.attack_doers: a killing set in an attack past a span of time and «من», or past a comma, has its doer


def test_killing_during_a_week_of_strikes_after_a_comma() -> None:
    text = TURKEY + ("وأكدت الوكالة أن نحو 260 مقاتلا كرديا من حزب العمال الكردستاني قتلوا ومئات جرحوا، خلال أسبوع "
                     "من الغارات الجوية التركية على قواعد للمتمردين.")
    assert news_arg(text, "قتلوا") == "تركيا"


def test_killing_set_in_a_strike_after_a_comma() -> None:
    text = TURKEY + "وكتب أحد قادة التنظيم أن القيادي قتل في سبتمبر الماضي، في غارة جوية تركية."
    assert news_arg(text, "قتل") == "تركيا"


def test_counter_killing_after_a_week_of_strikes_names_no_doer() -> None:
    # «بعد أسبوع من الغارات»: the soldiers were killed after the strikes, not in them
    text = TURKEY + "وقتل ثلاثة جنود أتراك، بعد أسبوع من الغارات التركية على قواعد الحزب."
    assert news_arg(text, "وقتل") != "تركيا"


def test_counter_killing_before_another_clause_names_no_doer() -> None:
    # the killing's clause ends at the verb of the next one: the wounding is in the strike
    text = TURKEY + "وقتل جنديان في الهجوم على المخفر، وأصيب ثلاثة مدنيين في غارة تركية."
    assert news_arg(text, "وقتل") != "تركيا"


# events.nisba_topics: a masculine verb of a campaign going on opens the sentence of the campaign subject


RUSSIA = "وصل وفد رسمي إلى روسيا أمس. "


def test_campaign_subject_after_a_masculine_verb_of_going_on() -> None:
    text = RUSSIA + ("استمر القصف الروسي حتى الآن على أهداف للمعارضة، فيما لم يعلن سوى عن ثلاث غارات على مسلحي "
                     "تنظيم داعش في سوريا.")
    assert news_arg(text, "غارات") == "روسيا"


def test_counter_campaign_in_construct_after_a_noun_is_no_topic() -> None:
    # «ضحايا القصف الروسي»: the victims open the sentence, the shelling is only their genitive
    text = RUSSIA + ("ضحايا القصف الروسي حتى الآن بالعشرات، فيما لم يعلن سوى عن ثلاث غارات على مسلحي "
                     "تنظيم داعش في سوريا.")
    assert news_arg(text, "غارات") != "روسيا"


# events.subject_acts: commas may set off the time between the campaign's named doer and its verb


def test_campaign_relative_doer_past_a_time_set_off_by_commas() -> None:
    text = "لكن معظم الضربات التي نفذتها أنقرة، حتى الآن، استهدفت حزب العمال الكردستاني."
    assert news_arg(text, "استهدفت") == "أنقرة"


def test_counter_campaign_relative_doer_past_a_source_phrase_names_no_doer() -> None:
    # «وفق مصادر» between the name and the verb: no time, the walk stops there
    text = "لكن معظم الضربات التي نفذتها أنقرة، وفق مصادر كردية، استهدفت حزب العمال الكردستاني."
    assert news_arg(text, "استهدفت") != "أنقرة"

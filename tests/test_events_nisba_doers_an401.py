"""Round an401: the definite nisba adjective of an organization of the article after an attack noun
(«الهجمات الحوثية», «القصف الحوثي») or in the antecedent of an event verb's relative clause («العمليات الحوثية
المسلحة التي تستهدف المدنيين») names the act's doer (events.nisba_doers); a relative light verb past an
adjective of the act, a genitive agent past a co-agent's title and name, and a name in «لـ» before the attack's «على»
(events.lam_doers) name the doer too."""

from conftest import news_arg

HOUTHIS = "أعلنت جماعة الحوثيين سيطرتها على المدينة. "


def test_group_nisba_after_attack_noun_is_the_doer() -> None:
    text = HOUTHIS + "وتواصلت الهجمات الحوثية على المدنيين في تعز أمس."
    assert news_arg(text, "الهجمات") == "جماعة الحوثيين"


def test_masculine_group_nisba_after_shelling_is_the_doer() -> None:
    text = HOUTHIS + "وأدى القصف الحوثي على الأحياء السكنية إلى مقتل عشرة."
    assert news_arg(text, "القصف") == "جماعة الحوثيين"


def test_counter_nisba_of_no_body_of_the_article_names_none() -> None:
    # no Houthi body named in the article: the adjective alone names nobody
    text = "أعلن الجيش سيطرته على المدينة. وأدى القصف الحوثي على الأحياء السكنية إلى مقتل عشرة."
    assert news_arg(text, "القصف") != "الجيش"
    assert news_arg(text, "القصف") in ("", "الحوثي")


def test_counter_nisba_of_another_word_is_no_doer() -> None:
    # «الإرهابي» is no body's nisba: the Houthis are not its doer
    text = HOUTHIS + "وأدان الوزير الهجوم الإرهابي على المسجد."
    assert news_arg(text, "الهجوم") != "جماعة الحوثيين"


def test_group_nisba_in_relative_antecedent_is_the_verb_doer() -> None:
    text = HOUTHIS + "وتقع في جنوب القاعدة جبال تنطلق منها العمليات الحوثية المسلحة التي تستهدف المدنيين."
    assert news_arg(text, "تستهدف") == "جماعة الحوثيين"


def test_counter_country_nisba_in_antecedent_is_no_body() -> None:
    # «اليمنية» is a country's adjective, not the Houthis'; the cities are the verb's patients
    text = HOUTHIS + "وقال مسؤول إن المدن اليمنية التي تستهدف بالصواريخ كثيرة."
    assert news_arg(text, "تستهدف") != "جماعة الحوثيين"


def test_relative_light_verb_past_an_adjective_names_the_doer() -> None:
    # «الكثيرة» is the act's adjective: the relative clause after it names who organizes the protests
    text = "وتتواصل الاحتجاجات الكثيرة التي ينظمها سائقو السيارات الأجرة في باريس."
    assert news_arg(text, "الاحتجاجات") == "سائقو السيارات الأجرة"


def test_counter_relative_after_a_place_is_not_the_acts() -> None:
    # «في باريس التي ينظمها»: no adjective of the act before the relative; the rule is not asked
    text = "وتتواصل الاحتجاجات الكثيرة في باريس التي ينظمها سائقو السيارات."
    assert news_arg(text, "الاحتجاجات") != "سائقو السيارات"


def test_coagent_title_with_its_name_keeps_the_genitive_agent() -> None:
    # «والرئيس اليمني المخلوع علي عبد الله صالح»: a co-agent's title and its name, then the act's «على»
    text = ("فإن هناك مشاكل لها جذور، فسيطرة ميليشيات الحوثي والرئيس اليمني المخلوع علي عبد الله صالح على "
            "العاصمة اليمنية صنعاء بالكامل قد عطل الدراسة.")
    assert news_arg(text, "فسيطرة") == "ميليشيات الحوثي"


def test_counter_coagent_with_no_preposition_of_the_act_names_no_agent() -> None:
    # «في صنعاء» is not the seizure's «على»: the genitive is not read as the agent
    text = ("فإن هناك مشاكل لها جذور، فسيطرة ميليشيات الحوثي والرئيس اليمني المخلوع علي عبد الله صالح في "
            "صنعاء كاملة.")
    assert news_arg(text, "فسيطرة") != "ميليشيات الحوثي"


def test_named_lam_before_the_attack_preposition_is_the_doer() -> None:
    text = "وأدان الوزير القصف الحربي لحزب الله على إسرائيل."
    assert news_arg(text, "القصف") == "حزب الله"
    assert news_arg(text, "القصف", "target") == "إسرائيل"


def test_counter_named_lam_with_no_attack_preposition_is_no_doer() -> None:
    # «في الجنوب» is where, not the act's «على»: whose shelling it was is not said this way
    text = "وأدان الوزير القصف الحربي لحزب الله في الجنوب."
    assert news_arg(text, "القصف") != "حزب الله"

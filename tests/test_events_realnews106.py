"""Round 106 of real news: sources and targets named in the clause but not attached. An adverb of manner in «بـ»
(«بشدة», «بحدة») is no subject; a name in quotation marks right before its verb is its subject, past a partitive
head («قسم من قادة «X» أعلن»); the one allegiance is declared to («أعلن الولاء لـX») is the target; the place
counted after «على أكثر من» is the object of a seizure; a phrase of support set off by commas («، بالتنسيق مع
...،») does not cut a noun act from its «على» object; a title in the genitive of a seizure stands for the name
after it; an act whose source phrase is an accusing participle in apposition is the name's; the visitor of «فلان
والوفد المرافق له، الذي يزور» is the man; an accusative after a verb is no subject; a dual verb carries no one
actor; a count «من» a group head before a quoted name is that group. Each with a counter-case: a null is better than a
wrong party."""

from __future__ import annotations

from conftest import news_arg


def test_an_adverb_of_manner_is_not_the_subject_of_a_criticism() -> None:
    text = "وانتقد الوزير بشدة جريمة الحرق."
    assert news_arg(text, "وانتقد", "source") == "الوزير"
    assert news_arg(text, "وانتقد", "target") == "جريمة الحرق"


def test_a_criticism_in_statements_after_an_adverb_carries_the_man_who_made_them() -> None:
    text = ("وقال الرئيس رؤوفين ريفلين إن التطرف خطر. وتعرض ريفلين لهجوم بسبب تصريحاته التي أدلى بها أمس، وانتقد "
            "فيها بشدة جريمة الحرق.")
    assert news_arg(text, "وانتقد", "source") == "رؤوفين ريفلين"


def test_a_partitive_of_a_quoted_group_before_the_verb_is_the_group() -> None:
    text = "قسم من قادة «جبهة النصرة» أعلن الولاء لأبو بكر البغدادي في مارس الماضي."
    assert news_arg(text, "أعلن", "source") == "جبهة النصرة"
    assert news_arg(text, "أعلن", "target") == "أبو بكر البغدادي"


def test_allegiance_with_a_pronoun_after_the_subject_names_its_target() -> None:
    text = "وأعلن التنظيم ولاءه لتنظيم داعش."
    assert news_arg(text, "وأعلن", "target") == "تنظيم داعش"


def test_loyalty_to_no_named_party_gives_no_target() -> None:
    text = "وأعلن التنظيم ولاءه للقضية الفلسطينية."
    assert news_arg(text, "وأعلن", "target") == ""


def test_the_place_counted_after_more_than_is_the_object_of_the_seizure() -> None:
    text = "وقالت المصادر إن المقاومة الشعبية أصبحت تسيطر على الوضع، مع سيطرتها على أكثر من نصف محافظة تعز."
    assert news_arg(text, "سيطرتها", "target") == "تعز"
    assert news_arg(text, "سيطرتها", "source") == "المقاومة الشعبية"


def test_a_count_of_villages_in_a_place_is_no_seizure_of_the_place() -> None:
    text = "وقالت المصادر إن المقاومة الشعبية سيطرت على أكثر من مائة قرية في تعز."
    assert news_arg(text, "سيطرت", "target") == ""


def test_a_phrase_of_support_between_commas_keeps_the_object_of_the_seizure() -> None:
    text = ("وأوضحت قيادات في المقاومة أن سيطرة القوات الموالية للرئيس عبد ربه منصور هادي، بالتنسيق مع قوات "
            "التحالف، على قاعدة العند، مكنتها من وقف القصف.")
    assert news_arg(text, "سيطرة", "target") == "قاعدة العند"
    assert news_arg(text, "سيطرة", "source") == ""  # forces loyal to a man are not his (rounds 40, 92)


def test_another_phrase_between_commas_still_ends_the_noun_act() -> None:
    text = ("وأوضحت قيادات في المقاومة أن سيطرة القوات الموالية للرئيس عبد ربه منصور هادي، على الرغم من الصعوبات، "
            "على قاعدة العند مكنتها من وقف القصف.")
    assert news_arg(text, "سيطرة", "target") == ""


def test_a_title_in_the_genitive_of_a_seizure_stands_for_the_name_after_it() -> None:
    text = "ويعارض الحزب سيطرة الرئيس السابق هوغو شافيز على شركات النفط."
    assert news_arg(text, "سيطرة", "source") == "هوغو شافيز"
    assert news_arg(text, "سيطرة", "target") == "شركات النفط"


def test_an_act_a_group_is_accused_of_in_apposition_is_the_groups() -> None:
    text = "وأطلق الرئيس حربا تستهدف تنظيم داعش، المتهم بالوقوف خلف العملية الانتحارية التي وقعت في بلدة سروج."
    assert news_arg(text, "العملية", "source") == "تنظيم داعش"


def test_a_place_before_an_accusing_participle_is_not_the_doer() -> None:
    text = "وقالت الشرطة إن شابا من بلدة سروج، المتهم بالوقوف خلف العملية الانتحارية، اعتقل أمس."
    assert news_arg(text, "العملية", "source") != "سروج"


def test_the_visitor_of_a_relative_after_an_entourage_is_the_man_it_accompanies() -> None:
    text = ("وذلك خلال استقباله أمس المهندس خالد بحاح نائب الرئيس رئيس الحكومة اليمنية، والوفد المرفق له، الذي "
            "يزور العاصمة الإماراتية أبوظبي.")
    assert news_arg(text, "يزور", "source") == "خالد بحاح"


def test_an_entourage_of_an_unnamed_title_names_no_visitor() -> None:
    text = "واستقبل الوزير السفير الأميركي، والوفد المرافق له، الذي يزور الرياض."
    assert news_arg(text, "يزور", "source") == ""


def test_an_accusative_after_a_verb_is_no_subject() -> None:
    text = "وتلقت مصر ودائع من السعودية ما قدم دعما كبيرا للاحتياطات الأجنبية في البلاد."
    # round ev342: «ما قدم دعما» joins the aid received from Saudi Arabia (receive_aid), whose giver is its source
    assert news_arg(text, "قدم", "source") == "السعودية"


def test_a_dual_verb_carries_no_one_actor() -> None:
    text = ("وقال رئيس الوزراء السابق مهاتير محمد إن الأموال اختفت. وكان نجيب والشركة التي تبلغ ديونها مليار "
            "دولار، نفيا بشدة اختلاس أموال.")
    assert news_arg(text, "نفيا", "source") != "مهاتير محمد"


def test_a_singular_verb_still_carries_the_actor() -> None:
    text = "وقال رئيس الوزراء السابق مهاتير محمد إن الأموال اختفت. ونفى بشدة اختلاس أموال."
    assert news_arg(text, "ونفى", "source") == "مهاتير محمد"


def test_a_count_of_a_named_group_with_no_member_noun_is_the_group() -> None:
    text = "وفي غضون ذلك، قتل 6 من جماعة «أنصار بيت المقدس» في حملات للجيش شمال سيناء."
    assert news_arg(text, "قتل", "target") == "أنصار بيت المقدس"


def test_a_count_of_an_unnamed_group_names_no_group() -> None:
    text = "وقتل 6 من جماعة مسلحة في سيناء."
    assert news_arg(text, "وقتل", "target") == "6 من جماعة مسلحة"

"""Round 122 of real news: event targets missing or wrong. «مع X» a few genitives or masdars down from the trigger
is its other party; in the subject «X وY» of a verb of joint action Y is the target; «للشعب اليمني» is the country;
the target of a condemnation is the agent of the masdar condemned, its source the writer «فيه» stands for; a
sister masdar's object and an appeal noun's pronoun are no target; the «عن» act of a statement has no party; an
unnamed plural nearer than the group is what «ـهم» stands for. Each with a counter-case: a null is better than a
wrong party."""

from __future__ import annotations

from conftest import news_arg


def test_with_a_party_two_masdars_down_is_the_target() -> None:
    text = "وقالت المفوضة إن الاتحاد يجب أن يقدم دعما للتحضير لاستئناف العلاقات التجارية مع إيران."
    assert news_arg(text, "يقدم", "target") == "إيران"
    assert news_arg("وما زالت الولايات الأميركية ترفض التعاون مع إيران بشكل محلي.", "ترفض", "target") == "إيران"


def test_with_after_an_owned_noun_or_another_clause_is_no_target() -> None:
    assert news_arg("فيما ينتقد قياديون آخرون علاقاته مع باكستان.", "ينتقد", "target") == ""
    text = "وأضافت المتحدثة أن مثل هذه الزيارة يجب الاتفاق عليها أولا مع كييف."
    assert news_arg(text, "الزيارة", "target") == ""
    text = "وقد وعدنا المسؤول الأممي بأنه سيتواصل مع الصليب الأحمر."
    assert news_arg(text, "وعدنا", "target") == ""


def test_with_in_a_charge_is_not_the_accused() -> None:
    text = "وأقدمت جبهة النصرة على إعدام محام بعدما اتهمته بالتعامل مع قوات النظام."
    assert news_arg(text, "اتهمته", "target") == ""


def test_the_second_of_a_coordinated_subject_of_agreeing_is_the_target() -> None:
    text = "أعلن وزير الخارجية الأميركي جون كيري في واشنطن أن بلاده ودول الخليج اتفقوا أمس على تطوير التعاون."
    assert news_arg(text, "اتفقوا", "source") == "الولايات المتحدة"
    assert news_arg(text, "اتفقوا", "target") == "دول الخليج"  # (round 136: the Gulf states, a body, not the region)


def test_a_lone_subject_of_agreeing_has_no_target() -> None:
    text = "أعلن الوزير جون كيري أن بلاده اتفقت أمس على تطوير التعاون مع الشركاء."
    assert news_arg(text, "اتفقت", "target") != "جون كيري"


def test_the_people_of_a_country_helped_is_the_country() -> None:
    text = "وأثنى المجلس على الهدنة، وشكر الملك سلمان على توجيهاته بتقديم المساعدات العاجلة للشعب اليمني."
    assert news_arg(text, "بتقديم", "target") == "اليمن"


def test_a_people_after_min_is_no_target() -> None:
    text = "وأثنى المجلس على الهدنة، وشكر الملك سلمان على توجيهاته بتقديم المساعدات العاجلة من الشعب اليمني."
    assert news_arg(text, "بتقديم", "target") != "اليمن"


def test_the_agent_of_the_masdar_condemned_is_the_target_and_the_writer_the_source() -> None:
    text = ("وكانت السعودية أغلقت الحقل. وتسرب خطاب موجه من وزير النفط الكويتي علي العمير إلى نظيره السعودي "
            "علي النعيمي، يندد فيه بإقفال المملكة لحقل الخفجي.")
    assert news_arg(text, "يندد", "target") == "السعودية"
    assert news_arg(text, "يندد", "source") == "علي العمير"


def test_a_masdar_condemned_with_its_object_only_keeps_no_agent() -> None:
    text = "وندد الوزير بإغلاق حقل الخفجي أمس."
    assert news_arg(text, "وندد", "target") != "الوزير"
    assert news_arg("وندد الوزير بإغلاق السلطات لمقر الحزب.", "وندد", "target") != "الوزير"


def test_the_object_of_a_sister_masdar_is_no_target() -> None:
    text = "ولم يخف الداعية أنجم شوداري إعجابه بتنظيم داعش ودعوته إلى تطبيق حكم الخلافة."
    assert news_arg(text, "ودعوته", "target") == ""
    assert news_arg(text, "ودعوته", "source") == "أنجم شوداري"


def test_the_pronoun_of_an_attack_masdar_still_reads_its_object() -> None:
    text = "وأعلن الجيش أنه رصد عناصر من تنظيم داعش قرب الحدود وقرر استهدافهم."
    assert news_arg(text, "استهدافهم", "target") != "الجيش"


def test_an_appeal_nouns_pronoun_is_who_calls() -> None:
    text = "وأعلن تنظيم داعش مسؤوليته عن الهجوم. وناقش الأعضاء مقترحات المبعوث لجهة دعوته لإنشاء مجموعات عمل."
    assert news_arg(text, "دعوته", "target") == ""


def test_the_act_a_statement_tells_has_no_party() -> None:
    assert news_arg("وانهار الريال بعد الإعلان عن إغلاق ميناء الحديدة أمس.", "الإعلان", "target") == ""
    text = "وأعلن الوزير عن تقديم الولايات المتحدة دعما إضافيا للحكومة العراقية."
    assert news_arg(text, "وأعلن", "target") == ""


def test_an_unnamed_plural_nearer_than_the_group_is_what_hum_stands_for() -> None:
    text = "عبر خطف «النصرة» مقاتلين معتدلين مدعومين أميركيا في شمال سوريا الأربعاء الماضي، ومهاجمتهم أمس."
    assert news_arg(text, "ومهاجمتهم", "target") == ""
    text = "وفرضت الوزارة عقوبات على قطريين تتهمهما واشنطن بتمويل تنظيم «القاعدة»."
    assert news_arg(text, "تتهمهما", "target") == "قطريين"


def test_the_group_before_hum_with_no_plural_between_is_kept() -> None:
    text = "وسيطر تنظيم «داعش» على البلدة أمس، وقررت القوات العراقية مهاجمتهم."
    assert news_arg(text, "مهاجمتهم", "target") == "تنظيم داعش"


def test_a_relative_after_a_place_in_fi_resumes_no_place() -> None:
    text = "بتصريحات مؤيدة للمقاتلين الأكراد في سوريا الذين تتهمهم الحكومة التركية بالتحالف مع الحزب."
    assert news_arg(text, "تتهمهم", "target") != "سوريا"
    text = "ودافع عن أكراد سوريا الذين تتهمهم الحكومة التركية بالإرهاب."
    assert news_arg(text, "تتهمهم", "target") == "أكراد سوريا"


def test_the_person_an_announced_appointment_names_stays_its_target() -> None:
    text = "وكان وزير الخارجية جون كيري أعلن الشهر الماضي عن تكليف جون آلين منسقا للتحالف الدولي."
    assert news_arg(text, "أعلن", "target") == "جون آلين"


def test_a_verbs_plural_ending_is_no_plural_noun_before_hum() -> None:
    text = "وكانت القاعدة قد سقطت بأيدي المقاتلين الحوثيين الذين باتوا يسيطرون على مناطق واسعة منذ بدء هجومهم في يوليو."
    assert news_arg(text, "هجومهم", "source") == "الحوثيين"


def test_a_verb_with_its_object_pronoun_takes_no_name_of_the_charge() -> None:
    text = ("وقال المسؤول إن بلاده ماضية في التصدي لـ«القاعدة»، خلال شرحه قرار الوزارة بفرض عقوبات على رجلين "
            "قطريين تتهمهما واشنطن بـ«تمويل» تنظيم «القاعدة».")
    assert news_arg(text, "تتهمهما", "target") == "قطريين"


def test_a_verb_with_no_pronoun_keeps_its_named_object() -> None:
    text = "واتهمت واشنطن حزب الله بتمويل الهجمات على قواتها."
    assert news_arg(text, "واتهمت", "target") == "حزب الله"


def test_a_verbs_pronoun_after_an_indefinite_noun_resumes_that_noun() -> None:
    text = ("وشنت القوات غارات على التحالف الدولي. ويأتي هجوم «النصرة» على المقر، غداة إقدام الجبهة على خطف "
            "ثمانية عناصر، وهو أمر نفته وزارة الدفاع الأميركية.")
    assert news_arg(text, "نفته", "target") not in ("التحالف الدولي", "النصرة")


def test_a_verbs_pronoun_after_a_name_still_reads_the_group() -> None:
    assert news_arg("وسيطر تنظيم «داعش» على البلدة أمس، ثم قصفته الطائرات العراقية.", "قصفته", "target") == "تنظيم داعش"
    text = "وسيطر تنظيم «داعش» على البلدة أمس، ثم شن الجيش هجوما واسعا يستهدفه."
    assert news_arg(text, "هجوما", "target") != "واسعا"

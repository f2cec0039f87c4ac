"""Event arguments on constructions of real news, round 38: a definite armed group right after a verb of force, with
an object later in its clause, is its subject, not the patient of a guessed passive («حيث استهدفت الميليشيات
المتمردة على الشرعية، فلانا»); the two sides after «بين» (or «جمع») of a reciprocal noun act are its source and
target; «بلاده» as the first conjunct of a plural verb's subject is the speaker's state; a conjunct in «وال» of a
governed phrase is no subject; the genitive of «قدرة» before a noun act of force is its agent; a verb-shaped word in
a governed list of nouns, or after «من بينها», is a masdar with no subject; an aircraft before a verb of harm struck;
a person named past a noun after a plural group is no apposition of it; a plural of people in the genitive of a
criticism noun before its «لـ» phrase is who criticises."""

from __future__ import annotations

from conftest import news_triggers, news_arg


def test_an_armed_group_after_a_strike_verb_with_an_object_later_is_its_subject() -> None:
    text = "وذكر المصدر أن المنزل تضرر ليلا، حيث استهدفت الميليشيات المتمردة على الدولة، الوزير السابق، في منزله."
    assert news_arg(text, "استهدفت") == "الميليشيات المتمردة"
    assert news_arg(text, "استهدفت", "target") == "الوزير السابق"


def test_clashes_between_two_sides_name_both() -> None:
    text = "وتجددت الاشتباكات بين القوات الحكومية وقوات المعارضة في ريف حلب."
    assert news_arg(text, "الاشتباكات") == "القوات الحكومية"
    assert news_arg(text, "الاشتباكات", "target") == "قوات المعارضة"


def test_talks_between_two_parties_name_both() -> None:
    text = "وجرت محادثات بين الحكومة والمعارضة في جنيف أمس."
    assert news_arg(text, "محادثات") == "الحكومة"
    assert news_arg(text, "محادثات", "target") == "المعارضة"


def test_a_meeting_that_brought_two_sides_together_names_both() -> None:
    text = "وأسفر أول لقاء جمع الجهات الدائنة لروما والمسؤولين الإيطاليين، عن خلافات جديدة."
    assert news_arg(text, "لقاء") == "الجهات الدائنة"
    assert news_arg(text, "لقاء", "target") == "المسؤولين الإيطاليين"


def test_his_country_as_first_conjunct_of_a_plural_verb_is_the_speakers_state() -> None:
    text = ("وقال الوزير الأميركي جون كيري في الدوحة إن الولايات المتحدة تدعم الخليج. "
            "وأكد أن بلاده ودول الخليج اتفقوا على تطوير التعاون.")
    assert news_arg(text, "اتفقوا") == "الولايات المتحدة"


def test_a_conjunct_in_wal_of_a_governed_phrase_is_no_subject() -> None:
    text = "وقال المصدر إن الجنود المدعومون بالدبابات والمدرعات اقتحموا البلدة."
    assert news_arg(text, "اقتحموا").startswith("الجنود")


def test_the_genitive_of_ability_before_a_noun_act_of_force_is_its_agent() -> None:
    assert news_arg("وأظهر الحادث قدرة الجماعة على الخطف في المنطقة.", "الخطف") == "الجماعة"
    assert news_arg("وقال الخبير إن قدرة التنظيم على شن هجمات كبيرة تراجعت.", "هجمات") == "التنظيم"


def test_a_verb_shaped_word_in_a_governed_list_is_a_masdar_with_no_subject() -> None:
    text = "وأدى ذلك إلى الشعور بالحنين والعناد ورفض الواقع."
    # round ev342: a bare «ورفض» listed after a head of feeling is a mood, no REJECT (refused_notions)
    assert "ورفض" not in news_triggers(text)


def test_a_verb_shaped_word_after_min_baynaha_is_a_masdar() -> None:
    text = "ويواجه الرجل عدة تهم من بينها قتل لاعب كرة قدم والاحتجاز غير القانوني."
    assert news_arg(text, "قتل") == ""
    assert news_arg(text, "قتل", "target") == "لاعب كرة قدم"


def test_an_aircraft_before_a_verb_of_killing_is_what_struck() -> None:
    text = "وأعلنت الوزارة أن طائرة من دون طيار قتلت، في اليمن في بداية الشهر الماضي، القيادي محمد الفلاني."
    assert news_arg(text, "قتلت") == "طائرة"
    assert news_arg(text, "قتلت", "target") != "طائرة"


def test_a_name_past_a_noun_after_a_plural_group_is_not_the_group() -> None:
    text = "وانتقد المرشحون الجمهوريون إدارة أوباما."
    assert news_arg(text, "وانتقد") == "المرشحون الجمهوريون"


def test_a_plural_of_people_before_the_lam_phrase_of_a_criticism_criticises() -> None:
    text = "وفي ظل انتقاد المرشحين الجمهوريين لإدارة أوباما تزداد القضية أهمية."
    assert news_arg(text, "انتقاد") == "المرشحين الجمهوريين"


def test_the_other_side_of_a_clash_is_named_after_min_jiha() -> None:
    text = "وشهدت المدينة أعنف المواجهات بين قوات الجيش والمقاومة الشعبية، من جهة، والميليشيات الحوثية من جهة أخرى."
    assert news_arg(text, "المواجهات") == "قوات الجيش"
    assert news_arg(text, "المواجهات", "target") == "الميليشيات الحوثية"


def test_clashes_between_the_two_sides_in_one_word_split_nothing() -> None:
    text = "وتشهد المدينة أعنف المواجهات بين الطرفين، وتجري المواجهات في داخل المدينة."
    assert news_arg(text, "المواجهات", "target") == ""


def test_talks_between_three_conjuncts_name_no_sides() -> None:
    text = "وتتواصل المفاوضات بين الحكومة والمعارضة والقبائل من دون تقدم."
    assert news_arg(text, "المفاوضات") == ""

"""Event arguments on constructions of real news, round 251: the doer of an act masdar governed with «بـ» by «قام،
بادر، شرع، استبق، اكتفى، سارع» is the verb's subject (after the verb, before it, or the antecedent of a cleft «هم
من قاموا»); who undergoes an act after «تعرض لـ» is its target, for criticism and arrest as for force, named or
not, after the verb or before it; a relative clause set off by commas between a verb's subject and its object
leaves the object after it; a plural antecedent is no doer of a relative verb that does not agree with it."""

from __future__ import annotations

from conftest import news_arg


# -- the doer of an act masdar governed with «بـ» ---------------------------------------------------------------

def test_the_subject_after_the_verb_past_an_adverb_and_a_comma_does_the_act() -> None:
    text = "وتحولت الجلسة إلى جلسة صاخبة قام خلالها نواب كثيرون من المعارضة، بانتقاد رئيس الحكومة."
    assert news_arg(text, "بانتقاد") == "نواب كثيرون من المعارضة"
    assert news_arg(text, "بانتقاد", "target") == "رئيس الحكومة"  # (the genitive is what is criticised)


def test_the_subject_of_a_verb_with_an_object_does_the_light_masdars_act() -> None:
    text = "واستبقت اللجنة السياسية ببرلمان طرابلس هذه الجولة بعقد اجتماعات مع الوسطاء."
    assert news_arg(text, "اجتماعات") == "اللجنة السياسية"  # (not «هذه الجولة», the verb's object)


def test_a_counted_subject_keeps_its_group() -> None:
    text = "واقترحت الوزيرة أن يقوم عدد من أعضاء المفوضية بزيارة رسمية لإيران."
    assert news_arg(text, "بزيارة") == "عدد من أعضاء المفوضية"


def test_the_antecedent_of_a_cleft_does_the_act() -> None:
    text = "وقال البيان إن مقاتلي الحركة هم من قاموا بتفجير الجسر."
    assert news_arg(text, "بتفجير") == "مقاتلي الحركة"


def test_a_relatives_antecedent_is_no_doer_of_the_act() -> None:
    # «المدينة التي قام الجيش بقصفها»: the city is what is shelled, the army after the verb shells it
    text = "وزار الوزير المدينة التي قام الجيش بقصفها أمس."
    assert news_arg(text, "بقصفها") == "الجيش"
    # a place after «في» before the verb is where, not who
    assert news_arg("وفي القاهرة قام بزيارة المستشفى.", "بزيارة") == ""


def test_a_first_act_in_bi_ends_the_subject_of_the_second() -> None:
    assert news_arg("وقام الجيش بتطويق المدينة، باعتقال عشرات الشبان.", "باعتقال") == "الجيش"


# -- who undergoes an act after «تعرض لـ» --------------------------------------------------------------------------

def test_an_unnamed_undergoer_after_the_verb_is_the_target() -> None:
    text = "وتعرضت المنطقة الزراعية الغنية منذ ذلك الحين لقصف جوي عنيف من جانب القوات الحكومية."
    assert news_arg(text, "لقصف", "target") == "المنطقة الزراعية الغنية"


def test_a_named_undergoer_before_the_verb_after_that_is_the_target() -> None:
    text = "وذكرت المصادر أن مدينة داريا بالغوطة الغربية، تعرضت لقصف عنيف بشتى القذائف من قبل قوات النظام."
    assert news_arg(text, "لقصف", "target") == "داريا"  # (not the means «بشتى القذائف»)
    assert news_arg(text, "لقصف") == "قوات النظام"


def test_an_undergoer_closed_by_a_comma_is_the_target() -> None:
    text = "من جانب آخر، تعرضت آلية عسكرية تابعة للقوات المسلحة التركية، لتفجير في ولاية ماردين."
    assert news_arg(text, "لتفجير", "target") == "القوات المسلحة التركية"


def test_arrest_and_criticism_are_undergone_too() -> None:
    assert news_arg("وتعرض الناشط للاعتقال من قبل السلطات الإيرانية.", "للاعتقال", "target") == "الناشط"
    assert news_arg("وتعرضت الحكومة لانتقادات حادة من المعارضة.", "لانتقادات", "target") == "الحكومة"


def test_a_place_in_fi_is_no_undergoer() -> None:
    text = "وقد تعرضت البلدات في وقت سابق في شرق بعلبك، لإطلاق صواريخ."
    assert news_arg(text, "لإطلاق", "target") != "بعلبك"


def test_a_coordinated_verb_of_undergoing_takes_no_subject_before_it() -> None:
    text = "وقال المسؤول إن الجيش حاصر المدينة وتعرضت لقصف مدفعي."
    assert news_arg(text, "لقصف", "target") != "الجيش"


# -- relative clauses ------------------------------------------------------------------------------------------------

def test_the_object_after_a_relative_clause_set_off_by_commas_is_the_target() -> None:
    text = ("اتهمت «وحدات حماية الشعب» الكردية، التي تقاتل تنظيم داعش في سوريا، وتعتبرها واشنطن «شريكا على الأرض»، "
            "تركيا، أمس، باستهدافها أربع مرات.")
    assert news_arg(text, "اتهمت", "target") == "تركيا"
    text = "وانتقدت الحكومة المصرية، التي تواجه تنظيم داعش في سيناء، حركة حماس بشدة."
    assert news_arg(text, "وانتقدت", "target") == "حركة حماس"


def test_a_relative_clause_with_no_object_after_it_keeps_its_reading() -> None:
    text = "وانتقدت الحكومة المصرية، التي تواجه تنظيم داعش في سيناء، بشدة تصريحات الوزير."
    assert news_arg(text, "وانتقدت", "target") != "سيناء"
    text = "وأعلنت الحكومة المصرية، التي تواجه تنظيم داعش في سيناء، أمس، أنها ستواصل الحرب."
    assert news_arg(text, "وأعلنت", "target") == ""


def test_a_plural_antecedent_is_no_doer_of_a_verb_that_does_not_agree() -> None:
    text = "وقال إن الروس الذين رفضت فكرتهم للحل في سوريا يحاولون الآن التشاور."
    assert news_arg(text, "رفضت") == ""
    text = "وقال إن الروس الذين رفضوا فكرة الحل في سوريا يحاولون الآن التشاور."
    assert news_arg(text, "رفضوا") == "الروس"


def test_the_subject_of_a_verb_of_leaving_off_an_act_does_it() -> None:
    text = "وانتقل مقاتلو المعارضة من استهداف المدينة بالصواريخ إلى المدافع الأكثر دقة."
    assert news_arg(text, "استهداف") == "مقاتلو المعارضة"
    assert news_arg("وامتنعت الحكومة عن انتقاد الحركة.", "انتقاد") == "الحكومة"
    # a verb of speaking is no verb of leaving off: «وتحدث الوزير عن انتقاد» tells what he spoke of
    assert news_arg("وتحدث الوزير عن انتقاد المعارضة للحكومة.", "انتقاد") != "الوزير"


# -- members of a group after the verb ----------------------------------------------------------------------------

def test_members_of_a_group_after_the_verb_are_its_subject() -> None:
    text = "حيث استهدفت فصائل من المعارضة مواقع تابعة للقوات السورية النظامية، في قرية جبلية."
    assert news_arg(text, "استهدفت") == "فصائل من المعارضة"
    assert news_arg(text, "استهدفت", "target") == "القوات السورية"  # round ev575: the forces the positions belong to


def test_members_of_a_group_with_no_object_after_them_are_read_as_before() -> None:
    text = "وقتل عشرات من المدنيين في القصف."
    assert news_arg(text, "وقتل") != "عشرات من المدنيين"


# -- «X المسؤول عن قتل» ------------------------------------------------------------------------------------------------

def test_the_one_named_as_responsible_for_a_killing_does_it() -> None:
    text = "وانتقدوا حركة طالبان المسؤولة عن قتل آلاف المدنيين."
    assert news_arg(text, "قتل") == "حركة طالبان"
    text = "وانتقدوا إقامة مراسم الدعاء لروح زعيم طالبان المسؤول عن قتل آلاف المدنيين."
    assert news_arg(text, "قتل") == "زعيم طالبان"  # (the leader, with his body)


def test_a_killing_after_another_word_before_an_is_read_as_before() -> None:
    text = "وتحدث الوزير حركة طالبان عن قتل آلاف المدنيين."
    assert news_arg(text, "قتل") != "حركة طالبان"

"""Event arguments on constructions of real news, round 23: a participle of manner has the subject of the verb it
describes («اتصل فلان بعباس معلنا استنكاره»); the subject of «حاول/قرر/واصل/تريد» acts in the masdar after it
(«حاول المسلحون قصف المطار»); an act, a state or an abstraction said as the subject of a threat names no actor, nor
is one carried («رفض الاتفاق يهدد الأمن», «وأكد وجود»); a building or a town is no actor («يزور مسجد المدينة
الآلاف»); a noun's adjective («قصف صاروخي», «التصريحات الطائفية») and «على خلفية» are no target; a plural in the
oblique case after a verb is its object («واتهم الحوثيين»)."""

from __future__ import annotations

from conftest import analyze_news, news_arg


def test_a_participle_of_manner_has_the_verbs_subject() -> None:
    assert news_arg("واتصل الرئيس الفرنسي بالعاهل الأردني معلنا استنكاره للهجوم.", "استنكاره") == "الرئيس الفرنسي"
    assert news_arg("وقد اتصل الملك سلمان بالرئيس عباس معربا عن إدانته للهجوم.", "إدانته") == "سلمان"
    # the participle's clause is no object of the verb before it
    assert "مؤكدا" not in news_arg("والتقى الوزير بنظيره التركي مؤكدا دعمه للحكومة.", "والتقى", "target")


def test_the_subject_of_an_attempt_acts_in_the_masdar() -> None:
    assert news_arg("حاول المسلحون قصف مطار عدن الدولي.", "قصف") == "المسلحون"
    assert news_arg("وقررت الحكومة اعتقال الناشط في صنعاء.", "اعتقال") == "الحكومة"
    assert news_arg("وقال إن المتمردين يريدون اقتحام المدينة.", "اقتحام") == "المتمردين"


def test_an_act_or_a_state_threatens_with_no_actor() -> None:
    # (round 63: a common good put at risk, «يهدد الأمن», is no threat event at all)
    text = "وقال الوزير إن رفض الاتفاق يهدد الأمن في المنطقة."
    assert [e.code for e in analyze_news(text).events if e.code.startswith("13")] == []
    assert news_arg("وقال إن استمرار القصف يهدد حياة المدنيين.", "يهدد") == ""
    assert news_arg("وقال إن المسلحين يهددون حياة المدنيين.", "يهددون") == "المسلحين"
    assert news_arg("وأكد وجود أبواب للإنفاق.", "وأكد") == ""


def test_a_building_is_no_visitor() -> None:
    assert news_arg("ويتوقع أن يزور مسجد المدينة مئات الآلاف من الزوار.", "يزور") != "مسجد المدينة"
    assert news_arg("ويتوقع أن يزور مسجد المدينة مئات الآلاف من الزوار.", "يزور", "target") == "مسجد المدينة"


def test_an_adjective_or_a_reason_is_no_target() -> None:
    assert news_arg("وشنت القوات هجمات وقصف صاروخي على المناطق التي يتمركز فيها المسلحون.", "وقصف", "target") != "صاروخي"
    assert news_arg("وأدانت رابطة الكتاب، التصريحات الطائفية التي صدرت عن النائب.", "وأدانت", "target") != "الطائفية"
    assert "خلفية" not in news_arg("وقررت النقابة خوض تحركات احتجاجية على خلفية تواصل العمل بالنظام الجديد.",
                               "احتجاجية", "target")
    # a plural in construct after a verb is its object (a named group's men: the group, since round 95)
    assert news_arg("ووسعت تركيا حملتها لتستهدف مقاتلي حزب العمال الكردستاني في شمال العراق.", "لتستهدف",
                "target") == "حزب العمال الكردستاني"


def test_an_oblique_plural_after_a_coordinated_verb_is_its_object() -> None:
    assert news_arg("وأدان الوزير الهجوم واتهم الحوثيين بتنفيذه.", "واتهم") != "الحوثيين"
    assert news_arg("وأدان الوزير الهجوم واتهم الحوثيين بتنفيذه.", "واتهم", "target") == "الحوثيين"

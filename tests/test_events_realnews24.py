"""Event arguments and modality on constructions of real news, round 24: a name in the genitive of an unnamed actor
is part of the actor, not its target («وترفض حكومة الولايات المتحدة إنقاذ ...»); a count after a place in construct
visits it («يزور مسجد مشهد 400 ألف شخص»); the verb after a relative clause has the clause's antecedent as its
subject («أن الجيش الذي دخل المدينة أمس اعتقل ...»); an attempt («محاولات التنظيم فرض سيطرته», «حاول المسلحون قصف
المطار») and a call or a promise («تعهد الجيش بشن هجمات») make the act they govern planned, not asserted."""

from __future__ import annotations

from conftest import news_arg, news_modality


def test_a_name_in_the_actors_genitive_is_no_target() -> None:
    text = "وترفض حكومة الولايات المتحدة حتى الآن إنقاذ بورتوريكو."
    assert news_arg(text, "وترفض", "target") == "بورتوريكو"
    assert "حكومة الولايات المتحدة" in news_arg(text, "وترفض")
    assert news_arg("وأدانت رئاسة كردستان القصف على القرية.", "وأدانت", "target") != "كردستان"


def test_a_count_after_a_place_in_construct_visits_it() -> None:
    text = "وقال الباحث بيتر نيومان إنه يتوقع أن يزور مسجد مشهد 400 ألف شخص للاشتراك في الدروس."
    assert news_arg(text, "يزور") != "بيتر نيومان"
    assert "400" in news_arg(text, "يزور")
    assert news_arg(text, "يزور", "target") == "مسجد مشهد"


def test_the_verb_after_a_relative_clause_has_its_antecedent_as_subject() -> None:
    assert news_arg("وأكدت المصادر أن الجيش الذي دخل المدينة أمس اعتقل عشرات المسلحين.", "اعتقل") == "الجيش"
    assert news_arg("وقال إن المتمردين الذين سيطروا على المدينة العام الماضي هاجموا قرية مجاورة.",
                "هاجموا") == "المتمردين"
    # a complementizer in the clause: only «كان ... قد» makes the verb the main one
    assert news_arg("وكان وزير الخارجية جون كيري الذي قال إن الاتفاق جيد قد انتقد إيران.", "انتقد") == "جون كيري"
    # the verb of a relative clause right after the relative keeps its own reading
    assert news_arg("وقال إن القوات التي اقتحمت المدينة اعتقلت عشرات المسلحين.", "اقتحمت") == "القوات"


def test_an_attempt_is_not_an_asserted_act() -> None:
    assert news_modality("وتثير محاولات تنظيم داعش فرض سيطرته على البلدين قلق المجتمع الدولي.", "سيطرته") == "planned"
    # session 53 (mo924): a shelling or a storming tried was made, whatever came of it (judges of the 347 read
    # «كانوا يحاولون استهداف» as done): told as fact; a seizure tried (above) names a result not had and stays planned
    assert news_modality("حاول المسلحون قصف مطار عدن.", "قصف") == "asserted"
    assert news_modality("وتصدت القوات لمحاولة المسلحين اقتحام السجن المركزي.", "اقتحام") == "asserted"
    # a foiled attempt did not happen (round 84: «تحاول فك الحصار» is the breaking tried, 190, and the siege it
    # names no event of its own)
    assert news_modality("وأحبطت القوات محاولة المسلحين اقتحام السجن.", "اقتحام") == "negated"
    assert news_modality("وقصفت الطائرات مواقع المسلحين في المدينة.", "وقصفت") == "asserted"


def test_a_call_or_a_promise_makes_the_act_planned() -> None:
    assert news_modality("وتعهد الجيش بشن هجمات على مواقع التنظيم.", "هجمات") == "planned"
    assert news_modality("وتلقى الوزير دعوة من نظيره الفرنسي للاجتماع به في باريس.", "للاجتماع") == "planned"
    assert news_modality("وشن الجيش هجمات على مواقع التنظيم.", "هجمات") == "asserted"

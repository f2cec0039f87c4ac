"""Event arguments on constructions of real news, round 35: a verb of force with no subject of its own carries the
named subject of the verb that opens the clause before it («وحلقت طائرات التحالف ... . وقصفت»); a coordinated
subject of unnamed actors leads with its first conjunct («أن الجيش والمقاومة ... يفرضون حصارا»), and a conjunct of
a phrase a preposition governs is no subject («المدعوم بالدبابات والمدفعية»); a light verb that begins with «ف»
(«فرضت») is read whole; a means phrase («بإطلاق النار») joins the act nearest before it; the genitive of a
noun act of force before its «على» phrase is its agent («سيطرة التنظيم على المدينة»)."""

from __future__ import annotations

from conftest import analyze_news, event_arg, event_with_trigger_at, news_arg


def test_a_subjectless_strike_carries_the_subject_of_the_sentence_before() -> None:
    text = "وحلقت طائرات التحالف الدولي فوق مدينة الرقة. وقصفت مواقع التنظيم في المدينة."
    assert news_arg(text, "وقصفت") == "التحالف الدولي"
    assert news_arg(text, "وقصفت", "target") == "مواقع التنظيم"


def test_a_subjectless_strike_after_thumma_carries_the_clause_before() -> None:
    text = "وحلقت طائرات التحالف الدولي فوق مدينة الرقة، ثم قصفت مواقع التنظيم في المدينة."
    assert news_arg(text, "قصفت") == "التحالف الدولي"


def test_an_arrest_carries_the_named_force_that_advanced() -> None:
    text = "وتقدمت القوات العراقية نحو مدينة تكريت. واعتقلت عشرة من المسلحين."
    assert news_arg(text, "واعتقلت") == "القوات العراقية"


def test_a_verb_of_another_gender_carries_no_subject() -> None:
    text = "وتقدمت القوات العراقية نحو مدينة تكريت. واعتقلوا عشرة من المسلحين."
    assert news_arg(text, "واعتقلوا") == ""


def test_a_statement_before_lends_no_subject_to_a_strike() -> None:
    text = "وقالت وزارة الدفاع إن المدينة هادئة. وقصفت مواقع التنظيم في المدينة."
    assert news_arg(text, "وقصفت") != "وزارة الدفاع"


def test_a_coordinated_unnamed_subject_leads_with_its_first_conjunct() -> None:
    # (round 46 names «المقاومة الشعبية» as a body; this test is of two unnamed conjuncts: «المقاومة القبلية»)
    assert news_arg("الجيش والمقاومة القبلية يحاصرون مواقع الحوثيين.", "يحاصرون") == "الجيش"


def test_a_coordinated_subject_far_before_a_light_verb_leads_with_its_first_conjunct() -> None:
    text = "وأضاف أن الجيش والمقاومة المدعومة بدبابات حديثة وصلت أمس يفرضون حصارا على القاعدة."
    assert news_arg(text, "حصارا") == "الجيش"


def test_a_conjunct_of_a_phrase_a_preposition_governs_is_no_subject() -> None:
    text = "وأضاف أن الجيش المدعوم بالدبابات والمدفعية الثقيلة يفرض حصارا على القاعدة."
    assert news_arg(text, "حصارا").startswith("الجيش")


def test_a_light_verb_in_fa_is_read_whole() -> None:
    text = "وقال مصدر إن المسلحين فرضوا حصارا على القرية التي فرضت قوات الأمن سيطرتها عليها."
    assert news_arg(text, "سيطرتها") == "قوات الأمن"


def test_an_accusative_after_a_light_verb_in_fa_is_no_dual_verb() -> None:
    text = "وقال المرصد إن الجماعة فرضت قصفا متواصلا على القرية."
    assert news_arg(text, "قصفا") == "الجماعة"
    assert news_arg(text, "قصفا", "target") == "القرية"


def test_a_means_phrase_joins_the_act_nearest_before_it() -> None:
    text = "قتل الجيش الإسرائيلي فلسطينيا في مدينة الخليل، وقتلت الشرطة المصرية مسلحا في سيناء بإطلاق النار عليه."
    doc = analyze_news(text)
    means = event_with_trigger_at(doc, "بإطلاق")
    assert event_arg(doc, means, "source") == "الشرطة المصرية"
    first = event_with_trigger_at(doc, "قتل")
    assert not any(t.start == text.index("بإطلاق") for t in first.triggers)


def test_the_genitive_of_a_seizure_before_its_ala_phrase_is_who_seized() -> None:
    text = "وبعد سيطرة تنظيم داعش على مدينة الموصل، نزح آلاف السكان."
    assert news_arg(text, "سيطرة") == "تنظيم داعش"
    assert news_arg(text, "سيطرة", "target") == "الموصل"


def test_the_genitive_of_a_demand_is_no_one_who_demands() -> None:
    text = "وقررت الحكومة المحلية مطالبة حزب العمال الكردستاني بمغادرة المنطقة."
    assert news_arg(text, "مطالبة") != "حزب العمال الكردستاني"

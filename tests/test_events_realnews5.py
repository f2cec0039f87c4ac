"""Event arguments on constructions of real news, round 5: a delegated visit is the delegate's, a repressed protest
is not the repressor's, «تمكن X من + masdar», «، حيث + verb», «مسلحون من + organisation», «إعلان + city»."""

from __future__ import annotations

from conftest import analyze_news, event_arg


def test_a_delegated_visit_is_the_delegates() -> None:
    doc = analyze_news("عاد المستشار سامر الخطيب إلى الواجهة عندما فوّضه رئيس الوزراء هاني الملقي لزيارة بغداد ونقل رسائل.")
    visit = next(e for e in doc.events if e.code == "042")
    assert event_arg(doc, visit, "source") == "سامر الخطيب"


def test_a_repressed_protest_is_not_the_repressors() -> None:
    doc = analyze_news("ويذكر أن مدير المخابرات السابق محمد الحارثي لعب دورا أساسيا في قمع الاحتجاجات التي شهدتها البلاد.")
    assert all(e.source is None for e in doc.events if e.plover == "PROTEST")
    repress = next(e for e in doc.events if e.code == "175")
    assert event_arg(doc, repress, "target") == "الاحتجاجات"


def test_the_subject_of_being_able_does_the_act() -> None:
    doc = analyze_news("وفي مدينة الراهدة، تمكنت المقاومة الشعبية من قتل 5 من مسلحي الميليشيات في كمين على الطريق.")
    kill = next(e for e in doc.events if e.plover == "ASSAULT")
    assert event_arg(doc, kill, "source") == "المقاومة الشعبية"


def test_a_verb_after_hayth_has_the_main_clauses_subject() -> None:
    doc = analyze_news("وقال الرئيس محمد مرسي كلمة. وترأس الرئيس عبد الفتاح السيسي أمس اجتماعا لمجلس الأمن، حيث طالب بالالتزام "
               "بأعلى معايير اليقظة.")
    ask = next(e for e in doc.events if e.code.startswith("10"))
    assert event_arg(doc, ask, "source") == "عبد الفتاح السيسي"


def test_men_of_an_organisation_are_one_subject() -> None:
    doc = analyze_news("واقتحم متشددون من تنظيم داعش نقطة تفتيش قرب مدينة سرت أمس.")
    storm = next(e for e in doc.events if e.plover == "ASSAULT")
    assert event_arg(doc, storm, "source") == "تنظيم داعش"
    assert event_arg(doc, storm, "target") == "نقطة تفتيش"


def test_a_declaration_named_after_a_city_is_no_event() -> None:
    doc = analyze_news("وأشاد المجلس بإعلان القاهرة الصادر بمناسبة الزيارة.")
    assert not any(e.code == "010" for e in doc.events)
    doc = analyze_news("وانتقد الوزير إعلان واشنطن نيتها اتخاذ إجراءات إضافية.")
    assert any(e.code == "030" for e in doc.events)  # round gr449: an announced intent, an expression of intent

"""Round en919: bodies of no code that the text ties to a coded body, and a listed body read inside a title."""

from __future__ import annotations

from conftest import analyze_news, entity_named


def test_body_belonging_to_an_igo_takes_its_code() -> None:
    doc = analyze_news("وذكرت هيئة يوروستات التابعة للاتحاد الأوروبي في تقرير أمس أن التضخم تراجع في منطقة اليورو.")
    body = entity_named(doc, "هيئة يوروستات")
    assert body.actor == "IGOEU"
    assert body.attrs.get("actor_from") == "affiliation"


def test_body_belonging_to_a_state_ministry_takes_its_code() -> None:
    doc = analyze_news("وقالت هيئة فرونتكس التابعة لوزارة الداخلية الفرنسية إن عدد المهاجرين ارتفع هذا العام.")
    body = next(e for e in doc.entities if e.type == "ORGANIZATION" and "فرونتكس" in e.name)
    assert body.actor == "FRAGOV"
    assert body.country == "FRA"


def test_company_belonging_to_a_ministry_keeps_no_state_code() -> None:
    # a firm the ministry owns is no body of the state («الشركة التابعة للوزارة»)
    doc = analyze_news("وأعلنت شركة كرافتون التابعة لوزارة الداخلية الفرنسية عن عقد جديد لتوريد المعدات.")
    firms = [e for e in doc.entities if e.type == "ORGANIZATION" and "كرافتون" in e.name]
    assert [e.actor for e in firms] == ["BUS"]


def test_body_with_a_code_of_its_own_keeps_it() -> None:
    doc = analyze_news("وأكدت منظمة الصحة العالمية التابعة للأمم المتحدة أن الوباء انحسر في غرب أفريقيا.")
    who = entity_named(doc, "منظمة الصحة العالمية")
    assert who.actor == "IGOUNO"
    assert who.attrs.get("actor_from") is None


def test_listed_federation_inside_a_title_keeps_its_listed_code() -> None:
    doc = analyze_news("وأكد رئيس الاتحاد الدولي لألعاب القوى لأمين دياك أن الحملة على الرياضيين لن تتوقف.")
    body = entity_named(doc, "الاتحاد الدولي لألعاب القوى")
    assert body.actor == "NGO"
    assert body.latin == "IAAF (World Athletics)"


def test_listed_federation_named_twice_is_one_body() -> None:
    doc = analyze_news("وقال الاتحاد الدولي لألعاب القوى إنه سيحقق في القضية. وأضاف رئيس الاتحاد الدولي لألعاب القوى "
                       "أن التحقيق سيستغرق شهرين.")
    bodies = [e for e in doc.entities if e.name == "الاتحاد الدولي لألعاب القوى"]
    assert len(bodies) == 1 and len(bodies[0].mentions) == 2
    assert bodies[0].actor == "NGO"


def test_unlisted_federation_in_a_title_stays_a_pattern_body() -> None:
    # a federation no list holds stays as the admin-body rule reads it (no listed code given to it)
    doc = analyze_news("وقال رئيس الاتحاد الأردني للملاكمة إن المنتخب سيشارك في البطولة.")
    bodies = [e for e in doc.entities if e.type == "ORGANIZATION" and "للملاكمة" in e.name]
    assert [(e.actor, e.country) for e in bodies] == [(None, "JOR")]

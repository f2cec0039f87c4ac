"""Entities in news constructions, round 25 (real news and the stage's errors on ANERcorp dev): a family name that
is also a word only a time noun takes («محمد الماضي»); a lone given name linked to no lexicon person; the
Moroccan prosecutor's title «الوكيل العام للملك» (no king of the article); a car maker named by a month
(«نيسان») in a company's context; a party's head noun before its name («حزب كاديما»)."""

from __future__ import annotations

from conftest import TypedRunsTagger, runs_doc


def _mentions(text: str, typ: str, *runs: tuple[str, list[str]]) -> list[str]:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date="2006-10-01")
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == typ]


def test_a_time_noun_s_adjective_after_a_given_name_is_the_family_name() -> None:
    doc = runs_doc("وأكد المهندس خالد الماضي مدير المشروع أن الأعمال ستنتهي قريبا.", ["خالد", "الماضي"])
    names = [e.name for e in doc.entities if e.type == "PERSON"]
    assert names == ["خالد الماضي"]
    # after a time noun it stays the adjective of the time
    doc = runs_doc("وزار خالد المصنع في الأسبوع الماضي.", ["خالد"])
    assert [e.name for e in doc.entities if e.type == "PERSON"] == ["خالد"]


def test_a_lone_given_name_is_no_lexicon_person() -> None:
    doc = runs_doc("وأوضح المهندس محمد أن الشركة وسعت مصانعها هذا العام.", ["محمد"])
    person = next(e for e in doc.entities if e.type == "PERSON")
    assert person.name == "محمد" and person.actor is None and "gazetteer" not in person.attrs


def test_the_king_s_prosecutor_is_an_office_not_the_king_named_before() -> None:
    doc = runs_doc("ووصل الملك سلمان بن عبد العزيز إلى طنجة، وكان في استقباله الوكيل العام للملك يوسف "
                   "الإدريسي وعدد من المسؤولين.", ["يوسف", "الإدريسي"], date="2015-08-03")
    king = next(e for e in doc.entities if e.name.startswith("سلمان"))
    assert not any("لملك" in doc.text[s.start : s.end] for s in king.mentions if s.end - s.start < 6)
    prosecutor = next(e for e in doc.entities if e.name == "يوسف الإدريسي")
    assert prosecutor.roles == ["الوكيل العام للملك"] and prosecutor.country == "MAR"


def test_a_car_maker_named_by_a_month_in_a_company_s_context() -> None:
    assert _mentions("وأعلنت شركة نيسان عن طراز جديد.", "ORGANIZATION", ("ORG", ["نيسان"])) == ["نيسان"]
    assert _mentions("وتتوقع نيسان الشرق الأوسط نموا في المبيعات.", "ORGANIZATION", ("ORG", ["نيسان"])) == ["نيسان"]
    # the month the tagger misreads stays a month elsewhere
    assert _mentions("وفي نيسان الماضي ارتفعت الأسعار.", "ORGANIZATION", ("ORG", ["نيسان"])) == []


def test_a_party_s_head_noun_before_its_name_is_the_name_s() -> None:
    orgs = _mentions("ويتوقع المحللون فشل حكومة حزب كاديما خلال أشهر.", "ORGANIZATION", ("ORG", ["حزب", "كاديما"]))
    assert orgs == ["حزب كاديما"]

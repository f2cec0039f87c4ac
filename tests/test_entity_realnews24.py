"""Entities in news constructions, round 24 (real news and the stage's errors on ANERcorp dev): a minister's
second field after «و» («وزير الصناعة والتجارة»); a body's purpose in «لـ» + a field noun after its name («مدير
المركز الوطني لمكافحة الإرهاب»); a definite office's adjective and the body in «لل» it serves («القائد الجهوي
للدرك الملكي»); a club named by a common word farther in a sentence of sport, and clubs named by a surname or a
town («العربي», «الخور»)."""

from __future__ import annotations

from conftest import TypedRunsTagger, person_roles, runs_doc


def _orgs(text: str, *runs: tuple[str, list[str]]) -> list[str]:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date="2006-10-01")
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return [doc.text[m.start : m.end] for m in doc.mentions if m.type == "ORGANIZATION"]


def test_a_second_field_after_and_belongs_to_the_minister_s_portfolio() -> None:
    doc = runs_doc("وشدد كريم سعيد عبد الهادي وزير الصناعة والتجارة على دعم المصانع الوطنية.",
                   ["كريم", "سعيد", "عبد", "الهادي"])
    assert person_roles(doc)["كريم سعيد عبد الهادي"] == ["وزير الصناعة والتجارة"]


def test_a_retinue_after_and_is_no_second_field() -> None:
    doc = runs_doc("ووصل وزير الخارجية والوفد المرافق له إلى العاصمة أمس.")
    assert not any("الوفد" in r for roles in person_roles(doc).values() for r in roles)


def test_a_body_s_purpose_in_li_is_part_of_the_office() -> None:
    doc = runs_doc("وقال مارك تيلور، مدير المركز الوطني لمكافحة الإرهاب، إن التهديد ما زال قائما.", ["مارك", "تيلور"])
    assert person_roles(doc)["مارك تيلور"] == ["مدير المركز الوطني لمكافحة الإرهاب"]


def test_a_definite_office_s_adjective_and_the_body_it_serves() -> None:
    doc = runs_doc("وكان في الاستقبال القائد الجهوي للدرك الملكي سعيد الكتاني وعدد من المسؤولين.",
                   ["سعيد", "الكتاني"], date="2015-08-03")
    assert person_roles(doc)["سعيد الكتاني"] == ["القائد الجهوي للدرك الملكي"]
    doc = runs_doc("وحضر اللقاء القائد المنتدب للحامية العسكرية يوسف البقالي وعدد من المسؤولين.",
                   ["يوسف", "البقالي"], date="2015-08-03")
    assert person_roles(doc)["يوسف البقالي"] == ["القائد المنتدب للحامية العسكرية"]


def test_a_bank_after_an_office_s_adjective_stays_a_body() -> None:
    orgs = _orgs("وأوضح العضو المنتدب للبنك التجاري في كلمته أن الأرباح ارتفعت.", ("ORG", ["للبنك", "التجاري"]))
    assert len(orgs) == 1 and orgs[0].endswith("بنك التجاري")


def test_a_club_named_by_a_common_word_farther_in_a_sentence_of_sport() -> None:
    text = "وتوافد المشجعون إلى الاستاد لمؤازرة الأهلي في المباراة الحاسمة مساء اليوم."
    assert _orgs(text, ("ORG", ["الأهلي"])) == ["الأهلي"]
    # the adjective of a definite noun stays a word, sport or not
    assert _orgs("وتحدث المدرب عن المباراة للصحفيين أمس وقال إن النصر النهائي قريب.", ("ORG", ["النصر"])) == []
    assert _orgs("ودعا المدرب في المباراة الودية إلى حماية السلم الأهلي في البلاد.", ("ORG", ["الأهلي"])) == []


def test_a_club_named_by_a_town_or_a_surname_in_a_sentence_of_sport() -> None:
    assert _orgs("وتغلب فريق الريان على الخور بهدفين دون رد.", ("PERS", ["الخور"])) == ["الخور"]
    assert _orgs("وسدد المهاجم كرة قوية في مرمى العربي مطلع الشوط الثاني.", ("ORG", ["العربي"])) == ["العربي"]

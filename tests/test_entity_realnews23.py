"""Entities in news constructions, round 23 (the stage's own errors on ANERcorp dev): a Western particle before a
family name («فان خاليك»); a rare family name closing a given and a father's name after a title; a name word that
reads as a function word with a clitic off («لام أجاك»); a listed full name and a second man's name in one run; a
plural participle after a name; «لصالح» (in favour of); a run opening on a pronoun; a definite adjective closing a
body's name; a people's adjective after an office."""

from __future__ import annotations

from conftest import TypedRunsTagger, runs_doc


def _persons(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(doc.text[m.start : m.end] for m in doc.mentions if m.type == "PERSON")


def test_a_western_particle_before_a_family_name_is_the_name_s() -> None:
    doc = runs_doc("وانبرى فان خاليك لتسديد ركلة الجزاء بنجاح في الدقيقة العاشرة.", ["فان", "خاليك"])
    assert _persons(doc) == ["فان خاليك"]


def test_a_rare_family_name_after_a_title_closes_the_name() -> None:
    doc = runs_doc("وصرح العقيد الدكتور سالم أحمد الأزرش الناطق باسم الجيش بأن الخطة جاهزة.",
                   ["سالم", "أحمد", "الأزرش"])
    assert _persons(doc) == ["سالم أحمد الأزرش"]


def test_a_name_word_that_is_a_clitic_and_a_particle_opens_the_name() -> None:
    doc = runs_doc("وتسلم الرسالة الدكتور لام أجاك وزير الخارجية خلال زيارته.", ["لام", "أجاك"])
    assert _persons(doc) == ["لام أجاك"]


def test_a_listed_full_name_then_another_name_are_two_men() -> None:
    text = "وفي غضون ذلك عين الرئيس السوداني عمر البشير آدم كوني رئيسا للجنة الوطنية."
    doc = runs_doc(text, ["عمر", "البشير", "آدم", "كوني"], date="2006-10-01")
    assert _persons(doc) == ["آدم كوني", "عمر البشير"]
    two = runs_doc(text, ["عمر", "البشير"], ["آدم", "كوني"], date="2006-10-01")
    assert _persons(two) == ["آدم كوني", "عمر البشير"]


def test_a_plural_participle_after_a_name_is_not_the_name_s() -> None:
    doc = runs_doc("ورفع الحضور التهاني إلى الشيخ حمدان بن زايد آل نهيان مبتهلين إلى الله أن يوفقه.",
                   ["حمدان", "بن", "زايد", "آل", "نهيان"])
    assert _persons(doc)[:1] == ["حمدان بن زايد آل نهيان"]


def test_in_favour_of_is_no_mention_of_a_man_named_salih() -> None:
    doc = runs_doc("وقال النائب خالد صالح إن المجلس صوت أمس لصالح القرار الجديد بالإجماع.", ["خالد", "صالح"])
    assert _persons(doc) == ["خالد صالح"]


def test_a_run_the_tagger_opened_on_a_pronoun_names_no_one() -> None:
    doc = runs_doc("وأضاف الوزير « أنا مؤمن بأن الحل قريب » في حديثه للصحفيين.", ["أنا", "مؤمن"])
    assert _persons(doc) == []


def test_a_definite_adjective_closes_a_body_s_name() -> None:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze("وحذر الكاتب من أن المنظمة الدولية ستفقد شرعيتها إذا استمر الصمت.", date="2015-06-01")
    analyze_entities(doc, tagger=TypedRunsTagger(("ORG", ["المنظمة", "الدولية"])))  # type: ignore[arg-type]
    assert [doc.text[m.start : m.end] for m in doc.mentions if m.type == "ORGANIZATION"] == ["المنظمة الدولية"]


def test_a_people_s_adjective_after_an_office_is_no_name() -> None:
    doc = runs_doc("وقال رئيس الوزراء الكردي في بيان على موقعه إن الاتفاق صامد.")
    assert _persons(doc) == []


def test_loyal_to_salih_is_still_the_man() -> None:
    doc = runs_doc("وقال العميد أحمد صالح إن الألوية الموالية لصالح انسحبت من المدينة.", ["أحمد", "صالح"])
    assert _persons(doc) == ["أحمد صالح", "صالح"]

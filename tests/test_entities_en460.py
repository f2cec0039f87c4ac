"""Round en460: a monarch's office set off from the rank and name by one comma («أمير الكويت، الراحل الشيخ جابر
الأحمد الصباح»), or held «then» («أمير الكويت آنذاك، الراحل الشيخ ...»), is still his office: the state's country,
ELI when late or then («الراحل», «آنذاك»), GOV when ruling; the office split from the rank keeps no comma.
Hand-made sentences, each rule with a case where it must not fire."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity


def _ent(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.name == name)


def test_late_emir_set_off_by_a_comma_holds_the_office_then() -> None:
    doc = analyze_news("وعبرت عنها بعد لقائه أمير الكويت آنذاك، الراحل الشيخ جابر الأحمد الصباح، حيث قال الملك.")
    emir = _ent(doc, "جابر الأحمد الصباح")
    assert "أمير الكويت آنذاك، الراحل" in emir.roles
    assert (emir.country, emir.actor) == ("KWT", "KWTELI")  # a former office-holder: the elite (CAMEO ELI)


def test_late_emir_after_a_comma_is_of_the_elite() -> None:
    doc = analyze_news("فقال أمير الكويت، الراحل الشيخ جابر الأحمد الصباح، مخاطبا الوفد إن التحرير قريب.")
    emir = _ent(doc, "جابر الأحمد الصباح")
    assert (emir.country, emir.actor) == ("KWT", "KWTELI")


def test_ruling_emir_after_a_comma_and_his_rank_is_the_government() -> None:
    doc = analyze_news("وقال أمير الكويت، الشيخ صباح الأحمد الجابر الصباح، إن الحوار ضروري.")
    emir = _ent(doc, "صباح الأحمد الجابر الصباح")
    assert "أمير الكويت" in emir.roles  # (the office split from the rank: no comma left on it)
    assert (emir.country, emir.actor) == ("KWT", "KWTGOV")


def test_bare_name_after_a_comma_is_no_monarchs() -> None:
    doc = analyze_news("وحضر ملك الأردن، محمد بن راشد، الحفل في عمان.")
    ruler = _ent(doc, "محمد بن راشد")
    assert not any("ملك الأردن" in r for r in ruler.roles)  # (one of a list as likely as the king himself)
    assert ruler.country != "JOR"


def test_rank_joined_by_and_is_another_person() -> None:
    doc = analyze_news("واستقبل أمير الكويت والشيخ صباح الأحمد الجابر الصباح الوفد.")
    sheikh = _ent(doc, "صباح الأحمد الجابر الصباح")
    assert not any("أمير الكويت" in r for r in sheikh.roles)  # «و»: the emir and the sheikh, two men


def test_late_king_with_rank_only_is_of_the_elite() -> None:
    doc = analyze_news("وكان الملك الراحل عبد الله بن عبد العزيز قد أمر بإنشاء المركز.")
    king = _ent(doc, "عبد الله بن عبد العزيز")
    assert (king.country, king.actor) == ("SAU", "SAUELI")


def test_name_runs_not_on_with_a_possessed_noun() -> None:
    doc = analyze_news("وأكد ملك البحرين حمد بن عيسى دعمه للقرار الذي اتخذه المجلس.")
    king = _ent(doc, "حمد بن عيسى")  # «دعمه»: his support, the verb's object, no name word
    assert (king.country, king.actor) == ("BHR", "BHRGOV")
    assert not any("دعمه" in e.name for e in doc.entities)


def test_possessed_noun_is_no_name_that_ends_in_ha() -> None:
    from rasd.entities.gazetteer import load
    from rasd.entities.nameends import possessed_noun_last

    g = load()
    assert possessed_noun_last("دعمه", g) and possessed_noun_last("موقفها", g)
    assert not any(possessed_noun_last(w, g) for w in ("عبده", "نصره", "نبيه", "وجيه", "حمزة"))  # names


def test_family_name_in_ha_stays_the_names() -> None:
    doc = analyze_news("وقال الشيخ محمد عبده إن القرار مهم.")
    assert any(e.name == "محمد عبده" for e in doc.entities)

"""Round en544: a crown's noun and a state before a man's name («إمبراطور النمسا فرنسوا جوزيف», «قيصر روسيا»)
give him that state and a former office (ELI) where the state is no monarchy now, GOV where it is; a later person
with a bare crown's title joined by «و» takes no country from him. Hand-made sentences, each with a counter-case."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity


def _person(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_emperor_of_a_past_empire_is_its_former_office() -> None:
    doc = analyze_news("وحضر الاحتفال إمبراطور النمسا فرنسوا جوزيف في القاهرة عام 1869.")
    man = _person(doc, "فرنسوا جوزيف")
    assert (man.country, man.actor) == ("AUT", "AUTELI")
    assert man.roles == ["إمبراطور النمسا"]


def test_emperor_of_a_present_monarchy_is_its_government() -> None:
    doc = analyze_news("واستقبل إمبراطور اليابان أكيهيتو الوفد في طوكيو أمس.")
    man = _person(doc, "أكيهيتو")
    assert (man.country, man.actor) == ("JPN", "JPNGOV")


def test_empress_joined_after_an_emperor_takes_not_his_country() -> None:
    doc = analyze_news("وشارك في الاحتفال إمبراطور النمسا فرنسوا جوزيف والإمبراطورة أوجيني في بورسعيد.")
    assert (_person(doc, "فرنسوا جوزيف").country) == "AUT"
    empress = _person(doc, "أوجيني")
    assert (empress.country, empress.actor) == (None, None)


def test_bare_emperor_title_gives_no_country() -> None:
    doc = analyze_news("وحضر الاحتفال الإمبراطور فرنسوا جوزيف في القاهرة عام 1869.")
    man = _person(doc, "فرنسوا جوزيف")
    assert (man.country, man.actor) == (None, None)


def test_prince_of_a_republic_stays_no_office() -> None:
    doc = analyze_news("وقال أمير العراق أبو محمد العدناني إن الهجوم وقع أمس.")
    assert all(e.country != "IRQ" or e.actor != "IRQGOV" for e in doc.entities if e.type == "PERSON")


def test_present_monarch_keeps_government_sector() -> None:
    doc = analyze_news("واستقبل أمير الكويت الشيخ صباح الأحمد الجابر الصباح الوزير في قصر بيان.")
    assert _person(doc, "صباح الأحمد الجابر الصباح").actor == "KWTGOV"

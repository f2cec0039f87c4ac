"""Round en433: a person of no country right after a title of office whose chain of nouns, no preposition in it, names
a located town («نائب مدير عام مطار عدن الدولي، X», «المدير العام لآثار الأقصر X») is of the town's country
(entities.postplaces._title_place); not where a preposition stands between («رئيس مكتب الحركة في القاهرة X»: where
the body's office is, not his own country). The sentences name other countries so that no rule gives the article's
one country."""

from __future__ import annotations

import rasd


def _country(text: str, name: str) -> str | None:
    """The country of the person entity named ``name`` in ``text`` (fails where there is no such entity)."""
    doc = rasd.analyze(text, date="2015-08-01")
    return next(e.country for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_a_title_naming_a_town_before_the_name_and_a_comma() -> None:
    text = ("وأكد نائب مدير عام مطار عدن الدولي، عبد الرقيب العمري، وصول قوات إماراتية إلى المطار، فيما قالت مصر "
            "إنها تتابع الوضع.")
    assert _country(text, "عبد الرقيب العمري") == "YEM"


def test_a_title_naming_a_town_right_before_the_name() -> None:
    text = ("وتضم البعثة في عضويتها المدير العام لآثار الأقصر مصطفى وزيري، وخبراء من فرنسا وإيطاليا.")
    assert _country(text, "مصطفى وزيري") == "EGY"


def test_a_town_after_a_preposition_in_the_title_is_no_country() -> None:
    # counter-case: «في القاهرة» says where the movement's office is, not his own country
    text = "وقال رئيس مكتب الحركة في القاهرة موسى أبو مرزوق إن الوفد سيزور قطر وتركيا."
    assert _country(text, "موسى أبو مرزوق") is None

"""Round en1020: entity-layer slips — a listed town named «الشيخ X» read as the title «الشيخ» and a man X, the
counterpart noun «نظيره» read as a word of a name (and given the country of the man it refers to), the matching
key of «وزير» losing its «و» as if it were «و» + «زير», and «جي» opening a Western name read as G; hand-made
sentences."""

from __future__ import annotations

import pytest

from conftest import analyze_news, news_place
from rasd.entities.gazetteer import load
from rasd.entities.romanize import romanize
from rasd.events.forms import plain_keys
from rasd.quotes.offices import title_holder
from rasd.spans import Span


def _ents(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    doc = analyze_news(text)
    return {e.name: (e.type, e.country, list(e.roles)) for e in doc.entities}


# 1. a town whose listed name opens with the title «الشيخ»
def test_town_after_compass_word() -> None:
    ents = _ents("قتل جنديان في هجوم مسلح جنوب الشيخ زويد أمس.")
    assert ents["الشيخ زويد"][:2] == ("LOCATION", "EGY")
    assert "زويد" not in ents


def test_town_after_preposition() -> None:
    ents = _ents("سقطت قذيفة هاون في الشيخ مسكين صباح اليوم.")
    assert ents["الشيخ مسكين"][:2] == ("LOCATION", "SYR")
    assert "مسكين" not in ents


def test_town_places_the_act() -> None:
    assert news_place("وقعت اشتباكات عنيفة في الشيخ زويد أمس.", "اشتباكات") == "الشيخ زويد"


def test_town_with_clitic() -> None:
    ents = _ents("قتل ثلاثة مسلحين في غارة جوية بالشيخ زويد فجر اليوم.")
    assert ents["الشيخ زويد"][:2] == ("LOCATION", "EGY")


def test_sheikh_with_a_name_running_on_stays_a_man() -> None:
    ents = _ents("استقبل الشيخ بدر بن سلطان الوفد الزائر في مكتبه.")
    assert ents["بدر بن سلطان"][0] == "PERSON" and ents["بدر بن سلطان"][2] == ["الشيخ"]
    assert "الشيخ بدر" not in ents


def test_sheikh_with_a_given_name_and_no_place_word_stays_a_man() -> None:
    ents = _ents("قال الشيخ بدر إن الصلح بين القبيلتين قريب.")
    assert "الشيخ بدر" not in ents


# 2. «نظيره»: a role, no word of the name
def test_counterpart_after_bare_title_is_no_name_word() -> None:
    ents = _ents("والتقى الوزير نظيره كمال الدرويشي في تونس أمس.")
    assert ents["كمال الدرويشي"][0] == "PERSON"
    assert ents["كمال الدرويشي"][2] == ["نظيره"]
    assert not any(name.startswith("نظير") for name in ents)


def test_counterpart_takes_no_country_of_the_man_before() -> None:
    ents = _ents("التقى وزير الخارجية الأردني ناصر جودة نظيره سامح في عمان أمس.")
    assert ents["ناصر جودة"][1] == "JOR"
    assert ents["سامح"][1] is None and ents["سامح"][2] == ["نظيره"]


def test_deputy_still_takes_the_country_of_the_man_before() -> None:
    ents = _ents("وصل وزير الخارجية الأردني ناصر جودة إلى القاهرة، ورافقه نائبه كمال الدرويشي.")
    assert ents["كمال الدرويشي"][1] == "JOR"


# 3. the matching key of «وزير»
def test_minister_keys_alike_bare_and_in_construct() -> None:
    assert plain_keys("الوزير") == ["وزير"]
    assert plain_keys("وزير الخارجية")[0] == "وزير"
    assert plain_keys("ووزير الدفاع")[0] == "وزير"
    assert plain_keys("ورئيس الوزراء")[0] == "رييس"  # (a conjunction on another title still goes)
    assert plain_keys("والمنطقة") == ["منطقه"]


def test_bare_minister_finds_the_minister_by_his_role() -> None:
    text = "وصل وزير الخارجية الأميركي جون كيري إلى القاهرة أمس. وقال الوزير إن المحادثات مفيدة."
    doc = analyze_news(text)
    at = text.index("الوزير إن")
    t = next(i for i, tok in enumerate(doc.tokens) if tok.start == at)
    eid = title_holder(doc, t + 1, Span(at, at + len("الوزير")))
    assert eid is not None and doc.entity(eid).name == "جون كيري"


# 4. «جي» opening a Western name
@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load()


def test_ji_opening_a_name_is_j(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("جي. دي. فانس", gaz) == "J. D. Vance"
    assert romanize("جي إم بيرغر", gaz).startswith("J. M. ")
    assert romanize("جي. إدغار هوفر", gaz).startswith("J. ")


def test_middle_ji_and_a_writer_who_spells_j_jeh_keep_g(gaz) -> None:  # type: ignore[no-untyped-def]
    assert romanize("إتش جي ويلز", gaz).startswith("H. G. ")
    assert romanize("أورين جي. هاتش", gaz) == "Oren G. Hatch"
    assert romanize("جي. غوردون ليدي", gaz, "", "وقال جاكوب جيه. ليو إن").startswith("G. ")
    assert romanize("جيمس ماتيس", gaz, "western").startswith("James ")

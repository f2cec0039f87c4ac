"""Round en846: a media spokesman «الناطق/المتحدث الإعلامي باسم X» takes the country and actor of the body he
speaks for («تجمع ثوار سوريا» SYRREB); a bare «المقاومة» group takes the country and sector of the resistance
body the article names («المقاومة الشعبية الجنوبية» YEMREB, «المقاومة الشعبية اليمنية» YEMMIL), else the article's
country; counter-cases: bodies of two countries, no body and no home country."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity
from rasd.events.group_lexicon import lexicon
from rasd.events.group_phrases import Found
from rasd.events.resistance_groups import resistance_body
from rasd.spans import Span


def _person(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_media_spokesman_before_the_name_takes_the_rebel_body() -> None:
    doc = analyze_news("ويرى الناطق الإعلامي باسم «تجمّع ثوار سوريا» عمر الجبلاوي أن التقدم في سهل الغاب مهم.")
    e = _person(doc, "عمر الجبلاوي")
    assert (e.country, e.actor) == ("SYR", "SYRREB")
    assert e.roles == ["الناطق الإعلامي باسم «تجمّع ثوار سوريا»"]


def test_media_spokesman_of_a_known_front() -> None:
    e = _person(analyze_news("ويرى المتحدث الإعلامي باسم جبهة ثوار سوريا خالد الحمصي أن المعركة طويلة."), "خالد الحمصي")
    assert (e.country, e.actor) == ("SYR", "SYRREB")


def test_apposed_spokesman_of_the_gathering() -> None:
    e = _person(analyze_news("وقال عمر الجبلاوي، الناطق باسم تجمع ثوار سوريا، إن المعارك تقترب من اللاذقية."), "عمر الجبلاوي")
    assert (e.country, e.actor) == ("SYR", "SYRREB")


def test_a_media_official_with_no_body_stays_open() -> None:
    doc = analyze_news("وقال الناشط الإعلامي خالد الحمصي إن المعركة طويلة.")
    assert all(e.country is None for e in doc.entities if e.type == "PERSON")


_TEXT = ("أعلنت المقاومة الشعبية الجنوبية تحرير عدن. وسيطرت المقاومة الشعبية اليمنية على تعز. "
         "وتقدمت المقاومة نحو لحج.")


def _found(text: str, at: int) -> Found:
    head = next(h for h, _ in lexicon().values() if h.form == "مقاومة")
    return Found(head, None, Span(at, at + len("المقاومة")), "المقاومة")


def _body(eid: str, name: str, actor: str, at: int, country: str = "YEM") -> Entity:
    return Entity(eid, "ORGANIZATION", name, [name], None, country, actor, [], [Span(at, at + len(name))])


def _doc(bodies: list[Entity]) -> Doc:
    doc = Doc(_TEXT)
    doc.entities = bodies
    return doc


def test_bare_resistance_takes_the_body_named_last_before_it() -> None:
    south = _body("E1", "المقاومة الشعبية الجنوبية", "YEMREB", _TEXT.index("المقاومة الشعبية الجنوبية"))
    yem = _body("E2", "المقاومة الشعبية اليمنية", "YEMMIL", _TEXT.index("المقاومة الشعبية اليمنية"))
    got = resistance_body(_doc([south, yem]), _found(_TEXT, _TEXT.rindex("المقاومة")))
    assert (got.country, got.head.sector) == ("YEM", "MIL")
    got = resistance_body(_doc([south]), _found(_TEXT, _TEXT.rindex("المقاومة")))
    assert (got.country, got.head.sector) == ("YEM", "REB")


def test_bare_resistance_before_any_body_takes_the_first() -> None:
    yem = _body("E2", "المقاومة الشعبية اليمنية", "YEMMIL", _TEXT.index("المقاومة الشعبية اليمنية"))
    got = resistance_body(_doc([yem]), _found(_TEXT, 0))
    assert (got.country, got.head.sector) == ("YEM", "MIL")


def test_bodies_of_two_countries_leave_it_open() -> None:
    south = _body("E1", "المقاومة الشعبية الجنوبية", "YEMREB", _TEXT.index("المقاومة الشعبية الجنوبية"))
    lbn = _body("E2", "المقاومة الإسلامية", "LBNREB", _TEXT.index("المقاومة الشعبية اليمنية"), "LBN")
    got = resistance_body(_doc([south, lbn]), _found(_TEXT, _TEXT.rindex("المقاومة")))
    assert (got.country, got.head.sector) == (None, "REB")


def test_a_body_of_no_country_or_of_another_head_gives_nothing() -> None:
    other = _body("E1", "الجبهة الشعبية", "YEMREB", 0)
    none = _body("E2", "المقاومة الشعبية", "MIL", _TEXT.index("المقاومة الشعبية اليمنية"), "")
    got = resistance_body(_doc([other, none]), _found(_TEXT, _TEXT.rindex("المقاومة")))
    assert (got.country, got.head.sector) == (None, "REB")


_YEMEN = ("قصفت طائرات التحالف مواقع الحوثيين في عدن.\n\n"
          "ودارت اشتباكات في محافظة أبين اليمنية.\n\n"
          "وسقطت قذائف على مدينة تعز.\n\n")


def _group(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.type == "GROUP" and e.name == name)


def test_bare_resistance_in_a_yemen_article_is_yemeni() -> None:
    e = _group(analyze_news(_YEMEN + "وذكرت المقاومة أنها سيطرت على قاعدة العند."), "المقاومة")
    assert (e.country, e.actor) == ("YEM", "YEMREB")


def test_bare_resistance_with_no_home_country_stays_open() -> None:
    e = _group(analyze_news("وذكرت المقاومة أنها سيطرت على الموقع."), "المقاومة")
    assert (e.country, e.actor) == (None, "REB")

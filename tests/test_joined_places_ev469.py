"""Round ev469: the place an event keeps when a retelling joins it (``events.joined_places``): a town inside the kept
country is the finer place; a place of another country, a kept town, or a country the kept sentence does not name
stay as they were; a narrow join fills a kept event with no place."""

from __future__ import annotations

from conftest import news_place

from rasd.doc import Entity, Event, Span
from rasd.events.joined_places import join_place, late_retold_places

PROTEST = ("تجمع المئات خارج مكتب منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين «أونروا» في {kept} أمس، "
           "للاحتجاج على احتمال خفض المساعدات للاجئين.\nوتقدم المنظمة المساعدة والحماية لنحو خمسة ملايين لاجئ "
           "فلسطيني مسجل. وتجمع نحو ألف متظاهر أمام مقر «الأونروا» في {told} للاحتجاج.")


def test_a_town_retold_inside_the_kept_country_is_kept() -> None:
    assert news_place(PROTEST.format(kept="الأردن", told="مدينة إربد"), "تجمع") == "إربد"


def test_a_retelling_in_another_country_leaves_the_kept_place() -> None:
    # counter-case: a town of another country is no finer place of the one kept
    assert news_place(PROTEST.format(kept="الأردن", told="مدينة صيدا"), "تجمع") == "الأردن"


def test_a_kept_town_is_not_replaced_by_its_country() -> None:
    # counter-case: the retelling names the wider place
    assert news_place(PROTEST.format(kept="مدينة إربد", told="الأردن"), "تجمع") == "إربد"


def _event(location: str | None, start: int = 0) -> Event:
    trigger = Span(start, start + 4)
    return Event(id="", code="141", plover="PROTEST", trigger=trigger, sentence=Span(start, start + 100),
                 location=location, triggers=[trigger])


def _entities() -> list[Entity]:
    return [Entity(id="E1", type="LOCATION", name="الأردن", country="JOR", actor="JOR", mentions=[Span(20, 26)]),
            Entity(id="E2", type="LOCATION", name="عمان", country="JOR", mentions=[Span(230, 234)]),
            Entity(id="E3", type="LOCATION", name="بيروت", country="LBN", mentions=[Span(240, 245)])]


def test_join_place_takes_the_town_of_the_named_country() -> None:
    host = _event("E1")
    join_place(host, _event("E2", 200), _entities())
    assert host.location == "E2"


def test_join_place_keeps_a_country_its_sentence_does_not_name() -> None:
    # counter-case: the kept country read elsewhere («في عدد من المدن العراقية»), its sentence not naming it
    host = _event("E1", 300)
    join_place(host, _event("E2", 200), _entities())
    assert host.location == "E1"


def test_join_place_fills_no_place_only_where_asked() -> None:
    host, told = _event(None), _event("E3", 200)
    join_place(host, told, _entities(), fill=False)
    assert host.location is None  # the dedup: no place taken from a retelling
    join_place(host, told, _entities())
    assert host.location == "E3"


RAIDS = ("شنت الطائرات التركية غارات على مواقع لتنظيم داعش {kept}أمس. وقال مسؤول عسكري إن هذه الغارات في مدينة {told} "
         "أسفرت عن مقتل 20 مسلحا.")


def test_an_act_after_a_demonstrative_gives_its_place_to_an_act_of_none() -> None:
    assert news_place(RAIDS.format(kept="", told="الموصل"), "غارات") == "الموصل"


def test_an_act_after_a_demonstrative_gives_a_town_of_the_kept_country() -> None:
    assert news_place(RAIDS.format(kept="في العراق ", told="الموصل"), "غارات") == "الموصل"


def test_an_act_after_a_demonstrative_in_another_country_leaves_the_kept_place() -> None:
    # counter-case: Aleppo is no place inside Iraq
    assert news_place(RAIDS.format(kept="في العراق ", told="حلب"), "غارات") == "العراق"


def test_an_act_of_no_place_takes_the_place_of_its_retelling_in_another_sentence() -> None:
    text = "شن تنظيم داعش هجوما على مقر الفرقة 30 أمس. وقال المرصد إن هجوم التنظيم على مقر الفرقة وقع في مدينة حلب."
    assert news_place(text, "هجوما") == "حلب"


def _noted(code: str, date: str | None, same_sentence: bool = False) -> Event:
    """An event of ``code`` and ``date`` of no place after the dedup joined to it a retelling placed in E3 (in its
    sentence or the next) and the late pass ran."""
    host, told = _event(None), _event("E3", 200)
    host.code, host.date = code, date
    if same_sentence:
        told.sentence = Span(0, 300)
        host.sentence = told.sentence
    join_place(host, told, _entities(), fill=False)
    late_retold_places([host])
    return host


def test_a_dated_act_takes_the_place_of_a_retelling_in_another_sentence() -> None:
    assert _noted("190", "2015-08-01").location == "E3"


def test_no_place_from_a_retelling_in_the_same_sentence_nor_for_a_statement_or_an_act_of_no_day() -> None:
    # counter-cases: «تستهدف حزب العمال ... العملية التي وقعت في سوروتش وأدت إلى مقتل»: another act of the sentence;
    # a statement told again far on, an act of no day: as often another occasion
    assert _noted("190", "2015-08-01", same_sentence=True).location is None
    assert _noted("010", "2015-08-01").location is None
    assert _noted("190", None).location is None
    assert "retold_place" not in _noted("010", "2015-08-01").attrs

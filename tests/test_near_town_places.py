"""Round en433: a place the lists lack, then a word of nearness and a located town («قرية دوما القريبة من نابلس»,
«بالقرب من مدينة ...»), is in the town's country (entities.containment.compass_places, function words
near_town_links); not a place near a country (it may lie across the border), nor a water body near a town («بحر
المانش قرب منطقة كاليه»). The sentences name other countries so that no rule gives the article's one country."""

from __future__ import annotations

import rasd


def _country(text: str, name: str) -> str | None:
    """The country of the place entity named ``name`` in ``text`` (fails where there is no such entity)."""
    doc = rasd.analyze(text, date="2015-08-01")
    return next(e.country for e in doc.entities if e.type == "LOCATION" and e.name == name)


def test_a_village_near_a_town_is_in_the_towns_country() -> None:
    text = ("طلبت السلطة من مجلس الأمن التحقيق في جريمة إحراق الرضيع على يد مستوطنين في قرية دوما القريبة من نابلس، "
            "وقالت إنها بدأت مشاورات مع الأردن ومصر.")
    assert _country(text, "دوما") == "PSE"


def test_a_village_near_a_town_after_its_kind_noun() -> None:
    text = "واقتحمت القوات قرية دوما بالقرب من مدينة نابلس، فيما بدأت السلطة مشاورات مع الأردن ومصر."
    assert _country(text, "دوما") == "PSE"


def test_a_village_near_a_country_takes_no_country_from_it() -> None:
    # counter-case: a village near a country may lie across its border
    text = ("طلبت السلطة من مجلس الأمن التحقيق في جريمة إحراق منزل في قرية دوما القريبة من الأردن، وقالت إنها بدأت "
            "مشاورات مع مصر.")
    assert _country(text, "دوما") is None


def test_a_sea_near_a_town_is_of_no_country() -> None:
    # counter-case: the Channel lies between two countries, whatever town it is near
    text = "وتسلل مهاجرون في النفق تحت بحر المانش قرب منطقة كاليه، وقالت بريطانيا إنها تبحث الأمر مع ألمانيا."
    assert _country(text, "بحر المانش") is None

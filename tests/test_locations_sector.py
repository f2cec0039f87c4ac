"""Round lo464: «في القاطع الشرقي للرمادي»: a sector noun (function words ``spread_nouns``: «القاطع») in a «في» phrase
with its adjective, before a town in «لـ», puts the act in that town (events.where_own.region_genitive). Hand-made
sentences (paraphrases, no article text), with counter-cases."""

from __future__ import annotations

from conftest import news_place


def test_sector_of_a_town_is_in_the_town() -> None:
    assert news_place("وأعلنت الشرطة مقتل عشرة من عناصر تنظيم داعش في القاطع الشرقي للرمادي.", "مقتل") == "الرمادي"
    text = "وقال قائد الشرطة إن القوات تتقدم في القاطع الشرقي للرمادي ومقتل العشرات من عناصر داعش خلال المواجهات."
    assert news_place(text, "المواجهات") == "الرمادي"


def test_counter_sector_with_no_town_after_it() -> None:
    assert news_place("وأعلنت الشرطة مقتل عشرة من عناصر تنظيم داعش في القاطع الشرقي.", "مقتل") is None


def test_counter_sector_past_two_adjectives_is_not_read() -> None:
    # (one adjective at most between the sector noun and the town, as for the other area words)
    text = "وأعلنت الشرطة مقتل عشرة من عناصر تنظيم داعش في القاطع الشرقي الجديد والقديم للرمادي."
    assert news_place(text, "مقتل") is None


def test_sector_object_of_a_clearing_masdar_is_in_the_town() -> None:
    # round lo473: no «في»: the sector is the object of a masdar of clearing or storming («تطهير», «اقتحام»)
    text = "وأعلن قائد الشرطة عن تقدم القوات بمعارك تطهير القاطع الشرقي للرمادي ومقتل العشرات من عناصر داعش."
    assert news_place(text, "ومقتل") == "الرمادي"
    text = "وأعلن قائد الشرطة عن تقدم القوات بعمليات تمشيط المناطق الشمالية للفلوجة ومقتل العشرات من عناصر داعش."
    assert news_place(text, "ومقتل") == "الفلوجة"


def test_counter_masdar_object_that_is_no_area() -> None:
    # (the object of «تحرير» is a target, no area: «تحرير الرهائن»), nor an area with no masdar of clearing before it
    text = "وأعلن قائد الشرطة عن تقدم القوات بمعارك تحرير الرهائن للرمادي ومقتل العشرات من عناصر داعش."
    assert news_place(text, "ومقتل") is None
    text = "وأعلن قائد الشرطة عن تقدم القوات بمعارك مع القاطع الشرقي للرمادي ومقتل العشرات من عناصر داعش."
    assert news_place(text, "ومقتل") is None

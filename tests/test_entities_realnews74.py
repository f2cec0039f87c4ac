"""Entities, round 74: a sea, a gulf or a strait named after a place («بحر الصين الجنوبي», «خليج عدن») is one
place of no country, not the country or the city in its name, and a saying is not placed in the sea it names;
«مجلس الشورى» alone is the council of the article's state (not «مجلس الشورى القيادي» of a movement), and the
body whose decision is cited («في قرار مجلس الشورى») is no doer of an act told after it."""

from __future__ import annotations

from conftest import analyze_news, entity_named, entity_of_mention, names_of_type, news_arg, news_place


def test_a_sea_named_after_a_country_is_one_place_of_no_country() -> None:
    doc = analyze_news("ودعت واشنطن إلى وقف إقامة الجزر الصناعية في بحر الصين الجنوبي أمس.")
    sea = entity_of_mention(doc, "بحر الصين الجنوبي")
    assert (sea.type, sea.name, sea.country) == ("LOCATION", "بحر الصين الجنوبي", None)
    assert "الصين" not in names_of_type(doc, "LOCATION")


def test_the_country_outside_the_sea_name_stays_the_country() -> None:
    doc = analyze_news("وتطالب الصين بالسيادة على أجزاء واسعة من بحر الصين الجنوبي.")
    assert entity_named(doc, "الصين").country == "CHN"
    assert len(entity_named(doc, "الصين").mentions) == 1


def test_a_gulf_after_a_proclitic_is_the_gulf_not_the_city() -> None:
    doc = analyze_news("وتقع القاعدة في موقع مهم محاذ لخليج عدن، بينما تقدمت القوات نحو عدن.")
    gulf = entity_of_mention(doc, "خليج عدن")
    assert (gulf.name, gulf.country) == ("خليج عدن", None)
    assert entity_named(doc, "عدن").country == "YEM"


def test_a_sea_head_with_no_place_after_it_makes_nothing() -> None:
    doc = analyze_news("وسيصل الوزير إلى الرياض في بحر الأسبوع المقبل.")
    assert not any(e.name.startswith("بحر") for e in doc.entities)


def test_a_demand_about_a_sea_is_placed_where_it_was_made() -> None:
    place = news_place("وطالبت الولايات المتحدة الصين بوقف أنشطتها في بحر الصين الجنوبي، خلال المحادثات في "
                       "كوالالمبور.", "وطالبت")
    assert place == "كوالالمبور"


def test_a_naval_clash_in_a_sea_is_placed_in_the_sea() -> None:
    place = news_place("واشتبكت سفن صينية مع قارب فيتنامي في بحر الصين الجنوبي أمس.", "واشتبكت")
    assert place == "بحر الصين الجنوبي"


def test_the_shura_council_alone_is_the_article_state_council() -> None:
    doc = analyze_news("الرياض - واس: قرر مجلس الوزراء السعودي في جلسته أمس، بعد النظر في قرار مجلس الشورى رقم 12، "
                       "الموافقة على مذكرة تفاهم بين السعودية والأردن.")
    council = entity_named(doc, "مجلس الشورى")
    assert (council.type, council.country, council.actor) == ("ORGANIZATION", "SAU", "SAULEG")


def test_a_movement_leading_council_is_not_the_state_council() -> None:
    doc = analyze_news("وقالت حركة طالبان في بيان إن «مجلس الشورى القيادي اجتمع مع العلماء في أفغانستان».")
    assert not any(e.actor == "AFGLEG" or e.name == "مجلس الشورى" for e in doc.entities)


def test_a_military_council_named_by_the_shura_head_is_no_legislature() -> None:
    doc = analyze_news("أنقرة - «الشرق الأوسط»: ويستمر اجتماع مجلس الشورى العسكري في تركيا حتى الأربعاء.")
    assert not any(e.actor is not None and e.actor.endswith("LEG") for e in doc.entities)


def test_the_body_whose_decision_is_cited_does_not_give_the_aid() -> None:
    text = ("وبعد النظر في قرار مجلس الشورى رقم 12، قرر مجلس الوزراء الموافقة على اتفاقية بين السعودية وألمانيا "
            "في شأن تقديم المساعدة لتدريب حرس الحدود.")
    assert news_arg(text, "تقديم المساعدة") != "مجلس الشورى"

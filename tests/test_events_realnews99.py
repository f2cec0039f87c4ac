"""Round 99 of real news: arrivals of forces, ships and things are no visits (CAMEO 042 is a visit of one actor to
another); a town, a base, a port or a palace is where a visit is, not whom it visits, while a country and its capital
stay the one visited; «قرية الزيارة» is a village. Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

from conftest import event_arg, news_codes, news_event, news_place


def _visits(text: str) -> list[str]:
    return [t for t, code in news_codes(text) if code == "042"]


def test_new_units_reaching_a_base_visit_no_one() -> None:
    assert _visits("وقال مصدر عسكري إن وحدات عسكرية جديدة وصلت إلى قاعدة العند الجوية في محافظة لحج.") == []


def test_units_antecedent_of_a_relative_arrival_visit_no_one() -> None:
    assert _visits("وكشف مصدر عن هوية الوحدات العسكرية الجديدة التي وصلت إلى محيط قاعدة العند الجوية.") == []


def test_ships_reaching_a_port_visit_no_one() -> None:
    assert _visits("وقال المسؤول إن بواخر تصل إلى ميناء المعلا محملة بالأغذية.") == []


def test_aid_plane_after_place_and_time_visits_no_one() -> None:
    assert _visits("ووصلت إلى مطار عدن الدولي أمس طائرة إماراتية محملة بالأدوية.") == []


def test_aid_directed_to_a_town_is_no_visit_of_the_speaker() -> None:
    assert _visits("وأشار المسؤول إلى تفعيل الرقابة على المساعدات الإنسانية التي توجه إلى عدن.") == []


def test_army_reaching_a_district_is_no_visit_of_the_speaker() -> None:
    text = "وقال العميد إن تعز شبه محررة، والجيش الوطني مدعوما بالمقاومة وصل إلى منطقة الحوبان."
    assert _visits(text) == []


def test_army_told_as_reinforcement_is_a_show_of_force() -> None:
    doc, ev = news_event("ووصل الجيش المصري إلى مدينة رفح لتعزيز الانتشار الأمني فيها.", "ووصل")
    assert (ev.code, ev.plover) == ("154", "MOBILIZE")
    assert event_arg(doc, ev, "source") == "الجيش المصري"
    assert ev.target is None and doc.entity(ev.location).name == "رفح"


def test_army_arriving_without_reinforcement_is_no_event() -> None:
    assert news_codes("ووصل الجيش المصري إلى مدينة رفح أمس.") == []


def test_leader_arriving_in_a_town_visits_no_one_there() -> None:
    text = "ووصل رئيس الوزراء اليمني خالد بحاح إلى مدينة عدن أمس."
    doc, ev = news_event(text, "ووصل")
    assert ev.code == "042"
    assert event_arg(doc, ev, "source") == "خالد بحاح"
    assert ev.target is None
    assert news_place(text, "ووصل") == "عدن"


def test_palace_visited_is_no_target() -> None:
    doc, ev = news_event("وزار الملك سلمان قصر رأس التين في الإسكندرية.", "وزار")
    assert ev.code == "042" and event_arg(doc, ev, "source") == "سلمان"
    assert ev.target is None and ev.location is not None


def test_country_visited_stays_the_target() -> None:
    doc, ev = news_event("وزار الرئيس المصري عبد الفتاح السيسي ألمانيا الشهر الماضي.", "وزار")
    assert event_arg(doc, ev, "target") == "ألمانيا"


def test_capital_visited_stays_the_target() -> None:
    doc, ev = news_event("ووصل وزير الخارجية الأميركي جون كيري إلى القاهرة أمس.", "ووصل")
    assert event_arg(doc, ev, "source") == "جون كيري"
    assert event_arg(doc, ev, "target") == "القاهرة"


def test_traveller_on_board_a_plane_still_visits() -> None:
    text = "ووصل وزير الخارجية اليمني رياض ياسين إلى القاهرة على متن طائرة سعودية."
    doc, ev = news_event(text, "ووصل")
    assert ev.code == "042" and event_arg(doc, ev, "source") == "رياض ياسين"


def test_village_named_ziyara_is_no_visit() -> None:
    assert _visits("وشنت القوات هجوما انطلاقا من قرية الزيارة بريف حماة الغربي.") == []


def test_ziyara_in_a_list_of_places_is_no_visit() -> None:
    assert _visits("ودارت اشتباكات في محيط المشيك والزيارة وتل واسط في سهل الغاب.") == []


def test_the_visit_noun_without_a_settlement_before_it_is_a_visit() -> None:
    assert _visits("وأكد الرئيس أن الزيارة إلى الأردن تأتي في وقت مهم.") == ["الزيارة"]


def test_forces_told_before_a_comma_arrive_no_visit() -> None:
    text = "وقال العميد إن قواتنا المنقسمة على محورين، الأول في الشمال قد وصلت إلى منطقة الحسيني."
    assert _visits(text) == []


def test_a_team_arriving_with_no_force_in_its_sentence_still_arrives() -> None:
    text = "وذكر المسؤول الذي يعمل ضمن فريق الحكومة الذي وصل إلى مدينة عدن أن العمل يجري حاليا."
    assert _visits(text) == ["وصل إلى"]

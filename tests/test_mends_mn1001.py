"""Round mn1001: the talks at a tour's stop stay their own event; a toll after an air strike, fire or shelling (19x)
joins it; «قدم/سلم/أبلغ + act noun» give the act its source. Hand-made Arabic sentences."""

from __future__ import annotations

from conftest import cached_news, event_at, event_with_trigger_at


def _name(doc, eid):  # type: ignore[no-untyped-def]
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else None


TOUR = ("وسيلتقي لافروف نظيره الصيني في بكين الأسبوع المقبل. وكان لافروف غادر أمس موسكو في جولة تشمل محطات عدة، "
        "استهلها بالجزائر لإجراء محادثات مع المسؤولين الجزائريين.")


def test_stop_talks_kept_apart_from_later_meeting() -> None:
    doc = cached_news(TOUR)
    talks = event_at(doc, "محادثات")
    assert talks.code == "040"
    assert _name(doc, talks.source) == "لافروف" or "لافروف" in str(_name(doc, talks.source))
    assert _name(doc, talks.location) == "الجزائر"
    meet = event_with_trigger_at(doc, "وسيلتقي")
    assert all(t.start != doc.text.index("محادثات") for t in meet.triggers)


def test_stop_talks_place_in_tour_sentence() -> None:
    doc = cached_news("غادر وزير الخارجية الفرنسي لوران فابيوس باريس أمس في جولة إقليمية، بدأها بتونس لإجراء "
                      "محادثات مع المسؤولين التونسيين.")
    talks = event_at(doc, "محادثات")
    assert _name(doc, talks.location) == "تونس"
    assert talks.modality == "planned"


def test_toll_joins_air_force_strike() -> None:
    doc = cached_news("استهدف سلاح الجو الأردني رتلا لتنظيم داعش قرب الرقة أمس، أسفر عن مقتل عشرة مسلحين.")
    codes = [e.code for e in doc.events]
    assert codes == ["195"]
    assert len(doc.events[0].triggers) == 2


def test_toll_joins_raid_with_shared_doer() -> None:
    doc = cached_news("شنت الطائرات الروسية غارة على مواقع المعارضة في إدلب أمس، أسفرت عن مقتل ستة مدنيين.")
    assert [e.code for e in doc.events] == ["195"]
    ev = doc.events[0]
    assert _name(doc, ev.location) == "إدلب"
    assert any(doc.text[t.start : t.end] == "مقتل" for t in ev.triggers)


def test_toll_after_shelling_joins() -> None:
    doc = cached_news("قصفت المدفعية التركية قرى في ريف حلب أمس، ما أدى إلى مقتل أربعة مدنيين.")
    assert [e.code for e in doc.events] == ["194"]


def test_lodged_protest_source() -> None:
    doc = cached_news("وقدمت الجزائر احتجاجا رسميا إلى المغرب على تصريحات وزير خارجيته.")
    ev = event_at(doc, "احتجاجا")
    assert ev.code == "114"
    assert _name(doc, ev.source) == "الجزائر"


def test_handed_protest_is_lodged_with_source() -> None:
    doc = cached_news("وسلمت وزارة الخارجية التونسية احتجاجا رسميا للسفير الليبي.")
    ev = event_at(doc, "احتجاجا")
    assert ev.code == "114"
    assert "الخارجية" in str(_name(doc, ev.source))


def test_informed_protest_is_lodged() -> None:
    doc = cached_news("وأبلغت الحكومة المصرية السفير التركي احتجاجها الشديد على اعتقال الصيادين.")
    ev = event_at(doc, "احتجاجها")
    assert ev.code == "114"
    assert ev.source is not None


def test_clash_toll_not_joined_to_shelling_before() -> None:
    doc = cached_news("قصفت الميليشيات الحوثية أحياء في مدينة تعز أمس، وقال شهود إن مواجهات عنيفة دارت في المدينة، "
                      "وإن قتلى وجرحى سقطوا في صفوف الحوثيين.")
    shelling = event_at(doc, "قصفت")
    assert shelling.code == "194"
    assert all(doc.text[t.start : t.end] != "قتلى" for t in shelling.triggers)
    assert event_at(doc, "قتلى").code == "190"


def test_surrender_verb_gives_clashes_no_source() -> None:
    doc = cached_news("وقال إن عشرات من الجنود سلموا أنفسهم طوعا أثناء المواجهات في المدينة.")
    assert event_at(doc, "المواجهات").source is None


def test_possible_toll_not_joined_to_strikes_told() -> None:
    doc = cached_news("وأعرب الوزير عن قلقه من الغارات الجوية الروسية التي قد تسفر عن مقتل مدنيين.")
    raids = event_at(doc, "الغارات الجوية")
    assert raids.code == "195"
    assert all(doc.text[t.start : t.end] != "مقتل" for t in raids.triggers)

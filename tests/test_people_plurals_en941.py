"""Round en941: a country's people named by the plural of its nisba («قطريين», «الإيرانيون») as an event's party.

- «فرضت الوزارة عقوبات على كويتيين بتهمة ...»: the «على» phrase before a charge word, with no name in it, is the
  target's phrase, so the groups stage reads the people there (events.misplaced).
- «والإيرانيون رفضوا»: a subject whose token holds the conjunction «و» is read as a group all the same
  (events.group_phrases.read_phrase).
"""

from __future__ import annotations

from conftest import cached_news as run
from conftest import event_at as event
from conftest import event_party as party


def test_sanctions_on_a_people_before_a_charge_target_that_people() -> None:
    doc = run("فرضت وزارة الخزانة البريطانية أمس عقوبات على قطريين بتهمة تمويل تنظيم داعش.")
    ev = event(doc, "فرضت")
    tgt = party(doc, ev, "target")
    assert tgt is not None and (tgt.type, tgt.name, tgt.actor, tgt.country) == ("GROUP", "قطريين", "QAT", "QAT")
    src = party(doc, ev, "source")
    assert src is not None and src.actor == "GBRGOV"


def test_sanctions_on_unnamed_businessmen_before_a_charge_target_them() -> None:
    doc = run("وفرضت الحكومة عقوبات على رجال أعمال بتهمة تمويل تنظيم داعش.")
    tgt = party(doc, event(doc, "وفرضت"), "target")
    assert tgt is not None and (tgt.type, tgt.actor) == ("GROUP", "BUS")


def test_the_financed_body_past_the_charge_is_still_no_target() -> None:
    doc = run("وفرضت الوزارة عقوبات على رجلين بتهمة تمويل جبهة النصرة في سوريا.")
    ev = event(doc, "وفرضت")
    tgt = party(doc, ev, "target")
    assert tgt is None or tgt.name != "جبهة النصرة"
    assert ev.target is None  # (two men: no group of the lexicon)


def test_a_named_body_in_the_ala_phrase_stays_the_target() -> None:
    doc = run("وفرضت الوزارة عقوبات على حزب الله بتهمة تمويل الهجمات.")
    tgt = party(doc, event(doc, "وفرضت"), "target")
    assert tgt is not None and tgt.name == "حزب الله" and tgt.actor == "LBNREB"


def test_a_people_after_the_conjunction_is_the_source() -> None:
    doc = run("والإيرانيون رفضوا العرض الأوروبي أمس.")
    src = party(doc, event(doc, "رفضوا"), "source")
    assert src is not None and (src.type, src.name, src.actor, src.country) == ("GROUP", "الإيرانيون", "IRN", "IRN")


def test_protesters_after_the_conjunction_are_the_source() -> None:
    doc = run("والعراقيون تظاهروا أمس في بغداد ضد الحكومة.")
    src = party(doc, event(doc, "تظاهروا"), "source")
    assert src is not None and (src.name, src.actor) == ("العراقيون", "IRQ")


def test_officials_with_a_country_adjective_stay_their_government() -> None:
    doc = run("والمسؤولون الأميركيون رفضوا العرض الإيراني أمس.")
    src = party(doc, event(doc, "رفضوا"), "source")
    assert src is not None and (src.name, src.actor) == ("المسؤولون الأميركيون", "USAGOV")


def test_the_second_people_of_a_meeting_between_two_is_its_target() -> None:
    doc = run("وأكدت المصادر أن الاجتماعات بين الأتراك والإيرانيين استمرت ثلاثة أيام في العاصمة.")
    tgt = party(doc, event(doc, "الاجتماعات"), "target")
    assert tgt is not None and (tgt.type, tgt.actor) == ("GROUP", "IRN")


def test_the_group_inside_a_conjoined_phrase_keeps_its_own_reading() -> None:
    doc = run("وتواصلت المواجهات بين القوات الحكومية، وميليشيات المتمردين في ريف المدينة.")
    tgt = party(doc, event(doc, "المواجهات"), "target")
    assert tgt is not None and (tgt.name, tgt.actor) == ("المتمردين", "REB")  # (not the militias, UAF)


def test_a_phrase_past_a_preposition_keeps_its_inner_group() -> None:
    doc = run("وتفقد المحافظ أحياء المدينة أمس، وأشاد بصمود الأهالي طيلة الأشهر الماضية.")
    tgt = party(doc, event(doc, "وأشاد"), "target")
    assert tgt is not None and (tgt.type, tgt.name) == ("GROUP", "الأهالي")

"""Round lo541: an act of force aimed at a dual place anaphor («السيطرة على المحافظتين», «قصف المدينتين») with no
target of its own is one event per place of the pair told before, each its target and its place; a pair told
without the dual construct («في الرمادي والفلوجة») counts where it is exactly two places of one kind. Counter-cases:
«في المدينتين» (a place, not an aim) keeps one event at the first; three places, places of two kinds, two
countries «بين البلدين» and an act with a target of its own stay as they were."""

from __future__ import annotations

from rasd.doc import Doc

import rasd


def _roles(doc: Doc, trigger: str) -> list[tuple[str | None, str | None]]:
    """(target name, place name) of each event triggered by ``trigger``, in order."""
    out: list[tuple[str | None, str | None]] = []
    for ev in doc.events:
        if doc.text[ev.trigger.start:ev.trigger.end] != trigger:
            continue
        tgt = doc.entity(ev.target) if ev.target is not None else None
        loc = doc.entity(ev.location) if ev.location is not None else None
        out.append((tgt.name if tgt else None, loc.name if loc else None))
    return out


def test_control_of_two_provinces_is_two_events() -> None:
    doc = rasd.analyze("وأكد القائد أن القوات تتقدم داخل محافظتي تعز وأبين، وسيتم السيطرة على المحافظتين "
                       "قريبا.", date="2015-05-01")
    assert _roles(doc, "السيطرة") == [("تعز", "تعز"), ("أبين", "أبين")]
    assert [ev.id for ev in doc.events] == [f"V{n}" for n in range(1, len(doc.events) + 1)]


def test_shelling_of_bare_pair() -> None:
    doc = rasd.analyze("وسيطرت القوات على حلب وإدلب. وأعلن الجيش قصف المدينتين بالمدفعية.", date="2015-05-01")
    assert _roles(doc, "قصف") == [("حلب", "حلب"), ("إدلب", "إدلب")]


def test_in_the_two_towns_stays_one_event() -> None:
    doc = rasd.analyze("وتقدمت القوات في مدينتي الرمادي والفلوجة أمس. "
                       "وقصفت الطائرات مواقع المسلحين في المدينتين.", date="2015-05-01")
    assert _roles(doc, "وقصفت") == [("المسلحين", "الرمادي")]  # round ev575: «مواقع المسلحين»: the gunmen are hit


def test_three_towns_no_pair() -> None:
    doc = rasd.analyze("وتقدمت القوات في الرمادي والفلوجة وبيجي أمس. "
                       "وقصفت الطائرات مواقع المسلحين في المدينتين.", date="2015-05-01")
    assert _roles(doc, "وقصفت") == [("المسلحين", None)]  # round ev575: «مواقع المسلحين»


def test_two_kinds_no_pair() -> None:
    doc = rasd.analyze("وتقدمت القوات في تعز وأبين أمس. وسيتم السيطرة على المحافظتين قريبا.", date="2015-05-01")
    assert _roles(doc, "السيطرة") == [(None, None)]


def test_two_countries_as_parties_stay() -> None:
    doc = rasd.analyze("وتوترت العلاقات بين السعودية وإيران أمس. واندلعت اشتباكات بين البلدين على الحدود.",
                       date="2015-05-01")
    # no place made of the pair; since session 52's round ev902 (``sides_between``) the two sides of «بين البلدين»
    # are the clash's parties: Saudi Arabia its source, Iran its target
    assert _roles(doc, "اشتباكات") == [("إيران", None)]
    ev = next(e for e in doc.events if doc.text[e.trigger.start:e.trigger.end] == "اشتباكات")
    src = doc.entity(ev.source) if ev.source is not None else None
    assert src is not None and src.name == "السعودية"


def test_two_countries_are_no_town_pair() -> None:
    doc = rasd.analyze("واندلعت اشتباكات بين السعودية وإيران أمس. وقصفت الطائرات المدينتين.", date="2015-05-01")
    assert _roles(doc, "وقصفت") == [(None, None)]


def test_own_target_keeps_one_event() -> None:
    doc = rasd.analyze("وتقدمت القوات في مدينتي الرمادي والفلوجة أمس. "
                       "وهاجمت الطائرات تنظيم داعش على المدينتين.", date="2015-05-01")
    assert [t for t, _ in _roles(doc, "وهاجمت")] == ["تنظيم داعش"]

"""Round lo526: a dual place anaphor («في المدينتين المذكورتين», «السيطرة على المحافظتين») after an act of force
with no place is where the pair told just before with the same dual in construct is («مدينتي الرمادي والفلوجة»):
the first of the two (rasd gives an event one place). Counter-cases: a pair told without the construct dual, two
pairs, another place word, or an act with a place of its own keep their place. Also the sides of «بين X وعناصر من
Y»: the second side is the body after «عناصر/أعضاء/مسلحين من» (clash_sides, kept as it is)."""

from __future__ import annotations

from rasd.doc import Doc, Event

import rasd


def _event(doc: Doc, trigger: str) -> Event:
    """The one event whose trigger text is ``trigger``."""
    found = [ev for ev in doc.events if doc.text[ev.trigger.start:ev.trigger.end] == trigger]
    assert len(found) == 1
    return found[0]


def _place(doc: Doc, trigger: str) -> str | None:
    """The name of the place of the event triggered by ``trigger``."""
    loc = _event(doc, trigger).location
    ent = doc.entity(loc) if loc is not None else None
    return ent.name if ent is not None else None


def _sides(doc: Doc, trigger: str) -> tuple[str | None, str | None]:
    """(source name, target name) of the event triggered by ``trigger``."""
    ev = _event(doc, trigger)
    src = doc.entity(ev.source) if ev.source is not None else None
    tgt = doc.entity(ev.target) if ev.target is not None else None
    return (src.name if src else None, tgt.name if tgt else None)


def test_pair_in_sentence_before() -> None:
    doc = rasd.analyze("وتقدمت القوات الحكومية في مدينتي الرمادي والفلوجة أمس. "
                       "وقصفت الطائرات مواقع المسلحين في المدينتين المذكورتين.", date="2015-05-01")
    assert _place(doc, "وقصفت") == "الرمادي"


def test_pair_in_same_sentence() -> None:
    # round lo541: «السيطرة على المحافظتين» aims at the two: one event per province (tests/test_dual_targets_lo541.py)
    doc = rasd.analyze("وقال المتحدث إن المقاومة تتقدم داخل محافظتي تعز وأبين، وسيتم السيطرة على المحافظتين "
                       "خلال أيام.", date="2015-05-01")
    places = [doc.entity(ev.location) for ev in doc.events if doc.text[ev.trigger.start:ev.trigger.end] == "السيطرة"]
    assert [p.name for p in places if p is not None] == ["تعز", "أبين"]


def test_pair_without_construct_dual() -> None:
    # round lo541: two towns of one kind joined by «و» are a pair too (was None)
    doc = rasd.analyze("وتقدمت القوات الحكومية في الرمادي والفلوجة أمس. "
                       "وقصفت الطائرات مواقع المسلحين في المدينتين المذكورتين.", date="2015-05-01")
    assert _place(doc, "وقصفت") == "الرمادي"


def test_two_pairs_give_none() -> None:
    doc = rasd.analyze("وتقدمت القوات في مدينتي الرمادي والفلوجة وفي مدينتي تكريت وبيجي أمس. "
                       "وقصفت الطائرات مواقع المسلحين في المدينتين المذكورتين.", date="2015-05-01")
    assert _place(doc, "وقصفت") is None


def test_other_place_word_gives_none() -> None:
    doc = rasd.analyze("وتقدمت القوات الحكومية في مدينتي الرمادي والفلوجة أمس. "
                       "وقصفت الطائرات مواقع المسلحين في المحافظتين.", date="2015-05-01")
    assert _place(doc, "وقصفت") is None


def test_own_place_stands() -> None:
    doc = rasd.analyze("وتقدمت القوات الحكومية في مدينتي الرمادي والفلوجة أمس. "
                       "وقصفت الطائرات مواقع المسلحين في بيجي قرب المدينتين.", date="2015-05-01")
    assert _place(doc, "وقصفت") == "بيجي"


def test_clash_with_members_of_body() -> None:
    doc = rasd.analyze("اندلعت اشتباكات عنيفة بين الجيش العراقي وعناصر من تنظيم داعش في مدينة الرمادي أمس.",
                       date="2015-05-01")
    assert _sides(doc, "اشتباكات") == ("الجيش العراقي", "تنظيم داعش")


def test_clash_with_gunmen_of_body() -> None:
    doc = rasd.analyze("وأفادت مصادر بوقوع مواجهات بين الجيش اللبناني ومسلحين من تنظيم القاعدة قرب طرابلس.",
                       date="2015-05-01")
    assert _sides(doc, "مواجهات") == ("الجيش اللبناني", "تنظيم القاعدة")


def test_clash_with_gunmen_of_country_has_no_target() -> None:
    doc = rasd.analyze("وأفادت مصادر بوقوع مواجهات بين الجيش اللبناني ومسلحين من سوريا قرب عرسال.",
                       date="2015-05-01")
    # session 54 (en941): «ومسلحين» is now read as the unidentified gunmen (UAF), not as Syria the country
    assert _sides(doc, "مواجهات") == ("الجيش اللبناني", "مسلحين")
    tgt = doc.entity(_event(doc, "مواجهات").target or "")
    assert tgt is not None and tgt.actor == "UAF" and tgt.country is None

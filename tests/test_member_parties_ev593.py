"""Round ev593: a named party inside the target phrase. Soldiers, officers, leaders and rebels of a named body are
that body (``member_target_nouns``: «جنود», «ضباط», «قادة», «متمردي»), and fighters «من فصائل ... بينها/ومنها» a
named group are that group; counts of people, a town, unnamed factions and the source's own group stay as they were."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc


def _name(doc: Doc, eid: str | None) -> str | None:
    return next((e.name for e in doc.entities if e.id == eid), None)


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    """(code, source name, target name or unnamed target phrase) of each event."""
    doc = analyze_news(text)
    out = []
    for e in doc.events:
        tgt = e.unnamed("target", doc.text)
        out.append((e.code, _name(doc, e.source), _name(doc, e.target) or (tgt and str(tgt["text"]))))
    return out


def test_fighters_from_factions_among_them_a_named_group() -> None:
    assert _events("وقال المرصد إن اشتباكات اندلعت بين «جبهة النصرة» ومقاتلين من فصائل مقاتلة بينها «حركة حزم» "
                   "في ريف حلب.") == [("193", "جبهة النصرة", "حركة حزم")]


def test_fighters_from_factions_wa_minha_after_a_comma() -> None:
    assert _events("وهاجم تنظيم داعش مقاتلين من فصائل معارضة، ومنها «جيش الإسلام»، قرب دمشق.") == [
        ("190", "تنظيم داعش", "جيش الإسلام")]


def test_soldiers_of_a_named_force() -> None:
    assert _events("وقتلت القوات العراقية خمسة جنود من الحرس الثوري الإيراني في هجوم قرب الحدود.") == [
        ("190", "القوات العراقية", "الحرس الثوري الإيراني")]


def test_officers_of_a_named_army() -> None:
    assert _events("وقتل مسلحون ثلاثة ضباط من الجيش اللبناني في طرابلس.") == [
        ("190", "مسلحون", "الجيش اللبناني")]


def test_leaders_of_a_named_group_arrested() -> None:
    assert _events("واعتقلت الشرطة قادة من جماعة الإخوان المسلمين.") == [
        ("173", "الشرطة", "جماعة الإخوان المسلمين")]


def test_count_of_people_stays_text() -> None:
    assert _events("وقتلت القوات الحكومية 32 شخصا من سكان القرية.") == [
        ("190", "القوات الحكومية", "32 شخصا من سكان القرية")]


def test_factions_with_no_named_group_stay_text() -> None:
    assert _events("وهاجم تنظيم داعش مقاتلين من فصائل مقاتلة في ريف حلب.") == [("190", "تنظيم داعش", "مقاتلين")]


def test_own_group_never_the_target() -> None:
    assert _events("وهاجمت «جبهة النصرة» مقاتلين من فصائل مقاتلة بينها «جبهة النصرة».") == [
        ("190", "جبهة النصرة", "مقاتلين")]


def test_opposition_forces_are_the_named_oppositions_armed_men() -> None:
    # «قوات المعارضة» held as text where the article names «المعارضة السورية»: the armed opposition of its country
    # (round en613: SYRREB, not the political body SYROPP)
    doc = analyze_news("وقالت المعارضة السورية إن قوات النظام قصفت المدينة. وشنت الطائرات غارات على قوات المعارضة "
                       "في حمص.")
    ev = next(e for e in doc.events if e.code == "195")
    ent = next(e for e in doc.entities if e.id == ev.target)
    assert (ent.name, ent.actor) == ("قوات المعارضة", "SYRREB")


def test_army_forces_not_the_free_army() -> None:
    # «الجيش السوري الحر» is more than the head and a country's adjective: «قوات الجيش» stays unnamed
    assert _events("وقال الجيش السوري الحر إن قوات الجيش قصفت المدينة. وشنت الطائرات غارات على قوات الجيش في حمص.")[
        -1] == ("195", None, "قوات الجيش")

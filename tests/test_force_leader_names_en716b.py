"""Round en716b: the leader named inside «القوات الموالية لـ X» still lends his given name and his surname to the
article's other names: «علي | شايف الحريري» takes «علي» in, and «هادي» alone later is the leader."""

from __future__ import annotations

import rasd


def _ents(text: str, date: str = "2015-08-04") -> dict[str, tuple[str, str | None, str | None]]:
    doc = rasd.analyze(text, date=date)
    return {e.name: (e.type, e.country, e.actor) for e in doc.entities}


def test_leaders_given_name_opens_another_name() -> None:
    ents = _ents("وأعدمت الميليشيات والقوات الموالية للمخلوع علي عبد الله صالح عددا من الأسرى. وقال المتحدث باسم "
                 "المقاومة الجنوبية، علي شايف الحريري، إن الميليشيات ارتكبت جريمة.")
    assert ents["القوات الموالية للمخلوع علي عبد الله صالح"] == ("ORGANIZATION", "YEM", "YEMREB")
    assert ents["علي شايف الحريري"][0] == "PERSON"
    assert "شايف الحريري" not in ents


def test_given_name_of_no_leader_is_not_taken() -> None:
    # (counter-case: «عبد ربه» is no given name «علي»; the tagger's «شايف الحريري» stays as found)
    ents = _ents("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو عدن. وقال المتحدث باسم "
                 "المقاومة الجنوبية، علي شايف الحريري، إن المعارك مستمرة.")
    assert ents["القوات الموالية للرئيس عبد ربه منصور هادي"] == ("ORGANIZATION", "YEM", "YEMMIL")
    assert "علي شايف الحريري" not in ents


def test_leaders_surname_alone_later_is_the_leader() -> None:
    ents = _ents("وتقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو المطار. وقال هادي إن المعركة ستنتهي قريبا.")
    assert ents["عبد ربه منصور هادي"] == ("PERSON", "YEM", "YEMGOV")  # (en802: «هادي» joins his own mention)
    assert "هادي" not in ents
    # counter-case: with no forces of his named, «هادي» alone stays unplaced
    ents = _ents("وتقدمت القوات الحكومية نحو المطار. وقال هادي إن المعركة ستنتهي قريبا.")
    assert ents.get("هادي", ("PERSON", None, None))[1:] == (None, None)

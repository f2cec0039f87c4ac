"""Round ev995: a bare police, security forces, authorities or an unnamed court take the country of the report
where it is clear (the civilians' evidence of round en975), and none where the places are of two countries."""

from __future__ import annotations

from conftest import cached_news, event_at, event_party


def _source_actor(text: str, trigger: str) -> str | None:
    doc = cached_news(text)
    party = event_party(doc, event_at(doc, trigger), "source")
    return party.actor if party is not None else None


def test_bare_police_takes_its_sentence_country() -> None:
    assert _source_actor("واعتقلت الشرطة أربعة شبان في مدينة أضنة عقب مشاجرة عنيفة.", "واعتقلت") == "TURCOP"


def test_bare_security_forces_take_their_sentence_country() -> None:
    assert _source_actor("وداهمت قوات الأمن منزلا في الموصل فجر اليوم.", "وداهمت") == "IRQCOP"


def test_bare_authorities_take_their_sentence_country() -> None:
    assert _source_actor("واقتحمت السلطات مقر جمعية خيرية في أضنة.", "واقتحمت") == "TURGOV"


def test_police_in_two_countries_stays_of_none() -> None:
    assert _source_actor("واعتقلت الشرطة أربعة شبان في أضنة بعد تفجير في أربيل.", "واعتقلت") == "COP"


def test_unnamed_court_is_the_country_judiciary() -> None:
    doc = cached_news("وحكم على تاجر بالسجن سبع سنوات في الإسكندرية بتهمة الاحتيال.")
    ev = event_at(doc, "وحكم")
    court = event_party(doc, ev, "source")
    assert (ev.code, court.actor, court.name, court.latin) == ("173", "EGYJUD", "السلطات القضائية",
                                                               "Egyptian judicial authorities")


def test_unnamed_court_in_two_countries_has_no_source() -> None:
    doc = cached_news("وحكم على تاجر بالسجن سبع سنوات في الإسكندرية بعد عودته من بغداد.")
    assert event_at(doc, "وحكم").source is None

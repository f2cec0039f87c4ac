"""Round en815: a bare «الحكومة» of no nisba is the government of the one state the article is about (where its
paragraph names no other state), and a leader's noun in construct with a body right before a name («زعيم التنظيم
السابق X») gives the person the body's country and actor."""

from __future__ import annotations

import rasd

_TUNIS = ("أعلنت وزارة الداخلية التونسية اعتقال خمسة متطرفين في تونس. وقال رئيس الحكومة التونسية الحبيب الصيد إن "
          "تونس ستواصل الحرب على الإرهاب في تونس.\n\n")
_QAEDA = "قتل عدد من قادة تنظيم القاعدة في غارات جوية. "


def _codes(text: str, name: str) -> tuple[str | None, str | None]:
    doc = rasd.analyze(text, "2015-08-01")
    e = next(e for e in doc.entities if e.name == name)
    return e.country, e.actor


def test_bare_government_takes_the_article_state() -> None:
    text = _TUNIS + "كما أعلنت الحكومة عن رصد ميزانية إضافية لوزارة الدفاع."
    assert _codes(text, "الحكومة") == ("TUN", "TUNGOV")


def test_bare_government_alone_stays_open() -> None:
    assert _codes("وأعلنت الحكومة عن رصد ميزانية إضافية لوزارة الدفاع.", "الحكومة") == (None, "GOV")


def test_bare_government_beside_another_state_stays_open() -> None:
    text = _TUNIS + "كما أعلنت الحكومة عن رصد ميزانية إضافية بعد لقاء مع وزير الخارجية الجزائري."
    assert _codes(text, "الحكومة") == (None, "GOV")


def test_former_leader_of_the_organisation_takes_its_actor() -> None:
    text = _QAEDA + "وقتل عدد من قادة التنظيم، بينهم زعيم التنظيم السابق ناصر الوحيشي في غارة."
    assert _codes(text, "ناصر الوحيشي") == (None, "IMGMUSALQ")


def test_member_in_the_organisation_is_no_leader() -> None:
    text = _QAEDA + "وقتل مسؤول في التنظيم ناصر الوحيشي في غارة."
    assert _codes(text, "ناصر الوحيشي") == (None, None)


def test_other_adjective_between_body_and_name_is_not_read() -> None:
    text = _QAEDA + "وقتل زعيم التنظيم البارز ناصر الوحيشي في غارة."
    assert _codes(text, "ناصر الوحيشي") == (None, None)


def test_leaders_after_a_comma_are_not_read() -> None:
    text = _QAEDA + "والتقى المبعوث قادة التنظيم، ناصر الوحيشي وآخرين."
    assert _codes(text, "ناصر الوحيشي") == (None, None)

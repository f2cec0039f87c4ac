"""Round 205 (hand-made sentences): a name glued to «بـ» past a meeting's pronoun party is the venue, not the target;
the host of a visit told in its sentence is whom it is to («يستقبل ... في زيارة», «في زيارة يستقبله خلالها»); the
one named right before «المسؤول عن» does the act; an unnamed spokesman «المتحدث باسم X» acts for the body X."""

from __future__ import annotations

from conftest import news_arg


def test_venue_after_pronoun_party_is_no_target() -> None:
    text = "وتحدث الكاتب المصري سمير الجندي في لقاء معه بنقابة المحامين المصريين عن تجربته."
    assert news_arg(text, "لقاء", "target") == ""
    assert news_arg(text, "لقاء", "source") == "سمير الجندي"


def test_person_after_meeting_with_glued_by_stays_target() -> None:
    text = "وتحدث الكاتب المصري سمير الجندي في لقاء معه بوزير الخارجية المصري سامح شكري عن تجربته."
    assert news_arg(text, "لقاء", "target") == "سامح شكري"


def test_host_of_visit_in_same_sentence_is_its_target() -> None:
    text = "الملك عبدالله الثاني يستقبل في قصر الحسينية الرئيس التونسي الباجي قائد السبسي، في زيارة استمرت يومين."
    assert news_arg(text, "زيارة", "target") == "عبدالله الثاني"
    assert news_arg(text, "زيارة", "source") == "الباجي قائد السبسي"


def test_host_named_after_during_it() -> None:
    text = "ويصل الرئيس التونسي الباجي قائد السبسي غدا في زيارة رسمية يستقبله خلالها الملك عبدالله الثاني."
    assert news_arg(text, "زيارة", "target") == "عبدالله الثاني"
    assert news_arg(text, "زيارة", "source") == "الباجي قائد السبسي"
    assert news_arg(text, "يستقبله", "source") == "عبدالله الثاني"


def test_visit_without_host_keeps_no_target() -> None:
    text = "ووصل الرئيس التونسي الباجي قائد السبسي أمس في زيارة استمرت يومين."
    assert news_arg(text, "زيارة", "target") == ""


def test_named_as_responsible_does_the_act() -> None:
    text = "وطالبت الحكومة بتسليم أبو محمد العدناني المسؤول عن تفجير السفارة في بغداد."
    assert news_arg(text, "تفجير", "source") == "أبو محمد العدناني"


def test_leader_of_named_body_as_responsible_is_not_the_body() -> None:
    text = "وطالبت الحكومة بتسليم زعيم حركة طالبان المسؤول عن تفجير السفارة في بغداد."
    assert news_arg(text, "تفجير", "source") == "زعيم حركة طالبان"  # round 251: the leader's phrase, not the body


def test_unnamed_spokesman_speaks_for_body() -> None:
    text = "ونفى المتحدث باسم حركة حماس الأنباء عن وقف إطلاق النار."
    assert news_arg(text, "ونفى", "source") == "حركة حماس"


def test_named_spokesman_stays_the_source() -> None:
    text = "ونفى المتحدث باسم حركة حماس سامي أبو زهري الأنباء عن وقف إطلاق النار."
    assert news_arg(text, "ونفى", "source") == "سامي أبو زهري"

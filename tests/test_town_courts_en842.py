"""Round en842: a court named by «محكمة», its town and its kind as an adjective («محكمة بروكسل الجنائية») is a body
(``entities.agencies``, ``court_kind_adjectives``), so that a bare «المحكمة» after it is that court
(``entities.barebodies``): the speaker of «وقالت المحكمة إن ...» and the doer of «وأدانت المحكمة ...». A party named
before a verb of facing is no doer of the act faced (``events.faced``)."""

from __future__ import annotations

from conftest import news_arg, news_quote_rows

import rasd

_BRUSSELS = "وأصدرت محكمة بروكسل الجنائية أحكاما بالسجن ضد عشرين شخصا في قضية تجنيد الشباب. "


def _body(text: str, name: str) -> tuple[str, str | None, str | None] | None:
    doc = rasd.analyze(text, "2015-08-01")
    e = next((e for e in doc.entities if e.name == name), None)
    return (e.type, e.country, e.actor) if e else None


def test_town_then_kind_adjective_names_a_court() -> None:
    assert _body(_BRUSSELS, "محكمة بروكسل الجنائية") == ("ORGANIZATION", "BEL", "BELJUD")


def test_court_and_town_without_a_kind_stay_a_place() -> None:
    # counter-case: a definite word after the town («محكمة القاهرة الجديدة»): no court's kind, the town only
    text = "وقضت محكمة القاهرة الجديدة بحبس المتهم. "
    assert _body(text, "محكمة القاهرة") is None
    assert _body(text, "محكمة القاهرة الجديدة") is None


def test_court_and_town_alone_name_a_court() -> None:
    # round mn985: «محكمة القاهرة» with nothing definite after it is the town's court (as «محكمة وستمنستر»)
    assert _body("وقضت محكمة القاهرة بحبس المتهم. ", "محكمة القاهرة") == ("ORGANIZATION", "EGY", "EGYJUD")


def test_kind_noun_court_still_named() -> None:
    assert _body("وقضت محكمة جنايات القاهرة بحبس المتهم. ", "محكمة جنايات القاهرة") == \
        ("ORGANIZATION", "EGY", "EGYJUD")


def test_bare_court_says_for_the_named_court() -> None:
    rows = news_quote_rows(_BRUSSELS + "وقالت المحكمة إن المتهم الرئيسي كان يجند الشباب للقتال.")
    assert [(r[0], r[1]) for r in rows] == [("وقالت", "محكمة بروكسل الجنائية")]


def test_bare_court_convicts_for_the_named_court() -> None:
    text = _BRUSSELS + "وأدانت المحكمة ثلاثة آخرين وعاقبتهم بالسجن عشر سنوات."
    assert news_arg(text, "وأدانت", "source") == "محكمة بروكسل الجنائية"


def test_bare_court_with_no_court_named_stays_unlinked() -> None:
    # counter-case: no court named in the article
    rows = news_quote_rows("وقالت المحكمة إن المتهم الرئيسي كان يجند الشباب للقتال.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("وقالت", None, "المحكمة")]


def test_bare_court_after_two_courts_stays_unlinked() -> None:
    # counter-case: two courts named before it: no sole candidate
    text = _BRUSSELS + "ونظرت محكمة جنايات القاهرة في قضية مماثلة. وقالت المحكمة إن المتهم كان يجند الشباب."
    rows = news_quote_rows(text)
    assert [(r[0], r[1]) for r in rows] == [("وقالت", None)]


def test_court_before_the_verb_of_facing_accuses_no_one() -> None:
    text = "وفي القضية التي نظرت فيها محكمة جنايات القاهرة، وواجه فيها 32 شخصا اتهامات تتعلق بأنشطة إرهابية."
    assert news_arg(text, "اتهامات", "target") == "32 شخصا"
    assert news_arg(text, "اتهامات", "source") == ""


def test_critic_after_the_act_faced_stays_its_doer() -> None:
    # counter-case: the doer after the act («من المعارضة») is kept
    text = "وتواجه الحكومة المصرية انتقادات حادة من منظمة العفو الدولية."
    assert news_arg(text, "انتقادات", "target") == "الحكومة المصرية"
    assert news_arg(text, "انتقادات", "source") == "منظمة العفو الدولية"

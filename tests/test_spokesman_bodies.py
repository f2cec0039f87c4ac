"""Round en431: a state's presidency and delegation in an office's title. «المتحدث باسم الرئاسة في بوروندي» speaks for
Burundi's government (BDIGOV, not the bare country); «رئيس الوفد العراقي» heads Iraq's official delegation (IRQGOV);
the body a spokesman speaks for, with its state's adjective («باسم الرئاسة التونسية»), stays an entity of its own, and
a title-only mention before it ends before «باسم» («وأشار المتحدث | باسم الحكومة اليمنية»)."""

from __future__ import annotations

from typing import Any

from conftest import runs_doc


def _actors(doc: Any) -> dict[str, tuple[str | None, str | None]]:
    return {e.name: (e.country, e.actor) for e in doc.entities}


def test_presidency_in_a_country_is_its_government() -> None:
    doc = runs_doc("أعلن المتحدث باسم الرئاسة في بوروندي ويلي نياميتوي أمس أن رئيس المخابرات قتل.",
                   ["ويلي", "نياميتوي"])
    assert _actors(doc)["ويلي نياميتوي"] == ("BDI", "BDIGOV")
    # counter-case: a minister's portfolio is no body of its own («وزير الخارجية الأميركي» is one title)
    doc = runs_doc("وقال وزير الخارجية الأميركي جون كيري إن الاتفاق جيد.", ["جون", "كيري"])
    assert _actors(doc)["جون كيري"] == ("USA", "USAGOV")
    assert not [e for e in doc.entities if e.type == "ORGANIZATION"]


def test_state_delegation_head_is_government() -> None:
    doc = runs_doc("وقال رئيس الوفد العراقي طه رمضان إن القمة مهمة.", ["طه", "رمضان"])
    assert _actors(doc)["طه رمضان"] == ("IRQ", "IRQGOV")
    assert _actors(doc)["الوفد العراقي"] == ("IRQ", "IRQGOV")
    # counter-case: the opposition's delegation is the opposition's, not the state's
    doc = runs_doc("وقال رئيس وفد المعارضة السورية أحمد الجربا إن المفاوضات متعثرة.", ["أحمد", "الجربا"])
    assert _actors(doc)["أحمد الجربا"] != ("SYR", "SYRGOV")


def test_spokesman_body_kept_and_title_mention_ends_before_it() -> None:
    doc = runs_doc("قال المتحدث باسم الرئاسة التونسية معز السيناوي إن القرار اتخذ.", ["معز", "السيناوي"])
    got = _actors(doc)
    assert got["معز السيناوي"] == ("TUN", "TUNGOV") and got["الرئاسة التونسية"] == ("TUN", "TUNGOV")
    doc = runs_doc("قال راجح بادي، المتحدث باسم الحكومة اليمنية، إن الحكومة لم تتسلم شيئا. وأشار المتحدث باسم الحكومة "
                   "اليمنية إلى أن مدينة عدن محررة.", ["راجح", "بادي"])
    person = next(e for e in doc.entities if e.name == "راجح بادي")
    assert sorted(doc.text[m.start : m.end] for m in person.mentions) == ["المتحدث", "راجح بادي"]

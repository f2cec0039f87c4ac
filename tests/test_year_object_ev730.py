"""Round ev730: «على» + the act's own object counts as one unit between the act and a year after it
(«وقعت الرياض والقاهرة على اتفاقية دفاع مشترك في عام 1955» is dated 1955); a year after another act's phrase, a
relative clause or a second object is not taken."""

from __future__ import annotations

import pytest

from rasd import analyze

DATE = "2015-08-04"


def _signed(text: str) -> tuple[str, str | None, object]:
    doc = analyze(text, DATE)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end].startswith(("وقع", "التوقيع")))
    return ev.code, ev.date, ev.attrs.get("year")


@pytest.mark.parametrize(
    "text",
    [
        "وقعت الرياض والقاهرة على اتفاقية دفاع مشترك في عام 1955.",
        "وقع الطرفان على اتفاقية دفاع مشترك عام 1955.",
        "وقعت السعودية على الاتفاقية في عام 1955.",
    ],
)
def test_year_after_object_dates_signing(text: str) -> None:
    assert _signed(text) == ("057", None, 1955)


@pytest.mark.parametrize(
    "text",
    [
        # the year of another act told after the object
        "وقعت الرياض والقاهرة على اتفاقية دفاع مشترك بعد انسحاب القوات البريطانية في عام 1955.",
        # a second object joined by «و»: too far
        "وقعت الرياض والقاهرة على اتفاقية دفاع مشترك وعلى بروتوكول تعاون اقتصادي في عام 1955.",
        # an object longer than the words one unit takes
        "وقعت الرياض والقاهرة على اتفاقية التعاون الأمني والعسكري والاقتصادي الشامل الطويلة الأمد في عام 1955.",
    ],
)
def test_year_after_other_phrase_not_taken(text: str) -> None:
    assert _signed(text)[2] is None


def test_relative_clause_year_not_taken() -> None:
    doc = analyze("وقعت الرياض على اتفاقية مع القاهرة التي استقلت عام 1955.", DATE)
    assert all(e.attrs.get("year") is None for e in doc.events)

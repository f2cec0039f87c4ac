"""Round ev717: after a two-sided verb (function words ``reciprocal_verbs``: وقع، اتفق، التقى، اجتمع، تفاوض، تبادل)
whose named subject is «X و Y» (VSO, or in a relative clause «التي وقعتها X و Y»), X is the source and Y the target.
Counter-cases: a one-sided verb («هاجمت إيران والعراق مواقع»: both are doers, no target), and an object that names
another party («وقعت مصر والأردن اتفاقية مع تركيا»: Turkey stays the target)."""

from __future__ import annotations

from conftest import news_event_rows


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c, t, s, g) for c, t, s, g, _ in news_event_rows(text)]


def test_vso_signing() -> None:
    text = "ووقعت إيران والوكالة الدولية للطاقة الذرية اتفاقية جديدة للتفتيش أمس."
    assert _rows(text) == [("057", "ووقعت", "إيران", "الوكالة الدولية للطاقة الذرية")]


def test_relative_clause_signing() -> None:
    text = ("أعلنت الوكالة الدولية للطاقة الذرية أنها تدرس إجراءات جديدة. "
            "وتم ذلك وفقا لخطة العمل التي وقعتها إيران والوكالة على هامش الاتفاق النووي.")
    rows = [r for r in _rows(text) if r[1] == "وقعتها"]
    assert rows == [("057", "وقعتها", "إيران", "الوكالة الدولية للطاقة الذرية")]


def test_vso_negotiating() -> None:
    text = "وتفاوضت تركيا وألمانيا حول ملف اللاجئين في أنقرة."
    assert [(c, s, g) for c, _, s, g in _rows(text)] == [("046", "تركيا", "ألمانيا")]


def test_one_sided_verb_unchanged() -> None:
    text = "وهاجمت إيران والعراق مواقع للتنظيم في الصحراء."
    assert [(c, s, g) for c, _, s, g in _rows(text)] == [("190", "إيران", "مواقع للتنظيم")]  # (the object text; Iraq no target)


def test_named_object_kept() -> None:
    text = "ووقعت مصر والأردن اتفاقية للتعاون مع تركيا أمس."
    assert [(c, s, g) for c, _, s, g in _rows(text)] == [("057", "مصر", "تركيا")]


def test_meeting_past_title() -> None:
    text = "واجتمع وزير الخارجية المصري سامح شكري ووزير الخارجية الروسي سيرغي لافروف في موسكو."
    assert [(c, s, g) for c, _, s, g in _rows(text)] == [("040", "سامح شكري", "سيرغي لافروف")]


def test_meeting_with_partner_kept() -> None:
    text = "واجتمع الملك سلمان وولي العهد الأمير محمد بن نايف مع الرئيس الأمريكي باراك أوباما في واشنطن."
    assert [(c, s, g) for c, _, s, g in _rows(text)] == [("040", "سلمان", "باراك أوباما")]

"""Round ev838: a definite dual subject with no meeting told before it stands for the last two parties of its kind
named before it («وأشاد شكري ... وقال كيري ... كما شدد الوزيران»: source the first, target the second). Counter-cases:
one minister named before (no source), three named before (the last two), «الجانبان» (not guessed from names), a
meeting before (its own two sides)."""

from __future__ import annotations

from conftest import news_event_rows

SHOUKRY = "وأشاد وزير الخارجية المصري سامح شكري بالعلاقات مع الولايات المتحدة. "
KERRY = "وقال وزير الخارجية الأميركي جون كيري إن بلاده تدعم مصر. "
HOLLANDE = "وأشاد الرئيس الفرنسي فرنسوا هولاند بالعلاقات مع الولايات المتحدة. "
STRESS = "كما شدد الوزيران على ضرورة إيجاد حل سياسي للأزمة السورية."


def _stress(text: str) -> list[tuple[str | None, str | None]]:
    return [(s, g) for c, t, s, g, _ in news_event_rows(text) if t == "شدد"]


def test_two_ministers_named_before() -> None:
    assert _stress(SHOUKRY + KERRY + STRESS) == [("سامح شكري", "جون كيري")]


def test_one_minister_named_before() -> None:
    assert _stress(KERRY + STRESS) == [(None, None)]


def test_three_named_before_last_two() -> None:
    assert _stress(HOLLANDE + SHOUKRY + KERRY + STRESS) == [("سامح شكري", "جون كيري")]


def test_sides_not_guessed_from_names() -> None:
    text = SHOUKRY + KERRY + "كما شدد الجانبان على ضرورة إيجاد حل سياسي للأزمة السورية."
    assert _stress(text) == [(None, None)]


def test_meeting_before_gives_its_sides() -> None:
    text = (HOLLANDE + "والتقى وزير الخارجية المصري سامح شكري نظيره الأردني ناصر جودة في القاهرة أمس. "
            + STRESS)
    assert _stress(text) == [("سامح شكري", "ناصر جودة")]

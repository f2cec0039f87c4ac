"""Round ev618: a dual subject of two sides («الوزيران», «المسؤولان», «الجانبان», «الطرفان») after a meeting of two
named people does the act told next: it signs («ووقع الوزيران اتفاقية»: the dual of people is a doer a ``human``
trigger accepts) and it holds talks with no «مع» («وبحث الجانبان سبل التعاون», «تباحث الطرفان حول»); the source is
the meeting's first side, the target its second. Counter-cases: no meeting before, a plural «البلدان العربية», a
singular subject of «بحث» with no «مع»."""

from __future__ import annotations

from conftest import news_event_rows

MEET = "التقى وزير الخارجية السعودي عادل الجبير نظيره الفرنسي لوران فابيوس في الرياض أمس. "
A, B = "عادل الجبير", "لوران فابيوس"


def _rows(second: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c, t, s, g) for c, t, s, g, _ in news_event_rows(MEET + second)]


def test_ministers_sign() -> None:
    assert ("057", "ووقع", A, B) in _rows("ووقع الوزيران اتفاقية للتعاون في مجال الطاقة.")


def test_officials_sign_memorandum() -> None:
    assert ("057", "ووقع", A, B) in _rows("ووقع المسؤولان مذكرة تفاهم في مجال التعليم.")


def test_sides_discuss_with_no_partner_word() -> None:
    # round ev702: the two sides found (the meeting's parties), the talks retell the meeting: one event
    # (events.sides_retold joins only where the parties are the same)
    assert _rows("وبحث الجانبان سبل تعزيز التعاون بين البلدين.") == [("040", "التقى", A, B)]


def test_ministers_discuss() -> None:
    assert ("040", "وبحث", A, B) in _rows("وبحث الوزيران سبل تعزيز التعاون.")


def test_leaders_discuss() -> None:
    assert ("040", "وناقش", A, B) in _rows("وناقش الزعيمان سبل تعزيز التعاون.")


def test_reciprocal_talks_verb() -> None:
    assert _rows("إذ تباحث الطرفان حول المستجدات الأخيرة.") == [("040", "التقى", A, B)]  # round ev702: one meeting


def test_agree_still_given_pair() -> None:
    assert ("030", "واتفق", A, B) in _rows("واتفق الوزيران على تعزيز التعاون.")


def test_no_meeting_before_no_source() -> None:
    rows = news_event_rows("وبحث الجانبان سبل تعزيز التعاون في الرياض أمس.")
    assert [(c, s) for c, _, s, _, _ in rows] == [("040", None)]


def test_plural_countries_no_dual() -> None:
    rows = _rows("وبحث البلدان العربية سبل تعزيز التعاون.")
    assert [(c, t) for c, t, _, _ in rows] == [("040", "التقى")]


def test_plural_countries_sign_no_pair() -> None:
    rows = _rows("ووقع البلدان العربية اتفاقية للتعاون.")
    assert all(s is None for c, _, s, _ in rows if c == "057")


def test_singular_discuss_still_needs_partner() -> None:
    rows = _rows("وبحث الوزير سبل تعزيز التعاون.")
    assert [t for _, t, _, _ in rows] == ["التقى"]

"""Event sources and targets not next to the trigger, round 263. «الجانبان/الطرفان» as the subject of an act told
after a meeting of two named sides: the meeting's two sides (``side_pairs``). Hand-made sentences (paraphrases, no
article text)."""

from __future__ import annotations

from conftest import news_arg

MEETING = "التقى وزير الخارجية الأردني ناصر جودة في عمان أمس نظيره الفرنسي لوران فابيوس. "


def test_the_sides_after_a_meeting_are_its_two_parties() -> None:
    text = MEETING + "وأكد الجانبان على أهمية تعزيز التعاون بين البلدين."
    assert news_arg(text, "وأكد", "source") in ("ناصر جودة", "لوران فابيوس")
    assert {news_arg(text, "وأكد", "source"), news_arg(text, "وأكد", "target")} == {"ناصر جودة", "لوران فابيوس"}


def test_the_sides_past_a_pronoun_word() -> None:
    text = MEETING + "وصدر بيان مشترك أكد فيه الطرفان رفضهما للإرهاب."
    assert {news_arg(text, "أكد", "source"), news_arg(text, "أكد", "target")} == {"ناصر جودة", "لوران فابيوس"}


def test_the_sides_with_country_adjectives_are_not_the_meeting_pair() -> None:
    # counter-case: «الجانبان الأردني والمصري» name their own two sides (side_sources' rule)
    text = MEETING + "وأكد الجانبان الأردني والمصري على أهمية تعزيز التعاون بين البلدين."
    assert news_arg(text, "وأكد", "source") != "ناصر جودة"


def test_no_meeting_no_sides() -> None:
    # counter-case: no meeting of two named sides is told before
    text = "قال وزير الخارجية الأردني ناصر جودة إن الوضع صعب. وأكد الجانبان على أهمية تعزيز التعاون."
    assert news_arg(text, "وأكد", "source") not in ("ناصر جودة", "لوران فابيوس")

"""Round ev446: a meeting the visitor holds in the sentence after his visit is told is held where he went
(events.trip_meetings). Hand-made sentences (paraphrases of the 347), each condition with a counter-case."""

from __future__ import annotations

from conftest import news_place

ADEN = "وصل رئيس الوزراء اليمني خالد بحاح إلى مدينة عدن أمس في زيارة خاطفة. "


def test_visitors_meeting_in_the_next_sentence() -> None:
    assert news_place(ADEN + "وعقد بحاح اجتماعا مع السلطات المحلية وقادة الجيش.", "اجتماعا") == "عدن"


def test_host_country_named_again_opens_no_other_scene() -> None:
    text = ("وقالت الخارجية إن لافروف سيعقد اجتماعا ثلاثيا مع كيري خلال زيارة عمل لقطر. وأضافت أن لافروف سيعقد "
            "اجتماعات أيضا مع أمير قطر الشيخ تميم بن حمد.")
    assert news_place(text, "اجتماعات") == "قطر"


def test_another_partys_meeting_takes_no_place() -> None:
    # counter-case: Hadi did not make the visit
    assert news_place(ADEN + "وعقد الرئيس هادي اجتماعا مع السلطات المحلية وقادة الجيش.", "اجتماعا") is None


def test_a_meeting_of_another_time_takes_no_place() -> None:
    # counter-case: last March, not on this visit
    assert news_place(ADEN + "وعقد بحاح في مارس الماضي اجتماعا مع السلطات المحلية وقادة الجيش.", "اجتماعا") is None


def test_a_sentence_naming_another_country_takes_no_place() -> None:
    # counter-case: another country named in the meeting's sentence may be where it was held
    assert news_place(ADEN + "وعقد بحاح اجتماعا مع سفير اليمن لدى السعودية وقادة الجيش.", "اجتماعا") is None

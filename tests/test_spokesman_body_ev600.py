"""Round ev600: a first-person act in the words of a spokesman of a body called by the first word of its name
(«متحدثة باسم الشرطة» after «الشرطة البريطانية») is the body's (``quotes.named_for.short_body``: the quote's
affiliation, which the events stage takes for «نؤكد»)."""

from __future__ import annotations

from conftest import news_arg

_BEFORE = "وقالت الشرطة البريطانية إن طائرة صغيرة تحطمت قرب لندن. "


def test_the_body_named_before_by_its_first_word_speaks() -> None:
    text = _BEFORE + "وقالت متحدثة باسم الشرطة للصحافيين: «نؤكد أننا نجري تحقيقا مع السلطات المختصة»."
    assert news_arg(text, "نؤكد") == "الشرطة البريطانية"
    text = _BEFORE + "وقال متحدث باسم الشرطة: «ندين هذا الهجوم الإرهابي على المدنيين»."
    assert news_arg(text, "ندين") == "الشرطة البريطانية"


def test_no_body_or_two_bodies_leave_the_act_unowned() -> None:
    # counter-cases: no body of that word named before, or two of them: no one is guessed
    assert news_arg("وقالت متحدثة باسم الشرطة: «نؤكد أننا نجري تحقيقا مع السلطات المختصة».", "نؤكد") == ""
    text = ("وقالت الشرطة البريطانية والشرطة الفرنسية إن طائرة صغيرة تحطمت. "
            "وقالت متحدثة باسم الشرطة: «نؤكد أننا نجري تحقيقا مع السلطات المختصة».")
    assert news_arg(text, "نؤكد") == ""


def test_a_third_person_act_in_the_words_keeps_its_own_subject() -> None:
    text = _BEFORE + "وقالت متحدثة باسم الشرطة: «أكد الجيش البريطاني أنه أرسل فريقا إلى الموقع»."
    assert news_arg(text, "أكد") == "الجيش البريطاني"

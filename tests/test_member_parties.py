"""Round ev435: a talk's unnamed party phrase of a body's ministers («وزراء خارجية دول مجلس التعاون», «ووزراء
الخارجية في مجلس التعاون») is that body (events.member_meetings._phrase_body). Hand-made sentences (paraphrases of
the 347) with counter-cases."""

from __future__ import annotations

from conftest import news_arg


def test_ministers_of_a_body_after_between_are_the_source() -> None:
    text = ("خلص الاجتماع المشترك بين وزراء خارجية دول مجلس التعاون الخليجي ووزير الخارجية الأميركي جون كيري إلى "
            "ضرورة توثيق العلاقات.")
    assert news_arg(text, "الاجتماع") == "مجلس التعاون الخليجي"
    assert news_arg(text, "الاجتماع", "target") == "جون كيري"


def test_ministers_in_a_body_after_and_are_the_target() -> None:
    text = ("وتشهد العاصمة القطرية اليوم جولة مباحثات دبلوماسية بين وزير الخارجية الأميركية جون كيري ووزراء "
            "الخارجية في مجلس التعاون الخليجي.")
    assert news_arg(text, "جولة", "target") == "مجلس التعاون الخليجي"


def test_ministers_of_a_country_are_not_made_the_country() -> None:
    # counter-case: a country after «في» is no body whose members meet
    text = ("وتشهد العاصمة القطرية اليوم جولة مباحثات دبلوماسية بين وزير الخارجية الأميركية جون كيري ووزراء "
            "الخارجية في مصر.")
    assert news_arg(text, "جولة", "target") != "مصر"


def test_a_body_after_a_word_of_no_members_is_not_the_party() -> None:
    # counter-case: «خبراء» is no head of a body's members
    text = ("خلص الاجتماع المشترك بين خبراء دول مجلس التعاون الخليجي ووزير الخارجية الأميركي جون كيري إلى "
            "ضرورة توثيق العلاقات.")
    assert news_arg(text, "الاجتماع") != "مجلس التعاون الخليجي"


def test_plural_honorifics_before_the_ministers_of_a_body() -> None:
    text = ("ورحب المجلس بالبيان المشترك الصادر عقب اجتماع أصحاب السمو والمعالي وزراء خارجية دول مجلس التعاون "
            "لدول الخليج العربية مع وزير خارجية الولايات المتحدة في الدوحة.")
    assert news_arg(text, "اجتماع") == "مجلس التعاون لدول الخليج العربية"


def test_plural_honorifics_before_no_members_head() -> None:
    # counter-case: the honorifics before a word of no body's members («الأمراء»)
    text = ("ورحب المجلس بالبيان المشترك الصادر عقب اجتماع أصحاب السمو الأمراء في دول مجلس التعاون "
            "لدول الخليج العربية مع وزير خارجية الولايات المتحدة في الدوحة.")
    assert news_arg(text, "اجتماع") != "مجلس التعاون لدول الخليج العربية"

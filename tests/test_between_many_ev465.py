"""Round ev465: talks «بين» one plural phrase are held by those it names (``events.between_many``): «محادثات
السلام بين كافة الأطراف الليبية»: the phrase is the source, no target; two sides in «و» and talks with a source of
their own keep their reading."""

from __future__ import annotations

from conftest import news_arg


def test_talks_among_all_parties_are_theirs() -> None:
    text = ("تبدأ اليوم بمقر الأمم المتحدة في جنيف جولة جديدة من محادثات السلام بين كافة الأطراف الليبية بعد إعلان "
            "المؤتمر الوطني مشاركته.")
    assert news_arg(text, "جولة", "source") == "كافة الأطراف الليبية"
    assert news_arg(text, "جولة", "target") == ""


def test_two_sides_in_and_stay_source_and_target() -> None:
    # counter-case: «بين X وY»: X the source, Y the target
    text = "وبدأت أمس المحادثات بين الحكومة والمعارضة في جنيف."
    assert news_arg(text, "المحادثات", "source") == "الحكومة"
    assert news_arg(text, "المحادثات", "target") == "المعارضة"


def test_a_named_host_keeps_the_talks() -> None:
    # counter-case: the talks have a named source of their own (who holds them): the phrase after «بين» is not it
    text = "ورعى برناردينو ليون محادثات بين الأطراف الليبية في جنيف."
    assert news_arg(text, "محادثات", "source") == "برناردينو ليون"

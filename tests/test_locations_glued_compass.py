"""Round lo408: a place right after a «بـ» compass word that the chunker glued to the phrase before it is where the
act was («هجمات يشنها تنظيم داعش على مواقعها بشرق أفغانستان»; events.where.after_compass). Hand-made sentences with
a counter-case."""

from __future__ import annotations

from conftest import news_place


def test_place_after_a_glued_compass_word() -> None:
    text = "وقال المسؤول إن الحركة تواجه هجمات يشنها تنظيم داعش على مواقعها بشرق أفغانستان منذ أشهر."
    assert news_place(text, "هجمات") == "أفغانستان"


def test_place_after_a_glued_word_of_help_is_no_place() -> None:
    # counter-case: «بمساعدة باكستان» names who helps, not where the attacks are
    text = "وقال المسؤول إن الحركة تواجه هجمات يشنها تنظيم داعش على مواقعها بمساعدة باكستان منذ أشهر."
    assert news_place(text, "هجمات") != "باكستان"

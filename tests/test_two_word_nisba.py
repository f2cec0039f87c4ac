"""Round en433: a country adjective of two words right before a name («الملياردير الكوري الجنوبي X», «الزعيم الكوري
الشمالي X») is read whole, as :func:`rasd.entities.nationality.nisba_before` reads one word; the same guards hold (a
body the adjective closes with no title before it is the verb's subject, the man its object: «اعتقلت الشرطة الكورية
الجنوبية X»). The sentences name other countries so that no rule gives the article's one country."""

from __future__ import annotations

import rasd


def _person(text: str, name: str) -> tuple[str | None, str | None]:
    """The country and actor of the person entity named ``name`` in ``text`` (fails where there is none)."""
    doc = rasd.analyze(text, date="2015-08-01")
    return next((e.country, e.actor) for e in doc.entities if e.type == "PERSON" and e.name == name)


def test_a_two_word_adjective_before_a_name() -> None:
    text = "وعبر الملياردير الكوري الجنوبي تشونغ مونغ جون عن نيته الترشح، فيما أيدت فرنسا وألمانيا المرشح."
    assert _person(text, "تشونغ مونغ جون")[0] == "KOR"


def test_the_north_is_not_the_south() -> None:
    text = "وقال المسؤول الكوري الشمالي ري سو يونغ إن بلاده مستعدة للحوار مع اليابان والصين."
    assert _person(text, "ري سو يونغ")[0] == "PRK"


def test_a_body_closed_by_a_two_word_adjective_is_the_subject() -> None:
    # counter-case: the South Korean police arrest the man; he may be of any country
    text = "واعتقلت الشرطة الكورية الجنوبية جون تشول مين بتهمة التجسس لصالح الصين واليابان."
    assert _person(text, "جون تشول مين")[0] is None

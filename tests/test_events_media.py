"""The paper a story is told to («قال مسؤول لـ«الشرق الأوسط»») is the teller of the story: an object pronoun of an
act of force («غاراته عليهم», «استهدف قافلتهم») never stands for it, and the parties named in the story still do."""

from __future__ import annotations

from conftest import news_arg


def test_an_object_pronoun_does_not_stand_for_the_paper_told() -> None:
    text = "وقال مسؤول أميركي لـ«الشرق الأوسط» إن واشنطن ترى فرصة لضرب المتشددين في سوريا، وتكثف غاراته عليهم."
    assert news_arg(text, "غاراته", "target") == ""
    text = "وقالت مصادر لـ«الشرق الأوسط» إن المسلحين نصبوا كمينا استهدف قافلتهم قرب البلدة."
    assert news_arg(text, "استهدف", "source") == "المسلحين"
    assert news_arg(text, "استهدف", "target") == "قافلتهم"


def test_a_party_named_beside_the_paper_is_still_the_referent() -> None:
    text = "وقال شهود لـ«الشرق الأوسط» إن «القاعدة» حصلت على أموال بعد سيطرتها على مدينة المكلا."
    assert news_arg(text, "سيطرتها", "source") == "القاعدة"
    assert news_arg(text, "سيطرتها", "target") == "المكلا"

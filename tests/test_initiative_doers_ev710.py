"""Round ev710 (events.initiative_doers): in «N من X بـ + masdar Y» (an initiative, an attempt or a step from X
consisting in the masdar), X is the masdar's doer and the party Y right after the masdar its target; nothing where a
verb or other words stand between, or with no «بـ» on the masdar."""

from conftest import news_arg

TEXT = "ورحب الوزير بالمبادرة الدبلوماسية من السعودية بدعوة العراق والكويت إلى طاولة المفاوضات في الرياض."


def test_initiative_from_the_state_is_its_invitation() -> None:
    assert news_arg(TEXT, "بدعوة") == "السعودية"
    assert news_arg(TEXT, "بدعوة", "target") == "العراق"


def test_attempt_from_the_state_to_invite() -> None:
    text = "وجاءت هذه الخطوة من قطر بدعوة إيران إلى الحوار مع جيرانها."
    assert news_arg(text, "بدعوة") == "قطر"
    assert news_arg(text, "بدعوة", "target") == "إيران"


def test_counter_no_initiative_noun_before_from() -> None:
    text = "وعاد الوفد من السعودية بدعوة العراق والكويت إلى طاولة المفاوضات في الرياض."
    assert news_arg(text, "بدعوة") != "السعودية"


def test_counter_verb_between_noun_and_from() -> None:
    text = "وهذه المبادرة جاءت من السعودية بدعوة العراق والكويت إلى طاولة المفاوضات في الرياض."
    assert news_arg(text, "بدعوة") != "السعودية"

"""Round ev710 (events.owned_doers): a light verb of force read with the owned noun after it («وشن غاراتها»: the
masdar «شنّ» read as a verb, with no subject of its own) has the party the noun's pronoun stands for as its doer:
the agreeing one named last before it in its sentence; none where no such party agrees."""

from conftest import news_arg


def test_raids_of_the_state_named_before_in_its_sentence() -> None:
    text = "وتراجع نفوذ الحركة بعد ملاحقة فرنسا لقادتها، وشن غاراتها على المسلحين في مالي."
    assert news_arg(text, "وشن") == "فرنسا"


def test_raids_of_the_man_named_before() -> None:
    text = "وتصاعد التوتر في المدينة بعد تهديدات أبو بكر البغدادي، وشن غاراته على القرى الكردية."
    assert news_arg(text, "وشن") == "أبو بكر البغدادي"


def test_counter_feminine_pronoun_after_a_man_alone() -> None:
    text = "وتصاعد التوتر في المدينة بعد تهديدات أبو بكر البغدادي، وشن غاراتها على القرى الكردية."
    assert news_arg(text, "وشن") == ""


def test_counter_masculine_pronoun_after_a_state_alone() -> None:
    text = "وتراجع نفوذ الحركة بعد ملاحقة فرنسا لقادتها، وشن غاراته على المسلحين في مالي."
    assert news_arg(text, "وشن") == ""

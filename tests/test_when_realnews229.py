"""Round 229: «قتل جنود عندما اقتحم متشددون من X»: the killing's doer is X, the named doer of the «عندما» clause."""

from conftest import news_arg


def test_when_clause_doer_kills() -> None:
    text = "قال مسؤولون إن ستة جنود قتلوا أمس عندما اقتحم متشددون من تنظيم داعش حاجزا للجيش قرب المدينة."
    assert news_arg(text, "قتلوا") == "تنظيم داعش"
    assert news_arg(text, "قتلوا", "target") == "ستة جنود"


def test_when_clause_after_comma() -> None:
    text = "وقتل أمس ثمانية جنود، عندما اقتحم مسلحون من جبهة النصرة حاجزا للجيش."
    assert news_arg(text, "وقتل") == "جبهة النصرة"


def test_counter_victims_of_the_same_party() -> None:
    # the party named among those killed is not read as their killer
    text = "قتل خمسة من مقاتلي جبهة النصرة عندما اقتحم مسلحون من جبهة النصرة حاجزا للجيش."
    assert news_arg(text, "قتل") == ""


def test_counter_pronoun_doer_and_no_when() -> None:
    assert news_arg("قتل خمسة جنود عندما اقتحموا موقعا لجبهة النصرة.", "قتل") == ""
    text = "قتل ثلاثة جنود في الهجوم الذي وقع أمس عند الحاجز، وقالت جبهة النصرة إنها اقتحمت الموقع."
    assert news_arg(text, "قتل") == ""

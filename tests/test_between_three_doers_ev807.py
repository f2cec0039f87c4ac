"""Round ev807: of three conjuncts after «بين» in a clash, the last is the other side
(``events.clash_sides._last_of_three``); a phrase named after «قامت بها» (no entity) is the act's doer, never its
target (``events.done_by._unnamed_doer``)."""

from __future__ import annotations

from conftest import news_arg


def test_the_last_of_three_conjuncts_is_the_target() -> None:
    text = "وأفادت مصادر محلية أن مواجهات عنيفة دارت أمس بين الميليشيات الحوثية وصالح والمقاومة الشعبية في مأرب."
    assert news_arg(text, "مواجهات") == "الميليشيات الحوثية"
    assert news_arg(text, "مواجهات", "target") == "المقاومة الشعبية"


def test_four_conjuncts_and_two_sides_are_not_moved() -> None:
    # counter-cases: four conjuncts do not tell the sides apart; two named sides keep their old reading
    four = "وقالت مصادر إن اشتباكات دارت بين الميليشيات الحوثية وصالح والمقاومة الشعبية والقبائل في مأرب."
    assert news_arg(four, "اشتباكات", "target") == ""
    two = "وقالت مصادر إن اشتباكات عنيفة دارت بين الجيش اليمني والميليشيات الحوثية في مأرب."
    assert news_arg(two, "اشتباكات") == "الجيش اليمني"
    assert news_arg(two, "اشتباكات", "target") == "الميليشيات الحوثية"


def test_an_unnamed_doer_after_qamat_biha_is_no_target() -> None:
    text = "واستهدفت الطائرات مواقع في المدينة، بعد عمليات قصف قامت بها الميليشيات من داخل المعسكر على الأحياء السكنية."
    assert news_arg(text, "قصف", "target") != "الميليشيات"
    assert news_arg(text, "قصف") == "الميليشيات"


def test_a_named_doer_and_no_qamat_biha_stay() -> None:
    # counter-cases: a named doer after «قامت بها» (round 285) and a shelling with its object and no «قامت بها»
    named = "وذلك بعد عمليات قصف قامت بها الميليشيات الحوثية على الأحياء السكنية في مدينة تعز."
    assert news_arg(named, "قصف") == "الميليشيات الحوثية"
    assert news_arg(named, "قصف", "target") != "الميليشيات الحوثية"
    plain = "وقصفت الميليشيات الحوثية الأحياء السكنية في مدينة تعز."
    assert news_arg(plain, "وقصفت") == "الميليشيات الحوثية"
    assert news_arg(plain, "وقصفت", "target") == "الأحياء السكنية"

"""Round ar427: arguments of verbs with a fronted place. «واستقبل الملك في جدة الرئيس السيسي»: the title after the
verb names no one past the place when the person there has an office of his own before his name (events.own_titles):
the king receives, Sisi is received. A rank or courtesy word before the name («الجنرال», «السيد») is still the post's
holder, and a post's place with the bare name after it («مبعوث الأمم المتحدة في اليمن فلان») the post's."""

from __future__ import annotations

from conftest import news_arg

KING = "واستقبل الملك في جدة الرئيس المصري عبد الفتاح السيسي، وبحثا العلاقات الثنائية."


def test_the_title_past_a_place_is_not_the_named_guest() -> None:
    assert news_arg(KING, "واستقبل", "source") == "الملك"


def test_the_named_guest_with_his_own_office_is_the_target() -> None:
    assert news_arg(KING, "واستقبل", "target") == "عبد الفتاح السيسي"


def test_a_seat_glued_to_its_preposition_parts_them_too() -> None:
    text = "واستقبل ولي العهد في مكتبه بالرياض الأمير فيصل بن خالد."
    assert news_arg(text, "واستقبل", "source") == "ولي العهد"


def test_a_rank_past_the_post_place_is_the_same_man() -> None:
    # counter-case: «الجنرال» is a rank before the commander's own name
    text = "والتقى قائد القوات الأميركية في العراق الجنرال ديفيد بترايوس رئيس الوزراء العراقي."
    assert news_arg(text, "والتقى", "source") == "ديفيد بترايوس"


def test_a_bare_name_past_the_post_place_is_the_holder() -> None:
    # counter-case: no title of his own before the name: the envoy is he
    text = "والتقى مبعوث الأمم المتحدة في اليمن إسماعيل ولد الشيخ أحمد الرئيس هادي في الرياض."
    assert news_arg(text, "والتقى", "source") == "إسماعيل ولد الشيخ أحمد"


def test_the_title_right_before_a_name_is_that_person() -> None:
    # counter-case: no place between: «الملك سلمان» is the king
    text = "واستقبل الملك سلمان في جدة الرئيس المصري عبد الفتاح السيسي."
    assert news_arg(text, "واستقبل", "source") == "سلمان"

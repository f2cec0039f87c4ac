"""Round ev457: who is met during a visit, and who visits.

- a meeting verb's object stands past «خلال زيارته إلى X» with «إلى» written apart (``objects.occasion_complement``),
  and a place right after «خلال زيارته» with no preposition is the place visited, not the one met;
- «التقى فلان فلانا خلال زيارته»: the «ـه» is the one who meets (``events.visit_subjects``), not the one met;
  a reception («استقبل الملك فلانا خلال زيارته») keeps the guest as the visitor.
"""

from __future__ import annotations

from conftest import news_arg


def test_the_one_met_past_during_a_visit_with_ila_apart() -> None:
    text = "التقى وزير الخارجية سيرغي لافروف خلال زيارته إلى الدوحة نظيره القطري خالد العطية."
    assert news_arg(text, "التقى", "target") == "خالد العطية"


def test_a_bare_place_after_during_his_visit_is_not_the_one_met() -> None:
    # counter-case: «زيارته الرياض»: the place is what he visits; no one is met there by name
    text = "وكان الوزير عادل الجبير قد التقى خلال زيارته الرياض."
    assert news_arg(text, "التقى", "target") != "الرياض"


def test_the_one_met_after_a_visit_to_a_bare_place() -> None:
    text = "التقى الوزير عادل الجبير خلال زيارته الرياض وزير الخارجية الأمريكي جون كيري."
    assert news_arg(text, "التقى", "target") == "جون كيري"


def test_the_one_who_meets_is_the_visitor() -> None:
    text = "وكان الملك عبدالله قد التقى الرئيس باراك أوباما خلال زيارته إلى واشنطن."
    assert news_arg(text, "زيارته", "source") == "عبدالله"


def test_the_one_who_meets_visits_after_a_named_object() -> None:
    text = "التقى سيرغي لافروف وزير الخارجية القطري خالد العطية خلال زيارته إلى الدوحة."
    assert news_arg(text, "زيارته", "source") == "سيرغي لافروف"


def test_a_reception_keeps_the_guest_as_visitor() -> None:
    # counter-case: «استقبل»: the host stays home; «ـه» is the guest
    text = "استقبل الملك عبدالله الرئيس باراك أوباما خلال زيارته إلى الرياض."
    assert news_arg(text, "زيارته", "source") == "باراك أوباما"


def test_a_bare_title_before_qad_is_not_the_name_after_the_verb() -> None:
    # «وكان الملك قد التقى الرئيس باراك أوباما»: the name past «قد» and the verb is the one met, not the king
    text = "وكان الملك قد التقى الرئيس باراك أوباما."
    assert news_arg(text, "التقى", "target") == "باراك أوباما"
    assert news_arg(text, "التقى", "source") != "باراك أوباما"


def test_a_title_before_its_name_and_qad_still_stands_for_it() -> None:
    # counter-case: «وكان الرئيس باراك أوباما قد وعد»: the name is between the title and «قد»
    text = "وكان الرئيس باراك أوباما قد التقى الملك سلمان."
    assert news_arg(text, "التقى", "source") == "باراك أوباما"
    assert news_arg(text, "التقى", "target") == "سلمان"


def test_the_one_met_is_no_visitor_where_the_one_who_meets_is_unnamed() -> None:
    text = "وكان الملك قد التقى الرئيس باراك أوباما خلال زيارته إلى واشنطن."
    assert news_arg(text, "زيارته", "source") != "باراك أوباما"


def test_on_the_margin_of_his_visit_the_one_who_meets_visits() -> None:
    text = "التقى سيرغي لافروف وزير الخارجية القطري خالد العطية على هامش زيارته إلى الدوحة."
    assert news_arg(text, "زيارته", "source") == "سيرغي لافروف"

"""Event targets on constructions of real news, round 261: a count right before «منهم» («وقتلت العشرات منهم»,
«واعتقلت عددا منهم») as the patient is of the men the pronoun points back to: the named group of the nearest member
noun before it in the sentence («لعناصر تنظيم داعش» → the organisation), past named places; nothing where a
definite plural of persons or another party stands nearer."""

from __future__ import annotations

from conftest import news_arg


def test_a_count_of_them_is_the_group_of_the_men_before() -> None:
    text = "وقصفت الطائرات مواقع لعناصر تنظيم داعش في مدينة الرقة، وقتلت العشرات منهم."
    assert news_arg(text, "وقتلت", "target") == "تنظيم داعش"
    text = "وطاردت القوات عناصر حركة طالبان في الإقليم، واعتقلت عددا منهم أمس."
    assert news_arg(text, "واعتقلت", "target") == "حركة طالبان"


def test_a_nearer_plural_of_persons_keeps_the_count() -> None:
    # «للمدنيين» stands nearer: «منهم» may be the civilians
    text = "وقصفت الطائرات مواقع لعناصر تنظيم داعش قرب تجمع للمدنيين، وقتلت العشرات منهم."
    assert news_arg(text, "وقتلت", "target") == "العشرات"
    text = "وحاصرت القوات مقاتلي حركة طالبان، ثم التقى الوزير الصحفيين واعتقلت القوات عددا منهم."
    assert news_arg(text, "واعتقلت", "target") == "عددا"


def test_a_count_not_of_them_is_left() -> None:
    # no «منهم»: the count's own genitive is the target phrase
    text = "وقصفت الطائرات مواقع لعناصر تنظيم داعش، وقتلت العشرات من المدنيين."
    assert news_arg(text, "وقتلت", "target") == "العشرات من المدنيين"


def test_men_of_no_named_group_give_no_target() -> None:
    # «عناصر الأمن»: the member noun names no organisation, so the count stays
    text = "وطاردت القوات عناصر الأمن في الإقليم، واعتقلت عددا منهم أمس."
    assert news_arg(text, "واعتقلت", "target") == "عددا"

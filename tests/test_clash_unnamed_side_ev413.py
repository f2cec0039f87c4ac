"""Round ev413: a clash «بين X وY» whose first side is no named entity («بين قبائل مأرب والحوثيين», «بين القوات
الموالية لهادي، من جهة والحوثيين ...، من جهة أخرى») has the named other side as its target and the first side's
phrase as its source phrase (``events.clash_sides._unnamed_first``); not a place after «من جهة», nor the second of
three conjuncts, which does not tell the sides apart."""

from __future__ import annotations

from conftest import news_arg


def test_the_named_side_after_an_unnamed_first_side_is_the_target() -> None:
    text = "وتجددت الاشتباكات بين قبائل مأرب والحوثيين."
    assert news_arg(text, "الاشتباكات", "target") == "الحوثيين"
    assert news_arg(text, "الاشتباكات", "source") == "قبائل مأرب"


def test_the_other_side_after_min_jiha() -> None:
    text = "وتشهد أبين مواجهات مسلحة عنيفة بين القوات الموالية لهادي، من جهة والحوثيين وقوات صالح، من جهة أخرى."
    assert news_arg(text, "مواجهات", "target") == "الحوثيين"


def test_no_place_and_no_third_conjunct_is_the_other_side() -> None:
    # counter-cases: «بين الحين والآخر» and a place after «من جهة»; three conjuncts after an unnamed first side
    text = "وقال إن مواجهات عنيفة تدور بين الحين والآخر في أطراف القاعدة من جهة ومثلث العند."
    assert news_arg(text, "مواجهات", "target") == ""
    text = "وتتواصل المواجهات الدامية بين قبائل مأرب والميليشيات الحوثية وفلول الرئيس المخلوع علي عبد الله صالح."
    assert news_arg(text, "المواجهات", "target") == ""

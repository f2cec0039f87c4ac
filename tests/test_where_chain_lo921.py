"""Round lo921: the place of an act at the end of a chain of a «في» phrase (``rasd.events.where_chain``): the «لـ»
genitive of a part of a place, «بداخل», «في كل من» before a list of places."""

from __future__ import annotations

from conftest import news_event, news_place


def test_part_of_place_lam_genitive() -> None:
    text = "قتل وجرح نحو 20 عنصرا من عناصر التنظيم في الريف الشرقي لمدينة حمص أمس."
    assert news_place(text, "قتل") == "حمص"
    doc, e = news_event(text, "قتل")
    assert e.code == "190"


def test_suburbs_of_capital_lam_genitive() -> None:
    assert news_place("قصفت الطائرات مواقع في الضواحي الجنوبية للعاصمة دمشق.", "قصفت") == "دمشق"


def test_inside_with_glued_bi() -> None:
    text = "وتدور اشتباكات بين الجيش وجماعات مسلحة تتحصن بداخل مدينة درنة."
    assert news_place(text, "اشتباكات") == "درنة"
    doc, e = news_event(text, "اشتباكات")
    assert e.code == "193"


def test_each_of_list_takes_first_place() -> None:
    text = "واندلعت اشتباكات عنيفة بين فصائل المعارضة والقوات الحكومية في كل من منطقة الزبداني وولاية درعا."
    assert news_place(text, "اشتباكات") == "الزبداني"


def test_lam_genitive_of_a_non_part_noun_is_no_place() -> None:
    # «في دعم ... لمدينة حمص»: «الدعم» is no part of the place; the city is the aid's beneficiary, not where
    # the call was made
    text = "ودعا الوزير إلى الاستمرار في الدعم الإنساني لمدينة حمص."
    assert news_place(text, "ودعا") is None


def test_plain_place_unchanged() -> None:
    assert news_place("قصفت الطائرات مواقع للمتمردين في محيط مدينة تعز أمس.", "قصفت") == "تعز"


def test_each_of_list_after_persons_is_no_place_of_a_reception() -> None:
    # a list after «في كل من» that tells where the guests hold office is no place of the reception
    text = "وتستقبل تونس غدا وزراء الخارجية في كل من الجزائر والمغرب وموريتانيا."
    assert news_place(text, "وتستقبل") is None


def test_statement_after_an_inside_place_is_not_placed_there() -> None:
    # the group is inside the city; the army's planned declaration is not said to be made there
    text = "وقتل ثلاثة جنود في مواجهات مع مسلحين يتحصنون بداخل مدينة درنة ويعرقلون خطة الجيش لإعلان تحريرها."
    assert news_place(text, "وقتل") == "درنة"
    assert news_place(text, "لإعلان") is None

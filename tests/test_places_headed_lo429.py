"""Locations, round lo429: a town or province whose name is also a frequent word or a given name («العمارة» a
building, «حجة» an argument, «عمران» a given name: the gazetteer leaves them out) is read right after a noun of a
place («في مدينة العمارة», «محافظة حجة»; hand-curated ``places_headed.tsv``, read by ``entities.shorttowns``), and is
the place of the act there, not its target (its kind passed on to the entity).
Counter-cases: the same words with no place noun before them are no place («قدم حجة قوية», «العمارة الجديدة»)."""

from __future__ import annotations

from conftest import analyze_news, names_of_type, news_arg, news_place


def test_a_town_named_by_a_common_word_after_its_noun_is_the_place() -> None:
    assert news_place("وتظاهر المئات في مدينة العمارة جنوبي البلاد أمس.", "وتظاهر") == "العمارة"


def test_a_province_named_by_a_common_word_after_a_glued_noun() -> None:
    assert news_place("وقتل مسلحون جنديين بمحافظة حجة أمس.", "وقتل") == "حجة"


def test_a_province_named_by_a_given_name_is_the_place_not_the_target() -> None:
    text = "وتبنت المقاومة، أخيرا، قرابة 11 عملية في محافظة عمران قتل وجرح فيها العشرات."
    assert news_place(text, "قتل") == "عمران"
    assert news_arg(text, "قتل", "target") != "عمران"


def test_the_common_words_without_a_place_noun_are_no_place() -> None:
    doc = analyze_news("وقدم الوزير حجة قوية عن العمارة الجديدة التي بناها عمران.")
    assert not {"حجة", "العمارة", "عمران"} & set(names_of_type(doc, "LOCATION"))

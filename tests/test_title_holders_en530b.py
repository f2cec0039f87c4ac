"""Round en530b: an official named by his title only is a person of his own, but not a title whose words run on
over a place («وزار الوزير فرنسا»), a head with only a place of where he is («الوزير في القاهرة»), a title apposed
to a name («السفير البريطاني لدى المملكة جون جنكنز»), an envoy («المبعوث اليمني»), nor one a listed person of
its country and sector named before may hold («وقال خالد العطية ... وأكد وزير خارجية الدوحة»)."""

from __future__ import annotations

from conftest import analyze_news, news_quote_rows


def _persons(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.actor) for e in analyze_news(text).entities if e.type == "PERSON"]


def test_a_title_alone_is_a_person_with_its_words_as_the_quote_phrase() -> None:
    text = "وقال وزير مالية سريلانكا إن الاقتصاد ينمو."
    assert _persons(text) == [("وزير مالية سريلانكا", "LKAGOV")]
    assert news_quote_rows(text)[0][:3] == ("وقال", "وزير مالية سريلانكا", "وزير مالية سريلانكا")


def test_a_place_after_a_definite_word_is_no_part_of_the_title() -> None:
    assert _persons("وزار الوزير فرنسا أمس.") == []
    assert _persons("ويزور وزير الدفاع الأردني عمان غدا.") == []
    assert _persons("وأعلن قائد شرطة محافظة الأنبار اعتقال عشرة مسلحين.") == [("قائد شرطة محافظة الأنبار", "IRQCOP")]


def test_a_bare_head_with_the_place_where_he_is_is_no_official_of_his_own() -> None:
    assert _persons("واتفق الجانبان على ذلك، بحسب ما أضاف الوزير في القاهرة.") == []


def test_a_title_apposed_to_a_name_is_that_person() -> None:
    assert _persons("وقال سفير اليابان لدى مصر، جيرو كوداما، إن العلاقات قوية.") == [("جيرو كوداما", "JPNGOV")]
    assert [n for n, _ in _persons("واستقبل الوزير أمس السفير البريطاني لدى المملكة جون جنكنز في مكتبه.")] == [
        "جون جنكنز"]
    assert "النائبة العامة الأميركية" not in [n for n, _ in _persons(
        "وقالت لوريتا إي لينش، النائبة العامة الأميركية، إن الأمر خطير.")]


def test_an_envoy_is_no_official_named_by_his_title() -> None:
    assert _persons("وقال المبعوث اليمني إن الحوار سيستأنف قريبا.") == []
    assert _persons("وقال وزير الخارجية اليمني إن الحوار سيستأنف قريبا.") == [("وزير الخارجية اليمني", "YEMGOV")]


def test_a_listed_person_of_its_country_and_sector_without_a_title_holds_it() -> None:
    text = "وقال خالد العطية إن الحوار ضروري. وأكد وزير خارجية الدوحة أن بلاده تدعم الحل السياسي."
    assert _persons(text) == [("خالد العطية", "QATGOV")]

"""Round en530c: a title phrase named by its words only is no person where it runs into a second title after a
definite one («استقبل الوزير السفير الأميركي»), over a word glued to «بـ/لـ/كـ» («اتصل الرئيس الفرنسي بالعاهل
الأردني»), or follows an untagged name of two words (the title his); a revenge masdar whose «من» party no entity
names takes the whole phrase as target («بالانتقام من قتلة الرهينة»)."""

from __future__ import annotations

from conftest import analyze_news, news_arg


def _persons(text: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.actor) for e in analyze_news(text).entities if e.type == "PERSON"]


def test_two_definite_titles_side_by_side_are_no_one_title_person() -> None:
    assert _persons("واستقبل الوزير السفير البريطاني في مكتبه أمس.") == []
    # counter-case: one title of its own stays a person
    assert _persons("واستقبل السفير البريطاني وفدا من رجال الأعمال أمس.") == [("السفير البريطاني", "GBRGOV")]
    # counter-case: a title inside an undefined construct is one office («نائب رئيس الوزراء»)
    assert _persons("وقال نائب وزير الخارجية الياباني إن المحادثات مثمرة.") == [
        ("نائب وزير الخارجية الياباني", "JPNGOV")]


def test_a_title_ends_before_a_word_glued_to_a_preposition() -> None:
    assert news_arg("واتصل الرئيس الفرنسي بالملك الأردني معلنا استنكاره للهجوم.", "استنكاره") == "الرئيس الفرنسي"
    assert _persons("واتصل الرئيس الفرنسي بالملك الأردني معلنا استنكاره للهجوم.") == []
    assert _persons("واتصل الرئيس الفرنسي هاتفيا أمس.") == [("الرئيس الفرنسي", "FRAGOV")]


def test_a_title_after_an_untagged_name_is_that_name_s() -> None:
    assert _persons("لكن رحمة أمان وزير الداخلية الإندونيسي قال إن الشرطة ستزيد دورياتها.") == []
    assert _persons("لكن وزير الداخلية الإندونيسي قال إن الشرطة ستزيد دورياتها.") == [
        ("وزير الداخلية الإندونيسي", "IDNGOV")]


def test_revenge_on_an_unnamed_party_is_the_whole_min_phrase() -> None:
    text = "وتعهد وزير الدفاع الأمريكي بالانتقام من قتلة الجنود في العراق."
    assert news_arg(text, "وتعهد", "target") == "قتلة الجنود"
    assert news_arg(text, "وتعهد", "source") == "وزير الدفاع الأمريكي"
    assert news_arg("وتعهد وزير الدفاع الأمريكي بالانتقام من تنظيم داعش.", "وتعهد", "target") == "تنظيم داعش"

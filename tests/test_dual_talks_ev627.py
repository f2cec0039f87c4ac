"""Round ev627: a nominative dual with the article is a whole subject, so the definite word after it is the verb's
object («وبحث الزعيمان | الأوضاع في سوريا», «وبحث الجانبان | الأوضاع»); «استعرض» with two sides as its subject is
talks («حيث استعرض الوزيران خلال الاتصال»); and the dual finds its pair where the meeting's «ـه» owner is read late
(«لقاءه مع فلان ... إذ تباحث الطرفان»). Counter-cases: a plural «البلدان العربية», a pair named by its country
adjectives, «استعرض الجيش قوته», a singular subject of «استعرض» with no «مع»."""

from __future__ import annotations

from conftest import news_event_rows

from rasd.events.dual_heads import dual_ends, pair_dual_open

MEET = "التقى الرئيس المصري عبد الفتاح السيسي الملك الأردني عبد الله الثاني في القاهرة أمس. "
A, B = "عبد الفتاح السيسي", "عبد الله الثاني"


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c, t, s, g) for c, t, s, g, _ in news_event_rows(text)]


def test_leaders_discuss_definite_object() -> None:
    assert ("040", "وبحث", A, B) in _rows(MEET + "وبحث الزعيمان الأوضاع في سوريا.")


def test_sides_discuss_definite_object() -> None:
    rows = _rows(MEET + "وبحث الجانبان الأوضاع في المنطقة.")
    assert rows == [("040", "التقى", A, B)]  # round ev702: the two sides found, the talks retell the meeting: one event


def test_ministers_review_after_call() -> None:
    text = ("أجرى وزير الخارجية السعودي عادل الجبير اتصالا هاتفيا مع وزير الخارجية الأمريكي جون كيري. "
            "حيث استعرض الوزيران خلال الاتصال عددا من الموضوعات.")
    assert ("040", "استعرض", "عادل الجبير", "جون كيري") in _rows(text)


def test_review_with_partner() -> None:
    text = "واستعرض وزير الخارجية السعودي عادل الجبير مع نظيره الأمريكي جون كيري العلاقات الثنائية."
    assert ("040", "واستعرض", "عادل الجبير", "جون كيري") in _rows(text)


def test_sides_after_meeting_pronoun_owner() -> None:
    text = ("قال وزير الخارجية اليمني رياض ياسين إن الحوثيين يواجهون عزلة. وقال وزير الخارجية اليمني إن لقاءه "
            "مع وزير الخارجية القطري خالد العطية كان مثمرا. وأشاد بالدبلوماسية القطرية، إذ تباحث الطرفان حول "
            "المستجدات الأخيرة.")
    # round ev702: the two sides found, «لقاءه» and «تباحث الطرفان» are one meeting (events.sides_retold)
    assert ("040", "لقاءه", "رياض ياسين", "خالد العطية") in _rows(text)
    assert not any(t == "تباحث" for _, t, _, _ in _rows(text))


def test_army_reviews_its_power_no_talks() -> None:
    rows = _rows("استعرض الجيش قوته في عرض عسكري كبير.")
    assert not any(c.startswith("04") for c, _, _, _ in rows)


def test_review_alone_no_talks() -> None:
    rows = _rows(MEET + "واستعرض الرئيس السيسي الأوضاع في سوريا.")
    assert [t for c, t, _, _ in rows if c.startswith("04")] == ["التقى"]


def test_plural_countries_no_talks() -> None:
    rows = _rows(MEET + "وبحث البلدان العربية الأوضاع في المنطقة.")
    assert [t for c, t, _, _ in rows if c.startswith("04")] == ["التقى"]


def test_pair_named_by_adjectives_no_pair() -> None:
    rows = _rows(MEET + "واستعرض الرئيسان الروسي والأمريكي الأوضاع.")
    assert [t for c, t, _, _ in rows if c.startswith("04")] == ["التقى"]


def test_dual_ends_phrase() -> None:
    assert dual_ends("الجانبان", "الأوضاع")
    assert dual_ends("والوزيران", "العلاقات")
    assert not dual_ends("الجانبان", "المصري")  # (a country adjective names the two)
    assert not dual_ends("الطرفان", "المتنازعان")  # (a dual adjective)
    assert not dual_ends("البلدان", "العربية")  # (a plural)
    assert not dual_ends("الوزير", "الأوضاع")  # (no dual)


def test_pair_dual_open() -> None:
    assert pair_dual_open("الزعيمان", "الاوضاع")
    assert pair_dual_open("البلدان", "سبل")
    assert not pair_dual_open("البلدان", "الناميه")
    assert not pair_dual_open("الرئيسان", "الروسي")

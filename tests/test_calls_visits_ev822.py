"""Round ev822: (a) a call its relative verb follows with no «هاتفي» («خلال اتصال تلقاه من الرئيس فلان»: the
caller after «من» is the source, the receiver before it the target; «في اتصال أجراه مع فلان»); (b) a kin word
before a title and a name («من أخيه الملك عبدالله الثاني») does not stop the title from reaching the name; (c) the
short stem «زرنا/زرت» is a visit, inside a quote the speaker's («زارنا» is «he visited us», unchanged).
Counter-cases: «قطع الاتصال», «وزارة الاتصالات», «خط اتصال», a kin word with a name and no title."""

from __future__ import annotations

from conftest import news_event_rows


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c, t, s, g) for c, t, s, g, _ in news_event_rows(text)]


def _calls(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [r for r in _rows(text) if r[0] in ("040", "041")]  # round ev901: 041 by telephone


def test_call_received_relative_no_phone_word() -> None:
    text = "وأكد الملك سلمان بن عبدالعزيز خلال اتصال تلقاه من الرئيس الأمريكي باراك أوباما عمق العلاقات."
    assert _calls(text) == [("040", "اتصال تلقاه", "باراك أوباما", "سلمان بن عبدالعزيز")]


def test_call_received_relative_past_time() -> None:
    text = "وأكد الملك سلمان خلال اتصال تلقاه أمس من الرئيس الفرنسي فرانسوا هولاند عمق العلاقات."
    assert _calls(text) == [("040", "اتصال تلقاه", "فرانسوا هولاند", "سلمان")]


def test_call_made_relative() -> None:
    text = "وأكد وزير الخارجية السعودي عادل الجبير في اتصال أجراه بنظيره المصري سامح شكري دعم بلاده."
    assert _calls(text) == [("040", "اتصال أجراه", "عادل الجبير", "سامح شكري")]


def test_phone_relative_unchanged() -> None:
    text = "وأكد الملك سلمان خلال اتصال هاتفي تلقاه من الرئيس الأمريكي باراك أوباما عمق العلاقات."
    assert _calls(text) == [("041", "اتصال هاتفي", "باراك أوباما", "سلمان")]


def test_other_senses_of_ittisal_no_call() -> None:
    for text in ("وقررت السلطات قطع الاتصال مع المسلحين في المدينة.",
                 "وقال وزير الاتصالات محمد السويل إن خط اتصال جديدا سيفتح.",
                 "وأعلنت وزارة الاتصالات عن انقطاع الاتصالات في المنطقة."):
        assert not any(c.startswith("04") for c, _, _, _ in _rows(text)), text


def test_kin_before_title_reaches_name() -> None:
    text = "تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً من أخيه الملك عبدالله الثاني ملك الأردن."
    assert _calls(text) == [("041", "اتصالاً هاتفياً", "عبدالله الثاني", "عبد الفتاح السيسي")]


def test_brother_before_president_reaches_name() -> None:
    text = "تلقى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً من شقيقه الرئيس الفلسطيني محمود عباس."
    assert _calls(text) == [("041", "اتصالاً هاتفياً", "محمود عباس", "عبد الفتاح السيسي")]


def test_kin_with_plain_name_not_a_title() -> None:
    text = "تلقى الملك سلمان اتصالاً هاتفياً من أخيه محمد."
    rows = _calls(text)
    assert len(rows) == 1 and rows[0][2] is None and rows[0][3] == "سلمان"  # no title: the kin phrase stays


def test_we_visited_in_quote_is_speaker() -> None:
    text = 'وقال وزير الخارجية عادل الجبير: "زرنا القاهرة الأسبوع الماضي".'
    assert _rows(text) == [("042", "زرنا", "عادل الجبير", "القاهرة")]


def test_i_visited_in_quote_is_speaker() -> None:
    text = 'وقال الرئيس الفرنسي فرانسوا هولاند: "زرت موسكو مرتين هذا العام".'
    assert _rows(text) == [("042", "زرت", "فرانسوا هولاند", "موسكو")]


def test_we_visited_outside_quote_no_source() -> None:
    assert _rows("زرنا القاهرة الأسبوع الماضي.") == [("042", "زرنا", None, "القاهرة")]


def test_he_visited_us_unchanged() -> None:
    text = 'وقال وزير الخارجية عادل الجبير: "زارنا الرئيس الفرنسي فرانسوا هولاند الشهر الماضي".'
    assert _rows(text) == [("042", "زارنا", "فرانسوا هولاند", None)]

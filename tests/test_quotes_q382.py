"""Quotes, round q382: a relay cue whose outlet is named at length («ونقلت وكالة الأنباء اليمنية التابعة للحكومة
الشرعية عن فلان قوله إن») still reaches its «عن» when «قوله/قولها/قولهم» follows it, and a quoted outlet name before
that «عن» («خدمة «دي إيه إن» الإخبارية») is no part of what was said."""

from __future__ import annotations

from conftest import news_quote_rows


def test_a_relay_past_a_long_outlet_name_is_the_quote_of_the_one_relayed() -> None:
    text = ("ونقلت وكالة الأنباء اليمنية التابعة للحكومة الشرعية عن الرئيس عبد ربه منصور هادي قوله إن الحلول "
            "السياسية يجب أن تؤدي إلى تطبيق القرارات الدولية.")
    rows = news_quote_rows(text)
    assert len(rows) == 1
    cue, name, _, content, direct = rows[0]
    assert cue == "ونقلت" and name is not None and "هادي" in name
    assert content == "الحلول السياسية يجب أن تؤدي إلى تطبيق القرارات الدولية" and not direct


def test_a_far_about_with_no_words_relayed_is_no_relay() -> None:
    text = ("نقلت الشاحنات التابعة للهلال الأحمر المواد الغذائية إلى المدينة البعيدة عن الحدود الشرقية أمس "
            "إن الطرق مفتوحة.")
    assert [r for r in news_quote_rows(text) if r[0] == "نقلت"] == []


def test_a_quoted_outlet_name_before_the_relays_about_is_not_what_was_said() -> None:
    text = ("ونقلت خدمة «دي إيه إن» الإخبارية التابعة للانفصاليين عن مسؤولين في الحركة الانفصالية أمس قولهم إن "
            "«22 من المدنيين والمقاتلين لقوا مصرعهم خلال الشهر الماضي».")
    rows = news_quote_rows(text)
    assert len(rows) == 1
    assert rows[0][3] == "22 من المدنيين والمقاتلين لقوا مصرعهم خلال الشهر الماضي" and rows[0][4]


def test_a_relay_in_four_words_is_read_as_before() -> None:
    text = "ونقلت الوكالة عن وزير الخارجية قوله إن المحادثات مستمرة."
    rows = news_quote_rows(text)
    assert [(r[0], r[3]) for r in rows] == [("ونقلت", "المحادثات مستمرة")]

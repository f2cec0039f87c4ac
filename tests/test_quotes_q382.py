"""Quotes, round q382: a relay cue whose outlet is named at length («ونقلت وكالة الأنباء اليمنية التابعة للحكومة
الشرعية عن فلان قوله إن») still reaches its «عن» when «قوله/قولها/قولهم» follows it, and a quoted outlet name before
that «عن» («خدمة «دي إيه إن» الإخبارية») is no part of what was said. «نقلا عن» set off by commas inside a verb cue
(«وذكرت الإذاعة، نقلا عن مسؤولين، أنه») is an aside: the verb's quote. «كتبت» with a named writer and «أن» is a cue."""

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


def test_a_body_that_wrote_that_is_quoted() -> None:
    text = ("ومن جهتها، كتبت منظمة أطباء بلا حدود على حسابها في «تويتر» أن: «الطاقم على متن السفينة يؤكد أن كثيرين "
            "غرقوا».")
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        ("كتبت", "منظمة أطباء بلا حدود", "الطاقم على متن السفينة يؤكد أن كثيرين غرقوا", True)]


def test_wrote_with_no_that_is_no_quote() -> None:
    text = "وكتبت منظمة أطباء بلا حدود تقريرا طويلا عن أوضاع المهاجرين في البحر المتوسط."
    assert news_quote_rows(text) == []


def test_relayed_set_off_in_a_verb_cue_is_the_verbs_quote() -> None:
    text = ("وذكرت الإذاعة العامة الإسرائيلية، نقلا عن مسؤولين أمنيين إسرائيليين، أنه من الصعب التسلل إلى "
            "الجماعات المتطرفة.")
    rows = news_quote_rows(text)
    # (round nb411: the radio is now a body of Israel, ISRMED, no phrase left to the speaker_text)
    assert [(r[0], r[1] or r[2], r[3]) for r in rows] == [
        ("وذكرت", "الإذاعة العامة الإسرائيلية", "من الصعب التسلل إلى الجماعات المتطرفة")]


def test_relayed_set_off_after_a_quoted_outlet_name_is_the_verbs_quote() -> None:
    text = "وذكرت شبكة «سي إن إن»، نقلا عن مسؤولين أميركيين، أن الولايات المتحدة نفذت أول غارة."
    rows = news_quote_rows(text)
    assert [(r[0], r[1], r[3]) for r in rows] == [("وذكرت", "سي إن إن", "الولايات المتحدة نفذت أول غارة")]


def test_relayed_with_no_comma_closed_by_a_comma_and_that_stays_the_sources() -> None:
    text = "وأفادت الشبكة نقلا عن مسؤولين أميركيين في مجال الدفاع أمس، بأن الولايات المتحدة نفذت أول غارة."
    assert [r[0] for r in news_quote_rows(text)] == ["نقلا"]


def test_relayed_opening_its_own_sentence_stays_a_quote() -> None:
    text = "ونقلا عن مسؤولين أمنيين، فإن الجماعات المتطرفة لا تستخدم الهواتف."
    assert [r[0] for r in news_quote_rows(text)] == ["ونقلا"]

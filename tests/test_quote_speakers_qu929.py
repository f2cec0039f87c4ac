"""Round qu929: quote speakers that stood empty or short.

- «ووفقا للمصدر فإن ...» / «وطبقا للمصادر»: the «لـ» hides the article of the call-back «المصدر», which is the
  unnamed source told of before, with its affiliation (as «وبحسب المصدر»);
- «وكان مسؤولون في وزارة X قالوا إن ...»: an unnamed source after «كان» whose phrase ends on the body it belongs to
  speaks, the body its affiliation (not the phrase's last name as subject, not no one).
"""

from __future__ import annotations

from conftest import news_quote

_SOURCE = "وقال مصدر رفيع في الحكومة العراقية لـ«الشرق الأوسط» إن الجيش استعاد السيطرة على الجسر. "


def test_according_to_called_back_source_behind_lam() -> None:
    who, given, body, content = news_quote(_SOURCE + "ووفقا للمصدر فإن القوات ستتقدم نحو المدينة خلال أيام.", "ووفقا")
    assert who is None
    assert given == "مصدر رفيع في الحكومة العراقية"
    assert body == "الحكومة العراقية"
    assert content == "القوات ستتقدم نحو المدينة خلال أيام"


def test_according_to_called_back_source_behind_lam_with_comma() -> None:
    who, given, body, content = news_quote(_SOURCE + "ووفقا للمصدر، فإن القوات ستتقدم نحو المدينة خلال أيام.", "ووفقا")
    assert who is None and given == "مصدر رفيع في الحكومة العراقية" and body == "الحكومة العراقية"


def test_according_to_other_number_stays_unresolved() -> None:
    # «المصادر» never goes back to one «مصدر»: the plural call-back is left as it reads
    who, given, body, content = news_quote(_SOURCE + "ووفقا للمصادر فإن القوات ستتقدم نحو المدينة خلال أيام.", "ووفقا")
    assert who is None
    assert given == "مصادر"


def test_according_to_named_source_unchanged() -> None:
    who, given, body, content = news_quote(_SOURCE + "ووفقا لوكالة رويترز فإن القوات ستتقدم نحو المدينة.", "ووفقا")
    assert who == "وكالة رويترز"


def test_unnamed_officials_of_a_ministry_after_kana() -> None:
    who, given, body, content = news_quote(
        "وكان مسؤولون في وزارة الخارجية الأميركية قالوا للصحيفة إن واشنطن سترسل وفدا إلى القاهرة.", "قالوا")
    assert who is None
    assert given == "مسؤولون في وزارة الخارجية الأميركية"
    assert body == "وزارة الخارجية الأميركية"
    assert content == "واشنطن سترسل وفدا إلى القاهرة"


def test_unnamed_source_of_a_movement_after_kanat() -> None:
    who, given, body, content = news_quote(
        "وكانت مصادر في حركة فتح قالت إن الرئيس سيزور القاهرة الأسبوع المقبل.", "قالت")
    assert who is None and given == "مصادر في حركة فتح" and body == "حركة فتح"


def test_named_person_ending_the_phrase_after_kana_still_speaks() -> None:
    who, given, body, content = news_quote(
        "وكان مسؤول الإغاثة في الأمم المتحدة ستيفن أوبراين قال إن الوضع الإنساني في البلاد كارثي.", "قال")
    assert who == "ستيفن أوبراين"


def test_unnamed_source_with_no_body_after_kana_stays_bare() -> None:
    who, given, body, content = news_quote("وكانت مصادر مطلعة قالت إن الرئيس سيزور القاهرة الأسبوع المقبل.", "قالت")
    assert who is None and given == "مصادر مطلعة" and body is None

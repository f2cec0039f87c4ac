"""Indirect reported words end before the narrator's clause that links back to them (round qu450): «، وقد تزامن هذا
الكلام مع ...», «، ويأتي ذلك في وقت ...», «، وجاءت تصريحاته بعد ...», «، ويذكر أن ...». Counter-cases: a
demonstrative before a noun not of speech («، وجاء هذا القرار بعد») may be the speaker's and stays; the same words
inside a direct quotation stay to its closing mark; a quoted name inside the indirect words keeps it indirect.
And an «according to» cue's content that is one quotation and nothing else is the source's words, direct («ووفقا للوكالة، فإن «هجوما انتحاريا ...»»), not a quoted name in it."""

from __future__ import annotations

from rasd import analyze

from conftest import news_quote_rows


def _content(text: str) -> tuple[str, bool]:
    """(content, direct) of the one quote of ``text``."""
    rows = news_quote_rows(text)
    assert len(rows) == 1, rows
    return rows[0][3], rows[0][4]


def test_the_speech_coinciding_with_analyses_is_the_writers() -> None:
    got = _content("أعلن الرئيس التركي رجب طيب إردوغان أن روسيا تتجه إلى التخلي عن حليفها، وقد تزامن هذا الكلام مع "
                   "فيض من التحليلات في الصحف الغربية.")
    assert got == ("روسيا تتجه إلى التخلي عن حليفها", False)


def test_this_comes_at_a_time_is_the_writers() -> None:
    got = _content("وقال وزير الخارجية سامح شكري إن بلاده تدعم الحل السياسي في اليمن، ويأتي ذلك في وقت تتصاعد فيه "
                   "المعارك في تعز.")
    assert got == ("بلاده تدعم الحل السياسي في اليمن", False)


def test_his_statements_came_after_is_the_writers() -> None:
    got = _content("وأكد وزير الخارجية سامح شكري أن بلاده لن تتدخل في الأزمة الليبية، وجاءت تصريحاته بعد لقائه "
                   "نظيره الإيطالي في روما.")
    assert got == ("بلاده لن تتدخل في الأزمة الليبية", False)


def test_a_decision_that_came_after_may_be_the_speakers() -> None:
    got = _content("وقال وزير الخارجية سامح شكري إن الحكومة قررت إغلاق المعبر، وجاء هذا القرار بعد مشاورات طويلة "
                   "مع الجيش.")
    assert got == ("الحكومة قررت إغلاق المعبر، وجاء هذا القرار بعد مشاورات طويلة مع الجيش", False)


def test_a_direct_quotation_goes_on_to_its_closing_mark() -> None:
    got = _content("وقال وزير الخارجية سامح شكري: «إن بلاده تدعم الحل السياسي في اليمن، ويأتي ذلك في وقت تتصاعد "
                   "فيه المعارك في تعز».")
    assert got == ("إن بلاده تدعم الحل السياسي في اليمن، ويأتي ذلك في وقت تتصاعد فيه المعارك في تعز", True)


def test_a_quoted_name_in_indirect_words_stays_indirect() -> None:
    got = _content("وقال وزير الخارجية سامح شكري إن «داعش» تسعى إلى السيطرة على سرت، وقد تزامن هذا الكلام مع "
                   "غارات جديدة على المدينة.")
    assert got == ("«داعش» تسعى إلى السيطرة على سرت", False)


def test_the_writers_note_is_not_said() -> None:
    got = _content("وقال وزير الخارجية سامح شكري إن بلاده تدعم الحل السياسي في اليمن، ويذكر أن المعارك تصاعدت في "
                   "تعز خلال الأسبوع الماضي.")
    assert got[0] == "بلاده تدعم الحل السياسي في اليمن"


def test_a_sources_words_all_in_one_quotation_are_direct() -> None:
    got = _content("كما قتل جندي تركي في ماردين. ووفقا لوكالة الأناضول، فإن «هجوما انتحاريا بجرار مفخخ استهدف مخفرا "
                   "للشرطة على الطريق نحو ولاية إجدير».")
    assert got == ("هجوما انتحاريا بجرار مفخخ استهدف مخفرا للشرطة على الطريق نحو ولاية إجدير", True)


def test_a_quoted_name_after_according_to_stays_indirect() -> None:
    got = _content("كما قتل جندي تركي في ماردين. ووفقا لوكالة الأناضول، فإن «داعش» استهدف مخفرا للشرطة على الطريق "
                   "نحو ولاية إجدير.")
    assert got == ("«داعش» استهدف مخفرا للشرطة على الطريق نحو ولاية إجدير", False)

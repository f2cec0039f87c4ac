"""Round ev804: a call's other party after a time (or a place phrase) set off by commas after the call noun:
«تلقى الرئيس اتصالا هاتفيا، أمس، من الرئيس فلان» has the caller as source and the receiver as target (the
convention of ev712), «أجرى الرئيس اتصالا هاتفيا، أمس، بالرئيس فلان» the one called as target; a time between
a relative «تلقاه» and «من» («في اتصال هاتفي تلقاه أمس من فلان») is passed too. Counter-cases: the forms that
worked stay as they were; a phrase that names no party after the insert («بعث برقية، اليوم، بمناسبة ...») is
no target."""

from __future__ import annotations

from conftest import news_event_rows


def _rows(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(c, t, s, g) for c, t, s, g, _ in news_event_rows(text)]


def test_received_past_set_off_day() -> None:
    text = "تلقى الرئيس اليمني عبدربه منصور هادي اتصالا هاتفيا، أمس، من الرئيس الأمريكي باراك أوباما."
    assert _rows(text) == [("041", "اتصالا هاتفيا", "باراك أوباما", "عبدربه منصور هادي")]


def test_received_past_set_off_part_of_day() -> None:
    text = "تلقى ولي العهد الأمير محمد بن نايف اتصالا هاتفيا، مساء اليوم، من الرئيس المصري عبدالفتاح السيسي."
    assert _rows(text) == [("041", "اتصالا هاتفيا", "عبدالفتاح السيسي", "محمد بن نايف")]


def test_made_past_set_off_day() -> None:
    text = "أجرى الرئيس الأمريكي باراك أوباما اتصالاً هاتفياً، أمس، بالرئيس الروسي فلاديمير بوتين."
    assert _rows(text) == [("041", "اتصالاً هاتفياً", "باراك أوباما", "فلاديمير بوتين")]


def test_relative_received_time_before_from() -> None:
    text = ("وكان الرئيس اليمني عبدربه منصور هادي قد بحث في اتصال هاتفي تلقاه أمس من الرئيس الأمريكي باراك "
            "أوباما الأوضاع في اليمن.")
    assert _rows(text) == [("041", "اتصال هاتفي", "باراك أوباما", "عبدربه منصور هادي")]


def test_counter_time_without_commas_unchanged() -> None:
    text = "تلقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز اتصالا هاتفيا اليوم من الرئيس الأمريكي باراك أوباما."
    assert _rows(text) == [("041", "اتصالا هاتفيا", "باراك أوباما", "سلمان بن عبدالعزيز")]


def test_counter_relative_received_unchanged() -> None:
    text = ("وقال الرئيس المصري عبدالفتاح السيسي في اتصال هاتفي تلقاه من الرئيس الفرنسي فرانسوا هولاند إن البلدين "
            "يدعمان الحل السياسي.")
    assert _rows(text) == [("041", "اتصال هاتفي", "فرانسوا هولاند", "عبدالفتاح السيسي")]


def test_counter_occasion_after_set_off_day_is_no_target() -> None:
    text = "بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز برقية تهنئة، اليوم، بمناسبة ذكرى استقلال بلاده."
    assert _rows(text) == [("051", "برقية تهنئة", "سلمان بن عبدالعزيز", None)]

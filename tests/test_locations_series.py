"""Round lo473: a series whose items are listed past a partitive of things («من بينها هجومان ... في أنقرة ... في
مدينة اسطنبول») takes the country all the listed towns lie in, where the article names it
(events.where_series.series_country). Hand-made sentences (paraphrases, no article text), with counter-cases."""

from __future__ import annotations

from conftest import news_place

_LEAD = "وقالت تركيا إنها ستلاحق المسؤولين. "


def test_series_in_towns_of_one_country_is_in_that_country() -> None:
    text = _LEAD + ("وتحدثت الصحف عن سلسلة الهجمات التي ضربت أهدافا أمنية أمس مسفرة عن مقتل ستة من رجال الشرطة، من "
                    "بينها هجومان استهدفا مركزا حكوميا في أنقرة ومركزا للشرطة في مدينة اسطنبول.")
    assert news_place(text, "الهجمات") == "تركيا"


def test_counter_towns_of_two_countries_give_nothing() -> None:
    text = _LEAD + ("وتحدثت الصحف عن سلسلة الهجمات التي ضربت أهدافا أمنية أمس مسفرة عن مقتل ستة من رجال الشرطة، من "
                    "بينها هجومان استهدفا مركزا حكوميا في أنقرة ومركزا للشرطة في مدينة بغداد.")
    assert news_place(text, "الهجمات") is None


def test_counter_one_town_or_a_country_not_named() -> None:
    # one town listed: the rest of the series may be elsewhere
    text = _LEAD + ("وتحدثت الصحف عن سلسلة الهجمات التي ضربت أهدافا أمنية أمس مسفرة عن مقتل ستة من رجال الشرطة، من "
                    "بينها هجوم استهدف مركزا للشرطة في مدينة اسطنبول.")
    assert news_place(text, "الهجمات") is None
    # the country is not named in the article: no place to give
    text = ("وتحدثت الصحف عن سلسلة الهجمات التي ضربت أهدافا أمنية أمس مسفرة عن مقتل ستة من رجال الشرطة، من "
            "بينها هجومان استهدفا مركزا حكوميا في أنقرة ومركزا للشرطة في مدينة اسطنبول.")
    assert news_place(text, "الهجمات") is None

"""Dating in real-news constructions, round 231: an effect told after its cause's clause («...، مما أدى إلى مقتل»)
takes the time of that clause, not the article date."""

from __future__ import annotations

from conftest import news_date


def test_effect_takes_the_time_of_its_cause() -> None:
    text = "سقطت أمس قذيفة في سوق شعبي بالمدينة، التي تسيطر عليها المعارضة، مما أدى إلى سقوط عشرات القتلى."
    assert news_date(text, "القتلى") == "2015-08-01"
    text = "قصفت الطائرات أول أمس حيا سكنيا في البلدة، ما أسفر عن مقتل خمسة مدنيين."
    assert news_date(text, "مقتل") == "2015-07-31"


def test_effect_counter_cases() -> None:
    # the time of a relative clause inside the cause's clause is not the cause's
    text = "قصفت الطائرات القرية التي دخلها التنظيم في يونيو الماضي، مما أدى إلى مقتل خمسة مدنيين."
    assert news_date(text, "مقتل") != "2015-06"
    # no time in the cause's clause: the article date, as before
    text = "قصفت الطائرات حيا سكنيا في البلدة، مما أدى إلى مقتل خمسة مدنيين."
    assert news_date(text, "مقتل") == "2015-08-02"

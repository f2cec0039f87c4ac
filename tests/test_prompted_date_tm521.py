"""Round tm521: an act a verb of prompting drives its object to («، ما دفع الحكومة إلى مطالبة الحزب») is dated by
the time of the cause's clause, as an effect after «مما أدى إلى» is (``effect_time``), not by the article date; a
pluperfect cause with no time leaves it undated."""

from __future__ import annotations

from conftest import news_date


def test_prompted_act_takes_the_cause_time() -> None:
    text = "وكانت تركيا نفذت، السبت الماضي، ضربات جوية على معاقل الحزب، ما دفع الحكومة المحلية إلى مطالبة الحزب بالمغادرة."
    assert news_date(text, "مطالبة") == "2015-07-25" == news_date(text, "ضربات جوية")  # the strikes' Saturday
    text = "وقصفت الطائرات أمس مواقع المسلحين في المدينة، مما اضطر السكان إلى مطالبة الحكومة بالحماية."
    assert news_date(text, "مطالبة") == "2015-08-01"


def test_prompted_act_of_a_pluperfect_is_undated() -> None:
    text = "وكانت تركيا قد نفذت ضربات جوية على معاقل الحزب، مما دفع الحكومة إلى مطالبة الحزب بالمغادرة."
    assert news_date(text, "مطالبة") is None


def test_prompted_counter_cases() -> None:
    # no time in the cause's clause: the article date, as before
    text = "ونفذت تركيا ضربات جوية على معاقل الحزب، ما دفع الحكومة إلى مطالبة الحزب بالمغادرة."
    assert news_date(text, "مطالبة") == "2015-08-02"
    # a verb of prompting with no «ما/مما» after a comma is the sentence's own act, of its own day
    text = "ودعت الحكومة اليوم إلى الحوار، وطالبت الحزب بالمغادرة."
    assert news_date(text, "وطالبت") == "2015-08-02"
    # «كان قد أعلن أمس» keeps «أمس»; a present-perfect news act keeps the article date
    assert news_date("وكان الرئيس قد أعلن أمس انسحاب القوات من العراق.", "أعلن") == "2015-08-01"
    assert news_date("وأعلنت وزارة الداخلية اليوم اعتقال خمسة مسلحين.", "وأعلنت") == "2015-08-02"

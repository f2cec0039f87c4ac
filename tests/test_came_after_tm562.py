"""Round tm562: an act in the «بعد أن» clause a news link opens («ويأتي ذلك بعد أن قررت ...»,
«وجاء هذا بعد أن ...») is what the news came after, of no day the text gives (``events.prior_acts.came_after``);
a bare «بعد أن» clause («وصل الوفد بعد أن التقى») and an act with a time of its own keep their day."""

from __future__ import annotations

from conftest import analyze_news

DECIDED = ("ويأتي ذلك بعد أن قررت آلية الاستقرار الأوروبية، رسميا، فتح مفاوضات مع اليونان حول برنامج ثالث "
           "للإنقاذ المالي.")
MET_THIS = "وجاء ذلك بعد أن اجتمع وزير الخارجية مع نظيره الفرنسي في باريس."
MET_YESTERDAY = "وجاء هذا بعد أن اجتمع وزير الخارجية مع نظيره الفرنسي أمس في باريس."
ARRIVED = "ووصل الوفد الأمريكي إلى القاهرة بعد أن التقى وزير الخارجية الأردني في عمان."
NEW_CONJUNCT = "ويأتي ذلك بعد أن قررت الحكومة فتح المعابر، وأعلن الجيش حظر التجول في المدينة."


def _dates(text: str) -> list[tuple[str, str, str | None]]:
    doc = analyze_news(text)
    return [(e.code, doc.text[e.trigger.start : e.trigger.end], e.date) for e in doc.events]


def test_an_act_the_news_came_after_has_no_day() -> None:
    assert _dates(DECIDED) == [("046", "مفاوضات", None)]


def test_a_meeting_the_news_came_after_has_no_day() -> None:
    assert _dates(MET_THIS) == [("040", "اجتمع", None)]


def test_its_own_time_still_dates_it() -> None:
    assert _dates(MET_YESTERDAY) == [("040", "اجتمع", "2015-08-01")]


def test_a_bare_after_clause_keeps_the_day() -> None:
    assert _dates(ARRIVED) == [("042", "ووصل", "2015-08-02"), ("040", "التقى", "2015-08-02")]


def test_a_new_conjunct_after_a_comma_keeps_the_day() -> None:
    assert _dates(NEW_CONJUNCT) == [("010", "وأعلن", "2015-08-02")]

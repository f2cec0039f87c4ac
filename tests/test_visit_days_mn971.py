"""Round mn971: a visit noun dated by default, no time in its sentence, whose visitor and place visited are those of
the visit or arrival the article tells with its own day, is that visit and takes its day
(``rasd.events.topic_retold.visit_days``); hand-made sentences, dated 2015-08-02."""

from __future__ import annotations

from conftest import analyze_news

LEAD = ("وصف وزير الإعلام الكويتي زيارة الأمير محمد بن نايف، ولي العهد وزير الداخلية السعودي، لبلاده بالمهمة. "
        "وقال في تصريحات صحافية إن الزيارة تأتي في وقت دقيق تمر به المنطقة. وأضاف أن العلاقات بين البلدين متينة. "
        "وأشار إلى أن التنسيق الأمني بين البلدين مستمر.\n")
ARRIVAL = ("وكان الأمير محمد بن نايف وصل أمس إلى دولة الكويت تلبية لدعوة من أمير الكويت الشيخ صباح الأحمد الجابر "
           "الصباح.\n")
TALKS = "وتناولت المباحثات الأوضاع في اليمن ومكافحة الإرهاب."


def _visit_at(text: str, at: int):  # type: ignore[no-untyped-def]
    doc = analyze_news(text)
    return next(e for e in doc.events if any(t.start == at for t in e.triggers))


def test_the_visit_told_in_the_lead_takes_the_arrival_day() -> None:
    text = LEAD + ARRIVAL + TALKS
    arrival = _visit_at(text, text.index("وصل"))
    assert (arrival.code, arrival.date) == ("042", "2015-08-01")
    ev = _visit_at(text, text.index("زيارة"))
    assert (ev.code, ev.modality) == ("042", "asserted")
    assert ev.date == "2015-08-01"


def test_two_arrivals_on_two_days_give_the_visit_neither() -> None:
    text = (LEAD + ARRIVAL + "وكان الأمير محمد بن نايف قد وصل في 3 مارس الماضي إلى دولة الكويت في زيارة قصيرة.\n"
            + TALKS)
    ev = _visit_at(text, text.index("زيارة"))
    assert ev.code == "042"
    assert ev.date == "2015-08-02"

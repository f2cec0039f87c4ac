"""Round mn984: a saying whose clause names a place only as what is spoken of takes the venue the article tells
elsewhere (the dateline's place, the speaker's meeting of that day, talks said held in a place that day); the
fronted topic's place named again in what is said is still the matter; a place in the matter of a charge
(«بتهمة») or of what charges relate to («تتعلق بـ») is not where the court acts, and a trial is where its court
sits. Hand-made sentences."""

from __future__ import annotations

from conftest import news_event, news_place


def test_the_fronted_topic_place_named_again_in_what_is_said_is_no_venue() -> None:
    text = ("وبشأن الأزمة في ليبيا أكد وزير الخارجية الأردني ناصر جودة حرص بلاده على وحدة ليبيا وسلامة أراضيها، "
            "ودعم الحوار السياسي في ليبيا.")
    doc, e = news_event(text, "أكد")
    assert e.code == "010"
    assert next(x.name for x in doc.entities if x.id == e.source) == "ناصر جودة"
    assert news_place(text, "أكد") is None


def test_a_saying_about_a_place_takes_the_dateline_s_place() -> None:
    text = "عمان: شدد وزير الخارجية الأردني ناصر جودة على ضرورة وقف القتال في سوريا."
    assert news_place(text, "شدد") == "عمان"


def test_a_saying_about_a_place_takes_the_place_of_the_speaker_s_meeting_that_day() -> None:
    # the meeting is told after the saying (lead_acts carries only forward)
    text = ("شدد وزير الخارجية الأردني ناصر جودة أمس على ضرورة وقف القتال في سوريا. والتقى جودة أمس في باريس "
            "نظيره الفرنسي لوران فابيوس.")
    doc, e = news_event(text, "شدد")
    assert e.date == "2015-08-01"
    assert news_place(text, "شدد") == "باريس"


def test_a_saying_about_a_place_takes_the_venue_of_the_talks_held_that_day() -> None:
    text = ("وشهدت وزارة الخارجية الأردنية أعمال لجنة الحوار الاستراتيجي بين البلدين والتي استؤنفت في العاصمة "
            "الأردنية عمان أمس. وشدد وزير الخارجية الأمريكي جون كيري أمس على ضرورة وقف الأعمال الإرهابية في الأردن.")
    doc, e = news_event(text, "وشدد")
    assert e.code == "010"
    assert next(x.name for x in doc.entities if x.id == e.source) == "جون كيري"
    assert news_place(text, "وشدد") == "عمان"


def test_no_venue_told_leaves_no_place() -> None:
    text = "وشدد وزير الخارجية الأمريكي جون كيري أمس على ضرورة وقف الأعمال الإرهابية في الأردن."
    assert news_place(text, "وشدد") is None


def test_a_conviction_is_where_its_court_sits_not_in_the_charge() -> None:
    text = ("وأدانت محكمة باريس الجنائية أمس خمسة أشخاص بتهمة تجنيد الشباب للقتال في سوريا. وكانت الشرطة قد "
            "اعتقلتهم في باريس.")
    doc, e = news_event(text, "وأدانت")
    assert e.code == "173"
    assert news_place(text, "وأدانت") == "باريس"


def test_charges_the_court_brings_are_where_it_sits() -> None:
    text = ("وفي الجلسة التي عقدتها محكمة باريس الجنائية أمس، وجه القاضي إلى خمسة أشخاص اتهامات تتعلق بتسهيل سفر "
            "الشباب للقتال في العراق. وتقع المحكمة في باريس.")
    doc, e = news_event(text, "اتهامات")
    assert e.code == "173"
    assert news_place(text, "اتهامات") == "باريس"


def test_a_press_review_s_dateline_is_no_venue_of_a_foreign_party() -> None:
    # the line is filed where the papers are; the American minister spoke elsewhere
    text = ("بيروت: أبرزت الصحف اللبنانية الصادرة اليوم الأوضاع في المنطقة. وشدد وزير الخارجية الأمريكي جون كيري "
            "على ضرورة وقف القتال في سوريا.")
    doc, e = news_event(text, "وشدد")
    assert e.code == "010"
    assert next(x.name for x in doc.entities if x.id == e.source) == "جون كيري"
    assert news_place(text, "وشدد") is None


def test_a_dateline_is_the_venue_of_a_party_of_its_country() -> None:
    text = ("بيروت: أبرزت الصحف اللبنانية الصادرة اليوم الأوضاع في المنطقة. وشدد رئيس الوزراء اللبناني تمام سلام "
            "على ضرورة وقف القتال في سوريا.")
    assert news_place(text, "وشدد") == "بيروت"

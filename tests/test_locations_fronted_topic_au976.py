"""Round au976: a place a saying or a meeting names as its matter is not where it happened: one inside a topic phrase
fronted before it («وبشأن/وحول ... في X، ...»), and one after a saying past a complement of the saying whose noun ends
in «ة» («حرص بلاده على سلامة المدنيين في غزة»: the folded «ة» is no possessive pronoun). Counter-cases: a fronted
«في X،» with no topic word, a place after the trigger past a closed topic phrase, and a place after a partner with
a real pronoun («لقائه بنظيره ... في عمان») stay. Hand-made sentences."""

from __future__ import annotations

from conftest import news_event, news_place


def test_a_place_in_a_fronted_topic_before_an_appeal() -> None:
    text = ("وحول التطورات الأخيرة في العراق، دعا الأمين العام للأمم المتحدة بان كي مون جميع الأطراف إلى ضبط "
            "النفس.")
    doc, e = news_event(text, "دعا")
    assert e.code == "020"
    assert next(x.name for x in doc.entities if x.id == e.source) == "بان كي مون"
    assert news_place(text, "دعا") is None


def test_a_place_in_a_long_fronted_topic_before_talks() -> None:
    text = ("وحول إمكانية حدوث تغيير في موقف إيران تجاه الأزمة في سوريا خلال المفاوضات النووية، قال الوزير "
            "البريطاني فيليب هاموند إن ذلك ممكن.")
    doc, e = news_event(text, "المفاوضات")
    assert e.code == "046"
    assert news_place(text, "المفاوضات") is None


def test_a_fronted_place_without_a_topic_word_stays() -> None:
    text = "وفي بغداد، دعا رئيس الوزراء العراقي حيدر العبادي الأحزاب إلى الحوار."
    assert news_place(text, "دعا") == "بغداد"


def test_a_place_after_the_trigger_past_a_short_topic_stays() -> None:
    # the topic phrase closes at its comma; the place comes after the trigger, where it is said
    text = "وبشأن الأزمة، دعا وزير الخارجية الأردني ناصر جودة في بغداد إلى الحوار."
    assert news_place(text, "دعا") == "بغداد"


def test_a_place_in_what_was_said_past_a_feminine_complement() -> None:
    # «على سلامة ...»: a complement of the saying; its «ة» is no possessive pronoun («بنظيره»)
    text = "وأكد وزير الخارجية الأردني ناصر جودة حرص بلاده على سلامة المدنيين في غزة."
    doc, e = news_event(text, "وأكد")
    assert e.code == "010"
    assert next(x.name for x in doc.entities if x.id == e.source) == "ناصر جودة"
    assert news_place(text, "وأكد") is None


def test_a_place_after_a_partner_with_a_pronoun_is_still_the_meeting_s() -> None:
    # a saying «خلال لقائه بنظيره ... في عمان»: the partner phrase is no content, the place is where it was said
    text = "وأكد وزير الخارجية المصري سامح شكري خلال لقائه بنظيره الأردني في عمان دعم بلاده للأردن."
    assert news_place(text, "وأكد") == "عمان"

"""Round au954: a spokesman «باسم» a body of one country, named right before or after his name with no role
recorded for him («وقال المتحدث باسم المقاومة الجنوبية، X», «X، المتحدث الرسمي باسم اللجنة العليا»), is of
that body: its country and sector (:func:`rasd.entities.igospokesmen.spokesman_body`, called by
:mod:`rasd.entities.rolebodies`); with counter-cases."""

from conftest import analyze_news, entity_named, news_quote_rows


def test_spokesman_of_a_rebel_body_before_his_rank_and_name_is_of_it() -> None:
    # «المتحدث باسم X، العقيد Y»: the rank recorded as his role stands between the body and the name
    text = "وقال المتحدث باسم المقاومة الجنوبية، العقيد منصور صالح، إن المقاتلين سيطروا على التلال المحيطة."
    doc = analyze_news(text)
    person = entity_named(doc, "منصور صالح")
    assert (person.country, person.actor) == ("YEM", "YEMREB")


def test_counter_rank_after_another_phrase_takes_no_body() -> None:
    # a body named in a clause before the rank, with no spokesman of it: the colonel is not placed by it
    text = "وصل وفد يمثل المقاومة الجنوبية إلى عدن أمس، والتقى العقيد منصور صالح قادة الألوية."
    doc = analyze_news(text)
    assert entity_named(doc, "منصور صالح").actor != "YEMREB"


def test_spokesman_of_a_state_committee_after_his_name_is_of_it() -> None:
    text = ("أعلنت اللجنة العليا للانتخابات في مصر فتح باب الترشح. "
            "وقال المستشار حاتم بدوي، المتحدث الرسمي باسم اللجنة العليا، إن القوائم ستعلن الأسبوع المقبل.")
    doc = analyze_news(text)
    person = entity_named(doc, "حاتم بدوي")
    assert (person.country, person.actor) == ("EGY", "EGYGOV")
    # the quote's speaker is that person, and so of the committee's code
    assert news_quote_rows(text)[0][:2] == ("وقال", "حاتم بدوي")
    speaker = doc.entity(doc.quotes[0].speaker)
    assert speaker is not None and speaker.actor == "EGYGOV"


def test_counter_spokesman_of_a_body_of_no_country_takes_none() -> None:
    # a body no list places gives no country: the spokesman stays as he was
    text = "وقال سامر الخطيب، المتحدث باسم رابطة أصدقاء الحدائق، إن الحملة ستستمر حتى نهاية الشهر."
    doc = analyze_news(text)
    assert entity_named(doc, "سامر الخطيب").country is None


def test_counter_body_parted_from_the_name_by_a_clause_is_not_his() -> None:
    # «... باسم المقاومة الجنوبية أمس، وقال X»: the phrase does not touch the name
    text = ("نفى المتحدث باسم المقاومة الجنوبية الخبر أمس، وقال عادل سالم المريسي إن الطريق مفتوحة.")
    doc = analyze_news(text)
    assert entity_named(doc, "عادل سالم المريسي").actor != "YEMREB"

"""Quote cues and speakers on constructions of real news, round 22: «وعبّر X عن ...» is the verb «expressed» with
its subject after it, not the preposition «عبر»; a sentence that opens with an unnamed title or a body («رئيس
الحكومة», «وكان مجلس الوزراء») stops a dropped subject from reaching back past it; «بحسب القيادي» is the leader named
before; «وفقا لوزير المالية فلان» names him; and what was added ends before «، وعاد وقال»."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_expressed_has_its_subject() -> None:
    doc = analyze_news("وعبّر رئيس مجلس النواب نبيه بري عن قلقه من الوضع، وقال إن الحوار هو الحل.")
    assert quote_speakers(doc) == [("وقال", "نبيه بري")]
    doc = analyze_news("وعبر رئيس مجلس النواب نبيه بري عن قلقه من الوضع، وقال إن الحوار هو الحل.")
    assert quote_speakers(doc) == [("وقال", "نبيه بري")]


def test_an_unnamed_title_or_body_stops_the_carried_subject() -> None:
    doc = analyze_news("وعبّر رئيس مجلس النواب نبيه بري عن قلقه من الوضع. وزار رئيس الحكومة المدينة أمس. وأعلن أن "
                       "الجلسة ستعقد غدا.")
    assert quote_speakers(doc) == [("وأعلن", None)]
    doc = analyze_news("وعبّر رئيس مجلس النواب نبيه بري عن قلقه من الوضع. وكان مجلس الوزراء قد اجتمع أمس. فقال إن "
                       "الجلسة ستعقد غدا.")
    # (the cabinet, an entity since round 38 of the entities, is the subject carried: not Berri before it)
    assert quote_speakers(doc) == [("فقال", "مجلس الوزراء")]
    doc = analyze_news("وقال وزير الخارجية سامح شكري إن الحوار مهم. وزار الوزير المدينة أمس. وأضاف أن الجلسة ستعقد "
                       "غدا.")
    assert quote_speakers(doc)[-1] == ("وأضاف", "سامح شكري")  # a one-word title: the minister named before
    doc = analyze_news("وقال وزير الخارجية سامح شكري إن الحوار مهم. وزار وزير الخارجية المدينة أمس. وأضاف أن الجلسة "
                       "ستعقد غدا.")
    assert quote_speakers(doc)[-1] == ("وأضاف", "سامح شكري")  # his own office


def test_according_to_a_definite_title_is_the_one_named_before() -> None:
    doc = analyze_news("وقال القيادي في حركة فتح سامح شكري إن الحوار متوقف. وبحسب القيادي، فإن الوفد سيغادر غدا.")
    assert quote_speakers(doc) == [("وقال", "سامح شكري"), ("وبحسب", "سامح شكري")]


def test_according_to_a_title_with_lam_names_the_person() -> None:
    doc = analyze_news("ووفقا لوزير المالية اليوناني يوكليدس تساكالوتوس، فإن المفاوضات ستستأنف غدا.")
    assert quote_speakers(doc) == [("ووفقا", "يوكليدس تساكالوتوس")]
    q = doc.quotes[0]
    assert doc.text[q.content.start : q.content.end] == "المفاوضات ستستأنف غدا"


def test_added_content_ends_before_returning_to_say() -> None:
    doc = analyze_news("وقال الوزير سامي الخطيب إن الحوار مهم، وأضاف أن الوفد سيغادر غدا، وعاد وقال إن الأزمة "
                       "ستنتهي.")
    assert [doc.text[q.content.start : q.content.end] for q in doc.quotes] == [
        "الحوار مهم", "الوفد سيغادر غدا", "الأزمة ستنتهي"]
    doc = analyze_news("وقال الوزير سامي الخطيب إن الحوار مهم، وأضاف أن الوفد سيغادر غدا، ثم عاد وقال إن الأزمة "
                       "ستنتهي.")
    assert doc.text[doc.quotes[1].content.start : doc.quotes[1].content.end] == "الوفد سيغادر غدا"

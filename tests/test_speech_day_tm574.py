"""Round tm574 (hand-made sentences): a relative day inside quoted words (after a colon or a quotation mark) whose
cue clause names the day they were spoken («وقال النائب يوم الأربعاء: بالأمس التقينا») is counted from that day,
and the events in the words follow. Counter-cases: a quotation whose cue names no day, the narrator's own «أمس»,
reported speech after «إن», an editor's bracketed gloss and a day that names its week-day keep the document date."""

from __future__ import annotations

import pytest

import rasd
from rasd.temporal import analyze_times

FRIDAY = "2015-05-01"  # a Friday: «أمس» is Thursday 2015-04-30, Wednesday is 2015-04-29


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_times(text, date=FRIDAY)
    return [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقال النائب يوم الأربعاء: بالأمس التقينا وزير الخارجية في القاهرة.",
         [("يوم الأربعاء", "2015-04-29"), ("بالأمس", "2015-04-28")]),
        ("وقال الوزير أمس: «اليوم نبدأ مرحلة جديدة من المفاوضات».",
         [("أمس", "2015-04-30"), ("اليوم", "2015-04-30")]),
        ("وقال الوزير في تصريح يوم الأربعاء: «غدا نلتقي الوفد».",
         [("يوم الأربعاء", "2015-04-29"), ("غدا", "2015-04-30")]),
        ("وأضاف المتحدث الأربعاء: «قصفت الطائرات مواقع المسلحين صباح أمس».",
         [("الأربعاء", "2015-04-29"), ("صباح أمس", "2015-04-28")]),
    ],
)
def test_quoted_day_counted_from_speech_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a quotation whose cue names no day: the document date
        ("وقال النائب: بالأمس التقينا رئيس الوزراء.", [("بالأمس", "2015-04-30")]),
        # the narrator's own «أمس»
        ("والتقى الوزير أمس نظيره الفرنسي في باريس.", [("أمس", "2015-04-30")]),
        # reported speech after «إن»: the writer's days
        ("وقالت الحركة أمس إن رئيسها التقى أمس وزير الخارجية.", [("أمس", "2015-04-30"), ("أمس", "2015-04-30")]),
        # a day of the speaker's relative clause is no speech day
        ("وقال النائب الذي زار القاهرة الأربعاء: بالأمس التقينا الوزير.",
         [("الأربعاء", "2015-04-29"), ("بالأمس", "2015-04-30")]),
        # the day of a quotation closed before
        ("وقال الوزير الأربعاء: «نرحب بالاتفاق» ووصل الوفد أمس إلى الرياض.",
         [("الأربعاء", "2015-04-29"), ("أمس", "2015-04-30")]),
        # the week-day named with it
        ("وقال الوزير الأربعاء: «التقينا أمس (الخميس) الوفد».",
         [("الأربعاء", "2015-04-29"), ("أمس (الخميس)", "2015-04-30")]),
    ],
)
def test_other_days_keep_document_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert _times(text) == expected


def test_event_in_quotation_follows_speech_day() -> None:
    doc = rasd.analyze("وقال النائب يوم الأربعاء: بالأمس التقينا وزير الخارجية في القاهرة.", date=FRIDAY)
    dates = [(doc.text[e.trigger.start : e.trigger.end], e.date) for e in doc.events]
    assert ("التقينا", "2015-04-28") in dates


def test_event_of_narrator_keeps_document_yesterday() -> None:
    doc = rasd.analyze("والتقى الوزير أمس نظيره الفرنسي في باريس.", date=FRIDAY)
    assert [(doc.text[e.trigger.start : e.trigger.end], e.date) for e in doc.events] == [("والتقى", "2015-04-30")]


# «هذا الشهر» of a past act in a piece dated the 1st of a month is the month before
FIRST = "2015-08-01"


def _first_times(text: str, date: str = FIRST) -> list[tuple[str, str | None]]:
    doc = analyze_times(text, date=date)
    return [(t.text, t.value) for t in doc.times]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("وقعت الحكومة اتفاقا مع المعارضة هذا الشهر.", [("هذا الشهر", "2015-07")]),
        ("وأشار المحضر الذي كتب يوم 15 يوليو إلى الاتفاق الذي وقع هذا الشهر.",
         [("يوم 15 يوليو", "2015-07-15"), ("هذا الشهر", "2015-07")]),
    ],
)
def test_this_month_on_the_first_is_month_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert _first_times(text) == expected


@pytest.mark.parametrize(
    "text, date, expected",
    [
        # the future: the new month
        ("ومن المقرر أن تجتمع اللجنة هذا الشهر.", FIRST, [("هذا الشهر", "2015-08")]),
        ("وستزور الوزيرة القاهرة هذا الشهر.", FIRST, [("هذا الشهر", "2015-08")]),
        # not the 1st
        ("وقعت الحكومة اتفاقا مع المعارضة هذا الشهر.", "2015-08-02", [("هذا الشهر", "2015-08")]),
        # another time of the new month in the sentence
        ("وقعت الحكومة اتفاقا اليوم بعد مفاوضات هذا الشهر.", FIRST,
         [("اليوم", "2015-08-01"), ("هذا الشهر", "2015-08")]),
    ],
)
def test_this_month_kept(text: str, date: str, expected: list[tuple[str, str]]) -> None:
    assert _first_times(text, date) == expected

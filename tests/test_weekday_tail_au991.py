"""Round au991: the weekday that ends a day adverb («اليوم (الاثنين)», «اليوم الاثنين», «أمس الأحد») is an adverb
as the bare «اليوم» is: a noun trigger's search for its subject goes on past it to the named subject of the clause
(events.chunk_reads.time_tail in events.subjects.subject_before); a date's tail that is no weekday («سبتمبر
(أيلول) الماضي») still stops it."""

from __future__ import annotations

from conftest import news_event


def _source(text: str, trigger: str) -> str | None:
    doc, ev = news_event(text, trigger)
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent.name if ent is not None else None


def test_meeting_after_today_weekday_in_brackets() -> None:
    text = ("أعلن وزير الخارجية الفرنسي لوران فابيوس، اليوم (الاثنين)، في باريس بعد انتهاء اجتماع مع نظرائه "
            "الأوروبيين، أن بلاده ستدعم الخطة.")
    assert _source(text, "اجتماع") == "لوران فابيوس"


def test_meeting_after_today_weekday_bare() -> None:
    text = ("صرح وزير الخارجية الألماني فرانك فالتر شتاينماير اليوم الثلاثاء في برلين عقب محادثات مع نظيره "
            "البولندي بأن الأزمة تتطلب حلا سياسيا.")
    assert _source(text, "محادثات") == "فرانك فالتر شتاينماير"


def test_tour_after_yesterday_weekday() -> None:
    text = "وكان وزير الخارجية الصيني وانغ يي غادر بكين مساء أمس الأحد في جولة تشمل ثلاث دول أفريقية."
    assert _source(text, "جولة") == "وانغ يي"


def test_month_tail_still_stops_the_search() -> None:
    text = ("واعتقلت الشرطة الفرنسية جان دوبون في العاشر من مارس (آذار) الماضي في إطار تحقيق في قضايا "
            "تهريب السلاح، وأفرج عنه بكفالة.")
    assert _source(text, "تحقيق في") != "جان دوبون"

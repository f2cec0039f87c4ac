"""Session 54 (mn955): a statement retold by its speaker whose clause holds only the speaker's name (said_apart),
«توقيف» of persons already sanctioned (judicial_acts.designations), and the meeting kept whole where «خلال اللقاء»
is told past an aside (same_meetings)."""

from __future__ import annotations

from conftest import analyze_news

LEAD = ("أعلنت أمس وحدات حماية الشعب الكردية أن مقاتليها سيطروا على قرية استراتيجية قرب مدينة تل أبيض شمالي سوريا، "
        "وقتلوا عشرة من عناصر التنظيم.\nوقال مسؤول محلي إن المعارك تتواصل في ريف المدينة منذ أيام.\n")


def _statements(text: str) -> list[tuple[int, list[int]]]:
    doc = analyze_news(text)
    return [(e.trigger.start, [t.start for t in e.triggers]) for e in doc.events if e.code.startswith("01")]


def test_lead_announcement_retold_after_the_speakers_apposition_joins() -> None:
    text = LEAD + ("في غضون ذلك، أعلنت وحدات حماية الشعب الكردية، الذراع العسكرية لحزب الاتحاد الديمقراطي، "
                   "عن سيطرة مقاتليها على قرية استراتيجية قرب مدينة تل أبيض.")
    retold = text.index("أعلنت", 10)
    stated = [s for s in _statements(text) if s[0] in (0, retold)]
    assert stated == [(0, [0, retold])]


def test_announcement_of_another_thing_after_the_apposition_stays_apart() -> None:
    text = LEAD + ("في غضون ذلك، أعلنت وحدات حماية الشعب الكردية، الذراع العسكرية لحزب الاتحاد الديمقراطي، "
                   "عن مؤتمر للعشائر العربية يعقد الأسبوع المقبل في مدينة القامشلي.")
    other = text.index("أعلنت", 10)
    assert [s[0] for s in _statements(text)] == [0, other]


def test_announcement_of_another_thing_stays_apart() -> None:
    text = LEAD + "وأعلنت وحدات حماية الشعب الكردية أن مؤتمرا للعشائر العربية سيعقد الأسبوع المقبل في مدينة القامشلي."
    other = text.index("وأعلنت")
    assert [s[0] for s in _statements(text)] == [0, other]


SANCTIONED = ("فرضت وزارة الخزانة الأميركية أمس عقوبات على رجل الأعمال القطري خليفة محمد تركي السبيعي "
              "بتهمة تمويل تنظيم القاعدة.\n")


def test_detaining_masdar_of_the_sanctioned_man_is_his_designation() -> None:
    text = SANCTIONED + "وأوضح بيان للوزارة أن توقيف السبيعي يأتي ضمن جهود تجفيف منابع تمويل الإرهاب."
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    assert not [e for e in doc.events if e.code.startswith("17")]
    sanction = next(e for e in doc.events if e.code == "163")
    assert names[sanction.source] == "وزارة الخزانة الأميركية"
    assert "السبيعي" in names[sanction.target]
    assert [t.start for t in sanction.triggers] == [0, text.index("توقيف")]


def test_arrest_of_another_man_after_sanctions_stays_an_arrest() -> None:
    text = SANCTIONED + "وأعلنت الشرطة القطرية أمس عن توقيف عبد الرحمن النعيمي في مطار الدوحة."
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    arrest = next(e for e in doc.events if e.code == "173")
    assert doc.text[arrest.trigger.start : arrest.trigger.end] == "توقيف"
    assert (names[arrest.source], names[arrest.target]) == ("الشرطة القطرية", "عبد الرحمن النعيمي")
    assert [t.start for t in next(e for e in doc.events if e.code == "163").triggers] == [0]


def test_meeting_told_again_during_it_keeps_both_sides_and_the_place() -> None:
    text = ("أكد الشيخ محمد بن زايد آل نهيان لدى لقائه وزير الخارجية البحريني الشيخ خالد بن أحمد آل خليفة أمس "
            "في أبوظبي أهمية التنسيق بين البلدين.\nكما تناول اللقاء تطورات الأوضاع في اليمن.\n"
            "من جانبه، نقل وزير الخارجية البحريني خلال اللقاء تحيات ملك البحرين إلى ولي عهد أبوظبي.")
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    meetings = [e for e in doc.events if e.code.startswith("04")]
    assert len(meetings) == 1
    m = meetings[0]
    assert (names[m.source], names[m.target], names[m.location], m.date) == (
        "محمد بن زايد آل نهيان", "خالد بن أحمد آل خليفة", "أبوظبي", "2015-08-01")
    assert text.index("خلال اللقاء") + len("خلال ") in [t.start for t in m.triggers]

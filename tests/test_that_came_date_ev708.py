"""Round ev708: «جاء ذلك خلال/في/ضمن ...» and «وذلك خلال ...» date the act of the sentence before them."""

from __future__ import annotations

import pytest

from rasd import analyze

DATE = "2015-08-04"


def _dates(text: str) -> dict[str, str | None]:
    doc = analyze(text, DATE)
    return {doc.text[e.trigger.start : e.trigger.end]: e.date for e in doc.events}


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        ("جدد مجلس الوزراء إدانة الجريمة التي نفذها مستوطنون في قرية دوما. "
         "جاء ذلك خلال الجلسة التي عقدها مجلس الوزراء أمس برئاسة الملك.", "إدانة", "2015-08-03"),
        ("جدد مجلس الوزراء إدانة الجريمة التي نفذها مستوطنون في قرية دوما. "
         "وجاء ذلك ضمن الجلسة التي عقدها المجلس برئاسة ولي العهد، في قصر السلام بجدة أمس.", "إدانة", "2015-08-03"),
        ("واستقبل الرئيس المصري وزير الخارجية الأميركي في القاهرة. وذلك خلال لقائه به أمس في قصر الاتحادية.",
         "واستقبل", "2015-08-03"),
        ("أعلنت الوكالة أن مديرها سيزور طهران. جاء ذلك في بيان وزعته الوكالة في ساعة متأخرة، مساء أمس (الاثنين).",
         "أعلنت", "2015-08-03"),
    ],
)
def test_occasion_dates_act_before(text: str, trigger: str, want: str) -> None:
    assert _dates(text)[trigger] == want


@pytest.mark.parametrize(
    ("text", "trigger", "want"),
    [
        # the act has its own day: the occasion's does not move it
        ("أدان مجلس الوزراء يوم الأحد الهجوم على المسجد. جاء ذلك في كلمة ألقاها الوزير أمس.", "أدان", "2015-08-02"),
        # «وجاء ذلك بعد ...»: another time, not the occasion of the act
        ("أدان مجلس الوزراء الهجوم على المسجد. وجاء ذلك بعد أن اجتمع الوزراء أمس.", "أدان", "2015-08-04"),
        # no «جاء ذلك»: the next sentence's day is its own act's
        ("أدان مجلس الوزراء الهجوم على المسجد. واجتمع الوزراء أمس في الرياض.", "أدان", "2015-08-04"),
        # the day inside a quote of the occasion sentence is the speaker's, not the occasion's
        ("أدان مجلس الوزراء الهجوم على المسجد. جاء ذلك في بيان قال فيه: «اعتقلنا المهاجمين أمس».", "أدان", "2015-08-04"),
    ],
)
def test_counter_cases(text: str, trigger: str, want: str) -> None:
    assert _dates(text)[trigger] == want

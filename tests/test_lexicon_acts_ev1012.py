"""Round ev1012: act words the trigger lexicon lacked (counted with bench/unlexicon_acts.py on the 347): a withdrawal
of forces (0874, the masdar only where told as done: events.retreats), a welcome (051, the welcomed act kept), a
warning «حذر من» (012) and a claim of an attack «تبنى» (015)."""

from __future__ import annotations

import pytest

from conftest import news_event_rows


def _codes(text: str, code: str) -> list[tuple[str, str, str | None, str | None, str]]:
    return [r for r in news_event_rows(text) if r[0] == code]


@pytest.mark.parametrize("text, trigger, source", [
    ("وانسحبت القوات الإثيوبية من مدينة بيدوا الصومالية أمس بعد اشتباكات مع حركة الشباب.", "وانسحبت",
     "القوات الإثيوبية"),
    ("وسيطر التنظيم على البلدة بعد انسحاب قوات البشمركة منها ليلة الخميس.", "انسحاب", "البشمركة"),
])
def test_forces_withdraw(text: str, trigger: str, source: str) -> None:
    rows = _codes(text, "0874")
    assert [r[1] for r in rows] == [trigger], news_event_rows(text)
    assert rows[0][2] is not None and source in rows[0][2]


@pytest.mark.parametrize("text", [
    # a withdrawal planned, asked or out of a meeting: no retreat
    "وعرض المبعوث الدولي خطة تتضمن انسحاب المسلحين من المدن الكبرى وتسليم الأسلحة الثقيلة.",
    "وانسحب وزير المالية الكيني من الاجتماع احتجاجا على قرار البرلمان.",
    "وقال المحلل إن المعارضة قد تلجأ إلى التفاوض لانسحاب الميليشيات من العاصمة.",
])
def test_no_retreat(text: str) -> None:
    assert _codes(text, "0874") == [], news_event_rows(text)


def test_welcome_keeps_the_visit() -> None:
    text = "ورحب الرئيس الكيني أوهورو كينياتا بزيارة الرئيس التنزاني إلى نيروبي."
    rows = news_event_rows(text)
    welcome = [r for r in rows if r[0] == "051"]
    assert [r[1] for r in welcome] == ["ورحب"], rows
    assert welcome[0][2] == "أوهورو كينياتا"
    assert any(r[0] == "042" and r[1] == "بزيارة" for r in rows), rows


def test_welcome_step() -> None:
    text = "ورحبت وزارة الخارجية النرويجية بالاتفاق الذي وقعته الحكومة الكولومبية والمتمردون."
    rows = _codes(text, "051")
    assert [r[1] for r in rows] == ["ورحبت"], news_event_rows(text)


@pytest.mark.parametrize("text, trigger", [
    ("وحذرت منظمة الصحة العالمية من انتشار الكوليرا في مخيمات النازحين.", "وحذرت"),
    ("وحذر وزير الخارجية الكندي، في مؤتمر صحافي، من أن الأزمة قد تطول.", "وحذر"),
])
def test_warning(text: str, trigger: str) -> None:
    rows = _codes(text, "012")
    assert [r[1] for r in rows] == [trigger], news_event_rows(text)


def test_cautious_is_no_warning() -> None:
    text = "وكان الوزير الكندي أكثر حذرا في تصريحاته عن المفاوضات."
    assert _codes(text, "012") == [], news_event_rows(text)


def test_claimed_attack() -> None:
    text = "وتبنت جماعة أنصار الدين الهجوم على الثكنة العسكرية في مدينة غاو."
    rows = _codes(text, "015")
    assert [r[1] for r in rows] == ["وتبنت"], news_event_rows(text)


def test_adopted_law_is_no_claim() -> None:
    text = "وتبنى البرلمان الكيني قانونا جديدا للانتخابات المحلية."
    assert _codes(text, "015") == [], news_event_rows(text)

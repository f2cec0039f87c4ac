"""Round en601: a senator chairing a committee is LEG, a university placed by «بولاية» takes the place's country,
«المقاومة الشعبية» is a militia (country + MIL)."""

from __future__ import annotations

import rasd


def _actors(text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = rasd.analyze(text, "2015-05-01")
    return {e.name: (e.country, e.actor) for e in doc.entities}


def test_senator_chairing_committee_is_legislator() -> None:
    got = _actors("قال السناتور أورين هاتش رئيس اللجنة المالية بمجلس الشيوخ إن الاتفاق مهم.")
    assert got["أورين هاتش"] == ("USA", "USALEG")


def test_head_of_parliament_committee_is_legislator() -> None:
    got = _actors("قال محمد علي رئيس لجنة الشؤون الخارجية بمجلس النواب العراقي إن الاتفاق مهم.")
    assert got["محمد علي"] == ("IRQ", "IRQLEG")


def test_head_of_other_committee_stays_gov() -> None:
    got = _actors("قال محمد علي رئيس اللجنة العليا للانتخابات في العراق إن الموعد ثابت.")
    assert got["محمد علي"] == ("IRQ", "IRQGOV")


def test_minister_stays_gov() -> None:
    got = _actors("قال وزير الداخلية العراقي محمد الغبان رئيس اللجنة الأمنية إن الوضع مستقر.")
    assert got["محمد الغبان"] == ("IRQ", "IRQGOV")


def test_university_takes_country_of_following_state() -> None:
    got = _actors("وقال باحثون من جامعة إيموري بولاية أتلانتا إن الدراسة اكتملت.")
    assert got["جامعة إيموري"] == ("USA", "USAEDU")


def test_unplaced_university_keeps_bare_sector() -> None:
    got = _actors("وقال باحثون من جامعة إيموري إن الدراسة اكتملت.")
    assert got["جامعة إيموري"] == (None, "EDU")


def test_popular_resistance_is_militia() -> None:
    text = ("سيطرت المقاومة الشعبية على مدينة زنجبار في محافظة أبين بعد معارك مع الحوثيين. "
            "وقالت المقاومة الشعبية إن القتال مستمر في تعز ولحج وعدن باليمن.")
    got = _actors(text)
    assert got["المقاومة الشعبية"] == ("YEM", "YEMMIL")
    assert got["الحوثيين"] == ("YEM", "YEMREB")

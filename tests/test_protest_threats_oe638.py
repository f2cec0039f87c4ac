"""Round oe638: PROTEST false positives of two general kinds (hand-made sentences).

- A protest (or an attack) threatened is no act told: a noun act in the «بـ» complement of a word of threatening,
  itself in «بـ» or after a «بـ» masdar that carries it out, is hypothetical (:mod:`rasd.events.modality_threat`).
- «احتجت الصين/بكين/الخارجية المصرية على»: a state or a ministry protesting is a diplomatic protest, no PROTEST
  (:func:`rasd.events.protests._verbal`).
"""

from __future__ import annotations

from conftest import news_event, news_event_rows


def _mod(text: str, trigger: str) -> tuple[str, str]:
    _, e = news_event(text, trigger)
    return e.code, e.modality


def _protests(text: str) -> list[tuple[str, str, str]]:
    return [(code, trig, mod) for code, trig, _, _, mod in news_event_rows(text) if code.startswith("14")]


def test_threat_to_organise_demonstrations_is_hypothetical() -> None:
    assert _mod("وهدد آلاف العمال أمس بتنظيم مظاهرات في القاهرة.", "مظاهرات") == ("141", "hypothetical")


def test_threat_to_go_out_in_marches_over_preposition() -> None:
    assert _mod("وهدد آلاف العمال أمس بالخروج في مظاهرات في القاهرة.", "مظاهرات")[1] == "hypothetical"


def test_feminine_threat_and_sit_in() -> None:
    assert _mod("وهددت المعارضة أمس بتنظيم اعتصام مفتوح أمام البرلمان.", "اعتصام") == ("141", "hypothetical")


def test_brandished_strike_is_hypothetical() -> None:
    assert _mod("ولوح الأطباء بتنفيذ إضراب عام في المستشفيات أمس.", "إضراب") == ("143", "hypothetical")


def test_threatened_attack_is_hypothetical() -> None:
    assert _mod("وهدد الجيش أمس بشن هجوم على المدينة.", "هجوم") == ("190", "hypothetical")


def test_demonstrations_without_threat_stay_asserted() -> None:
    assert _mod("ونظم آلاف العمال أمس مظاهرات في القاهرة.", "مظاهرات") == ("141", "asserted")


def test_protest_after_bad_preposition_not_a_threat_complement() -> None:
    # «بعد» opens with «ب» but is no «بـ» complement: the protests happened
    assert _mod("وهدد العمال أمس بعد المظاهرات بالاستقالة.", "المظاهرات")[1] == "asserted"


def test_protest_told_before_the_threat_stays() -> None:
    assert _protests("وتظاهر آلاف العمال أمس في القاهرة وهددوا بالإضراب.")[0] == ("141", "وتظاهر", "asserted")


def test_attack_done_after_a_threat_stays_asserted() -> None:
    assert _mod("وشن الجيش أمس هجوما على المدينة بعد أن هدد بقصفها.", "هجوما") == ("190", "asserted")


def test_state_protest_is_no_protest() -> None:
    assert _protests("واحتجت الصين أمس لدى اليابان على زيارة رئيس الوزراء للنصب في طوكيو.") == []


def test_capital_protest_is_no_protest() -> None:
    assert _protests("واحتجت بكين رسميا أمس على بيع الأسلحة لتايوان.") == []


def test_foreign_ministry_by_portfolio_is_no_protest() -> None:
    assert _protests("واحتجت الخارجية المصرية أمس على تصريحات السفير الأمريكي في القاهرة.") == []


def test_workers_protest_stays() -> None:
    assert _protests("واحتج العمال أمس أمام مقر الشركة على تأخر الرواتب.") == [("140", "واحتج", "asserted")]


def test_students_protest_in_a_city_stays() -> None:
    rows = _protests("واحتج مئات الطلاب أمس في القاهرة على رفع الرسوم.")
    assert rows == [("140", "واحتج", "asserted")]

"""Round 43 of real news: a bombardment from the air is an air strike (an air word or an air campaign's state
after the shelling, a raid that kills); supply roads cut are a military blockade, no protest; a condemnation
deserved or of a phenomenon is none; «ستتم» and a hesitation plan an act, none told; the wounded visited past
the visitor are no attack."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes, news_triggers as _triggers


def _modes(text: str) -> list[tuple[str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.modality) for e in doc.events]


def test_shelling_from_the_air_is_an_air_strike() -> None:
    assert ("القصف", "195") in _codes("واستمر القصف الجوي على مواقع المسلحين في الريف أمس.")
    assert ("وقصفت", "195") in _codes("وقصفت الطائرات مواقع المسلحين في الريف أمس.")
    assert ("القصف", "195") in _codes("وتسبب القصف الأميركي على مواقع التنظيم في تدمير مخازن السلاح.")
    # artillery shelling stays 194
    assert ("وقصفت", "194") in _codes("وقصفت المدفعية مواقع المسلحين في الريف أمس.")
    assert ("القصف", "194") in _codes("واستمر القصف المدفعي على أحياء المدينة.")


def test_a_raid_that_kills_is_an_air_strike() -> None:
    codes = _codes("وقتلت غارة جوية خمسة من قادة التنظيم قرب الحدود.")
    assert codes and all(code == "195" for _, code in codes)
    assert ("وقتل", "190") in _codes("وقتل المسلحون خمسة جنود قرب الحدود.")


def test_supply_roads_cut_are_a_blockade_not_a_protest() -> None:
    codes = _codes("وتقدمت القوات نحو الجبل بهدف قطع طرق إمداد المتمردين إلى الساحل.")
    assert codes and all(code != "144" for _, code in codes)
    assert any(code == "191" for _, code in codes)
    assert any(code == "144" for _, code in _codes("وقام المحتجون بقطع الطرق في العاصمة أمس."))


def test_a_condemnation_deserved_or_of_a_phenomenon_is_none() -> None:
    assert "الإدانة" not in _triggers("وقال الوزير إن هذا العمل يستوجب الإدانة بلا تردد.")
    assert "الإدانة" not in _triggers("وأكد أن ما جرى يستحق الإدانة من الجميع.")
    assert "إدانة" not in _triggers("ودعا النائب الأحزاب إلى التعبير عن إدانة الإرهاب بوضوح.")
    # a condemnation of an act stays one
    assert ("إدانة", "111") in _codes("وأعرب المجلس عن إدانة الهجوم على السفارة.")


def test_a_future_passive_and_a_hesitation_plan_the_act() -> None:
    assert ("السيطرة", "planned") in _modes("وقال القائد إن بعد ذلك ستتم السيطرة على المطار.")
    assert ("هجوم", "planned") in _modes("وأبدت الفصائل ترددًا في شن هجوم على القاعدة العسكرية.")
    # no hesitation tells the act
    assert ("إعلان", "asserted") in _modes("وكان الملك لم يتردد في إعلان دعم بلاده للحكومة.")
    assert ("هجوما", "asserted") in _modes("وشنت الفصائل هجوما على القاعدة العسكرية أمس.")


def test_the_wounded_visited_past_the_visitor_are_no_attack() -> None:
    assert "الجرحى" not in _triggers("وزار الأمير الجرحى في المستشفى العسكري أمس.")
    assert "الجرحى" not in _triggers("وزار ولي العهد الجرحى في المستشفى العسكري أمس.")
    assert "والجرحى" in _triggers("وسقط عشرات القتلى والجرحى في الهجوم على السوق.")

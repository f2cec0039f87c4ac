"""Round lo499: an act in a relative clause on a named place that takes the place back («داريا التي لم تستطع
قوات النظام السيطرة عليها», «القاهرة التي التقى فيها الملك بالرئيس») or witnesses («التي شهدت اشتباكات») is there;
«عليها/إليها» only for force and visits (not «التي أشار إليها»), never «بها» («التي طالما طالب بها»).
A «حيث» clause after a place word over a named place takes that place, with «على» too («وانسحب
المشهد على ريف إدلب، حيث نفّذ الطيران الحربي غارات»: Idlib), the masculine past verb after «حيث» found by a
definite subject next. Counter-cases: a place of the clause's own after a comma and «في» («، في قرية صلنفة») keeps
it; «على» + no named place («ردا على الهجوم، حيث») gives none."""

from __future__ import annotations

from rasd.doc import Doc, Event

import rasd


def _where(doc: Doc, trigger: str) -> str | None:
    evs: list[Event] = [ev for ev in doc.events if doc.text[ev.trigger.start:ev.trigger.end] == trigger]
    assert len(evs) == 1
    names = {e.id: e.name for e in doc.entities}
    return names.get(evs[0].location) if evs[0].location else None


def test_haith_after_ala_place_word() -> None:
    doc = rasd.analyze("وانسحب هذا المشهد على ريف إدلب، حيث نفّذ الطيران الحربي غارات عدة، طالت بلدات "
                       "طعوم وسرمين.", date="2015-08-01")
    assert _where(doc, "غارات") == "إدلب"


def test_haith_after_ila_place_word_masculine_verb() -> None:
    doc = rasd.analyze("وانتقلت المعارك إلى مدينة حلب، حيث شن الطيران الحربي غارات على الأحياء الشرقية.",
                       date="2015-08-01")
    assert _where(doc, "غارات") == "حلب"


def test_haith_clause_own_place_after_comma_kept() -> None:
    doc = rasd.analyze("واتسعت دائرة القتال إلى ريف اللاذقية، حيث استهدفت فصائل من المعارضة مواقع تابعة للقوات "
                       "النظامية، في قرية صلنفة.", date="2015-08-01")
    assert _where(doc, "استهدفت") == "صلنفة"


def test_ala_without_place_gives_none() -> None:
    doc = rasd.analyze("وجاء ذلك ردا على الهجوم، حيث نفّذ الطيران الحربي غارات عدة.", date="2015-08-01")
    assert _where(doc, "غارات") is None


def test_force_in_relative_on_town() -> None:
    doc = rasd.analyze("وقال إن المعارك ستعيد تجربة داريا التي لم تستطع قوات النظام السيطرة عليها رغم القصف.",
                       date="2015-08-01")
    assert _where(doc, "السيطرة") == "داريا"


def test_meeting_in_relative_on_city() -> None:
    doc = rasd.analyze("وبدأت الرحلات نحو القاهرة التي التقى فيها الملك بالرئيس المصري محمد حسني مبارك.",
                       date="2015-08-01")
    assert _where(doc, "التقى") == "القاهرة"


def test_witnessing_relative_on_town() -> None:
    doc = rasd.analyze("وعاد الهدوء إلى مدينة حمص التي شهدت اشتباكات عنيفة بين الجيش والمسلحين.",
                       date="2015-08-01")
    assert _where(doc, "اشتباكات") == "حمص"


def test_demand_with_biha_gives_no_place() -> None:
    doc = rasd.analyze("وهي إقامة المنطقة الآمنة داخل سوريا التي طالما طالب بها الرئيس التركي.", date="2015-08-01")
    assert _where(doc, "طالب") is None


def test_saying_with_ilayha_gives_no_place() -> None:
    doc = rasd.analyze("وتحدث عن تجربة تونس التي دعا إليها الرئيس التونسي.", date="2015-08-01")
    assert _where(doc, "دعا") is None

"""Round ev980: an armed side told by description is REB of the country where it fights, not of its backer, and a
bare rebel head told after it is that side (events.armed_sides)."""

from __future__ import annotations

from conftest import cached_news as run
from conftest import event_at as event
from conftest import event_party as party


def test_backed_rebels_are_of_the_country_where_they_fight() -> None:
    doc = run("هاجم المتمردون الموالون لروسيا مطار دونيتسك في أوكرانيا.")
    src = party(doc, event(doc, "هاجم"), "source")
    assert src is not None and (src.type, src.actor, src.country) == ("GROUP", "UKRREB", "UKR")  # (was RUSREB)


def test_a_later_bare_fighters_joins_the_backed_side() -> None:
    doc = run("قتل 4 جنود في قتال مع متمردين موالين لروسيا في شرق أوكرانيا. "
              "وقال مسؤولون إن 22 من المدنيين والمقاتلين لقوا مصرعهم.")
    tgt = party(doc, event(doc, "مصرعهم"), "target")
    assert tgt is not None and (tgt.actor, tgt.country) == ("UKRREB", "UKR")  # (was «المقاتلين» UAF)
    assert any(doc.text[m.start : m.end] == "متمردين موالين لروسيا" for m in tgt.mentions)


def test_bare_fighters_with_no_side_told_stay_fighters() -> None:
    doc = run("قتل 4 جنود في قتال في شرق أوكرانيا. وقال مسؤولون إن 22 من المدنيين والمقاتلين لقوا مصرعهم.")
    tgt = party(doc, event(doc, "مصرعهم"), "target")  # counter-case
    assert tgt is not None and tgt.actor == "UAF"


def test_kurdish_gunmen_in_turkey_are_turkish_rebels() -> None:
    doc = run("هاجم مسلحون أكراد مركزا للشرطة في ولاية ماردين جنوب شرق تركيا.")
    src = party(doc, event(doc, "هاجم"), "source")
    assert src is not None and (src.actor, src.country) == ("TURREB", "TUR")


def test_houthi_rebels_are_yemeni_rebels() -> None:
    doc = run("قال المتحدث إن الحوثيين قصفوا مدينة تعز.")  # (the Houthis' own code exists: YEMREB)
    assert any(e.name == "الحوثيين" and e.actor == "YEMREB" for e in doc.entities)

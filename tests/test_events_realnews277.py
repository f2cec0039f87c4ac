"""Round 277: a second mention of a meeting, in the sentence of talks told before it, with a place of its own
(«المباحثات القائمة بين اللجنتين، والتي عقدت أول اجتماع لها في القاهرة») is another meeting, not an
argument-less repeat of the talks. Hand-made sentences (paraphrases)."""

from __future__ import annotations

from conftest import analyze_news


def _meetings(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(text[e.trigger.start : e.trigger.end], e.location) for e in doc.events if e.code.startswith("04")]


def test_earlier_meeting_with_its_own_place_stays_apart() -> None:
    text = ("ويعول الوزير على المباحثات الجارية بين اللجنة المصرية السودانية المشتركة، وعقدت اللجنة أول اجتماع "
            "لها في القاهرة، ومن المنتظر أن تعقد اللجنة اجتماعها المقبل في الخرطوم.")
    got = [trig for trig, _ in _meetings(text)]
    assert "اجتماعها" in got and "المباحثات" in got


def test_repeat_without_a_place_still_joins() -> None:
    # counter-case: the meeting told again with no place of its own joins the talks told before it
    text = "ويعول الوزير على المباحثات الجارية بين اللجنة المصرية السودانية المشتركة، وقال إن الاجتماع كان مثمرا."
    got = _meetings(text)
    assert not any(trig == "الاجتماع" for trig, _ in got)


def test_meeting_in_a_relative_clause_stays_apart() -> None:
    # the talks take the place too, yet «والتي عقدت أول اجتماع» tells another meeting
    text = ("ويعول الوزير على المباحثات الجارية بين اللجنة المصرية السودانية المشتركة لحل الخلاف، "
            "والتي عقدت أول اجتماع لها في القاهرة خلال شهر مايو الماضي.")
    assert any(trig == "اجتماع" for trig, _ in _meetings(text))


def _parties(text: str) -> list[tuple[str | None, str | None]]:
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [(names.get(e.source or ""), names.get(e.target or "")) for e in doc.events if e.code.startswith("04")]


def test_dual_office_with_nationality_adjectives_splits_the_sides() -> None:
    text = "وجرت مباحثات بين الوزيرين الأردني ناصر جودة ونظيره التركي أحمد داود أوغلو في عمان."
    assert ("ناصر جودة", "أحمد داود أوغلو") in _parties(text)


def test_dual_without_counterpart_names_no_sides() -> None:
    # counter-case: no «ونظيره» after the first name: the dual's sides are not split
    text = "وجرت مباحثات بين الوزيرين الأردني ناصر جودة والتركي أحمد داود أوغلو في عمان."
    assert ("ناصر جودة", "أحمد داود أوغلو") not in _parties(text)

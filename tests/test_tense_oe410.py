"""Round oe410: a verb opened by «ن» with a perfect ending («نفذت», «نظموا») after «قد» is the perfect of a root in
«ن», told as done (rasd.events.tense.imperfect), not «قد» + the first person plural imperfect («قد نقوم», «قد ننظم»:
it may happen)."""

from __future__ import annotations

from conftest import analyze_news

from rasd.events.tense import imperfect


def _modality(text: str, trigger: str) -> list[str]:
    doc = analyze_news(text)
    return [e.modality for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == trigger]


def test_perfect_of_a_root_in_nun_is_no_present() -> None:
    assert not imperfect("نفذت", False) and not imperfect("نظموا", False)
    assert imperfect("نقوم", False) and imperfect("ننظم", False) and imperfect("يهاجم", True)


def test_pluperfect_raid_is_told() -> None:
    assert _modality("وكانت قوات الأمن قد نفذت غارة على مواقع المسلحين أمس.", "غارة") == ["asserted"]


def test_pluperfect_demonstration_is_told() -> None:
    assert _modality("وكان مئات الطلاب قد نظموا مظاهرة أمام الجامعة أمس.", "مظاهرة") == ["asserted"]


def test_we_may_demonstrate_is_hypothetical() -> None:
    assert _modality("وقال رئيس الاتحاد إننا قد ننظم مظاهرة أمام السفارة.", "مظاهرة") == ["hypothetical"]

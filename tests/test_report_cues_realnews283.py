"""Round 283: the PROTEST report cue «streets» (rasd.events.specific.report_score, report_cues.json
``streets_protest``): the streets, plural, a crowd took or marched through tell a protest happening; the singular
«الشارع» (the public's mood) and an ASSAULT trigger do not fire it. Hand-made sentences."""

from __future__ import annotations

from rasd.events.specific import cues
from rasd.pipeline import Pipeline


def _cues(pipe: Pipeline, text: str, plover: str = "PROTEST") -> list[list[str]]:
    doc = pipe(text, date="2015-03-02")
    return [list(e.attrs.get("report_cues") or []) for e in doc.events if e.plover == plover]


def test_took_to_the_streets(pipe: Pipeline) -> None:
    got = _cues(pipe, "ونزل مئات الطلاب إلى شوارع مدينة فاس مرددين هتافات ضد الحكومة.")
    assert got and all("streets" in c for c in got)


def test_marched_through_the_streets_with_clitic(pipe: Pipeline) -> None:
    got = _cues(pipe, "وخرج المحتجون إلى الشوارع في عدة مدن مغربية أمس.")
    assert got and all("streets" in c for c in got)


def test_singular_street_is_no_cue(pipe: Pipeline) -> None:
    got = _cues(pipe, "وتظاهر العمال أمس أمام مقر الوزارة في الشارع الرئيسي للمدينة.")
    assert got and not any("streets" in c for c in got)


def test_no_streets_no_cue(pipe: Pipeline) -> None:
    got = _cues(pipe, "وتظاهر مئات العمال صباح أمس أمام مبنى البرلمان في الرباط.")
    assert got and not any("streets" in c for c in got)


def test_streets_not_an_assault_cue(pipe: Pipeline) -> None:
    got = _cues(pipe, "وهاجم مسلحون دورية للشرطة في أحد شوارع المدينة أمس.", "ASSAULT")
    assert got and not any("streets" in c for c in got)


def test_weight_counts_in_score() -> None:
    assert cues()["weights"]["PROTEST"]["streets"] == 1
    assert "الشارع" not in cues()["streets_protest"] and "شوارع" in cues()["streets_protest"]

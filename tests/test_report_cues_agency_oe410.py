"""Round oe410: «الصحافة» in a news agency's name («وكالة الصحافة الفرنسية», «لوكالة الصحافة الفرنسية») is the
source of the report, not a press campaign: no ``figurative`` report cue (rasd.events.specific.sentence_keys,
report_cues.json ``figurative_name_lead``). The press itself as the doer («شنت الصحافة الإسرائيلية هجوما») still
fires it. Hand-made sentences."""

from __future__ import annotations

from rasd.pipeline import Pipeline


def _cues(pipe: Pipeline, text: str, plover: str = "ASSAULT") -> list[list[str]]:
    doc = pipe(text, date="2015-03-02")
    return [list(e.attrs.get("report_cues") or []) for e in doc.events if e.plover == plover]


def test_agency_name_is_no_figurative_cue(pipe: Pipeline) -> None:
    got = _cues(pipe, "وقتل ثلاثة جنود أمس في انفجار عبوة ناسفة في بغداد، بحسب وكالة الصحافة الفرنسية.")
    assert got and not any("figurative" in c for c in got)


def test_agency_name_with_clitic_is_no_cue(pipe: Pipeline) -> None:
    got = _cues(pipe, "وقال مصدر أمني لوكالة الصحافة الفرنسية إن مسلحين خطفوا مهندسا أمس في كركوك.")
    assert got and not any("figurative" in c for c in got)


def test_the_press_attacking_is_figurative(pipe: Pipeline) -> None:
    got = _cues(pipe, "وشنت الصحافة الإسرائيلية أمس هجوما عنيفا على رئيس الوزراء.")
    assert got and all("figurative" in c for c in got)


def test_agency_protest_sentence(pipe: Pipeline) -> None:
    got = _cues(pipe, "وتظاهر مئات الطلاب أمس أمام البرلمان، كما أفاد مراسل وكالة الصحافة الفرنسية.", "PROTEST")
    assert got and not any("figurative" in c for c in got)

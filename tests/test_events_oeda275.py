"""Round oe275: the CAMEO subcodes the ASSAULT rules give, which a report-filter feature ``code=`` + subcode would
read (tried this round, not kept: nested CV on half A 0.682 -> 0.680; see scripts/train_report_model.py). On half A
a suicide bombing (1831) or a car bomb (1832) is mostly a report and torture (1822) mostly a charge, so the rules
must keep telling them apart from a plain attack (190). Hand-made sentences."""

from __future__ import annotations

from rasd.pipeline import Pipeline


def _codes(pipe: Pipeline, text: str) -> set[str]:
    doc = pipe(text, date="2015-03-02")
    return {e.code for e in doc.events if e.plover == "ASSAULT"}


def test_suicide_bombing_has_its_subcode(pipe: Pipeline) -> None:
    assert "1831" in _codes(pipe, "فجر انتحاري حزامه الناسف في سوق شعبي وسط المدينة أمس.")


def test_torture_has_its_subcode(pipe: Pipeline) -> None:
    assert "1822" in _codes(pipe, "وتعرض المعتقلون للتعذيب في السجن.")


def test_a_shooting_has_no_bombing_subcode(pipe: Pipeline) -> None:
    codes = _codes(pipe, "وأطلق مسلحون النار على دورية للشرطة في المدينة أمس.")
    assert codes and not {c for c in codes if c.startswith("183") or c.startswith("182")}, codes

"""Round oe275: features of the ASSAULT report filter (rasd.events.report_model) for attacks named in a sentence
that does not report them as its news.

- the CAMEO subcode of an event beside its three-digit code (``code=1831`` a suicide bombing, ``code=1832`` a car
  bomb: mostly reports; ``code=1822`` torture: mostly a charge or an accusation);
- the frame the sentence puts the act in (``frame=`` a word of a function-word list anywhere in the sentence;
  ``gov=`` one at most four tokens before a trigger, governing it): a trial («قضت المحكمة»), a charge («بتهمة قتل»),
  a condemnation («أدان الهجوم»), a call («دعا إلى وقف الهجمات»), a plan («يعتزم تنفيذ هجمات»).

Hand-made sentences; each feature has a sentence where it must fire and one where it must not.
"""

from __future__ import annotations

import pytest

from rasd.doc import Doc
from rasd.events import report_model
from rasd.pipeline import Pipeline


def _features(pipe: Pipeline, text: str, plover: str = "ASSAULT") -> dict[str, float]:
    doc: Doc = pipe(text, date="2015-03-02")
    sent = doc.sentences[0]
    evs = [e for e in doc.events if e.sentence.start == sent.start]
    assert any(e.plover == plover for e in evs), [(e.code, e.plover) for e in evs]
    return report_model.sentence_features(doc, sent, plover, evs)


def _framed(f: dict[str, float]) -> set[str]:
    return {k for k in f if k.startswith(("frame=", "gov="))}


def test_suicide_bombing_carries_its_subcode(pipe: Pipeline) -> None:
    f = _features(pipe, "فجر انتحاري حزامه الناسف في سوق شعبي وسط المدينة أمس.")
    assert f.get("code=1831") == 1.0 and f.get("code=183") == 1.0, f


def test_torture_carries_its_subcode(pipe: Pipeline) -> None:
    f = _features(pipe, "وتعرض المعتقلون للتعذيب في السجن.")
    assert f.get("code=1822") == 1.0, f


def test_a_code_without_subcode_adds_none(pipe: Pipeline) -> None:
    f = _features(pipe, "وأطلق مسلحون النار على دورية للشرطة في المدينة أمس.")
    assert [k for k in f if k.startswith("code=")] == ["code=190"], f


def test_court_and_charge_frame(pipe: Pipeline) -> None:
    f = _features(pipe, "وقضت المحكمة بسجن رجل عشر سنوات بتهمة قتل جاره.")
    assert f.get("frame=court_words") == 1.0 and f.get("frame=charge_nouns") == 1.0, f
    assert f.get("gov=charge_nouns") == 1.0, f  # «بتهمة قتل»: the charge governs the killing
    assert "gov=court_words" not in f, f  # «المحكمة» stands five tokens before «قتل»


def test_condemnation_frame_with_a_conjunction(pipe: Pipeline) -> None:
    f = _features(pipe, "وأدان وزير الخارجية الهجوم على مركز الشرطة في المدينة.")  # «وأدان»: «و» + «أدان»
    assert f.get("frame=condemn_verbs") == 1.0 and f.get("gov=condemn_verbs") == 1.0, f


def test_two_word_plan_entry(pipe: Pipeline) -> None:
    f = _features(pipe, "ومن المقرر أن يحاكم المتهمون بقتل الشرطي في العاصمة.")
    assert f.get("frame=planned") == 1.0, f  # «من المقرر»


@pytest.mark.parametrize(
    "text",
    [
        "وقتل مسلحون رجلا وجاره أمس في القرية.",
        "وهاجم مسلحون مركز الشرطة في المدينة أمس.",
        "فجر انتحاري حزامه الناسف في سوق شعبي وسط المدينة أمس.",
        "ووقع الهجوم قرب مبنى الحكومة في وسط العاصمة.",  # «وقع» is no «وعد» nor a frame word
    ],
)
def test_the_attack_reported_has_no_frame(pipe: Pipeline, text: str) -> None:
    assert not _framed(_features(pipe, text))


def test_shipped_assault_filter_weighs_subcodes_and_frames() -> None:
    report_model.load.cache_clear()
    model = report_model.load()
    assert model is not None
    w = model["ASSAULT"].weights
    assert w.get("code=1832", 0.0) > 0 > w.get("code=1822", 0.0)  # a car bomb is reported, torture is charged
    for frame in ("court_words", "charge_nouns", "condemn_verbs", "calls_and_promises", "planned"):
        assert w.get("frame=" + frame, 0.0) < 0, frame


def test_a_trial_weighs_less_than_the_attack_it_tries(pipe: Pipeline) -> None:
    report_model.load.cache_clear()
    model = report_model.load()
    assert model is not None
    trial = _features(pipe, "وقضت المحكمة بسجن رجل عشر سنوات بتهمة قتل جاره.")
    attack = _features(pipe, "وقتل مسلحون رجلا وجاره أمس في القرية.")
    framed = model["ASSAULT"].probability(trial)
    assert framed < model["ASSAULT"].probability({k: v for k, v in trial.items() if not k.startswith(("frame=", "gov="))})
    assert framed < model["ASSAULT"].probability(attack)

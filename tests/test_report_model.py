"""The learned PROTEST / ASSAULT report filter (rasd.events.report_model) on hand-made sentences."""

from __future__ import annotations

import pytest

from rasd.doc import Event, Span
from rasd.events import report_model
from rasd.pipeline import Pipeline


def _scored(pipe: Pipeline, text: str, plover: str) -> list[Event]:
    doc = pipe(text, date="2014-10-09")
    return [e for e in doc.events if e.plover == plover]


@pytest.mark.parametrize(
    "text,plover",
    [
        ("قتل مسلحون خمسة جنود أمس في هجوم على حاجز للجيش في مدينة الموصل.", "ASSAULT"),
        ("وأطلق مسلحون النار على دورية للشرطة في بغداد مساء الثلاثاء ما أدى إلى مقتل ثلاثة من عناصرها.", "ASSAULT"),
        ("تظاهر آلاف الطلاب أمس أمام مقر الحكومة في عمان احتجاجا على رفع الأسعار.", "PROTEST"),
    ],
)
def test_concrete_reports_are_specific(pipe: Pipeline, text: str, plover: str) -> None:
    evs = _scored(pipe, text, plover)
    assert evs and all(e.attrs["specific"] for e in evs)
    assert all(float(e.attrs["report_prob"]) >= 0.5 for e in evs)


@pytest.mark.parametrize(
    "text",
    [
        "ويعيد الفيلم إلى الأذهان مسلسل الاغتيالات الذي شهده لبنان منذ سنوات.",  # generic, historical
        "هاجم الكاتب في مقاله سياسة الحكومة الاقتصادية.",  # figurative: criticism
        "فاز الفريق بعد هجوم كاسح في الشوط الثاني من المباراة.",  # sport
    ],
)
def test_mentions_are_not_reports(pipe: Pipeline, text: str) -> None:
    evs = _scored(pipe, text, "ASSAULT")
    assert evs, "the trigger itself is still found"
    assert not any(e.attrs["specific"] for e in evs)


def test_probability_follows_the_weights() -> None:
    m = report_model.TypeModel(bias=-1.0, threshold=0.5, weights={"a": 2.0, "b": -3.0})
    assert m.probability({"a": 1.0}) == pytest.approx(1 / (1 + 2.718281828459045 ** -1.0))
    assert m.probability({"a": 1.0, "b": 1.0}) < 0.5 < m.probability({"a": 1.0, "zzz": 5.0})


def test_without_a_model_the_rule_verdict_stands(pipe: Pipeline) -> None:
    doc = pipe("ويعيد الفيلم إلى الأذهان مسلسل الاغتيالات الذي شهده لبنان منذ سنوات.")
    ev = next(e for e in doc.events if e.plover == "ASSAULT")
    ev.attrs["specific"] = True  # as if the rules had said so
    ev.attrs.pop("report_prob", None)
    report_model.apply(doc, [ev], model={})
    assert ev.attrs["specific"] is True and ev.attrs["rule_specific"] is True and "report_prob" not in ev.attrs
    report_model.apply(doc, [ev], model={"ASSAULT": report_model.TypeModel(0.0, 0.9, {})})
    assert ev.attrs["specific"] is False and ev.attrs["report_prob"] == 0.5


def test_features_stay_inside_the_sentence(pipe: Pipeline) -> None:
    text = "قتل مسلحون خمسة جنود أمس في الموصل. وفاز الفريق في المباراة."
    doc = pipe(text)
    first, second = doc.sentences[0], doc.sentences[1]
    evs = [e for e in doc.events if e.sentence == first]
    f1 = report_model.sentence_features(doc, first, "ASSAULT", evs)
    f2 = report_model.sentence_features(doc, Span(second.start, second.end), "ASSAULT", [])
    assert "n_ev" in f1 and f1["n_ev"] >= 1 and f1["nnum"] > 0
    assert f2["n_ev"] == 0 and f2["nnum"] == 0 and not any(k.startswith("w=") and "موصل" in k for k in f2)


def test_trigger_position_feature(pipe: Pipeline) -> None:
    early = "قتل مسلحون خمسة جنود في هجوم على حاجز للجيش في مدينة الموصل أمس."
    late = "وقال المتحدث باسم الوزارة في مؤتمر صحافي عقده في العاصمة أمس إن مسلحين قتلوا خمسة جنود."
    got = []
    for text in (early, late):
        doc = pipe(text, date="2014-10-09")
        sent = doc.sentences[0]
        evs = [e for e in doc.events if e.sentence == sent]
        got.append(report_model.sentence_features(doc, sent, "ASSAULT", evs)["trig_pos"])
    assert got[0] == 0.0 and 0.5 < got[1] < 1.0, got


@pytest.mark.parametrize(
    "text,plover,background",
    [
        ("وأصيب شرطي خلال مظاهرة في وسط المدينة أمس.", "PROTEST", True),  # «خلال»: the protest is the setting
        ("واعتقلت الشرطة عشرة أشخاص أثناء الهجوم على الحاجز.", "ASSAULT", True),
        ("وطالبت الأسر بتعويض لضحايا الاعتداء على الكنيسة.", "ASSAULT", True),  # victims of an earlier attack
        ("تظاهر مئات الطلاب أمس أمام مقر الحكومة.", "PROTEST", False),  # the protest leads: the news itself
    ],
)
def test_background_cue(pipe: Pipeline, text: str, plover: str, background: bool) -> None:
    evs = _scored(pipe, text, plover)
    assert evs, "the trigger itself is still found"
    fired = {c for e in evs for c in e.attrs["report_cues"]}
    assert ("background" in fired) is background, fired


@pytest.mark.parametrize(
    "text,foiled",
    [
        ("وأحبطت الشرطة هجوما على مركز للجيش في المدينة أمس.", True),
        ("وقالت الشرطة إنها أحبطت محاولة تفجير سيارة مفخخة.", True),
        ("وشن مسلحون هجوما على مركز للجيش في المدينة أمس.", False),
    ],
)
def test_foiled_attack_is_not_a_happening(pipe: Pipeline, text: str, foiled: bool) -> None:
    evs = _scored(pipe, text, "ASSAULT")
    assert evs, "the trigger itself is still found"
    assert all((e.modality == "negated") is foiled for e in evs), [(e.modality, e.attrs["trigger_id"]) for e in evs]


def test_threshold_choice_prefers_a_plateau() -> None:
    """The training script picks the C and threshold best on average with the neighbouring thresholds: a lone
    spike (one C good at one threshold only) loses to a broad plateau a little lower at its top."""
    pytest.importorskip("sklearn")
    import importlib.util
    from pathlib import Path

    import numpy as np

    spec = importlib.util.spec_from_file_location(
        "train_report_model", Path(__file__).resolve().parents[1] / "scripts" / "train_report_model.py")
    assert spec is not None and spec.loader is not None
    trm = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(trm)
    scores = np.full((len(trm.CS), len(trm.THRESHOLDS)), 0.3)
    scores[0, 5] = 0.65  # spike
    scores[2, 7:10] = (0.60, 0.62, 0.61)  # plateau
    f1, c, th = trm.choose(scores)
    assert (c, th, f1) == (trm.CS[2], trm.THRESHOLDS[8], pytest.approx(0.62))


@pytest.mark.parametrize(
    "text,recalled",
    [
        ("ويذكر أن مسلحين هاجموا السفارة في العاصمة قبل سنوات.", True),  # «يذكر أن»: a fact recalled as background
        ("ويشار إلى أن انتحاريا فجر نفسه في السوق نفسها العام الماضي.", True),
        ("هاجم مسلحون السفارة في العاصمة أمس.", False),
    ],
)
def test_recalled_fact_is_generic(pipe: Pipeline, text: str, recalled: bool) -> None:
    evs = _scored(pipe, text, "ASSAULT")
    assert evs, "the trigger itself is still found"
    fired = {c for e in evs for c in e.attrs["report_cues"]}
    assert ("generic" in fired) is recalled, fired


def test_no_feature_per_trigger_entry(pipe: Pipeline) -> None:
    """The filter reads the CAMEO code family of a trigger, not its lexicon entry (one weight per entry overfit
    half A: nested CV is better without)."""
    doc = pipe("قتل مسلحون خمسة جنود أمس في هجوم على حاجز للجيش في مدينة الموصل.", date="2014-10-09")
    sent = doc.sentences[0]
    f = report_model.sentence_features(doc, sent, "ASSAULT", [e for e in doc.events if e.sentence == sent])
    assert any(k.startswith("code=") for k in f) and not any(k.startswith("trig=") for k in f)
    assert not any(k.startswith("trig=") for k in (report_model.load() or {})["ASSAULT"].weights)

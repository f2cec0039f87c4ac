"""Round 163: the report model can read its word stems only from a window of tokens around the trigger, so that a
long news sentence does not pile up the weight of words far from its event (hand-made sentences)."""

from __future__ import annotations

from rasd.events import report_model
from rasd.pipeline import Pipeline

LONG = ("وشن مسلحون هجوما على حاجز للجيش قرب مدينة الموصل أمس، فيما قال المتحدث باسم الوزارة في مؤتمر صحافي "
        "عقده في العاصمة إن الحكومة تدرس خطة جديدة لتعزيز الأمن في المحافظات الشمالية خلال الأشهر المقبلة.")


def _feats(pipe: Pipeline, text: str, window: int | None) -> dict[str, float]:
    doc = pipe(text, date="2014-10-09")
    sent = doc.sentences[0]
    evs = [e for e in doc.events if e.sentence == sent]
    return report_model.sentence_features(doc, sent, "ASSAULT", evs, window)


def test_window_keeps_the_words_near_the_trigger(pipe: Pipeline) -> None:
    whole = _feats(pipe, LONG, None)
    near = _feats(pipe, LONG, 3)
    assert any(k.startswith("w=") and "حاجز" in k for k in near)
    # the far words of the second clause are read only without a window
    assert any(k.startswith("w=") and "خطة" in k for k in whole)
    assert not any(k.startswith("w=") and "خطة" in k for k in near)
    # the other features do not depend on the window
    assert {k: v for k, v in whole.items() if not k.startswith("w=")} == {
        k: v for k, v in near.items() if not k.startswith("w=")}


def test_far_negative_words_do_not_sink_the_verdict(pipe: Pipeline) -> None:
    doc = pipe(LONG, date="2014-10-09")
    evs = [e for e in doc.events if e.plover == "ASSAULT"]
    assert evs
    far = {"w=خطة": -5.0, "w=شهر": -5.0}
    report_model.apply(doc, evs, model={"ASSAULT": report_model.TypeModel(0.5, 0.5, far, window=3)})
    assert all(e.attrs["specific"] is True for e in evs)
    # counter-case: the same weights over the whole sentence sink it
    report_model.apply(doc, evs, model={"ASSAULT": report_model.TypeModel(0.5, 0.5, far)})
    assert all(e.attrs["specific"] is False for e in evs)


def test_window_from_the_shipped_model_is_read() -> None:
    model = report_model.load()
    assert model is not None
    assert model["PROTEST"].window is None and model["ASSAULT"].window is None  # shipped: the whole sentence

"""Trigger words with another reading in context: «وعدّ» / «وعد … أن» is «و» + عدّ (he considered), not a promise.
Hand-made Arabic sentences."""

from __future__ import annotations

import pytest

from rasd.pipeline import Pipeline


@pytest.mark.parametrize("sentence, promise", [
    ("وعدّ بكري مصطفى، الباحث السياسي، أن العلاقات متينة.", False),
    ("وعد الطريري أن موقف السعودية راسخ ضد الإرهاب.", False),
    ("ووعد الرئيس بتقديم الدعم للعراق.", True),
    ("وعد أوباما العراقيين بأن الدعم سيستمر.", True),
])  # fmt: skip
def test_considered_is_no_promise(pipe: Pipeline, sentence: str, promise: bool) -> None:
    doc = pipe(sentence)
    pledges = [e for e in doc.events if e.code.startswith("03") and "وعد" in doc.text[e.trigger.start : e.trigger.end]]
    assert bool(pledges) is promise

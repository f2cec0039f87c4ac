"""Round ev612: an unvocalised «توقع» followed by «أن», an expected masdar or «مزيدا» is «to expect», no signing
(057); with an agreement noun or «على» it stays a signing. «فرض حظر ... ضد» names the sanction's target too."""

from __future__ import annotations

import pytest
from conftest import news_event_rows


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(code, trigger, source name, target name or unnamed target phrase) of each event."""
    return [row[:4] for row in news_event_rows(text)]


def _codes(text: str) -> list[str]:
    return [e[0] for e in _events(text)]


@pytest.mark.parametrize("text", [
    "وتوقع الوزير الإعلان عن الاتفاق مع إيران خلال أيام.",
    "وتوقع الوزير أن يتم الإعلان عن الاتفاق مع إيران قريبا.",
    "وتوقع الوزير حدوث انفراج في الاتفاق مع إيران.",
    "وتوقع الوزير مزيدا من الاتفاقات مع إيران.",
])
def test_expecting_is_no_signing(text: str) -> None:
    assert "057" not in _codes(text)


def test_expected_announcement_stays() -> None:
    assert [(c, t) for c, t, _s, _g in _events("وتوقع الوزير الإعلان عن الاتفاق مع إيران خلال أيام.")] \
        == [("010", "الإعلان")]


@pytest.mark.parametrize("text, trigger, target", [
    ("وتوقع وزير النفط على الاتفاقية مع روسيا.", "وتوقع", "روسيا"),
    ("وتوقع السعودية اتفاقية للتعاون مع فرنسا.", "وتوقع", "فرنسا"),
    ("ووقع الطرفان على الاتفاقية في الرياض.", "ووقع", None),
])
def test_signing_stays(text: str, trigger: str, target: str | None) -> None:
    got = [(c, t, g) for c, t, _s, g in _events(text) if c == "057"]
    assert got == [("057", trigger, target)]


def test_expected_signing_is_the_masdar() -> None:
    """The signing expected («التوقيع») is the act; the verb of expecting is none."""
    got = [(c, t) for c, t, _s, _g in _events("وتوقع الوزير أن يتم التوقيع على الاتفاق مع إيران قريبا.")]
    assert got == [("057", "التوقيع على")]
    got = [(c, t) for c, t, _s, _g in _events("وتوقع المسؤول توقيع الاتفاقية الأسبوع المقبل.")]
    assert got == [("057", "توقيع الاتفاقية")]


def test_sanction_target_after_against() -> None:
    got = _events("وفرض جهاز المخابرات الأوكراني حظر سفر ضد البرلمانيين الفرنسيين العشرة.")
    assert got == [("163", "وفرض", "جهاز المخابرات الأوكراني", "البرلمانيين الفرنسيين")]


def test_sanction_target_after_on_stays() -> None:
    got = _events("وفرضت الولايات المتحدة عقوبات على إيران.")
    assert [(c, s, g) for c, _t, s, g in got] == [("163", "الولايات المتحدة", "إيران")]

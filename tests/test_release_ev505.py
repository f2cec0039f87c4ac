"""Round ev505: releases of people (0841) and refusals of them (1243); money, figures and asked-for releases are
none; «أطلق صاروخا» stays an assault."""

from __future__ import annotations

from typing import Any

from conftest import analyze_news


def _events(text: str) -> list[dict[str, Any]]:
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [{"code": e.code, "src": names.get(e.source or ""), "tgt": names.get(e.target or ""),
             "tgt_text": e.attrs.get("target_text"), "trig": doc.text[e.triggers[0].start:e.triggers[0].end]}
            for e in doc.events]


def test_release_verb_with_releaser_and_released() -> None:
    evs = _events("أفرجت السلطات الإيرانية عن عشرة معتقلين سياسيين يوم الأحد.")
    assert [(e["code"], e["src"], e["tgt_text"]) for e in evs] == [("0841", "السلطات الإيرانية", "عشرة معتقلين سياسيين")]


def test_release_captives_target_past_sarah() -> None:
    evs = _events("وأطلقت حركة حماس سراح ثلاثة أسرى إسرائيليين.")
    assert [(e["code"], e["src"], e["tgt_text"]) for e in evs] == [("0841", "حركة حماس", "ثلاثة أسرى إسرائيليين")]


def test_release_noun_named_person() -> None:
    evs = _events("وتم الإفراج عن الناشطة نرجس محمدي أمس.")
    assert [(e["code"], e["tgt"]) for e in evs] == [("0841", "نرجس محمدي")]


def test_refused_release() -> None:
    evs = _events("ورفضت الحكومة المصرية الإفراج عن المعتقلين.")
    assert [(e["code"], e["src"]) for e in evs] == [("1243", "الحكومة المصرية")]


def test_fired_missile_is_no_release() -> None:
    evs = _events("وأطلق الجيش صاروخا على المدينة.")
    assert [(e["code"], e["trig"]) for e in evs] == [("190", "وأطلق")]


def test_released_money_is_no_event() -> None:
    assert _events("وأفرجت وزارة المالية عن 200 مليون دولار.") == []


def test_abstained_release_of_figures_is_no_event() -> None:
    assert _events("وامتنعت الحكومة عن الإفراج عن الأرقام.") == []


def test_asked_release_is_no_release() -> None:
    evs = _events("وأعربت المحامية عن أملها بالإفراج عن المعتقلين.")
    assert all(e["code"] != "0841" for e in evs)
    evs = _events("وتظاهر الأهالي مقابل إطلاق سراح المعتقلات.")
    assert all(e["code"] != "0841" for e in evs)


def test_passive_release_has_no_releaser() -> None:
    evs = _events("واعتقلت الشرطة الرجلين، وأفرج عنهما بكفالة.")
    rel = [e for e in evs if e["code"] == "0841"]
    assert [(e["src"], e["tgt_text"]) for e in rel] == [(None, None)]


def test_release_to_come_is_none() -> None:
    evs = _events("ودعت المنظمة إلى التحرك من أجل إطلاق سراح الصحفيين المعتقلين.")
    assert all(e["code"] != "0841" for e in evs)
    evs = _events("وقالت إن الرعاية الصحية يجب أن تستمر حتى لحظة الإفراج عنها.")
    assert all(e["code"] != "0841" for e in evs)


def test_release_of_purpose_is_an_aim_not_a_release() -> None:
    evs = _events("وقال إن المفاوضات التي قادتها الحكومة لإطلاق سراح محتجزين لدى الجماعة تمت عبر وسطاء.")
    assert all(e["code"] != "0841" for e in evs)
    evs = _events("وسعت الحكومة للإفراج عن المعتقلين.")
    assert all(e["code"] != "0841" for e in evs)
    # counter-case: a release told with «بـ» is told
    evs = _events("وفوجئت قوات الأمن بإطلاق سراح المتهمين.")
    assert [e["code"] for e in evs if e["code"] == "0841"] == ["0841"]

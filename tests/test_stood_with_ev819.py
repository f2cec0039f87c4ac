"""Round ev819: «أكد وقوف X مع Y» is verbal support (051) of Y; «قامت بها X ... على Y»: Y is the target."""

import json
import subprocess
import sys


def _run(text: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-m", "rasd", "analyze", "-", "--date", "2015-05-01", "--format", "json"],
                         input=text, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def _name(doc: dict[str, object], eid: object) -> object:
    return next((e["name"] for e in doc["entities"] if e["id"] == eid), None)  # type: ignore[index,union-attr]


def test_stood_with_named_doer() -> None:
    doc = _run("وأكد الملك وقوف المملكة العربية السعودية إلى جانب مصر في مواجهة الإرهاب.\n")
    ev = doc["events"][0]  # type: ignore[index]
    assert ev["code"] == "051"
    assert _name(doc, ev["source"]) == "المملكة العربية السعودية"
    assert _name(doc, ev["target"]) == "مصر"


def test_stood_with_pronoun_and_solidarity() -> None:
    doc = _run("وأعلنت قطر تضامنها مع تركيا.\n")
    ev = doc["events"][0]  # type: ignore[index]
    assert (ev["code"], _name(doc, ev["source"]), _name(doc, ev["target"])) == ("051", "قطر", "تركيا")


def test_examine_and_ceasefire_stay_statements() -> None:
    doc = _run("وأكد الوزير ضرورة الوقوف على آخر المستجدات في اليمن.\n")
    assert [e["code"] for e in doc["events"]] == ["010"]  # type: ignore[union-attr,index]
    doc = _run("وأكد الوزير أهمية وقف إطلاق النار مع الحوثيين في اليمن.\n")
    assert "051" not in [e["code"] for e in doc["events"]]  # type: ignore[union-attr,index]


def test_done_by_aim_phrase() -> None:
    doc = _run("وشنت الميليشيات عمليات قصف قامت بها الميليشيات من داخل اللواء على المناطق السكنية في مدينة زنجبار.\n")
    ev = next(e for e in doc["events"] if e["code"] == "194")  # type: ignore[union-attr]
    assert ev["target_text"]["text"] == "المناطق السكنية"  # type: ignore[index]
    assert ev["target"] is None


def test_done_by_without_ala_has_no_target() -> None:
    doc = _run("وشنت الميليشيات عمليات قصف قامت بها الميليشيات من داخل اللواء في مدينة زنجبار.\n")
    ev = next(e for e in doc["events"] if e["code"] == "194")  # type: ignore[union-attr]
    assert "target_text" not in ev and ev["target"] is None

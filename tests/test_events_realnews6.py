"""Event arguments on constructions of real news, round 6: a killing masdar after «إنّ» and its genitive victim, a
meeting's seat («بمكتبه») is where it is held, a court's verdict, adverbs are no actors, an imminent attack is only
planned."""

from __future__ import annotations

from conftest import analyze_news, event_arg


def test_a_killing_masdar_after_inna_has_its_genitive_as_victim() -> None:
    doc = analyze_news("وقال قائد ميداني إن «قتل عناصر الميليشيا جاء بعد كمين نصبه المقاتلون في الوادي».")
    kill = next(e for e in doc.events if e.code == "190")
    assert event_arg(doc, kill, "source") == ""
    assert event_arg(doc, kill, "target") in ("عناصر الميليشيا", "الميليشيا")  # (the members stand for their group)


def test_a_seat_after_a_meeting_verb_is_no_party() -> None:
    doc = analyze_news("والتقى الأمير خالد الفيصل بمكتبه في جدة أمس السفير الياباني تاكاشي أوكادا.")
    meet = next(e for e in doc.events if e.code.startswith("04"))
    assert "مكتب" not in event_arg(doc, meet, "target")


def test_a_court_that_convicts_is_the_source() -> None:
    doc = analyze_news("وأدانت المحكمة سيدة تدعى خديجة وثلاثة من أبنائها بتهمة تمويل السفر.")
    verdict = next(e for e in doc.events if e.trigger.start == doc.text.index("وأدانت"))
    assert event_arg(doc, verdict, "source") != "خديجة"


def test_an_adverb_is_no_source() -> None:
    doc = analyze_news("وأكد المسؤول أن بلاده تدعم الحكومة، ونحن نقدم مساعدات مباشرة للحكومة العراقية.")
    aid = next(e for e in doc.events if e.code.startswith("07"))
    assert event_arg(doc, aid, "source") != "مباشرة"


def test_an_attack_on_the_verge_is_planned() -> None:
    doc = analyze_news("وكان المقاتلون على وشك شن هجوم واسع على البلدة قبل وصول التعزيزات.")
    attack = next(e for e in doc.events if e.plover == "ASSAULT")
    assert attack.modality == "planned"

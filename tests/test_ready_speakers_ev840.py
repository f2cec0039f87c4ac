"""Round ev840: a readiness the speaker tells of himself in his quote («وقال: إنه مستعد للقاء أوباما») is his
intent (CAMEO 03 by the act's family), said by him of the one the act names; the act itself is not told."""

from __future__ import annotations

from conftest import news_event, news_event_rows


def test_said_readiness_to_meet_is_an_intent_to_meet() -> None:
    doc, e = news_event("وقال الرئيس الإيراني حسن روحاني إنه مستعد للقاء الرئيس الأميركي باراك أوباما.", "للقاء")
    assert (e.code, e.modality) == ("036", "asserted")
    assert doc.entity(e.source).name == "حسن روحاني" and doc.entity(e.target).name == "باراك أوباما"
    doc, e = news_event("وقال الرئيس الإيراني حسن روحاني: إنه مستعد للقاء «الصديق باراك أوباما في كل وقت».",
                        "للقاء")
    assert e.code == "036" and doc.entity(e.target).name.endswith("أوباما")
    doc, e = news_event("وقال الرئيس الإيراني حسن روحاني إنه مستعد للتفاوض مع الولايات المتحدة.", "للتفاوض")
    assert e.code == "036" and doc.entity(e.source).name == "حسن روحاني"
    assert doc.entity(e.target).name == "الولايات المتحدة"


def test_acts_told_or_planned_stay() -> None:
    rows = news_event_rows("والتقى الرئيس الإيراني حسن روحاني أمس الرئيس الروسي فلاديمير بوتين.")
    assert ("040", "والتقى", "حسن روحاني", "فلاديمير بوتين", "asserted") in rows
    rows = news_event_rows("ويعتزم الرئيس الإيراني حسن روحاني زيارة روسيا الشهر المقبل.")
    assert ("042", "زيارة", "حسن روحاني", "روسيا", "planned") in rows
    # a readiness of someone else named, no speaker's pronoun: the act stays one that may come
    rows = news_event_rows("وقال الوزير إن الجيش مستعد للقاء المعارضة.")
    assert not any(r[0] == "036" for r in rows)
    # a readiness to fight is no intent to cooperate
    rows = news_event_rows("وقال قائد الجيش إنه مستعد لمهاجمة المسلحين.")
    assert not any(r[0].startswith("03") for r in rows)

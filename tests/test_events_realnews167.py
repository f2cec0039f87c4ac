"""Round 167 of real news: a tour of sights is no visit; a pledge a paper contains and an act judged by «تعد ...
أمرا» are no events; a vow of revenge past its subject is a threat (138); «لليوم السابع» counts days and dates
nothing. Hand-made sentences (paraphrases, no article text)."""

from __future__ import annotations

import rasd

from conftest import analyze_news, news_event, news_triggers


def _times(text: str) -> list[str]:
    doc = rasd.analyze(text, date="2015-08-02")
    return [t.text for t in doc.times]


def test_a_sightseeing_tour_is_no_visit() -> None:
    assert "بجولة" not in news_triggers("وتعرض الشركة على الزوار سيارات قديمة للقيام بجولة بين المعالم السياحية للمدينة.")
    assert "بجولة" not in news_triggers("وقام الوفد بجولة في المواقع الأثرية بالمدينة.")


def test_a_tour_of_a_region_is_still_a_visit() -> None:
    doc, ev = news_event("وبدأ الرئيس جولة خليجية تشمل الكويت والبحرين.", "جولة")
    assert ev.code == "042"


def test_a_pledge_a_bond_contains_is_no_event() -> None:
    assert "التعهد" not in news_triggers("وقال الخبير إن التعهد الذي يتضمنه سند الدين قوي جدا.")


def test_a_pledge_someone_made_stays() -> None:
    doc, ev = news_event("وقال إن التعهد الذي قطعه الرئيس للشعب واضح.", "التعهد")
    assert ev.code == "030"


def test_an_act_judged_vital_is_no_event() -> None:
    assert "السيطرة" not in news_triggers("وتقع البلدة على الطريق الرئيسي وتعد السيطرة عليها أمرا حيويا للجيش.")


def test_an_act_told_stays() -> None:
    doc, ev = news_event("وأكمل الجيش السيطرة على البلدة أمس.", "السيطرة")
    assert ev.code == "192"


def test_a_vow_of_revenge_past_its_subject_is_a_threat() -> None:
    doc, ev = news_event("وتعهد زعيم الحزب، أمس، بالانتقام من الجماعة التي هاجمت القرية.", "وتعهد")
    assert ev.code == "138"


def test_a_pledge_to_work_stays_a_pledge() -> None:
    doc, ev = news_event("وتعهد الرئيس بتحسين الاقتصاد خلال عام.", "وتعهد")
    assert ev.code == "030"


def test_the_seventh_day_running_is_no_date() -> None:
    assert _times("وتظاهر السكان أمام المبنى وذلك لليوم السابع على التوالي.") == []


def test_today_stays_a_date() -> None:
    assert _times("وتظاهر السكان أمام المبنى اليوم في العاصمة.") == ["اليوم"]
    doc = analyze_news("وتظاهر السكان أمام المبنى اليوم في العاصمة.")
    assert [t.value for t in doc.times] == ["2015-08-02"]

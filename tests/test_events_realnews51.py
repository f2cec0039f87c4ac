"""Round 51 of real news: recall and modality of plans. A signing told verb-subject-object («ووقع الطرفان على
الاتفاقية») and sanctions imposed («فرضت الوزارة عقوبات على») are events; a first-person future support verb plans its
noun («سنشن الهجوم»); a shelling by helicopters is aerial; an outcome promised («وعده بالنصر») and one of two
options («لقبول الاتفاق أو رفضه») are no events; the act agreed on («اتفقوا على أن يجتمعوا») is planned."""

from __future__ import annotations

from conftest import analyze_news, news_codes as _codes


def _modes(text: str) -> list[tuple[str, str, str]]:
    doc = analyze_news(text)
    return [(doc.text[e.trigger.start : e.trigger.end], e.code, e.modality) for e in doc.events]


def test_a_signing_told_verb_first_is_an_agreement() -> None:
    assert any(c == "057" for _, c in _codes("ووقع الطرفان على الاتفاقية أمس."))
    assert any(c == "057" for _, c in _codes("وقّعت الدولتان اتفاقية للتعاون التجاري."))
    assert any(c == "057" for _, c in _codes("ووقع وزير الخارجية ونظيره الأردني على مذكرة تفاهم."))
    # an incident that happens signs nothing
    assert not any(c == "057" for _, c in _codes("ووقعت اشتباكات عنيفة رغم الاتفاقية."))


def test_sanctions_imposed_are_an_embargo() -> None:
    assert any(c == "163" for _, c in _codes("وفرضت وزارة الخزانة عقوبات على ثلاث شركات."))
    assert any(c == "163" for _, c in _codes("وفرض الاتحاد الأوروبي عقوبات جديدة على موسكو."))
    assert not any(c == "163" for _, c in _codes("وفرضت المحكمة غرامة على الشركة."))


def test_a_first_person_future_support_verb_plans_its_noun() -> None:
    assert ("الهجوم", "190", "planned") in _modes("وقال القائد: سنشن الهجوم على المدينة قريبا.")
    assert ("الهجوم", "190", "reported") in _modes("وقال القائد: شننا الهجوم على المدينة.")


def test_a_shelling_by_helicopters_is_aerial() -> None:
    assert any(c == "195" for _, c in _codes("وقتل خمسة مدنيين في قصف بالمروحيات على القرية."))
    assert any(c == "195" for _, c in _codes("وقصفت القوات الحكومية القرية بالطائرات المروحية."))
    assert any(c == "195" for _, c in _codes("وقامت المروحيات بقصف مواقع المسلحين في الجبل."))
    assert not any(c == "195" for _, c in _codes("وقصفت القوات الحكومية القرية بالمدفعية الثقيلة."))


def test_an_outcome_promised_is_no_pledge() -> None:
    assert not any(c == "030" for _, c in _codes("وكرر الزعيم وعده بالنصر القريب في خطابه."))
    assert any(c == "030" for _, c in _codes("ووعد الوزير بتقديم الدعم للمزارعين."))


def test_one_of_two_options_is_no_event() -> None:
    assert not any(c == "120" for _, c in _codes("ومنح المجلس الأعضاء شهرا لقبول المشروع أو رفضه."))
    assert any(c == "120" for _, c in _codes("ورفض المجلس المشروع بالإجماع."))


def test_the_act_agreed_on_is_planned() -> None:
    assert ("يجتمعوا", "040", "planned") in _modes("واتفق الوزراء على أن يجتمعوا مرة أخرى في الرياض.")
    assert ("يجتمعوا", "040", "planned") in _modes("وقال إن المحافظ اتفق مع الزعماء بأن يجتمعوا الأسبوع المقبل.")


def test_a_ground_shelling_after_an_air_raid_stays_ground() -> None:
    text = "وتمت تغطية الهجمات بغارات الطيران الجوية وبقصف عنيف من الحواجز المحيطة بالمدينة."
    assert any(c == "194" for _, c in _codes(text))
    # a deal rejected that may threaten is no act agreed on
    assert ("يهدد", "130", "planned") not in _modes("وحذر من أن رفض الاتفاق من شأنه أن يهدد مصداقية البلاد.")

"""Round ev595: three lexicon errors of the event layer. «فرض» + an embargo («حظرا») is CAMEO 163 like sanctions, a
curfew («حظر التجول») 1723, a siege («حصارا») 191; «يستهدف» whose subject is an inquiry, a campaign, a law or a
plan is no act of force; a plural meeting noun under a place or time noun («أماكن الاجتماعات») is no meeting."""

from __future__ import annotations

from conftest import news_event_rows


def _events(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(code, trigger, source name, target name or unnamed target phrase, modality) of each event."""
    return news_event_rows(text)


def _codes(text: str) -> list[str]:
    return [e[0] for e in _events(text)]


def test_embargo_imposed_is_a_sanction() -> None:
    assert _events("فرضت الولايات المتحدة حظرا على إيران.") == [
        ("163", "فرضت", "الولايات المتحدة", "إيران", "asserted")]


def test_arms_embargo_by_the_council() -> None:
    assert _codes("فرض مجلس الأمن حظرا على السلاح إلى ليبيا.") == ["163"]


def test_sanctions_still_a_sanction() -> None:
    assert _events("فرضت واشنطن عقوبات على روسيا.") == [("163", "فرضت", "واشنطن", "روسيا", "asserted")]


def test_curfew_is_no_embargo() -> None:
    assert _codes("فرضت السلطات حظر التجول في المدينة.") == ["1723"]


def test_siege_imposed_is_a_blockade() -> None:
    assert _codes("فرض الجيش حصارا على المدينة.") == ["191"]


def test_embargo_conjunct_of_a_purpose_is_planned() -> None:
    got = _events("وتوقع الخبير أن تشهد الأيام المقبلة تعاونا بين الدول لمكافحة الإرهاب، وفرض حظر على تدفق السلاح.")
    assert [(c, m) for c, _, _, _, m in got] == [("163", "planned")]


def test_imposing_a_fine_is_no_event() -> None:
    assert _codes("فرضت البلدية غرامة على المطعم.") == []


def test_inquiry_that_targets_is_no_assault() -> None:
    assert _codes("وفتحت النيابة تحقيقا في الفساد يستهدف شركات أجنبية.") == ["090"]


def test_law_that_targets_is_no_assault() -> None:
    assert _codes("وأقر البرلمان القانون الذي يستهدف المتهربين من الضرائب.") == []


def test_raids_that_target_stay_force() -> None:
    codes = _codes("شن التحالف غارات تستهدف مواقع التنظيم في الرقة.")
    assert codes and all(c.startswith("19") for c in codes)


def test_military_campaign_that_targets_stays_force() -> None:
    assert _codes("وبدأ الجيش حملة عسكرية تستهدف مواقع المسلحين في سيناء.") == ["190"]


def test_aircraft_that_target_stay_force() -> None:
    assert _codes("واستهدفت الطائرات مقرا للتنظيم في الموصل.") == ["195"]  # round ev996: aircraft, an air strike


def test_places_of_meetings_are_no_meeting() -> None:
    assert _codes("وحدد المجلس أماكن الاجتماعات ومواعيدها.") == []


def test_meeting_room_is_no_meeting() -> None:
    assert _codes("وتقرر إغلاق قاعة الاجتماعات في المبنى.") == []


def test_meeting_in_a_hall_stays() -> None:
    assert _codes("عقد الاجتماع في قاعة المؤتمرات بالرياض.") == ["040"]


def test_meetings_held_stay() -> None:
    assert _codes("وعقد الوزيران اجتماعات في الرياض.") == ["040"]

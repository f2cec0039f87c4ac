"""Round 157: report cues of rasd.events.specific on ASSAULT events.

A figurative adjective counts only right after its trigger («هجوما سياسيا»), not where it describes a source
elsewhere in the sentence («الناشط الإعلامي»); a light verb of an attack right before a noun trigger («شن هجوما»,
«شن المسلحون هجوما») tells the act as done (the 'occurred' cue), but not over a tally («شنت عشرات الغارات») nor
after the trigger («الهجمات التي شنتها»); a sport word after «حي» names a quarter («حي الملعب»), no sport.
Hand-made sentences only.
"""

from __future__ import annotations

from conftest import news_event


def _cues(text: str, trigger: str) -> list[str]:
    return list(news_event(text, trigger)[1].attrs["report_cues"])


def test_media_activist_is_no_figurative_cue() -> None:
    cues = _cues("ونقل الناشط الإعلامي سامر عن سكان أن التنظيم شن هجوما على القرية بسيارات مفخخة.", "هجوما")
    assert "figurative" not in cues
    assert cues == ["noun", "occurred", "participant", "place"]


def test_political_attack_stays_figurative() -> None:
    assert "figurative" in _cues("وقال مصدر إن النائب شن هجوما سياسيا على الوزير في الجلسة.", "هجوما")


def test_light_verb_before_noun_trigger_is_occurred() -> None:
    assert "occurred" in _cues("وشن المسلحون هجوما على حاجز للشرطة في البلدة.", "هجوما")
    assert "occurred" in _cues("وخاض الجنود اشتباكات مع المهربين قرب الحدود.", "اشتباكات")


def test_light_verb_over_a_tally_or_after_the_trigger_is_no_occurred() -> None:
    assert "occurred" not in _cues("وشنت الطائرات عشرات الغارات على مواقع التنظيم في المحافظة.", "الغارات")
    assert "occurred" not in _cues("وشنت الطائرات 15 غارة على مواقع التنظيم في المحافظة.", "غارة")
    assert "occurred" not in _cues("وتصاعد الغضب من الهجمات التي شنتها القوات على القرى الشهر الماضي.", "الهجمات")


def test_sport_word_naming_a_quarter_is_no_sport() -> None:
    cues = _cues("وتقدمت القوات نحو حي الملعب وسط المدينة بعد اشتباكات مع المسلحين.", "اشتباكات")
    assert "sport" not in cues and "participant" in cues


def test_stadium_after_a_match_stays_sport() -> None:
    assert "sport" in _cues("وقتل ثلاثة أشخاص في اشتباكات قرب الملعب بعد المباراة.", "اشتباكات")

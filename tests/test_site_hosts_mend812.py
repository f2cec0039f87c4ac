"""Round mend812: (a) a hosting verb whose subject right after it is a site (``hosting_sites``: a base, a hospital,
a camp, an airport) and whose object, past an aside of time between commas, is supplies or crowds hosts no visit
(«وقد استقبلت القاعدة العسكرية، أمس، أرتالا من الدبابات»); a site or a capital hosting a person still does.
(b) dedup: a repeat of an act in its sentence that names the same target entity as the act told before it, by
the same trigger entry and on no day of its own, joins it («كثف طيران التحالف، أمس، غاراته على مطار صنعاء ...،
وقال شهود إن غارات شنتها طائرات التحالف على المطار»); one on its own day, or of another trigger word, stays."""

from __future__ import annotations

from conftest import analyze_news

_SEIZED = "وقال المصدر إن قاعدة العند أصبحت تحت سيطرة قوات الجيش الوطني، "


def _codes(text: str, word: str) -> list[str]:
    """The codes of the events whose main trigger is ``word``."""
    doc = analyze_news(text)
    return [e.code for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == word]


def _assaults(text: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger words joined by «+», target name, date) of each ASSAULT event."""
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    out = []
    for e in doc.events:
        if e.plover == "ASSAULT":
            words = [doc.text[t.start : t.end] for t in [e.trigger, *e.triggers[1:]]] if e.triggers else [
                doc.text[e.trigger.start : e.trigger.end]]
            out.append(("+".join(words), names.get(e.target) if e.target else None, e.date))
    return out


def test_base_receiving_tanks_past_aside_is_no_visit() -> None:
    assert _codes(_SEIZED + "وقد استقبلت القاعدة العسكرية، أمس، أرتالا من الدبابات.", "استقبلت") == []


def test_base_after_its_capture_receiving_tanks_is_no_visit() -> None:
    text = "سيطرت قوات الجيش اليمني على قاعدة العند في محافظة لحج. وقد استقبلت القاعدة العسكرية، أمس، أرتالا من الدبابات."
    assert _codes(text, "استقبلت") == []


def test_hospital_receiving_wounded_needs_no_count() -> None:
    text = "وقال المصدر إن المستشفى الميداني أصبح جاهزا، وقد استقبل المستشفى، أمس، جرحى القصف."
    assert _codes(text, "استقبل") == []


def test_base_receiving_a_minister_is_still_a_visit() -> None:
    assert _codes(_SEIZED + "وقد استقبلت القاعدة العسكرية، أمس، وزير الدفاع اليمني.", "استقبلت") == ["043"]


def test_capital_receiving_a_president_is_still_a_visit() -> None:
    assert _codes("استقبلت الرياض، أمس، الرئيس الفرنسي فرنسوا هولاند.", "استقبلت") == ["043"]


def test_airport_receiving_a_president_is_still_a_visit() -> None:
    assert _codes("واستقبل مطار القاهرة، أمس، الرئيس الفرنسي فرنسوا هولاند.", "واستقبل") == ["043"]


def test_president_receiving_a_delegation_past_aside_is_a_visit() -> None:
    text = "استقبل الرئيس المصري عبد الفتاح السيسي، أمس، وفدا من الكونغرس الأميركي."
    assert _codes(text, "استقبل") == ["043"]


def test_strikes_retold_on_the_same_target_join() -> None:
    text = ("كثف طيران التحالف، أمس، غاراته على مطار صنعاء الدولي، وقال شهود عيان إن غارات عنيفة شنتها طائرات "
            "التحالف على المطار دمرت مدرجه.")
    assert _assaults(text) == [("غاراته+غارات", "مطار صنعاء الدولي", "2015-08-01")]


def test_strikes_on_their_own_day_stay_apart() -> None:
    text = "شن طيران التحالف، أمس، غارات على مطار صنعاء الدولي، بعد غارات شنها يوم الأحد الماضي على المطار."
    assert _assaults(text) == [("غارات", "مطار صنعاء الدولي", "2015-08-01"),
                               ("غارات", "مطار صنعاء الدولي", "2015-07-26")]


def test_strikes_after_shelling_of_another_word_stay_apart() -> None:
    text = "قصفت طائرات التحالف، أمس، مطار صنعاء الدولي، وقال شهود عيان إن غارات عنيفة استهدفت المطار."
    assert [a[0] for a in _assaults(text)] == ["قصفت", "غارات", "استهدفت"]

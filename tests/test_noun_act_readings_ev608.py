"""Round ev608: three readings of noun acts. (1) A noun act that is the object or «عن/بـ» complement of a verb of
knowing, expecting or awaiting takes no doer from that verb's subject. (2) A noun act right after «على خلفية / في
أعقاب / على إثر» is the news's background: no date. (3) In indirect speech whose content opens with «إنه/إنها» and
a verb of doing, the noun act that verb does is the speaker's. Counter-cases: a verb of telling keeps its subject
(«أعلن الجيش»), «توقع الوزير أن يزور» keeps its own subject and stays planned, a bare «بعد» or «إثر» keeps the
day, another subject in the content («إن الوزير تولى») keeps its own."""

from __future__ import annotations

from conftest import analyze_news


def _events(text: str) -> list[tuple[str, str, str | None, str | None, str]]:
    """(trigger text, code, source entity name, date, modality) of each event."""
    doc = analyze_news(text)
    ents = {e.id: e for e in doc.entities}
    out = []
    for e in doc.events:
        src = ents.get(e.source) if e.source else None
        out.append((doc.text[e.trigger.start:e.trigger.end], e.code, src.name if src else None, e.date, e.modality))
    return out


def _by_trigger(text: str, trigger: str) -> tuple[str, str, str | None, str | None, str]:
    return next(e for e in _events(text) if e[0].startswith(trigger))


# (1) verbs of knowing, expecting, awaiting
def test_knower_is_no_announcer() -> None:
    ev = _by_trigger("وكأن الظواهري كان يعرف عن قرب الإعلان عن وفاة الملا عمر.", "الإعلان")
    assert ev[1] == "010" and ev[2] is None


def test_awaiter_vso_is_no_announcer() -> None:
    ev = _by_trigger("وينتظر الرئيس الأميركي الإعلان عن الاتفاق مع إيران.", "الإعلان")
    assert ev[1] == "010" and ev[2] is None


def test_teller_keeps_its_subject() -> None:
    evs = [e for e in _events("وأعلن الرئيس الأميركي باراك أوباما الاتفاق مع إيران.") if e[1] == "010"]
    assert evs and evs[0][2] == "باراك أوباما"


def test_expected_visit_keeps_own_subject_and_plan() -> None:
    ev = _by_trigger("وتوقع الوزير أن يزور الرئيس الأميركي باراك أوباما القاهرة.", "يزور")
    assert ev[1] == "042" and ev[2] == "باراك أوباما" and ev[4] == "planned"


# (2) background frames
def test_background_talks_undated() -> None:
    ev = _by_trigger("هناك أنباء تحدثت عن خلافات داخل الحركة، على خلفية التفاوض مع حكومة كابل.", "التفاوض")
    assert ev[1] == "046" and ev[3] is None


def test_in_the_wake_undated() -> None:
    ev = _by_trigger("وتصاعد التوتر في المدينة في أعقاب التفاوض مع حكومة كابل.", "التفاوض")
    assert ev[3] is None


def test_bare_after_keeps_the_day() -> None:
    ev = _by_trigger("وقتل جندي إثر انفجار لغم أرضي في مدينة حلب.", "وقتل")
    assert ev[3] == "2015-08-02"


# (3) the speaker's own act
def test_relative_speaker_investigates() -> None:
    ev = _by_trigger("وأحيلت القضية إلى النيابة العامة الليبية، التي قالت إنها تولت فعلا التحقيق في الواقعة.",
                     "التحقيق")
    assert ev[1] == "090" and ev[2] == "النيابة العامة الليبية"


def test_speaker_launched_attack() -> None:
    ev = _by_trigger("وقال الجيش الباكستاني إنه شن هجوما على مواقع حركة طالبان.", "هجوما")
    assert ev[1] == "190" and ev[2] == "الجيش الباكستاني"


def test_other_subject_in_content_keeps_its_own() -> None:
    ev = _by_trigger("وقال الجيش الباكستاني إن الوزير تولى التحقيق في الحادث.", "التحقيق")
    assert ev[2] != "الجيش الباكستاني"


def test_verb_speaker_unchanged() -> None:
    ev = _by_trigger("وقال وزير الخارجية الأميركي جون كيري إنه سيزور القاهرة.", "سيزور")
    assert ev[1] == "042" and ev[2] == "جون كيري" and ev[4] == "planned"

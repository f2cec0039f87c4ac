"""Event arguments and modality from Arabic morphology and mood: a nominative plural is the subject of an appeal
verb, not its addressee; a wished-for act is no fact."""

from __future__ import annotations

import rasd
from rasd.doc import Doc, Event


def _run(text: str) -> Doc:
    return rasd.analyze(text, date="2015-08-02")


def _phrase(doc: Doc, ev: Event, role: str) -> str | None:
    d = ev.to_dict(doc.text)
    names = {e.id: e.name for e in doc.entities}
    if d.get(role) in names:
        return names[d[role]]
    phrase = d.get(f"{role}_text")
    return phrase["text"] if isinstance(phrase, dict) else None


def test_a_nominative_plural_after_an_appeal_verb_is_its_subject() -> None:
    doc = _run("وطالب المتظاهرون بمحاكمة المسؤولين.")
    demand = next(e for e in doc.events if e.code.startswith("10"))
    assert _phrase(doc, demand, "source") == "المتظاهرون"
    # the accusative/genitive plural is the one called upon
    doc = _run("ودعا المتظاهرين إلى التهدئة.")
    appeal = next(e for e in doc.events if e.code.startswith("02"))
    assert _phrase(doc, appeal, "source") is None and _phrase(doc, appeal, "target") == "المتظاهرين"


def test_a_hoped_for_visit_is_hypothetical() -> None:
    visit = next(e for e in _run("ونأمل أن يزور الوفد الرياض قريبا.").events if e.code == "042")
    assert visit.modality == "hypothetical"
    visit = next(e for e in _run("وزار الوفد الرياض أمس.").events if e.code == "042")
    assert visit.modality == "asserted"


def test_a_place_right_after_a_verb_of_visiting_is_where_one_goes() -> None:
    doc = _run("وقال وزير الخارجية الأمريكي جون كيري إن الحل سياسي. ويزور بغداد غدا.")
    visit = next(e for e in doc.events if e.code == "042")
    assert (_phrase(doc, visit, "source"), _phrase(doc, visit, "target")) == ("جون كيري", "بغداد")
    doc = _run("ويزور القاهرة وزير الخارجية الأمريكي غدا.")  # VOS: the visitor after the place
    visit = next(e for e in doc.events if e.code == "042")
    assert (_phrase(doc, visit, "source"), _phrase(doc, visit, "target")) == ("وزير الخارجية الأمريكي", "القاهرة")
    doc = _run("وقال إنه زار بغداد مرتين.")  # «مرتين» (twice) is no visitor
    visit = next(e for e in doc.events if e.code == "042")
    assert _phrase(doc, visit, "target") == "بغداد" and _phrase(doc, visit, "source") != "مرتين"


def test_an_invited_visit_is_the_guests_and_only_planned() -> None:
    doc = _run("وتلقى الرئيس السيسي دعوة من الملك سلمان لزيارة الرياض.")
    visit = next(e for e in doc.events if e.code == "042")
    assert (_phrase(doc, visit, "source"), _phrase(doc, visit, "target")) == ("السيسي", "الرياض")
    assert visit.modality == "planned"
    doc = _run("ووجه الملك سلمان دعوة لبوتين لزيارة المملكة.")
    visit = next(e for e in doc.events if e.code == "042")
    assert _phrase(doc, visit, "source") == "بوتين" and visit.modality == "planned"


def test_a_received_invitation_is_the_senders_appeal() -> None:
    doc = _run("وتلقى الرئيس السيسي دعوة من الملك سلمان لزيارة الرياض.")
    appeal = next(e for e in doc.events if e.code.startswith("02"))
    assert _phrase(doc, appeal, "source") == "سلمان"  # who sent it, not «السيسي» who received it

"""Round ev849: a generic present act has no day, «specific: false» runs along its coordinated list of masdars,
and a claim of many acts over time is no specific act (events.generic_days)."""

from __future__ import annotations

from rasd import analyze
from rasd.doc import Event

DAY = "2015-05-01"


def _event(text: str, trigger: str) -> Event:
    doc = analyze(text, date=DAY)
    found = [e for e in doc.events if text[e.trigger.start : e.trigger.end] == trigger]
    assert found, [text[e.trigger.start : e.trigger.end] for e in doc.events]
    return found[0]


PRISON = ("وتعاني فنزويلا من سوء المعاملة في السجون، حيث يتعرض السجناء للضرب، والتعذيب بالكهرباء، والتهديد "
          "بالقتل أثناء الاحتجاز في فنزويلا.")


def test_generic_present_act_has_no_day() -> None:
    ev = _event(PRISON, "يتعرض")
    assert (ev.code, ev.attrs["specific"], ev.date) == ("182", False, None)


def test_listed_masdar_shares_generic_verdict() -> None:
    ev = _event(PRISON, "والتهديد")
    assert (ev.code, ev.attrs["specific"], ev.date) == ("130", False, None)
    assert ev.location is not None  # (its place alone made it specific before)


def test_specific_act_in_same_sentence_keeps_its_day() -> None:
    text = "وتظاهر الآلاف أمس في ساحة التحرير، حيث يتعرض المحتجون للضرب."
    told = _event(text, "وتظاهر")
    assert (told.code, told.attrs["specific"], told.date) == ("141", True, "2015-04-30")
    generic = _event(text, "يتعرض")
    assert (generic.attrs["specific"], generic.date) == (False, None)


def test_claim_of_many_attacks_is_not_specific() -> None:
    text = "وتنشط الجماعة في شمال سيناء، حيث أعلنت مسؤوليتها عن الكثير من الهجمات التي تستهدف قوات الأمن."
    ev = _event(text, "أعلنت")
    assert (ev.code, ev.modality, ev.attrs["specific"], ev.date) == ("010", "asserted", False, None)


def test_claim_of_several_blasts_is_not_specific() -> None:
    ev = _event("وتنشط الجماعة في شمال سيناء، حيث أعلنت مسؤوليتها عن العديد من التفجيرات.", "أعلنت")
    assert (ev.attrs["specific"], ev.date) == (False, None)


def test_claim_of_one_attack_stays_specific() -> None:
    ev = _event("وأعلن التنظيم مسؤوليته عن الهجوم الذي استهدف حاجزا للجيش في العريش.", "وأعلن")
    assert (ev.code, ev.attrs["specific"], ev.date) == ("010", True, DAY)
    ev = _event("وتنشط الجماعة في شمال سيناء، حيث أعلنت مسؤوليتها عن تفجير العريش.", "أعلنت")
    assert (ev.attrs["specific"], ev.date) == (True, DAY)


def test_past_verb_of_a_quote_is_not_taken_as_present() -> None:
    from rasd.events.generic_days import present_generic

    doc = analyze("وصرخ الأب «لقد أحرقونا جميعا».", date=DAY)
    for ev in doc.events:
        if doc.text[ev.trigger.start : ev.trigger.end] == "أحرقونا":
            assert not present_generic(doc, ev)

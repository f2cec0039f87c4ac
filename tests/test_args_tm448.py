"""Round tm448: the pronoun on the masdar of an act done to a person («تعذيبه», «اعتقاله») is its patient: the one it
stands for is the target, not the source (events.pronoun_doers.patient_pronouns)."""

from conftest import news_event


def _parties(text: str, trigger: str) -> tuple[str | None, str | None]:
    """(source name, target name) of the event ``trigger``."""
    doc, ev = news_event(text, trigger)
    src, tgt = doc.entity(ev.source), doc.entity(ev.target)
    return (src.name if src is not None else None, tgt.name if tgt is not None else None)


def test_the_tortured_man_is_the_target_not_the_torturer() -> None:
    text = ("وأعلنت هيئة الدفاع خلال مؤتمر صحافي أمس بتونس أن الجبالي «أمضى قرارا بتسليم البغدادي المحمودي إلى "
            "السلطات ما ترتب عنه تعذيبه وتغيير مكان إقامته».")
    src, tgt = _parties(text, "تعذيبه")
    assert src != "البغدادي المحمودي"
    assert tgt == "البغدادي المحمودي"


def test_counter_a_masdar_with_its_object_keeps_its_pronoun_as_doer() -> None:
    # «اعتقاله خمسة مسلحين»: the masdar takes an object right after it: the pronoun is the one who arrests
    text = "وأعلن وزير الداخلية محمد الغبان اعتقاله خمسة مسلحين في بغداد."
    src, tgt = _parties(text, "اعتقاله")
    assert src == "محمد الغبان"
    assert tgt != "محمد الغبان"

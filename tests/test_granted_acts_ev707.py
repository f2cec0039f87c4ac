"""Round ev707: masdars named as what a permission, authority or request is for; era genitives as no doers."""

from rasd import analyze


def _events(text: str) -> list[tuple[str, str, str]]:
    doc = analyze(text, date="2015-05-01")
    return [(ev.code, doc.text[ev.trigger.start:ev.trigger.end], ev.modality) for ev in doc.events]


def test_authority_noun_drops_masdar() -> None:
    assert _events("ومنح البرلمان الرئيس صلاحية التفاوض مع إسرائيل.") == []


def test_permit_for_visit_in_lam() -> None:
    assert _events("وينص الاتفاق على الترخيص المعطى للوكالة الدولية للطاقة الذرية لزيارة المواقع العسكرية الإيرانية.") == []


def test_request_noun_and_era_phrase() -> None:
    assert _events("وظل يخت المحروسة في عهد الرئيس الأسبق حسني مبارك مقصدا للمصريين لطلب زيارته.") == []


def test_enabling_verb_with_pronoun_is_hypothetical() -> None:
    got = _events("وحصل الرئيس الأميركي باراك أوباما على السلطات التي تخوله تسريع التفاوض بشأن الاتفاقات التجارية.")
    assert got == [("046", "التفاوض", "hypothetical")]


def test_request_verb_keeps_planned_visit() -> None:
    got = _events("وطلب وزير الخارجية المصري زيارة دمشق الأسبوع الماضي.")
    assert got == [("042", "زيارة", "planned")]


def test_plain_visit_kept() -> None:
    got = _events("وزار الرئيس المصري عبد الفتاح السيسي الرياض أمس.")
    assert got == [("042", "وزار", "asserted")]


def test_habit_verb_masdar_dropped() -> None:
    assert _events("والصحيفة دأبت على انتقاد الحكومة المصرية.") == []
    assert [e[0] for e in _events("وانتقدت الصحيفة الحكومة المصرية أمس.")] == ["111"]

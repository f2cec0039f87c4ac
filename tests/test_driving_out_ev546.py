"""Round ev546: «طرد» of armed forces out of a place is a use of military force (CAMEO 190): the force that
drives out is the source, the force driven out the target, the place after «من» the location («تمكنت المقاومة من
طرد الميليشيات من عدن»); expelling or deporting people is 174 («بطرد المدنيين من القرى»); a parcel, a sending-off,
a dismissal from work and waste carted away are none, and envoys stay 161."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc


def _name(doc: Doc, eid: str | None) -> str | None:
    return next((e.name for e in doc.entities if e.id == eid), None)


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(code, source name, target name or unnamed target phrase, location name) of each event."""
    doc = analyze_news(text)
    out = []
    for e in doc.events:
        tgt = e.unnamed("target", doc.text)
        out.append((e.code, _name(doc, e.source), _name(doc, e.target) or (tgt and str(tgt["text"])),
                    _name(doc, e.location)))
    return out


def test_resistance_drives_militias_out_of_aden() -> None:
    assert _events("وتمكنت المقاومة الشعبية من طرد الميليشيات الحوثية من عدن.") == [
        ("190", "المقاومة الشعبية", "الميليشيات الحوثية", "عدن")]


def test_army_drives_rebels_out_of_port_vso() -> None:
    assert _events("وطرد الجيش اليمني المتمردين من ميناء الحديدة.") == [
        ("190", "الجيش اليمني", "المتمردين", "الحديدة")]


def test_masdar_genitive_is_the_force_driven_out() -> None:
    # the genitive after the masdar is the one driven out, never its doer; «منهما»: no nearest place
    assert _events("وتقضي الخطة بوصول القوات إلى تعز، بعد طرد الميليشيات المتمردة منهما.")[-1] == (
        "190", None, "الميليشيات", None)


def test_named_group_after_force_head_is_target() -> None:
    assert _events("وأولاها طرد ميليشيات «داعش» من المنطقة.")[0][:3] == ("190", None, "داعش")


def test_deporting_civilians_is_174() -> None:
    assert _events("وقامت القوات الكردية بطرد المدنيين العرب من القرى الحدودية.") == [
        ("174", "القوات الكردية", "المدنيين", None)]


def test_parcel_sending_off_and_waste_are_no_events() -> None:
    assert _events("ووصل طرد بريدي مشبوه إلى السفارة.") == []
    assert _events("وقرر الحكم طرد اللاعب في الدقيقة الأخيرة.") == []
    assert _events("وقررت البلدية ترحيل النفايات إلى دول أخرى.") == []
    assert _events("وتظهر الإحصائيات طرد 47 ألف امرأة من العمل.") == []


def test_envoys_stay_161() -> None:
    assert [c for c, *_ in _events("وطردت الحكومة السفير الإسرائيلي.")] == ["161"]

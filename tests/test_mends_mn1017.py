"""Round mn1017: a massacre's victim count joins the massacre; «كفى لقتل ...» is a plea, no killing; a place is not
carried into a quotation opened after the act told before; «حيث أفيد عن قتله» was where the «حيث» clause hangs.
Hand-made Arabic sentences."""

from __future__ import annotations

from conftest import cached_news


def _name(doc, eid):  # type: ignore[no-untyped-def]
    ent = doc.entity(eid) if eid is not None else None
    return ent.name if ent is not None else None


def _rows(doc):  # type: ignore[no-untyped-def]
    return [(e.code, [doc.text[t.start : t.end] for t in e.triggers], _name(doc, e.location)) for e in doc.events]


MASSACRE = ("شنت المقاتلات الروسية غارات على قرى في ريف إدلب أمس، وقد أعلن الدفاع المدني عن أربعة قتلى من السكان، "
            "فيما تحدثت وسائل إعلام معارضة عن «مجزرة» راح ضحيتها عشرة قتلى.")


def test_massacre_toll_joins_massacre() -> None:
    doc = cached_news(MASSACRE)
    rows = _rows(doc)
    assert ("202", ["مجزرة", "قتلى"], None) in rows
    assert not any(code == "190" for code, _, _ in rows)
    strike = next(e for e in doc.events if e.code == "195")
    assert len(strike.triggers) == 2 and _name(doc, strike.location) == "إدلب"


def test_massacre_toll_after_committed_massacre() -> None:
    doc = cached_news("ارتكبت الميليشيات مجزرة في قرية الحسينية أمس أسفرت عن مقتل خمسة عشر مدنيا.")
    assert [(e.code, len(e.triggers)) for e in doc.events] == [("202", 2)]


def test_enough_plea_no_killing() -> None:
    doc = cached_news("وقال الناشط: «كفى لقتل الأبرياء».")
    assert not any(e.code.startswith("19") for e in doc.events)


def test_enough_plea_after_other_plea() -> None:
    doc = cached_news("وقال الطبيب: «علينا أن نرفع الصوت ونقول كفى للحرب، كفى لقتل الأطفال».")
    assert not any(doc.text[e.trigger.start : e.trigger.end] == "لقتل" for e in doc.events)


def test_enough_accusative_masdar_still_dropped() -> None:
    doc = cached_news("وقال النائب: «يكفي شجبا واستنكارا».")
    assert not any(e.code.startswith("11") for e in doc.events)


def test_killing_purpose_kept() -> None:
    doc = cached_news("وأرسلت الجماعة مسلحين لقتل الصحافي في بيروت أمس.")
    assert any(doc.text[e.trigger.start : e.trigger.end] == "لقتل" and e.code.startswith("1") for e in doc.events)


QUOTED = ("وحضر المؤتمر الناشط سامي الخطيب، الذي فقد شقيقه جراء القصف الإسرائيلي لمنزله في رفح خلال حرب عام 2014. "
          "وقال الخطيب: «جئت لأشهد على الألم. قتلت الحرب عائلات كاملة أمام أعيننا».")


def test_no_place_carried_into_quotation() -> None:
    doc = cached_news(QUOTED)
    shelling = next(e for e in doc.events if e.code == "194")
    assert _name(doc, shelling.location) == "رفح"
    killing = next(e for e in doc.events if e.code == "190")
    assert killing.location is None


def test_place_still_carried_in_narration() -> None:
    doc = cached_news("وقصفت الطائرات الحربية مواقع المعارضة في بلدة كفرنبل. وقتل مسلحون ثلاثة مدنيين أمس.")
    killing = next(e for e in doc.events if e.code == "190")
    assert _name(doc, killing.location) == "كفرنبل"


def test_where_reported_killing() -> None:
    doc = cached_news("وتنقل القيادي في التنظيم أبو حمزة المصري بين دول عدة، وذُكر أنه أقام في الصومال، والسودان، "
                      "وليبيا حيث أفيد عن قتله في غارة أميركية الشهر الماضي.")
    killing = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "قتله")
    assert _name(doc, killing.location) == "ليبيا"
    assert killing.modality == "reported"


def test_where_reported_arrest() -> None:
    doc = cached_news("وأقام الرجل في تونس ثم انتقل إلى ليبيا حيث ذكر عن اعتقاله العام الماضي.")
    arrest = next(e for e in doc.events if e.code == "173")
    assert _name(doc, arrest.location) == "ليبيا"

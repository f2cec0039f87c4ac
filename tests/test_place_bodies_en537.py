"""Round en537: bodies named after a place are organisations, in an office's title too; «فيلق القدس» is Iran's."""

from rasd.pipeline import Pipeline

_P = Pipeline()


def _doc(text: str):  # type: ignore[no-untyped-def]
    return _P(text, date="2015-08-06")


def _ents(doc):  # type: ignore[no-untyped-def]
    return {e.name: e for e in doc.entities}


def test_body_in_title_is_the_authority_not_the_canal() -> None:
    doc = _doc("ثم كلمة لرئيس هيئة قناة السويس، ثم كلمة الرئيس.")
    ents = _ents(doc)
    assert ents["هيئة قناة السويس"].type == "ORGANIZATION"
    assert ents["هيئة قناة السويس"].country == "EGY"
    assert "قناة السويس" not in ents  # no leftover place


def test_statement_stays_the_persons() -> None:
    doc = _doc("بحسب تصريحات أدلى بها رئيس هيئة قناة السويس الفريق مهاب مميش، وهو ما سيحقق انتعاشا للاقتصاد.")
    ents = _ents(doc)
    assert ents["هيئة قناة السويس"].country == "EGY"
    person = ents["مهاب مميش"]
    assert [doc.entity(ev.source).name for ev in doc.events if ev.code.startswith("01") and ev.source] == ["مهاب مميش"]
    assert person.type == "PERSON"


def test_quote_speaker_stays_the_person() -> None:
    doc = _doc("قال رئيس هيئة قناة السويس مهاب مميش إن الإيرادات ارتفعت خلال الشهر الماضي.")
    assert [doc.entity(q.speaker).name for q in doc.quotes] == ["مهاب مميش"]
    assert _ents(doc)["هيئة قناة السويس"].country == "EGY"


def test_other_body_of_the_place_stays() -> None:
    doc = _doc("وأمم الرئيس جمال عبد الناصر شركة قناة السويس. وقال رئيس هيئة قناة السويس إن الحركة زادت.")
    ents = _ents(doc)
    assert ents["شركة قناة السويس"].type == "ORGANIZATION"
    assert ents["هيئة قناة السويس"].type == "ORGANIZATION"


def test_authority_named_after_a_zone() -> None:
    ents = _ents(_doc("واستقبلت سلطة منطقة العقبة الاقتصادية وفدا من رجال الأعمال."))
    assert ents["سلطة منطقة العقبة الاقتصادية"].type == "ORGANIZATION"
    assert ents["سلطة منطقة العقبة الاقتصادية"].country == "JOR"
    assert "العقبة" not in ents


def test_power_of_a_country_is_no_body() -> None:
    ents = _ents(_doc("وقالت الحكومة إن سلطة مصر لا تمتد إلى هناك."))
    assert not any(n.startswith("سلطة") for n in ents)
    assert ents["مصر"].type == "LOCATION"


def test_management_of_a_university_keeps_the_university() -> None:
    ents = _ents(_doc("وهو الأمر الذي رفضته إدارة جامعة حضرموت أمس."))
    assert "جامعة حضرموت" in ents
    assert not any(n.startswith("إدارة") for n in ents)


def test_sea_gives_no_country() -> None:
    ents = _ents(_doc("ووقعت مؤسسة موانئ البحر الأحمر اتفاقا مع شركة صينية."))
    assert ents["مؤسسة موانئ البحر الأحمر"].type == "ORGANIZATION"
    assert ents["مؤسسة موانئ البحر الأحمر"].country is None


def test_quds_force_is_iranian_military() -> None:
    ents = _ents(_doc("وهاجم فيلق القدس التابع للحرس الثوري مواقع في سوريا."))
    e = ents["فيلق القدس"]
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", "IRN", "IRNMIL")
    assert "القدس" not in ents


def test_in_jerusalem_stays_the_place() -> None:
    ents = _ents(_doc("وقتل شاب فلسطيني في القدس برصاص الشرطة الإسرائيلية."))
    assert ents["القدس"].type == "LOCATION"
    assert ents["القدس"].country == "ISR"

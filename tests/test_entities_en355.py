"""Round en355: what the words around built entities give (`rasd.entities.contextattrs`) and the titles «الولي
الفقيه», «المرشد الأعلى». Hand-made sentences, each rule with a case where it must not fire."""

from __future__ import annotations

from conftest import analyze_news

from rasd.doc import Doc, Entity


def _ent(doc: Doc, name: str) -> Entity:
    return next(e for e in doc.entities if e.name == name)


def test_mullah_omar_is_the_taliban_leader() -> None:
    doc = analyze_news("وأكدت مصادر في الحركة أن الملا عمر كان يرفض الخلاف.")
    omar = _ent(doc, "عمر")
    assert (omar.country, omar.actor) == ("AFG", "AFGREB")


def test_another_mullah_is_no_minister_by_his_given_name() -> None:
    doc = analyze_news("وقال الملا حسن في كلمة مسجلة إن الخلاف لن يطول.")
    hasan = _ent(doc, "حسن")
    # no country, no minister's actor; a cleric's sector only (round en467: .clerics)
    assert (hasan.country, hasan.actor) == (None, "REL")


def test_omar_without_the_mullah_title_is_no_taliban_leader() -> None:
    doc = analyze_news("وقال المهندس عمر إن المشروع سينتهي قريبا.")
    assert all(e.actor != "AFGREB" for e in doc.entities)


def test_town_of_another_state_by_its_adjective() -> None:
    doc = analyze_news("عبر المهربون الحدود بين السلوم المصرية والبردي الليبية ليلا.")
    assert _ent(doc, "البردي").country == "LBY"


def test_town_without_an_adjective_keeps_its_listed_country() -> None:
    doc = analyze_news("عبر المهربون إلى البردي ليلا.")
    assert _ent(doc, "البردي").country == "PRY"


def test_public_body_takes_the_country_of_its_seat() -> None:
    doc = analyze_news("ونشرت هيئة السوق المالية في فنزويلا أرقاما جديدة عن التضخم.")
    assert _ent(doc, "هيئة السوق المالية").country == "VEN"


def test_international_body_takes_no_seat_country() -> None:
    doc = analyze_news("وقالت منظمة الهجرة الدولية في جنيف إن عدد المهاجرين ارتفع.")
    assert _ent(doc, "منظمة الهجرة الدولية").country is None


def test_broadcaster_named_with_its_country_is_media() -> None:
    doc = analyze_news("وقال الوزير لهيئة الإذاعة البريطانية إن الحملة ستستمر.")
    assert _ent(doc, "هيئة الإذاعة البريطانية").actor == "GBRMED"


def test_government_body_with_an_adjective_is_no_media() -> None:
    doc = analyze_news("وقالت الحكومة البريطانية إن الحملة ستستمر.")
    assert not any((e.actor or "").endswith("MED") for e in doc.entities)


def test_model_name_before_a_dash_and_number_is_no_person() -> None:
    doc = analyze_news("وتسعى طهران إلى شراء طائرات من طراز جنكدو جي – 10 من بكين.")
    assert not any(e.type == "PERSON" for e in doc.entities)


def test_person_before_a_dash_without_number_stays() -> None:
    doc = analyze_news("وقال جون كيري - وزير الخارجية الأميركي - إن الاتفاق جيد.")
    assert any(e.type == "PERSON" and e.name == "جون كيري" for e in doc.entities)


def test_wali_faqih_is_khamenei_title() -> None:
    doc = analyze_news("بات القرار في يد الولي الفقيه علي خامنئي وحده.")
    k = _ent(doc, "علي خامنئي")
    assert "الولي الفقيه" in k.roles and k.country == "IRN"


def test_supreme_guide_title_alone_is_no_person_named_guide() -> None:
    doc = analyze_news("ويلعب المجلس دورا في انتخاب المرشد الأعلى الجديد.")
    assert not any(e.type == "PERSON" and "المرشد" in e.name for e in doc.entities)


def test_noun_and_people_adjective_is_no_person() -> None:
    doc = analyze_news("ويخشى الأتراك بروز كيان كردي على حدودهم الجنوبية.")
    assert not any(e.type == "PERSON" for e in doc.entities)


def test_given_name_and_people_surname_stays_a_person() -> None:
    doc = analyze_news("وقال محمد كردي إن المفاوضات ستستأنف.")
    assert any(e.type == "PERSON" and e.name == "محمد كردي" for e in doc.entities)


def test_channel_named_after_its_noun_is_the_press_of_its_adjective() -> None:
    doc = analyze_news("وأضافت قناة «جيو» التلفزيونية الباكستانية أن الاجتماع تأجل.")
    geo = _ent(doc, "جيو")
    assert (geo.country, geo.actor) == ("PAK", "PAKMED")


def test_paper_of_no_country_is_media() -> None:
    doc = analyze_news("وقالت الوزيرة لصحيفة «جهان» إن السياسات السابقة خاطئة.")
    assert _ent(doc, "جهان").actor == "MED"


def test_agency_noun_without_quote_marks_names_no_press() -> None:
    doc = analyze_news("وقال الناطق باسم وكالة هيئة إدارة الكوارث الباكستانية إن الفيضانات انحسرت.")
    assert not any((e.actor or "").endswith("MED") for e in doc.entities)


def test_cleric_title_inside_a_name_opens_a_second_man() -> None:
    doc = analyze_news("وعين المجلس النائب السابق للملا عمر الملا أختر محمد منصور أميرا جديدا للحركة.")
    persons = sorted(e.name for e in doc.entities if e.type == "PERSON")
    assert persons == ["أختر محمد منصور", "عمر"]


def test_cleric_title_ending_a_name_splits_nothing() -> None:
    doc = analyze_news("وقال الشيخ عبد العزيز الملا إن الاجتماع انتهى بالتوافق.")
    assert len([e for e in doc.entities if e.type == "PERSON"]) == 1

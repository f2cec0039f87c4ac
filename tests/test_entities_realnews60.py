"""Entities, round 60: a Yemeni province named by a common word («البيضاء», «الضالع») in a Yemeni context or after
a place noun; a short town of an Arab state glued to «بـ» after a noun of a place, a body or a person («مصدر
بتعز»); a district or a junction («حي الحكمة», «مثلث العند»); a palace before its city («في قصر السلام بجدة»);
the French presidency («الإليزيه»); a person named after a post, its body and its place («ممثل الائتلاف في باريس
سمير الخطيب»); a liberation army of a nation («جيش التحرير الفلسطيني»); a name read as a person after the noun of a
resort («منتجع كامب ديفيد»: the place). A district is its name after «حي» (the ANERcorp convention).
Counter-cases: the adjective «البيضاء» after a definite noun, no Yemeni context, «بابها» (its door), a clitic town
after a verb or an indefinite common noun, «حي سكني», «قصر النظر», a post whose body has no place, «جيش التحرير»
with no country adjective."""

from __future__ import annotations

from conftest import analyze_news, names_of_type, quote_speakers


# provinces named by a common word

def test_a_glued_province_in_a_yemeni_context() -> None:
    doc = analyze_news("وقال قائد في المقاومة بالضالع إن القوات اليمنية تقدمت نحو الجبال.")
    assert "الضالع" in names_of_type(doc, "LOCATION")


def test_the_white_province_after_a_place_noun() -> None:
    doc = analyze_news("وتقدم المسلحون أمس نحو محافظة البيضاء.")
    assert "البيضاء" in names_of_type(doc, "LOCATION")


def test_the_white_adjective_stays_an_adjective() -> None:
    doc = analyze_news("ورفع الجنود الراية البيضاء في عدن بعد حصار طويل.")
    assert "البيضاء" not in names_of_type(doc, "LOCATION")


def test_no_province_without_its_country() -> None:
    doc = analyze_news("وقال مسؤول في البيضاء إن الاجتماع انتهى.")
    assert "البيضاء" not in names_of_type(doc, "LOCATION")


# a short town after «بـ»

def test_a_short_town_glued_after_a_source() -> None:
    doc = analyze_news("وقالت مصادر بتعز إن القصف استمر طوال الليل.")
    assert "تعز" in names_of_type(doc, "LOCATION")


def test_its_door_is_no_town() -> None:
    doc = analyze_news("وفتحت المكتبة بابها للزوار صباح أمس.")
    assert not any("ابها" in n or "أبها" in n for n in names_of_type(doc, "LOCATION"))


def test_a_glued_town_after_a_verb_is_left() -> None:
    doc = analyze_news("وسقطت قذيفة بتعز صباح أمس.")
    assert "تعز" not in names_of_type(doc, "LOCATION")


# districts, junctions and palaces

def test_a_district_named_by_a_frequent_word() -> None:
    doc = analyze_news("وسقطت قذيفة على منزل في حي الحكمة شرق المدينة.")
    assert "الحكمة" in names_of_type(doc, "LOCATION")


def test_a_district_glued_to_a_preposition_is_its_name() -> None:
    doc = analyze_news("وسقطت قذيفة بحي الراشدين في حلب.")
    assert "الراشدين" in names_of_type(doc, "LOCATION")


def test_a_junction_is_a_place() -> None:
    doc = analyze_news("وتقدمت القوات نحو مثلث العند بعد معارك عنيفة.")
    assert "مثلث العند" in names_of_type(doc, "LOCATION")


def test_a_residential_district_is_no_name() -> None:
    doc = analyze_news("ويسكن في حي سكني قرب المطار.")
    assert not any(n.startswith("حي") for n in names_of_type(doc, "LOCATION"))


def test_a_palace_before_its_city() -> None:
    doc = analyze_news("وعقد المجلس جلسته في قصر السلام بجدة مساء الاثنين.")
    assert "قصر السلام" in names_of_type(doc, "LOCATION")


def test_shortness_of_sight_is_no_palace() -> None:
    doc = analyze_news("ويعاني الطفل من قصر النظر في الرياض منذ سنوات.")
    assert "قصر النظر" not in names_of_type(doc, "LOCATION")


def test_the_elysee_is_the_french_presidency() -> None:
    doc = analyze_news("وقالت مصادر الإليزيه إن الرئيس سيزور طهران.")
    e = next(e for e in doc.entities if e.name in ("الإليزيه", "قصر الإليزيه"))
    assert (e.type, e.country) == ("ORGANIZATION", "FRA")


# a person after a post, its body and its place

def test_a_representative_named_after_his_place_speaks() -> None:
    doc = analyze_news("وقال ممثل الائتلاف الوطني في باريس سمير الخطيب إن المعارضة جاهزة للحوار. "
                       "وأضاف الخطيب أن الوقت ينفد.")
    assert "سمير الخطيب" in names_of_type(doc, "PERSON")
    assert [who for _, who in quote_speakers(doc)] == ["سمير الخطيب", "سمير الخطيب"]


def test_no_person_after_a_place_with_no_post() -> None:
    doc = analyze_news("وعقد الائتلاف الوطني في باريس سمير اللقاء مع الصحفيين.")
    assert not any(n.startswith("سمير") for n in names_of_type(doc, "PERSON"))


# liberation armies and resorts

def test_a_liberation_army_of_a_nation() -> None:
    doc = analyze_news("وشارك في المعارك حزب الله وجيش التحرير الفلسطيني ضد الفصائل.")
    e = next(e for e in doc.entities if e.name == "جيش التحرير الفلسطيني")
    assert (e.type, e.country) == ("ORGANIZATION", "PSE")


def test_a_liberation_army_without_a_nation_is_left() -> None:
    doc = analyze_news("وقال إن جيش التحرير سيواصل القتال.")
    assert "جيش التحرير" not in names_of_type(doc, "ORGANIZATION")


def test_a_name_after_a_resort_is_the_place() -> None:
    doc = analyze_news("واستضاف الرئيس الأمريكي باراك أوباما قادة الخليج في منتجع كامب ديفيد الشهر الماضي.")
    assert "كامب ديفيد" not in names_of_type(doc, "PERSON")
    assert any("كامب ديفيد" in n for n in names_of_type(doc, "LOCATION"))


def test_a_listed_person_after_a_camp_stays_a_person() -> None:
    doc = analyze_news("وزار الرئيس عبد ربه منصور هادي معسكرا للجيش قرب عدن.")
    assert "عبد ربه منصور هادي" in names_of_type(doc, "PERSON")

"""Entities in news constructions, round 34 (Saudi officials and ministries, false places): a chain of offices with
«بالنيابة» and a second portfolio («وزير الثقافة والإعلام») stays the person's role; an article on a national
agency's site with no dateline is the agency's country's; England is British; a word with a hamza the place lacks
is no place («مؤلمين»); a common noun, a verb or a region of several countries takes no country from its sentence,
while a village named once with its country's adjective keeps it where the sentence names another; a name alone
does not take a definite common word after it («نصيف الشكر»); a given name alone with an age is another person."""

from __future__ import annotations

from typing import Any

from conftest import TypedRunsTagger, person_roles, typed_runs_doc


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    return typed_runs_doc(text, *runs, date="2015-08-10")


def _site_doc(text: str, doc_id: str, *runs: tuple[str, list[str]]) -> Any:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date="2015-08-10", id=doc_id)
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return doc


def _one(doc: Any, typ: str, name: str) -> Any:
    return next(e for e in doc.entities if e.type == typ and e.name == name)


def test_a_chain_of_offices_with_an_acting_one_is_the_role() -> None:
    doc = _doc("وأوضح وزير الشؤون الاجتماعية وزير الثقافة والإعلام بالنيابة الدكتور فهد العتيبي أن المجلس وافق.",
               ("PERS", ["فهد", "العتيبي"]))
    roles = person_roles(doc)["فهد العتيبي"]
    assert any("وزير الثقافة والإعلام بالنيابة" in r for r in roles)
    assert _one(doc, "PERSON", "فهد العتيبي").attrs.get("sector") == "GOV"
    # a second portfolio after a listed one
    doc = _doc("وقال وزير الثقافة والإعلام سعد الحربي إن المعرض يفتتح غدا.", ("PERS", ["سعد", "الحربي"]))
    assert person_roles(doc)["سعد الحربي"] == ["وزير الثقافة والإعلام"]


def test_an_article_of_a_national_agency_s_site_is_its_country_s() -> None:
    text = "ووافق مجلس الوزراء على تعيين خالد السبيعي ممثلا لوزارة الصحة في مجلس إدارة الهيئة."
    doc = _site_doc(text, "http://www.spa.gov.sa/details.php?id=1", ("PERS", ["خالد", "السبيعي"]))
    e = _one(doc, "ORGANIZATION", "وزارة الصحة")
    assert (e.country, e.actor) == ("SAU", "SAUGOV")
    # another site: no country
    doc = _site_doc(text, "http://example.com/news/1", ("PERS", ["خالد", "السبيعي"]))
    assert _one(doc, "ORGANIZATION", "وزارة الصحة").country is None
    # the agency's site, but the article names another country more
    doc = _site_doc("وأعلنت الحكومة في اليمن أن وزارة الصحة في اليمن أرسلت فرقا إلى عدن اليمنية.",
                    "http://www.spa.gov.sa/details.php?id=2")
    assert _one(doc, "ORGANIZATION", "وزارة الصحة").country != "SAU"


def test_england_is_british() -> None:
    doc = _doc("وسافر اللاعب إلى إنجلترا لإكمال علاجه.")
    assert _one(doc, "LOCATION", "إنجلترا").country == "GBR"


def test_a_hamza_the_place_lacks_makes_another_word() -> None:
    doc = _doc("وستعيش البلاد سنوات من البؤس والفقر مؤلمين للجميع.")
    assert not [e for e in doc.entities if e.type == "LOCATION"]
    doc = _doc("ووصل الوفد إلى مولمين في ميانمار.")
    assert _one(doc, "LOCATION", "مولمين").country == "MMR"


def test_no_country_for_common_words_verbs_and_wide_regions() -> None:
    # an indefinite adjective after a word: a common noun («لاجئ فلسطيني», a refugee)
    # (round 45: a common word by its forms, no place at all)
    doc = _doc("وتقدم الوكالة المساعدة لنحو مليون لاجئ فلسطيني مسجل.", ("LOC", ["لاجئ"]))
    assert not any(e.country for e in doc.entities if e.type == "LOCATION" and e.name == "لاجئ")
    # a definite one is the place's: its country
    doc = _doc("وافتتحت الشركة فرعا في مدينة سانغلو الصينية.", ("LOC", ["سانغلو"]))
    assert _one(doc, "LOCATION", "سانغلو").country == "CHN"
    # a common noun with its indefinite adjective after a noun of a region: no place at all (round lo489,
    # «احراج» in place_common_nouns; before, a place with no country)
    doc = _doc("واشتبكت القوات مع المسلحين في منطقة احراج جبلية قرب الحدود الروسية في روسيا.", ("LOC", ["احراج"]))
    assert not any(e.name == "احراج" for e in doc.entities if e.type == "LOCATION")
    # a verb after «حي» (alive)
    doc = _doc("ونفى المتحدث وفاة الزعيم في أفغانستان مؤكدا أنه حي يرزق.", ("LOC", ["يرزق"]))
    assert not any(e.country for e in doc.entities if e.type == "LOCATION" and e.name == "يرزق")
    # a region of several countries
    doc = _doc("وقتلت القوات الروسية مسلحين في منطقة القوقاز بعد هجمات في روسيا.", ("LOC", ["القوقاز"]))
    assert _one(doc, "LOCATION", "القوقاز").country is None


def test_a_village_named_with_its_country_s_adjective_keeps_it() -> None:
    doc = _doc("وأحرق مستوطنون منزلا في قرية كفرعين الفلسطينية. وقال وزير الدفاع في إسرائيل بعد الهجوم على قرية "
               "كفرعين إن الجيش سيلاحق الفاعلين.", ("LOC", ["كفرعين", "الفلسطينية"]), ("LOC", ["كفرعين"]))
    assert _one(doc, "LOCATION", "كفرعين").country == "PSE"
    assert _one(doc, "LOCATION", "كفرعين الفلسطينية").country == "PSE"


def test_a_name_alone_takes_no_definite_common_word() -> None:
    doc = _doc("وفي بداية الحفل قدم الدكتور نصيف الشكر للجهات الحكومية وإدارات الهيئة الملكية.",
               ("PERS", ["نصيف", "الشكر"]))
    names = [e.name for e in doc.entities if e.type == "PERSON"]
    assert "نصيف" in names and "نصيف الشكر" not in names
    # a regnal number is the name's
    doc = _doc("واكتشف العلماء مقبرة الملك رمسيس الثالث قرب الأقصر.", ("PERS", ["رمسيس", "الثالث"]))
    assert "رمسيس الثالث" in [e.name for e in doc.entities if e.type == "PERSON"]
    doc = _doc("وقال الزعيم خالد المصري إن الحزب لن يشارك.", ("PERS", ["خالد", "المصري"]))
    assert "خالد المصري" in [e.name for e in doc.entities if e.type == "PERSON"]


def test_a_given_name_alone_with_an_age_is_another_person() -> None:
    doc = _doc("ورفعت صور للطفل محمد أبو خضير الذي قتل العام الماضي. وكان محمد (5 سنوات) يبحث عن ألعابه.",
               ("PERS", ["محمد", "أبو", "خضير"]), ("PERS", ["محمد"]))
    persons = {e.name: len(e.mentions) for e in doc.entities if e.type == "PERSON"}
    assert persons.get("محمد أبو خضير") == 1 and persons.get("محمد") == 1
    # with no age, the given name is the man named before
    doc = _doc("ورفعت صور للطفل محمد أبو خضير الذي قتل العام الماضي. وكان محمد يحب اللعب.",
               ("PERS", ["محمد", "أبو", "خضير"]), ("PERS", ["محمد"]))
    assert {e.name: len(e.mentions) for e in doc.entities if e.type == "PERSON"}.get("محمد أبو خضير") == 2

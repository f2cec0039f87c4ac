"""Entities in real-news constructions, round 22: an adjective that closes a party's name before a listed leader
(«الحزب الديمقراطي الكردستاني مسعود بارزاني»); «والي» (a governor) as an office, never «وإلى»; an office over a
listed company; a bare title word («القائد») that is no spelling of a surname; a participle («المكونة من») or a
second office word with no complement («... عضو») that ends a role; a people's adjective («الكردي») alone; the
definite complement of an indefinite office («وزير الشؤون الاجتماعية»)."""

from __future__ import annotations

from conftest import TypedRunsTagger, person_roles, runs_doc


def _persons(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.name for e in doc.entities if e.type == "PERSON"]


def test_an_adjective_closing_a_party_name_is_not_the_leader_s_first_name() -> None:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze("وصرح زعيم الحزب الديمقراطي الكردستاني مسعود بارزاني للصحفيين بأن الاستفتاء قريب.",
                       date="2015-06-01")
    tagger = TypedRunsTagger(("ORG", ["الحزب", "الديمقراطي", "الكردستاني"]), ("PERS", ["مسعود", "بارزاني"]))
    analyze_entities(doc, tagger=tagger)  # type: ignore[arg-type]
    assert _persons(doc) == ["مسعود بارزاني"]
    assert "الحزب الديمقراطي الكردستاني" in [e.name for e in doc.entities if e.type == "ORGANIZATION"]


def test_a_governor_is_an_office_but_to_is_not() -> None:
    doc = runs_doc("واستقبل والي فاس عبد الكريم بناني الوفد في المطار.", ["عبد", "الكريم", "بناني"])
    assert person_roles(doc).get("عبد الكريم بناني") == ["والي فاس"]
    assert [e.actor for e in doc.entities if e.name == "عبد الكريم بناني"] == ["MARGOV"]
    # «وإلى» (and to) folds to the same letters: it is no title of the man named before it
    to = runs_doc("وتحدث سعيد بناني، وإلى جانبه عدد من المسؤولين، عن المشروع.", ["سعيد", "بناني"])
    assert person_roles(to).get("سعيد بناني") == []


def test_an_office_over_a_listed_company_is_a_business_role() -> None:
    doc = runs_doc("وقال رئيس شركة سابك يوسف البنيان إن الأرباح ارتفعت.", ["يوسف", "البنيان"])
    assert person_roles(doc).get("يوسف البنيان") == ["رئيس شركة سابك"]
    assert [e.actor for e in doc.entities if e.name == "يوسف البنيان"] == ["SAUBUS"]
    board = runs_doc("وأعلن رئيس مجلس إدارة شركة سابك يوسف البنيان النتائج.", ["يوسف", "البنيان"])
    assert person_roles(board).get("يوسف البنيان") == ["رئيس مجلس إدارة شركة سابك"]


def test_a_bare_title_is_no_spelling_of_a_surname() -> None:
    doc = runs_doc("وكان في استقباله العقيد سالم العايد والقائد المنتدب للحامية يوسف البقالي.",
                   ["سالم", "العايد"], ["يوسف", "البقالي"])
    mentions = {e.name: [doc.text[m.start : m.end] for m in e.mentions] for e in doc.entities if e.type == "PERSON"}
    assert "سالم العايد" in mentions.get("سالم العايد", [])
    assert "القائد" not in mentions["سالم العايد"]


def test_a_participle_after_the_body_ends_the_role() -> None:
    doc = runs_doc("وقال سامي الخطيب عضو اللجنة التنفيذية المؤلفة من تسعة أعضاء إن القرار نهائي.",
                   ["سامي", "الخطيب"])
    assert person_roles(doc).get("سامي الخطيب") == ["عضو اللجنة التنفيذية"]


def test_an_office_word_with_no_complement_after_a_role_is_not_that_role_s() -> None:
    doc = runs_doc("وأكد خالد المنصوري رئيس المجلس الرياضي الإقليمي عضو تنفيذي بالاتحاد أن البطولة ستقام.",
                   ["خالد", "المنصوري"])
    assert person_roles(doc).get("خالد المنصوري") == ["رئيس المجلس الرياضي الإقليمي"]
    # a second conjoined office whose body is not read is left off too
    joined = runs_doc("وقال يحيى الزعبي، النائب الأردني ورئيس لجنة الطاقة بالبرلمان، إن الأسعار سترتفع.",
                      ["يحيى", "الزعبي"])
    assert person_roles(joined).get("يحيى الزعبي") == ["النائب الأردني"]
    # a town after it is its complement: the office stays the role's
    town = runs_doc("وافتتح سيف المزروعي، نائب رئيس الدولة الإماراتي حاكم عجمان، المعرض أمس.", ["سيف", "المزروعي"])
    assert person_roles(town).get("سيف المزروعي") == ["نائب رئيس الدولة الإماراتي حاكم عجمان"]
    # such a word that is a given name opens the man's name
    name = runs_doc("واستقبل رئيس الجمهورية التونسي قائد السبسي الوفد.")
    assert person_roles(name) == {"قائد السبسي": ["رئيس الجمهورية التونسي"]}


def test_a_people_s_adjective_alone_is_no_person() -> None:
    doc = runs_doc("وقال المقاتل الكردي إن القوات تقدمت. وأكد الكردي أن المعارك مستمرة.", ["الكردي"])
    assert _persons(doc) == []
    # the surname of a man the article names in full is his
    named = runs_doc("وقال الباحث سامي الكردي إن القوات تقدمت. وأكد الكردي أن المعارك مستمرة.",
                     ["سامي", "الكردي"], ["الكردي"])
    assert [len(e.mentions) for e in named.entities if e.name == "سامي الكردي"] == [2]


def test_an_indefinite_office_reads_its_definite_complement() -> None:
    doc = runs_doc("وقال سامي الحربي، وزير الشؤون البلدية، إن المشاريع ستنجز قريبا.", ["سامي", "الحربي"])
    assert person_roles(doc).get("سامي الحربي") == ["وزير الشؤون البلدية"]
    # its adjectives only: the verb's object after them is not the office's
    obj = runs_doc("وافتتح ماهر العتيبي رئيس المراسم الملكية المعرض أمس.", ["ماهر", "العتيبي"])
    assert person_roles(obj).get("ماهر العتيبي") == ["رئيس المراسم الملكية"]
    # a president of any body holds no state office by that title
    church = runs_doc("وقال رئيس الأساقفة جون ميلر إن الكنيسة تدعم الحوار. وأكد أن روسيا شريك.", ["جون", "ميلر"])
    assert person_roles(church).get("جون ميلر") == ["رئيس الأساقفة"]
    # (no Russian officer; an archbishop is a cleric: REL, round en467)
    assert [e.actor for e in church.entities if e.name == "جون ميلر"] == ["REL"]

"""Entities in real-news constructions, round 13: occupations as titles before a name («الباحث», «الناشط»,
«المحامي»), an adjective and its complement between the title and the name («الناشط المختص بحقوق الإنسان»), a
country adjective without the article as a family name («رها بحريني»), a listed official's surname alone after an
indefinite title («محامي كلينتون»: his lawyer, not he), Latin letters spelled in Arabic (initials before a surname:
a person; letters alone: one acronym) and the senator as an American title."""

from __future__ import annotations

from conftest import person_roles, runs_doc
from rasd.doc import Doc


def _doc(text: str, *runs: list[str], typ: str = "PERS", date: str | None = "2015-06-01") -> Doc:
    return runs_doc(text, *runs, typ=typ, date=date)  # type: ignore[no-any-return]


_persons = person_roles


def test_an_occupation_is_a_title_before_a_name() -> None:
    doc = _doc("ويرى الباحث حسام العبيدي أن الأزمة ستطول.")
    assert _persons(doc) == {"حسام العبيدي": ["الباحث"]}
    doc = _doc("وقالت المحامية نرجس كريمي إن موكلتها بريئة.")
    assert _persons(doc) == {"نرجس كريمي": ["المحامية"]}
    doc = _doc("وقال الناشط المصري محمد عادل إن الشرطة اعتقلته.")
    (adel,) = [e for e in doc.entities if e.type == "PERSON"]
    assert (adel.name, adel.country) == ("محمد عادل", "EGY")


def test_an_adjective_and_its_complement_stand_between_title_and_name() -> None:
    doc = _doc("وقال الناشط المختص بحقوق الإنسان كميل آل عيسى إن السلطات أعدمت ثلاثة.")
    assert _persons(doc) == {"كميل آل عيسى": ["الناشط المختص بحقوق الإنسان"]}


def test_a_country_adjective_without_the_article_is_a_family_name() -> None:
    doc = _doc("وقالت الباحثة الإيرانية رها بحريني إن المنظمة تتابع القضية.")
    (raha,) = [e for e in doc.entities if e.type == "PERSON"]
    assert (raha.name, raha.country) == ("رها بحريني", "IRN")


def test_a_participle_after_a_nasab_is_no_family_name() -> None:
    doc = _doc("وقال المحامي سمير بن عمر المتخصص في قضايا الإرهاب إن الحكم قاس.")
    assert _persons(doc) == {"سمير بن عمر": ["المحامي"]}


def test_a_lone_official_surname_after_an_indefinite_title_is_whose_title() -> None:
    doc = _doc("وقال روبرت بينيت محامي كلينتون للصحفيين إن موكلته تتعاون.")
    clinton = [e for e in doc.entities if e.name == "كلينتون"]
    assert [(e.country, e.roles) for e in clinton] == [("USA", [])]
    doc = _doc("وقال مستشار أوباما ديفيد أكسلرود إن الحملة مستمرة.")
    (obama,) = [e for e in doc.entities if e.name == "أوباما"]
    assert obama.country == "USA"
    # a title of two words is definite by its complement: the surname after it is the office holder's
    doc = _doc("ويعبر رئيس الوزراء نتنياهو عن صدمته من الحادث.")
    assert _persons(doc) == {"نتنياهو": ["رئيس الوزراء"]}


def test_initials_before_a_surname_are_a_person_letters_alone_an_acronym() -> None:
    doc = _doc("ونقلت الصحيفة عن جي إم بيرغر، الخبير في الجماعات المتطرفة، قوله إن التنظيم يتوسع.",
               ["جي", "إم", "بيرغر"], typ="ORG")
    assert "جي إم بيرغر" in _persons(doc)
    doc = _doc("وكتب الباحث جي إم بيرغر أن التنظيم يتوسع.")
    assert _persons(doc) == {"جي إم بيرغر": ["الباحث"]}
    doc = _doc("ويقول مدير المركز الدولي لدراسة التطرف (آي سي إس آر) في لندن إن العدد كبير.",
               ["سي", "إس", "آر"], typ="ORG")
    # (the whole acronym is one mention of an organisation: since round 50 the listed centre, whose acronym it is)
    (acr,) = [m for m in doc.mentions if doc.text[m.start : m.end] == "آي سي إس آر"]
    assert [e.type for e in doc.entities if e.id == acr.entity] == ["ORGANIZATION"]
    # letters before a word no list has are no name the title rule reads («إي بي جي كالام»)
    doc = _doc("وطغت وفاة الرئيس الهندي الأسبق إي بي جي كالام على الاحتفالات.")
    assert "إي بي جي" not in _persons(doc)


def test_a_senator_is_american_where_the_article_names_another_country_most() -> None:
    doc = _doc("وتواجه بورتوريكو أزمة ديون. وقالت حكومة بورتوريكو إن بورتوريكو ستدفع. "
               "وكتب السناتور أورين هاتش إلى الحكومة.", ["أورين", "هاتش"])
    (hatch,) = [e for e in doc.entities if e.name == "أورين هاتش"]
    assert hatch.country == "USA"


def test_a_middle_initial_the_tagger_left_out_joins_the_names_around_it() -> None:
    doc = _doc("وقال جيمس إي. سبيوتو، الخبير في قوانين الإفلاس، إن الأمر صعب.", ["جيمس"], ["سبيوتو"])
    assert "جيمس إي. سبيوتو" in _persons(doc)

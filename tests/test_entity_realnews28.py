"""Entities in news constructions, round 28 (a judged sample of entities on real news, and its errors): a kinship
phrase («ابن القذافي», «نجل القذافي», «أرملة عرفات») is a person of its own, never the relative named in it, and the
person the article introduced as that son («فلان، النجل الثالث للعقيد ...»); an officer of a state whose title names
no country is of the one country the article is about; Gulf rulers the actor lexicon knows, and a ruler's name
without his family name («محمد بن زايد») is the one with it («محمد بن زايد آل نهيان»); a dotted acronym («إيه. بي.
سي») is one name; a common noun after a name, with its complement («طالب في جامعة»), is no part of it; a name given
after a settlement noun («بلدة جورين») is a place wherever it stands."""

from __future__ import annotations

from typing import Any

from conftest import TypedRunsTagger, runs_doc


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    import rasd
    from rasd.entities.stage import analyze_entities

    doc = rasd.analyze(text, date="2015-08-02")
    analyze_entities(doc, tagger=TypedRunsTagger(*runs))  # type: ignore[arg-type]
    return doc


def _persons(doc: Any) -> dict[str, list[str]]:
    """Each person's name → the texts of its mentions."""
    return {e.name: [doc.text[m.start : m.end] for m in sorted(e.mentions, key=lambda m: m.start)]
            for e in doc.entities if e.type == "PERSON"}


def test_a_kinship_phrase_is_another_person_than_the_relative() -> None:
    doc = runs_doc("واستقبل العقيد معمر القذافي الوفد في طرابلس. وقالت المحكمة إن ابن القذافي سيمثل أمامها، وإن نجل "
                   "القذافي طلب محاميا.", ["معمر", "القذافي"], ["القذافي"], ["ابن", "القذافي"])
    got = _persons(doc)
    assert got["معمر القذافي"] == ["معمر القذافي"]
    assert got["ابن القذافي"] == ["ابن القذافي", "نجل القذافي"]
    # a widow or a wife is no son; the relative named alone after it is still he
    doc = runs_doc("وتوفي الرئيس ياسر عرفات في باريس. وطالبت أرملة عرفات بالتحقيق، وقال محامي عرفات إن الملف مفتوح.",
                   ["ياسر", "عرفات"], ["عرفات"])
    got = _persons(doc)
    assert got["ياسر عرفات"] == ["ياسر عرفات", "عرفات"]
    assert got["أرملة عرفات"] == ["أرملة عرفات"]
    # «ابن» before a family name without the article is a name («عبد الإله ابن كيران» is «ابن كيران»)
    doc = runs_doc("وقال رئيس الحكومة عبد الإله ابن كيران إن الإصلاح مستمر. وأضاف ابن كيران أن الموازنة جاهزة.",
                   ["عبد", "الإله", "ابن", "كيران"], ["ابن", "كيران"])
    assert list(_persons(doc)) == ["عبد الإله ابن كيران"]


def test_the_son_introduced_by_name_is_the_kinship_phrase_s_person() -> None:
    doc = runs_doc("ونقل الساعدي، النجل الثالث للعقيد الراحل معمر القذافي، إلى سجن آخر. وظهر ابن القذافي في تسجيل "
                   "مصور.", ["الساعدي"], ["معمر", "القذافي"], ["ابن", "القذافي"])
    got = _persons(doc)
    assert got["الساعدي"] == ["الساعدي", "ابن القذافي"]
    assert got["معمر القذافي"] == ["معمر القذافي"]
    # introduced as no son of him: the phrase stays a person of its own
    doc = runs_doc("ونقل الساعدي، المسؤول السابق في نظام معمر القذافي، إلى سجن آخر. وظهر ابن القذافي في تسجيل مصور.",
                   ["الساعدي"], ["معمر", "القذافي"], ["ابن", "القذافي"])
    assert _persons(doc)["الساعدي"] == ["الساعدي"]


def test_a_state_officer_with_no_country_is_of_the_country_the_article_is_about() -> None:
    text = ("أنقرة: مراسلنا\nقرر مجلس الشورى العسكري في تركيا تعيين قادة جدد. ومن المنتظر أن يحال رئيس الأركان "
            "نجدت أوزال إلى التقاعد، وفق ما ذكرت الصحف التركية. وكانت الحكومة التركية قد اجتمعت أمس في أنقرة.")
    doc = runs_doc(text, ["نجدت", "أوزال"])
    e = next(e for e in doc.entities if e.name == "نجدت أوزال")
    assert (e.country, e.actor) == ("TUR", "TURMIL")
    # an article naming two countries as often: none
    text = ("قرر مجلس الشورى العسكري تعيين قادة جدد في تركيا وفي اليونان. ومن المنتظر أن يحال رئيس الأركان نجدت "
            "أوزال إلى التقاعد. وزار وفد تركي اليونان، وزار وفد يوناني تركيا.")
    doc = runs_doc(text, ["نجدت", "أوزال"])
    assert next(e for e in doc.entities if e.name == "نجدت أوزال").country is None


def test_gulf_rulers_are_known_and_a_name_without_the_family_is_the_same_man() -> None:
    doc = runs_doc("وأكد الشيخ محمد بن زايد آل نهيان أن العلاقات متينة. واستقبل محمد بن زايد الوزير أمس.", date="2015-05-01")
    persons = [e for e in doc.entities if e.type == "PERSON"]
    assert [(e.name, e.country, e.actor, len(e.mentions)) for e in persons] == [
        ("محمد بن زايد آل نهيان", "ARE", "AREGOV", 2)]
    doc = runs_doc("وبعث السلطان قابوس بن سعيد برقية إلى الملك حمد بن عيسى آل خليفة.", date="2015-05-01")
    assert {e.name: e.actor for e in doc.entities if e.type == "PERSON"} == {
        "قابوس بن سعيد": "OMNGOV", "حمد بن عيسى آل خليفة": "BHRGOV"}
    # a son named after his father stays apart from him
    doc = runs_doc("وقال الملك سلمان بن عبد العزيز إن الأمن مستقر. واستقبل محمد بن سلمان الوفد.", date="2015-05-01")
    assert len([e for e in doc.entities if e.type == "PERSON"]) == 2


def test_a_dotted_acronym_is_one_name() -> None:
    doc = _doc("وذكرت شبكة إيه. بي. سي الأميركية أن الهجوم وقع أمس.", ("ORG", ["بي"]))
    assert [(e.name, e.country) for e in doc.entities if e.type == "ORGANIZATION"] == [("إيه. بي. سي", "USA")]
    # a letter's period before a word that is no letter ends the run
    doc = _doc("وذكرت شبكة إيه. بي. سي. وقالت الشبكة إن الهجوم وقع أمس.", ("ORG", ["بي"]))
    assert [e.name for e in doc.entities if e.type == "ORGANIZATION"] == ["إيه. بي. سي"]


def test_a_common_noun_after_a_name_with_its_complement_is_no_part_of_it() -> None:
    doc = runs_doc("وأوقف القاضي شودري حتى الشهر المقبل. وكان شودري طالب قانون في لندن قبل أن يتطرف.",
                   ["شودري"], ["شودري", "طالب"])
    assert _persons(doc) == {"شودري": ["شودري", "شودري"]}
    doc = runs_doc("واعتقلت الشرطة شودري أمس. وكان شودري طالب في جامعة لاهور.", ["شودري"], ["شودري", "طالب"])
    assert list(_persons(doc)) == ["شودري"]
    # the name never given without the word: a name («محمد طالب»)
    doc = runs_doc("وقال محمد طالب في مؤتمر صحفي إن الوضع صعب.", ["محمد", "طالب"])
    assert list(_persons(doc)) == ["محمد طالب"]


def test_a_name_given_after_a_settlement_noun_is_a_place_wherever_it_stands() -> None:
    doc = _doc("واندلعت اشتباكات في بلدة جورين أمس. وتعد جورين النقطة الأقرب إلى مركز القيادة.",
               ("LOC", ["بلدة", "جورين"]), ("PERS", ["جورين"]))
    assert [(e.type, e.name, len(e.mentions)) for e in doc.entities] == [("LOCATION", "جورين", 2)]
    # no settlement noun before it: the tagger's person stays
    doc = _doc("واندلعت اشتباكات قرب جورين أمس. وقال جورين إن الوضع صعب.", ("PERS", ["جورين"]))
    assert [e.type for e in doc.entities] == ["PERSON"]

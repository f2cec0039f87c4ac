"""Entities in news constructions, round 37 (multi-word places, a name opening on a common word, countries from a
title's body, merged mentions): «جبل الشيخ», «رأس العين» and «أم القرى» are one place each with their country; a
title's name may open on «علي» (a given name the lists also flag as common) before a name word; «السفارة/القنصلية»
+ a country adjective is that state's body; a person serving «في» such a body, or named after «... في البرلمان
العراقي السابق», has its country; a frequent word is no misspelt surname («وللأسف» is not «الأسد»); an honorific
pronoun («معاليه») stands for the minister, not for the counterpart named relative to him («نظيره»)."""

from __future__ import annotations

from typing import Any

from conftest import person_roles, typed_runs_doc, entity_named as _ent, names_of_type as _names


def _doc(text: str, *runs: tuple[str, list[str]]) -> Any:
    return typed_runs_doc(text, *runs, date="2015-08-10")


def test_multi_word_places_are_one_place_with_their_country() -> None:
    doc = _doc("وقصفت المدفعية مواقع المسلحين على سفوح جبل الشيخ صباح الأحد.", ("LOC", ["جبل", "الشيخ"]))
    assert _ent(doc, "جبل الشيخ").type == "LOCATION"
    assert _ent(doc, "جبل الشيخ").country == "SYR"
    assert "الشيخ" not in _names(doc, "PERSON")
    doc = _doc("وتقدمت الوحدات الكردية نحو بلدة رأس العين الحدودية.")
    assert _ent(doc, "رأس العين").country == "SYR"
    doc = _doc("ووصل الحجاج إلى أم القرى فجر اليوم.")
    assert _ent(doc, "أم القرى").country == "SAU"
    # a bare «جبل» with a common word after it is no place of that name
    doc = _doc("وصعد المتسلقون جبلا شاهقا في الصباح.")
    assert _names(doc, "LOCATION") == []


def test_a_name_after_a_title_may_open_on_a_given_name_flagged_common() -> None:
    doc = _doc("وأوضح السفير الكويتي لدى الأردن علي حمد الصقعبي أن الزيارة ناجحة.")
    e = _ent(doc, "علي حمد الصقعبي")
    assert (e.country, e.actor) == ("KWT", "KWTGOV")
    # a common word that is no name in the lists does not open a name: «نظيره» + «نظام بشار» is the regime
    doc = _doc("وبحث الوزير مع نظيره الأميركي نظام بشار الأسد.")
    assert "نظام بشار" not in _names(doc, "PERSON")
    # and an unknown word after such a name is no part of it
    doc = _doc("وشنت القوات الموالية للرئيس المخلوع علي عبد الله صالح هجومهم على المدينة.")
    # (round en716: the name ends the forces' mention, which the unknown word after it is no part of)
    assert "القوات الموالية للرئيس المخلوع علي عبد الله صالح" in _names(doc, "ORGANIZATION")
    assert not any("هجومهم" in n for n in _names(doc, "PERSON") + _names(doc, "ORGANIZATION"))


def test_an_embassy_or_consulate_with_a_country_adjective_is_that_states() -> None:
    doc = _doc("وتجمع المحتجون أمام القنصلية البريطانية في البصرة.")
    e = _ent(doc, "القنصلية البريطانية")
    assert (e.type, e.country, e.actor) == ("ORGANIZATION", "GBR", "GBRGOV")
    # without an adjective: no state's body
    doc = _doc("وتجمع المحتجون أمام القنصلية في البصرة.")
    assert "القنصلية" not in _names(doc, "ORGANIZATION")


def test_a_role_served_in_a_states_body_gives_the_country() -> None:
    doc = _doc("وقال الدكتور فهد الزهراني مدير الشؤون الإدارية في السفارة العمانية إن المهلة انتهت.",
               ("PERS", ["فهد", "الزهراني"]))
    assert "مدير الشؤون الإدارية" in " ".join(person_roles(doc)["فهد الزهراني"])
    assert _ent(doc, "فهد الزهراني").country == "OMN"
    # an envoy «لدى» a state is not of it
    doc = _doc("وقال الدكتور فهد الزهراني مدير الشؤون الإدارية لدى السفارة العمانية إن المهلة انتهت.",
               ("PERS", ["فهد", "الزهراني"]))
    assert _ent(doc, "فهد الزهراني").country is None


def test_a_former_adjective_after_the_body_before_the_name() -> None:
    doc = _doc("ويقول العضو في حزب الخضر وعضو لجنة المالية في البرلمان الأردني السابق كامل هورامي إن الأزمة طويلة.",
               ("PERS", ["كامل", "هورامي"]))
    assert _ent(doc, "كامل هورامي").country == "JOR"
    # no title before the body: the body is the subject and the man its object
    doc = _doc("واعتقلت الشرطة الأردنية السابقة كامل هورامي أمس.", ("PERS", ["كامل", "هورامي"]))
    assert _ent(doc, "كامل هورامي").country is None


def test_a_frequent_word_is_no_misspelt_surname() -> None:
    doc = _doc("وصار الوضع، وللأسف، أسوأ. وقال الرئيس بشار الأسد إن الحرب مستمرة.")
    e = _ent(doc, "بشار الأسد")
    assert [doc.text[s.start : s.end] for s in e.mentions] == ["بشار الأسد"]
    # a real one-letter variant of the surname still is him
    doc = _doc("وقال الوزير سامي القحطانى أمس إن المشروع اكتمل. وأضاف القحطاني أن العمل مستمر.",
               ("PERS", ["سامي", "القحطانى"]))
    assert len(_ent(doc, "سامي القحطانى").mentions) == 2


def test_an_honorific_pronoun_is_the_ministers_not_his_counterparts() -> None:
    text = ("التقى وزير الخارجية سعد الدوسري اليوم وزير خارجية فرنسا لوران فابيوس. "
            "ووصف وزير الخارجية لقاءه مع نظيره الفرنسي بالمثمر. وقال معاليه إن البلدين متفقان.")
    doc = _doc(text, ("PERS", ["سعد", "الدوسري"]), ("PERS", ["لوران", "فابيوس"]))
    pron = text.index("معاليه")
    owner = next(e for e in doc.entities if any(s.start == pron for s in e.mentions))
    assert owner.name == "سعد الدوسري"
    # with no other mention of the minister after the counterpart, the nearest person still takes it
    text = "واستقبل الأمير فيصل العتيبي الوفد. وقال سموه إن التعاون مستمر."
    doc = _doc(text, ("PERS", ["فيصل", "العتيبي"]))
    pron = text.index("سموه")
    owner = next(e for e in doc.entities if any(s.start == pron for s in e.mentions))
    assert owner.name == "فيصل العتيبي"


def test_an_institution_named_after_a_town_has_its_country() -> None:
    doc = _doc("وقال أستاذ في جامعة أم القرى إن الدراسة اكتملت.", ("ORG", ["جامعة", "أم", "القرى"]))
    assert _ent(doc, "جامعة أم القرى").country == "SAU"
    doc = _doc("وشارك باحثون من جامعة البصرة في المؤتمر.", ("ORG", ["جامعة", "البصرة"]))
    assert _ent(doc, "جامعة البصرة").country == "IRQ"
    # a body whose name goes on past the place is not named after it, and an international one keeps none
    doc = _doc("وعقدت جامعة الدول العربية اجتماعا طارئا.")
    assert _ent(doc, "جامعة الدول العربية").country is None

"""Entities in real-news constructions, round 12: a listed official's surname before another man's name («محامي
كلينتون ديفيد كيندال»), «خراسان» (a region, and a group), acronyms spelled in Arabic letters («السي آي إيه»,
«إف بي آي»), an accusative adverb after a word the tagger took for a name («منظمة سياسيا»), a body named without
its country («البنك المركزي») after the one named with it, a middle initial with its period («أورين جي. هاتش»)
and the head word of a party the tagger left out («حزب الاتحاد الديمقراطي»)."""

from __future__ import annotations

import rasd
from conftest import RunsTagger
from rasd.doc import Doc
from rasd.entities.stage import analyze_entities


def _doc(text: str, *runs: list[str], typ: str = "PERS", date: str | None = "2015-06-01") -> Doc:
    doc = rasd.analyze(text, date=date)
    analyze_entities(doc, tagger=RunsTagger(*runs, typ=typ))
    return doc


def _names(doc: Doc, typ: str | None = None) -> list[str]:
    return [e.name for e in doc.entities if typ is None or e.type == typ]


def test_a_known_surname_before_a_full_name_is_another_person() -> None:
    # the tagger's one run: Clinton, then her lawyer
    doc = _doc("وقال محامي كلينتون ديفيد كيندال للصحيفة إن الحكومة تطلب ضمانات.", ["كلينتون", "ديفيد", "كيندال"])
    assert "ديفيد كيندال" in _names(doc, "PERSON")
    assert "كلينتون ديفيد كيندال" not in _names(doc, "PERSON")
    # after a title the rules read: the adviser is Axelrod, Obama's
    doc = _doc("وقال مستشار أوباما ديفيد أكسلرود للصحفيين إن الحملة مستمرة.")
    (axelrod,) = [e for e in doc.entities if e.name == "ديفيد أكسلرود"]
    assert axelrod.roles == ["مستشار أوباما"]
    # an Arabic name after the father's given name stays one man
    doc = _doc("وحضر اللقاء العميد مبارك غازي العتيبي أمس.")
    assert "مبارك غازي العتيبي" in _names(doc, "PERSON")


def test_khorasan_is_a_region_and_a_group_not_a_governor() -> None:
    doc = _doc("وتحدث فيها صالحي، حاكم خراسان، عن الحرب.")
    assert "خراسان" not in _names(doc, "PERSON")
    assert ("LOCATION", "IRN") in {(e.type, e.country) for e in doc.entities if e.name == "خراسان"}
    doc = _doc("واستهدفت الغارات مواقع جماعة خراسان في ريف حلب.")
    assert "جماعة خراسان" in _names(doc, "ORGANIZATION")


def test_acronyms_in_arabic_letters_are_one_body() -> None:
    doc = _doc("وتضم المجموعة عاملين في «السي آي إيه» ووزارة الدفاع.", ["السي"], typ="ORG")
    (cia,) = [e for e in doc.entities if e.type == "ORGANIZATION" and e.actor == "USASPY"]
    assert "السي" not in _names(doc)
    doc = _doc("وتوقعت الصحيفة أن يحقق «إف بي آي» مع الوزيرة السابقة.", ["إف", "بي"], typ="ORG")
    (fbi,) = [e for e in doc.entities if e.type == "ORGANIZATION"]
    assert (fbi.country, fbi.actor) == ("USA", "USACOP")


def test_an_accusative_adverb_ends_no_name() -> None:
    doc = _doc("وقال إن الانفصال صار حركة منظمة سياسيا وعسكريا.", ["منظمة", "سياسيا"], typ="ORG")
    assert _names(doc, "ORGANIZATION") == []
    doc = _doc("وقال إن النظام في الإقليم سيصبح برلمانيا بعد تعديل الدستور.", ["برلمانيا"], typ="LOC")
    assert _names(doc, "LOCATION") == []
    # a place in «ياء» with its hamza is no adverb
    doc = _doc("وقال إن الرايات تنصب بإيلياء وهي القدس.", ["بإيلياء"], typ="LOC")
    assert any(n.endswith("إيلياء") for n in _names(doc, "LOCATION"))


def test_a_bare_body_is_the_one_named_with_its_country() -> None:
    doc = _doc("وخفض البنك المركزي المصري سعر الفائدة. وقال البنك المركزي إن التضخم تراجع.",
               ["البنك", "المركزي"], typ="ORG")
    (bank,) = [e for e in doc.entities if e.type == "ORGANIZATION"]
    assert bank.country == "EGY" and len(bank.mentions) == 2
    # an indefinite one is any central bank
    doc = _doc("وأعلن البنك المركزي اليمني خطته. ويريد أن يوجد بنك مركزي في عدن.", ["بنك", "مركزي"], typ="ORG")
    assert len([e for e in doc.entities if e.type == "ORGANIZATION"]) == 2


def test_a_middle_initial_with_its_period_stays_in_the_name() -> None:
    doc = _doc("وكتب الوزير إلى السناتور أورين جي. هاتش رئيس اللجنة المالية.", ["أورين", "جي"], ["هاتش"])
    assert "أورين جي. هاتش" in _names(doc, "PERSON")
    assert "هاتش" not in _names(doc, "PERSON")
    # the tagger's one name word of another type after the period
    doc = _doc("وقال جاكوب جيه. ليو إن الخطة جاهزة.", ["جاكوب", "جيه"])
    analyze_entities(doc, tagger=RunsTagger(["جاكوب", "جيه"], ["ليو"], typ="PERS"))
    assert "جاكوب جيه. ليو" in _names(doc, "PERSON")


def test_a_party_takes_the_head_word_the_tagger_left_out() -> None:
    doc = _doc("وتصف تركيا فرعه السوري حزب الاتحاد الديمقراطي بأنه منظمة إرهابية.", ["الاتحاد", "الديمقراطي"],
               typ="ORG")
    assert "حزب الاتحاد الديمقراطي" in _names(doc, "ORGANIZATION")


def test_a_former_state_after_a_title_is_no_person() -> None:
    # «يوغوسلافيا» is in a name list: after «رئيس جمهورية» it is the republic, and Tito its president
    doc = _doc("وكان بصحبته المرشال تيتو رئيس جمهورية يوغوسلافيا في رحلة بحرية.", ["تيتو"])
    assert "يوغوسلافيا" not in _names(doc, "PERSON")
    (tito,) = [e for e in doc.entities if e.name == "تيتو"]
    assert tito.roles == ["رئيس جمهورية يوغوسلافيا"]


def test_a_word_after_a_relative_pronoun_is_its_verb() -> None:
    doc = _doc("وفشلت المحادثات التي أشرف عليها المبعوث في يونيو الماضي.", ["أشرف"])
    assert _names(doc, "PERSON") == []
    # a full name after the verb is still a name
    doc = _doc("وفشلت المحادثات التي أشرف عليها أحمد سالم.", ["أحمد", "سالم"])
    assert _names(doc, "PERSON") == ["أحمد سالم"]

"""Round 69, a split with no change of behaviour: ``entities/trim.py`` (the edges of a tagged name) gave
``entities/tagpersons.py`` (a tagged person run that is a common word, an adjective or a second man) and
``entities/acronyms.py`` (Latin letters spelled in Arabic); ``entities/stage.py`` gave ``entities/tagmentions.py``
(the tagger's names) and ``entities/reconcile.py`` (a tagged name that overlaps the rules' mentions);
``text/segment.py`` gave ``text/clitics.py`` (the clitic data) and ``text/segmenter.py`` (the splitter). One helper,
the clitic keys of a word, was written twice (``trim``, ``sport``): it is now ``gazetteer.clitic_keys``.

Each rule is checked where it now lives, on hand-made sentences, with a case it must not fire on."""

from __future__ import annotations

from pathlib import Path

from conftest import RunTagger, tagged_persons, typed_runs_doc
from rasd.entities.gazetteer import clitic_keys, load
from rasd.entities.tagpersons import noun_and_nisba, second_name
from rasd.text.clitics import strip_article
from rasd.text.normalize import norm_key
from rasd.text.segment import tokenize
from rasd.text.segmenter import Segmenter

SRC = Path(__file__).resolve().parents[1] / "src" / "rasd"


def test_clitic_keys_are_the_word_and_its_readings_without_a_proclitic() -> None:
    assert clitic_keys("والأردن") == {norm_key("والأردن"), norm_key("الأردن")}
    assert clitic_keys("للعراق") == {norm_key("للعراق"), norm_key("العراق"), norm_key("لعراق")}
    assert clitic_keys("كبيرا") == {norm_key("كبيرا")}  # «ك» comes off only before the article


def test_a_second_man_after_waw_inside_a_tagged_person_run() -> None:
    gaz = load()
    assert second_name(norm_key("ولافروف"), norm_key("كيري"), gaz)
    assert not second_name(norm_key("وليد"), norm_key("كيري"), gaz)  # «وليد» is a name whole
    assert tagged_persons("التقى الوزير كيري ولافروف في جنيف أمس.", RunTagger("كيري", "ولافروف")) == ["كيري", "لافروف"]


def test_a_common_noun_and_its_country_adjective_is_no_person() -> None:
    gaz = load()
    assert noun_and_nisba([norm_key("جيب"), norm_key("تركي")], gaz)
    assert not noun_and_nisba([norm_key("أحمد"), norm_key("تركي")], gaz)  # a given name and a family name


def test_the_verb_before_a_tagged_name_is_trimmed_off() -> None:
    assert tagged_persons("وأدان كيري الهجوم على السفارة أمس.", RunTagger("وأدان", "كيري")) == ["كيري"]
    # a far town's name inside the tagger's person gives way to the person
    assert tagged_persons("وقال المنسق خافيير سولانا إن المحادثات ستستأنف قريبا.",
                          RunTagger("خافيير", "سولانا")) == ["خافيير سولانا"]


def test_letters_spelled_in_arabic_make_one_acronym_but_not_a_code() -> None:
    doc = typed_runs_doc("وذكرت قناة «إن دي تي في» الهندية أن الحكومة وافقت على الخطة.", ("ORG", ["دي", "تي"]))
    assert [(m.text, m.type) for m in doc.mentions] == [("إن دي تي في", "ORGANIZATION")]
    doc = typed_runs_doc("وسقطت طائرة من طراز إم إتش 370 فوق البحر.", ("MISC", ["إتش"]))
    assert doc.mentions == []  # the letters of a code with its number name no body


def test_a_middle_initial_the_tagger_left_out_joins_the_name_after_it() -> None:
    assert tagged_persons("وكتب النائب إلى السناتور جيمس إي. ريش رسالة أمس.", RunTagger("جيمس", "إي")) \
        == ["جيمس إي. ريش"]


def test_the_segmenter_splits_clitics_but_not_a_name() -> None:
    assert [(w.form, w.kind) for w in tokenize("وبالأردن")[0].words] == [
        ("و", "proclitic"), ("ب", "proclitic"), ("الأردن", "stem")]
    assert [(w.form, w.kind) for w in tokenize("وليد")[0].words] == [("وليد", "stem")]
    assert Segmenter().analyze(norm_key("وبالأردن")) == ((1, "proclitic", None), (1, "proclitic", None),
                                                         (6, "stem", None))
    assert strip_article("للعراق") == "عراق" and strip_article("الله") == "الله"  # (a short word is left alone)


def test_names_other_layers_import_stay_where_they_were() -> None:
    from rasd.entities.stage import analyze_entities
    from rasd.entities.tagpersons import COMMON_ZIPF10
    from rasd.entities.trim import COMMON_ZIPF10 as read_by_quotes

    assert callable(analyze_entities) and read_by_quotes == COMMON_ZIPF10 == 38


def test_the_split_modules_stay_short() -> None:
    for m in ("entities/trim.py", "entities/tagpersons.py", "entities/acronyms.py", "entities/stage.py",
              "entities/tagmentions.py", "entities/reconcile.py", "text/segment.py", "text/clitics.py",
              "text/segmenter.py"):
        assert len((SRC / m).read_text(encoding="utf-8").splitlines()) < 500, m

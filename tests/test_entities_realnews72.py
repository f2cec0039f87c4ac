"""Entities, round 72: a town named by a word that is also a present verb («ينبع»: Yanbu; stems) is that verb
right before «من»/«عن»/«على» after no preposition, place noun or place cue; the town stays with one. «الأزهر» alone is the institution (its mosque and university their own); «قلعة» heads a
place; «لـ» and a present verb never continues a person's name («ظريف ليرى»)."""

from __future__ import annotations

from conftest import analyze_news, entity_named, names_of_type, typed_names


def test_a_verb_town_before_min_after_a_noun_is_the_verb() -> None:
    doc = analyze_news("وقال السيناتور إن اعتراضه على الصفقة ينبع من خوفه على أمن الحلفاء.")
    assert "ينبع" not in names_of_type(doc, "LOCATION")


def test_a_verb_town_opening_the_sentence_before_min_is_the_verb() -> None:
    doc = analyze_news("ينبع من غموض النوايا قلق كبير في المنطقة، بحسب المحلل.")
    assert "ينبع" not in names_of_type(doc, "LOCATION")


def test_a_verb_town_after_a_place_noun_or_preposition_stays_a_place() -> None:
    doc = analyze_news("وافتتح الأمير المهرجان في ميناء ينبع على البحر الأحمر، وعاد الوفد إلى ينبع من جدة أمس.")
    assert names_of_type(doc, "LOCATION").count("ينبع") == 1
    assert len([m for m in doc.mentions if doc.text[m.start : m.end] == "ينبع"]) == 2


def test_a_verb_town_after_a_direction_word_stays_a_place() -> None:
    doc = analyze_news("وتقدمت القوات الحكومية نحو تعز من جهة الغرب، بعد معارك في لحج.")
    assert "تعز" in names_of_type(doc, "LOCATION")


def test_a_verb_town_before_another_word_stays_a_place() -> None:
    doc = analyze_news("وتقع ينبع الصناعية على ساحل البحر الأحمر غرب المملكة.")
    assert "ينبع" in names_of_type(doc, "LOCATION")


def test_al_azhar_alone_is_the_institution_and_its_mosque_a_place() -> None:
    doc = analyze_news("وقالت مصادر مطلعة في الأزهر إن اللجنة ستجتمع، فيما صلى المحافظ الجمعة في جامع الأزهر بالقاهرة.")
    azhar = entity_named(doc, "الأزهر")
    assert (azhar.type, azhar.country) == ("ORGANIZATION", "EGY")
    assert entity_named(doc, "جامع الأزهر").type == "LOCATION"


def test_al_azhar_university_stays_its_own_body() -> None:
    doc = analyze_news("وشارك أساتذة من جامعة الأزهر في الندوة التي نظمتها الوزارة أمس.")
    assert names_of_type(doc, "ORGANIZATION") == ["جامعة الأزهر"]


def test_a_citadel_and_a_rare_name_is_a_place() -> None:
    doc = analyze_news("وحاول المسلحون التقدم من جهة «البساتين - قلعة الزهرا - المزارع» دون جدوى.")
    assert "قلعة الزهرا" in names_of_type(doc, "LOCATION")
    assert "قلعة الزهرا" not in names_of_type(doc, "ORGANIZATION")


def test_a_citadel_of_a_common_word_is_no_place() -> None:
    doc = analyze_news("وأصبحت المدينة قلعة الصمود في وجه الغزاة منذ سنوات.")
    assert not any("قلعة" in name for _, name in typed_names(doc))


def test_lam_and_a_present_verb_never_continues_a_persons_name() -> None:
    doc = analyze_news("وقال وزير الخارجية الإيراني محمد جواد ظريف إن الحوار ضروري، ثم ينطلق السيد ظريف ليرى أن اليمن مهم.")
    assert names_of_type(doc, "PERSON") == ["محمد جواد ظريف"]


def test_a_given_name_in_lam_after_a_name_stays_a_name() -> None:
    doc = analyze_news("واستقبل الرئيس السفيرة الفلسطينية ليلى شهيد في قصره أمس.")
    assert "ليلى شهيد" in names_of_type(doc, "PERSON")

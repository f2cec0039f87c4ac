"""Round 199 (speed): the rule passes that now return early on the folded text or on the document's keys
(``dockeys.folded_text``: ``context_provinces``, ``loyal_forces``, ``gulf_states``; ``doc_keys``: ``team_towns``)
still find what they found, also with a quote mark or a clitic in their words, and find nothing where a word is
missing or stands apart. Hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news, typed_names

from rasd.entities.dockeys import doc_keys, doc_prefix_keys, folded_text
from rasd.text.normalize import norm_key


def test_folded_text_is_kept_per_document() -> None:
    doc = analyze_news("وصل الوفد إلى مدينة عدن صباح الأحد.")
    assert folded_text(doc) is folded_text(doc)
    assert norm_key("مدينة") in folded_text(doc)


def test_doc_keys_hold_each_word_and_its_clitic_readings() -> None:
    doc = analyze_news("وصل وفد للعراق وبحي الوعر اليوم.")
    keys = doc_keys(doc)
    assert {norm_key("للعراق"), norm_key("العراق"), norm_key("وفد")} <= keys
    assert norm_key("حي") in doc_prefix_keys(doc)
    assert norm_key("حي") not in keys  # («وبحي»: two letters off, the prefix keys' only)


def test_province_after_a_preposition_with_its_country() -> None:
    doc = analyze_news("قال مسؤول يمني إن مسلحين هاجموا نقطة عسكرية في الضالع جنوب اليمن.")
    assert ("LOCATION", "الضالع") in typed_names(doc)


def test_province_word_after_lil_and_none_without_it() -> None:
    doc = analyze_news("أرسلت الحكومة اليمنية تعزيزات للضالع في جنوب اليمن أمس.")
    assert ("LOCATION", "الضالع") in typed_names(doc)
    other = analyze_news("أرسلت الحكومة اليمنية تعزيزات إلى عدن في جنوب اليمن أمس.")
    assert all(m.attrs.get("kind") != "province" or "الضالع" not in m.text for m in other.mentions)
    assert ("LOCATION", "الضالع") not in typed_names(other)


def test_loyal_forces_with_a_clitic_head() -> None:
    doc = analyze_news("اشتبك المسلحون مع القوات الموالية للرئيس عبد ربه منصور هادي قرب عدن.")
    assert ("ORGANIZATION", "القوات الموالية للرئيس عبد ربه منصور هادي") in typed_names(doc)  # (round en716)


def test_allegiance_word_apart_from_the_head_makes_no_force() -> None:
    doc = analyze_news("قال القائد إن القوات وصلت، والجماعات الموالية للرئيس هادي انسحبت.")
    assert ("ORGANIZATION", "القوات الموالية") not in typed_names(doc)


def test_gulf_states_and_the_words_apart() -> None:
    doc = analyze_news("دعا وزير الخارجية دول الخليج العربية إلى دعم اليمن.")
    names = typed_names(doc)
    assert any(t == "ORGANIZATION" and n.startswith("دول الخليج") for t, n in names)
    other = analyze_news("زار وزير الخارجية عدة دول، ثم عاد إلى منطقة الخليج أمس.")
    assert not any(n.startswith("دول") for _, n in typed_names(other))


def test_team_town_and_a_town_without_a_team_word() -> None:
    doc = analyze_news("تغلب فريق برشلونة على منافسه في مباراة الدوري الإسباني لكرة القدم مساء السبت.")
    other = analyze_news("وصل الوفد إلى برشلونة مساء السبت لحضور المؤتمر.")
    assert ("LOCATION", "برشلونة") in typed_names(other)
    assert ("LOCATION", "برشلونة") not in typed_names(doc)


def test_institution_and_operations_room_each_with_its_own_head() -> None:
    doc = analyze_news("أصدر مركز دمشق للأبحاث والدراسات تقريرا جديدا أمس.")
    assert typed_names(doc) == [("ORGANIZATION", "مركز دمشق للأبحاث")]
    room = analyze_news("أعلنت غرفة عمليات حلب أن المسلحين تقدموا في الريف الشمالي.")
    assert typed_names(room) == [("ORGANIZATION", "غرفة عمليات حلب")]
    other = analyze_news("وصل الوفد إلى دمشق أمس لبحث الأبحاث والدراسات.")
    assert typed_names(other) == [("LOCATION", "دمشق")]

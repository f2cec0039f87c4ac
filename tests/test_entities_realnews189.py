"""Round 189 (speed): the rule passes that now return early where the document holds none of their words
(``entities.dockeys``: ``doc_keys``, ``doc_prefix_keys``; the collective rules' folded text) still find what they
found, and find nothing where their word is missing. Hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news, typed_names

from rasd.entities.dockeys import doc_prefix_keys
from rasd.text.normalize import norm_key, norm_key_text


def test_prefix_keys_read_two_clitics_off() -> None:
    doc = analyze_news("انفجرت سيارة مفخخة وبحي الوعر في مدينة حمص صباح اليوم.")
    assert norm_key("حي") in doc_prefix_keys(doc)
    other = analyze_news("قال الطبيب إن حياة المصاب ليست في خطر.")
    assert norm_key("حي") not in doc_prefix_keys(other)  # («حياة» is no «حي» + a letter)


def test_district_after_clitic_head() -> None:
    doc = analyze_news("انفجرت سيارة مفخخة بحي الوعر في مدينة حمص صباح اليوم.")
    assert ("LOCATION", "الوعر") in typed_names(doc)


def test_district_head_missing_finds_no_district() -> None:
    doc = analyze_news("انفجرت سيارة مفخخة قرب الوعر في مدينة حمص صباح اليوم.")
    assert all(m.attrs.get("kind") != "district" for m in doc.mentions)


def test_gate_place_and_a_door_alone() -> None:
    doc = analyze_news("دخل المستوطنون المسجد من جهة باب المغاربة صباح الأحد.")
    assert ("LOCATION", "باب المغاربة") in typed_names(doc)
    other = analyze_news("أغلق الحراس الباب أمام المصلين في القدس صباح الأحد.")
    assert typed_names(other) == [("LOCATION", "القدس")]


def test_palace_with_its_city() -> None:
    doc = analyze_news("استقبل الرئيس الضيوف في قصر السلام بجدة مساء الأحد.")
    assert ("LOCATION", "قصر السلام") in typed_names(doc)


def test_loyal_forces_and_forces_without_allegiance() -> None:
    doc = analyze_news("تقدمت القوات الموالية للرئيس عبد ربه منصور هادي نحو مدينة عدن.")
    assert ("ORGANIZATION", "القوات الموالية للرئيس عبد ربه منصور هادي") in typed_names(doc)  # (round en716)
    other = analyze_news("تقدمت القوات الحكومية نحو مدينة عدن أمس.")
    assert not any(n.startswith("القوات الموالية") for _, n in typed_names(other))


def test_folded_text_holds_each_word_key() -> None:
    text = "قالت مؤسسةُ الإغاثة إنّ «الموالية» وصلت."
    folded = norm_key_text(text)
    for word in ("مؤسسةُ", "الإغاثة", "إنّ", "الموالية"):
        assert norm_key(word) in folded

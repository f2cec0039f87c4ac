"""Round 215 (speed): the entities rule passes that now return early (short towns with no place noun, administrative
bodies with no head in the folded text, anaphors with no anaphoric word), make their word lists once, or ask list
membership last, and the time grammar's sentence ranges, still find what they found and nothing where their word is
missing. Hand-made sentences."""

from __future__ import annotations

from conftest import analyze_news, typed_names

from rasd.entities.attributes import _counts, most_common
from rasd.entities.dockeys import prefix_keys, token_keys, doc_keys, doc_prefix_keys
from rasd.time.grammar import prepare


def test_both_key_sets_made_at_once_match_their_words() -> None:
    doc = analyze_news("وصل الوفد إلى مدينة إب صباح الأحد.")
    words = {t.text for t in doc.tokens}
    assert doc_keys(doc) == frozenset(k for w in words for k in token_keys(w))
    assert doc_prefix_keys(doc) == frozenset(k for w in words for k in prefix_keys(w))


def test_short_town_after_place_noun() -> None:
    doc = analyze_news("قتل خمسة مدنيين في قصف على مدينة إب جنوب العاصمة صنعاء يوم الأحد.")
    assert typed_names(doc) == [("LOCATION", "إب"), ("LOCATION", "صنعاء")]


def test_short_town_without_place_noun_is_not_read() -> None:
    doc = analyze_news("وصل الوفد إلى إب صباح الأحد قادما من صنعاء.")
    assert typed_names(doc) == [("LOCATION", "صنعاء")]


def test_admin_body_with_its_head() -> None:
    doc = analyze_news("أعلنت المؤسسة العامة للتأمينات الاجتماعية في الرياض زيادة المعاشات.")
    body = [m for m in doc.mentions if m.type == "ORGANIZATION"]
    assert [(m.text, m.source, m.attrs.get("kind")) for m in body] == [
        ("المؤسسة العامة للتأمينات الاجتماعية", "pattern", "gov")
    ]


def test_no_admin_body_without_a_head() -> None:
    doc = analyze_news("أعلنت الشركة في الرياض زيادة الرواتب.")
    assert typed_names(doc) == [("LOCATION", "الرياض")]


def test_hyphenated_western_given_name_joined() -> None:
    doc = analyze_news("التقى رئيس المفوضية جان - كلود يونكر وزير الخارجية الفرنسي في بروكسل.")
    assert ("PERSON", "جان - كلود يونكر") in typed_names(doc)


def test_anaphor_of_a_movement() -> None:
    doc = analyze_news("هاجمت حركة طالبان نقطة للشرطة في قندهار. وقالت الحركة في بيان إن الهجوم أسفر عن قتلى.")
    ana = [m for m in doc.mentions if m.source == "anaphor"]
    body = next(m for m in doc.mentions if m.text == "حركة طالبان")
    assert [(m.text, m.entity) for m in ana] == [("الحركة", body.entity)]


def test_no_anaphor_without_an_anaphoric_word() -> None:
    doc = analyze_news("هاجمت حركة طالبان نقطة للشرطة في قندهار. وقال مسؤول محلي إن الهجوم أسفر عن قتلى.")
    assert not [m for m in doc.mentions if m.source == "anaphor"]


def test_most_common_takes_the_first_of_tied() -> None:
    counts = _counts(["PERSON", "ORGANIZATION", "ORGANIZATION", "PERSON", "LOCATION"])
    assert list(counts.items()) == [("PERSON", 2), ("ORGANIZATION", 2), ("LOCATION", 1)]
    assert most_common(counts) == "PERSON"
    assert most_common(_counts(["LOCATION", "PERSON", "PERSON"])) == "PERSON"


def test_time_units_sentence_ranges() -> None:
    doc = analyze_news("وصل الوفد يوم الأحد. وغادر الوفد يوم الاثنين إلى الرياض.")
    prep = prepare(doc.tokens, doc.sentences)
    assert len(prep.sent_of) == len(prep.units)
    second = doc.sentences[1].start
    cut = next(k for k, u in enumerate(prep.units) if u.start >= second)
    assert set(prep.sent_of[:cut]) == {(0, cut)}
    assert set(prep.sent_of[cut:]) == {(cut, len(prep.units))}

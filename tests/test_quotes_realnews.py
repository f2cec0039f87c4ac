"""Quote speakers in constructions of real news: the addressee after «لـ», the clause a participle hangs on,
honorifics («معاليه», «معالي الوزير ...»), «يعتبر» read as a passive, adverbs and short phrases after the verb."""

from __future__ import annotations

import pytest

from rasd import analyze

from conftest import quote_speakers


def test_the_paper_spoken_to_is_no_speaker() -> None:
    doc = analyze("وقالت مصادر محلية لـ«الشرق الأوسط» إن القوات تقدمت في المدينة.")
    assert quote_speakers(doc) == [("وقالت", "[مصادر محلية]")]


def test_an_addressee_before_the_subject_is_skipped() -> None:
    doc = analyze("وقال لـ«الشرق الأوسط» وزير الخارجية الأردني ناصر جودة إن الحل سياسي.")
    assert quote_speakers(doc)[0][1] == "ناصر جودة"


def test_an_unnamed_official_of_a_named_body() -> None:
    doc = analyze("وقال مسؤول في وزارة الخارجية الفرنسية لـ«الشرق الأوسط» إن المفاوضات مستمرة.")
    assert quote_speakers(doc) == [("وقال", "[مسؤول في وزارة الخارجية الفرنسية]")]  # the ministry: affiliation


def test_sources_close_to_a_group_are_not_the_group() -> None:
    doc = analyze("وقالت مصادر مقربة من حركة حماس إن المفاوضات مستمرة.")
    assert quote_speakers(doc) == [("وقالت", "[مصادر مقربة]")]


def test_revealed_is_a_reporting_cue() -> None:
    doc = analyze("كشف مسؤول في وزارة الخارجية السعودية، لـ«الشرق الأوسط»، أن المطار جاهز لاستقبال المساعدات.")
    assert quote_speakers(doc) == [("كشف", "[مسؤول في وزارة الخارجية السعودية]")]


def test_participle_takes_the_unnamed_speaker_before_it() -> None:
    doc = analyze("وقالت مصادر محلية لـ«الشرق الأوسط» إن القوات تقدمت، مشيرة إلى أن المعارك مستمرة.")
    assert quote_speakers(doc) == [("وقالت", "[مصادر محلية]"), ("مشيرة", "[مصادر محلية]")]


def test_participle_takes_the_subject_of_its_clause_not_the_nearest_name() -> None:
    doc = analyze("وحذرت وزارة الخارجية الفرنسية في بيان من دعم جماعة الإخوان المسلمين، مؤكدة أن القرار نهائي.")
    assert quote_speakers(doc)[-1] == ("مؤكدة", "وزارة الخارجية الفرنسية")


def test_participle_takes_an_unnamed_subject_not_a_name_inside_its_clause() -> None:
    doc = analyze("وأشارت مصادر يمنية إلى خطة تدعمها السعودية لتحرير المدينة، مؤكدة أن القوات جاهزة.")
    assert quote_speakers(doc)[-1] == ("مؤكدة", "[مصادر يمنية]")


def test_participle_after_an_opener_and_a_title() -> None:
    doc = analyze("ومن جهته، دعا وزير الخارجية الأردني ناصر جودة إلى دعم المعارضة السورية، مؤكدا أن موقف بلاده "
                  "لن يتغير.")  # fmt: skip
    assert quote_speakers(doc)[-1] == ("مؤكدا", "ناصر جودة")


def test_an_honorific_pronoun_refers_back() -> None:
    doc = analyze("وقال وزير الخارجية الأردني ناصر جودة إن الحل سياسي. وأكد معاليه أن المشاورات مستمرة.")
    assert [w for _, w in quote_speakers(doc)] == ["ناصر جودة", "ناصر جودة"]


def test_an_honorific_before_a_title_and_name() -> None:
    doc = analyze("أكد معالي وزير الخارجية الأستاذ عادل الجبير أن المملكة حريصة على العلاقات.")
    assert quote_speakers(doc) == [("أكد", "عادل الجبير")]


def test_is_considered_is_no_quote() -> None:
    doc = analyze("وأشار التقرير إلى أن ذلك يعتبر الحد الأدنى والقاعدة التي من المفترض أن يرتكز عليها الحل.")
    assert "يعتبر" not in [c for c, _ in quote_speakers(doc)]
    kept = analyze("وتعتبر فرنسا أن الاتفاق خطوة مهمة.")
    assert quote_speakers(kept) == [("وتعتبر", "فرنسا")]


def test_an_adverb_or_a_short_phrase_after_the_verb_is_no_speaker() -> None:
    doc = analyze("وقال وزير الخارجية الأردني ناصر جودة إن الحل سياسي. وقال بهذا الخصوص إن الحوار ضروري. "
                  "وأكد أيضًا أن المشاورات مستمرة.")  # fmt: skip
    assert [w for _, w in quote_speakers(doc)] == ["ناصر جودة", "ناصر جودة", "ناصر جودة"]


def test_a_subject_noun_right_before_the_verb_carries_no_one_over() -> None:
    doc = analyze("وقال وزير الخارجية الأردني ناصر جودة إن الحل سياسي. والحقائق تقول لنا إن الحوار ضروري.")
    assert quote_speakers(doc)[0] == ("وقال", "ناصر جودة")  # «الحقائق تقول»: no quote now (evidence_subjects)
    assert all(who is None for _, who in quote_speakers(doc)[1:])


@pytest.mark.parametrize(
    "text, n",
    [
        ("وكشف المسؤول عن خطة جديدة تظهر أن الوضع خطير.", 0),  # a thing revealed: no statement
        ("وكشف المسؤول عن أن الوزير سيستقيل.", 1),  # «عن أن»: a statement
        ("وكشف المسؤول أن الوزير سيستقيل.", 1),
        ("ولم يكشف المصدر أن الوزير سيستقيل.", 0),  # a report that it was not said
        ("ولم تذكر الوزارة أن الحادث وقع.", 0),
        ("وقال الوزير كما قال من قبل إن الحل قريب.", 1),  # «كما قال» is no negation
    ],
)
def test_revealed_things_and_negated_cues_are_no_quotes(text: str, n: int) -> None:
    assert len(analyze(text, date="2015-08-02").quotes) == n


def test_a_statement_after_an_object_preposition_is_still_a_quote() -> None:
    # «عن» of the subject («نائب عن الحزب»: an MP for the party), then the statement after a comma
    doc = analyze("وكشف نائب عن الحزب الديمقراطي في البرلمان، أن الأحزاب اتفقت على الحكومة.", date="2015-08-02")
    assert [doc.text[q.content.start : q.content.end] for q in doc.quotes] == ["الأحزاب اتفقت على الحكومة"]
    # quoted words after «عن»: what the source said
    doc = analyze("وكشفت مصادر مطلعة عن «وصول تهديدات جدية بتفجير المؤتمر» قبل أيام.", date="2015-08-02")
    assert [q.direct for q in doc.quotes] == [True]

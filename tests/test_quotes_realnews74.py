"""Quotes, round 74 (a split of the quotes stage's long modules, no change of behaviour): the constructions the code
that moved or was merged reads. A statement after «كان» speaks for the body that issued it, and an unnamed source
after «كانت ... قد»; a comma inside the phrase between «كان» and the verb breaks it (issuers.py and unnamed.py share
one clause-break test now). «لـ» before a quote mark is whom it was said to, not who spoke (phrases.py). The
adjectives and «من» phrase after an unnamed source stay in its phrase (unnamed.py). A participle after a noun of
saying is the one named after it, past his title (nouned.py, with carry.py's one list of titles). Hand-made
sentences."""

from __future__ import annotations

from conftest import analyze_news, quote_speakers


def test_a_statement_after_kana_speaks_for_its_issuer() -> None:
    doc = analyze_news("وكان بيان صادر عن وزارة الخارجية، أعلن أن السفير سيعود إلى عمله الأسبوع المقبل.")
    assert quote_speakers(doc) == [("أعلن", "وزارة الخارجية")]


def test_an_unnamed_source_after_kana_qad_is_the_speaker() -> None:
    doc = analyze_news("وكانت مصادر أمنية قد ذكرت أن الهجوم استهدف نقطة تفتيش.")
    assert quote_speakers(doc) == [("ذكرت", "[مصادر أمنية]")]


def test_a_comma_between_kana_and_the_verb_takes_no_source() -> None:
    doc = analyze_news("وكانت مصادر أمنية، ذكرت أن الهجوم استهدف نقطة تفتيش.")
    assert quote_speakers(doc) == [("ذكرت", None)]


def test_the_paper_after_lam_and_a_quote_mark_is_told_not_the_speaker() -> None:
    doc = analyze_news("وقال لـ«الشرق الأوسط» مسؤول في وزارة الداخلية إن التحقيقات مستمرة.")
    assert quote_speakers(doc) == [("وقال", "[مسؤول في وزارة الداخلية]")]


def test_the_paper_told_is_no_speaker_where_no_one_follows() -> None:
    doc = analyze_news("وقال لـ«الشرق الأوسط» إن التحقيقات مستمرة.")
    assert quote_speakers(doc) == [("وقال", None)]


def test_an_unnamed_source_keeps_its_adjectives_and_its_body() -> None:
    assert quote_speakers(analyze_news("وقال مصدر كردي بارز إن المفاوضات توقفت.")) == [("وقال", "[مصدر كردي بارز]")]
    doc = analyze_news("وقالت مصادر من الهيئة العليا للمفاوضات إن الجولة أرجئت.")
    assert quote_speakers(doc) == [("وقالت", "[مصادر من الهيئة العليا للمفاوضات]")]


def test_a_participle_after_a_noun_of_saying_is_the_one_named_past_his_title() -> None:
    doc = analyze_news("وجاءت تصريحات الرئيس عبد الفتاح السيسي أن مصر لن تتدخل، مشددا أن الحل سياسي.")
    assert quote_speakers(doc) == [("مشددا", "عبد الفتاح السيسي")]


def test_a_title_alone_after_a_noun_of_saying_names_no_one() -> None:
    doc = analyze_news("وجاءت تصريحات الوزير أن مصر لن تتدخل، مشددا أن الحل سياسي.")
    assert quote_speakers(doc) == [("مشددا", None)]

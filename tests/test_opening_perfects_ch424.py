"""Round ch424: a bare masculine perfect opening a clause before its subject is a verb, not a phrase's first word.

- the phrase run leaves out a verb of the lexicons that opens its clause right before a name, a title or a definite
  noun («واستغل تنظيم داعش الفراغ», «وحينها استغل رئيس الوفد»: ``events.opening_perfects``), not a noun of the same
  letters before an indefinite word («وقطع غيار السيارات»), nor a word inside a clause; an indefinite accusative
  after its subject opens its object («وأطلق الرئيس | حربا»), not an adverb («ورفض المسؤول مجددا»);
- the first conjunct of a name after a title's genitive body is the name, not the body («رئيس لجنة الأشغال العامة
  والنقل النيابية محمد قباني»: ``actors.first_conjunct``), while a name after a coordinated body is still the
  second of two subjects («كثف المسلحون الحوثيون والقوات الموالية للرئيس المخلوع علي عبد الله صالح»);
- a phrase right after such a verb of saying or deciding is its subject, no later noun act's («وصرح الوزير ... بعد
  توقيع الاتفاق»; ``opening_perfects.verb_word``), save the masdar right after a verb that takes one («وقرر الجيش
  مهاجمتهم»: ``own_act_verb``);
- a purpose masdar «لـ» in a clause a verb opens before its named subject is that subject's act («استغل رئيس الوفد
  العراقي طه رمضان القمة لإعلان خطاب»: ``events.purpose_subjects``), not one whose «لـ» joins a masdar before it.
"""

from __future__ import annotations

import rasd
from conftest import news_arg
from rasd.doc import Doc
from rasd.events.chunks import build_chunks, mention_index, sentence_token_ranges
from rasd.events.opening_perfects import opening_perfect
from rasd.events.purpose_subjects import purpose_subject


def _chunk_texts(doc: Doc) -> list[str]:
    """The phrases the events layer's phrase run makes of each sentence of ``doc`` (no triggers left out)."""
    mentions = mention_index(doc)
    return [doc.text[c.start:c.end] for _, a, b in sentence_token_ranges(doc)
            for c in build_chunks(doc, a, b, mentions, set(), verbs=True)]


def _token(doc: Doc, text: str) -> int:
    return next(t for t, tok in enumerate(doc.tokens) if tok.text == text)


def test_a_bare_perfect_opening_its_clause_before_its_subject_opens_no_phrase() -> None:
    # (a title of no body's name: since round en431 «الوفد العراقي» is a body mention, a phrase of its own)
    doc = rasd.analyze("واستغل تنظيم داعش الفراغ الأمني في البلاد. وحينها استغل وزير الخارجية العراقي القمة.")
    texts = _chunk_texts(doc)
    assert not any("استغل" in t for t in texts), texts
    assert any(t.startswith("وزير الخارجية العراقي") for t in texts), texts  # (the title opens the subject's phrase)
    mentions = mention_index(doc)
    t = _token(doc, "واستغل")
    assert opening_perfect(doc.tokens, t, 0, len(doc.tokens), mentions)


def test_a_noun_of_the_same_letters_before_an_indefinite_word_keeps_its_phrase() -> None:
    # counter-case: «قطع» (pieces) before an indefinite genitive; «قبل» (before) is no verb of the lexicons
    doc = rasd.analyze("وارتفعت أسعار السيارات في الأسواق، وقطع غيار السيارات. وقال إن الشركة قبل الرئيس الحالي.")
    texts = _chunk_texts(doc)
    assert any(t.startswith("قطع غيار") for t in texts), texts
    mentions = mention_index(doc)
    assert not opening_perfect(doc.tokens, _token(doc, "وقطع"), 0, len(doc.tokens), mentions)
    assert not opening_perfect(doc.tokens, _token(doc, "قبل"), 0, len(doc.tokens), mentions)


def test_the_name_after_a_titles_genitive_body_is_the_subject() -> None:
    text = ("وحذّر رئيس لجنة الأشغال العامة والنقل النيابية محمد قباني يوم أمس من استمرار رمي النفايات بجوار "
            "المطار، وقال في تصريح: «أجد من واجبي التحذير».")
    assert news_arg(text, "تصريح") == "محمد قباني"


def test_a_name_after_a_coordinated_body_still_goes_back_to_the_first_subject() -> None:
    # counter-case: «والقوات الموالية للرئيس المخلوع علي عبد الله صالح» is the second subject, no title's genitive
    text = ("وفي جبهة محافظة مأرب، كثف المسلحون الحوثيون والقوات الموالية للرئيس المخلوع علي عبد الله صالح "
            "هجومهم على المحافظة.")
    assert news_arg(text, "هجومهم") == "الحوثيون"


def test_a_purpose_masdar_is_the_act_of_the_subject_of_the_verb_opening_its_clause() -> None:
    text = ("كانت الولايات المتحدة في صف السعودية، وحينها استغل رئيس الوفد العراقي طه رمضان القمة لإعلان خطاب من "
            "الرئيس العراقي صدام حسين.")
    assert news_arg(text, "لإعلان") == "طه رمضان"


def test_a_purpose_lam_that_joins_a_masdar_before_it_is_not_the_clauses() -> None:
    # counter-case: «التخطيط لإعلان»: the «لـ» is the masdar's before it, not the clause's purpose
    doc = rasd.analyze("وحينها انتقد رئيس الوفد العراقي طه رمضان التخطيط لإعلان الحرب على الكويت.")
    assert purpose_subject(doc, _token(doc, "لإعلان"), 0) is None
    doc = rasd.analyze("وحينها استغل رئيس الوفد العراقي طه رمضان القمة لإعلان خطاب.")
    assert purpose_subject(doc, _token(doc, "لإعلان"), 0) is not None


def test_an_indefinite_accusative_after_the_verbs_subject_opens_its_object() -> None:
    doc = rasd.analyze("وأطلق الرئيس حربا على الإرهاب في البلاد.")
    texts = _chunk_texts(doc)
    assert "الرئيس" in texts and not any(t.startswith("الرئيس حربا") for t in texts), texts
    # counter-case: an adverb in «ـا» after the subject is no object («رفض المسؤول مجددًا»), nor an accusative
    # after a subject no verb of the lexicons opens
    doc = rasd.analyze("ورفض المسؤول مجددا طلب النقابة. وكان المسؤول حاضرا في الاجتماع.")
    texts = _chunk_texts(doc)
    assert any(t.startswith("المسؤول مجددا") for t in texts), texts


def test_the_subject_right_after_an_opening_perfect_does_not_do_a_later_noun_act() -> None:
    # «وصرح الوزير»: the minister said it; the signing told after is not his (as after «وقالت الوزيرة»)
    text = "وصرح الوزير للصحيفة في معرض سؤال عن الموقف، وخاصة بعد توقيع الاتفاق النووي مع القوى الكبرى."
    assert news_arg(text, "توقيع") == ""
    # but a verb that takes a masdar makes its subject the doer of the act right after it
    assert news_arg("وتقدم مقاتلو «داعش» نحو المدينة، وقرر الجيش مهاجمتهم.", "مهاجمتهم") == "الجيش"
    # nor does a trigger's own perfect keep its subject off the acts of its purpose («وتظاهر السكان ... للتنديد»)
    text = "وتظاهر السكان أمام مبنى المحافظة للتنديد بنقص الخدمات والمطالبة بإقالة المحافظ."
    assert news_arg(text, "والمطالبة") == "السكان"

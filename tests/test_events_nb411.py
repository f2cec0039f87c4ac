"""Round nb411: an eighth-form feminine past in «و» that looks like a definite noun («والتزمت», «والتقت») opens its
clause before a named body or person, its subject (:mod:`rasd.events.eighth_form`), so a verb in «ولم» after it
has that subject, not an actor carried from a quote before. Each with a counter-case."""

from __future__ import annotations

from conftest import analyze_news


def _opener(text: str, word: str) -> bool:
    from rasd.events.chunks import build_chunks, mention_index
    from rasd.events.eighth_form import eighth_form_opener

    doc = analyze_news(text)
    chunks = build_chunks(doc, 0, len(doc.tokens), mention_index(doc), set(), verbs=True)
    p = next(i for i, t in enumerate(doc.tokens) if t.text == word)
    return eighth_form_opener(doc, chunks, p)


def test_a_verb_that_looks_definite_before_a_named_body_opens_its_clause() -> None:
    assert _opener("والتزمت السلطات الليبية الصمت أمس.", "والتزمت")


def test_a_definite_noun_before_no_name_or_after_a_preposition_is_no_verb() -> None:
    assert not _opener("والتزمت في المواقف لا يفيد أحدا.", "والتزمت")
    assert not _opener("وقال إن الحكومة والتزمت الديني لا يلتقيان.", "والتزمت")


def test_the_negated_verb_after_it_has_that_subject_not_the_speaker_before() -> None:
    text = ("وقال مجلس مصراتة البلدي إن القرار يستند إلى قانون النفير العام. "
            "من جهة ثانية، دخلت سفن إيطالية عملية إنقاذ واسعة قبالة سواحل ليبيا. "
            "والتزمت السلطات الليبية الصمت، ولم تعلن عن أي أرقام بشأن عدد الضحايا.")
    doc = analyze_news(text)
    ev = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "تعلن")
    src = next(e for e in doc.entities if e.id == ev.source)
    assert src.name == "السلطات الليبية"

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


def test_a_pronoun_on_a_verb_after_a_noun_in_a_clitic_preposition_resumes_that_noun() -> None:
    # «بتصريحات انتقدتها سلطات الجزائر»: the statements were criticised, not the body named before them
    doc = analyze_news("وانتقدت منظمة العفو الدولية الحكومة. "
                       "وأدلى الرئيس السابق بتصريحات انتقدتها سلطات الجزائر رسميا.")
    for ev in doc.events:
        if doc.text[ev.trigger.start : ev.trigger.end] == "انتقدتها":
            target = doc.entity(ev.target) if ev.target else None
            assert target is None or "العفو" not in target.name


def test_a_pronoun_on_a_verb_after_a_bare_indefinite_noun_still_resumes_it() -> None:
    # the round-122 reading stays: «وهو أمر نفته الوزارة» (a thing, no party)
    doc = analyze_news("وقالت المعارضة إن الحكومة تعتقل الناشطين، وهو أمر نفته الوزارة أمس.")
    for ev in doc.events:
        if doc.text[ev.trigger.start : ev.trigger.end] == "نفته":
            assert ev.target is None or doc.entity(ev.target).name != "المعارضة"

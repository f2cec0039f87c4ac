"""Round sp305 (speed, output identical): the date and modality rules that read a run of token keys with the
conjunction off index one per-document list (``word_tests.conj_keys``) or ask one per-document set
(``doc_conj_keys``, ``doc_token_keys``, the folded text) before they scan a sentence; ``clause_stop`` is one set
lookup; ``retrospect.earlier_sentence`` and ``background.no_day_told`` try a phrase only at a token that may open it.
Each rule is asked on hand-made sentences where it fires and on near ones where it must not (the gates: a counter-case
lacks the word the per-document check looks for); the 347 output was checked byte-identical before and after the
round."""

from collections.abc import Callable, Iterator

from conftest import analyze_news

from rasd.doc import Doc
from rasd.events import backdrop, background, episodes, generic_acts, lately, legal_provisions, may_hold
from rasd.events import modality_frames, prior_acts, retrospect, told_again, unfixed
from rasd.events.chunks import sentence_token_ranges
from rasd.events.forms import fw
from rasd.events.lexicon import Hit, find_triggers
from rasd.events.word_tests import clause_stop, conj_keys, doc_conj_keys, doc_token_keys, key_at, past_conjunction


def _hits(doc: Doc) -> Iterator[tuple[Hit, int, int]]:
    """Every trigger of ``doc`` with its sentence's first token and the token past its end."""
    for _, a, b in sentence_token_ranges(doc):
        for h in find_triggers(doc.tokens[a:b]):
            yield Hit(h.i + a, h.j + a, h.entry, h.pos, h.cand), a, b


def _answers(doc: Doc, rule: Callable[[Hit, int, int], bool]) -> dict[str, bool]:
    """The rule's answer per trigger text, on every trigger of ``doc``."""
    return {doc.tokens[hit.i].text: rule(hit, a, b) for hit, a, b in _hits(doc)}


# -- the shared per-document keys ---------------------------------------------------------------------------------
def test_conj_keys_are_each_tokens_key_with_its_conjunction_off() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة فرضت حظرا، فيما وصل الوفد إلى بغداد ووقع الاتفاق.")
    direct = [past_conjunction(key_at(doc, t)) for t in range(len(doc.tokens))]
    assert conj_keys(doc) == direct
    assert doc_conj_keys(doc) == frozenset(direct)
    texts = [tok.text for tok in doc.tokens]
    assert conj_keys(doc)[texts.index("وقال")] == "قال"  # «و» off a word of four letters
    assert conj_keys(doc)[texts.index("وصل")] == "وصل"  # counter-case: three letters keep their «و»
    assert conj_keys(doc)[texts.index("فرضت")] == "رضت"  # (what ``past_conjunction`` gives, a first «ف» off)
    doc.tokens = doc.tokens[:3]  # another token list: made again, not read from the memo
    assert conj_keys(doc) == direct[:3] and doc_conj_keys(doc) == frozenset(direct[:3])


def test_clause_stop_is_the_breaks_and_the_commas() -> None:
    for text in sorted(fw("clause_breaks")) + ["،", ",", "و", "قال", "؟؟", "،،", "-", "«"]:
        assert clause_stop(text) == (text in fw("clause_breaks") or text in ("،", ","))
    assert clause_stop("،") and clause_stop(".")
    assert not clause_stop("وقال")  # counter-case: a word


# -- the gated and indexed rules ----------------------------------------------------------------------------------
def test_charge_listed() -> None:
    doc = analyze_news("وأحالت النيابة المتهمين إلى المحكمة بتهم الانضمام إلى جماعة محظورة، والاعتداء على "
                       "المنشآت، واستهداف رجال الأمن.")
    got = _answers(doc, lambda h, a, b: prior_acts.charge_listed(doc, h, a))
    assert got["والاعتداء"] is True and got["واستهداف"] is True
    doc = analyze_news("ويواجه المتهمون تهما بالقتل والتخريب.")
    got = _answers(doc, lambda h, a, b: prior_acts.charge_listed(doc, h, a))
    assert got["بالقتل"] is True
    doc = analyze_news("وأعلنت الشرطة عن استهداف رجال الأمن والاعتداء على المنشآت.")
    assert doc_conj_keys(doc).isdisjoint(fw("charge_nouns") | fw("charge_links"))  # counter-case: no charge word
    got = _answers(doc, lambda h, a, b: prior_acts.charge_listed(doc, h, a))
    assert not any(got.values())


def test_same_period() -> None:
    doc = analyze_news("وفي الفترة نفسها، اعتقلت الشرطة عشرة أشخاص في العاصمة.")
    got = _answers(doc, lambda h, a, b: episodes.same_period(doc, h, a))
    assert got["اعتقلت"] is True
    doc = analyze_news("وفي الفترة الأخيرة، اعتقلت الشرطة عشرة أشخاص في العاصمة.")  # counter-case: «نفسها» is not told
    got = _answers(doc, lambda h, a, b: episodes.same_period(doc, h, a))
    assert got["اعتقلت"] is False


def test_condoled() -> None:
    doc = analyze_news("وقدم الرئيس تعازيه لأسر الضحايا في مقتل الجنود بهجوم إرهابي.")
    got = _answers(doc, lambda h, a, b: backdrop.condoled(doc, h, a))
    assert got["مقتل"] is True
    doc = analyze_news("وأدان الرئيس مقتل الجنود في هجوم إرهابي.")  # counter-case: no word of condolence
    got = _answers(doc, lambda h, a, b: backdrop.condoled(doc, h, a))
    assert got and not any(got.values())


def test_unnumbered_span() -> None:
    doc = analyze_news("وكان وزير الخارجية قد زار واشنطن قبل أسابيع والتقى نظيره الأمريكي.")
    got = _answers(doc, lambda h, a, b: backdrop.unnumbered_span(doc, h, a, b))
    assert got["زار"] is True
    doc = analyze_news("وكان وزير الخارجية قد زار واشنطن قبل يومين والتقى نظيره الأمريكي.")  # counter-case: a count
    got = _answers(doc, lambda h, a, b: backdrop.unnumbered_span(doc, h, a, b))
    assert got["زار"] is False


def test_after_that_one() -> None:
    doc = analyze_news("وقد أعلن الحزب في أعقاب تلك المقابلة رفضه المشاركة في الانتخابات.")
    hits = list(_hits(doc))
    assert any(backdrop.after_that_one(doc, h, a) for h, a, _ in hits)
    doc = analyze_news("وقد أعلن الحزب بعد ذلك رفضه المشاركة في الانتخابات.")  # counter-case: no «تلك» in the text
    assert "تلك" not in doc_token_keys(doc)
    assert not any(backdrop.after_that_one(doc, h, a) for h, a, _ in _hits(doc))


def test_not_first_time() -> None:
    doc = analyze_news("وليست المرة الأولى التي تقصف فيها الطائرات المدينة.")
    got = _answers(doc, lambda h, a, b: generic_acts.not_first_time(doc, h, a))
    assert got["تقصف"] is True
    doc = analyze_news("وفي الأسبوع الماضي قصفت الطائرات المدينة.")  # counter-case: neither «مرة» nor «الأولى»
    got = _answers(doc, lambda h, a, b: generic_acts.not_first_time(doc, h, a))
    assert got and not any(got.values())


def test_now_and_then() -> None:
    doc = analyze_news("وتقصف الطائرات القرى الحدودية من حين لآخر.")
    got = _answers(doc, lambda h, a, b: told_again.now_and_then(doc, h, a, b))
    assert got["وتقصف"] is True
    doc = analyze_news("وتقصف الطائرات القرى الحدودية منذ حين.")  # counter-case: the first word alone
    got = _answers(doc, lambda h, a, b: told_again.now_and_then(doc, h, a, b))
    assert got["وتقصف"] is False


def test_repeated_times() -> None:
    doc = analyze_news("واعتقلت الشرطة الناشط مرارا بسبب مشاركته في المظاهرات.")
    got = _answers(doc, lambda h, a, b: retrospect.repeated_times(doc, h, a, b))
    assert got["واعتقلت"] is True
    doc = analyze_news("واعتقلت الشرطة الناشط أمس بسبب مشاركته في المظاهرات.")  # counter-case: once, yesterday
    got = _answers(doc, lambda h, a, b: retrospect.repeated_times(doc, h, a, b))
    assert got["واعتقلت"] is False


def test_earlier_sentence() -> None:
    doc = analyze_news("واعتقلت السلطات في وقت سابق ناشطة بارزة في العاصمة.")
    got = _answers(doc, lambda h, a, b: retrospect.earlier_sentence(doc, h, a, True))
    assert got["واعتقلت"] is False  # (the phrase is after the trigger)
    assert got.get("ناشطة", True)
    doc = analyze_news("وفي وقت سابق، اعتقلت السلطات ناشطة بارزة في العاصمة.")
    got = _answers(doc, lambda h, a, b: retrospect.earlier_sentence(doc, h, a, True))
    assert got["اعتقلت"] is True
    doc = analyze_news("وفي وقت لاحق، اعتقلت السلطات ناشطة بارزة في العاصمة.")  # counter-case: a later time
    got = _answers(doc, lambda h, a, b: retrospect.earlier_sentence(doc, h, a, True))
    assert got["اعتقلت"] is False


def test_no_day_told() -> None:
    doc = analyze_news("ورفضت الحكومة في السابق مطالب المعارضة بإجراء انتخابات مبكرة.")
    got = _answers(doc, lambda h, a, b: background.no_day_told(doc, h, a, b))
    assert got["ورفضت"] is True
    doc = analyze_news("ورفضت الحكومة في البيان مطالب المعارضة بإجراء انتخابات مبكرة.")  # counter-case: no earlier time
    got = _answers(doc, lambda h, a, b: background.no_day_told(doc, h, a, b))
    assert got["ورفضت"] is False


def test_provision_start() -> None:
    doc = analyze_news("وينص القانون على معاقبة كل من يشارك في مظاهرة غير مرخصة بالسجن.")
    starts = [legal_provisions.provision_start(doc, a, b) for _, a, b in sentence_token_ranges(doc)]
    assert starts[0] is not None and doc.tokens[starts[0]].text == "وينص"
    doc = analyze_news("وشارك المئات في مظاهرة غير مرخصة أمام البرلمان.")  # counter-case: no verb of providing
    assert doc_conj_keys(doc).isdisjoint(fw("provision_verbs"))
    assert all(legal_provisions.provision_start(doc, a, b) is None for _, a, b in sentence_token_ranges(doc))


def test_defining_told() -> None:
    doc = analyze_news("ويعرف القانون الإرهاب بأنه كل عمل يهدف إلى ترويع الآمنين.")
    direct = any(past_conjunction(k) in fw("defining_verbs") for k in doc_token_keys(doc))
    assert told_again.defining_told(doc) is direct is True
    doc = analyze_news("وأدان القانونيون الإرهاب.")  # counter-case: no verb of defining
    assert told_again.defining_told(doc) is False


def test_crime_told() -> None:
    doc = analyze_news("وأدان الوزير الجريمة الإرهابية البشعة التي نفذها مستوطنون وأدت إلى حرق رضيع فلسطيني.")
    got = _answers(doc, lambda h, a, b: told_again.crime_told(doc, h, a))
    assert got["حرق"] is True
    doc = analyze_news("وأدان الوزير الاعتداء الذي نفذه مستوطنون وأدى إلى حرق منزل فلسطيني.")  # counter-case: no crime
    got = _answers(doc, lambda h, a, b: told_again.crime_told(doc, h, a))
    assert got["حرق"] is False


def test_rumour_told() -> None:
    doc = analyze_news("ونفى المتحدث ما تردد من أنباء عن إجراء محادثات مع المعارضة.")
    got = _answers(doc, lambda h, a, b: modality_frames.rumour_told(doc, h, a))
    assert got["محادثات"] is True and got["ونفى"] is False  # (a verb: no rumour read)
    doc = analyze_news("ونفى المتحدث ما قاله الوزير عن إجراء محادثات مع المعارضة.")  # counter-case: no news told
    got = _answers(doc, lambda h, a, b: modality_frames.rumour_told(doc, h, a))
    assert got["محادثات"] is False


def _pair(texts: tuple[str, str], new: Callable[[Doc, Hit, int, int], bool], trigger: str) -> None:
    """``texts``: a sentence where the rule fires on ``trigger`` and a near one where it must not."""
    for text, want in zip(texts, (True, False)):
        doc = analyze_news(text)
        got = _answers(doc, lambda h, a, b: new(doc, h, a, b))
        assert got[trigger] is want, text


def test_potential_cause_and_effect() -> None:
    _pair(("وقال الوزير إن الهجوم من شأنه أن يعقد الوضع.", "وقال الوزير إن الهجوم قد يعقد الوضع."),
          unfixed.potential_cause, "الهجوم")
    _pair(("ونشرت الصحيفة معلومات من شأنها أن تعرضها لتنديد واسع.", "ونشرت الصحيفة معلومات قد تعرضها لتنديد واسع."),
          lambda d, h, a, b: unfixed.potential_effect(d, h, a),
          "لتنديد")


def test_possible_after() -> None:
    _pair(("وقال إن محادثات السلام يمكن أن تعقد الأسبوع المقبل.", "وقال إن محادثات السلام سوف تعقد الأسبوع المقبل."),
          lambda d, h, a, b: may_hold.possible_after(d, h),
          "محادثات")


def test_lately_done() -> None:
    _pair(("واجتمع الوزير أخيرا بنظيره الفرنسي في باريس.", "واجتمع الوزير أمس بنظيره الفرنسي في باريس."),
          lately.lately_done, "واجتمع")


def test_scheduled_time() -> None:
    _pair(("وأرجئت المفاوضات مع الحكومة التي كانت مقررة الجمعة.", "وأرجئت المفاوضات مع الحكومة التي كانت تجري الجمعة."),
          lambda d, h, a, b: backdrop.scheduled_time(d, h, b) is not None, "المفاوضات")


def test_many_occasions() -> None:
    _pair(("وأكد الوزير في مناسبات عديدة رفضه للاتفاق.", "وأكد الوزير في كلمته رفضه للاتفاق."),
          prior_acts.many_occasions, "وأكد")


def test_after_eve() -> None:
    _pair(("واعتقلت الشرطة عشرة أشخاص غداة إقدام الجبهة على خطف الجنود.",
           "واعتقلت الشرطة عشرة أشخاص بعد إقدام الجبهة على خطف الجنود."),
          lambda d, h, a, b: backdrop.after_eve(d, h, a), "خطف")


def _count_tokens(doc: Doc) -> int:
    """A memo entry's build: the number of tokens (what it was made from shows in the answer)."""
    return len(doc.tokens)


def test_memoized_tokens_only_entry_is_kept_and_made_again() -> None:
    doc = analyze_news("وقال الوزير إن الحكومة فرضت حظرا على التجول.")
    n = len(doc.tokens)
    assert doc.memoized("sp305_count", ("tokens",), _count_tokens) == n
    doc.memo["sp305_count"] = (("tokens",), [doc.tokens], [n], -1)  # (a kept entry with the same shape: read back)
    assert doc.memoized("sp305_count", ("tokens",), _count_tokens) == -1
    doc.tokens = list(doc.tokens)  # another list of the same length: made again
    assert doc.memoized("sp305_count", ("tokens",), _count_tokens) == n
    doc.memo["sp305_count"] = (("tokens",), [doc.tokens], [n], -1)
    doc.tokens.pop()  # the same list, shorter: made again
    assert doc.memoized("sp305_count", ("tokens",), _count_tokens) == n - 1
    doc.memo["sp305_count"] = (("tokens", "text"), [doc.tokens, doc.text], [n - 1, len(doc.text)], -1)
    assert doc.memoized("sp305_count", ("tokens", "text"), _count_tokens) == -1  # counter-case: the generic shape
    assert doc.memoized("sp305_count", ("tokens",), _count_tokens) == n - 1  # other layers: made again

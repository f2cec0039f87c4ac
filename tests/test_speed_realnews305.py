"""Round sp305 (speed, output identical): the date and modality rules that read a run of token keys with the
conjunction off index one per-document list (``word_tests.conj_keys``) or ask one per-document set
(``doc_conj_keys``, ``doc_token_keys``, the folded text) before they scan a sentence; ``clause_stop`` is one set
lookup; ``retrospect.earlier_sentence`` and ``background.no_day_told`` try a phrase only at a token that may open it.
Each answer must be the one the direct scan (the code before the round, kept here) gives, on hand-made sentences
where the rule fires and on near ones where it must not."""

from collections.abc import Callable, Iterator

from conftest import analyze_news

from rasd.doc import Doc
from rasd.events import backdrop, background, episodes, generic_acts, lately, legal_provisions, may_hold
from rasd.events import modality_frames, prior_acts, retrospect, told_again, unfixed
from rasd.events.chunks import sentence_token_ranges
from rasd.events.forms import fw, phrase_keys
from rasd.events.lexicon import Hit, find_triggers, past_keys
from rasd.events.word_tests import (
    clause_stop, clause_window, conj_keys, doc_conj_keys, doc_token_keys, finite_verb, key_at, past_conjunction,
)


def _hits(doc: Doc) -> Iterator[tuple[Hit, int, int]]:
    """Every trigger of ``doc`` with its sentence's first token and the token past its end."""
    for _, a, b in sentence_token_ranges(doc):
        for h in find_triggers(doc.tokens[a:b]):
            yield Hit(h.i + a, h.j + a, h.entry, h.pos, h.cand), a, b


def _answers(doc: Doc, new: Callable[[Hit, int, int], bool], old: Callable[[Hit, int, int], bool]) -> dict[str, bool]:
    """The rule's answer per trigger text, checked against the direct scan's on every trigger."""
    out: dict[str, bool] = {}
    for hit, a, b in _hits(doc):
        got = new(hit, a, b)
        assert got == old(hit, a, b), doc.tokens[hit.i].text
        out[doc.tokens[hit.i].text] = got
    return out


# -- the direct scans, as they were -------------------------------------------------------------------------------
def _direct_charge_listed(doc: Doc, hit: Hit, sent_start: int) -> bool:
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - prior_acts.LIST_REACH) - 1, -1):
        text = doc.tokens[t].text
        if text in ("،", ","):
            if not key_at(doc, t + 1).startswith("و") or finite_verb(doc.tokens[t + 1]) \
                    or past_conjunction(key_at(doc, t + 1)) in past_keys():
                return False
            continue
        key = past_conjunction(key_at(doc, t))
        if text in fw("clause_breaks") or key in fw("complementizers") or key in fw("relatives"):
            return False
        if key in fw("charge_links"):
            return True
        if key in fw("charge_nouns"):
            nxt = t + 1
            if nxt == hit.i:
                return key_at(doc, hit.i).startswith("ب")
            return (key_at(doc, nxt).startswith("ب") and len(key_at(doc, nxt)) <= 2
                    or nxt + 1 < hit.i and key_at(doc, nxt + 1).startswith("ب"))
    return False


def _direct_same_period(doc: Doc, hit: Hit, sent_start: int) -> bool:
    phrases = phrase_keys(fw("same_period_phrases"))
    start = sent_start
    for t in range(hit.i - 1, sent_start - 1, -1):
        key = past_conjunction(key_at(doc, t))
        if key in episodes.CONTRASTS or (key == "غير" and t + 1 < hit.i and key_at(doc, t + 1) in ("ان", "أن")):
            start = t + 1
            break
    keys = [past_conjunction(key_at(doc, t)) for t in range(start, hit.i)]
    return any(tuple(keys[s : s + len(seq)]) == seq for seq in phrases for s in range(len(keys) - len(seq) + 1))


def _direct_condoled(doc: Doc, hit: Hit, sent_start: int) -> bool:
    seen_in = False
    for t in range(hit.i - 1, sent_start - 1, -1):
        key = key_at(doc, t)
        if key in fw("complementizers") or key.removeprefix("ب") in fw("complementizers"):
            return False
        if backdrop._stem(key) in fw("condolence_words"):
            return seen_in
        seen_in = seen_in or key == "في"
    return False


def _direct_unnumbered_span(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    reach = backdrop.UNNUMBERED_REACH
    for step, stop in ((1, min(sent_end, hit.j + 1 + reach)), (-1, max(sent_start, hit.i - reach) - 1)):
        t = hit.j + 1 if step > 0 else hit.i - 1
        while t != stop:
            key = key_at(doc, t)
            if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives"):
                break
            if key.removeprefix("و") in ("قبل", "منذ") and t + 1 < sent_end \
                    and key_at(doc, t + 1) in fw("unnumbered_units"):
                return True
            t += step
    return False


def _direct_not_first_time(doc: Doc, hit: Hit, sent_start: int) -> bool:
    for t in range(hit.i - 1, max(sent_start, hit.i - generic_acts.FIRST_TIME_REACH), -1):
        key, prev = key_at(doc, t), past_conjunction(key_at(doc, t - 1))
        if doc.tokens[t].text in fw("clause_breaks"):
            return False
        first = (key == "الاولي" and prev == "المره") or (key == "مره" and prev == "اول")
        if first and t - 2 >= sent_start and past_conjunction(key_at(doc, t - 2)) in generic_acts._NOT_BEING:
            return True
    return False


def _direct_now_and_then(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    lo, hi = hit.i, hit.j + 1
    while lo > sent_start and not clause_stop(doc.tokens[lo - 1].text):
        lo -= 1
    while hi < sent_end and not clause_stop(doc.tokens[hi].text):
        hi += 1
    keys = tuple(key_at(doc, t) for t in range(lo, hi))
    return any(keys[k : k + len(w)] == w for w in phrase_keys(fw("now_and_then")) for k in range(len(keys)))


def _direct_repeated_times(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    for t in clause_window(doc, hit.i, hit.j, sent_start, sent_end, retrospect.REPEAT_REACH):
        key = key_at(doc, t).removeprefix("و")
        if key in fw("repeat_adverbs") or key in ("مرتين", "مرتان"):
            return True
        if key in ("مرات", "المرات", "مره"):
            around = {key_at(doc, u) for u in (t - 1, t + 1) if sent_start <= u < sent_end}
            count = t > sent_start and (key_at(doc, t - 1) in fw("repeat_numbers") or doc.tokens[t - 1].text.isdigit())
            if around & fw("repeat_counts") or (key == "مرات" and count) or (
                    key == "مره" and t >= 2 and key_at(doc, t - 1) == "من" and key_at(doc, t - 2) in ("اكثر", "أكثر")):
                return True
    return False


def _direct_earlier_sentence(doc: Doc, hit: Hit, sent_start: int) -> bool:
    keys: list[str] = []
    for t in range(hit.i - 1, sent_start - 1, -1):
        if doc.tokens[t].text in (":", "؛", ";", "«"):
            break
        keys.append(key_at(doc, t))
    keys.reverse()
    for words in retrospect._earlier_words():
        n = len(words)
        for k in range(len(keys) - n + 1):
            if n > 1 and keys[k].removeprefix("و") == words[0] and keys[k + 1 : k + n] == words[1:] \
                    and not retrospect._of_a_day(doc, hit.i - len(keys) + k + n) \
                    and not retrospect._timed(doc, hit.i - len(keys) + k + n, doc.tokens[hit.i].start):
                return True
    return False


def _direct_no_day_told(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    if background._aimed(doc, hit, sent_start):
        return True
    if any(key_at(doc, t).removeprefix("و") in fw("earlier_words")
           for t in background._near(doc, hit, sent_start, sent_end, background.EARLIER_REACH)):
        return True
    near = background._near(doc, hit, sent_start, sent_end, background.BACKGROUND_REACH)
    keys = [key_at(doc, t) for t in near]
    firsts = [k.removeprefix("و") for k in keys]
    for words in phrase_keys(fw("earlier_phrases")):
        n = len(words)
        for k in range(len(keys) - n + 1):
            if firsts[k] == words[0] and keys[k + 1 : k + n] == list(words[1:]) and near[k + n - 1] - near[k] == n - 1:
                return True
    return False


def _direct_provision_start(doc: Doc, a: int, b: int) -> int | None:
    for t in range(a, b - 1):
        if past_conjunction(key_at(doc, t)) not in fw("provision_verbs"):
            continue
        for words in phrase_keys(fw("provision_texts")):
            if tuple(key_at(doc, u) for u in range(t + 1, min(b, t + 1 + len(words)))) == words:
                return t
    return None


def _direct_crime_told(doc: Doc, hit: Hit, sent_start: int) -> bool:
    if hit.pos == "V" and hit.i >= 1 and key_at(doc, hit.i - 1) in fw("crime_heads") \
            and not key_at(doc, hit.i - 1).startswith(("ال", "وال")) and len(doc.tokens[hit.i].words) == 1:
        return True
    for t in range(hit.i - 1, max(sent_start, hit.i - told_again.CRIME_BACK) - 1, -1):
        text, key = doc.tokens[t].text, key_at(doc, t)
        if text in (".", "؛", ";", ":", "!", "؟", "?") or key in fw("complementizers"):
            return False
        if key in fw("relatives"):
            return any(told_again._crime(key_at(doc, u))
                       for u in range(max(sent_start, t - told_again.ANTECEDENT_REACH), t)
                       if not any(clause_stop(doc.tokens[w].text) for w in range(u, t)))
    return False


def _direct_rumour_told(doc: Doc, hit: Hit, sent_start: int) -> bool:
    before: list[str] = []
    for t in range(max(sent_start, hit.i - modality_frames.RUMOUR_REACH - 4), hit.i):
        before = [] if clause_stop(doc.tokens[t].text) else [*before, key_at(doc, t)]
    return modality_frames.rumoured(hit, before)


def _direct_potential_cause(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + unfixed.CAUSE_REACH)):
        key = key_at(doc, t).removeprefix("و")
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers") or key in fw("relatives") \
                or key in ("ما", "مما"):
            break
        if unfixed._shan(doc, t, sent_start) and key_at(doc, t) != "شان":
            return True
    if hit.pos == "N" and hit.i - 1 > sent_start and key_at(doc, hit.i - 1) == "شان" \
            and unfixed._shan(doc, hit.i - 1, sent_start):
        return any(key_at(doc, t) == "ان" for t in range(hit.j + 1, min(sent_end, hit.j + 1 + unfixed.CAUSE_REACH)))
    return False


def _direct_potential_effect(doc: Doc, hit: Hit, sent_start: int) -> bool:
    for t in range(hit.i - 1, max(sent_start, hit.i - unfixed.EFFECT_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if unfixed._shan(doc, t, sent_start) and key_at(doc, t) != "شان":
            return True
    return False


def _direct_possible_after(doc: Doc, hit: Hit) -> bool:
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(len(doc.tokens) - 2, hit.j + 1 + may_hold.POSSIBLE_AFTER_REACH)):
        key = key_at(doc, t)
        if doc.tokens[t].text in may_hold._STOPS or key in fw("complementizers") or key in fw("relatives"):
            return False
        if past_conjunction(key) in fw("possibility_words"):
            return key_at(doc, t + 1) in ("ان", "أن") and past_conjunction(key_at(doc, t + 2)) in fw("held_future_verbs")
    return False


def _direct_lately_done(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    if hit.pos == "V" and lately._perfect(doc, hit.i):
        for t in range(hit.j + 1, min(sent_end, hit.j + 1 + lately.LATE_REACH)):
            if clause_stop(doc.tokens[t].text):
                break
            if key_at(doc, t) in fw("late_words"):
                return True
    for t in range(max(sent_start, hit.i - lately.NEAR_REACH), min(sent_end - 1, hit.j + lately.NEAR_REACH)):
        if hit.i <= t <= hit.j:
            continue
        if key_at(doc, t).removeprefix("و") in lately.NEAR_PAST and key_at(doc, t + 1) == "القريب":
            lo, hi = (t, hit.i) if t < hit.i else (hit.j + 1, t)
            if not any(clause_stop(doc.tokens[u].text) for u in range(lo, hi)):
                return True
    return False


def _direct_scheduled(doc: Doc, hit: Hit, sent_end: int) -> bool:
    if hit.pos != "N":
        return False
    for t in range(hit.j + 1, min(sent_end, hit.j + 1 + backdrop.SCHEDULE_REACH)):
        text = doc.tokens[t].text
        if clause_stop(text) or text in (".", ":", "؛") or key_at(doc, t) in fw("complementizers"):
            return False
        if key_at(doc, t) not in fw("relatives"):
            continue
        k = t + 1
        if k < sent_end and key_at(doc, k) in fw("past_being"):
            k += 1
        if k < sent_end and key_at(doc, k).removeprefix("ال") in fw("scheduled_words"):
            return (backdrop._time_at(doc, k + 1) or backdrop._time_at(doc, k + 2)) is not None
        return False
    return False


def _direct_many_occasions(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    for t in clause_window(doc, hit.i, hit.j, sent_start, sent_end, prior_acts.OCCASION_REACH):
        key = key_at(doc, t).removeprefix("و").removeprefix("في")
        if key not in fw("repeat_occasions"):
            continue
        around = {key_at(doc, u) for u in (t - 1, t + 1) if sent_start <= u < sent_end}
        if key.endswith("ات") and around & fw("repeat_counts"):
            return True
        if t - 2 >= sent_start and key_at(doc, t - 1) == "من" and key_at(doc, t - 2).removeprefix("في") == "اكثر":
            return True
    return False


def _direct_after_eve(doc: Doc, hit: Hit, sent_start: int) -> bool:
    from rasd.events.lexicon import match_token
    for t in range(hit.i - 1, max(sent_start, hit.i - 1 - backdrop.EVE_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
            return False
        if key_at(doc, t).removeprefix("و") in fw("eve_words"):
            return True
        if match_token(doc.tokens, t) is not None:
            return False
    return False


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
    got = _answers(doc, lambda h, a, b: prior_acts.charge_listed(doc, h, a),
                   lambda h, a, b: _direct_charge_listed(doc, h, a))
    assert got["والاعتداء"] is True and got["واستهداف"] is True
    doc = analyze_news("ويواجه المتهمون تهما بالقتل والتخريب.")
    got = _answers(doc, lambda h, a, b: prior_acts.charge_listed(doc, h, a),
                   lambda h, a, b: _direct_charge_listed(doc, h, a))
    assert got["بالقتل"] is True
    doc = analyze_news("وأعلنت الشرطة عن استهداف رجال الأمن والاعتداء على المنشآت.")
    assert doc_conj_keys(doc).isdisjoint(fw("charge_nouns") | fw("charge_links"))  # counter-case: no charge word
    got = _answers(doc, lambda h, a, b: prior_acts.charge_listed(doc, h, a),
                   lambda h, a, b: _direct_charge_listed(doc, h, a))
    assert not any(got.values())


def test_same_period() -> None:
    doc = analyze_news("وفي الفترة نفسها، اعتقلت الشرطة عشرة أشخاص في العاصمة.")
    got = _answers(doc, lambda h, a, b: episodes.same_period(doc, h, a),
                   lambda h, a, b: _direct_same_period(doc, h, a))
    assert got["اعتقلت"] is True
    doc = analyze_news("وفي الفترة الأخيرة، اعتقلت الشرطة عشرة أشخاص في العاصمة.")  # counter-case: «نفسها» is not told
    got = _answers(doc, lambda h, a, b: episodes.same_period(doc, h, a),
                   lambda h, a, b: _direct_same_period(doc, h, a))
    assert got["اعتقلت"] is False


def test_condoled() -> None:
    doc = analyze_news("وقدم الرئيس تعازيه لأسر الضحايا في مقتل الجنود بهجوم إرهابي.")
    got = _answers(doc, lambda h, a, b: backdrop.condoled(doc, h, a), lambda h, a, b: _direct_condoled(doc, h, a))
    assert got["مقتل"] is True
    doc = analyze_news("وأدان الرئيس مقتل الجنود في هجوم إرهابي.")  # counter-case: no word of condolence
    got = _answers(doc, lambda h, a, b: backdrop.condoled(doc, h, a), lambda h, a, b: _direct_condoled(doc, h, a))
    assert got and not any(got.values())


def test_unnumbered_span() -> None:
    doc = analyze_news("وكان وزير الخارجية قد زار واشنطن قبل أسابيع والتقى نظيره الأمريكي.")
    got = _answers(doc, lambda h, a, b: backdrop.unnumbered_span(doc, h, a, b),
                   lambda h, a, b: _direct_unnumbered_span(doc, h, a, b))
    assert got["زار"] is True
    doc = analyze_news("وكان وزير الخارجية قد زار واشنطن قبل يومين والتقى نظيره الأمريكي.")  # counter-case: a count
    got = _answers(doc, lambda h, a, b: backdrop.unnumbered_span(doc, h, a, b),
                   lambda h, a, b: _direct_unnumbered_span(doc, h, a, b))
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
    got = _answers(doc, lambda h, a, b: generic_acts.not_first_time(doc, h, a),
                   lambda h, a, b: _direct_not_first_time(doc, h, a))
    assert got["تقصف"] is True
    doc = analyze_news("وفي الأسبوع الماضي قصفت الطائرات المدينة.")  # counter-case: neither «مرة» nor «الأولى»
    got = _answers(doc, lambda h, a, b: generic_acts.not_first_time(doc, h, a),
                   lambda h, a, b: _direct_not_first_time(doc, h, a))
    assert got and not any(got.values())


def test_now_and_then() -> None:
    doc = analyze_news("وتقصف الطائرات القرى الحدودية من حين لآخر.")
    got = _answers(doc, lambda h, a, b: told_again.now_and_then(doc, h, a, b),
                   lambda h, a, b: _direct_now_and_then(doc, h, a, b))
    assert got["وتقصف"] is True
    doc = analyze_news("وتقصف الطائرات القرى الحدودية منذ حين.")  # counter-case: the first word alone
    got = _answers(doc, lambda h, a, b: told_again.now_and_then(doc, h, a, b),
                   lambda h, a, b: _direct_now_and_then(doc, h, a, b))
    assert got["وتقصف"] is False


def test_repeated_times() -> None:
    doc = analyze_news("واعتقلت الشرطة الناشط مرارا بسبب مشاركته في المظاهرات.")
    got = _answers(doc, lambda h, a, b: retrospect.repeated_times(doc, h, a, b),
                   lambda h, a, b: _direct_repeated_times(doc, h, a, b))
    assert got["واعتقلت"] is True
    doc = analyze_news("واعتقلت الشرطة الناشط أمس بسبب مشاركته في المظاهرات.")  # counter-case: once, yesterday
    got = _answers(doc, lambda h, a, b: retrospect.repeated_times(doc, h, a, b),
                   lambda h, a, b: _direct_repeated_times(doc, h, a, b))
    assert got["واعتقلت"] is False


def test_earlier_sentence() -> None:
    doc = analyze_news("واعتقلت السلطات في وقت سابق ناشطة بارزة في العاصمة.")
    got = _answers(doc, lambda h, a, b: retrospect.earlier_sentence(doc, h, a, True),
                   lambda h, a, b: _direct_earlier_sentence(doc, h, a))
    assert got["واعتقلت"] is False  # (the phrase is after the trigger)
    assert got.get("ناشطة", True)
    doc = analyze_news("وفي وقت سابق، اعتقلت السلطات ناشطة بارزة في العاصمة.")
    got = _answers(doc, lambda h, a, b: retrospect.earlier_sentence(doc, h, a, True),
                   lambda h, a, b: _direct_earlier_sentence(doc, h, a))
    assert got["اعتقلت"] is True
    doc = analyze_news("وفي وقت لاحق، اعتقلت السلطات ناشطة بارزة في العاصمة.")  # counter-case: a later time
    got = _answers(doc, lambda h, a, b: retrospect.earlier_sentence(doc, h, a, True),
                   lambda h, a, b: _direct_earlier_sentence(doc, h, a))
    assert got["اعتقلت"] is False


def test_no_day_told() -> None:
    doc = analyze_news("ورفضت الحكومة في السابق مطالب المعارضة بإجراء انتخابات مبكرة.")
    got = _answers(doc, lambda h, a, b: background.no_day_told(doc, h, a, b),
                   lambda h, a, b: _direct_no_day_told(doc, h, a, b))
    assert got["ورفضت"] is True
    doc = analyze_news("ورفضت الحكومة في البيان مطالب المعارضة بإجراء انتخابات مبكرة.")  # counter-case: no earlier time
    got = _answers(doc, lambda h, a, b: background.no_day_told(doc, h, a, b),
                   lambda h, a, b: _direct_no_day_told(doc, h, a, b))
    assert got["ورفضت"] is False


def test_provision_start() -> None:
    doc = analyze_news("وينص القانون على معاقبة كل من يشارك في مظاهرة غير مرخصة بالسجن.")
    starts = [(legal_provisions._provision_start(doc, a, b), _direct_provision_start(doc, a, b))
              for _, a, b in sentence_token_ranges(doc)]
    assert all(new == old for new, old in starts)
    assert starts[0][0] is not None and doc.tokens[starts[0][0]].text == "وينص"
    doc = analyze_news("وشارك المئات في مظاهرة غير مرخصة أمام البرلمان.")  # counter-case: no verb of providing
    assert doc_conj_keys(doc).isdisjoint(fw("provision_verbs"))
    assert all(legal_provisions._provision_start(doc, a, b) is None is _direct_provision_start(doc, a, b)
               for _, a, b in sentence_token_ranges(doc))


def test_defining_told() -> None:
    doc = analyze_news("ويعرف القانون الإرهاب بأنه كل عمل يهدف إلى ترويع الآمنين.")
    direct = any(past_conjunction(k) in fw("defining_verbs") for k in doc_token_keys(doc))
    assert told_again._defining_told(doc) is direct is True
    doc = analyze_news("وأدان القانونيون الإرهاب.")  # counter-case: no verb of defining
    assert told_again._defining_told(doc) is False


def test_crime_told() -> None:
    doc = analyze_news("وأدان الوزير الجريمة الإرهابية البشعة التي نفذها مستوطنون وأدت إلى حرق رضيع فلسطيني.")
    got = _answers(doc, lambda h, a, b: told_again.crime_told(doc, h, a),
                   lambda h, a, b: _direct_crime_told(doc, h, a))
    assert got["حرق"] is True
    doc = analyze_news("وأدان الوزير الاعتداء الذي نفذه مستوطنون وأدى إلى حرق منزل فلسطيني.")  # counter-case: no crime
    got = _answers(doc, lambda h, a, b: told_again.crime_told(doc, h, a),
                   lambda h, a, b: _direct_crime_told(doc, h, a))
    assert got["حرق"] is False


def test_rumour_told() -> None:
    doc = analyze_news("ونفى المتحدث ما تردد من أنباء عن إجراء محادثات مع المعارضة.")
    got = _answers(doc, lambda h, a, b: modality_frames.rumour_told(doc, h, a),
                   lambda h, a, b: _direct_rumour_told(doc, h, a))
    assert got["محادثات"] is True and got["ونفى"] is False  # (a verb: no rumour read)
    doc = analyze_news("ونفى المتحدث ما قاله الوزير عن إجراء محادثات مع المعارضة.")  # counter-case: no news told
    got = _answers(doc, lambda h, a, b: modality_frames.rumour_told(doc, h, a),
                   lambda h, a, b: _direct_rumour_told(doc, h, a))
    assert got["محادثات"] is False


def _pair(texts: tuple[str, str], new: Callable[[Doc, Hit, int, int], bool],
          old: Callable[[Doc, Hit, int, int], bool], trigger: str) -> None:
    """``texts``: a sentence where the rule fires on ``trigger`` and a near one where it must not; on every trigger
    of both the rule answers as the direct scan does."""
    for text, want in zip(texts, (True, False)):
        doc = analyze_news(text)
        got = _answers(doc, lambda h, a, b: new(doc, h, a, b), lambda h, a, b: old(doc, h, a, b))
        assert got[trigger] is want, text


def test_potential_cause_and_effect() -> None:
    _pair(("وقال الوزير إن الهجوم من شأنه أن يعقد الوضع.", "وقال الوزير إن الهجوم قد يعقد الوضع."),
          unfixed.potential_cause, _direct_potential_cause, "الهجوم")
    _pair(("ونشرت الصحيفة معلومات من شأنها أن تعرضها لتنديد واسع.", "ونشرت الصحيفة معلومات قد تعرضها لتنديد واسع."),
          lambda d, h, a, b: unfixed.potential_effect(d, h, a), lambda d, h, a, b: _direct_potential_effect(d, h, a),
          "لتنديد")


def test_possible_after() -> None:
    _pair(("وقال إن محادثات السلام يمكن أن تعقد الأسبوع المقبل.", "وقال إن محادثات السلام سوف تعقد الأسبوع المقبل."),
          lambda d, h, a, b: may_hold.possible_after(d, h), lambda d, h, a, b: _direct_possible_after(d, h),
          "محادثات")


def test_lately_done() -> None:
    _pair(("واجتمع الوزير أخيرا بنظيره الفرنسي في باريس.", "واجتمع الوزير أمس بنظيره الفرنسي في باريس."),
          lately.lately_done, _direct_lately_done, "واجتمع")


def test_scheduled_time() -> None:
    _pair(("وأرجئت المفاوضات مع الحكومة التي كانت مقررة الجمعة.", "وأرجئت المفاوضات مع الحكومة التي كانت تجري الجمعة."),
          lambda d, h, a, b: backdrop.scheduled_time(d, h, b) is not None,
          lambda d, h, a, b: _direct_scheduled(d, h, b), "المفاوضات")


def test_many_occasions() -> None:
    _pair(("وأكد الوزير في مناسبات عديدة رفضه للاتفاق.", "وأكد الوزير في كلمته رفضه للاتفاق."),
          prior_acts.many_occasions, _direct_many_occasions, "وأكد")


def test_after_eve() -> None:
    _pair(("واعتقلت الشرطة عشرة أشخاص غداة إقدام الجبهة على خطف الجنود.",
           "واعتقلت الشرطة عشرة أشخاص بعد إقدام الجبهة على خطف الجنود."),
          lambda d, h, a, b: backdrop.after_eve(d, h, a), lambda d, h, a, b: _direct_after_eve(d, h, a), "خطف")


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

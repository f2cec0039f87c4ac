"""Round 170: two cues of modality read by ``modality.modality``.

- «وأكد أنه سيناقش سبل ضمان الأمن خلال محادثات الدوحة»: a noun act after «خلال/أثناء» (``during_words``) whose
  clause's verb, within ``FUTURE_REACH`` keys before it, is a future in «سـ»: the occasion is still to come
  (planned; :func:`during_future`);
- «تأمين المبالغ يحتاج اجتماعات طويلة»: a noun act that a verb of need or requirement (``need_verbs``) takes as
  its object right after it is what something would take, none held (hypothetical; :func:`required`). (With
  «إلى/لـ», «تحتاج لمحادثات», it is no event at all: events.nonevents.)
- round 208: «أنه مستعد للقاء الرئيس», «على استعداد لعقد محادثات», «مستعدة أن تلتقي»: an act someone is ready for,
  a readiness word (``ready_words``) right before it (a noun in «لـ», or a verb after «أن»), is one that may come
  (hypothetical; :func:`ready_for`); a preparation for a set date («استعدادا للقمة») is another word, no readiness.
- round gr436: «ليس من مصلحتها مهاجمة», «لا داعي لعقد اجتماع», «ليس هناك من سبب لنرسل وفدنا ... للتفاوض»: an act
  that a denied interest, need or cause governs did not happen (:func:`uncalled`); «ومتى سمعنا عن استهداف الأسد
  لداعش؟»: an act a rhetorical question says was never heard of or seen did not happen (:func:`never_seen`);
  «لا نتعجل في التفاوض»: an act not hurried into may come (:func:`unhurried`).
"""

from __future__ import annotations

from ..doc import Doc, Token
from .asked_acts import ASKING
from .chunks import clause_stop
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .modality_links import future_verb
from .word_tests import named_token

FUTURE_REACH = 7  # keys from the «سـ» verb to «خلال» (its object between: «سيناقش سبل ضمان مستقبل أمن المنطقة»)
IN_REACH = 4  # keys from the «سـ» verb to a bare «في» (its object between: «سيرافق الرئيس هولاند في»)


def ready_for(hit: Hit, before: list[str]) -> bool:
    """An act right after a readiness word (see the module): a noun in «لـ», or a verb after «أن»."""
    if not before:
        return False
    prev = before[-1].lstrip("وف")
    if hit.pos == "N" and "ل" in hit.cand.proclitics and prev in fw_keys("ready_words"):
        return True
    return hit.pos == "V" and len(before) > 1 and prev in ("ان", "بان") \
        and before[-2].lstrip("وف") in fw_keys("ready_words")


def during_future(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """A noun trigger right after «خلال/أثناء» with a «سـ» verb within ``FUTURE_REACH`` keys before it in its clause
    (``before`` stops at a clause's edge and a relative), no complementizer between and no name read as the verb
    («ستيفن»): planned. Round 302: or right after a bare «في» with the verb within ``IN_REACH`` keys («سيرافق
    الرئيس هولاند في زيارته», «ستستخدم مقاتلات تورنادو في شن الضربات»), and a defective verb in «ـي» is a verb
    too («سيلتقي خلال زيارته»: ``modality_links.future_verb``, the one test of a «سـ» verb)."""
    if not before:
        return False
    if before[-1] == "في":  # (a verb right after «في» is a masdar read as a verb: «في شن الضربات»)
        reach = IN_REACH
    elif hit.pos == "N" and before[-1].lstrip("وف") in fw_keys("during_words"):
        reach = FUTURE_REACH
    else:
        return False
    for back, key in enumerate(reversed(before[-reach - 1 : -1]), start=2):
        if key in fw_keys("complementizers"):
            return False
        if future_verb(key) and not named_token(doc, hit.i - back):
            return True
    return False


TALK_CODES = ("04",)  # meetings, talks, visits: what a «سـ» verb right before can only hold as still to come


def future_held(doc: Doc, hit: Hit, before: list[str]) -> bool:
    """Round ev312: «المناقشات التي سيتناولها اللقاء الثلاثي في الدوحة», «وسيبحث الاجتماع الوزاري الأزمة»: a noun
    of talks, a meeting or a visit (``TALK_CODES``) right after a «سـ» verb (:func:`modality_links.future_verb`,
    not a name: «سيرغي») is its subject or object, still to come (planned); not an act of force («سيبحث الهجوم
    الأخير»: a topic, the attack was real) nor a noun after a past verb («وبحث الاجتماع الوزاري الأزمة»)."""
    if hit.pos != "N" or not hit.entry.code.startswith(TALK_CODES) or not before or hit.i < 1:
        return False
    return future_verb(before[-1]) and not named_token(doc, hit.i - 1)


def required(hit: Hit, before: list[str]) -> bool:
    """A noun trigger right after a verb of need («يحتاج», «تتطلب», «يستدعي»): hypothetical."""
    return hit.pos == "N" and bool(before) and before[-1].lstrip("وف") in fw_keys("need_verbs") \
        and not hit.cand.proclitics


def any_act(hit: Hit, before: list[str], prev: str) -> str | None:
    """Round 182: a noun act right after «أي» is one that may come («من أي اعتداءات قد تطال»): hypothetical; after a
    negation or «دون», none at all («لم يسجل أي هجوم»): negated; None otherwise, and after a past verb of repelling
    (function words ``repelled_past_verbs``: «وصد الجيش أي هجوم», round 76), where the attacks came and were repelled.
    Round ev362: so is the act joined to such a noun by «أو/و» («أي حوارات أو محادثات تتم»: ``_any_conjunct``)."""
    if hit.pos != "N" or prev not in fw("any_words") and not _any_conjunct(hit, before, prev):
        return None
    for at in range(max(0, len(before) - 4), len(before) - 1):
        if before[at].lstrip("وف") in fw_keys("repelled_past_verbs") and (at == 0 or before[at - 1] not in fw("prepositions")):
            return None  # (a verb; «في صد أي هجوم» is the masdar of a purpose: the attack may come)
    back = 4 if prev in fw("any_words") else 6  # (past the first noun and its «أو»: «لم يسجل أي هجوم أو اشتباك»)
    if any(k.lstrip("وف") in fw("negations") or k.lstrip("وف") in ("دون", "بدون", "عدم") for k in before[-back:-1]):
        return "negated"
    return "hypothetical"


def _any_conjunct(hit: Hit, before: list[str], prev: str) -> bool:
    """«أي حوارات أو محادثات», «أي اعتداءات وهجمات»: the trigger joined by «أو» (or its own «و») to the one
    indefinite noun right after «أي» (``any_words``)."""
    if prev in ("او", "ام"):
        return len(before) > 2 and before[-3] in fw("any_words") and not before[-2].startswith("ال")
    return "و" in hit.cand.proclitics and len(before) > 1 and before[-2] in fw("any_words") \
        and not prev.startswith("ال")


UNCALLED_REACH = 7  # words from the noun of interest or need to the act («سبب لنرسل وفدنا إلى أديس أبابا للتفاوض»)
FILLER_REACH = 2  # words between the denial and that noun («ليس هناك من سبب», «ليس في مصلحة»)


def uncalled(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """Round gr436: an act within ``UNCALLED_REACH`` words after a noun of interest (function words
    ``uncalled_interests``: «ليس من مصلحتها مهاجمة الجيش», «ليس في مصلحة إيران شن هجوم»: it would go against it,
    hypothetical) or of need or cause (``uncalled_needs``: «لا داعي لعقد اجتماع», «لسنا بحاجة إلى مفاوضات»: none
    is called for, negated) that a denial of being governs (:func:`_denied_being`), in one clause with no «أن»
    between («ليس هناك شك في أننا نجري مباحثات»: no such noun; «ليس من مصلحتنا أن ننكر أنه هاجم»: a clause of
    its own). A cause governs an act only past a verb in «لـ» («ليس هناك سبب لنرسل وفدنا للتفاوض»): «لا سبب واضحا
    للهجوم» asks why a real attack came."""
    for t in range(hit.i - 1, max(sent_start, hit.i - UNCALLED_REACH) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text) or tok.norm_key in fw("complementizers") or tok.norm_key in fw("relatives"):
            return None
        stem = _stem_key(tok)
        interest = stem in fw_keys("uncalled_interests")
        if not interest and stem not in fw_keys("uncalled_needs") or not _denied_being(doc, t, sent_start):
            continue
        if interest:
            return "hypothetical"
        if stem == nkey("سبب") and not any(_lam_verb(doc.tokens[v].norm_key) for v in range(t + 1, hit.i)):
            return None
        return "negated"
    return None


def _stem_key(tok: Token) -> str:
    """The key of a token's stem, less its clitics («وبحاجة» → «حاجه», «مصلحتها» → «مصلحه»)."""
    return nkey("".join(w.form for w in tok.words if w.kind == "stem") or tok.text)


def _denied_being(doc: Doc, t: int, sent_start: int) -> bool:
    """Whether a denial of being (``uncalled_negations``: «ليس», «لسنا», «لا») comes right before token ``t`` or
    past at most ``FILLER_REACH`` words of place or of having (``uncalled_fillers``: «هناك», «من», «في», «لدينا»)."""
    for back in range(t - 1, max(sent_start, t - FILLER_REACH - 1) - 1, -1):
        stem = _stem_key(doc.tokens[back])
        if stem in fw_keys("uncalled_negations"):
            return True
        if stem not in fw_keys("uncalled_fillers"):
            return False
    return False


def _lam_verb(key: str) -> bool:
    """«لنرسل», «ليتفاوض»: «لـ» and a present verb (a key of four letters or more)."""
    return len(key) >= 4 and key[0] == "ل" and key[1] in ("ي", "ت", "ن")


SEEN_REACH = 3  # words from the verb of hearing or seeing to the act («رأينا هجوما», «سمعنا عن استهداف»)
QUESTION_MARKS = ("؟", "?")


def never_seen(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round gr436: «ومتى سمعنا عن استهداف الأسد لداعش؟», «فهل رأينا هجوما واحدا على مواقعه؟»: an act within
    ``SEEN_REACH`` words after a first person plural perfect of hearing or seeing (function words ``perceived_we``)
    right after the asking word («متى/هل»: ``asked_acts.ASKING``), in a sentence that ends in a question mark, is
    one the question says never came (negated); not a question of the second person («هل سمعتم عن الهجوم؟»: asked),
    nor an act told past a clause's edge («متى سمعنا ذلك، وقد هاجم الجيش ...؟»)."""
    toks = doc.tokens
    for t in range(hit.i - 1, max(sent_start + 1, hit.i - SEEN_REACH - 1) - 1, -1):
        if clause_stop(toks[t].text):
            return False
        if toks[t].norm_key in fw_keys("perceived_we") and toks[t - 1].norm_key in ASKING:
            return _question_end(doc, hit.j + 1)
    return False


def _question_end(doc: Doc, start: int) -> bool:
    """Whether the first sentence-ending mark at or after token ``start`` is a question mark."""
    for tok in doc.tokens[start:]:
        if tok.text in QUESTION_MARKS:
            return True
        if tok.text in (".", "!"):
            return False
    return False


HURRY_REACH = 3  # keys from the verb of hurrying to the act («لا نتعجل في التفاوض», «لا نتعجل نحن في الرد»)
_HURRY_TO = frozenset(nkey(w) for w in ("في", "إلى", "الى"))


def unhurried(hit: Hit, before: list[str]) -> bool:
    """Round gr436: «ولذا لا نتعجل في التفاوض», «لن نستعجل في الرد»: a noun act after «في/إلى» (or in «بـ») of a
    present verb of hurrying (function words ``hurry_verbs``) that «لا/لن» denies is not done now and may come
    (hypothetical); not one hurried into («تتعجل الحكومة في إعلان النتائج»: told), nor past «لم» (it may have come
    later: read by no rule here)."""
    if hit.pos != "N" or not before:
        return False
    if before[-1] not in _HURRY_TO and "ب" not in hit.cand.proclitics:
        return False
    for k in range(max(1, len(before) - HURRY_REACH), len(before)):
        if before[k].lstrip("وف") in fw_keys("hurry_verbs"):
            return before[k - 1].lstrip("وف") in ("لا", "لن")
    return False

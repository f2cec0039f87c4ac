"""Round 286: five cues of modality read by ``modality.modality``, on the words before the trigger.

- «ويجب الإشادة بهذه التجربة», «إنه يجب البدء في محادثات», «لا بد من عقد لقاء»: a noun trigger right after a word
  of obligation (``obligation_modals``), or after it and a masdar of starting or doing with its preposition
  (``OWED_STEPS``: «البدء في», «القيام بـ» glued to the trigger), is owed, not told (planned, as «يجب أن يلتقي»
  is: :func:`owed_masdar`); not «يجب على الحكومة التحقيق» (``modality_may.owed`` reads it).
- «وأرسلت الحكومة وفدا إلى القاهرة لكي يلتقي الرئيس»: a verb right after «لكي/كي» is the purpose of the act
  before it, still to come (planned: :func:`purpose_verb`).
- «ورفض برلمان طرابلس التوقيع على الاتفاق», «أنه رفض لقاء الرئيس الأميركي»: a singular noun act of cooperation,
  talks, aid or yielding (CAMEO 03-08) that is the object of a verb or masdar of refusal (``REFUSING``: «وشدد على
  رفض التوقيع»), right after it or past its subject of at most ``SUBJECT_WORDS`` words, is refused, not done
  (negated: :func:`refused_act`); not «رفضت إسرائيل الاتهامات», an act of others, nor «رفض السيطرة», a state.
  Round ev495: a longer subject, of at most ``PHRASE_WORDS`` words, where it is one noun phrase (:func:`one_phrase`:
  «رفض المؤتمر الوطني العام الليبي التوقيع»); not «رفض الرئيس الذي انتخب قبل عام التوقيع».
- «من أجل إقناع المؤتمر العام، المدعوم من تحالف فجر ليبيا، بالتوقيع على اتفاق سلام»: a noun trigger in «بـ»
  whose clause opens, within ``PERSUADE_BACK`` tokens before it (past commas of an apposition, no finite verb
  between), with a word of persuading (``PERSUADING``) is what someone is to be brought to do (planned:
  :func:`persuaded`); not «ووقع الطرفان بالأحرف الأولى على الاتفاق بعد إقناع الوسطاء لهما»: no persuasion before.
- «من أكبر إنجازات الرئيس حال التوقيع عليها»: a noun trigger right after «حال» with no «في» (upon) is an act on
  which something else depends, not yet done (hypothetical: :func:`upon`); not «إن حال المفاوضات صعب», «حال» in
  construct opening a clause (after a complementizer, a preposition or the sentence's start), the state of it.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import mention_index
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop, finite_verb

OWED_STEPS = frozenset(nkey(w) for w in ("البدء", "القيام", "الشروع", "العمل", "في", "من", "على"))
OWED_REACH = 3  # keys from the word of obligation to the trigger («يجب البدء في محادثات»)
PURPOSE = frozenset(nkey(w) for w in ("لكي", "كي"))
UPON = nkey("حال")
REFUSING = fw_keys("refusing_forms")
SUBJECT_WORDS = 3  # words of the refuser between the verb and the act («رفض برلمان طرابلس التوقيع»)
PHRASE_WORDS = 7  # words of a refuser that is one noun phrase («رفض المؤتمر الوطني العام الليبي التوقيع»)
PERSUADING = fw_keys("persuading_forms")
PERSUADE_BACK = 14  # tokens from the word of persuading to the act («إقناع المؤتمر العام، المدعوم من ...، بالتوقيع»)
PHRASE_BREAKS = ("prepositions", "complementizers", "particles", "negations", "subordinators", "auxiliaries")
REFUSABLE = ("03", "04", "05", "06", "07", "08")  # acts a refuser would do: cooperate, meet, aid, yield


def owed_masdar(hit: Hit, before: list[str]) -> bool:
    """A noun trigger owed by a word of obligation before it (see the module)."""
    if hit.pos != "N" or not before:
        return False
    tail = before[-OWED_REACH:]
    for n in range(len(tail) - 1, -1, -1):
        key = tail[n].lstrip("وف")
        if key in fw_keys("obligation_modals"):
            return key != nkey("بد") or n + 1 < len(tail) and tail[n + 1] == nkey("من")  # «لا بد من»
        if tail[n] not in OWED_STEPS:
            return False
    return False


def purpose_verb(hit: Hit, before: list[str]) -> bool:
    """A verb trigger right after «لكي/كي» (see the module)."""
    return hit.pos == "V" and bool(before) and before[-1].lstrip("و") in PURPOSE


def upon(hit: Hit, before: list[str]) -> bool:
    """A noun trigger right after «حال» (upon) that follows a word of its clause (see the module)."""
    if hit.pos != "N" or len(before) < 2 or before[-1].lstrip("و") != UPON:
        return False
    prev = before[-2].lstrip("وف")
    return prev not in fw("prepositions") and prev not in fw("complementizers") and prev not in ("،", ",", ":")


def refused_act(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A singular noun act of 03-08 that a verb of refusal takes as its object (see the module)."""
    return refuser(doc, hit, sent_start) is not None


def refuser(doc: Doc, hit: Hit, sent_start: int) -> int | None:
    """The token of the verb or masdar of refusal whose object is ``hit``, a singular noun act of 03-08
    («رفض برلمان طرابلس التوقيع»: «رفض»); None where no refusal takes it (see the module)."""
    if hit.pos != "N" or not hit.entry.code.startswith(REFUSABLE) or doc.tokens[hit.i].norm_key.endswith("ات"):
        return None
    t = verb_before(doc, hit.i, sent_start, REFUSING)  # («برفض التوقيع»: the masdar too)
    if t is not None and hit.i - t - 1 > SUBJECT_WORDS and {"ب", "ل", "ك"} & set(hit.cand.proclitics):
        return None  # (ev495: «رفض الرئيس الأمريكي المقترحات الإيرانية الخاصة بالتفاوض»: a «بـ» phrase's act)
    return t


def verb_before(doc: Doc, k: int, sent_start: int, forms: frozenset[str]) -> int | None:
    """The token of a verb of ``forms`` (after «و/ف», or a masdar after «بـ») whose object opens at token ``k``,
    right before it or past its subject: at most ``SUBJECT_WORDS`` words, or one noun phrase of at most
    ``PHRASE_WORDS`` (:func:`one_phrase`); None past a clause stop, a finite verb or a preposition («رفضت مصر
    المبادرة ووافقت على لقاء»: another verb's object)."""
    for t in range(k - 1, max(sent_start, k - PHRASE_WORDS - 1) - 1, -1):
        tok = doc.tokens[t]
        key = tok.norm_key
        if key.lstrip("وف") in forms or key.removeprefix("ب") in forms:
            return t if k - t - 1 <= SUBJECT_WORDS or one_phrase(doc, t + 1, k) else None
        if clause_stop(tok.text) or finite_verb(tok) or key in fw("prepositions"):
            return None
    return None


def one_phrase(doc: Doc, i: int, j: int) -> bool:
    """Whether the tokens ``i`` to ``j - 1`` are one noun phrase: after its first word (a noun, maybe in construct:
    «رئيس»), each word is definite («المؤتمر الوطني العام الليبي») or of a name («الرئيس الأمريكي باراك أوباما»);
    not one with a relative («الرئيس الذي انتخب قبل عام») or a function word."""
    mentions = mention_index(doc)
    for t in range(i, j):
        key = doc.tokens[t].norm_key
        if key in fw("relatives") or any(key in fw(s) for s in PHRASE_BREAKS):
            return False
        if t > i and t not in mentions and not (key.startswith("ال") and len(key) > 3):
            return False
    return True


def persuaded(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger in «بـ» that a word of persuading before it brings someone to (see the module)."""
    if hit.pos != "N" or "ب" not in hit.cand.proclitics:
        return False
    for t in range(hit.i - 1, max(sent_start, hit.i - PERSUADE_BACK) - 1, -1):
        tok = doc.tokens[t]
        if tok.norm_key.lstrip("و") in PERSUADING:
            return True
        if tok.text in (".", "؟", "!", ":") or finite_verb(tok) or tok.norm_key in fw("relatives"):
            return False
    return False


__all__ = ["one_phrase", "owed_masdar", "persuaded", "purpose_verb", "refused_act", "refuser", "upon", "verb_before"]

"""Round 133: acts of an episode told before, of a text of law or of a charge faced, of no day said (see
``dating.event_date``).

- «وفي الفترة نفسها، تلقى ... رهائن احتجزتهم الجبهة»: an act in a sentence that points back to a period told
  before (``same_period_phrases``) has no day said.
- «والإعلان بعدها عن تحرير الكويت»: an act right before «بعدها/قبله» (``anaphoric_sequence``) is told after or
  before another act, of no day said.
- «ويستهدف مشروع القانون مرتكبي ...»: a present verb whose subject is a text of law (``legal_texts``) tells what
  the text says, of no day.
- «ويواجه الساعدي عدة اتهامات»: charges one faces (``charge_facing_verbs``, present) are a state, of no day; so
  are the crimes listed «من بينها» after a charge noun, though the tagger read them as verbs («قتل»).
- «منذ افتتاح جلسات مفاوضات الدول الكبرى»: a noun act at the end of a genitive chain of up to ``SINCE_CHAIN``
  nouns after «منذ» (``since_words``) is what a state is dated from, before the news, of no day said.
- «أوقفت السلطات أمس صحيفة، ... بعد انتقادها الاتفاق», «اليوم بعد أن وقعت إيران اتفاقا»: an act right after a
  word of sequence (``told_after_words``, «بعد أن») in a sentence whose time is said before it (in another clause)
  came before that time, of no day said; so does a noun act after «بعد أن تم» (round dt363: «معاينة حالة الموقوفين
  بعد أن تم اتهامهم»: a passive act done before the one told, with or without a time in the sentence).
- «عقد المجلس جلسة ... أمس، برئاسة سلام، الذي افتتح الجلسة بتجديد الدعوة»: an act in a relative clause whose
  verb takes the definite repeat of a noun said before it in the sentence («جلسة» ... «الجلسة») is of that
  occasion, dated by the time said before the relative.
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, phrase_keys
from .lexicon import Hit
from .modality import imperfect
from .word_tests import clause_stop, conj_keys, doc_conj_keys, key_at, past_conjunction

SINCE_CHAIN = 2  # nouns between «منذ» and the noun act at the end of their genitive chain
OCCASION_REACH = 6  # tokens from a relative to a trigger in its clause («الذي افتتح الجلسة بتجديد الدعوة»)
FACING_REACH = 8  # tokens from a present verb of facing to the charge noun it takes
CONTRASTS = ("لكن", "بينما", "فيما", "الا")  # keys that open a clause of contrast («إلا أن»)
LIST_HEADS = ("بينها", "بينهم", "ضمنها")


def _may_open(doc: Doc, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether every word of one of ``phrases`` is the key of a token of ``doc`` with its «و/ف» off
    (``doc_conj_keys``), or a phrase is empty: where not, ``same_period`` finds none (its keys are those)."""
    present = doc_conj_keys(doc)
    return any(present.issuperset(seq) for seq in phrases)


def same_period(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A phrase of ``same_period_phrases`` in the trigger's sentence before it («في الفترة نفسها»), not before a
    word of contrast that opens another clause («... منذ ذلك الحين ...، غير أن المراقبين يؤكدون»)."""
    phrases = phrase_keys(fw("same_period_phrases"))
    if not _may_open(doc, phrases):
        return False  # (no phrase's first word in the text: none is told)
    conj = conj_keys(doc)
    start = sent_start
    for t in range(hit.i - 1, sent_start - 1, -1):
        key = conj[t]
        if key in CONTRASTS or (key == "غير" and t + 1 < hit.i and key_at(doc, t + 1) in ("ان", "أن")):
            start = t + 1
            break
    keys = conj[start : hit.i]
    for seq in phrases:
        n = len(seq)
        if seq[:1] and seq[0] not in keys:
            continue  # (its first word is not there: no need to try each position)
        if any(tuple(keys[s : s + n]) == seq for s in range(len(keys) - n + 1)):
            return True
    return False


def after_it(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """The word right after the trigger is «بعدها/قبله» (``anaphoric_sequence``)."""
    return hit.j + 1 < sent_end and key_at(doc, hit.j + 1) in fw("anaphoric_sequence")


def legal_subject(doc: Doc, hit: Hit, sent_end: int) -> bool:
    """A present verb trigger right before a text of law (``legal_texts``), its subject."""
    if hit.pos != "V" or hit.j + 1 >= sent_end:
        return False
    key = past_conjunction(key_at(doc, hit.i))
    return imperfect(key, True) and not key.startswith("س") and key_at(doc, hit.j + 1) in fw("legal_texts")


def faced_charge(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A charge noun trigger a present verb of facing (``charge_facing_verbs``) takes within ``FACING_REACH``
    tokens of its clause; or a verb-read trigger right after «من بينها» whose list a charge noun heads."""
    key = past_conjunction(key_at(doc, hit.i))
    if hit.pos == "N" and key in fw("charge_nouns"):
        for t in range(hit.i - 1, max(sent_start, hit.i - FACING_REACH) - 1, -1):
            if clause_stop(doc.tokens[t].text) or key_at(doc, t) in fw("complementizers"):
                return False
            if past_conjunction(key_at(doc, t)) in fw("charge_facing_verbs"):
                return True
        return False
    if hit.pos != "V" or hit.i < sent_start + 3 or key_at(doc, hit.i - 1) not in LIST_HEADS \
            or key_at(doc, hit.i - 2) != "من":
        return False
    return any(past_conjunction(key_at(doc, t)) in fw("charge_nouns") for t in range(max(sent_start, hit.i - 5), hit.i - 2))


def told_after(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A trigger right after a word of sequence (``told_after_words``; «بعد أن», «بعد ما») with a time said
    earlier in its sentence; a noun trigger after «بعد أن تم» with or without one."""
    k = hit.i - 1
    if k > sent_start and hit.pos == "N" and key_at(doc, k) == "تم":
        k -= 1  # round dt363: «بعد أن تم اتهامهم»: the passive of the act
    if k < sent_start:
        return False
    prev = past_conjunction(key_at(doc, k))
    if prev in ("ان", "أن", "ما") and k - 1 >= sent_start:
        prev = past_conjunction(key_at(doc, k - 1))
    if prev not in fw("told_after_words"):
        return False
    lo, pos = doc.tokens[sent_start].start, doc.tokens[hit.i].start
    return any(ts.value for ts in doc.times_within(lo, pos)) or k < hit.i - 1


def since_chain(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger after «منذ» past one or two nouns of its genitive chain (no «و», no number, no punctuation
    between; «منذ» right before it is ``past_frames.after_since``)."""
    if hit.pos != "N":
        return False
    for k in range(hit.i - 2, max(sent_start, hit.i - 2 - SINCE_CHAIN) - 1, -1):
        between = doc.tokens[k + 1]
        key = key_at(doc, k + 1)
        if not between.text[:1].isalpha() or key[:1] == "و" or key in fw("complementizers") \
                or any(ts.start <= between.start < ts.end for ts in doc.times):
            return False
        if key_at(doc, k) in fw("since_words"):
            return True
    return False


def same_occasion(doc: Doc, hit: Hit, sent_start: int) -> TimeSpan | None:
    """The dated time said before a relative whose clause holds the trigger (within ``OCCASION_REACH`` tokens,
    no end of clause between), when the relative's verb is followed by the definite repeat of a noun said between
    the time and the relative («جلسة ... أمس ... الذي افتتح الجلسة»)."""
    rel = None
    for t in range(hit.i - 1, max(sent_start, hit.i - OCCASION_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text) or doc.tokens[t].text in (".", ":", "؛"):
            return None
        if key_at(doc, t) in fw("relatives"):
            rel = t
            break
    if rel is None or rel + 2 >= hit.i:
        return None
    noun = key_at(doc, rel + 2)
    if not noun.startswith("ال") or len(noun) < 5:
        return None
    lo = doc.tokens[sent_start].start
    head = [t for t in range(sent_start, rel) if key_at(doc, t) in (noun, noun[2:])]
    if not head:
        return None
    for ts in doc.times:
        if lo <= ts.start and ts.end <= doc.tokens[rel].start and ts.value and len(ts.value) == 10 \
                and doc.tokens[head[0]].end <= ts.start:
            return ts
    return None

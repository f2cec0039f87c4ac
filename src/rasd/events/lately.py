"""Round 265: acts the article's day does not date (see ``dating.event_date``).

- «التقيت أخيرا فلانا», «قررت الوزارة أخيرا فتح تحقيق»: «أخيرا» (``late_words``) right after a perfect verb trigger
  (or after its subject) tells the act as recent, of no day told; not «وأخيرا،», «and finally», opening a clause.
- «هاجمنا بالأمس القريب»: «the near yesterday», a recent past of no one day (not «بالأمس»: yesterday).
- «إعلان القاهرة ... الذي أكد خلاله الجانبان الحرص على ... ورفض التدخل»: an act told in a relative clause on a
  named document (``named_documents``, ``agreement_nouns`` + a name) «خلاله/فيه» is of that document, not of the
  article's day; so is a noun act of its clause.
- «وقتل منذ بدء الحرب أكثر من أربعة آلاف شخص», «وبحسب الحصيلة، فإن 5800 شخص خطفوا»: a running total, counted since
  an onset (``span_onset_nouns``) or given by a tally (``tally_nouns``), is no act of the article's day.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.prefixes import past_clitics
from .described_acts import described_or_topic
from .described_acts import described_past_time as described_past_time  # re-exported for dating (round 278)
from .forms import fw, fw_bare_keys
from .lexicon import Hit, past_keys
from .modality import imperfect
from .word_tests import clause_stop, doc_token_keys, key_at, mention_holding, past_conjunction

LATE_REACH = 3  # tokens after a perfect verb trigger to «أخيرا» (past a subject of up to two words)
NEAR_PAST = frozenset({"بالامس", "الامس", "امس"})  # keys: «بالأمس القريب», «في الأمس القريب»
NEAR_REACH = 4  # tokens either side of the trigger, in its clause, read for «بالأمس القريب»
WITHIN = frozenset({"خلاله", "خلالها", "فيه", "فيها"})  # keys: «الذي أكد خلاله», «التي أعلن فيها»
DOCUMENT_BACK = 8  # tokens back from the relative to the named document («إعلان القاهرة الصادر بمناسبة الزيارة الذي»)
SINCE_REACH = 2  # tokens after a perfect verb trigger to «منذ» + an onset noun («وقتل منذ بدء الحرب»)
TALLY_LEAD = 2  # tokens from the sentence's start to «بحسب/وفق» + a tally noun («وبحسب الحصيلة، فإن»)
CLAUSE_BACK = 25  # tokens back from a noun trigger to the verb of the relative clause it is the object of


def _perfect(doc: Doc, t: int) -> bool:
    """Token ``t`` reads as a perfect verb (not a present «يلتقي»)."""
    key = key_at(doc, t)
    stem = past_conjunction(key, 4)
    return not imperfect(stem, True) or stem in past_keys()


def lately_done(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """«التقيت أخيرا», «قررت الوزارة أخيرا فتح»: «أخيرا» within ``LATE_REACH`` tokens after a perfect verb trigger, in
    its clause and not «وأخيرا»; «بالأمس القريب» within ``NEAR_REACH`` tokens of any trigger, in its clause."""
    keys = doc_token_keys(doc)
    if fw("late_words").isdisjoint(keys) and "القريب" not in keys:
        return False  # (neither «أخيرا» nor «القريب» in the text)
    if hit.pos == "V" and _perfect(doc, hit.i):
        for t in range(hit.j + 1, min(sent_end, hit.j + 1 + LATE_REACH)):
            if clause_stop(doc.tokens[t].text):
                break
            if key_at(doc, t) in fw("late_words"):
                return True
    for t in range(max(sent_start, hit.i - NEAR_REACH), min(sent_end - 1, hit.j + NEAR_REACH)):
        if hit.i <= t <= hit.j:
            continue
        if key_at(doc, t).removeprefix("و") in NEAR_PAST and key_at(doc, t + 1) == "القريب":
            lo, hi = (t, hit.i) if t < hit.i else (hit.j + 1, t)
            if not any(clause_stop(doc.tokens[u].text) for u in range(lo, hi)):
                return True
    return False


def _named_document(doc: Doc, rel: int, sent_start: int) -> bool:
    """A declaration or an agreement noun with a name right after it («إعلان القاهرة», «اتفاق الرياض») within
    ``DOCUMENT_BACK`` tokens before the relative ``rel``, in its clause."""
    for t in range(rel - 1, max(sent_start, rel - DOCUMENT_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text) and t != rel - 1:
            return False  # (a comma right before the relative sets off the relative clause)
        key = past_clitics(key_at(doc, t))
        if (key in fw("named_documents") or key in fw("agreement_nouns")) and t + 1 < rel \
                and mention_holding(doc, t + 1) is not None:
            return True
    return False


def told_within(doc: Doc, v: int, sent_start: int) -> bool:
    """Token ``v`` is a verb right after a relative pronoun and right before «خلاله/فيه», on a named document."""
    if v - 1 < sent_start or v + 1 >= len(doc.tokens) or key_at(doc, v + 1) not in WITHIN:
        return False
    rel = v - 1
    return key_at(doc, rel).removeprefix("و") in fw("relatives") and _named_document(doc, rel, sent_start)


def within_document(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«إعلان القاهرة الذي أكد خلاله الجانبان الحرص على ... ورفض محاولات التدخل»: a verb trigger of such a relative
    clause (``told_within``), or a noun trigger (or a verb with «و») in its clause up to ``CLAUSE_BACK`` tokens
    after it."""
    if hit.pos == "V" and (told_within(doc, hit.i, sent_start) or key_at(doc, hit.i)[:1] != "و"):
        return told_within(doc, hit.i, sent_start)  # (a verb with «و»: «ورفض» in the clause, as a noun)
    for t in range(hit.i - 1, max(sent_start, hit.i - CLAUSE_BACK) - 1, -1):
        key = key_at(doc, t).removeprefix("و")
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers"):
            return False
        if key in WITHIN and t - 1 > sent_start:
            return told_within(doc, t - 1, sent_start)
        if key in fw("relatives"):
            return False
    return False


def lately_undated(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """``lately_done`` or ``within_document``: an act of no day the article tells (round 272: or an act that describes
    an actor, or a topic: ``described_acts``)."""
    return lately_done(doc, hit, sent_start, sent_end) or within_document(doc, hit, sent_start) \
        or running_total(doc, hit, sent_start, sent_end) or described_or_topic(doc, hit, sent_start)


def running_total(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """A perfect verb trigger followed within ``SINCE_REACH`` tokens of its clause by «منذ» + an onset noun («وقتل منذ
    بدء الحرب أكثر من»), or after a sentence opened by «بحسب/وفق» + a tally noun («وبحسب الحصيلة، فإن 5800 شخص
    خطفوا»): the count of a span, not an act of the day."""
    if hit.pos != "V" or not _perfect(doc, hit.i):
        return False
    for t in range(hit.j + 1, min(sent_end - 1, hit.j + 1 + SINCE_REACH)):
        if clause_stop(doc.tokens[t].text):
            break
        if key_at(doc, t).removeprefix("و") == "منذ" \
                and key_at(doc, t + 1).removeprefix("ال") in fw_bare_keys("span_onset_nouns"):
            return True
    for t in range(sent_start, min(hit.i - 1, sent_start + TALLY_LEAD)):
        if key_at(doc, t).removeprefix("و") in fw("fronted_openers") \
                and key_at(doc, t + 1).removeprefix("ال") in fw_bare_keys("tally_nouns"):
            return True
    return False

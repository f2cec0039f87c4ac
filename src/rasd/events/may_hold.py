"""Round 133: what a possible or coming act is (see ``modality.modality``).

- «الجولة الثالثة من المشاورات، يمكن أن تعقد قبل نهاية سبتمبر»: a noun act that a possibility word and «أن» + a
  verb of taking place (``held_future_verbs``) follow is hypothetical.
- «ويستمر الاجتماع حتى 5 أغسطس، وتعلن القرارات بعد عرضها»: a present verb with «و» after a clause that runs
  «حتى» a day after the article's is planned.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import SENTENCE_ENDS
from .forms import fw, nkey
from .lexicon import Hit, past_keys
from .modality_links import and_joined
from .word_tests import clause_stop, doc_conj_keys, key_at, past_conjunction

POSSIBLE_AFTER_REACH = 12  # tokens after a noun trigger read for «يمكن أن تعقد»


def _present(key: str) -> bool:
    """«يعلن», «تعلن», «نعلن»; not «س» + a verb, nor a perfect in «ت»."""
    return len(key) >= 3 and (key[0] in ("ي", "ن") or (key[0] == "ت" and key not in past_keys()))


def possible_after(doc: Doc, hit: Hit) -> bool:
    """A noun trigger followed in its sentence, within ``POSSIBLE_AFTER_REACH`` tokens, by a possibility word,
    «أن» and a verb of taking place; no relative, complementizer or end of sentence between."""
    if hit.pos != "N" or fw("possibility_words").isdisjoint(doc_conj_keys(doc)):
        return False  # (a verb; or no possibility word in the text, its «و/ف» off)
    end = min(len(doc.tokens) - 2, hit.j + 1 + POSSIBLE_AFTER_REACH)
    for t in range(hit.j + 1, end):
        text = doc.tokens[t].text
        key = key_at(doc, t)
        if text in SENTENCE_ENDS or key in fw("complementizers") or key in fw("relatives"):
            return False
        if past_conjunction(key) in fw("possibility_words"):
            return key_at(doc, t + 1) in ("ان", "أن") and past_conjunction(key_at(doc, t + 2)) in fw("held_future_verbs")
    return False


def until_future(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A present verb trigger with «و» after a clause of its sentence with «حتى» and a time later than the
    article's day."""
    if hit.pos != "V" or not and_joined(doc.tokens[hit.i]) or not doc.date:
        return False
    if not _present(past_conjunction(key_at(doc, hit.i))) or hit.i - 1 < sent_start \
            or not clause_stop(doc.tokens[hit.i - 1].text):
        return False
    lo, pos = doc.tokens[sent_start].start, doc.tokens[hit.i].start
    for ts in doc.times:
        if not (lo <= ts.start and ts.end <= pos) or not ts.value or len(ts.value) != 10 or ts.value <= doc.date:
            continue
        t = doc.token_at(ts.start)
        if t is not None and t - 1 >= sent_start and past_conjunction(key_at(doc, t - 1)) == nkey("حتى"):
            return True
    return False

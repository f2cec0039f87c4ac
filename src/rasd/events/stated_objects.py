"""Round gr449: an act of force told only as the bare verbal-noun object of a verb of stating, read by
``condemned.announced`` (and so by ``modality.modality``) as the teller's claim: reported, not asserted.

«أعلن قائد شرطة الأنبار مقتل 20 مسلحا», «وأعلنت حكومة الإقليم مقتل ستة مدنيين», «أكدت الشرطة مقتل ثلاثة»,
«ذكرت الوكالة اعتقال خمسة», «وقد أعلنت سلطات اقليم كردستان العراق أمس، عن ستة قتلى»: the writer tells that the
toll or the arrest was announced, not that he knows it. The verb (``announce_verbs``, ``claim_verbs``; a verb of
relaying, ``relay_verbs``, only with «عن» + its source between: «نقلت الوكالة عن مصدر أمني مقتل عشرة») stands at
most ``REACH`` tokens before the trigger, and what stands between is only its subject (a construct of bare nouns
or names: «قائد شرطة محافظة الأنبار»), a time («أمس»), a comma right after that time, «عن» and the count
(«عن ستة قتلى»). Not past a preposition, a clitic preposition, a verb or a clause stop («أعلن الجيش في بيان»
keeps to the nearer reading), and not for a statement itself (only the codes ``condemned.CLAIMED`` reach here).
A party's announcement of its own act («أعلن الجيش سيطرته على المدينة») is its claim too: reported, as round 123
made it. A toll told before a closing «according to» phrase («قتل 20 في هجوم، بحسب الشرطة») is left to
``reported_frames.told_by_source``.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.number_words import maybe_number
from .forms import fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_stop, entity_at, finite_verb, starts_in_time

REACH = 9  # tokens from the verb to its object («أعلنت سلطات اقليم كردستان العراق أمس، عن ستة قتلى»)
ABOUT = "عن"


def _stating(key: str) -> bool:
    """Whether ``key`` (its «و/ف» off) is a verb of announcing or stating that takes an act as its object."""
    return key in fw("announce_verbs") or key in fw_keys("claim_verbs")


def _between_word(doc: Doc, k: int) -> bool:
    """Token ``k`` may stand between the verb and its object: a word of its subject, a time, a comma after a
    time, «عن» or a count."""
    tok = doc.tokens[k]
    text = tok.text
    if text in ("،", ","):
        return k > 0 and starts_in_time(doc, doc.tokens[k - 1])  # «أمس،»
    if clause_stop(text):
        return False
    key = tok.norm_key
    if key == ABOUT or text.isdigit() or maybe_number(text) or starts_in_time(doc, tok) \
            or entity_at(doc, k) is not None:
        return True
    if key in fw_keys("prepositions") or key in fw("negations") or finite_verb(tok):
        return False
    words = tok.words
    return len(words) == 1 and words[0].kind == "stem" and len(key) >= 3  # a bare noun of the subject


def claimed_object(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger ``hit`` is the object of a verb of stating right before it (see the module)."""
    about = False
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - REACH) - 1, -1):
        key = nkey(doc.tokens[k].text).lstrip("وف")
        if _stating(key):
            return True
        if key in fw_keys("relay_verbs"):
            return about
        if not _between_word(doc, k):
            return False
        about = about or doc.tokens[k].norm_key == ABOUT
    return False

"""Round ev362: an act as the subject of a verb of stating: «وإقراره من قبل اتحاد الكرة يؤكد أن الرياضة السعودية
تسير بالطريق الصحيح» (its adoption by the federation confirms that ...). The subject before a present verb of the
statement codes (CAMEO 01x) is a masdar, not a speaker: one with the agent of a passive act after it («من قبل» +
the doer, within ``AGENT_BACK`` words before the verb, no name as the word before «من قبل»), or a masdar of the
pattern «إفعال» with a pronoun («وإقراره يؤكد», «إعلانه يؤكد») right before the verb. No one states anything: no
event (CAMEO needs an actor who speaks). Also a subject whose head, the first word of the verb's clause (after a
comma, «أن/إن», a relative or the sentence's start, within ``HEAD_BACK`` words and no verb between), is a thing or
a decision (``abstract_doers``, without the article): «وبين أن قرار الاستعانة بمدير أجنبي لدائرة التحكيم يؤكد على
أن ...» (``nonevents`` reads those words only ``DOER_BACK`` words before the verb). Read by ``senses.not_an_event``.

Counter-cases: «حكومة الكفاءات من خلال توجيهات الرئيس، تؤكد أن» (the head is a government),
«والوزير يؤكد أن ...» (a person before the verb), «وإبراهيم يؤكد» (a name, no pronoun), «أكد
إقراره» (a past verb whose subject comes after it).
"""

from __future__ import annotations

from ..doc import Doc
from .dangers import abstract_doer
from .lexicon import Hit
from .modality import imperfect
from .forms import fw, fw_keys
from .word_tests import clause_stop, enclitic, entity_within, finite_verb, key_at, past_conjunction

__all__ = ["act_speaker"]

HEAD_BACK = 8  # words before the verb read for the first word of its clause («قرار الاستعانة بمدير ... يؤكد»)
AGENT_BACK = 5  # words before the verb read for «من قبل» + the doer of the act that is its subject
STATEMENT = "01"  # CAMEO make a public statement (010-019)


def _masdar_if_al(doc: Doc, t: int) -> bool:
    """Token ``t`` is a masdar of the pattern «إفعال» with a pronoun on it («إقراره», «وإعلانها»)."""
    tok = doc.tokens[t]
    stems = [w.form for w in tok.words if w.kind == "stem"]
    if len(stems) != 1 or not enclitic(tok):
        return False
    stem = stems[0]
    return len(stem) == 5 and stem[0] == "إ" and stem[3] == "ا"


def act_speaker(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the subject before the present statement verb ``hit`` is an act (see the module)."""
    if hit.pos != "V" or not hit.entry.code.startswith(STATEMENT) \
            or not imperfect(past_conjunction(key_at(doc, hit.i), 4), True):
        return False
    for u in range(hit.i - 2, max(a, hit.i - AGENT_BACK) - 1, -1):
        if clause_stop(doc.tokens[u].text) or clause_stop(doc.tokens[u + 1].text):
            break
        if key_at(doc, u) == "من" and key_at(doc, u + 1) == "قبل":
            return u - 1 >= a and not clause_stop(doc.tokens[u - 1].text) and entity_within(doc, u - 1) is None
    if hit.i - 1 >= a and _masdar_if_al(doc, hit.i - 1):
        return True
    head = _clause_head(doc, hit, a)
    return head is not None and abstract_doer(doc, head)


def _clause_head(doc: Doc, hit: Hit, a: int) -> int | None:
    """The first word of the clause of the verb ``hit`` (past a negation right before it: «لا ينفي»), where it opens
    after a comma, a complementizer, a relative or the sentence's start within ``HEAD_BACK`` words, no verb between."""
    v = hit.i - 1
    while v >= a and key_at(doc, v) in fw_keys("negations"):
        v -= 1
    for t in range(v, max(a, v - HEAD_BACK) - 1, -1):
        key = key_at(doc, t)
        if clause_stop(doc.tokens[t].text) or key in fw_keys("complementizers") or key in fw("relatives"):
            return t + 1 if t < v else None
        if finite_verb(doc.tokens[t]):
            return None
        if t == a:
            return a
    return None

"""Round dt353: the occasion of a statement that a verb of reacting takes as its object was before the reaction.

«ورحب المجلس بالبيان الصادر عن لجنة مبادرة السلام العربية في اجتماعها الطارئ بالقاهرة», «رحب بالبيان المشترك
الصادر عقب اجتماع وزراء الخارجية»: the meeting in which the statement was issued came before the cabinet welcomed it;
with no time of its own it is of no day the text tells, not the article's. Read so for a noun trigger after
«في/عقب/بعد/خلال/إثر» (``OCCASION_PREPS``) in the phrase of «الصادر/الصادرة» (``ISSUED``), with a verb or masdar
of reacting (``REACTING``: «رحب», «أشاد», «أيد», «أدان», «استنكر» ...) before it in its clause within
``REACT_REACH`` tokens. Not a statement told as news with no reaction («وقال البيان الصادر عقب اجتماع المجلس إن»),
and not where the meeting has a time of its own (read before this test).

Round gr463: so for the statement itself, an announcement noun that a verb or masdar of reacting before it takes as
its object («وبعد اللقاء انتقد لافروف اعلان واشنطن نيتها اتخاذ اجراءات», «أعلن لافروف انتقاده بعد اللقاء، لاعلان
واشنطن نيتها»): what was announced came before the criticism, on no day the text tells (:func:`reacted_statement`;
a comma is crossed only by an object in «لـ», the masdar's, past a time set off: «انتقاده بعد اللقاء، لاعلان»).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw_keys
from .lexicon import Hit
from .word_tests import key_at, past_conjunction

REACT_REACH = 16  # tokens from the verb of reacting to the occasion noun
OCCASION_PREPS = fw_keys("welcomed_occasion_prepositions")
ISSUED = fw_keys("issued_words")
REACTING = fw_keys("reacting_words")
COMPLEMENTIZERS = fw_keys("complementizers")


def welcomed_occasion(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the noun trigger ``hit`` is the occasion a statement reacted to was issued at (see the module)."""
    if reacted_statement(doc, hit, sent_start):
        return True
    if hit.pos != "N" or hit.i - 2 < sent_start or key_at(doc, hit.i - 1) not in OCCASION_PREPS:
        return False
    issued = False
    for k in range(hit.i - 2, max(sent_start, hit.i - 1 - REACT_REACH) - 1, -1):
        if clause_stop(doc.tokens[k].text):
            return False
        key = key_at(doc, k)
        if key in ISSUED:
            issued = True
        elif issued and past_conjunction(key) in REACTING:
            return True
    return False


def reacted_statement(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round gr463: whether the announcement noun ``hit`` is the object of a word of reacting before it in its
    clause, within ``REACT_REACH`` tokens (see the module); one comma is crossed where the noun bears «لـ»."""
    if hit.pos != "N" or not hit.entry.id.startswith("announce"):
        return False
    commas = 1 if key_at(doc, hit.i).startswith("ل") else 0
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - REACT_REACH) - 1, -1):
        key = key_at(doc, k)
        if doc.tokens[k].text in ("،", ",") and commas:
            commas -= 1
            continue
        if clause_stop(doc.tokens[k].text) or key in COMPLEMENTIZERS:
            return False
        if past_conjunction(key) in REACTING:
            return True
    return False

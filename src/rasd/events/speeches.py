"""Round 184: fights, objections and speeches the lexicon reads since this round (``fight``, ``object_to``,
``give_speech`` in triggers.tsv), and what they are not.

- «تحارب المملكة الإرهاب», «نحارب التطرف»: a phenomenon fought (``generic_evils`` or ``abstract_threats`` as the
  verb's object) is a policy, no fight with anyone.
- «الذي حارب من أجل إسقاط النظام», «القوة التي تحارب على الأرض», «من يحارب فصيلا معينا», «سوف تحارب لاستعادة
  مكانها في السوق»: a fight is told only against a foe named (a name or title mention after the verb, before any
  preposition of its clause) or a pronoun on the verb («الميليشيات التي ظلت القبائل تحاربها»).
- «ألقى الوزير باللوم على الحكومة في خطاب أمس»: the speech word of ``give_speech`` must be the verb's object,
  not a word past a preposition or a «بـ» phrase of another sense of «ألقى» («باللوم», «القبض»).
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_stop, enclitic

OBJECT_REACH = 6  # words after «حارب» read for its object, past a subject of up to five words


def _object_is_phenomenon(doc: Doc, hit: Hit, b: int) -> bool:
    evils = fw("generic_evils") | fw("abstract_threats")
    for t in range(hit.j + 1, min(b, hit.j + 1 + OBJECT_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        k = doc.tokens[t].norm_key
        if k in evils or k.removeprefix("و") in evils:
            return True
    return False


def _no_foe(doc: Doc, hit: Hit, b: int) -> bool:
    if enclitic(doc.tokens[hit.j]):
        return False
    starts = {m.start for m in doc.mentions}
    for t in range(hit.j + 1, min(b, hit.j + 1 + OBJECT_REACH)):
        tok = doc.tokens[t]
        if clause_stop(tok.text) or tok.norm_key in fw("prepositions"):
            return True
        if tok.start in starts:
            return False
    return True


def _speech_word_governed(doc: Doc, hit: Hit, b: int) -> bool:
    near = hit.entry.near
    for t in range(hit.j + 1, b):
        k = doc.tokens[t].norm_key
        if k in near:
            return False
        if clause_stop(doc.tokens[t].text) or k in fw("prepositions") or k.startswith("بال") or k == nkey("القبض"):
            return True
    return True


def not_fought_or_spoken(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether a ``fight`` or ``give_speech`` trigger (tokens up to ``b``) tells no event (see the module's doc)."""
    if hit.entry.id == "fight":
        return _object_is_phenomenon(doc, hit, b) or _no_foe(doc, hit, b)
    if hit.entry.id == "give_speech":
        return _speech_word_governed(doc, hit, b)
    return False

"""Round 286: an act that is only what talk is about is no act told. «انتهت محادثات رفيعة المستوى حول إعلان منطقة
تجارة حرة», «الحركة منقسمة بشأن محادثات سلام مع الحكومة», «وردا على سؤال بشأن الاتهامات لأطراف», «وحول التوجه إلى
صنعاء، قال العميد»: a noun trigger right after a topic preposition («حول/بشأن/بخصوص/إزاء/تجاه»:
``described_acts.topic_noun``, not «عن») is no event where the preposition is in the phrase of a noun of talk,
question, division or call, or of a verb of talk («تحدث», «تدور»; function words ``talk_heads``), within
``HEAD_BACK`` words before it with no verb, comma or other preposition between («محادثات رفيعة المستوى حول»), or
where it opens its sentence, or a clause with «و», as the topic of what follows («وحول»). Round 272 left such acts
undated; the judges read them as topics, no happening. Not «البيان الصادر عن فلان، بشأن استنكار الجامعة للقصف»
(«، بشأن» after a noun of statement: an act that was); an act the phrase goes on to tell with a relative clause
(«حول الغارات التي نفذتها الطائرات») stays, and so does one after a noun of inquiry or report («تحقيق حول
الهجوم», «تقرير بشأن الاعتقالات»: not talk heads), which did happen.
"""

from __future__ import annotations

from ..doc import Doc
from .described_acts import topic_noun
from .forms import fw, fw_keys
from .lexicon import Hit
from .word_tests import clause_stop, finite_verb, key_at

HEAD_BACK = 4  # words from the topic preposition back to the noun of talk («محادثات رفيعة المستوى حول»)
TOLD_REACH = 5  # words after the trigger read for a relative pronoun that tells the act («حول الغارات التي نفذتها»)


def _talk_head(doc: Doc, p: int, a: int) -> bool:
    """Whether a noun of talk stands within ``HEAD_BACK`` words before the preposition at token ``p``."""
    for t in range(p - 1, max(a, p - 1 - HEAD_BACK) - 1, -1):
        tok = doc.tokens[t]
        key = key_at(doc, t)
        if key in fw_keys("talk_heads") or key[:1] in ("و", "ل", "ب") and key[1:] in fw_keys("talk_heads"):
            return True  # (a verb of talk too: «وتحدث الوزير حول»)
        if clause_stop(tok.text) or finite_verb(tok):
            return False
        if key in fw("prepositions"):
            return False
    return False


def _opens_clause(doc: Doc, p: int, a: int) -> bool:
    """Whether the preposition at token ``p`` opens its sentence, or a clause after a comma with «و» («وحول التوجه
    ...، قال»); not one set off after a noun («البيان الصادر عن فلان، بشأن استنكار الجامعة للقصف»: the statement's
    topic, an act that was)."""
    return p == a or clause_stop(doc.tokens[p - 1].text) and key_at(doc, p)[:1] == "و"


def talked_topic(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the noun trigger ``hit`` (its sentence tokens ``a``..``b``) is a topic of talk (see the module)."""
    if not topic_noun(doc, hit, a) or hit.i - 1 < a or key_at(doc, hit.i - 1).removeprefix("و") not in fw_keys(
            "topic_prepositions"):
        return False  # (the topic of «تتعلق بـ» is another frame)
    if any(key_at(doc, t) in fw_keys("relatives") for t in range(hit.j + 1, min(b, hit.j + 1 + TOLD_REACH))):
        return False
    return _talk_head(doc, hit.i - 1, a) or _opens_clause(doc, hit.i - 1, a)


__all__ = ["talked_topic"]

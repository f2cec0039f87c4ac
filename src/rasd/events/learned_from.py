"""Round ev816: acts a paper learned from its sources, or that an «according to» phrase names as its sources'
topic, read by ``modality.modality`` with the other «reported» frames:

- «علم/علمت (X) من + source ... أن/بأن» (function words ``learned_verbs``): «علمت «الشرق الأوسط» من مصادر خاصة
  في المقاومة أنه جرى إطلاق سراح 70 طفلا», «وعلم مراسلنا من مصادر أمنية أن الشرطة اعتقلت ثلاثة مسلحين»: the
  acts of the «أن» clause are what the sources told (reported, :func:`learned_from`). Not without «من» and a source
  word or a name after it («وعلمت الصحيفة أن الجيش قصف», «يعلم الجميع أن»: knowing, left as it was), nor past a comma
  after the «أن» («...، فيما قصفت الطائرات»: the writer's own clause).
- «نقلا عن/وفقا لـ/بحسب + source + بشأن/حول/عن + act» (``according_tails``, ``topic_prepositions``): «ما انفردت به
  الصحيفة أمس، نقلا عن مصادر ليبية بشأن تورط الشريف في فضيحة تعذيب المعتقلين»: what the sources say it is about
  (an allegation; :func:`source_topic`). Not an act in the according phrase with no topic word before it
  («وفقا لأحد الحاضرين في اجتماع يوليو، ...»: where the witness was), nor past a comma.
"""

from __future__ import annotations

from ..doc import Doc
from ..quotes.cues import by_source, source_word
from .forms import fw_keys
from .lexicon import Hit
from .reported_frames import body_source
from .word_tests import clause_from, key_at, past_conjunction

__all__ = ["learned_from", "source_topic"]

LEARN_REACH = 6  # tokens from the verb of learning to its «من» («علمت «الشرق الأوسط» من»)
FROM_REACH = 12  # tokens from «من» to the «أن» of what was learned («من مصادر خاصة في المقاومة الشعبية الجنوبية أنه»)
TOPIC_REACH = 6  # tokens from the «according to» word to its topic word («نقلا عن مصادر ليبية بشأن»)


def _named_source(doc: Doc, t: int) -> bool:
    """Token ``t`` is a source word («مصادر», «مصدر») or part of a named entity («من الشرطة», «من رويترز»)."""
    if t >= len(doc.tokens):
        return False
    tok = doc.tokens[t]
    return source_word(tok) or any(m.start <= tok.start < m.end for e in doc.entities for m in e.mentions)


def learned_from(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the trigger is in the «أن» clause of «علم (X) من + source» (see the module), in the same clause."""
    comps = fw_keys("complementizers")
    verbs = fw_keys("learned_verbs")
    lo = clause_from(doc, hit.i, sent_start)
    for c in range(hit.i - 1, lo - 1, -1):
        if key_at(doc, c) not in comps:
            continue
        for m in range(c - 1, max(lo, c - FROM_REACH) - 1, -1):
            if key_at(doc, m) != "من" or not _named_source(doc, m + 1):
                continue
            return any(past_conjunction(key_at(doc, v)) in verbs for v in range(max(lo, m - LEARN_REACH), m))
    return False


def source_topic(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether the trigger follows «according to + source + topic word» in its clause (see the module)."""
    topics = fw_keys("topic_prepositions")
    tails = fw_keys("according_tails")
    lo = clause_from(doc, hit.i, sent_start)
    for p in range(hit.i - 1, lo - 1, -1):
        if key_at(doc, p) not in topics:
            continue
        for a in range(p - 2, max(lo, p - TOPIC_REACH) - 1, -1):
            if key_at(doc, a).removeprefix("و") in tails:
                return by_source(doc, a) or body_source(doc, a)
        return False
    return False

"""The doer of a noun act under a verb of being able with no subject after it (round ev413): «ذكرت وزارة الداخلية
التونسية أنها تمكنت من اعتقال أكثر من 20 عنصرا», «إن القوات الأمنية تمكنت من تفجير ثماني مركبات», «إن المقاومة
في محافظة إب تمكنت من السيطرة على موقع». The act right after «من» with the verb (function words ``ability_verbs``)
right before it is done by that verb's subject, which stands before the verb: the speaker whose pronoun is on the
«أنها/إنه» right before it (``agents.speaker_for``, as for a finite verb there), else the phrase before the verb by
word order (``subjects.subject_before``): a name, or a phrase headed by a word of people or a body (function words
``actor_heads``: «القوات الأمنية», not «الخطة الأمنية»). None where the pronoun's speaker is unnamed or no such
phrase stands before the verb.
Called by ``clauses.able_subject`` where no phrase stands between the verb and «من» (VSO is read there).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import can_act
from .agents import pronoun_complementizer_before, speaker_for
from .chunks import Chunk
from .forms import fw_bare_keys
from .lexicon import Hit
from .subjects import subject_before


def able_before(doc: Doc, chunks: list[Chunk], hit: Hit, v: int, a: int) -> Chunk | None:
    """The subject before the verb of being able at token ``v`` (right before «من» and the act at ``hit``) in the
    sentence from token ``a``, as the module docstring says; None where there is none."""
    if v <= a:
        return None
    verb = Hit(v, v, hit.entry, "V", hit.cand)  # (the verb's own place: whose pronoun or phrase stands before it)
    if pronoun_complementizer_before(doc, v, a):
        return speaker_for(doc, chunks, verb, None, a)
    subject = subject_before(doc, chunks, v, a, nominal=False)
    if subject is None or subject.number or not can_act(doc, subject):
        return None
    head = doc.tokens[subject.i].norm_key.removeprefix("و").removeprefix("ال")
    return subject if subject.entity is not None or head in fw_bare_keys("actor_heads") else None

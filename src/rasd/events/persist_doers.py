"""Round ev470: the doer of a masdar after a verb of persisting and «في».

«بينما يستمر الأسد في القتل», «وتستمر إسرائيل في اعتقال الفلسطينيين», «تمضي الحكومة في تنفيذ»: a bare masdar right
after «في» that follows a verb of persisting (function words ``persisting_verbs``) or that verb's subject is the
verb's object, done by its subject (as ``subjects.after_aspect`` reads «واصل الجيش قصف»). These verbs stand apart
from ``aspect_verbs`` because without «في» the masdar is their subject, not their object: «استمر القصف» has no
doer. A subject found before a feminine verb («وأعلن حزب الله ... وتستمر في») must agree with it.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import PLURAL_ENDINGS, feminine_verb
from .actors import can_act
from .chunks import Chunk, verb_key
from .forms import PLACES, fw
from .governed_subjects import governed_subject
from .lexicon import Hit
from .phrases import masculine_head
from .subjects import subject_before
from .word_tests import enclitic

IN = "في"  # the preposition the verbs of persisting govern their act with
ARTICLE = "ال"  # the only proclitic of the masdar («في القتل»; not «في وقتل»)


def _agrees(doc: Doc, subject: Chunk, v: int) -> bool:
    """Whether ``subject``, found before the verb of persisting at ``v``, can be its subject: not a masculine head
    (:func:`phrases.masculine_head`) before a feminine verb; a place (a state) agrees."""
    key = verb_key(doc.tokens[v].text)
    return subject.j > v or subject.etype in PLACES or not feminine_verb(key) or not masculine_head(
        doc, subject.i, subject.etype, subject.entity)


def persist_reading(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[bool, Chunk | None]:
    """For the masdar ``hit`` after «في» and a verb of persisting, or after that verb's subject right after it:
    (True, the subject), else (False, None): also where the subject is dropped and not found, cannot act or does not
    agree (the other readings of the masdar stay open)."""
    toks = doc.tokens
    f = hit.i - 1
    if f - 1 < sent_start or toks[f].norm_key != IN or hit.pos != "N" or any(
            p != ARTICLE for p in hit.cand.proclitics) or enclitic(toks[hit.j]):
        return False, None
    key = verb_key(toks[f - 1].text)
    if key in fw("persisting_verbs"):  # «وتستمر في اعتقال»: the subject is said before or dropped
        subject = subject_before(doc, chunks, f - 1, sent_start, nominal=False, plural=key.endswith(PLURAL_ENDINGS))
        return (True, subject) if subject is not None and _agrees(doc, subject, f - 1) else (False, None)
    c = next((c for c in chunks if c.j == f - 1), None)
    subject = governed_subject(doc, chunks, c, sent_start, "persisting_verbs")  # none for «يستمر العمل في بناء»
    return (True, subject) if subject is not None and can_act(doc, subject) else (False, None)

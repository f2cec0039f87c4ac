"""Round 182: an act a legal provision names is no told happening.

- «ويعرّف القانون الكيان الإرهابي بأنه ... الدعوة إلى تعطيل القوانين», «ويحظر القانون ... الاعتداء على»: an event
  whose trigger stands in its sentence after a present verb of providing (``provision_verbs``) whose subject is a
  text of law right after it (``provision_texts``: «القانون», «المادة», «مشروع القانون»; not «مشروع قناة») is
  what the text provides for: hypothetical, of no day.
  The verb itself («ويستهدف مشروع القانون», dated none by ``episodes.legal_subject``) keeps its reading.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, phrase_keys
from .word_tests import conj_keys, doc_conj_keys, key_at

KEPT = ("negated", "hypothetical")


def provision_start(doc: Doc, a: int, b: int) -> int | None:
    """The first token of sentence tokens ``a``..``b`` that is a present verb of providing right before a text of
    law."""
    texts = phrase_keys(fw("provision_texts"))
    conj = conj_keys(doc)
    for t in range(a, b - 1):
        if conj[t] not in fw("provision_verbs"):
            continue
        for words in texts:
            if tuple(key_at(doc, u) for u in range(t + 1, min(b, t + 1 + len(words)))) == words:
                return t
    return None


def legal_provisions(doc: Doc, events: list[Event]) -> None:
    """Mark hypothetical, with no day, the ``events`` a legal provision names (see the module)."""
    verbs = fw("provision_verbs")
    if doc_conj_keys(doc).isdisjoint(verbs):
        return  # (no verb of providing in the text: no sentence holds a provision)
    starts: dict[int, int | None] = {}
    for e in events:
        if e.modality in KEPT:
            continue
        i = doc.token_at(e.trigger.start)
        a = doc.token_at(e.sentence.start)
        if i is None or a is None:
            continue
        if a not in starts:
            b = doc.token_at(max(e.sentence.start, e.sentence.end - 1))
            starts[a] = provision_start(doc, a, (b if b is not None else a) + 1)
        k = starts[a]
        if k is not None and k + 1 < i:
            e.modality, e.date = "hypothetical", None

"""Round ev709, after the events are made (from ``conjuncts.conjuncts``): a «و» act chained after the act an
intention noun governs is part of the same intention.

«أعلن كيري عزمه التوجه إلى الدوحة للقاء وزراء خارجية دول مجلس التعاون وبحث الملف النووي معهم»: «وبحث», read by
the word layer as a perfect verb (its subject then sought elsewhere in the sentence), is the masdar joined by «و» to
the noun act before it («للقاء»), itself governed by an intention noun (``intention_nouns``: «عزمه، نيتها،
اعتزامه») a few words before it in its clause. The chained act takes that act's source, its modality (planned) and
its date, and its target where it has none. Not where a comma, an end mark, a complementizer or a relative stands
between («... للقاء الأمير، وبحث الوزير معه»: a new clause), nor where no intention noun opens the chain
(«وصل الوزير إلى الدوحة للقاء الأمير وبحث معه الملف»: told as done, left as it is).
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.marks import ENDS_AND_QUOTES
from ..text.normalize import COMMAS
from .forms import fw, nkey
from .modality_links import and_joined
from .shared_time import act_before, open_between

CHAIN_REACH = 10  # tokens at most from the act before to the «و» act chained after it
INTENT_BACK = 6  # tokens before the act before read for the intention noun that governs it
STOPS = ENDS_AND_QUOTES | frozenset(COMMAS)  # a comma, an end mark or a quotation mark ends the chain


def _intended(doc: Doc, k: int, sent_start: int) -> bool:
    """Whether an intention noun stands a few tokens before token ``k`` in its clause («عزمه التوجه ... للقاء»)."""
    for t in range(k - 1, max(sent_start, k - INTENT_BACK) - 1, -1):
        if doc.tokens[t].text in STOPS:
            return False
        if nkey(doc.tokens[t].text).lstrip("وفب") in fw("intention_nouns"):
            return True
    return False


def intent_chain(doc: Doc, events: list[Event]) -> None:
    """Each «و» verb-read act chained after an intended noun act (see the module) takes that act's parties."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if k is None or ev.attrs.get("pos") != "V" or not and_joined(doc.tokens[k]):
            continue
        p = act_before(events, ev)
        if p is None:
            continue
        a = doc.token_at(p.trigger.end - 1)
        first = doc.token_at(p.trigger.start)
        if a is None or first is None or p.attrs.get("pos") != "N" or p.modality != "planned" or p.source is None \
                or k - a > CHAIN_REACH or not open_between(doc, a + 1, k, commas=True):
            continue
        s = doc.token_at(ev.sentence.start)
        if s is None or not _intended(doc, first, s):
            continue
        ev.source, ev.modality, ev.date = p.source, p.modality, p.date
        if ev.target is None or ev.target == ev.source:
            ev.target = p.target

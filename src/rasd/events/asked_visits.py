"""Round ev301: a visit whose postponing or cancelling is asked of someone is that one's visit.

«طلب الوزراء من نائب الرئيس تأجيل الزيارة إلى نهاية الأسبوع»: those who ask («الوزراء») are not the visitors; the
one asked with «من» («نائب الرئيس») is. A visit noun (CAMEO 042) right after a masdar of putting off or calling off
(``put_off_masdars``: «تأجيل», «إلغاء», «إرجاء») that follows «من X» after a verb of asking (``asking_verbs``:
«طلب», «طالبوا») within its clause takes X as its source: the person or body named there, else the phrase. Nothing
where anything but X's words stands between «من» and the masdar (a verb, a comma), nor where X is the target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey
from .source_set import set_party
from .word_tests import verb_key

VISIT = "042"
ASK_REACH = 2  # tokens from the verb of asking to «من»
PHRASE_REACH = 5  # tokens of the phrase after «من»
FROM = nkey("من")
STOPS = frozenset("،,.:؛;()«»\"")


def _asked_one(doc: Doc, masdar: int, a: int) -> tuple[int, int] | None:
    """The first and last tokens of X in «verb من X» right before the masdar at token ``masdar`` (from token ``a``)."""
    for p in range(masdar - 2, max(a - 1, masdar - 2 - PHRASE_REACH), -1):
        if doc.tokens[p].text in STOPS:
            return None
        if doc.tokens[p].norm_key != FROM:
            continue
        asks = any(verb_key(doc.tokens[v].text) in fw("asking_verbs") for v in range(max(a, p - ASK_REACH), p))
        return (p + 1, masdar - 1) if asks else None
    return None


def asked_visits(doc: Doc, events: list[Event]) -> None:
    """Give a visit put off or called off at someone's asking that one as its visitor (module docstring)."""
    for ev in events:
        if ev.code != VISIT or ev.attrs.get("pos") != "N":
            continue
        t = doc.token_at(ev.trigger.start)
        a = doc.token_from(ev.sentence.start)
        if t is None or a is None or t < a + 3:
            continue
        key = nkey(doc.tokens[t - 1].text).removeprefix("و")
        if key not in fw("put_off_masdars"):
            continue
        found = _asked_one(doc, t - 1, a)
        if found is None:
            continue
        lo, hi = doc.tokens[found[0]].start, doc.tokens[found[1]].end
        named = {e.id for e in doc.entities for m in e.mentions if lo <= m.start and m.end <= hi}
        who = next(iter(named)) if len(named) == 1 else None
        if len(named) > 1 or (who is not None and who == ev.target):
            continue
        set_party(ev, "source", who, doc.text, lo, hi)

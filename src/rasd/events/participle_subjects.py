"""Round ev301: a verb in «، و» after a participle of saying and its «أن» clause goes on with the one who says.

«وأشار المحافظ فلان إلى أن الوضع تحسن، مؤكدا أن رئيس الوزراء تفقد الأحياء بعد وصوله، وأشاد بصمود السكان»: the
participle «مؤكدا» (``saying_participles``) is said by the subject of the main verb; the «أن» clause after it has a
subject of its own («رئيس الوزراء»); the verb in «، و» after that clause («وأشاد») joins the participle, not the
«أن» clause: its doer is the one who says, the actor of the quote the participle cues. Only for the nearest cue
before the verb in its sentence, where the participle opens an «أن» clause, the verb agrees with the participle in
gender and number («مؤكدة» … «وأشادت»), and the verb names no subject after it.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from ..text.verb_gender import verb_agreement
from .forms import fw, nkey
from .word_tests import verb_key
from .source_set import name_source

COMPLEMENTIZERS = frozenset(nkey(w) for w in ("أن", "أنه", "أنها", "بأن", "إن", "إنه"))


def _participle_agreement(key: str) -> str:
    """"p", "f" or "m" for a participle's key («مؤكدين», «مؤكدة», «مؤكدا»)."""
    if key.endswith(("ين", "ون")):
        return "p"
    return "f" if key.endswith(("ه", "ة")) else "m"


def participle_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a «، و» verb after a participle's «أن» clause the one who says (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "V":
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or t < 3 or doc.tokens[t - 1].text not in COMMAS or not nkey(doc.tokens[t].text).startswith("و"):
            continue
        span = ev.attrs.get("source_span")
        if isinstance(span, list) and span[0] > ev.trigger.start:
            continue  # (its own subject after it)
        cues = [q for q in doc.quotes if ev.sentence.start <= q.cue.start < ev.trigger.start]
        if not cues:
            continue
        q = max(cues, key=lambda x: x.cue.start)
        c = doc.token_at(q.cue.start)
        who = q.actor()
        if c is None or who is None or who == ev.source or who == ev.target or c + 1 >= t:
            continue
        key = verb_key(doc.tokens[c].text)
        if key not in fw("saying_participles") or doc.tokens[c + 1].norm_key not in COMPLEMENTIZERS:
            continue
        if _participle_agreement(key) != verb_agreement(verb_key(doc.tokens[t].text)):
            continue
        ent = doc.entity(ev.source) if ev.source is not None else None
        if ent is not None and any(ev.trigger.end <= m.start < ev.sentence.end for m in ent.mentions):
            continue  # (named after the verb: its own subject)
        name_source(ev, who)

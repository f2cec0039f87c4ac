"""Round ev445: a verb of force whose subject before it is a campaign noun told with its doer in a relative clause.

«لكن معظم الضربات التي نفذتها أنقرة حتى الآن استهدفت حزب العمال الكردستاني»: a verb trigger of force (CAMEO 18,
19) with no source, right after a named party (past only a time: «حتى الآن», a time expression) that is the subject
of a light verb with the act's pronoun («نفذتها», ``acting.relative_verb``) after a relative pronoun (function
words ``relatives``) on a definite campaign noun (``force_topic_nouns``: «الضربات», «الغارات»): the campaign is the
verb's subject, and the party named its doer. Not where the relative clause is on another noun («المواقع التي
زارها الوزير أمس استهدفت»: no campaign), nor where anything but a time stands between the name and the verb (the
verb then has a subject of its own). Round ev459: commas may set the time off («التي نفذتها أنقرة، حتى الآن،
استهدفت»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .acting import relative_verb
from .chunk_reads import in_time
from .chunks import mention_index
from .forms import bare, fw, fw_keys, nkey
from .source_set import name_party

FORCE = ("18", "19")  # CAMEO: assault, fight
COMMAS = ("،", ",")  # round ev459: «أنقرة، حتى الآن، استهدفت»: the time set off by commas
UNTIL = nkey("حتى")  # «حتى الآن»: up to now (with ``so_far_words``)


def _before_time(doc: Doc, t: int, first: int) -> int:
    """The token before the run of time words that ends at token ``t`` (a time expression, «حتى» + a word of
    ``so_far_words``; round ev459: and the commas that set it off, «أنقرة، حتى الآن، استهدفت»), within the sentence
    from token ``first``; ``t`` itself where none ends there."""
    toks = doc.tokens
    while t >= first:
        if in_time(doc, toks[t]) or toks[t].text in COMMAS:
            t -= 1
        elif t - 1 >= first and toks[t].norm_key in fw_keys("so_far_words") and toks[t - 1].norm_key == UNTIL:
            t -= 2
        else:
            break
    return t


def campaign_doer(doc: Doc, v: int, first: int) -> str | None:
    """The entity named as the doer in the relative clause of the campaign noun that is the subject of the verb at
    token ``v`` (module docstring), in the sentence from token ``first``; else None."""
    toks = doc.tokens
    last = _before_time(doc, v - 1, first)
    named = mention_index(doc).get(last) if last >= first else None
    s = doc.token_at(named[2]) if named is not None else None
    if named is None or s is None or s - 3 < first or doc.token_at(named[3] - 1) != last:
        return None
    if not relative_verb(toks[s - 1].text) or bare(toks[s - 2].norm_key, "relatives") not in fw("relatives"):
        return None
    return named[0] if toks[s - 3].norm_key.removeprefix("و") in fw_keys("force_topic_nouns") else None


def subject_act_doers(doc: Doc, events: list[Event]) -> None:
    """Give a verb of force with no source the doer its campaign subject's relative clause names (module
    docstring)."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "V" or not ev.code.startswith(FORCE):
            continue
        v, first = doc.token_at(ev.trigger.start), doc.token_from(ev.sentence.start)
        eid = campaign_doer(doc, v, first) if v is not None and first is not None else None
        if eid is not None and eid != ev.target:
            name_party(ev, "source", eid)
            ev.attrs["source_campaign"] = True

"""Round ev391: a verb of targeting that describes the campaign a named actor launched is that actor's act.

«وقد أطلق الرئيس رجب طيب اردوغان «حربًا على الارهاب»، تستهدف حزب العمال الكردستاني», «وشن الجيش التركي حملة
عسكرية تستهدف مواقع الحزب»: a verb of force (PLOVER ASSAULT) with no source and no conjunction on it, right after
the object of a verb of launching or conducting (function words ``launching_verbs``, ``force_light_verbs``) whose
named subject follows that verb (VSO, past at most ``TITLE_WORDS`` words of title) or ends right before it (SVO,
past «قد»: «وكان الرئيس فلان قد أطلق»), describes that object (the war, the campaign): the subject does it. Only where nothing but the object phrase stands between the subject and the verb
(no relative, no clause stop; a comma and quotation marks only right before the verb; the object's first word a
quotation mark or a word with no clitic), within ``REACH`` words; only a person or a body acts so.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import bare, fw
from .source_set import name_party
from .word_tests import clause_stop, mention_holding

REACH = 8  # words from the subject's end to the verb of targeting
TITLE_WORDS = 2  # title words between the verb of launching and the named subject («الرئيس رجب طيب اردوغان»)
WORDS = ("launching_verbs", "force_light_verbs")
ACTORS = ("PERSON", "ORGANIZATION")
SET_OFF = ("،", ",", "«", "»", '"')


def _launcher(doc: Doc, k: int) -> str | None:
    """The named subject of the verb of launching whose object ends right before token ``k`` (the module's doc)."""
    toks = doc.tokens
    end = k
    while end > 0 and toks[end - 1].text in SET_OFF:
        end -= 1
    for t in range(end - 1, max(0, end - REACH - TITLE_WORDS - 2), -1):
        text = toks[t].text
        if clause_stop(text) or text in ("،", ",") or bare(toks[t].norm_key, "relatives") in fw("relatives"):
            return None
        if t + 1 < end and any(bare(toks[t].norm_key, w) in fw(w) for w in WORDS):
            return _before(doc, t) if _object_at(doc, t + 1) else None  # SVO: «وكان فلان قد أطلق «حربا»، تستهدف»
        m = mention_holding(doc, t)
        if m is None or m.entity is None or m.type not in ACTORS:
            continue
        first = doc.token_at(m.start)
        if first is None or end - t - 1 > REACH or t + 1 >= end or not _object_at(doc, t + 1):
            return None  # (a name must end before the object: the object is the words between)
        for v in range(first - 1, max(-1, first - 2 - TITLE_WORDS), -1):
            if any(bare(toks[v].norm_key, w) in fw(w) for w in WORDS):
                return m.entity
        return None
    return None


def _object_at(doc: Doc, k: int) -> bool:
    """Token ``k`` opens an object phrase: a quotation mark or a word with no clitic before it («حربا», «حملة»; not
    «لليوم الثاني», an adverbial before a masdar the verb governs)."""
    tok = doc.tokens[k]
    return tok.text in SET_OFF[2:] or tok.words[0].kind != "proclitic"


def _before(doc: Doc, v: int) -> str | None:
    """The named subject right before the verb of launching at token ``v``, past «قد» («فلان قد أطلق»)."""
    k = v - 1 if v > 0 and doc.tokens[v - 1].norm_key != "قد" else v - 2
    m = mention_holding(doc, k) if k >= 0 else None
    return m.entity if m is not None and m.type in ACTORS and m.end == doc.tokens[k].end else None


def launched_acts(doc: Doc, events: list[Event]) -> None:
    """Give a verb of targeting that describes a launched campaign the launcher as source (module docstring)."""
    for ev in events:
        if ev.source is not None or ev.plover != "ASSAULT" or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or k < 3 or doc.tokens[k].words[0].kind == "proclitic":
            continue
        eid = _launcher(doc, k)
        if eid is not None and eid != ev.target:
            name_party(ev, "source", eid)

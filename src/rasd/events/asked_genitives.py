"""Round ev361: the named genitive of an appeal or a demand whose maker is known is the one asked.

«وحمل الأمر رئيس الإقليم مسعود بارزاني على الرد بمطالبة حزب العمال الكردستاني بسحب مقاتليه», «وكانت ردود الفعل
سريعة من الملك فهد بدعوة صدام إلى الانسحاب»: a noun of appealing or demanding (CAMEO 02, 10) whose source the rules
read elsewhere (the subject of the verb it completes, the «من» phrase) and which has no target is aimed at the party
named right after it in its genitive, where what is asked follows that name: «إلى» or a «بـ/لـ» word («إلى
الانسحاب», «بسحب»), or a bare masdar («سحب مقاتليه»). A genitive of such a noun is its maker or its addressee; with
the maker named elsewhere it is the addressee.

Nothing where the genitive is the source itself, no actor (a town, a thing), or where nothing asked follows it
(«دعوة الأمم المتحدة الأخيرة»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import nkey
from .lexicon import masdar
from .source_set import name_party
from .word_tests import mention_holding

ASKING = ("02", "10")
TO = nkey("إلى")
ASKED_CLITICS = ("ب", "ل")


def _asked_after(doc: Doc, n: int) -> bool:
    """Token ``n`` opens what is asked: «إلى», a word with «بـ/لـ» on it, or a bare masdar."""
    tok = doc.tokens[n]
    if tok.norm_key == TO:
        return True
    words = tok.words
    if len(words) > 1 and words[0].kind == "proclitic" and words[0].norm in ASKED_CLITICS:
        return True
    return masdar(tok.norm_key)


def asked_genitives(doc: Doc, events: list[Event]) -> None:
    """Give an appeal or demand noun with a known maker the party named in its genitive (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "N" or ev.source is None or ev.target is not None \
                or ev.attrs.get("target_span") or not ev.code.startswith(ASKING):
            continue
        k = doc.token_from(ev.trigger.end)
        if k is None or k >= len(doc.tokens) or doc.tokens[k].start >= ev.sentence.end:
            continue
        m = mention_holding(doc, k)
        ent = doc.entity(m.entity) if m is not None and m.entity is not None else None
        if m is None or ent is None or m.start != doc.tokens[k].start or ent.id == ev.source:
            continue
        if ent.type not in ("PERSON", "ORGANIZATION") and not (ent.actor and len(ent.actor) == 3):
            continue
        last = doc.token_at(m.end - 1)
        if last is None or last + 1 >= len(doc.tokens) or not _asked_after(doc, last + 1):
            continue
        name_party(ev, "target", ent.id)
        ev.attrs["target_asked"] = True

"""An agent phrase is the doer of the act right before it, not of an act further back (round 263).

«طلب التحقيق في جريمة إحراق الرضيع على يد مستوطنين»: an agent phrase («على يد», «على أيدي», «من قبل», «بواسطة»:
function words ``agent_preps``) names who did the act nearest before it («إحراق»); an earlier act of its clause whose
trigger stands before that one («التحقيق») and that took the same source (the same name or the same phrase after the
agent words) loses it: the investigation is not the settlers'. Nothing where no other event's trigger stands between
the act and the agent words, or where that nearer act has another source.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, nkey, phrase_keys
from .source_set import name_party

REACH = 12  # tokens from the earlier act's trigger to the agent words


def _same_source(a: Event, b: Event) -> bool:
    if a.source is not None:
        return a.source == b.source
    span_a = a.attrs.get("source_span")
    span_b = b.attrs.get("source_span")
    return isinstance(span_a, list) and len(span_a) == 2 and span_a == span_b


def agent_words_at(doc: Doc, lo: int, hi: int) -> int | None:
    """The first token in lo..hi-1 that opens agent words («على يد مستوطنين»)."""
    agents = phrase_keys(fw("agent_preps"))
    toks = doc.tokens
    for k in range(lo, hi):
        first = toks[k].norm_key  # (a phrase whose first word is not this one is not tried further)
        for ph in agents:
            if (not ph or ph[0] == first) and tuple(
                    toks[n].norm_key for n in range(k, min(len(toks), k + len(ph)))) == ph \
                    and not _adverb_before(doc, k + len(ph)):
                return k
    return None


def _adverb_before(doc: Doc, n: int) -> bool:
    """Round ev291: «حيث التقى من قبل بممثلين للحوثيين»: agent words with no noun right after them (token ``n``
    is a punctuation mark, a preposition or a word in «بـ/لـ», or the text ends) are «before», an adverb: no doer."""
    if n >= len(doc.tokens):
        return True
    tok = doc.tokens[n]
    if not tok.text[:1].isalpha():
        return True
    return tok.norm_key in fw("prepositions") or (
        len(tok.words) > 1 and tok.words[0].kind == "proclitic" and tok.words[0].norm in ("ب", "ل"))


def nearest_agents(doc: Doc, events: list[Event]) -> None:
    """Take from an act the source that agent words give the nearer act after it (module docstring)."""
    for ev in events:
        if ev.source is None and not ev.attrs.get("source_span"):
            continue
        e = doc.token_at(ev.trigger.end - 1)
        if e is None:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        a = agent_words_at(doc, e + 1, min(end, e + 1 + REACH))
        if a is None:
            continue
        lo, hi = doc.tokens[e].end, doc.tokens[a].start
        nearer = [o for o in events if o is not ev and lo <= o.trigger.start and o.trigger.end <= hi]
        if not nearer or not all(_same_source(ev, o) for o in nearer):
            continue
        if any(doc.tokens[n].text in ("،", ",", ".", "؛") for n in range(e + 1, a)):
            continue  # (another clause: the agent words may be the earlier act's own)
        name_party(ev, "source", None)
        ev.attrs["source_nearer_agent"] = True

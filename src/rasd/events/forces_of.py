"""Round 168: the forces or aircraft of a body named by a bare definite word, as the doer.

- «قصف عنيف لقوات التحالف على البلدة»: an event whose source phrase, left unnamed, is a doer's head noun (function
  words ``gentilic_doer_heads``, ``named_doer_heads``) and one bare definite word no mention holds («التحالف») is
  done by the one organisation named before in the article whose name opens with that word, or with a doer's head
  and that word («قوات التحالف العربي»); none where the article names no such body or more than one. Round en613:
  never an opposition body («المعارضة السورية» OPP): «قوات المعارضة» is the armed opposition, REB (groups).
- «منشورات عبر طائرات التحالف تدعو الأهالي»: a verb right after «عبر/بواسطة X» (function words
  ``via_words``) whose X is such a phrase is done by that body (the leaflets its aircraft drop speak for it), over a
  source the passes borrowed from outside the sentence; the phrase itself where no body is found.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .armed_opposition import opposition_body
from .forms import fw_keys, nkey
from .source_set import name_party, set_phrase
from .word_tests import mention_holding


def _heads() -> frozenset[str]:
    return fw_keys("gentilic_doer_heads") | fw_keys("named_doer_heads")


def _stem(doc: Doc, k: int) -> str:
    """Token ``k``'s key without «و» and a glued «لـ/بـ» («لقوات»)."""
    key = doc.tokens[k].norm_key.removeprefix("و")
    heads = _heads()
    if key not in heads and key[:1] in ("ل", "ب") and key[1:] in heads:
        return key[1:]
    return key


def _body_of(doc: Doc, word: int, at: int) -> Entity | None:
    """The one organisation named before character ``at`` that the bare definite word at token ``word`` stands for."""
    key = doc.tokens[word].norm_key
    if not key.startswith("ال") or mention_holding(doc, word) is not None:
        return None
    heads = _heads()
    found = []
    for e in doc.entities:
        words = [nkey(w) for w in e.name.split()]
        if e.type != "ORGANIZATION" or not words or not any(m.end <= at for m in e.mentions) or opposition_body(e):
            continue
        if words[0] == key or len(words) > 1 and words[0] in heads and words[1] == key:
            found.append(e)
    return found[0] if len(found) == 1 else None


def _forces_phrase(doc: Doc, first: int, end: int, at: int) -> Entity | None:
    if end != first + 2 or _stem(doc, first) not in _heads():
        return None
    return _body_of(doc, first + 1, at)


def forces_of(doc: Doc, events: list[Event]) -> None:
    """Give an act done by a body's forces or aircraft, named by a bare word, that body (module docstring)."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        if ev.attrs.get("pos") == "V" and k >= 3 and doc.tokens[k - 3].norm_key in fw_keys("via_words"):
            sent = ev.sentence
            body = _forces_phrase(doc, k - 2, k, ev.trigger.start)
            src = doc.entity(ev.source) if ev.source is not None else None
            outside = src is not None and not any(sent.start <= m.start < sent.end for m in src.mentions)
            if _stem(doc, k - 2) in _heads() and (ev.source is None or outside):
                if body is not None and body.id != ev.target:
                    name_party(ev, "source", body.id)
                elif body is None:
                    ev.source = None
                    start, stop = doc.tokens[k - 2].start, doc.tokens[k - 1].end
                    set_phrase(ev, "source", doc.text, start, stop)
                continue
        span = ev.attrs.get("source_span")
        if ev.source is not None or not isinstance(span, list):
            continue
        first, end = doc.token_at(int(span[0])), doc.token_from(int(span[1]))
        body = _forces_phrase(doc, first, end, ev.trigger.start) if first is not None and end is not None else None
        if body is not None and body.id != ev.target:
            name_party(ev, "source", body.id)

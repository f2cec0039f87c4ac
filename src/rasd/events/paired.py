"""Round 197: the other party of talks two named subjects hold: «إن كيري ولافروف سيناقشان القضايا في اجتماع».

A meeting or talks noun (CAMEO 040, 046), indefinite and with no pronoun of its own, whose source is the first of two
parties named together as its clause's subject («X وY»), with no target of its own, has the second as its target:
the two meet each other. The second is named right after the first past «و»; a third party after it («أوكرانيا وروسيا
والمتمردين»), a clause break or a comma between the pair and the noun, or a name or a genitive right after the noun
(«في اجتماع لرابطة آسيان», «مفاوضات الحكومة»: a meeting of others they attend) leaves it without one.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.marks import QUOTE_MARKS
from .forms import bare, fw, nkey
from .word_tests import breaks_between, enclitic, entity_within, finite_verb, has_letters

TALKS = ("040", "046")
REACH = 14  # tokens from the second party to the noun
PARTIES = ("PERSON", "ORGANIZATION", "LOCATION")


def second_party(doc: Doc, ev: Event, first: Entity, k: int) -> tuple[Entity, int] | None:
    """The party named right after ``first``'s last mention before token ``k`` past «و», and the token after it."""
    starts = [m for m in first.mentions if ev.sentence.start <= m.start < doc.tokens[k].start]
    if not starts:
        return None
    after = doc.token_from(starts[-1].end)
    if after is None or after >= k or not doc.tokens[after].norm_key.startswith("و"):
        return None
    second = entity_within(doc, after)
    if second is None or second.id == first.id or second.type not in PARTIES or second.type != first.type and \
            PARTIES.index(second.type) + PARTIES.index(first.type) != 3:  # a person with a person or a body...
        return None
    m = next((m for m in second.mentions if m.start >= doc.tokens[after].start), None)
    nxt = doc.token_from(m.end) if m is not None else None
    return (second, nxt) if nxt is not None else None


def _own_phrase(doc: Doc, k: int, end: int) -> bool:
    """Token ``k`` right after the noun opens a name or a genitive of its own: the meeting is others'."""
    if k >= end:
        return False
    tok = doc.tokens[k]
    if tok.text in QUOTE_MARKS or not has_letters(tok.text) or entity_within(doc, k) is not None:
        return tok.text in QUOTE_MARKS or entity_within(doc, k) is not None
    if len(tok.words) > 1:
        return False  # «بالعاصمة», «لتوقيع»: a phrase of its own preposition
    key = tok.norm_key
    return bare(key, "prepositions") not in fw("prepositions") and not finite_verb(tok) and (
        key.startswith("ال") or key[:1] not in ("ي", "ت"))


def paired_targets(doc: Doc, events: list[Event]) -> None:
    """Give talks of two subjects named together the second as target (module docstring)."""
    for ev in events:
        if ev.code not in TALKS or ev.source is None or ev.target is not None or ev.attrs.get("pos") != "N" \
                or ev.attrs.get("target_text"):
            continue
        k = doc.token_at(ev.trigger.start)
        last = doc.token_at(ev.trigger.end - 1)
        first = doc.entity(ev.source)
        if k is None or last is None or first is None or first.type not in PARTIES:
            continue
        word = doc.tokens[k].norm_key
        if "ال" in (word[:2], word[1:3], word[2:4]) or enclitic(doc.tokens[last]):
            continue  # «الاجتماع», «بالاجتماع», «اجتماعهما»: a meeting told before or owned
        pair = second_party(doc, ev, first, k)
        if pair is None:
            continue
        second, nxt = pair
        if doc.tokens[nxt].norm_key.startswith("و") and entity_within(doc, nxt) is not None:
            continue  # a third party
        if nxt > k or k - nxt > REACH or breaks_between(doc, nxt, k) or \
                any(doc.tokens[t].text in ("،", ",") for t in range(nxt, k)):
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if _own_phrase(doc, last + 1, min(end, len(doc.tokens))):
            continue
        ev.target = second.id
        ev.attrs.pop("target_span", None)

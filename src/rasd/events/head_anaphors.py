"""A target told by the bare head noun of a name said just before: «المدينة», «المديرية», «الحزب».

«وقصفت القوات مواقع في مدينة عدن ثم حاصرت المدينة», «شنت تركيا غارات على الحزب» after «حزب العمال الكردستاني»: an
event with no target, whose target phrase (the one the argument rules read and the entity layer left unnamed) is one
definite word whose head is a noun of a kind of place (function words ``anaphoric_place_heads``: «مدينة», «مديرية»,
«بلدة») or of a body (``anaphoric_body_heads``: «حزب», «حركة», «تنظيم»), stands for the name that head last named,
in its sentence or the one before: back from the phrase, the first name written with that head («مدينة عدن»,
«بمدينة عدن», «مديرية «...»»; «حزب العمال الكردستاني») is the target, past countries and past towns written with another head of
places («مدينة المكلا، محافظة حضرموت ... المدينة»).

Round 147: the head may be the genitive of a bare noun («معاقل الحزب», a body only), which then stands for the one
body written with that head anywhere before in the article where the nearer sentences give none (two such bodies:
none); a bare «الحزب» keeps the nearer search alone.

Nothing where a name of the kind written with no head stands nearer («مدينة حمص ... حلب ... ودخلت المدينة»: the nearer
town may be the one meant; for a body, any other body), where the name is the head alone, or where it is the event's
own source.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Entity, Event
from ..text.marks import OPENING_QUOTES
from .forms import fw, nkey, stem_key
from .source_set import name_party

PLACE = "LOCATION"
BODY = "ORGANIZATION"


def _heads() -> frozenset[str]:
    return fw("anaphoric_place_heads") | fw("anaphoric_body_heads")


def _head(doc: Doc, span: object) -> tuple[str, str] | None:
    """(head key, entity type) of a one-word definite target phrase of a listed head, else None."""
    if not isinstance(span, list) or len(span) != 2:
        return None
    k = doc.token_at(int(span[0]))
    if k is not None and doc.tokens[k].end != span[1] and k + 1 < len(doc.tokens) and \
            doc.tokens[k + 1].end == span[1] and _bare_noun(doc, k):
        k += 1  # round 147: «معاقل الحزب»: the head in the genitive of a bare noun
        found = _head_at(doc, k)
        return found if found is not None and found[1] == BODY else None
    if k is None or doc.tokens[k].end != span[1]:
        return None
    return _head_at(doc, k)


def _bare_noun(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is one word with no article, clitic or digit: a noun that may head a genitive."""
    words = doc.tokens[k].words
    text = doc.tokens[k].text
    return len(words) == 1 and words[0].kind == "stem" and not nkey(text).startswith("ال") and text.isalpha()


def _head_at(doc: Doc, k: int) -> tuple[str, str] | None:
    """(head key, entity type) of token ``k``, a definite word of a listed head, else None."""
    stems = [w for w in doc.tokens[k].words if w.kind == "stem"]
    if len(stems) != 1 or any(w.kind == "enclitic" for w in doc.tokens[k].words):
        return None
    key = nkey(stems[0].form)
    if not key.startswith("ال"):
        return None
    key = key[2:]
    if key in fw("anaphoric_place_heads"):
        return key, PLACE
    if key in fw("anaphoric_body_heads"):
        return key, BODY
    return None


def _country(ent: Entity) -> bool:
    return ent.type == PLACE and ent.actor is not None and len(ent.actor) == 3


def _written_head(doc: Doc, start: int, end: int) -> str | None:
    """The head a mention is written with: the first word of the name, or the word right before it («بمدينة عدن»)."""
    words = doc.text[start:end].split()
    if len(words) > 1 and nkey(words[0]).removeprefix("و") in _heads():
        return nkey(words[0]).removeprefix("و")
    k = doc.token_at(start)
    while k is not None and k > 0 and doc.tokens[k - 1].text in OPENING_QUOTES:
        k -= 1  # («مديرية «مشرعة وحدنان»»)
    if k is None or k == 0:
        return None
    key = stem_key(doc.tokens[k - 1], last=True, form=True, bare="")
    return key if key in _heads() else None


def _antecedent(doc: Doc, ev: Event, at: int, head: str, typ: str) -> str | None:
    """Back from offset ``at`` to the start of the sentence before: the first name written with ``head``; a name of
    the same kind written with another head of places («محافظة حضرموت» before «المدينة») is passed, one written with
    none («حلب») or a body of no head, for a body, stops the search (it may be the one meant); a country is passed."""
    starts = [s.start for s in doc.sentences]
    n = bisect_right(starts, ev.sentence.start) - 1
    lo = starts[n - 1] if n >= 1 else ev.sentence.start
    before = sorted(((m.start, m.end, ent) for ent in doc.entities for m in ent.mentions
                     if lo <= m.start and m.end <= at), key=lambda x: x[0], reverse=True)
    for start, end, ent in before:
        written = _written_head(doc, start, end)
        if written == head:
            return ent.id if ent.id != ev.source and ent.type in (PLACE, BODY) else None
        if ent.type != typ or _country(ent):
            continue
        if written is None or typ == BODY:
            return None
    return None


def only_body(doc: Doc, ev: Event, at: int, head: str) -> str | None:
    """Round 147: the one body written with ``head`` anywhere before offset ``at`` («حزب العمال الكردستاني» paragraphs
    before «الحزب»); None where two are, or where it is the event's own source."""
    found = {ent.id for ent in doc.entities if ent.type == BODY for m in ent.mentions
             if m.end <= at and _written_head(doc, m.start, m.end) == head}
    return next(iter(found)) if len(found) == 1 and ev.source not in found else None


def head_anaphor_targets(doc: Doc, events: list[Event]) -> None:
    """Give an event whose target phrase is a bare head noun the name that head last named (module docstring)."""
    for ev in events:
        if ev.target is not None:
            continue
        span = ev.attrs.get("target_span")
        found = _head(doc, span)
        if found is None or not isinstance(span, list):
            continue
        tid = _antecedent(doc, ev, int(span[0]), *found)
        if tid is None and found[1] == BODY and doc.token_at(int(span[0])) != doc.token_at(int(span[1]) - 1):
            tid = only_body(doc, ev, int(span[0]), found[0])  # a genitive only: «على الحزب» stays with the nearer
        if tid is not None:
            name_party(ev, "target", tid)
            ev.attrs["target_head"] = True


def head_token_referent(doc: Doc, ev: Event, k: int) -> str | None:
    """Round ev361: the name the bare head noun at token ``k`` («الحزب») last named, in its sentence or the one before
    (the rule above, for a pass that reads the phrase itself: «ما دفع X إلى مطالبة الحزب»); None where token ``k``
    is no definite word of a listed head or no such name stands before it."""
    found = _head_at(doc, k)
    return _antecedent(doc, ev, doc.tokens[k].start, *found) if found is not None else None

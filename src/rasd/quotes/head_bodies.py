"""A body named before and then by the head noun of its name alone, for the ``quotes`` stage: «جبهة النصرة ... .
وجاء في بيان صادر عن الجبهة», «حركة أحرار الشام ... . وقالت الحركة»: the one organisation whose name opens with that
head (definite_body_heads), where the last time the article used that head before it was for that body (not for an
unnamed one: «وكالة مكافحة الفساد ... الوكالة» is not «وكالة رويترز» named earlier).

Round 53: where the entity layer already reads the head as an anaphor of a body (``entities.barebodies`` for
bare_body_heads, ``entities.coref`` for the rows of anaphors.tsv), that body is the answer. The rule below stays for
what the entity layer leaves alone: barebodies takes a sole body only, this rule the one whose name the article used
last, within two sentences («جبهة ثوار سوريا» and «جبهة النصرة» named, «بيان صادر عن الجبهة» right after «النصرة»);
dropping it for «الجبهة» lost that speaker in the 347 articles.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey

_OPENERS = ("و", "ف")


def _head_key(text: str) -> str:
    """«والجبهة», «للجبهة», «عن الجبهة»'s «الجبهة» → «جبهة»; «جبهة» stays; other words keep their «ال»-less key."""
    key = nkey(text)
    if key[:1] in _OPENERS and len(key) > 3 and key[1:3] in ("ال", "لل"):
        key = key[1:]
    if key.startswith("لل"):
        return key[2:]
    return key.removeprefix("ال")


def _definite_head(doc: Doc, i: int) -> str | None:
    """The head noun at token ``i`` where it is definite and alone (definite_body_heads, not followed by a definite
    word that would make it another name: «الجبهة الشامية»): the head without «ال»; None otherwise."""
    key = doc.tokens[i].norm_key
    if key[:1] in _OPENERS and key[1:3] in ("ال", "لل"):
        key = key[1:]
    if key.startswith("لل"):
        key = "ال" + key[2:]
    if key not in fw("definite_body_heads") and key not in fw("army_body_heads"):
        return None  # (round 51: «الجيش» too, for quotes only: «وأكد الجيش» after «الجيش التركي»)
    nxt = doc.tokens[i + 1].norm_key if i + 1 < len(doc.tokens) else ""
    if nxt.startswith("ال") and nxt not in fw("weekday_words"):
        return None  # («الجيش الأحد»: a day, no other name)
    return key.removeprefix("ال")


NEAR_SENTENCES = 2  # sentences back to the latest use of a head several bodies' names open with


def named_head_body(doc: Doc, i: int, at: int) -> str | None:
    """The organisation the bare definite head at token ``i`` stands for: one named before character ``at`` whose
    name opens with that head, where the latest use of the head before token ``i`` is in a mention of it (or is itself
    a bare head); where several such bodies are named, that latest use must stand within NEAR_SENTENCES sentences of
    the head («جبهة ثوار سوريا ... «جبهة النصرة» ... . وجاء في بيان صادر عن الجبهة»: the one just named); None
    otherwise."""
    head = _definite_head(doc, i)
    if head is None:
        return None
    tok = doc.tokens[i]
    linked = next((m.entity for m in doc.mentions if m.source == "anaphor" and m.entity is not None
                   and m.start < tok.end and tok.start < m.end), None)
    if linked is not None:
        return linked  # the entity layer's anaphor mention (barebodies, coref): its body
    found = {e.id for e in doc.entities if e.type == "ORGANIZATION" and e.name.split()
             and _head_key(e.name.split()[0]) == head and any(m.end <= at for m in e.mentions)}
    spans = {(m.start, m.end, e.id) for e in doc.entities for m in e.mentions}
    introduced = {k: eid for k in range(i) if _head_key(doc.tokens[k].text) == head
                  and (eid := _introduced(doc, k, spans)) is not None}  # «شركة «آبل»»: the head, then the name
    found |= set(introduced.values())
    if not found:
        return _armed_forces(doc, i, head, at)
    for k in range(i - 1, -1, -1):
        tok = doc.tokens[k]
        if _head_key(tok.text) != head:
            continue
        owner = next((eid for a, b, eid in spans if a < tok.end and tok.start < b), None)  # («والجيش التركي»: past «و»)
        owner = owner or introduced.get(k)
        if owner is not None:
            return owner if owner in found and (len(found) == 1 or _near(doc, tok.start, doc.tokens[i].start)) else None
        if _definite_head(doc, k) is None:
            return None  # «وكالة مكافحة الفساد»: a body the entity layer does not name used the head last
    return None


def _introduced(doc: Doc, k: int, spans: set[tuple[int, int, str]]) -> str | None:
    """The organisation whose name stands right after the indefinite head at token ``k`` («شركة «آبل»», «شركة
    مايكروسوفت»), the head in none of its mentions: the body the head introduced; None otherwise."""
    if doc.tokens[k].norm_key.removeprefix("و").startswith("ال") or any(
            a < doc.tokens[k].end and doc.tokens[k].start < b for a, b, _ in spans):
        return None
    u = k + 1
    while u < len(doc.tokens) and doc.tokens[u].text in ("«", '"'):
        u += 1
    if u >= len(doc.tokens):
        return None
    orgs = {e.id for e in doc.entities if e.type == "ORGANIZATION"}
    return next((eid for a, b, eid in spans if a == doc.tokens[u].start and eid in orgs), None)


def _armed_forces(doc: Doc, i: int, head: str, at: int) -> str | None:
    """«وقال بيان للجيش» where no body named before opens with «الجيش» but one with «القوات المسلحة» (armed_forces_names)
    is, and no «الجيش» before token ``i`` stands in another name: that body; None otherwise."""
    if "ال" + head not in fw("army_body_heads"):
        return None
    openers = [n.split() for n in fw("armed_forces_names")]
    found = {e.id for e in doc.entities if e.type == "ORGANIZATION" and any(m.end <= at for m in e.mentions)
             and any([nkey(w) for w in e.name.split()[: len(o)]] == o for o in openers)}
    if len(found) != 1:
        return None
    spans = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    if any(_head_key(doc.tokens[k].text) == head and any(a < doc.tokens[k].end and doc.tokens[k].start < b for a, b in spans)
           for k in range(i)):
        return None  # «الجيش الحر» named before: «الجيش» may be that one
    return next(iter(found))


def _near(doc: Doc, a: int, b: int) -> bool:
    """Characters ``a`` and ``b`` stand within NEAR_SENTENCES sentences of each other."""
    between = sum(1 for s in doc.sentences if a < s.start <= b)
    return between <= NEAR_SENTENCES

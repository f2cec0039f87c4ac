"""The one pushed to an act does it (round 263): «ما دفع X لتنظيم احتجاجات», «مما دفع بالأمنيين إلى اعتقال».

An act told after «إلى» or a «لـ» (on its own noun: «للاحتجاج»), or after one light masdar with either
(function words ``act_light_masdars``: «لتنظيم احتجاجات», «إلى تنظيم احتجاجات»), governed by a verb of pushing
(``pushing_verbs``) whose subject is a relative before it («ما دفع», «مما دفع», «الذي دفع»: the cause, said
before), is done by the one pushed: the phrase between the verb and «إلى/لـ» (past a time word; a «بـ» on it is
off: «دفع بالأمنيين»), a person or a body the article names or an unnamed phrase of people or of a body
(``actor_phrase``). It replaces the source the argument rules gave (often the masdar's genitive, there whom the act
is aimed at: «إلى مطالبة الحزب بالمغادرة»); a name in that genitive becomes the target where the act has none.

Nothing where the verb's subject is not a relative before it («ودفعت النقابات ثمنا لتنظيم»: the subject follows,
what is paid is the object), where a clause stop stands between, or where the phrase cannot act (a place, a time,
an abstraction: «دفع الأمور إلى التصعيد»).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .acting import actor_phrase
from .chunks import plain_chunk
from .forms import PLACES, bare, fw, nkey
from .head_anaphors import head_token_referent
from .source_set import set_party
from .word_tests import clause_stop, entity_at, lam_clitic, starts_in_time

TO_WORD = "إلى"
PUSHING_SUBJECTS = ("ما", "مما")  # «وهو ما دفع», «مما دفع»: the relative is the verb's subject
REACH = 7  # tokens from the verb to «إلى/لـ»
ACTORS = ("PERSON", "ORGANIZATION")


def _lam(doc: Doc, k: int) -> bool:
    """Token ``k`` opens with the proclitic «لـ» (not «ال»): split off, or «للـ» («للاحتجاج»)."""
    return lam_clitic(doc, k) or doc.tokens[k].norm_key.startswith("لل")


def act_marker(doc: Doc, k: int) -> int | None:
    """The token of the «إلى/لـ» the act at token ``k`` is governed by (module docstring)."""
    if _lam(doc, k):
        return k
    if k < 1:
        return None
    prev = doc.tokens[k - 1].norm_key
    if prev == nkey(TO_WORD):
        return k - 1
    if bare(prev, "act_light_masdars") not in fw("act_light_masdars") and prev.removeprefix("ل") not in fw(
            "act_light_masdars"):
        return None
    if _lam(doc, k - 1) or prev.startswith("ل") and prev[1:] in fw("act_light_masdars"):
        return k - 1  # «لتنظيم احتجاجات», «لشن هجوم» (round au1021: the «لـ» the word layer left on the word)
    return k - 2 if k >= 2 and doc.tokens[k - 2].norm_key == nkey(TO_WORD) else None


def _pushing_verb(doc: Doc, m: int) -> int | None:
    """The verb of pushing a few tokens before the marker ``m``, its subject a relative before it."""
    for t in range(m - 1, max(0, m - 1 - REACH), -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return None
        if bare(tok.norm_key, "pushing_verbs") not in fw("pushing_verbs"):
            continue
        if t == 0 or t + 1 >= m:
            return None
        before = doc.tokens[t - 1].norm_key
        if before in PUSHING_SUBJECTS or bare(before, "relatives") in fw("relatives"):
            return t
        return None
    return None


def _pushed(doc: Doc, v: int, m: int) -> tuple[str | None, int, int] | None:
    """The one pushed between the verb ``v`` and the marker ``m``: (entity id or None, start, end)."""
    last = m - 1
    while last > v and starts_in_time(doc, doc.tokens[last]):
        last -= 1  # («دفع طائرات التحالف أمس إلى»)
    first = v + 1
    if last < first:
        return None
    tok = doc.tokens[first]
    start = tok.start
    bi = len(tok.words) > 1 and tok.words[0].kind == "proclitic" and tok.words[0].norm == "ب"
    if bi:
        start = tok.words[1].start  # «دفع بالأمنيين»
    ent = entity_at(doc, first)
    if ent is not None:
        ends = [mn.end for mn in ent.mentions if mn.start <= doc.tokens[first].end and mn.end > start]
        if ent.type not in ACTORS or not ends or max(ends) < doc.tokens[last].end:
            return None  # (a place, or a name that is only part of the phrase)
        return ent.id, start, doc.tokens[last].end
    if any((e := entity_at(doc, n)) is not None and (n == first or e.type not in PLACES) for n in range(first, last + 1)):
        return None  # (round ev351: a place in the genitive of an unnamed body is part of it: «حكومة كردستان المحلية»)
    acts = _people(nkey(doc.text[start : tok.end])) if bi else actor_phrase(doc, plain_chunk(doc.tokens, first, last))
    if not acts:
        return None
    return None, start, doc.tokens[last].end


def _people(key: str) -> bool:
    """A definite noun of people or of a body, or a definite plural of people («الأمنيين», «المحتجون»)."""
    stem = key.removeprefix("ال")
    return key.startswith("ال") and (stem in fw("actor_heads") or key.endswith("يين") or key.endswith("ون"))


def pushed_doers(doc: Doc, events: list[Event]) -> None:
    """Give an act governed by «ما دفع X إلى/لـ» the one pushed as its source (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") == "V":
            continue
        k = doc.token_at(ev.trigger.start)
        m = act_marker(doc, k) if k is not None else None
        v = _pushing_verb(doc, m) if m is not None else None
        found = _pushed(doc, v, m) if v is not None and m is not None else None
        if found is None:
            continue
        eid, start, end = found
        gen = entity_at(doc, k + 1) if k is not None and k + 1 < len(doc.tokens) else None
        if ev.target is None and not ev.attrs.get("target_span") and gen is not None and gen.type in ACTORS \
                and gen.id != eid:
            ev.target = gen.id  # («إلى مطالبة حزب العمال»: the genitive is whom it is aimed at)
        set_party(ev, "source", eid, doc.text, start, end)
        if ev.target is not None and ev.target == ev.source:
            ev.target = None
        if ev.target is None and not ev.attrs.get("target_span") and k is not None and k + 1 < len(doc.tokens) \
                and (tid := head_token_referent(doc, ev, k + 1)) is not None:
            ev.target = tid  # round ev361: «إلى مطالبة الحزب»: the party «الحزب» last named
        ev.attrs["source_pushed"] = True

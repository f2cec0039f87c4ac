"""Round ev416: an act faced is undergone. «وتواجه الحكومة انتقادات حادة من المعارضة», «لا تزال قوات المعارضة فيها
تواجه الهجمات»: a noun act of criticising, rejecting, threatening, of a sanction or of force (the CAMEO families of
:mod:`.undergone`) with no target, that is the direct object of a verb of facing (function words ``facing_verbs``:
«واجه», «تواجه», «يواجهون», «تلقى») a few words before it in its clause, has as its target the verb's subject, read as
:mod:`.undergone` reads the one who undergoes an act after «تعرض»: the party named between the verb and the act
(VSO), else the unnamed phrase there, else (nothing between) the subject opening the clause before the verb.

Nothing where the act bears a preposition («تواجه بالقوة»: the means, no act faced), where a preposition, a clause
break, a function word, another act or a verb stands between the verb and the act («تواجه الهجمات رغم الحصار»:
no siege faced), or for the masdar «مواجهة» (a clash of its own).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import is_content
from .forms import bare, fw, fw_keys, nkey
from .source_set import name_party, set_phrase
from .undergone import UNDERGONE, give_undergoer
from .word_tests import clause_stop, finite_verb

REACH = 6  # tokens from the act back to the verb of facing
COUNTED = 3  # words of a count that faces the act («32 شخصا»)
NEGATIONS = (nkey("لا"), nkey("ما"))  # «لا تزال», «ما زالت»
IN_IT = frozenset(nkey(w) for w in ("فيها", "فيه", "فيهم"))  # «وواجه فيها 32 شخصا»: where, before the subject


def _facing_verb(doc: Doc, k: int, lo: int) -> int | None:
    """The token of a verb of facing at most ``REACH`` tokens before the act at token ``k``, with no preposition,
    clause break or other verb between; None where none is."""
    verbs = fw_keys("facing_verbs")
    for v in range(k - 1, max(lo - 1, k - 1 - REACH), -1):
        tok = doc.tokens[v]
        if bare(tok.norm_key, "facing_verbs") in verbs:
            return v
        if clause_stop(tok.text) or bare(tok.norm_key, "prepositions") in fw("prepositions") or finite_verb(tok):
            return None
    return None


def _still(doc: Doc, v: int, lo: int) -> int | None:
    """«لا تزال قوات المعارضة فيها تواجه»: the token of a verb of lasting after «لا/ما» (``still_verbs``) at most
    ``REACH`` tokens before the verb of facing at ``v``, its subject between them; else None."""
    for t in range(v - 2, max(lo, v - 1 - REACH), -1):
        tok = doc.tokens[t]
        if bare(tok.norm_key, "still_verbs") in fw("still_verbs"):
            return t if t - 1 >= lo and doc.tokens[t - 1].norm_key.lstrip("وف") in NEGATIONS else None
        if clause_stop(tok.text) or finite_verb(tok):
            return None
    return None


def faced_parties(doc: Doc, events: list[Event]) -> None:
    """Give an act faced with no target the one who faces it (module docstring)."""
    for ev in events:
        if not ev.code.startswith(UNDERGONE) or ev.attrs.get("pos") != "N":
            continue
        if ev.target is not None or ev.attrs.get("target_span"):
            continue
        k = doc.token_at(ev.trigger.start)
        lo = doc.token_at(ev.sentence.start)
        if k is None or lo is None or k <= lo:
            continue
        words = doc.tokens[k].words
        if words and words[0].kind == "proclitic" and words[0].norm not in ("و", "ف"):
            continue  # («بالقوة», «لهجمات»: a preposition's, left to the rules of «تعرض»)
        v = _facing_verb(doc, k, lo)
        if v is None or any(o is not ev and doc.tokens[v].end <= o.trigger.start < ev.trigger.start for o in events):
            continue  # («تواجه الهجمات رغم الحصار»: the siege is no object of the verb)
        after = v + 1 if v + 2 < k and doc.tokens[v + 1].norm_key in IN_IT else v  # «وواجه فيها 32 شخصا اتهامات»
        if any(not is_content(doc.tokens[t]) and not doc.tokens[t].text[:1].isdigit() for t in range(after + 1, k)):
            continue
        still = _still(doc, v, lo) if after == k - 1 else None
        if still is not None:  # «لا تزال قوات المعارضة فيها تواجه الهجمات»: the subject after the verb of lasting
            give_undergoer(doc, ev, still, v)
        else:
            give_undergoer(doc, ev, after, k)
        if ev.target is None and not ev.attrs.get("target_span") and after + 1 < k <= after + 1 + COUNTED \
                and doc.tokens[after + 1].text[:1].isdigit():  # «وواجه فيها 32 شخصا اتهامات»: the count faces it
            set_phrase(ev, "target", doc.text, doc.tokens[after + 1].start, doc.tokens[k - 1].end)
            ev.attrs["target_undergoer"] = True
        _drop_source_before(doc, ev, v)


def _drop_source_before(doc: Doc, ev: Event, v: int) -> None:
    """Round en842: an act faced, its target now the one who faces it, has no doer named before the verb of facing
    at token ``v``: that party is of another clause («القضية التي نظرت فيها محكمة بروكسل الجنائية، وواجه فيها 32
    شخصا اتهامات»: the court hears the case, it accuses no one); the doer comes after the act («من ...»)."""
    span = ev.attrs.get("source_span")
    if (ev.target is not None or ev.attrs.get("target_span")) and isinstance(span, list) \
            and span[1] <= doc.tokens[v].start:
        name_party(ev, "source", None)

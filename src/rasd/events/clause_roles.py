"""Round 216: roles a trigger takes from the clause around it.

A participle of state (ḥāl) spelt as a dual past verb (``hal_subject``):
«لجأ فلان إلى صنعاء طالبا الوحدة»: «طالبا» (asking, the accusative participle of «طلب») has the letters of the dual
past of «طالب» (the two demanded). Right after the complement in a preposition of a clause whose subject is one
named party (a comma may stand before it), with no «و/ف» on it and no dual before it, it is a participle of state: its doer is that subject.

The charges a party denies (``charge_denier``): «نفى المشتبه به فلان كل تلك الاتهامات»: a charge noun (function words
``charge_nouns``) in the clause of a verb of denying (``denying_verbs``) is made against the one who denies it; not charges pointed back to with a demonstrative after an accusation told
before («اتهمت الحكومة الحركة ... ورفضت الوزارة هذه الاتهامات»).
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, clause_stop, in_time
from .forms import PLACES, fw, nkey
from .word_tests import key_at, past_conjunction
from .lexicon import Hit
from .told_again import charge_after_verb

ACTORS = ("PERSON", "ORGANIZATION")
HAL_REACH = 12  # tokens from the participle back to the subject of its clause
DENIER_REACH = 10  # tokens back from a charge noun to the verb denying it («نفى المشتبه به فلان كل تلك الاتهامات»)


def hal_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """The subject of the clause a dual-shaped verb trigger at ``hit`` is a participle of state in (see the module),
    else None."""
    toks = doc.tokens
    if hit.pos != "V" or hit.i != hit.j or hit.cand.proclitics or hit.i - 3 < sent_start:
        return None
    key = toks[hit.i].norm_key
    if not key.endswith("ا") or key.endswith(("وا", "تا", "ها")) or len(key) < 5 or key[:1] in ("ي", "ت", "ن"):
        return None  # (a present verb, a feminine dual, «قصفها»: a pronoun on it)
    if any(w.kind != "stem" for w in toks[hit.i].words):
        return None
    last = hit.i - 2 if toks[hit.i - 1].text in ("،", ",") else hit.i - 1  # («إلى نيويورك، طالبا»)
    before = next((c for c in chunks if c.j == last), None)
    if before is None or before.prep is None or before.entity is not None and before.etype not in PLACES:
        return None  # («الطرفان طالبا»: a dual subject; a party in a preposition may be the pair)
    for c in chunks:
        if c.i >= before.i or c.i < hit.i - HAL_REACH or c.i < sent_start:
            continue
        if any(clause_stop(toks[u].text) for u in range(c.i, last + 1)):
            continue
        if c.prep is None and c.entity is not None and c.etype in ("PERSON", "ORGANIZATION") and not in_time(doc, c):
            return c
    return None


def charge_denier(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """The named party (a person or body) that denies the charge noun at ``hit`` (see the module): the subject
    right after the verb of denying (VSO) or right before it (SVO); else None."""
    toks = doc.tokens
    if hit.pos != "N" or past_conjunction(key_at(doc, hit.i)) not in fw("charge_nouns") or _told_charges(doc, hit.i):
        return None
    for t in range(hit.i - 1, max(sent_start, hit.i - DENIER_REACH - 1) - 1, -1):
        if clause_stop(toks[t].text):
            return None
        if past_conjunction(key_at(doc, t)) not in fw("denying_verbs") | fw("charge_facing_verbs"):
            continue  # (ev291: «ويواجه فلان عدة اتهامات»: the charges are made against the one who faces them too)
        after = next((c for c in chunks if t < c.i < hit.i), None)
        if after is not None and after.prep is None and after.entity is not None and (after.etype in ACTORS or after.etype in PLACES):
            return after
        if after is not None and after.prep is None and after.entity is None:
            name = next((c for c in chunks if after.j < c.i < hit.i and c.i <= after.j + 2), None)
            if name is not None and name.prep is None and name.entity is not None and name.etype == "PERSON":
                return name  # («نفى المشتبه به فلان»: the one he is, then the name)
        before = next((c for c in chunks if c.j == t - 1), None)
        if before is not None and before.prep is None and before.entity is not None and (before.etype in ACTORS or before.etype in PLACES):
            return before
        return None
    return None


def _told_charges(doc: Doc, k: int) -> bool:
    """Whether the charge noun at token ``k`` follows a demonstrative («هذه الاتهامات», «كل تلك الاتهامات») and the
    text told an accusation before it by a verb of accusing: those charges, whoever they were
    against (events.pointed_back passes their parties on)."""
    if k < 1 or doc.tokens[k - 1].norm_key.removeprefix("و") not in fw("attack_demonstratives"):
        return False
    told = fw("accusing_verbs") | fw("accusation_verbs")  # (not a charge noun: «واجه 32 شخصا اتهامات»)
    return any(past_conjunction(key_at(doc, t)) in told for t in range(k - 1))


def faces_charges(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round ev291: «ويواجه الساعدي، وهو الابن الثالث للقذافي، عدة اتهامات»: the charge noun at ``hit`` is the object
    of a present verb of facing (``charge_facing_verbs``, as `episodes` reads them) in its clause: no one named before the noun made them (the names in the
    subject's apposition least of all)."""
    return charge_after_verb(doc, hit, sent_start, "charge_facing_verbs", DENIER_REACH)

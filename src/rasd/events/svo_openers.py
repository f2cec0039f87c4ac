"""Round ev932: the named subject that opens a clause before its first verb (SVO), which a later verb in «و/ف» with
none of its own shares (``carry.clause_prior`` asks it after the VSO openers).

«صدام حسين يحشد قواته على الحدود، ويهدد أمنها», «السعودية في تلك الأزمة ساندت الكويت، بل ونددت بالغزو», «لكن
فلان المعروف بـ... انشق عن الحزب وأعلن الولاء»: the clause opens with a name (at the sentence's start, after a
colon, after «لكن/بل/أما», or in «و» after a comma), then its first verb (past an aside set off by commas or a short
phrase of no verb: «في تلك الأزمة»), then the verb in «و/ف» at ``hit``, of the same form (gender and number) as the
first verb. Not where a «أن/إن» or a relative pronoun stands between the name and the verb in «و» (its words may
go on that clause: ``that_subjects``), nor where the verb in «و» is not reached from the first verb over verbs in
«و/ف» and words of no verb's shape.

Round ev951: the first verb itself where an aside or a short phrase parts it from the name at the clause's start
(«الرئيس هولاند، الذي وصل أمس إلى الرياض، زار», «جون كيري اليوم يزور»: the argument layer reads a subject right
before its verb only), one word with no pronoun on it (not a fronted object: «الاتفاق وقعه»); and the verb in
«و» of a relative clause on the name set off by a comma («الأمير فلان، الذي وصل أمس إلى عمان، وزار»: the visitor is
the one the relative clause tells of, whichever clause the second verb goes on).
"""

from __future__ import annotations

from ..doc import Doc
from ..spans import Token
from ..text.verb_gender import feminine_verb_strict
from .acting import can_act
from .chunks import PLAIN_COMPLEMENTIZERS, Chunk
from .forms import PLACES, bare, fw, fw_keys, nkey
from .lexicon import past_keys
from .word_tests import clause_stop, enclitic, finite_verb, verb_like

HEAD_WORDS = frozenset(nkey(w) for w in ("لكن", "ولكن", "بل", "أما", "وأما"))  # words a clause's subject follows
ASIDE_REACH = 20  # tokens of an aside set off by commas between the name and its verb
GAP_REACH = 4  # tokens of a phrase of no verb between the name and its verb («في تلك الأزمة»)
CHAIN_REACH = 30  # tokens from the first verb to the verb in «و/ف»
NOUN_ENDINGS = ("ه", "ات", "ين", "ون")


def _verb_shape(tok: Token) -> bool:
    """A finite verb by shape (``word_tests.finite_verb``), a bare imperfect («يحشد»), a trigger verb's perfect or
    (round ev960) a perfect of going or coming, short of shape («عاد», «غادر»: function words ``motion_perfects``,
    ``trip_verbs``)."""
    k = nkey(tok.words[-1].norm if tok.words else tok.text)
    return verb_like(tok, 4, NOUN_ENDINGS) or k in past_keys() or (
        len(tok.words) <= 2 and (k in fw_keys("motion_perfects") or k in fw_keys("trip_verbs")))


def _coordinated(tok: Token) -> bool:
    """A token in «و/ف» + one word (a verb chained to the one before)."""
    w = tok.words
    return len(w) == 2 and w[0].kind == "proclitic" and w[0].form in ("و", "ف")


def _stops(doc: Doc, tok: Token) -> bool:
    """A «أن/إن» or a relative pronoun: the words after may be another clause's."""
    k = tok.norm_key
    return k in PLAIN_COMPLEMENTIZERS or bare(k, "complementizers") in fw("complementizers") or bare(
        k, "relatives") in fw("relatives")


def _opens(doc: Doc, p: int, a: int) -> bool:
    """Token ``p`` opens a clause: the sentence's start, after a colon, «لكن/بل/أما» or (round ev960) «وكان/كانت»
    («وكان الرئيس فلان، الذي ...، استقبل»), or a word in «و» after a comma."""
    if p == a:
        return True
    prev = doc.tokens[p - 1]
    if prev.text == ":" or prev.norm_key in HEAD_WORDS or prev.norm_key in fw_keys("was_forms"):
        return True
    return prev.text in ("،", ",") and _coordinated(doc.tokens[p])


def _first_verb(doc: Doc, chunks: list[Chunk], i: int, a: int) -> int | None:
    """The verb with no «و/ف» the verb at token ``i`` is chained to, back over verbs in «و/ف» and other words; None
    past a «أن/إن», a relative pronoun or a clause stop."""
    for p in range(i - 1, max(a, i - CHAIN_REACH) - 1, -1):
        tok = doc.tokens[p]
        if _stops(doc, tok) or (clause_stop(tok.text) and tok.text not in ("،", ",")):
            return None
        if any(c.i <= p <= c.j and c.entity is not None for c in chunks) or not _verb_shape(tok):
            continue
        if not _coordinated(tok):
            return p
    return None


def _gap_ok(doc: Doc, lo: int, v: int, own: bool = False) -> bool:
    """Tokens ``lo`` .. ``v - 1`` between a name and its verb: none, an aside set off by commas, or a short phrase of
    no verb's shape and no comma; with ``own`` (the verb in «و» is chained to the verb at ``v``) also a comma and a
    relative pronoun, whose clause the verb at ``v`` opens (round ev951)."""
    gap = doc.tokens[lo:v]
    if not gap:
        return True
    if own and len(gap) == 2 and gap[0].text in ("،", ",") and bare(gap[1].norm_key, "relatives") in fw("relatives"):
        return True
    if any(bare(t.norm_key, "complementizers") in fw("complementizers") or t.norm_key in PLAIN_COMPLEMENTIZERS
           for t in gap):
        return False
    if len(gap) >= 2 and gap[0].text in ("،", ",") and gap[-1].text in ("،", ",") and len(gap) <= ASIDE_REACH:
        return not any(clause_stop(t.text) and t.text not in ("،", ",") for t in gap)
    return len(gap) <= GAP_REACH and not any(clause_stop(t.text) or finite_verb(t) or _verb_shape(t) for t in gap)


def _first_gap(doc: Doc, chunks: list[Chunk], lo: int, v: int) -> bool:
    """Round ev951: what parts a name from the first verb at ``v`` that takes it: an aside set off by commas, a time
    expression («اليوم», «صباح أمس») or a phrase a preposition governs («في تلك الأزمة») with no name in it; not
    nothing, nor words that may be another clause's («ديريك كشف الخميس الماضي رفض»)."""
    gap = doc.tokens[lo:v]
    if not gap or gap[0].text in ("،", ","):
        return bool(gap)
    if any(ts.start <= gap[0].start and gap[-1].end <= ts.end for ts in doc.times_within(gap[0].start, gap[-1].end)):
        return True
    inner = [c for c in chunks if lo <= c.i and c.j < v]
    return any(c.i == lo and c.prep is not None for c in inner) and all(c.entity is None for c in inner)


def _same_form(doc: Doc, v: int, i: int) -> bool:
    """The first verb and the verb in «و/ف» agree in gender and number by their shapes."""
    def form(tok: Token) -> tuple[bool, bool]:
        k = nkey(tok.words[-1].norm) if tok.words else tok.norm_key
        return feminine_verb_strict(k), k.endswith(("وا", "ون"))
    return form(doc.tokens[v]) == form(doc.tokens[i])


def _titled_from(chunks: list[Chunk], c: Chunk) -> int:
    """Where the name ``c`` starts, past a title phrase right before it («الرئيس السوري بشار الأسد»)."""
    title = next((t for t in chunks if t.j == c.i - 1 and t.title and t.entity is None and t.prep is None), None)
    return title.i if title is not None else c.i


def svo_opener_subject(doc: Doc, chunks: list[Chunk], i: int, a: int) -> Chunk | None:
    """The named subject before the first verb of the clause the verb in «و/ف» at token ``i`` goes on (see the
    module), in the sentence from token ``a``; None where there is none."""
    own = _coordinated(doc.tokens[i])
    if own:
        v = _first_verb(doc, chunks, i, a)
        if v is None or not _same_form(doc, v, i):
            return None
    elif len(doc.tokens[i].words) == 1 and not enclitic(doc.tokens[i]) and _verb_shape(doc.tokens[i]):
        v = i  # round ev951: the clause's first verb, its subject parted from it («فلان، الذي ...، زار»)
    else:
        return None
    for c in sorted((c for c in chunks if c.j < v and c.i >= a), key=lambda c: -c.j):
        if c.entity is None or c.prep is not None or c.number or not _opens(doc, _titled_from(chunks, c), a):
            continue
        if (c.etype not in ("PERSON", "ORGANIZATION") and c.etype not in PLACES) or not can_act(doc, c):
            continue
        if not own and not _first_gap(doc, chunks, c.j + 1, v):
            return None  # (a subject right before the verb is the argument layer's to read)
        return c if _gap_ok(doc, c.j + 1, v, own) else None
    return None

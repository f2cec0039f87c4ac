"""An object where a participle's clause seems to have its subject, for the ``quotes`` stage: «كما هاجم الانتقادات
الموجهة إلى بلاده، قائلا إن»: a feminine plural noun («الانتقادات») right after a verb with no feminine «ت» cannot be
that verb's subject (a non-human plural takes a feminine verb: «هاجمت الانتقادات»), so the verb's subject is dropped,
the one named before, and a masculine participle cannot agree with it either; so is a noun of what is attacked in
words («هاجم وابل الانتقادات»: abstract_attack_objects). The noun is no unnamed speaker.
"""

from __future__ import annotations

from ..events.forms import fw, nkey
from ..doc import Doc
from ..events.chunks import Chunk

_PLURAL = "ات"
_OPENERS = frozenset(nkey(w) for w in ("كما", "وكما"))


def object_not_subject(doc: Doc, c: Chunk, gender: str | None, chunks: list[Chunk]) -> bool:
    """The chunk ``c`` is the object of the verb right before it, or of the verb it opens with after «كما» or at its
    sentence's start (the chunker may hold the verb: «كما هاجم الانتقادات»), for a masculine cue (see the module's
    note); or, for any cue, the second member of a phrase of a preposition («ففي ليلة وضحاها كان ...، معتبرا»:
    «وضحاها» goes with «في ليلة», a time, no subject)."""
    if c.coord and any(d.j == c.i - 1 and d.prep is not None for d in chunks):
        return True
    if gender != "m":
        return False
    if c.i >= 1 and _verb_object(doc, c.i - 1, c.i):
        return True
    before = doc.tokens[c.i - 1].norm_key if c.i >= 1 else "."
    return (before in _OPENERS or before in (".", "!", "؟")) and c.i + 1 < len(doc.tokens) and _verb_object(
        doc, c.i, c.i + 1)


def _verb_object(doc: Doc, v: int, n: int) -> bool:
    """Token ``v`` a bare past verb with no feminine «ت», token ``n`` after it a feminine plural noun («ات») or one
    of abstract_attack_objects."""
    head = doc.tokens[n].norm_key.removeprefix("و").removeprefix("ال")
    verb = doc.tokens[v].norm_key
    word = doc.tokens[n].norm_key
    attacked = word in fw("abstract_attack_objects") or word.removeprefix("و") in fw("abstract_attack_objects")
    if not attacked and (not head.endswith(_PLURAL) or len(head) < 5):
        return False
    if not verb[:1].isalpha() or verb.endswith(("ت", "وا", "ون")) or len(verb) < 3:
        return False
    return past_verb(verb) and verb.removeprefix("و").removeprefix("ال") not in fw("source_heads")


def past_verb(word: str) -> bool:
    """A bare past verb of three or four letters after «و/ف/كما» («هاجم», «وانتقد», «رفض»): no article, no suffix
    of a noun («ة», «ات»), no preposition."""
    core = word.removeprefix("و").removeprefix("ف")
    return 3 <= len(core) <= 6 and not core.startswith("ال") and not core.endswith(("ة", "ه", "ي")) and core not in (
        "في", "من", "على", "إلى", "عن", "مع")

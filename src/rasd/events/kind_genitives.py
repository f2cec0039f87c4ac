"""Round ev341: an indefinite noun act in construct with an indefinite masdar or abstraction names its kind.

«خلال زيارة عمل لقطر», «عقد اجتماع عمل», «جلسة حوار»: the bare indefinite genitive of an indefinite noun act tells
what sort of act it is (a working visit, a working meeting), never who does it. A noun of people («زيارة وفد»,
«هجوم مسلحين»), a title or a name right after the act keeps its reading as the act's doer, and so does a definite
genitive («زيارة الوزير»), as does a genitive after a noun act with the article or a pronoun (which stands in
construct with nothing or has its owner already).

A noun of travel (CAMEO 042: «مغادرة», «وصول», «توجه») with no genitive role in its frame takes the phrase of people
right after it as its traveller («كشف فلان، الأمين العام للهيئة، عن مغادرة طبيبين سعوديين إلى اليمن»: the doctors
leave, not the one who tells of it): a noun of people, a title, or a phrase with a nisba plural of people after
its head («طبيبين سعوديين متطوعين», «أردنيون»); not a place left («مغادرة البلاد») nor a thing.
"""

from __future__ import annotations

from ..doc import Doc
from .acting import act_phrase, actor_phrase, visitor
from .chunks import Chunk
from .forms import PLACES, fw_keys
from .lexicon import Hit
from .word_tests import enclitic


def kind_genitive(doc: Doc, chunks: list[Chunk], hit: Hit, nxt: Chunk) -> bool:
    """Whether ``nxt``, right after the indefinite noun act at ``hit``, is a bare indefinite act or abstraction
    or a noun of kind (``kind_genitives``) that names the act's kind («زيارة عمل»), no doer (module docstring)."""
    if hit.pos != "N" or hit.i != hit.j or nxt.i != hit.j + 1 or nxt.i != nxt.j:
        return False
    if nxt.entity is not None or nxt.prep is not None or nxt.title or nxt.number or nxt.definite:
        return False
    if "ال" in hit.cand.proclitics or hit.cand.key.startswith("ال") or enclitic(doc.tokens[hit.j]):
        return False
    key = doc.tokens[nxt.i].norm_key
    if key.startswith(("ال", "وال")) or actor_phrase(doc, nxt):
        return False
    return key in fw_keys("kind_genitives") or act_phrase(doc, chunks, nxt)


TRAVEL = "042"  # CAMEO: make a visit (travel)
NISBA_PLURALS = ("يين", "يون")  # the plural of a nisba of people («سعوديين», «أردنيون»)


def traveller_genitive(doc: Doc, hit: Hit, nxt: Chunk) -> bool:
    """Whether ``nxt``, right after the travel noun at ``hit``, names who travels (module docstring)."""
    if hit.pos != "N" or hit.entry.code != TRAVEL or hit.entry.gen or nxt.i != hit.j + 1 or nxt.prep is not None:
        return False
    if enclitic(doc.tokens[hit.j]) or nxt.number or nxt.etype in PLACES:
        return False
    if nxt.entity is not None:
        return nxt.etype in ("PERSON", "ORGANIZATION")
    return visitor(doc, nxt) or actor_phrase(doc, nxt) or any(
        doc.tokens[t].norm_key.endswith(NISBA_PLURALS) and len(doc.tokens[t].norm_key) >= 6
        for t in range(nxt.i + 1, nxt.j + 1))

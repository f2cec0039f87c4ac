"""Round 106: the one an entourage goes with.

«استقبل الوزير فلانا والوفد المرافق له، الذي يزور العاصمة»: a relative clause after a phrase of entourage
(function words ``entourage_heads`` + ``entourage_participles`` + «له/لها/لهم»: «والوفد المرافق له», «والوفد
المرفق لها») coordinated with a name (past a comma and the titles in apposition after it: «فلان نائب الرئيس، والوفد المرافق
له») is about that name: the visitor is the one the delegation accompanies.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .chunks import Chunk
from .forms import fw, fw_keys

TITLES = 3  # title phrases in apposition between the name and the entourage
LAM_PRONOUNS = fw_keys("lam_object_pronouns")


def entourage_head(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """The named chunk before «و» + an entourage phrase whose «لـ» + pronoun is token ``t``; None where token ``t``
    closes no such phrase."""
    toks = doc.tokens
    if toks[t].norm_key not in LAM_PRONOUNS:
        return None
    c = next((c for c in chunks if c.j == t - 1), None)
    if c is None or c.prep is not None or c.entity is not None or c.j != c.i + 1:
        return None
    head = toks[c.i].norm_key
    if not head.startswith("و") or head[1:] not in fw("entourage_heads"):
        return None
    if toks[c.j].norm_key not in fw("entourage_participles"):
        return None
    before = c.i - 1 if toks[c.i - 1].text in COMMAS else c.i  # («فلان، والوفد المرافق له،»)
    d = next((d for d in chunks if d.j == before - 1), None)
    for _ in range(TITLES):
        if d is None or d.entity is not None or d.prep is not None or not d.title:
            break
        d = next((n for n in chunks if n.j == d.i - 1), None)  # past his titles («نائب الرئيس رئيس الحكومة»)
    if d is None or d.entity is None or d.prep is not None or d.etype not in ("PERSON", "ORGANIZATION"):
        return None
    return d

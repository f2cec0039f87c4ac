"""Round tf1024: the one congratulated, named right after «هنأ» with its subject dropped.

«وخلال الزيارة هنأ الملك سلمان على تعيينه الأمير محمد بن نايف»: the verb of row ``congratulate`` (round ev1019)
with no object pronoun on it, then a named person (his title too), then «على» or a word with «بـ» glued to it (the
occasion: «على تعيينه», «بفوزه») and nothing between: the person is the one congratulated, the event's target; the
subject is dropped, so the source is the one carried from before (the usual zero-subject carry), or none. Where
another phrase stands between the person and «على/بـ» («هنأ الملك سلمان الرئيس على فوزه») the person after the
verb is its subject and stays so.
"""

from __future__ import annotations

from ..doc import Doc
from .chunk_type import Chunk
from .forms import nkey
from .frame_args import Args
from .lexicon import Hit

__all__ = ["CONGRATULATE", "congratulated_object"]

CONGRATULATE = "congratulate"  # the triggers.tsv row
ON = nkey("على")


def _occasion(doc: Doc, k: int) -> bool:
    """Whether token ``k`` opens the occasion of a congratulation: «على» or a word with «بـ» on it («بفوزه»)."""
    if k >= len(doc.tokens):
        return False
    tok = doc.tokens[k]
    if tok.norm_key == ON:
        return True
    words = tok.words
    return len(words) >= 2 and words[0].kind == "proclitic" and words[0].form == "ب"


def _right_after(chunks: list[Chunk], hit: Hit, src: Chunk) -> bool:
    """Whether ``src`` opens right after the verb ``hit``, past its title at most («هنأ الأمير خالد الفيصل»)."""
    if src.i == hit.j + 1:
        return True
    return any(c.title and c.i == hit.j + 1 and c.j + 1 == src.i for c in chunks)


def congratulated_object(doc: Doc, chunks: list[Chunk], hit: Hit, args: Args) -> bool:
    """Make the named person read as the subject of a dropped-subject «هنأ» its target (see the module); whether it
    did."""
    src = args.source
    if hit.entry.id != CONGRATULATE or hit.pos != "V" or src is None or src.etype != "PERSON":
        return False
    if hit.cand.enclitic or any(w.kind == "enclitic" for w in doc.tokens[hit.j].words):
        return False  # «هنأه الملك سلمان على»: the one congratulated is the pronoun, the person the subject
    if src.prep is not None or not _right_after(chunks, hit, src) or not _occasion(doc, src.j + 1):
        return False
    args.targets, args.source = [src], None
    return True

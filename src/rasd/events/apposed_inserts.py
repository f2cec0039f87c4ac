"""Round 285: an apposition set off by commas between a named VSO subject and the verb's object.

«خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، أمس، مجموعة من المقاتلين»: the phrase between the commas after
the name opens with a bare indefinite head in construct with a definite or named genitive («ذراع تنظيم القاعدة»,
«زعيم الحركة»; not an accusative adverb, «، خصوصا الكويت،»): it describes the name before it, and the bare phrase after the closing comma (past a time set off
by commas, :func:`inserts.past_insert`) is the verb's object; so the name is the verb's subject, not the patient of
an unvocalised passive (`vso.lone_vso_phrase`).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.normalize import COMMAS
from .chunks import in_time, is_content
from .forms import bare, fw, nkey
from .inserts import STATEMENT_INSERT, past_insert
from .word_tests import clause_break, finite_verb


def _definite_or_named(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is a definite word or inside a named mention (the genitive of a construct)."""
    tok = doc.tokens[t]
    return tok.norm_key.startswith("ال") or any(m.start <= tok.start < m.end for m in doc.mentions)


def past_apposition(doc: Doc, j: int, end: int) -> int | None:
    """Where a comma follows token ``j`` (the last word of a named VSO subject) and opens an apposition whose head
    is a bare indefinite content word in construct with a definite or named word («، ذراع تنظيم القاعدة»), closed
    by another comma within ``STATEMENT_INSERT`` tokens with no clause break, no finite verb and no quotation, the
    index of the token after the closing comma (and after a time set off by commas right after it); else None."""
    toks = doc.tokens
    if j + 3 >= end or toks[j + 1].text not in COMMAS:
        return None
    head = toks[j + 2]
    key = nkey(head.text)
    if (not is_content(head) or key.startswith("ال") or head.words[0].kind == "proclitic" or key[:1].isdigit()
            or bare(key, "prepositions") in fw("prepositions") or finite_verb(head) or in_time(doc, head)
            or key.endswith("ا")):  # («، خصوصا الكويت،»: an adverb in the accusative sets off no apposition)
        return None
    if not _definite_or_named(doc, j + 3):
        return None
    for u in range(j + 3, min(end - 1, j + 2 + STATEMENT_INSERT)):
        tok = toks[u]
        if clause_break(tok.text) or tok.text in ("«", "»", '"', ":") or finite_verb(tok):
            return None
        if tok.text in COMMAS:
            return past_insert(doc, u - 1, end) or u + 1
    return None

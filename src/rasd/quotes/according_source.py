"""«طبقا لـ» (according to) as a reporting cue, for the ``quotes`` stage (round qu933): «وطبقا للمصادر الأمنية، فإن
المسلحين انسحبوا», «وطبقا لمسؤول في الوزارة فإن ...». The word names a rule far more often than a speaker («طبقا
لقرار مجلس الأمن», «طبقا لاتفاقيات التجارة», «طبقا للمواصفات»), so the cue table cannot hold it as it holds «وفقا»:
it is the «وفق» cue only where the word right after it is «لـ» + a source noun (``source_heads``: «مصدر»,
«مصادر», «مسؤول», «المتحدث», «خبراء» ...). The words are ``source_according_words``; the content and the speaker
are then read as for «وفقا لـ»."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import bare, fw, fw_bare_keys, stem_key
from .cue_table import Cue


def according_source_cue(doc: Doc, t: int) -> Cue | None:
    """The «according to» cue «طبقا» at token ``t`` makes where «لـ» + a source noun follows it (module docstring);
    None otherwise."""
    if t + 1 >= len(doc.tokens) or bare(doc.tokens[t].norm_key, "source_according_words") not in fw(
            "source_according_words"):
        return None
    nxt = doc.tokens[t + 1]
    if not any(w.kind == "proclitic" and w.norm == "ل" for w in nxt.words):
        return None  # «طبقا ما قاله»: no «لـ» object read here
    if stem_key(nxt, article=False) not in fw_bare_keys("source_heads"):
        return None  # «طبقا لقرار مجلس الأمن»: a rule, no speaker
    return Cue("وفق", "according", "m", frozenset())

"""Round ev731: a signing told in a relative clause on the agreement. «الاتفاقية التي وقعتها مصر والسعودية في
الرياض», «الاتفاق الذي وقعه الطرفان», «مذكرة التفاهم التي وقعتها الحكومة مع الأردن»: the agreement signed is the
head noun before «الذي/التي», and the verb's object pronoun («ـه/ـها») refers back to it, so the signing verb
needs no agreement word after it (the ``near`` of its lexicon entry). Only with that pronoun: «الحادث الذي وقع في
بغداد» and «الاشتباكات التي وقعت أمس» happened, nothing was signed."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Token
from .forms import Cand, fw
from .word_tests import clause_break

SIGNING = "057"
HEAD_REACH = 4  # words from the relative back to the agreement head, its genitive between («اتفاق وقف إطلاق النار الذي»)
OBJECT_PRONOUNS = frozenset({"ه", "ها"})  # «وقعه», «وقعتها»: it (the agreement); no «ـهم» (them, people)


def relative_signed(tokens: Sequence[Token], i: int, cand: Cand, code: str) -> bool:
    """Whether the signing verb at ``tokens[i]`` (reading ``cand``) stands right after «الذي/التي» with an object
    pronoun, and an agreement noun (function words ``relative_signed_heads``) heads the relative a few words
    before, in the same clause: «الاتفاقية التي وقعتها مصر» → True; «الحادث الذي وقع» → False (no pronoun);
    «المسؤول الذي وقعه» → False (no agreement head)."""
    if code != SIGNING or cand.proclitics or i < 2:
        return False
    word = tokens[i].norm_key
    if not word.startswith(cand.key) or (cand.enclitic or word[len(cand.key):]) not in OBJECT_PRONOUNS:
        return False  # (the reading's key is the verb; the rest of the word is its pronoun)
    if tokens[i - 1].norm_key not in fw("relatives"):
        return False
    for k in range(i - 2, max(-1, i - 2 - HEAD_REACH), -1):
        tok = tokens[k]
        if clause_break(tok.text) or clause_break(tok.norm):
            return False
        if tok.norm_key in fw("relative_signed_heads"):
            return True
    return False


__all__ = ["relative_signed"]

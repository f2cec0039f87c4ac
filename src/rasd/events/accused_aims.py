"""Round oe306: whom a protest is aimed at, said by a participle of accusing after it: the one accused.

«واحتج مئات المتظاهرين أمس في موقع الهجوم متهمين الجنود الأميركيين بإطلاق النار على المدنيين»: the
protesters accuse the soldiers; their protest is aimed at the soldiers, not at the civilians the «على» of the
charge governs (the frame's «احتج على» reads past the participle into the charge). A protest trigger with
«متهمين/متهما/متهمة» after it in its sentence (before any clause break, within ``REACH`` words), followed by a
named or definite phrase and then a charge in «بـ», takes that phrase as its target where it has none, or where
the one it has stands past the participle (inside the charge). Not «متهمين إياها»: a pronoun names no one here,
nor «متهمين بالتخريب» (those accused, no one accusing).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import resolve_title
from .chunks import Chunk, first_after
from .forms import nkey
from .lexicon import Hit
from .word_tests import clause_break

ACCUSING = frozenset(nkey(w) for w in ("متهمين", "متهما", "متهمًا", "متهمة", "متهمون", "متهمتين", "متهمات"))
REACH = 12  # words from the protest trigger to the participle


def _accusing(key: str) -> bool:
    return key in ACCUSING or (key[:1] in ("و", "ف") and key[1:] in ACCUSING)


def accused_aim(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> tuple[int, Chunk] | None:
    """The participle's token and the phrase it accuses, for a PROTEST trigger ``hit`` (module docstring), else
    None."""
    if hit.entry.plover != "PROTEST":
        return None
    toks = doc.tokens
    for t in range(hit.j + 1, min(sent_end - 2, hit.j + 1 + REACH)):
        if clause_break(toks[t].text):
            return None
        if not _accusing(toks[t].norm_key):
            continue
        c = first_after(chunks, t, 1)
        if c is None or c.i != t + 1 or c.prep is not None or c.number or not (c.entity or c.definite):
            return None
        if c.j + 1 >= sent_end or not toks[c.j + 1].norm_key.startswith("ب"):
            return None  # (the charge in «بـ» right after the one accused)
        return t, resolve_title(chunks, c, doc) if c.entity is None and c.title else c
    return None


def aimed_at_accused(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int,
                     targets: list[Chunk] | None) -> list[Chunk] | None:
    """The targets of a protest with the one its participle accuses in place of none or of a phrase past the
    participle («... على المدنيين»: the charge's); ``targets`` otherwise."""
    found = accused_aim(doc, chunks, hit, sent_end)
    if found is None:
        return targets
    t, accused = found
    if targets and targets[0].i < t:
        return targets  # (what the protest is against, said before the participle, stays)
    return [accused]


__all__ = ["accused_aim", "aimed_at_accused"]

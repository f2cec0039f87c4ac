"""Round 104 of real news: «في خطاباته ولقاءاته», «زياراته واتصالاته»: a plural of diplomacy with a possessive
pronoun joined by «و» to another plural with the same pronoun (a plural of diplomacy or of speech: function words
``diplomacy_plurals``, ``speech_plurals``) names someone's contacts in general, no one meeting (the unowned pair,
«الزيارات واللقاءات», is ``nonevents._paired_plural``'s); not where a phrase after the pair says with whom or
which they are (``pair_tails``: «ولقاءاته مع نظرائه»)."""

from __future__ import annotations

from ..doc import Doc
from .forms import fw, fw_bare_keys, nkey
from .lexicon import Hit

PRONOUNS = ("هما", "هم", "ها", "ه")  # possessive pronouns, longest first


def _owned(doc: Doc, t: int) -> tuple[str, str] | None:
    """(the plural stem without its article, the pronoun) of token ``t`` where it is a plural with a possessive
    pronoun, else None."""
    words = doc.tokens[t].words
    stems = [w for w in words if w.kind == "stem"]
    pron = [w for w in words if w.kind == "enclitic"]
    if len(stems) != 1 or len(pron) > 1:
        return None
    stem = nkey(stems[0].norm)
    if not pron:  # (a pronoun the segmenter left on its stem: «خطاباته»)
        cut = next((p for p in PRONOUNS if stem.endswith("ات" + p)), None)
        if cut is None:
            return None
        return stem[: -len(cut)].removeprefix("ال"), cut
    return (stem.removeprefix("ال"), nkey(pron[0].norm)) if stem.endswith("ات") else None


def _plural_of(stem: str, words: str) -> bool:
    return stem in fw_bare_keys(words)


def owned_pair(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the meeting noun ``hit`` is one of a pair of owned plurals (see the module)."""
    if hit.i != hit.j:
        return False
    own = _owned(doc, hit.i)
    if own is None or not _plural_of(own[0], "diplomacy_plurals"):
        return False
    n = len(doc.tokens)
    joined = "و" in {w.norm for w in doc.tokens[hit.i].words if w.kind == "proclitic"}
    other = hit.i - 1 if joined else hit.i + 1
    if other < a or other >= n:
        return False
    if not joined and "و" not in {w.norm for w in doc.tokens[other].words if w.kind == "proclitic"}:
        return False
    mate = _owned(doc, other)
    if mate is None or mate[1] != own[1] or not (
            _plural_of(mate[0], "diplomacy_plurals") or _plural_of(mate[0], "speech_plurals")):
        return False
    after = max(hit.i, other) + 1
    return after >= n or doc.tokens[after].norm_key not in fw("pair_tails")


__all__ = ["owned_pair"]

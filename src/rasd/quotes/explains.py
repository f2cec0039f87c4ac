"""«بيّن» (he explained), for the ``quotes`` stage: the verb folds with «بين» (between) once its shadda is dropped,
so the cue table cannot hold it. Written with the shadda («بيّن», «وبيّنت») it is the verb; without it, «وبين/بينت»
opening a sentence or a clause with «أن» within BETWEEN_THAT tokens and no comma between («وبين الوزير أن ...»)
is too, the «أن» right after it included («. وبين أن اللجنة قطعت شوطا», «...، وبين أن»; not «...، بينت أن» with no
«و», the predicate of a subject fronted before the comma); «بين» elsewhere is the preposition («بين الحكومة والمعارضة»)."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey, bare
from ..text.prefixes import past_and

BETWEEN_THAT = 6  # tokens from an unmarked «وبين» to the «أن» that makes it the verb
_MASC = frozenset(("بين", "يبين"))
_FEM = frozenset(("بينت",))
_SHADDA = "\u0651"


def explains_gender(doc: Doc, t: int) -> str | None:
    """The gender of «بيّن» at token ``t`` where it is the verb of explaining («m», «f»); None otherwise."""
    tok = doc.tokens[t]
    key = tok.norm_key
    core = past_and(key, _MASC | _FEM)
    if core not in _MASC | _FEM:
        return None
    gender = "f" if core in _FEM else "m"
    if _SHADDA in tok.text:
        return gender
    if core == key and core != "بينت":
        return None  # a bare «بين»: the preposition
    if t > 0 and doc.tokens[t - 1].text not in (".", "،", ",") and doc.text[doc.tokens[t - 1].end : tok.start].count(
            "\n") == 0:
        return None  # inside a clause: «بين» between two things
    for u in range(t + 1, min(len(doc.tokens), t + 1 + BETWEEN_THAT)):
        text = doc.tokens[u].text
        if u == t + 1 and core == key and t > 0 and doc.tokens[t - 1].text in ("،", ","):
            return None  # «إن النقاشات ...، بينت أن»: the verb of a fronted subject, inside the words reported
        if text in ("،", ",", ".", ":", "؛"):
            return None
        if bare(nkey(text), "complementizers") in fw("complementizers"):
            return gender
    return None

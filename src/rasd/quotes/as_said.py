"""«كما قالها»: a cue verb after «كما/مثلما» whose object pronoun stands for the words, for the ``quotes`` stage:
«كنت أتوقع إجابته كما قالها، ولكني كنت أريد أن ...» compares with what was said; it reports nothing after it."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import nkey
from .cues import Cue
from .expressed import expressed_cue

_AS = frozenset(nkey(w) for w in ("كما", "وكما", "مثلما", "ومثلما"))
_OBJECTS = ("ها", "ه")


def as_said(doc: Doc, t: int, cue: Cue) -> bool:
    """The verb cue at ``t`` follows «كما/مثلما» and carries an object pronoun («كما قالها», «مثلما ذكره»): the
    words it said are the pronoun's, named before; not a cue. («كما قال» with no pronoun goes on reporting.)"""
    if cue.kind != "verb" or t < 1 or nkey(doc.tokens[t - 1].text) not in _AS:
        return False
    word = nkey(doc.tokens[t].text)
    if expressed_cue(doc, t) is not None:
        return False  # «كما وصفه السفير: «...»»: the words follow, in quote marks (round 218)
    return len(word) > len(nkey(cue.lemma)) and word.endswith(_OBJECTS)

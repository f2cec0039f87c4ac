"""«كما قالها»: a cue verb after «كما/مثلما» whose object pronoun stands for the words, for the ``quotes`` stage:
«كنت أتوقع إجابته كما قالها، ولكني كنت أريد أن ...» compares with what was said; it reports nothing after it. «ويرى البحر كما يرى المضف أن»: a cue of the same verb
after «كما» right after a cue and its subject compares one view with another's; the first cue reports what follows.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, nkey
from .cues import Cue
from .expressed import expressed_cue

_AS = fw_keys("as_words")
_OBJECTS = ("ها", "ه")


def as_said(doc: Doc, t: int, cue: Cue) -> bool:
    """The verb cue at ``t`` follows «كما/مثلما» and carries an object pronoun («كما قالها», «مثلما ذكره»): the
    words it said are the pronoun's, named before; not a cue. («كما قال» with no pronoun goes on reporting.)"""
    if cue.kind != "verb" or t < 1 or doc.tokens[t - 1].norm_key not in _AS:
        return False
    word = doc.tokens[t].norm_key
    if expressed_cue(doc, t) is not None:
        return False  # «كما وصفه السفير: «...»»: the words follow, in quote marks (round 218)
    return len(word) > len(nkey(cue.lemma)) and word.endswith(_OBJECTS)


COMPARED_REACH = 4  # tokens from a cue to the «كما» of the same verb that compares its speaker with another


def compared_cue(doc: Doc, t: int, cue: Cue, before: list[tuple[int, Cue]]) -> bool:
    """The verb cue at ``t`` follows «كما/مثلما», and the cue before it in the sentence (``before``) is of the same
    verb within COMPARED_REACH tokens, only its subject between («ويرى البحر كما يرى المضف أن»): an aside comparing
    the first speaker with another, no report of its own."""
    if cue.kind != "verb" or not before or t < 1 or doc.tokens[t - 1].norm_key not in _AS:
        return False
    u, first = before[-1]
    if first.kind != "verb" or first.lemma != cue.lemma or not 0 < t - u <= COMPARED_REACH:
        return False
    return all(doc.tokens[k].text[:1].isalnum() for k in range(u + 1, t - 1))

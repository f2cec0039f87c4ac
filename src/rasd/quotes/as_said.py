"""«كما قالها»: a cue verb after «كما/مثلما» whose object pronoun stands for the words, for the ``quotes`` stage:
«كنت أتوقع إجابته كما قالها، ولكني كنت أريد أن ...» compares with what was said; it reports nothing after it. «ويرى البحر كما يرى المضف أن»: a cue of the same verb
after «كما» right after a cue and its subject compares one view with another's; the first cue reports what follows.
Round qu420: «بما قاله رسوله الكريم» (with what he said) refers to words as a preposition's object; no report.
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw_keys, nkey
from .cues import QUOTE_MARK, Cue, is_complementizer
from .expressed import expressed_cue

_AS = fw_keys("as_words")
_WITH_WHAT = fw_keys("with_what_words")
_JUDGING = fw_keys("judging_verbs")
_OBJECTS = ("ها", "ه")


def as_said(doc: Doc, t: int, cue: Cue) -> bool:
    """The verb cue at ``t`` follows «كما/مثلما» and carries an object pronoun («كما قالها», «مثلما ذكره»): the
    words it said are the pronoun's, named before; not a cue. («كما قال» with no pronoun goes on reporting.) After
    «بما»: :func:`with_what_said`."""
    if cue.kind == "verb" and t >= 1 and doc.tokens[t - 1].norm_key in _WITH_WHAT:
        return with_what_said(doc, t, cue)
    if cue.kind != "verb" or t < 1 or doc.tokens[t - 1].norm_key not in _AS:
        return False
    word = doc.tokens[t].norm_key
    if expressed_cue(doc, t) is not None:
        return False  # «كما وصفه السفير: «...»»: the words follow, in quote marks (round 218)
    return len(word) > len(nkey(cue.lemma)) and word.endswith(_OBJECTS)


def with_what_said(doc: Doc, t: int, cue: Cue) -> bool:
    """Round qu420: the verb cue at ``t`` follows «بما» and carries an object pronoun («يخرجون علينا بما قاله رسوله
    الكريم، ... ثم لا يجدون حرجا في أن»): what was said, referred to as the preposition's object; not a cue unless
    its words open in its sentence with «من أن», a colon or a quotation before any other «أن» («أشاد بما قاله
    الوزير من أن»)."""
    if cue.kind != "verb" or t < 1 or doc.tokens[t - 1].norm_key not in _WITH_WHAT:
        return False
    if nkey(cue.lemma) in _JUDGING:
        return False  # «بما اعتبره انتصارا»: what he judged to be one, left to the judging verbs' rules
    word = doc.tokens[t].norm_key
    if not (len(word) > len(nkey(cue.lemma)) and word.endswith(_OBJECTS)):
        return False
    sent = doc.sentence_of(doc.tokens[t].start)
    for u in range(t + 1, len(doc.tokens)):
        tok = doc.tokens[u]
        if sent is None or tok.start >= sent.end:
            break
        if tok.text == ":" or QUOTE_MARK.match(tok.text):
            return False
        if is_complementizer(doc, u):
            return doc.tokens[u - 1].norm_key != nkey("من")
    return True


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

"""A «أن» another verb governs (round 185): «وأكد المتحدث وفاة جندي وإصابة ثلاثة آخرين، كما استبعد أن يكون
الحادث ...». The cue's object is a noun («وفاة»); the «أن» after «، كما» + a verb is that verb's («استبعد»: he ruled
it out), not what the cue said.

- ``others_that``: the complementizer at token ``u`` follows a comma, «كما» and one word that is no definite noun,
  no preposition and no word of the possibility or obligation lists (a verb that opens the next clause). The verb
  cue before it then reports nothing there."""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, nkey

_KAMA = nkey("كما")


def others_that(doc: Doc, u: int) -> bool:
    """Whether the «أن» at token ``u`` is governed by a verb «، كما + verb» opens right before it (module
    docstring)."""
    if u < 3 or doc.tokens[u - 3].text not in ("،", ","):
        return False
    if doc.tokens[u - 2].norm_key != _KAMA:
        return False
    word = doc.tokens[u - 1].text
    key = nkey(word)
    if not word[:1].isalpha() or key.startswith("ال") or key in fw("prepositions"):
        return False
    return key not in fw("possibility_modals") and key not in fw("obligation_modals")

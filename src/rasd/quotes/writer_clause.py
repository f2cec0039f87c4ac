"""«أن» clauses the writer opens, which no reporting cue before them reports, for the ``quotes`` stage (asked by
:mod:`rasd.quotes.content` as it looks for a cue's «أن»): «ومن الممكن أن يكون» (what may be) and, round qu603, a
belief some group holds set off from the cue («أعلنت المعارضة رفضها للقاءات، وسط اعتقاد يسود أوساطها بأنها لقاءات
لا تخدم الحل»: the writer tells of the belief; the cue said none of it).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.forms import fw, fw_keys, nkey
from ..text.normalize import COMMAS

HELD_REACH = 7  # tokens from a belief noun to its «أن» («اعتقاد يسود أوساط المعارضة السورية، بأنها»)
_STOPS = frozenset((".", ":", "؛", "«", "»", '"', "!", "؟"))


def possible_clause(doc: Doc, u: int) -> bool:
    """The «أن» at ``u`` right after «(و/ف)من الممكن/المحتمل» (possibility_words, «من» in «و/ف»): the writer opens
    a clause of what may be, no «أن» a cue before it reports."""
    return u >= 2 and doc.tokens[u - 1].norm_key in fw("possibility_words") and nkey(
        doc.tokens[u - 2].text) in ("ومن", "فمن")


def held_belief(doc: Doc, t: int, u: int) -> bool:
    """The «أن/بأن» at ``u`` (or «من أن»; never «إن») is taken by a noun of a belief held (held_belief_nouns, no owner pronoun:
    «اعتقاد», «مخاوف», «الانطباع») within HELD_REACH tokens before it, and a comma or a setting opener («وسط/في ظل/
    رغم»: noun_setting_openers) stands between the cue at ``t`` and that noun: «أعلنت المعارضة رفضها ...، وسط اعتقاد
    يسود أوساطها بأنها ...» tells what some believe, not what the cue said. Not «وأكد الوزير وجود مخاوف من أن» (the
    cue's own object, nothing between) nor «أعرب عن اعتقاده بأن» (his belief: :mod:`rasd.quotes.belief`)."""
    toks = doc.tokens
    if toks[u].text.startswith("إ"):
        return False  # «وقال، وسط مخاوف من تجدد القتال، إن»: «إن» is the cue's, no noun takes it
    nouns = fw_keys("held_belief_nouns")
    for k in range(u - 1, max(t, u - 1 - HELD_REACH), -1):
        if toks[k].text in _STOPS:
            return False
        if toks[k].norm_key.removeprefix("و") not in nouns:
            continue
        return any(toks[x].text in COMMAS or toks[x].norm_key in fw_keys("noun_setting_openers")
                   for x in range(t + 1, k))
    return False

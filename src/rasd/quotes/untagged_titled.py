"""Round 109: a verb cue whose subject right after it is a name the entity layer missed, set off by the title that
follows it («وهو ما أكده علي القحوم عضو المكتب السياسي للجماعة»): that person speaks, unnamed; no one named before
is carried to the cue.

The name is one to ``NAME_RUN`` words right after the cue, each a word of the name lists (a given name, even one
that is also a common word: «علي») or a name-like word (``untagged.name_like``), the last of them name-like, and
the word right after them a title (function words ``titles``, ``speaker_titles``).

Round q354: the title may follow a comma («قالت فلانة إي علانة، النائبة العمومية»), a Latin initial written out
(``INITIALS``: «إي», «جي») may stand inside the name, and the same untagged name and title may open the clause of
«لكن/غير أن/إلا أن» before an unprefixed verb cue («لكن فلان علان وزير الخارجية الماليزي قال إن»,
``contrast_untagged``).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.normalize import COMMAS
from ..entities.gazetteer import load as load_gazetteer
from ..events.forms import fw_keys, nkey
from .cues import is_complementizer, match_cue
from .untagged import name_like, title_key

NAME_RUN = 3
INITIALS = frozenset(nkey(w) for w in ("إي", "اي", "جي", "دي", "بي", "تي", "كي", "إف", "إس", "إل", "إم", "إتش"))


def name_word(doc: Doc, u: int) -> bool:
    if name_like(doc, u):
        return True
    tok = doc.tokens[u]
    word = load_gazetteer().name_word(tok.norm_key)
    return len(tok.words) == 1 and word is not None and "g" in word.flags


def title_word(key: str) -> bool:
    """A title (``untagged.title_key``) or the feminine in «ة» of one («النائبة», «الوزيرة»)."""
    return title_key(key) or (len(key) > 3 and key.endswith("ه") and title_key(key[:-1]))


def _titled_after(doc: Doc, u: int) -> int:
    """The token of the title at ``u`` or, past a comma, at ``u + 1``; -1 where none stands there."""
    n = len(doc.tokens)
    if u < n and title_word(doc.tokens[u].norm_key):
        return u
    if u + 1 < n and doc.tokens[u].text in COMMAS and title_word(doc.tokens[u + 1].norm_key):
        return u + 1
    return -1


def _name_span(doc: Doc, first: int) -> tuple[Span, int] | None:
    """The untagged name from token ``first`` that a title follows (module docstring) and that title's token; None
    where there is none or where a mention starts inside it."""
    n = len(doc.tokens)
    for end in range(first + 1, min(n, first + 1 + NAME_RUN)):
        u = end - 1
        initial = first < u and doc.tokens[u].norm_key in INITIALS
        if not initial and not name_word(doc, u):
            return None
        title = _titled_after(doc, end) if not initial else -1
        if u > first and name_like(doc, u) and title >= 0:
            span = Span(doc.tokens[first].start, doc.tokens[u].end)
            if any(span.start <= m.start < span.end for m in doc.mentions):
                return None
            return span, title
    return None


def untagged_titled(doc: Doc, t: int) -> Span | None:
    """The span of the untagged name right after the cue at token ``t`` that a title follows; None where there is
    none or where a mention starts inside it (module docstring)."""
    found = _name_span(doc, t + 1)
    return found[0] if found is not None else None


TITLE_REACH = 6  # tokens of the title phrase between the name and the verb cue after it
_BUT = frozenset(nkey(w) for w in ("لكن", "ولكن"))
_EXCEPT = fw_keys("except_words")
_BREAKS = frozenset((".", "،", ",", ":", "؛", "«", "»", '"', "(", ")", "-", "–"))


def contrast_untagged(doc: Doc, t: int) -> Span | None:
    """«لكن فلان علان وزير الخارجية الماليزي قال إن»: the untagged name that opens the clause of «لكن/غير أن/إلا
    أن» with its title up to the verb cue at ``t`` (no «و/ف» on the verb, no break, «أن» or cue in the title
    phrase); None otherwise."""
    if t < 4 or any(w.kind == "proclitic" for w in doc.tokens[t].words):
        return None
    for a in range(t - 3, max(-1, t - 4 - NAME_RUN - TITLE_REACH), -1):
        key = doc.tokens[a].norm_key
        if key in _BUT:
            first = a + 1
        elif key in _EXCEPT and doc.tokens[a + 1].norm_key == nkey("أن"):
            first = a + 2
        else:
            continue
        found = _name_span(doc, first)
        if found is None or found[1] >= t or t - found[1] > TITLE_REACH:
            return None
        if any(doc.tokens[u].text in _BREAKS or is_complementizer(doc, u) or match_cue(doc, u) is not None
               for u in range(found[1], t)):
            return None
        return found[0]
    return None

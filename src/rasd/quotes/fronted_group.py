"""Round q344: an unnamed group after «لكن/ولكن» right before a verb cue («لكن الأصوات المعارضة قالت إن», «ولكن
الأحزاب الكبرى أكدت أن», «لكن الدول العربية اعتبرت أن»), for the quotes stage: a plural of people or a group word
(``_group_core``), a word of unnamed groups with its article (unnamed_groups: «الأصوات», «الأوساط»), or a
plural of bodies that take a stand (state, party, faction: ``_BODY_PLURALS``) is who speaks, its phrase held. Not
«لكن المدينة شهدت» (no cue) nor «لكن الاتفاق يؤكد أن» (a thing, no group).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw, fw_keys, nkey
from .carry import _GROUP_WORDS
from .cues import _is_complementizer

_BODY_PLURALS = frozenset(nkey(w) for w in (
    "دول", "حكومات", "أحزاب", "قوى", "فصائل", "أطراف", "منظمات", "شخصيات", "هيئات", "جمعيات", "نقابات", "عواصم"))


def _group_core(core: str) -> bool:
    """The word ``core`` (no article) is a plural of people or a group word: a sound plural («المعارضون»), a broken
    plural of people (carry's group words: «خبراء», «سكان»), unnamed_groups («أصوات») or _BODY_PLURALS («دول»); not a
    body's singular head («الجيش», «الحكومة»: ``fronted_body`` reads those)."""
    sound = len(core) > 4 and core.endswith(("ون", "ين"))
    return sound or core in _GROUP_WORDS or core in fw("unnamed_groups") or core in _BODY_PLURALS


def contrast_group(doc: Doc, c: Chunk) -> bool:
    """The unnamed phrase ``c`` after «لكن» is headed by a group that may speak (see the module)."""
    if c.entity is not None or c.prep is not None:
        return False
    return _group_core(doc.tokens[c.i].norm_key.removeprefix("و").removeprefix("ال"))


RELATIVE_REACH = 5  # tokens from the sentence's first word to the relative after its phrase
CLAUSE_REACH = 16  # tokens of the relative clause up to the comma before the verb
_BREAKS = frozenset((".", "،", ",", ":", "؛", "!", "?", "؟", "«", "»", '"', "(", ")"))


def _group_key(key: str) -> str | None:
    """The word ``key`` without its «فـ/و» and article where it is a definite group word (see ``contrast_group``):
    «فالدول» → «دول»; None otherwise."""
    if key[:1] in ("ف", "و") and key[1:].startswith("ال"):
        key = key[1:]
    if not key.startswith("ال"):
        return None
    core = key.removeprefix("ال")
    return core if _group_core(core) else None


def relative_fronted(doc: Doc, t: int, sent_start: int) -> tuple[int, int] | None:
    """«فالدول العربية والخليجية التي تعتبر حليفة للغرب، اعتبرت أن»: the verb cue at ``t`` right after a comma, with
    no «و», in a sentence that opens with a definite group (``_group_key``) and a relative clause on it up to that
    comma: the group's phrase (characters, without its «فـ/و»), the subject; None otherwise."""
    if t < 3 or doc.tokens[t - 1].text not in ("،", ",") or doc.tokens[t].norm_key[:1] in ("و", "ف"):
        return None
    a = doc.token_from(sent_start)
    if a is None or a >= t or _group_key(doc.tokens[a].norm_key) is None:
        return None
    r = next((u for u in range(a + 1, min(t, a + 1 + RELATIVE_REACH)) if doc.tokens[u].norm_key in fw_keys("relatives")), None)
    if r is None or any(doc.tokens[u].text in _BREAKS for u in range(a, r)):
        return None
    if t - 1 - r > CLAUSE_REACH or any(doc.tokens[u].text in _BREAKS or _is_complementizer(doc, u)
                                       for u in range(r + 1, t - 1)):
        return None
    start = doc.tokens[a].start + (1 if doc.tokens[a].norm_key[:1] in ("ف", "و") else 0)
    return start, doc.tokens[r - 1].end

"""Round q344: an unnamed group after «لكن/ولكن» right before a verb cue («لكن الأصوات المعارضة قالت إن», «ولكن
الأحزاب الكبرى أكدت أن», «لكن الدول العربية اعتبرت أن»), for the quotes stage: a plural of people or a group word
(``_group_core``), a word of unnamed groups with its article (unnamed_groups: «الأصوات», «الأوساط»), or a
plural of bodies that take a stand (state, party, faction: ``_BODY_PLURALS``) is who speaks, its phrase held. Not
«لكن المدينة شهدت» (no cue) nor «لكن الاتفاق يؤكد أن» (a thing, no group). Round q354: such a group after
«(فـ)إن» with a long description up to the verb speaks too (``that_fronted``).
"""

from __future__ import annotations

from ..doc import Doc
from ..events.chunks import Chunk
from ..events.forms import fw, fw_keys, nkey
from .carry import GROUP_WORDS
from ..events.word_tests import finite_verb
from .cues import is_complementizer, match_cue

_BODY_PLURALS = fw_keys("body_plurals")


def _group_core(core: str) -> bool:
    """The word ``core`` (no article) is a plural of people or a group word: a sound plural («المعارضون»), a broken
    plural of people (carry's group words: «خبراء», «سكان»), unnamed_groups («أصوات») or _BODY_PLURALS («دول»); not a
    body's singular head («الجيش», «الحكومة»: ``fronted_body`` reads those)."""
    sound = len(core) > 4 and core.endswith(("ون", "ين"))
    return sound or core in GROUP_WORDS or core in fw("unnamed_groups") or core in _BODY_PLURALS


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
    if t - 1 - r > CLAUSE_REACH or any(doc.tokens[u].text in _BREAKS or is_complementizer(doc, u)
                                       for u in range(r + 1, t - 1)):
        return None
    start = doc.tokens[a].start + (1 if doc.tokens[a].norm_key[:1] in ("ف", "و") else 0)
    return start, doc.tokens[r - 1].end


THAT_REACH = 18  # tokens from the group word after «(فـ)إن» to the verb cue, its modifiers and their objects between
_THAT_OPENERS = frozenset(nkey(w) for w in ("إن", "فإن", "وإن", "لكن", "ولكن"))


def that_fronted(doc: Doc, t: int, gender: str, plural: bool) -> tuple[int, int] | None:
    """Round q354: «...، فإن الشخصيات الضالعة في تلك الجهود والعاملة على صياغة الخطة قالت إن»: a verb cue at ``t``
    with no «و/ف», feminine or plural (a plural of non-persons or of persons), whose clause opens with «(فـ)إن» or
    «لكن» and a definite group word (``_group_key``), its modifiers, their phrases of a preposition and «و» + another
    modifier running to the verb with no break, «أن», cue or finite verb: the group word and the definite adjectives
    right after it (characters), the subject; None otherwise («فإن الدول التي زارها الوزير» stops at no relative
    either: a relative has a verb of its own)."""
    if t < 3 or any(w.kind == "proclitic" for w in doc.tokens[t].words) or not (plural or gender == "f"):
        return None
    for a in range(t - 2, max(-1, t - 2 - THAT_REACH), -1):
        tok = doc.tokens[a]
        if tok.text in _BREAKS or tok.norm_key in fw_keys("relatives") or is_complementizer(doc, a) and a != t - 1:
            if tok.norm_key not in _THAT_OPENERS:
                return None
        if tok.norm_key in _THAT_OPENERS:
            if a + 2 >= t or _group_key(doc.tokens[a + 1].norm_key) is None:
                return None
            if a > 0 and match_cue(doc, a - 1) is not None:
                return None  # «وقال إن الدول ...»: «إن» of a cue before, its words
            inner = range(a + 2, t)
            if any(doc.tokens[u].text in _BREAKS or is_complementizer(doc, u) or match_cue(doc, u) is not None
                   or finite_verb(doc.tokens[u]) for u in inner):
                return None
            last = a + 1
            while last + 1 < t and doc.tokens[last + 1].norm_key.startswith("ال") and len(doc.tokens[last + 1].words) == 1:
                last += 1
            return doc.tokens[a + 1].start, doc.tokens[last].end
    return None

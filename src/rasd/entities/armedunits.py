"""Round en525: an armed unit named by its noun and a man's name or one definite word («كتيبة الحسين», «لواء
التوحيد», «سرية الشهيد أحمد ياسين», «وفيلق الرحمن»): an indefinite unit noun (``armed_unit_heads``: كتيبة، كتائب،
لواء، ألوية، سرية، سرايا، فيلق) right before a name the tagger read as a man's (PERSON), or before one definite word
that no mention holds and no definite word follows, is an organisation (an armed group) over what the tagger read
inside it, not the man «الحسين». Not a definite noun («اللواء محمد»: a general), not «للواء» (to the general), not
a rank («برتبة لواء»), not a place after the noun («لواء الإسكندرونة»: a district), not an adjective or a function
word after it («سرية الاتصالات»: a word the tagger left, followed by no name; «لواء البحري»)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from .gazetteer import Gazetteer
from .quotedbodies import _heads, _place, clitic_length, mention

_OPENERS = "«(\"“"  # the quotation marks or bracket that set a unit's name off («(كتيبة الملثمين)»)
_CLOSERS = "»)\"”"


def _lone_word(doc: Doc, mentions: list[Mention], gaz: Gazetteer, i: int) -> int | None:
    """The end of the one definite word at token ``i`` that names a unit («لواء التوحيد»): no mention on it, no
    function word, title or relative adjective, and no definite word right after it; None otherwise."""
    toks = doc.tokens
    t = toks[i]
    k = t.norm_key
    word = t.text.rstrip("،,.:؛»\"")
    if not (k.startswith("ال") and word.isalpha() and len(word) >= 5) or k in gaz.stop or (k,) in gaz.titles \
            or k in fw_keys("unit_ordinals") or k.endswith(("ي", "يه", "يين", "يون")) \
            or any(m.start < t.end and t.start < m.end for m in mentions):
        return None
    if doc.text[toks[i - 1].start - 1 : toks[i - 1].start] not in _OPENERS or doc.text[t.start + len(word) :][:1] not in _CLOSERS:
        return None  # «حمل لواء العدل» (a banner), «كتائب المعارضة» (its fighters): a name only set off
    if i + 1 < len(toks) and not doc.text[t.end : toks[i + 1].start].strip():
        man = next((m for m in mentions if m.start == toks[i + 1].start and m.type == "PERSON"), None)
        if man is not None and word == t.text:
            return man.end  # «سرية الشهيد أحمد ياسين»: an honorific and the man it names
        if toks[i + 1].norm_key.startswith("ال"):
            return None  # «وأعلن لواء التوحيد السيطرة»: a definite word after it, the name's end unsure
    return t.start + len(word)


def definite_units(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Put in place the armed units named by a unit noun and a man's name or one definite word (see the module)."""
    heads = _heads("armed_unit_heads")
    ranks = fw_keys("rank_lead_words")
    toks = doc.tokens
    for i, t in enumerate(toks[:-1]):
        k = t.norm_key
        if k not in heads or k.startswith("لل") or i and toks[i - 1].norm_key in ranks:
            continue
        nxt = toks[i + 1]
        if doc.text[t.end : nxt.start].strip():
            continue
        man = next((m for m in mentions if m.start == nxt.start and m.type == "PERSON"), None)
        end = man.end if man is not None else _lone_word(doc, mentions, gaz, i + 1)
        if end is None:
            continue
        off = max(0, clitic_length(k, frozenset(fw("armed_unit_heads"))))
        _place(mentions, mention(doc, t.start + off, end, "pattern", kind="group"))

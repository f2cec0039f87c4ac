"""Round ents97: a tagger's person run opening on a common plural noun is no person.

«صفقة تضمنت مروحيات أباتشي ودبابات إبرامز»: the tagger reads «دبابات إبرامز» (Abrams tanks) as a man, the foreign
word after a plural noun in «ـات» being a name's shape. A run of two words or more whose first word is a plural in
«ـات» (past «و»), frequent in the news (Zipf × 10 ≥ :data:`_PLURAL_ZIPF10`) and in no name list, is the noun and
what it names (a weapon, a brand), not a person: the mention goes; where a word after the noun is a listed
person's family name or a given name («تصريحات كيري»), the noun alone leaves the name. Not a name in «ـات»
(«بركات», «عرفات»: name words), nor a run the rules or the lists made.

Round ents98: a noun of a leader's followers (``follower_nouns``: «فلول», «أتباع», «أنصار») heads such a run too
(«ورغم المعارك بين القبائل وفلول صالح»: the noun goes, «صالح» stays).
"""

from __future__ import annotations

from ..doc import Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer

_PLURAL_ZIPF10 = 30  # «دبابات» 38, «مروحيات» 34, «طائرات» 45


def plural_head_persons(mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the tagger's person runs that open on a frequent plural noun in «ـات» (see the module)."""
    freq = load_lexicon().freq
    drop: set[int] = set()
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or m.source != "model" or m.attrs.get("gid") or m.attrs.get("role") or len(words) < 2:
            continue
        first = norm_key(words[0])
        if not any(k.endswith("ات") and len(k) >= 5 and freq.get(k, 0) >= _PLURAL_ZIPF10 and gaz.name_word(k) is None
                   or k in fw("follower_nouns") for k in (first, first[1:] if first.startswith("و") else "")):
            continue
        rest = [norm_key(w) for w in words[1:]]
        if any(k in gaz.surnames or "g" in getattr(gaz.name_word(k), "flags", "") for k in rest):
            # «تصريحات كيري» read as one name: the noun goes, the man named after it stays
            cut = m.text.index(words[1], len(words[0]))
            m.start += cut
            m.text = m.text[cut:]
            m.key = norm_key(m.text)
        else:
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]

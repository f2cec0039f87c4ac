"""Round ents98: a tagger's person run that is a noun phrase of another shape names no one (called by :mod:`.stage`).

- ranks written from French or English and nothing else (``foreign_rank_words``): «بترقية عدد من الضباط إلى رتبة
  جنرال وكولونيل ماجور» (colonel-major);
- a dual noun and its dual adjective, in one case: «كان للأزمة سببان رئيسيان», «أصيب جنديين أمريكيين»: both words
  in no name list, the noun's singular and the adjective's masculine a frequent word (not «عدنان سلمان»: names);
- «ال» + a foreign name word the lists know only without the article, and a word after it («نقانق تورنغن والكات
  فورتس»: a sausage): no Western name takes the Arabic article, and an Arab name that does is listed with it;
- a model's name right after a weapon's or vehicle's noun or «طراز» (``model_nouns``: «مروحية من طراز بلاك هوك»,
  «طائرة بلاك هوك»), where no word of it is a listed person's family name («طائرة أوباما» is his).

Not a run the rules or the lists made, nor one with a title; a model's name, also the rules' run of Western name
words («طائرة بلاك هوك»: «بلاك», «هوك» are name words).
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Mention
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer, clitic_head_offset

_WORD_ZIPF10 = 40  # «سبب» 53, «رئيسي» 46: a frequent word
_RARE_ZIPF10 = 20  # a definite form seen this rarely is no word of the language («الكات» 0)


def _bare(key: str) -> str:
    """``key`` without a «و» before its article («والكات» → «الكات»)."""
    return key[1:] if key.startswith("وال") else key


def _ranks(keys: list[str]) -> bool:
    """Is every word of the run (past «و») a rank written from a Western language?"""
    ranks = fw_keys("foreign_rank_words")
    return all(k in ranks or k.startswith("و") and k[1:] in ranks for k in keys)


def _dual_pair(keys: list[str], gaz: Gazetteer) -> bool:
    """Are the two words a dual noun and its dual relative adjective in one case («سببان رئيسيان»)?"""
    if len(keys) != 2:
        return False
    freq = load_lexicon().freq
    noun, adj = keys
    for end, adj_end in (("ان", "يان"), ("ين", "يين")):
        if noun.endswith(end) and adj.endswith(adj_end) and len(noun) >= 5 and len(adj) >= 6:
            stem, masc = noun[: -len(end)], adj[: -len(adj_end) + 1]
            return gaz.name_word(noun) is None and gaz.name_word(adj) is None \
                and freq.get(stem, 0) >= _WORD_ZIPF10 and freq.get(masc, 0) >= _WORD_ZIPF10
    return False


def _definite_foreign(keys: list[str], gaz: Gazetteer) -> bool:
    """Does the run open on «ال» + a Western name word listed only without the article, a rare form («الكات»)?"""
    first = _bare(keys[0])
    if len(keys) < 2 or not first.startswith("ال") or len(first) < 5 or first in gaz.names:
        return False
    w = gaz.names.get(first[2:])
    return w is not None and "w" in w.flags.lower() and "g" not in w.flags and "f" not in w.flags \
        and load_lexicon().freq.get(first, 0) < _RARE_ZIPF10


def _model_name(doc: Doc, starts: list[int], m: Mention, keys: list[str], gaz: Gazetteer) -> bool:
    """Does the run follow a weapon's or vehicle's noun or «طراز» after one space, no word of it a listed person's
    family name nor the run a listed name?"""
    i = bisect_right(starts, m.start - 1) - 1
    if i < 0 or doc.text[doc.tokens[i].end : m.start] != " " or tuple(keys) in gaz.phrases:
        return False
    nouns = fw_keys("model_nouns")
    if clitic_head_offset(doc.tokens[i].text, nouns) is None:
        return False
    return not any(k in gaz.surnames for k in keys)


def noun_run_persons(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the tagger's person runs that are ranks, a dual noun and adjective, «ال» + a foreign word or a model's
    name (see the module), in place."""
    drop: set[int] = set()
    starts = [t.start for t in doc.tokens]
    for m in mentions:
        if m.type != "PERSON" or m.source not in ("model", "names") or m.attrs.get("gid") or m.attrs.get("role"):
            continue
        keys = [norm_key(w) for w in m.text.split()]
        if not keys:
            continue
        if m.source == "model" and (_ranks(keys) or _dual_pair(keys, gaz) or _definite_foreign(keys, gaz)) \
                or _model_name(doc, starts, m, keys, gaz):
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]

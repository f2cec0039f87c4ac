"""Round ne415: a rare name right after a people's adjective standing for a man («والبرتغالي تياغو في الدقيقة 55»,
«ان يمررها الاسباني فابريغاس», «الجنرال الفرنسي آلان بيللغريني»): the adjective (definite, masculine, one
country's: the gazetteer's nisba, with or without «و»/«ل») names his nationality, the words after it his name.
Each word of the name is one of the name lists, and rare in the news (a frequent word
after the adjective is the text going on: «الأميركي الآن», «السوري فريد من نوعه»); at most three, before any
punctuation or other mention. Called by :mod:`.stage` after the tagger's mentions are settled."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..text.normalize import norm_key
from .clitics import clitic_variants
from .crf import load_lexicon
from .gazetteer import Gazetteer

_RARE_ZIPF10 = 40  # a name word this rare (or rarer) in the news is no common word («تياغو»: 32; «الان»: 61)
_MAX_WORDS = 3


def masculine_demonym(key: str, gaz: Gazetteer) -> bool:
    """Is ``key`` a definite masculine singular country adjective («الإسباني», «القطري»), not a feminine, plural or
    dual one («الإسبانيه», «الإسبانيين», «الإسبانيون»)?"""
    return key.startswith("ال") and key in gaz.nisba and not key.endswith(("ه", "ين", "ون", "ان"))


def _demonym(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a definite masculine singular country adjective («الإسباني», «للبرازيلي», «والبرتغالي»)?"""
    return any(masculine_demonym(k, gaz) for k, _, _ in clitic_variants(tok.text))


def _rare_name_word(tok: Token, gaz: Gazetteer, freq: dict[str, int]) -> bool:
    """Is ``tok`` a bare word (no punctuation) of the name lists, rare in the news, and no function word, adjective
    nor title? (A word of no reading at all is as often a verb or a noun the frequency list lacks: «سيزود».)"""
    k = tok.norm_key
    if not tok.text.isalpha() or len(k) < 3 or k.startswith("ال") or k in gaz.stop or k in gaz.nisba \
            or (k,) in gaz.titles or freq.get(k, 0) > _RARE_ZIPF10:
        return False
    return gaz.name_word(k) is not None


def demonym_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the name after a people's adjective standing for a man (see the module's doc) as a person."""
    toks = doc.tokens
    freq = load_lexicon().freq
    covered = sorted((m.start, m.end) for m in mentions)
    seen: dict[str, bool] = {}  # a word's answer to ``_demonym``, for this article (most words repeat)
    for i in range(len(toks) - 1):
        text = toks[i].text
        hit = seen.get(text)
        if hit is None:
            hit = seen[text] = _demonym(toks[i], gaz)
        if not hit:
            continue
        j = i + 1
        while j < len(toks) and j - i <= _MAX_WORDS and doc.text[toks[j - 1].end : toks[j].start] == " " \
                and _rare_name_word(toks[j], gaz, freq) \
                and not any(a < toks[j].end and toks[j].start < b for a, b in covered):
            j += 1
        if j == i + 1:
            continue
        start, end = toks[i + 1].start, toks[j - 1].end
        text = doc.text[start:end]
        mentions.append(Mention(start, end, text, "PERSON", "pattern", norm_key(text), None, {"demonym_name": True}))
        covered.append((start, end))

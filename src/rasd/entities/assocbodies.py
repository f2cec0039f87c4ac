"""Round 78: an association or an office named by its head noun and a genitive chain that no list holds
(called by :mod:`.stage`, after the tagger):

* an indefinite head of ``association_heads`` («جمعية», «رابطة», «نقابة», «مكتب»), one or two indefinite nouns
  and a definite noun that closes the chain («جمعية صناعة الصلب», «رابطة مصدري الحبوب»), then at most two
  definite nisba adjectives («المغربية»);
* the same head, one definite noun and one to three definite adjectives, nisbas or ``association_office_adjectives``
  («مكتب الادعاء العام الفيدرالي»).

One ORGANIZATION mention over the chain, in place of the mentions inside it. Not a head with one noun after it
(«نقابة الصحافيين», «مكتب الرئيس»: a description), nor a chain holding a title, a listed name, a name word,
a function word or a number, nor one a mention crosses, nor across punctuation or a line break."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import none_in
from .gazetteer import Gazetteer, clitic_head_offset
from .mentionedits import cover, short_forms
from .units import spaced

MAX_INDEFINITE = 2  # indefinite nouns of the chain before its definite noun («صناعة» in «جمعية صناعة الصلب»)
MAX_ADJECTIVES = 3  # adjectives after the definite noun («العام الفيدرالي»)
MAX_JOINED = 2  # coordinated genitives after the definite noun («حقوق الإنسان والمواطنة», round ents82)


def _plain_word(doc: Doc, toks: list[Token], k: int, gaz: Gazetteer, office: frozenset[str]) -> str | None:
    """The key of token ``k`` where it is a plain word of a chain (letters only, after a space on the same line,
    no title, listed name, name word or function word save an adjective of ``office``), else None."""
    t = toks[k]
    if not t.text.isalpha() or not spaced(doc, toks[k - 1], t) or "\n" in doc.text[toks[k - 1].end : t.start]:
        return None
    if any(w.kind != "stem" for w in t.words):
        return None  # «للأطباء»: a proclitic opens a complement, no word of the chain
    key = t.norm_key
    if key in office:
        return key
    if key in gaz.nisba or (key.endswith("ه") and key[:-1] in gaz.nisba):
        return key if key.startswith("ال") else None  # «أميركية»: an indefinite adjective, no noun of a name
    if key in gaz.stop or (key,) in gaz.titles or (key,) in gaz.phrases or gaz.is_name_word(key) \
            or (key.startswith("ال") and gaz.is_name_word(key[2:])):
        return None
    return key


def _continues(t: Token, gaz: Gazetteer) -> bool:
    """Does token ``t`` carry on a name: «و» + a definite word, or a «لـ» complement («لوحدات», «للحرس»)?"""
    words = t.words
    if len(words) < 2 or words[0].kind != "proclitic" or words[-1].kind != "stem":
        return False
    if words[0].form == "و":
        return words[-1].norm.startswith("ال") and words[-1].norm not in gaz.stop
    return words[0].form == "ل" and len(words) == 2 and words[-1].norm not in gaz.stop


def _joined_noun(doc: Doc, toks: list[Token], k: int, gaz: Gazetteer, office: frozenset[str]) -> bool:
    """Is token ``k`` «و» + a definite plain noun that goes on a chain's closing noun («والمواطنة», «والإعلاميين»):
    no adjective, title, listed name, name word, people nor body head, no plural in «ات» («والمنظمات الدولية»:
    other bodies), and not the head of a chain of its own (a definite genitive after it)?"""
    t = toks[k]
    words = t.words
    if len(words) != 2 or words[0].form != "و" or words[0].kind != "proclitic" or words[1].kind != "stem":
        return False
    if not t.text.isalpha() or not spaced(doc, toks[k - 1], t):
        return False
    key = words[1].norm
    if not key.startswith("ال") or len(key) < 5 or key.endswith("ات") or _adjective(key, office) or key in gaz.peoples \
            or key in fw_keys("association_heads") or (key[2:],) in gaz.org_heads or (key,) in gaz.org_heads:
        return False
    if key in gaz.stop or (key,) in gaz.titles or (key,) in gaz.phrases or gaz.is_name_word(key) \
            or gaz.is_name_word(key[2:]) or key in gaz.nisba:
        return False
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return nxt is None or not spaced(doc, t, nxt) or not nxt.norm_key.startswith("ال") \
        or _adjective(nxt.norm_key, office)


def _adjective(key: str, office: frozenset[str]) -> bool:
    return key.startswith("ال") and (key.endswith(("ي", "يه")) or key in office)


def association_bodies(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """The associations and offices named by a head and a genitive chain (see the module's doc)."""
    heads = fw_keys("association_heads")
    if none_in(doc, heads):
        return  # (no head in the document: see .dockeys)
    office = fw_keys("association_office_adjectives")
    toks = doc.tokens
    for i in range(len(toks) - 2):
        off = clitic_head_offset(toks[i].text, heads)
        if off is None:
            continue
        k = i + 1
        indefinite = 0
        key = _plain_word(doc, toks, k, gaz, office)
        while key is not None and not key.startswith("ال") and indefinite < MAX_INDEFINITE and k + 1 < len(toks):
            indefinite += 1
            k += 1
            key = _plain_word(doc, toks, k, gaz, office)
        if key is None or not key.startswith("ال") or _adjective(key, office):
            continue  # the chain closes on a definite noun
        end_k = k
        joined = 0
        while joined < MAX_JOINED and end_k + 1 < len(toks) and _joined_noun(doc, toks, end_k + 1, gaz, office):
            end_k += 1  # «حقوق الإنسان والمواطنة», «الصحافيين والإعلاميين»: a coordinated genitive of the name
            joined += 1
        adjectives = 0
        while end_k + 1 < len(toks) and adjectives < MAX_ADJECTIVES:
            nxt = _plain_word(doc, toks, end_k + 1, gaz, office)
            if nxt is None or not _adjective(nxt, office):
                break
            end_k += 1
            adjectives += 1
        if not indefinite and not adjectives and not joined:
            continue  # «مكتب الرئيس», «نقابة الصحافيين»
        if end_k + 1 < len(toks) and spaced(doc, toks[end_k], toks[end_k + 1]) \
                and _continues(toks[end_k + 1], gaz):
            continue  # «... والنقابات», «... لوحدات التدخل»: the name goes on, where it ends is not said
        start, end = toks[i].start + off, toks[end_k].end
        if any(m.start < end and start < m.end and (m.start < start or m.end > end or m.source != "model")
               for m in mentions):
            continue  # a longer name, or a listed or patterned one inside («مكتب التحقيقات الفيدرالي»)
        cover(doc, mentions, start, end, "ORGANIZATION", {"kind": "association"})
    short_forms(mentions, "ORGANIZATION", "association")  # «جمعية صناعة الصلب» after «... المغربية»

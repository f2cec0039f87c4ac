"""Places named after a clear head word, after the tagger (called by :mod:`.stage`), round 54:

- a village named after an indefinite «قرية» or «بلدة» (``village_nouns``) by one definite word rare in the news
  and no adjective of a nation («وقرية الباغوز»): a place (round 71; its country is the one of the places its
  sentence names, :func:`.homeland.local_places`); not «قرية الصيادين» (a common word); round lo418: also after a
  noun of a town, a province or an area (``named_place_heads``: «بمنطقة الجغيني», «مخيم الجلزون»), and an
  indefinite rare word after any of these heads written with its «ة» («بلدة تفتناز», «إقليم شرناخ»; not «بلده»,
  his country, nor a word in «و»);
- a gate named after «جهة» («من جهة باب المغاربة»: the side of a named gate of a city or a mosque) is a place; not
  «من باب الحرص» (out of care: no «جهة» before it);
- the names in a list after an indefinite plural of villages or towns («وبلدات طعوم وسرمين وتفتناز», «قرى كفرنبل
  وحزانو»): words rare in the news (no common word), the second and later after «و», are places; a list of one name
  or of common words («قرى ومدن», «قرى المحافظة») none.

The head words are ``gate_side_nouns`` and ``village_plural_nouns`` in ``function_words.json``."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Mention, Token
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .dockeys import doc_keys
from .gazetteer import Gazetteer
from .units import free_span, spaced

RARE_ZIPF10 = 30  # a village's name is rarer than this in the news («سرمين» 23, «كفرنبل» 27; «مدن» is frequent)
MAX_VILLAGES = 6
_GATE = "باب"
CLITICS = ("و", "ل", "ب", "ف", "ول", "وب")


@lru_cache(maxsize=1)
def village_heads() -> frozenset[str]:
    """The plural heads, bare and after each clitic of ``CLITICS`` («وبلدات»), built once."""
    heads = fw_keys("village_plural_nouns")
    return heads | frozenset(p + h for p in CLITICS for h in heads)


def _place(doc: Doc, mentions: list[Mention], start: int, end: int) -> None:
    text = doc.text[start:end]
    mentions.append(Mention(start, end, text, "LOCATION", "pattern", norm_key(text), None, {}))


def _rare(tok: Token, gaz: Gazetteer, off: int = 0) -> bool:
    """A word of letters rare in the news, no listed word; a definite one of five letters or more («الزارة», round
    83: not «المحافظة», «الاشتباك», common words)."""
    k = norm_key(tok.text[off:])
    return tok.text[off:].isalpha() and len(k) >= (5 if k.startswith("ال") else 3) and k not in gaz.stop \
        and (k,) not in gaz.titles and k not in gaz.nisba and load_lexicon().freq.get(k, 0) < RARE_ZIPF10


def gate_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«من جهة باب المغاربة»: a side noun, «باب» and a definite word are a gate, a place."""
    if _GATE not in doc_keys(doc):
        return  # (no «باب» in the document: see .dockeys)
    toks = doc.tokens
    sides = fw_keys("gate_side_nouns")
    for i in range(1, len(toks) - 1):
        side, gate, name = toks[i - 1], toks[i], toks[i + 1]
        if gate.norm_key != _GATE:
            continue  # (the one word first: most tokens are no «باب»)
        k = name.norm_key
        if side.norm_key not in sides or not spaced(doc, side, gate) \
                or not spaced(doc, gate, name) or not name.text.isalpha() or not k.startswith("ال") \
                or len(k) < 5 or k in gaz.stop:
            continue
        over = [m for m in mentions if m.start < name.end and gate.start < m.end]
        if any(m.start < gate.start or m.end > name.end or m.type != "LOCATION" for m in over):
            continue
        for m in over:
            mentions.remove(m)
        _place(doc, mentions, gate.start, name.end)


def _second_of_two(toks: list[Token], j: int, gaz: Gazetteer) -> bool:
    """Round 77: after a dual head and one name, «و» and one definite word of letters, no listed word, a town's name
    however common («مدينتا قدسيا والهامة»); the word after it no adjective («والمنطقة المجاورة»)."""
    k = norm_key(toks[j].text[1:])
    if not toks[j].text.startswith("وال") or not toks[j].text.isalpha() or len(k) < 5 or k in gaz.stop \
            or k in gaz.nisba or (k,) in gaz.titles:
        return False
    return j + 1 >= len(toks) or not toks[j + 1].norm_key.startswith("ال")


def village_lists(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«وبلدات طعوم وسرمين وتفتناز»: an indefinite plural of villages and two or more rare words joined by «و»."""
    toks = doc.tokens
    heads = village_heads()
    for i, t in enumerate(toks[:-3]):
        if t.norm_key not in heads:
            continue
        names: list[tuple[int, int]] = []
        dual = t.norm_key.endswith("تا")  # («مدينتا»: two towns, not «my town»)
        j = i + 1
        while j < len(toks) and len(names) < MAX_VILLAGES and spaced(doc, toks[j - 1], toks[j]):
            off = 1 if names and toks[j].text.startswith("و") else 0
            if not names and toks[j].text.startswith("و"):
                break  # «قرى وبلدات»: another head, not a name
            if names and not off:
                break
            if len(names) == 1 and dual and _second_of_two(toks, j, gaz):
                names.append((toks[j].start + 1, toks[j].end))  # «مدينتا قدسيا والهامة»: the dual counts two
                break
            if not _rare(toks[j], gaz, off) \
                    or off and load_lexicon().freq.get(toks[j].norm_key, 0) >= RARE_ZIPF10:
                break
            names.append((toks[j].start + off, toks[j].end))
            j += 1
        if len(names) < 2:
            continue
        for s, e in names:
            if free_span(mentions, s, e):
                _place(doc, mentions, s, e)


def _country_adjective_after(doc: Doc, toks: list[Token], j: int, gaz: Gazetteer) -> bool:
    """Round lo418: the indefinite name at ``j`` after a feminine head is followed by a feminine country adjective
    that agrees with the head («بلدة حضر السورية»), however common the word; not a word in «ة», an adjective of the
    head itself («منطقة عازلة سورية»), nor a definite word, the genitive of a common noun («منطقة الجزاء
    البرازيلية», the Brazilian penalty area)."""
    k = toks[j].norm_key
    if not toks[j - 1].text.endswith("ة") or j + 1 >= len(toks) or not spaced(doc, toks[j], toks[j + 1]):
        return False
    if k.startswith("ال") or k.endswith("ه"):
        return False
    adj = toks[j + 1].norm_key
    return adj.startswith("ال") and adj.endswith("يه") and adj in gaz.nisba


def village_names(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«وقرية الباغوز»: an indefinite noun of a village (with its clitics) and one definite word rare in the news;
    round lo418: also after a noun of a town, a province or a district (``named_place_heads``: «في مديرية لودر»,
    «بمنطقة الجغيني»), and an indefinite word rare in the news after any of them («قرب بلدة تفتناز»)."""
    toks = doc.tokens
    villages = fw_keys("village_nouns")
    nouns = villages | fw_keys("named_place_heads")
    heads = nouns | frozenset(p + h for p in CLITICS for h in nouns)
    village_keys = villages | frozenset(p + h for p in CLITICS for h in villages)
    for n, (t, name) in enumerate(zip(toks, toks[1:])):
        if t.norm_key not in heads or not spaced(doc, t, name):
            continue
        k = name.norm_key
        if not name.text.isalpha() or len(k) < (5 if k.startswith("ال") else 3) or k in gaz.stop \
                or k in gaz.nisba or (k,) in gaz.titles:
            continue
        if load_lexicon().freq.get(k, 0) >= RARE_ZIPF10 and not _country_adjective_after(doc, toks, n + 1, gaz):
            continue
        if (not k.startswith("ال") or t.norm_key not in village_keys) \
                and (t.text[-1] not in "ةم" or name.text.startswith("و")):
            continue  # (round lo418's wider reading: a head as written, «بلدة» not «بلده», his country; not
            # «و» + a word, another conjunct: «بلده وأمته»)
        if free_span(mentions, name.start, name.end):
            _place(doc, mentions, name.start, name.end)

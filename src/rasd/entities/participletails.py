"""Round qn428: a definite participle the tagger read as a person's last name word, before its complement
(called by :mod:`.stage`).

«وأكد الناشط والصحافي رحماني المقيم بالعاصمة الفرنسية»: «المقيم» (residing) is an adjective of the man, its
complement a prepositional phrase right after it («بالعاصمة», «في باريس»), no family name (nor does
:func:`.fullnames.surname_after_title` take it after a one-word name a title read). The last word of a PERSON
mention of two words or more is cut where it is a definite «مـ» participle («الم...») frequent in the news (Zipf ≥
3), that no name list has as a given or family name and no list reads as a country adjective, and the next word,
after one space, is a preposition or a word written with «بـ»/«لـ» and the article («بالعاصمة», «للأمم»). Not
«محمد المصري في القاهرة» (a country adjective), not «نوري المالكي في بغداد» (a listed family name)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer

COMMON_ZIPF10 = 30  # a word at or over it is a word of the news («المقيم»: 42)
_PREP_ARTICLE = ("بال", "لل")


def _participle(gaz: Gazetteer, k: str) -> bool:
    """A definite «مـ» participle of the news, no given or family name, no country adjective («المقيم»)."""
    w = gaz.name_word(k)
    return k.startswith("الم") and len(k) >= 5 and k.isalpha() and k not in gaz.nisba \
        and not (w is not None and ({"g", "f"} & set(w.flags))) and load_lexicon().freq.get(k, 0) >= COMMON_ZIPF10


def participle_complement(gaz: Gazetteer, k: str, nxt: str) -> bool:
    """Is the word of key ``k`` a definite participle (see :func:`_participle`) before ``nxt``, the key of a
    preposition or of a word with «بـ»/«لـ» and the article: its complement («المقيم» + «بالعاصمة»)?"""
    return _participle(gaz, k) and (nxt in fw("prepositions") or nxt.startswith(_PREP_ARTICLE))


def participle_tails(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Cut «رحماني المقيم» to «رحماني» before «بالعاصمة» (see the module's doc), in place."""
    for m in mentions:
        words = m.text.split()
        if m.type != "PERSON" or m.source not in ("model", "title") or len(words) < 2 \
                or doc.text[m.end : m.end + 1] != " ":
            continue
        after = doc.text[m.end + 1 : m.end + 40].split(maxsplit=1)
        if not participle_complement(gaz, norm_key(words[-1]), norm_key(after[0]) if after else ""):
            continue
        rest = m.text[: m.text.rstrip().rfind(" ")].rstrip()
        m.end = m.start + len(rest)
        m.text = rest
        m.key = norm_key(rest)
        m.attrs["cut_common"] = words[-1]

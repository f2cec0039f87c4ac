"""Readings of names by the list or the apposition they stand in, after the tagger:

- a man named before «،» and his office («وقال دليل آمد، عضو العلاقات الخارجية»): two words after a verb of saying
  that no mention holds, the first a name word, are his name (the tagger, reading «دليل» as a guide, left them);
- a two-word name the tagger read as a person after «و» and a place named by its kind («إقليم شرناخ وآغري بايزيد»)
  is the next place of the list;
- a listed town whose name begins with «و» between two words joined by «و» («الحمراء والفيوش وهران والحبيل») is
  «و» + the next village of the list, not the town (Oran): its «و» is the list's;
- the given name «علي» (written with «ي») after a definite word and before a person's name is his first name
  («الطفل علي سعد»), not the preposition.
"""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.saying import saying_keys
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import COMMAS as _COMMAS, norm_key
from .gazetteer import Gazetteer
from .units import overlapping, spaced

_ALI = "علي"


def _word(t: Token) -> bool:
    return t.text.isalpha()


def named_before_role(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«وكشف أديب الشيشكلي، سفير الائتلاف»: a verb of saying, two words no mention holds (the first a name word,
    neither a title nor a function word, the second no indefinite adjective), «،» and a title: a person."""
    toks = doc.tokens
    verbs = saying_keys() | fw("report_verbs")
    commas = [j - 2 for j, t in enumerate(toks) if t.text in _COMMAS]  # (the comma first: most tokens are none)
    for n in commas:
        if not 1 <= n < len(toks) - 3:
            continue
        v, a, b, c = toks[n - 1], toks[n], toks[n + 1], toks[n + 2]
        if c.text not in _COMMAS or n + 3 >= len(toks) or not (_word(a) and _word(b)) \
                or not spaced(doc, v, a) or not spaced(doc, a, b):
            continue
        vk = v.norm_key
        if vk not in verbs and not (vk[:1] in "وف" and vk[1:] in verbs):
            continue
        ka, kb, kt = a.norm_key, b.norm_key, toks[n + 3].norm_key
        if (kt,) not in gaz.titles or ka.startswith("ال") or gaz.name_word(ka) is None:
            continue
        if any(k in gaz.stop or (k,) in gaz.titles or k in gaz.nisba for k in (ka, kb)) \
                or not kb.startswith("ال") and kb.endswith("ي") and gaz.name_word(kb) is None:
            continue  # «وقال مصدر أمني، ...»: a source and its adjective
        if overlapping(mentions, a.start, b.end):
            continue
        text = doc.text[a.start : b.end]
        mentions.append(Mention(a.start, b.end, text, "PERSON", "pattern", norm_key(text), None, {}))


def place_list_person(doc: Doc, mentions: list[Mention]) -> None:
    """«إقليم شرناخ وآغري بايزيد»: a tagged person right after «و» and a place that a place noun names is the
    list's next place."""
    toks = doc.tokens
    places = [m for m in mentions if m.type == "LOCATION"]
    for m in mentions:
        if m.type != "PERSON" or m.source != "model" or m.start == 0 or doc.text[m.start - 1] != "و":
            continue
        prev = next((p for p in places if p.end <= m.start - 1 and doc.text[p.end : m.start - 1].isspace()), None)
        if prev is None:
            continue
        before = [t for t in toks if t.end <= prev.start]
        if before and spaced(doc, before[-1], next(t for t in toks if t.start >= prev.start)) \
                and before[-1].norm_key in fw("place_kind_nouns"):
            m.type = "LOCATION"


def conjunct_place(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«الحمراء والفيوش وهران والحبيل»: a listed town that begins with «و» (its whole word) between two words that
    begin with «و» is «و» + an unknown place of the list."""
    toks = doc.tokens
    starts = {t.start: i for i, t in enumerate(toks)}
    for m in mentions:
        i = starts.get(m.start)
        if m.type != "LOCATION" or m.source != "gazetteer" or i is None or not 0 < i < len(toks) - 1 \
                or toks[i].end != m.end or not m.text.startswith("و") or len(m.text) < 4:
            continue
        a, b = toks[i - 1], toks[i + 1]
        if not (_word(a) and _word(b) and a.text.startswith("و") and b.text.startswith("و")
                and spaced(doc, a, toks[i]) and spaced(doc, toks[i], b)):
            continue
        m.start += 1
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)
        m.source = "pattern"
        m.attrs.pop("gid", None)
        m.attrs.pop("kind", None)


def given_ali(doc: Doc, mentions: list[Mention]) -> None:
    """«الطفل علي سعد دوابشة»: «علي» between a definite word and a person's name of two words or more is his
    first name."""
    toks = doc.tokens
    ends = {t.end: i for i, t in enumerate(toks)}
    starts = {t.start: i for i, t in enumerate(toks)}  # (tokens do not overlap: one token per start)
    for m in mentions:
        if m.type != "PERSON" or len(m.text.split()) < 2:
            continue
        i = starts.get(m.start)
        if i is None or i < 2:
            continue
        ali, before = toks[i - 1], toks[i - 2]
        if ali.text != _ALI or not spaced(doc, ali, toks[i]) or not spaced(doc, before, ali) \
                or not before.norm_key.startswith("ال") or before.end not in ends:
            continue
        if overlapping(mentions, ali.start, ali.end):
            continue
        m.start = ali.start
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)

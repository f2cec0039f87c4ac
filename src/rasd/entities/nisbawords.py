"""Round 75: a country's name that is the indefinite accusative of its adjective after an indefinite noun of
people: «قتل 29 جنديا أوكرانيا» (29 Ukrainian soldiers), «اعتقل مواطنا سوريا» (a Syrian citizen). The word reads
«أوكرانيًا», the adjective agreeing with its noun, and names no place; «إلى أوكرانيا», «زار سوريا» stay the
country. The noun is one of ``actor_heads`` (function_words.json) with the accusative «ا», and the name less
its «ا» is a country adjective of the gazetteer.

Also (:func:`given_name_countries`) a country's name that is a Western surname of the name lists right after a
Western given name (no Arabic family name) is that person's surname: «ليزا موناكو» is one person, not Monaco."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw
from ..text.normalize import norm_key
from .gazetteer import Gazetteer


def _token_starting(toks: list[Token], pos: int) -> int | None:
    """The index of the token that starts at ``pos``."""
    lo, hi = 0, len(toks)
    while lo < hi:
        mid = (lo + hi) // 2
        if toks[mid].start < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo if lo < len(toks) and toks[lo].start == pos else None


def _accusative_noun(key: str) -> bool:
    """Is ``key`` an indefinite noun of people in the accusative («جنديا», «مواطنا»)?"""
    return key.endswith("ا") and not key.startswith("ال") and key[:-1] in fw("actor_heads")


def accusative_nisbas(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop the one-word country mentions that are the accusative adjective of the noun of people before them
    (in place)."""
    drop: set[int] = set()
    toks = doc.tokens
    for m in mentions:
        if m.type != "LOCATION" or " " in m.text.strip():
            continue
        key = norm_key(doc.text[m.start : m.end])
        if not key.endswith("ا") or key[:-1] not in gaz.nisba:
            continue
        n = _token_starting(toks, m.start)
        if n is None or n == 0 or not doc.text[toks[n - 1].end : toks[n].start].isspace():
            continue  # (a clitic before the name: «لأوكرانيا» is the country)
        if _accusative_noun(toks[n - 1].norm_key):
            drop.add(id(m))
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def given_name_countries(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Read a one-word country that a name list holds too, right after a Western given name (a space between, no
    clitic on either), as that person's surname: one PERSON mention over both words (in place); not after a
    ruler's title («الأمير ألبرت موناكو»), nor after a name the given one ends («صدام حسين الكويت»)."""
    toks = doc.tokens
    for idx, m in enumerate(mentions):
        sur = gaz.name_word(m.key)
        if m.type != "LOCATION" or " " in m.text.strip() or m.key.startswith("ال") or sur is None or "w" not in sur.flags:
            continue  # («الكويت»: a definite country is no Western surname; «عمان» is no Western name)
        n = _token_starting(toks, m.start)
        if n is None or n == 0 or toks[n].end != m.end or not doc.text[toks[n - 1].end : toks[n].start].isspace():
            continue
        given = toks[n - 1]
        w = gaz.name_word(given.norm_key)
        if w is None or "W" not in w.flags or "c" in w.flags or "f" in w.flags:
            continue  # («سلطان عمان», «حسين»: an Arabic family name too, its bearer's or his office)
        if n >= 2 and toks[n - 2].norm_key in fw("eponym_titles"):
            continue  # «الأمير ألبرت» of Monaco: a ruler named with his realm
        start = given.start
        if any(o.start < m.start and start < o.end and (o.type != "PERSON" or o.start < start) for o in mentions):
            continue  # (the given name inside another name: «صدام حسين» then «الكويت», Kuwait)
        text = doc.text[start : m.end]
        mentions[idx] = Mention(start, m.end, text, "PERSON", "pattern", norm_key(text))
        mentions[:] = [o for o in mentions if not (o is not mentions[idx] and o.start < m.end and start < o.end)]
        return given_name_countries(doc, mentions, gaz)

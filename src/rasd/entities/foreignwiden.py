"""Round qn428: a foreign person's name of several words that the tagger cut to one word (called by :mod:`.stage`
after :func:`.namewiden.widen_persons`).

* rightward: a one-word PERSON mention that is a foreign given name of the name lists (a Western transliteration,
  no common word, no article: «لوري», «لوريتا») takes the word after it (and an initial between: «لوريتا إي
  لينش») where that word is a name word no list has as a common word, or a word too rare for a noun of the news
  («والاش»), and the name is closed right after it: «،», «:», «(», or a title («وقال لوري والاش مدير منظمة»).
  Not a function word, verb, title, place, body or country adjective; not before another word of the clause
  («أوباما الاتفاق»: a common word; «عمر انسحبا»: a verb);
* leftward: a one-word PERSON mention that is a family name only (no given name, no common word: «رحماني») or a
  foreign surname (a transliterated name word that is no given name, or a rare word: «سيليفيان») takes the given
  name right before it (an Arabic or Western given name of the lists, no common word, title or function word, no
  clitic or article: «اتهم تقي رحماني»، «ويقول باول سيليفيان،»), or an initial with its full stop («قال كيه.
  شانموجام»), or a Western given name and an initial with none («لوريتا إي لينش،», where the rules read «لينش»
  alone before her title). Not «لقاء أوباما» (a common word), not «خليفة عمر» (a given name after), not «إدارة أوباما».

A span is widened only over words no other mention covers.
"""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.trigger_table import verb_forms  # data only (the events layer's trigger table), no stage
from ..text.normalize import norm_key
from .clitics import clitic_keys
from .crf import load_lexicon
from .gazetteer import INITIALS, Gazetteer

RARE_ZIPF10 = 15  # a word under it no list knows may be a foreign surname («والاش»: absent)
_CLOSERS = frozenset(("،", ",", ":", "("))


def _listed_word(gaz: Gazetteer, k: str) -> bool:
    """Is ``k`` a word a list reads otherwise: a function word, a country adjective, a title, a place, a body?"""
    return k in gaz.stop or k in gaz.nisba or (k,) in gaz.titles or (k,) in gaz.phrases \
        or (k,) in gaz.complements or (k,) in gaz.org_heads


def _foreign_given(gaz: Gazetteer, k: str) -> bool:
    """A Western given name of the lists, no common word, family name or article («لوري», «لوريتا»)."""
    w = gaz.name_word(k)
    return w is not None and ("w" in w.flags or "W" in w.flags) and "c" not in w.flags and "f" not in w.flags \
        and not k.startswith("ال") and not _listed_word(gaz, k)


def _surname(gaz: Gazetteer, t: Token) -> bool:
    """May ``t`` be a foreign surname: a name word that is no common word, or a rare word («والاش») that no
    proclitic reading makes a known word, of three letters or more, no article, no verb?"""
    k = t.norm_key
    if not t.text.isalpha() or len(k) < 3 or k.startswith("ال") or _listed_word(gaz, k) or k in verb_forms():
        return False
    w = gaz.name_word(k)
    if w is not None:
        return "c" not in w.flags
    freq = load_lexicon().freq
    return all(freq.get(v, 0) < RARE_ZIPF10 and (v,) not in gaz.phrases and v not in gaz.stop
               for v in clitic_keys(t.text))


def _closed(doc: Doc, gaz: Gazetteer, toks: list[Token], j: int) -> bool:
    """Is the name closed right after ``toks[j]``: a comma, a colon, a bracket, or a title word?"""
    if j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    if nxt.text in _CLOSERS:
        return True
    return doc.text[toks[j].end : nxt.start] == " " and (nxt.norm_key,) in gaz.titles


def _free(mentions: list[Mention], m: Mention, start: int, end: int) -> bool:
    return not any(o is not m and o.start < end and start < o.end for o in mentions)


def _right(doc: Doc, gaz: Gazetteer, mentions: list[Mention], toks: list[Token], i: int, m: Mention) -> int | None:
    """The new end of the foreign given name ``m`` ending at ``toks[i]``, or None."""
    if not _foreign_given(gaz, m.key):
        return None
    j = i + 1
    if j + 1 < len(toks) and toks[j].norm_key in INITIALS and doc.text[toks[i].end : toks[j].start] == " ":
        j += 2 if toks[j + 1].text == "." and j + 2 < len(toks) else 1  # «لوريتا إي لينش», «جي. مكهيل»
    if j >= len(toks) or doc.text[toks[j - 1].end : toks[j].start] != " " or not _surname(gaz, toks[j]) \
            or not _closed(doc, gaz, toks, j) or not _free(mentions, m, m.end, toks[j].end):
        return None
    return toks[j].end


def _given(gaz: Gazetteer, t: Token) -> bool:
    """Is ``t`` a given name of the lists, Arabic or Western, that is no common word, title, function word, verb,
    and bears no article or punctuation («تقي», «باول», «فالتر»)?"""
    g = gaz.name_word(t.norm_key)
    return g is not None and bool({"g", "w", "W"} & set(g.flags)) and "c" not in g.flags and t.text.isalpha() \
        and not t.norm_key.startswith("ال") and not _listed_word(gaz, t.norm_key) and t.norm_key not in verb_forms()


def _foreign_surname(gaz: Gazetteer, k: str) -> bool:
    """A foreign surname's shape: a transliterated name word that is no given name or common word («بوش» of
    «فالتر بوش»), or a word of four letters or more too rare for a noun of the news («سيليفيان», «شانموجام»)."""
    if k.startswith("ال") or _listed_word(gaz, k):
        return False
    w = gaz.name_word(k)
    if w is not None:
        return "w" in w.flags and "g" not in w.flags and "c" not in w.flags
    return len(k) >= 4 and k.isalpha() and load_lexicon().freq.get(k, 0) < RARE_ZIPF10


def _left(doc: Doc, gaz: Gazetteer, mentions: list[Mention], toks: list[Token], i: int, m: Mention) -> int | None:
    """The new start of the lone family name ``m`` starting at ``toks[i]``, or None: the given name right before
    it where ``m`` is a family name only («تقي رحماني») or a foreign surname («باول سيليفيان»); an initial with its
    full stop before a foreign surname («كيه. شانموجام»)."""
    f = gaz.name_word(m.key)
    family = f is not None and "f" in f.flags and "g" not in f.flags and "c" not in f.flags
    if i == 0 or not (family or _foreign_surname(gaz, m.key)):
        return None
    prev = toks[i - 1]
    if doc.text[prev.end : m.start] == " " and _given(gaz, prev) and _free(mentions, m, prev.start, m.start):
        return prev.start
    if i >= 2 and prev.norm_key in INITIALS and doc.text[prev.end : m.start] == " " and _foreign_surname(gaz, m.key) \
            and doc.text[toks[i - 2].end : prev.start] == " " and _given(gaz, toks[i - 2]) \
            and _free(mentions, m, toks[i - 2].start, m.start):
        return toks[i - 2].start  # «قالت لوريتا إي لينش»: a given name and an initial with no full stop
    if i >= 2 and prev.text == "." and _foreign_surname(gaz, m.key) and toks[i - 2].norm_key in INITIALS \
            and doc.text[toks[i - 2].end : m.start] == ". " and _free(mentions, m, toks[i - 2].start, m.start) \
            and (i == 2 or doc.text[toks[i - 3].end : toks[i - 2].start] != ""):
        return toks[i - 2].start  # «قال كيه. شانموجام»
    return None


def foreign_runs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Widen one-word foreign person names over their other words (see the module's doc), in place."""
    toks = doc.tokens
    at = {t.start: i for i, t in enumerate(toks)}
    for m in mentions:
        if m.type != "PERSON" or m.source not in ("model", "title", "pattern") or " " in m.text:
            continue
        i = at.get(m.start)
        if i is None or toks[i].end != m.end:
            continue
        end = _right(doc, gaz, mentions, toks, i, m)
        start = _left(doc, gaz, mentions, toks, i, m) if end is None else None
        if end is None and start is None:
            continue
        m.start, m.end = start if start is not None else m.start, end if end is not None else m.end
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)
        m.attrs["widened_by"] = "foreign"

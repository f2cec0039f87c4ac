"""A person's country from a gentilic in an apposition right after his name: «أبو مصعب الزرقاوي، الحركي الأردني
المتشدد» (JOR): a comma, a definite noun of a person (no body, no place, no state noun) and a definite country
adjective agreeing with it. Not where the noun heads a body («X، الجيش الأردني»: a list of actors) or the
adjective opens a listed body's name."""

from __future__ import annotations

from ..doc import Entity, Mention
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .gazetteer import Gazetteer

_PUNCT = "«»\"()،,.:؛"


def nisba_after(g: Gazetteer, text: str, m: Mention) -> str | None:
    """The country of «، الـNOUN الـNISBA» right after ``m``; None elsewhere."""
    rest = text[m.end : m.end + 80]
    if not rest.startswith(("، ", ", ")):
        return None
    words = rest[2:].split()[:3]
    if len(words) < 2 or any(ch in _PUNCT for ch in words[0]):
        return None
    noun, adj = norm_key(words[0]), norm_key(words[1].strip(_PUNCT))
    if not noun.startswith("ال") or len(noun) < 5 or not adj.startswith("ال") or adj not in g.nisba:
        return None
    if noun in g.nisba or noun in g.stop or (noun,) in g.phrases or (noun,) in g.org_heads \
            or (noun[2:],) in g.org_heads or (noun,) in g.complements or noun in fw("state_nouns") \
            or (noun, adj) in g.phrases:
        return None
    return g.nisba[adj]


def quoted_nisba(g: Gazetteer, text: str, m: Mention) -> str | None:
    """The country of a definite country adjective right after the closing quotation mark round a name: «قاعدة
    «إنجرلك» التركية», «منظمة «التأمين الاجتماعي» الإيرانية» (the adjective of the noun before the marks gives
    the country of the place or body named inside them); None where the marks do not enclose exactly ``m`` or no
    such adjective follows (round ents90)."""
    if m.start < 1 or m.end + 2 >= len(text) or text[m.start - 1] not in _QUOTE_MARKS \
            or text[m.end] not in _QUOTE_MARKS or text[m.end + 1] != " ":
        return None
    words = text[m.end + 2 : m.end + 40].split(maxsplit=1)
    adj = norm_key(words[0].strip(_PUNCT)) if words else ""
    return g.nisba.get(adj) if adj.startswith("ال") else None


_QUOTE_MARKS = "«»\"“”"


def other_branch(g: Gazetteer, text: str, e: Entity, ms: list[Mention]) -> None:
    """«حركة «الجهاد الإسلامي» المصرية»: a listed body of one country named in quotation marks with another
    country's adjective right after the closing mark is that country's branch or namesake: its country (and the
    sector of its actor) move to that country, in place; only where the adjective agrees in gender with the noun
    before the marks or with the name's first word («الجهاد ... المصري», «حركة ... المصرية») (round ents91)."""
    for m in ms:
        adj, nouns = _after_marks(text, m)
        iso = g.nisba.get(adj) if adj.startswith("ال") else None
        if not iso or iso == e.country or not any(w.endswith("ه") == adj.endswith("ه") for w in nouns if w):
            continue
        old = str(e.country)
        e.country = iso
        if e.actor and e.actor.startswith(old):
            e.actor = iso + e.actor[len(old):]
        e.attrs["country_from"] = "adjective"
        return


def _after_marks(text: str, m: Mention) -> tuple[str, list[str]]:
    """The word right after the closing mark of a name in marks (within ``m``: «حركة «X»», or round it: «X»),
    and the nouns its adjective may agree with (the one before the opening mark, the name's first word)."""
    inner = m.text.find("«")
    if inner > 0 and m.text.endswith("»"):
        nouns, at, first = [m.text[:inner].split()[-1]], m.end, m.text[inner + 1 :].split()[0]
    elif 0 < m.start and text[m.start - 1] in _QUOTE_MARKS and text[m.end : m.end + 1] in _QUOTE_MARKS:
        nouns, at, first = text[max(0, m.start - 30) : m.start - 1].split()[-1:], m.end + 1, m.text.split()[0]
    else:
        return "", []
    if text[at : at + 1] != " ":
        return "", []
    words = text[at + 1 : at + 40].split(maxsplit=1)
    adj = norm_key(words[0].strip(_PUNCT)) if words else ""
    return adj, [norm_key(w.strip(_PUNCT)) for w in (*nouns, first)]

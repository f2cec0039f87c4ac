"""Whom a subject phrase speaks for, for the quotes stage: a spokesman's phrase («المتحدث باسم الرئيس», «ناطق بلسان
نتنياهو») and the person it names or speaks for, and a person in the genitive of a subject phrase («قائد عسكري موالٍ
للرئيس فلان»), whom it belongs to rather than who it is.
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.chunks import Chunk
from ..events.forms import fw, fw_keys, nkey, stem_key
from .cues import QUOTE_MARK
from .construct_principal import principal_in_construct
from .statement_held import unnamed_author


_OCCASION_LEADS = frozenset(nkey(w) for w in ("بعد", "قبل", "خلال", "أثناء", "اثناء", "عقب", "إثر", "اثر", "قبيل",
                                                "بعيد", "لدى", "إبان", "هامش"))  # (occasion_words but «في», «منذ»)
GENITIVE_REACH = 3  # tokens back from a person to the «لـ» (or «من») that may govern him inside a subject phrase


def genitive_person(doc: Doc, first: Chunk, c: Chunk) -> bool:
    """A person found after the subject phrase ``first`` who is whom it belongs to, not who it is: in a phrase of
    «لـ» on a definite title («قائد عسكري موالٍ للرئيس فلان», «مستشار للرئيس فلان»; not «النائب الأول لرئيس البرلمان
    فلان», whose title the name ends) or after a word of affiliation
    («ضابط تابع لفلان», «مقرب من الرئيس فلان»), no comma between. The nearest «لـ» word before him decides:
    «المبعوث الخاص للأمم المتحدة فلان» (on an organisation) names the envoy."""
    if c.i <= first.i or c.entity is None:
        return False
    if principal_in_construct(doc, first, c):
        return True  # round q364: «مستشار الرئيس باراك أوباما»: the president's adviser, not the president
    if any(doc.tokens[k].norm_key in _OCCASION_LEADS for k in range(first.j + 1, c.i)):
        return True  # round 246: «وقال مسؤول أميركي بعد لقاء جمع فلانا بنظيره»: the one met, not who speaks
    if c.prep == "ل" and doc.tokens[c.i - 1].norm_key in fw("affiliations"):
        return True
    if spoken_for(doc, first, c):
        return True
    for k in range(c.i - 1, max(first.i, c.i - 1 - GENITIVE_REACH), -1):
        tok = doc.tokens[k]
        if tok.text in ("،", ",", ":") or QUOTE_MARK.fullmatch(tok.text):
            return False
        before = doc.tokens[k - 1].norm_key if k > 0 else ""
        if tok.norm_key == "من":
            return before in fw("affiliations")
        lam = [w for w in tok.words if w.kind == "proclitic" and nkey(w.norm) == "ل"]
        if lam:
            stem = stem_key(tok, bare="")
            definite = stem.startswith("ال") and stem[2:] in fw("titles")  # not «لرئيس البرلمان فلان»: his deputy
            if definite and _holds_title(doc, first, c, stem):
                return False  # «النائب الأول للرئيس فلان»: the entity layer gave him that title, his own
            return definite or before in fw("affiliations")
    return False


def _holds_title(doc: Doc, first: Chunk, c: Chunk, stem: str) -> bool:
    """The person of ``c`` holds, among his roles, a deputy's title (deputy_heads) that opens with the head of
    ``first`` and goes on with «لـ» + ``stem`` («النائب الأول للرئيس السوداني» of «النائب الأول للرئيس فلان»): the
    title is his, not his superior's."""
    ent = doc.entity(c.entity) if c.entity is not None else None
    head = doc.tokens[first.i].norm_key.removeprefix("و")
    if ent is None or ent.type != "PERSON" or head not in fw("deputy_heads"):
        return False  # («مستشار للرئيس فلان»: the president's adviser, whatever role the entity layer gave the name)
    for role in ent.roles:
        words = [nkey(w) for w in role.split()]
        if words and words[0] == head and "ل" + stem[1:] in words[1:]:
            return True
    return False


SPEAKS_FOR = ("باسم", "بلسان")  # «المتحدث باسم», «ناطق بلسان»: whom a spokesman speaks for


def speaks_for(doc: Doc, i: int, j: int) -> int:
    """The token of «باسم»/«بلسان» among tokens ``i``..``j`` (a spokesman's phrase: «المتحدث باسم الرئيس»), else -1."""
    return next((u for u in range(i, j + 1) if doc.tokens[u].norm_key.removeprefix("و") in SPEAKS_FOR), -1)


def spokesman(doc: Doc, eid: str | None) -> bool:
    """The entity was called a spokesman («المتحدث باسم الخارجية جين ساكي»: a role with «باسم»/«بلسان»)."""
    ent = doc.entity(eid)
    return ent is not None and any(w in SPEAKS_FOR for r in ent.roles for w in nkey(r).split())


def may_be_spokesman(doc: Doc, eid: str | None) -> bool:
    """A spokesman's phrase («المتحدث باسم المنظمة») may stand for the person: one called a spokesman, or one whose
    roles name no office of his own («الدكتور»; not «المحافظ», «الرئيس الأميركي»: whom a spokesman speaks for)."""
    ent = doc.entity(eid)
    if ent is None or spokesman(doc, eid):
        return ent is not None
    return not any(nkey(r).split()[0].removeprefix("ال") in fw("titles") for r in ent.roles if r.strip())


def names_own_body(doc: Doc, i: int) -> bool:
    """The spokesman's phrase at token ``i`` names the body he speaks for by a name of its own, an indefinite noun in
    construct with more words right after «باسم/بلسان» («الناطق بلسان مستشفى سوروكا»; not «باسم المنظمة», «باسمها»):
    a spokesman of a body the article had not named, no one quoted before (round 176)."""
    toks = doc.tokens
    u = next((u for u in range(i, min(i + 3, len(toks))) if toks[u].norm_key.removeprefix("و") in SPEAKS_FOR), -1)
    if u < 0 or u + 2 >= len(toks):
        return False
    head, nxt = toks[u + 1].norm_key, toks[u + 2].text
    return not head.startswith("ال") and nxt[:1].isalpha() and len(head) > 2


def spoken_for(doc: Doc, first: Chunk, c: Chunk) -> bool:
    """The person ``c`` after the spokesman's phrase ``first`` is whom he speaks for, not the spokesman: his name
    right after «باسم»/«بلسان» («ناطق بلسان نتنياهو», also where the entity layer took «بلسان» into the name), or after
    a title there where the person has a role of his own and none of a spokesman («متحدث باسم الملك السابق فلان»;
    not «المتحدث باسم الرئيس المصري فلان», whose role the entity layer read as the spokesman's)."""
    if doc.tokens[first.i].norm_key.removeprefix("و") not in fw("source_heads"):
        return False
    u = speaks_for(doc, first.i, c.i)
    if u < 0 or u < c.i - 1 - GENITIVE_REACH:
        return False
    if u >= c.i - 1:
        return True
    ent = doc.entity(c.entity)
    return ent is not None and bool(ent.roles) and not spokesman(doc, c.entity) and any(
        doc.tokens[k].norm_key.removeprefix("ال") in fw("titles") for k in range(u + 1, c.i))


_OFFICIAL = frozenset(nkey(w) for w in ("الرسمي", "الرسمية", "رسمي", "رسمية"))  # «المتحدث الرسمي باسم»


def spokesman_of_body(doc: Doc, phrase: Span, eid: str | None) -> bool:
    """The unnamed speaker's phrase ``phrase`` is a spokesman's of the organisation ``eid`` it names after
    «باسم/بلسان» («وقال ناطق باسم الحركة», «المتحدث الرسمي باسم الوزارة»): the body speaks through him (the
    PETRARCH/CAMEO source of «a spokesman of X said» is X), not a man of it («مسؤول في الوزارة»: his affiliation).
    Not a spokesman of a person («متحدث باسم الملك السابق فلان»)."""
    ent = doc.entity(eid)
    first = doc.token_at(phrase.start)
    if ent is None or ent.type != "ORGANIZATION" or first is None:
        return False
    toks = doc.tokens
    if toks[first].norm_key.removeprefix("و") not in fw_keys("spokesman_heads") | fw_keys("spokesman_indefinite_heads"):
        return False
    u = first + 1
    if u < len(toks) and toks[u].norm_key in _OFFICIAL:
        u += 1
    return u < len(toks) and toks[u].norm_key in SPEAKS_FOR and toks[u].end <= phrase.end


def spokesman_again(doc: Doc, c: Chunk, gender: str, quotes: list[Quote], since: int) -> str | None:
    """«وأكد المتحدث أن» / «وأضاف الناطق» alone (no «باسم» after it, no name) after a quote of a spokesman who spoke
    for a body (``spokesman_of_body``), from character ``since`` on and of the cue's gender: that body again."""
    heads = fw_keys("spokesman_heads")
    if c.i != c.j or c.entity is not None or doc.tokens[c.i].norm_key.removeprefix("و") not in heads:
        return None
    nxt = doc.tokens[c.j + 1].norm_key if c.j + 1 < len(doc.tokens) else ""
    if nxt in SPEAKS_FOR or not quotes or quotes[-1].cue.start < since:
        return None
    q = quotes[-1]
    if not q.attrs.get("spokesman_body") or q.attrs.get("gender") != gender:
        return None
    return q.speaker


_THE_SPEAKER = frozenset(nkey(w) for w in ("المتحدث", "المتحدثة"))


def the_one_speaking(doc: Doc, c: Chunk, gender: str, quotes: list[Quote], since: int) -> Span | None:
    """«وأكد المتحدث أن» right after an unnamed speaker's quote («وقال مسؤول في مؤسسة الكهرباء إن ...»): «المتحدث»
    alone, speaking for no one named after it, is the one who just spoke (not a spokesman quoted long before);
    the phrase of the latest quote, where it stands from ``since`` on, agrees with the cue and names no one; None
    otherwise. Also «وأضاف البيان» after an unnamed speaker's quote «في بيان» (``statement_held``): that speaker."""
    if c.i != c.j or doc.tokens[c.i].norm_key.removeprefix("و") not in _THE_SPEAKER:
        return unnamed_author(doc, c, quotes, since)
    nxt = doc.tokens[c.j + 1].norm_key if c.j + 1 < len(doc.tokens) else ""
    if nxt in SPEAKS_FOR or not quotes or quotes[-1].cue.start < since:
        return None
    q = quotes[-1]
    phrase = q.attrs.get("speaker_text")
    if q.speaker is not None or not isinstance(phrase, Span) or q.attrs.get("gender") != gender:
        return None
    return phrase

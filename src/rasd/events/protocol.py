"""Protocol sentences (the style of a press agency's court news): «استقبل صاحب السمو الملكي الأمير فلان ولي العهد
النائب الأول لرئيس مجلس الوزراء وزير الداخلية في قصر اليمامة بالرياض مساء اليوم معالي وزير الخارجية ... فلانا».

A subject after the verb (VSO) carries its titles in apposition (``apposition_end``: titles, their «لـ» genitives,
an adjective); past them the place and the time of the meeting; the one received or met is the first plain phrase
after those (``protocol_object``), past its honorific and title to the name. With a comma the titles end at it
(«... أمير دولة قطر، في مكتبه ... قبل ظهر اليوم، وزراء ...»).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import resolve_title
from .chunks import Chunk, breaks_between, in_time, verb_between, verb_key
from .forms import PLACES, fw, nkey, token_candidates
from .lexicon import Hit

TITLE_COMMA_WINDOW = 8  # tokens from the first title after the subject to the comma that closes them
MEETING = "04"  # CAMEO 04x: consult, meet, receive
PROTOCOL_WINDOW = 14  # tokens from the end of the titles to the object past the place and time


def apposition_end(doc: Doc, source: Chunk, rest: list[Chunk]) -> int:
    """How many chunks of ``rest`` (those after the subject ``source``) are its titles in apposition, one right after
    another: title phrases, the «لـ» genitive of a title («لرئيس مجلس الوزراء», «لجامعة الدول العربية»: not a place,
    which is where one goes), a one-word definite adjective after a title («الأمين | العام»). 0 where no title
    follows the subject."""
    k, prev, titled = 0, source.j, False
    for c in rest:
        if c.i != prev + 1 or c.coord or c.number or (c.entity is not None and c.prep is None):
            break
        after_title = rest[k - 1].title if k else source.title
        if c.prep is None and c.title and c.entity is None:
            titled = True
        elif (not k and not source.title) or in_time(doc, c):
            break
        elif c.prep == "ل" and c.etype not in PLACES:
            pass  # «لرئيس مجلس الوزراء»
        elif not (c.prep is None and c.entity is None and c.i == c.j and c.definite and after_title):
            break
        k, prev = k + 1, c.j
    return k if titled or source.title and source.entity is None and k else 0


def _each_of(doc: Doc, c: Chunk) -> bool:
    """«كلا من فلان وفلان»: the «من» phrase after «كلا» names the objects themselves."""
    return c.prep == "من" and c.i >= 2 and verb_key(doc.tokens[c.i - 2].text) in fw("each_of") and nkey(
        doc.tokens[c.i - 1].text) == "من"


def protocol_object(doc: Doc, chunks: list[Chunk], source: Chunk, rest: list[Chunk],
                    nominal: bool = False) -> tuple[int, list[Chunk]] | None:
    """(where the object search starts, the chunks from the object on) for a VSO subject ``source`` followed by its
    titles (a comma closing them, or none) and then the place and time of the act; None where the sentence has
    not that shape. After a ``nominal`` trigger's genitive, the chunks past its titles. The object is the first plain phrase past the place and time («في قصر السلام بجدة مساء
    اليوم معالي الوزير فلان»; «كلا من» a list), as the name its honorific and title stand for."""
    if not rest:
        return None
    if rest[0].title and rest[0].i == source.j + 1:
        comma = next((t for t in range(rest[0].i, min(len(doc.tokens), rest[0].i + TITLE_COMMA_WINDOW))
                      if doc.tokens[t].text in ("،", ",")), None)  # fmt: skip
        if comma is not None:
            # past the place and time adverbials that may follow it («في مكتبه ... قبل ظهر اليوم، وزراء ...»)
            after = [c for c in rest if c.i > comma]
            bare_first = next((c for c in after if c.prep is None and c.i <= comma + 14 and not in_time(doc, c)), None)
            return comma, [c for c in after if bare_first is None or c.i >= bare_first.i]
    k = apposition_end(doc, source, rest)
    if (not k and not (source.title and source.entity is None)) or k >= len(rest):
        return None  # (a title with no name is the subject itself: «استقبل ولي العهد في مكتبه ...»)
    end = rest[k - 1].j if k else source.j
    if nominal:  # «زيارة الأمير فلان ولي العهد وزير الداخلية للأردن»: the noun's object is sought past the titles
        return (end, rest[k:]) if k else None
    m = k
    while m < len(rest) and rest[m].i - end <= PROTOCOL_WINDOW and (
            rest[m].prep in ("في", "ب") or rest[m].prep is None and in_time(doc, rest[m])):
        m += 1  # the place and time: «في قصر السلام», «بجدة», «مساء اليوم»
    if m == k or m >= len(rest):
        return None
    c = rest[m]
    if c.i - end > PROTOCOL_WINDOW or c.coord or c.number or not (c.prep is None or _each_of(doc, c)):
        return None
    if breaks_between(doc, source.j + 1, c.i) or verb_between(doc, source.j + 1, c.i):
        return None
    if c.prep is not None:  # «كلا من سعادة سفير ...»
        c = Chunk(c.i, c.j, c.start, c.end, c.entity, c.etype, None, False, c.title, c.definite, c.number)
    obj = resolve_title(chunks, c, doc) if c.entity is None else c
    return obj.i - 1, [obj] + [d for d in rest if d.i > obj.j]


def met_past_comma(doc: Doc, chunks: list[Chunk], source: Chunk) -> Chunk | None:
    """«لقاء الأمير فلان بمكتبه في قصر الحكم أمس، السفير الفرنسي فلان»: past a meeting noun's genitive ``source``
    (and its titles), the seat, place and time of the meeting and a comma, the one met: a title (the name it stands
    for) or a person or body named. None where the sentence has not that shape."""
    rest = [c for c in chunks if c.i > source.j]
    m = apposition_end(doc, source, rest)
    end = rest[m - 1].j if m else source.j
    k = m
    while k < len(rest) and rest[k].i - end <= PROTOCOL_WINDOW and (
            rest[k].prep in ("في", "ب") or rest[k].prep is None and in_time(doc, rest[k])):
        k += 1  # «بمكتبه», «في قصر الحكم», «أمس»
    if k == m or k >= len(rest):
        return None
    c = rest[k]
    if c.prep is not None or c.coord or c.number or c.i - end > PROTOCOL_WINDOW or \
            doc.tokens[c.i - 1].text not in ("،", ",") or not (c.title or c.etype in ("PERSON", "ORGANIZATION")):
        return None
    if breaks_between(doc, source.j + 1, c.i) or verb_between(doc, source.j + 1, c.i):
        return None
    return resolve_title(chunks, c, doc) if c.entity is None else c


def honored_guest(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«خلال استقبال سموه في مكتبه بالإمارة اليوم، لرئيس مجلس الإدارة فلان»: past a meeting noun with an honorific
    pronoun as its genitive (the host, named before), its seat, place and time and a comma, the «لـ» phrase is the
    one received (the name its title stands for). None where the sentence has not that shape."""
    toks = doc.tokens
    if hit.pos != "N" or not hit.entry.code.startswith(MEETING) or hit.j + 1 >= len(toks) or nkey(
            toks[hit.j + 1].text) not in fw("honorific_pronouns"):
        return None
    rest = [c for c in chunks if c.i > hit.j + 1]
    k = 0
    while k < len(rest) and rest[k].i - hit.j <= PROTOCOL_WINDOW and (
            rest[k].prep in ("في", "ب") or rest[k].prep is None and in_time(doc, rest[k])):
        k += 1  # «في مكتبه», «بالإمارة», «اليوم»
    if k >= len(rest):
        return None
    c = rest[k]
    lam = c.prep == "ل" or c.prep is None and c.entity is None and any(
        cand.proclitics[-1:] == ("ل",) for cand in token_candidates(toks[c.i]))  # («لوفد»: the word layer kept it)
    if not lam or c.coord or c.number or c.i - hit.j > PROTOCOL_WINDOW or (c.entity is not None and c.etype in PLACES):
        return None
    if breaks_between(doc, hit.j + 1, c.i) or verb_between(doc, hit.j + 1, c.i):
        return None
    return resolve_title(chunks, c, doc) if c.entity is None else c


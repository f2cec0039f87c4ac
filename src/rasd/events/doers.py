"""Who does an act and who does not: the tellers of an act of force, and an agent phrase a target ran over.

Who speaks of an act of force, or inquires into it, is not who does it.
The subject of a verb of condemning, criticising, accusing or investigating («وأدانت الخارجية الفرنسية خطف مئتي
مدني», «وتحقق الشرطة في مقتل ثلاثة», «واتهمت الحكومة بقتل المتظاهرين») is no source of the act of force in its
complement: it judges that act (the accused, where named, is its source; a court's verdict is recoded before).
Round 61 did this for reporters (``parties.reporter``, ``actors.press_actor``); this is the same for the bodies
that condemn, accuse and investigate.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, breaks_between
from .forms import fw, nkey, phrase_keys
from .lexicon import Hit, match_token
from .named import referent

FORCE = ("ASSAULT", "COERCE", "FIGHT")
TELLING = ("09", "111", "112")  # CAMEO: investigate; criticise or denounce; accuse
TITLE_GAP = 3  # tokens from a title right after a telling verb to the name it stands for («وزير الخارجية فلان»)


def teller_source(doc: Doc, chunks: list[Chunk], hits: list[Hit], hit: Hit, source: Chunk | None, a: int) -> bool:
    """Is ``source``, found for the act of force ``hit``, the subject of a verb of telling about it (see the module)
    before it in its clause: right after that verb (VSO, past a title) or right before it (SVO), with the act after
    the verb and no clause break, and the act not a verb coordinated with it («أدانت الحكومة الهجوم واعتقلت
    منفذيه»: that is the government's)?"""
    if source is None or hit.entry.plover not in FORCE or source.j >= hit.i:
        return False
    if hit.pos == "V" and any(p in ("و", "ف") for p in hit.cand.proclitics):
        return False
    for h in hits:
        if h.pos != "V" or not h.entry.code.startswith(TELLING) or not (a <= h.i and h.j < hit.i):
            continue
        if breaks_between(doc, h.j + 1, hit.i):
            continue
        first = next((c for c in chunks if c.i > h.j), None)
        vso = first is not None and first.prep is None and first.i == h.j + 1 and (source.i == first.i or (
            first.title and source.etype == "PERSON" and first.j < source.i <= first.j + TITLE_GAP and all(
                any(c.i <= t <= c.j for c in chunks) for t in range(first.j + 1, source.i))))
        svo = source.j < h.i and h.i - source.j <= 2 and source.prep is None
        if vso or svo:
            return True
    return False


def before_agent(doc: Doc, c: Chunk) -> Chunk:
    """An unnamed phrase that ran on over an agent phrase («ثلاثة مدنيين برصاص الجيش», «شاب على يد مسلحين»): the
    words before it; the agent is the act's source (``agent``), not part of its target."""
    if c.entity is not None:
        return c
    agents = phrase_keys(fw("agent_preps"))
    keys = [t.norm_key for t in doc.tokens[c.i : c.j + 1]]
    for k in range(1, len(keys)):
        if any(tuple(keys[k : k + len(ph)]) == ph for ph in agents):
            end = doc.tokens[c.i + k - 1].end
            return Chunk(c.i, c.i + k - 1, c.start, end, None, None, c.prep, c.coord, c.title, c.definite, c.number)
    return c


def pronoun_doer(doc: Doc, hit: Hit, targets: list[Chunk] | None, source: Chunk | None, sent_start: int) -> Chunk | None:
    """«وكانت «القاعدة» قد حصلت بعد سيطرتها على مدينة المكلا»: the pronoun on a noun of force whose object is said
    after it with a preposition of its frame is the doer, and stands for the one entity named before that agrees
    with it (``named.referent``); None where the noun has a source, no such object, or no single referent («بعد
    اعتقاله»: the pronoun is the one arrested)."""
    if source is not None or hit.pos != "N" or hit.entry.plover not in FORCE or not targets:
        return None
    t = targets[0]
    if t.i <= hit.j or not frame_prep_after(doc, hit):
        return None
    ent = referent(doc, hit.j, t.entity, sent_start)
    tok = doc.tokens[hit.j]
    return Chunk(hit.j, hit.j, tok.start, tok.end, ent.id, ent.type, None, False, False, False, False) if ent else None


GOVERNING = frozenset(nkey(w) for w in ("إلى", "الى", "في", "على", "من", "عن", "عبر"))  # a preposition written apart


def governed_verb(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«تهدف إلى قتل الأرواح البريئة», «متورطين في قتل شرطيين»: a verb reading right after a preposition written
    apart is the masdar (a preposition governs no finite verb): the phrase after it is its object, no VSO subject,
    and no subject of the clause before is carried to it."""
    if hit.pos != "V" or hit.entry.plover not in FORCE or hit.cand.proclitics or hit.i - 1 < sent_start:
        return False
    return doc.tokens[hit.i - 1].norm_key in GOVERNING


def frame_prep_after(doc: Doc, hit: Hit) -> bool:
    """Does a preposition of the trigger's frame follow it right away, written apart or on the next word («سيطرتها
    على المدينة», «غاراته عليهم»)?"""
    if hit.j + 1 >= len(doc.tokens):
        return False
    after = doc.tokens[hit.j + 1]
    words = after.words
    prep = after.norm_key if len(words) == 1 else next((w.norm for w in words if w.kind == "proclitic"), None)
    if prep is None and words and words[-1].kind == "enclitic":
        prep = nkey(words[0].norm)  # «عليهم»: the preposition with its pronoun
    return prep is not None and prep in hit.entry.preps


def lam_object_after(doc: Doc, hit: Hit) -> bool:
    """Round 227: «باختطافها للمقاتلين», «بمهاجمتهم لمواقع»: a noun act whose pronoun is followed right away by a
    phrase with «لـ» written on it has that phrase as its object: its pronoun is who does it, not whom."""
    if hit.j + 1 >= len(doc.tokens) or hit.i != hit.j:
        return False
    after = doc.tokens[hit.j + 1]
    words = after.words
    key = after.norm_key
    if key.removeprefix("و") in fw("lam_adverbials"):
        return False  # («اختطافه للمرة الثانية»: a time, no object)
    if match_token(doc.tokens, hit.j + 1) is not None:
        return False  # («انتقاداتها لتوقيع فلان»: an act whose doer is the party, read as before)
    if len(words) == 1 and key.startswith("لل") and len(key) > 4:
        return True  # «للمقاتلين» as one word
    if len(words) < 2 or words[0].kind != "proclitic" or words[0].norm != "ل":
        return False
    return words[-1].kind != "enclitic" or len(words) > 2  # («لها»: a preposition with its pronoun only)

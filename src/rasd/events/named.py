"""Arguments the sentence names that a plain reading leaves empty or takes wrong.

A common-noun target holds the entity it belongs to past a bare «لـ», quotation marks or brackets («مواقع
لـ«جبهة النصرة»», «مواقع (جبهة النصرة)»), and a participle of belonging («مواقع تابعة لتنظيم داعش») makes its
«لـ» phrase the owner of the target, not the agent of the masdar (``owner_gap``, ``belongs_to``). The object
pronoun of a verb of accusing stands for the one named candidate that agrees with it (``pronoun_referent``).
"""

from __future__ import annotations

from ..doc import Doc, Entity
from .acting import is_press
from .chunks import Chunk, enclitic
from .forms import PLACES, fw, fw_keys, nkey, plural_key
from .lexicon import Hit

ACCUSE = "112"  # CAMEO: accuse

OPENING = 2  # tokens before a verb of accusing that still open its sentence («ومن جهتها اتهمته»)
_BRACKETS = ("«", "»", '"', "“", "”", "(", ")", "[", "]")


def owner_gap(doc: Doc, prev: Chunk, d: Chunk) -> bool:
    """Is the named chunk ``d`` the owner of the unnamed phrase ``prev`` across a gap of only quotation marks,
    brackets and at most one bare «لـ» («مواقع لـ«جبهة النصرة»», «مواقع (جبهة النصرة)»)?"""
    gap = doc.tokens[prev.j + 1 : d.i]
    if d.entity is None or d.prep is not None or not gap or len(gap) > 3:
        return False
    lams = sum(1 for t in gap if t.norm_key == "ل")
    if lams > 1 or not (lams or any(t.text in ("(", "[") for t in gap)):
        return False  # (quotation marks alone are the head word's case: «معسكر «لواء المجد»»)
    if doc.tokens[prev.j].norm_key in fw("adverbs"):
        return False  # «قائلة لـ«الشرق الأوسط»»: to whom it was said, not whose
    return all(t.text in _BRACKETS or t.norm_key == "ل" for t in gap)


def belongs_to(doc: Doc, c: Chunk) -> bool:
    """Does the phrase end in a participle of belonging («مواقع تابعة», «المقرات التابعة»): its «لـ» phrase is
    its owner, not who acts (function words ``belonging_words``)?"""
    return doc.tokens[c.j].norm_key in fw("belonging_words")


def feminine_name(doc: Doc, start: int, name: str) -> bool:
    """Is a named body feminine: its first word ends in «ة» («حركة حماس») or is a plural in «ات», which a pronoun
    resumes as «ـها» («الميليشيات الحوثية», «وحدات حماية الشعب»), or the word right before the mention ends in «ة»
    («شركة أرامكو») where the name has no head of a body of its own («حزب», «مجلس»: function words
    ``owner_party_heads``)?"""
    first = nkey(name.split()[0] if name.split() else "")
    if first.endswith("ه") or (len(first) >= 4 and first.endswith("ات")):  # (round 48: «قوات النظام» too)
        return True
    if first.removeprefix("ال") in fw_keys("owner_party_heads"):
        return False  # round ev453: «حزب العدالة والتنمية» after «المعارضة التركية»: the name's own head decides
    before = doc.text[max(0, start - 20) : start].split()
    return bool(before) and nkey(before[-1]).endswith("ه")


def pronoun_referent(doc: Doc, hit: Hit, source: Chunk | None, sent_start: int) -> Chunk | None:
    """«واتهمها بالتورط», «واتهمته بأنه»: the one a singular object pronoun on a verb of accusing stands for, in its
    sentence before it or the sentence before: a person for «ـه», a state or a feminine body for «ـها»; only where
    exactly one named candidate agrees (not the source), else for «ـه» the person named last (``nearest_person``);
    the pronoun may be on a preposition of the frame right after the verb (``_frame_pronoun``: «ووجهوا إليه تهمة»);
    one named only in the sentence before where the verb does not open its own (``OPENING`` tokens at most before
    it: a word between may be whom it stands for, «على إعدام محامٍ ... بعدما اتهمته»)."""
    tok = doc.tokens[hit.j]
    if hit.pos != "V" or hit.entry.code != ACCUSE:
        return None
    own = source.entity if source is not None else None
    pron = hit.cand.enclitic or enclitic(tok)  # (ev434: the lexicon splits «اتهمته», «يتهمه»; the word layer does not)
    t = hit.j
    if not pron and (frame_pron := _frame_pronoun(doc, hit)):
        t, pron = hit.j + 1, frame_pron  # «ووجهوا إليه تهمة»
    ent = referent(doc, t, own, sent_start, pron) or nearest_person(doc, t, own, sent_start, pron)
    if ent is not None and hit.j - sent_start > OPENING and not any(
            doc.tokens[sent_start].start <= m.start and m.end <= tok.start for m in ent.mentions):
        ent = None  # (only a verb opening its sentence looks to the sentence before: «على إعدام محامٍ بعدما اتهمته»)
    return Chunk(hit.j, hit.j, tok.start, tok.end, ent.id, ent.type, None, False, False, False, False) if ent else None


def _frame_pronoun(doc: Doc, hit: Hit) -> str:
    """ev434: «ووجهوا إليه تهمة», «ووجهت له تهمة»: the pronoun on a preposition of the verb's frame right after it (not
    «بـ», whose pronoun is the charge: «اتهمه به»); "" where there is none."""
    if hit.j + 1 >= len(doc.tokens):
        return ""
    words = doc.tokens[hit.j + 1].words
    if len(words) != 2 or words[1].kind != "enclitic" or words[0].norm == "ب" or words[0].norm not in hit.entry.preps:
        return ""
    return words[1].norm


def nearest_person(doc: Doc, t: int, own: str | None, sent_start: int, pron: str) -> Entity | None:
    """ev434: «محسن الفضلي، قائد «تنظيم خراسان»، ... واتهمته بأنه», «فإن عشماوي ظل في الجيش المصري. ويتهمه
    المسؤولون»: where a person and a body both agree with the «ـه» on a verb of accusing, the one accused is the
    person named last before it in its sentence, else in the sentence before (not ``own``, the accuser); None for
    «ـها» (``pron``, the pronoun on token ``t``) or where no person is named there."""
    if pron != "ه":
        return None
    at = doc.tokens[t].start
    here = doc.tokens[sent_start].start
    before = max((s.start for s in doc.sentences if s.end <= here), default=here)
    for lo, hi in ((here, at), (before, here)):
        best = max(((m.start, ent) for ent in doc.entities if ent.type == "PERSON" and ent.id != own
                    for m in ent.mentions if lo <= m.start and m.end <= hi), default=None, key=lambda x: x[0])
        if best is not None:
            return best[1]
    return None


def referent(doc: Doc, t: int, own: str | None, sent_start: int, pron: str = "") -> Entity | None:
    """The one entity the singular pronoun on token ``t`` («ـه», «ـها») agrees with, named in its sentence before it
    or in the sentence before (a person or a masculine body for «ـه», a state or a feminine body for «ـها»), not
    ``own``; None where none or more than one agree. ``pron``: the pronoun where the caller read it (else the word
    layer's enclitic on the token)."""
    tok = doc.tokens[t]
    pron = pron or enclitic(tok)
    if pron not in ("ه", "ها"):
        return None
    prev_start = doc.tokens[sent_start].start
    for sent in doc.sentences:
        if sent.end <= doc.tokens[sent_start].start:
            prev_start = sent.start
    found: dict[str, Entity] = {}
    for ent in doc.entities:
        if ent.id == own or is_press(ent):
            continue  # (the paper that is told, «لـ«الشرق الأوسط»», is the teller of the story, none of its parties)
        for m in ent.mentions:
            if not (prev_start <= m.start and m.end <= tok.start):
                continue
            if pron == "ها":
                agree = ent.attrs.get("kind") == "country" or (
                    ent.type == "ORGANIZATION" and feminine_name(doc, m.start, doc.text[m.start : m.end]))
            else:
                agree = ent.type == "PERSON" or (
                    ent.type == "ORGANIZATION" and not feminine_name(doc, m.start, doc.text[m.start : m.end]))
            if agree:
                found[ent.id] = ent
    return next(iter(found.values())) if len(found) == 1 else None


def origin_end(doc: Doc, source: Chunk | None, hit: Hit, rest: list[Chunk], obj_from: int) -> int | None:
    """«وناشد مواطنون من القطيف الحكومة التدخل»: a «من» phrase right after a subject said after the verb tells
    where its members come from; the object is the bare phrase right after it. The last token of that «من» phrase,
    or None (a frame that governs «من» itself: «طلب من»).

    Round ev1005: also a «في» + a named place after a plural of people («وطالب الأهالي في الموصل الحكومة بـ»: where
    they live; a «في» the frame governs stays its own), and the place's coordinated places of one or two words
    («مواطنون من الحديدة وإقليم تهامة الحكومة اليمنية»): the object is the bare phrase right after the last one."""
    if source is None or source.i < hit.j or not rest or rest[0].i > obj_from + 2:
        return None
    prep = rest[0].prep
    if prep == "في" and not (rest[0].etype in PLACES and plural_key(doc.tokens[source.i].norm_key.removeprefix("و"))):
        return None
    if prep not in ("من", "في") or any(t.norm_key != prep for t in doc.tokens[obj_from + 1 : rest[0].i]):
        return None
    if prep in hit.entry.preps or len(rest) < 2 or (rest[0].entity is None and rest[0].j > rest[0].i):
        return None  # (an unnamed phrase of several words may run the object into it: «من البلدة المنظمات»)
    k = 1
    while k + 1 < len(rest) and rest[k].coord and rest[k].prep is None and rest[k].i == rest[k - 1].j + 1 and (
            rest[k].etype in PLACES or rest[k].entity is None and rest[k].j <= rest[k].i + 1) and k < ORIGIN_PLACES:
        k += 1  # «من الحديدة وإقليم تهامة»
    nxt = rest[k]
    return rest[k - 1].j if nxt.prep is None and not nxt.coord and nxt.i == rest[k - 1].j + 1 else None


ORIGIN_PLACES = 3  # a place of origin and at most two more coordinated with it

"""The arguments of a protest found anywhere in its sentence, when its frame found none.

Who protests (the protesters named: «المتظاهرين», «عشرات من المعتصمين»); what it is against or for (a
complement: «منددين بالانقلاب», «للمطالبة باستقالة الحكومة», «الموت لأمريكا»; whom they «came out against»:
«مظاهرات خرجت على الحكومة»); whom the protesters clash with
(«اشتبك المتظاهرون مع الجنود»); the seat of power it is held at or heads for («أمام مجلس المحافظة»).
"""

from __future__ import annotations

import re

from ..doc import Doc
from ..text.normalize import is_arabic_letter
from .acting import actor_phrase
from .actors import owner, phrase_after
from .chunks import Chunk, PLAIN_COMPLEMENTIZERS, clause_stop, first_after, is_content, plain_chunk, verb_key
from .forms import bare, fw, fw_keys, nkey
from .lexicon import Hit
from .protest_joiners import protest_joiners
from .protest_senses import PROTESTER as _PROTESTER
from .word_tests import clause_break



_CROWD = re.compile(r"^[وف]?(?:[بلك]?ال|لل|[بلك])?(?:حشود|جماهير|جموع)$")
ARMED_AFTER = fw_keys("armed_adjectives")  # «حشود عسكرية»: troops
ARMED_OF = fw_keys("armed_of_heads")


def _crowd(doc: Doc, t: int) -> bool:
    """Round oe345: token ``t`` is a crowd noun («الحشود», «الجماهير», «جموع») that names the protesters, not a
    build-up of troops («حشود عسكرية», «حشود من الجنود»)."""
    toks = doc.tokens
    if not _CROWD.match(toks[t].norm_key):
        return False
    nxt = toks[t + 1].norm_key if t + 1 < len(toks) else ""
    after = toks[t + 2].norm_key if t + 2 < len(toks) else ""
    return nxt not in ARMED_AFTER and not (nxt == nkey("من") and after in ARMED_OF)


def protesters(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """Who protests, when no subject was found: the protesters named in the sentence («المتظاهرين»,
    «محتجون», «عشرات من المعتصمين»), the nearest to the trigger; round oe345: or a crowd that names them
    («وبدأت الحشود تتوجه نحو الساحة»; not «حشود عسكرية»); round ev447: else those named as taking part in it
    («وقفات احتجاجية بمشاركة ممثلي النقابات», events.protest_joiners)."""
    best: tuple[int, int] | None = None
    for t in range(sent_start, sent_end):
        if hit.i <= t <= hit.j or not (_PROTESTER.match(doc.tokens[t].norm_key) or _crowd(doc, t)):
            continue
        d = abs(t - hit.i)
        if best is None or d < best[0]:
            best = (d, t)
    if best is None:
        return protest_joiners(doc, chunks, hit, sent_end)
    return plain_chunk(doc.tokens, best[1], best[1])


SENDER_REACH = 8  # tokens from the verb of pushing to the protesters


COUNT_GLUE = fw_keys("count_glue_words")


def _count_word(doc: Doc, k: int) -> bool:
    """Token ``k`` is part of a count: a number, a count word («بآلاف», «مئات»), or the words that join them
    («بأكثر من خمسة آلاف»)."""
    tok = doc.tokens[k]
    key = tok.norm_key
    if key in COUNT_GLUE or any(n.start <= tok.start < n.end for n in doc.numbers):
        return True
    stem = key.removeprefix("ب").removeprefix("ال")
    return stem in fw("quantity_heads") or key.removeprefix("ب") in fw("quantity_heads")


def crowd_sender(doc: Doc, chunks: list[Chunk], crowd: Chunk) -> Chunk | None:
    """Round oe345: the protesters found for a protest sent out by a body («ودفعت الجماعة أمس بأكثر من خمسة آلاف
    متظاهر للاحتشاد ...، احتجاجا على», «دفعت المعارضة بآلاف المحتجين إلى الشوارع»): the one who pushes them
    (``pushing_verbs``), its subject right after the verb, protests through them. Only where the protesters stand
    in the «بـ» phrase after that subject (a time word between may be left out of the chunks), and the subject is a
    named body or person or a noun of people or of a body; not «دفع المتظاهرون ثمنا» (the protesters push)."""
    toks = doc.tokens
    bi = next((k for k in range(crowd.i, max(crowd.i - SENDER_REACH, 0), -1)
               if len(toks[k].words) > 1 and toks[k].words[0].kind == "proclitic" and toks[k].words[0].norm == "ب"),
              None)
    if bi is None or not all(_count_word(doc, k) for k in range(bi, crowd.i)):
        return None  # (the protesters counted in the «بـ» phrase, not those in a clause after it)
    for v in range(bi - 2, max(bi - SENDER_REACH, -1), -1):
        if clause_stop(toks[v].text):
            return None
        if bare(toks[v].norm_key, "pushing_verbs") not in fw("pushing_verbs"):
            continue
        subject = next((c for c in chunks if c.i == v + 1), None)
        if subject is None or subject.prep is not None or subject.number or subject.j >= bi or any(
                v + 1 < c.i < bi and c.i != bi for c in chunks if c is not subject) or _PROTESTER.match(
                toks[subject.i].norm_key):
            return None
        named = subject.entity is not None and subject.etype in ("PERSON", "ORGANIZATION")
        return subject if named or (subject.entity is None and actor_phrase(doc, subject)) else None
    return None


def trigger_protesters(doc: Doc, hit: Hit) -> Chunk | None:
    """The protesters a verb trigger holds as its «next» word, its subject right after it (VSO: «وندد المتظاهرون
    بالقرار», «ورفع المتظاهرون شعارات»): they protest; the phrase after them is what they chant or demand."""
    if hit.pos != "V" or hit.j == hit.i or not _PROTESTER.match(doc.tokens[hit.j].norm_key):
        return None
    return plain_chunk(doc.tokens, hit.j, hit.j)


SLOGAN_HEADS = fw_keys("slogan_heads")  # oe306: «ليستقيل فلان»
NOT_SLOGAN_VERBS = frozenset(nkey(w) for w in ("الموت", "ضد", "بسقوط"))  # (no verb: its phrase is chunked apart)
TO = frozenset(nkey(w) for w in ("إلى", "الى", "الي"))
OWN_SIDE = fw_keys("own_side_words")  # those a call rallies


def _called(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """Round oe306: the addressee of a call told after a protest («وردد المتظاهرون هتافات تدعو الحكومة إلى صرف
    الرواتب», «داعين الرئيس إلى الاستقالة»): the phrase right after «تدعو/داعين» at token ``t``, followed by «إلى»
    or a complement in «بـ»; not the protesters called on («تدعو المواطنين إلى المشاركة»: the protest's own side),
    nor «تدعو إلى إنهاء الحرب» (no addressee). Round oe366: the words are function words ``protest_calls``, with
    the purpose masdars «لمطالبة/لدعوة» («تظاهروا لمطالبة الحكومة بالاستقالة»), and the complement may be a
    masdar in «لـ» («لدعوة قادة مجموعة الثماني للتحرك»)."""
    c = first_after(chunks, t, 1)
    toks = doc.tokens
    if c is None or c.i != t + 1 or c.prep is not None or c.number or c.j + 1 >= len(toks):
        return None
    after = toks[c.j + 1].norm_key
    if not (after in TO or (after[:1] == "ب" and len(after) > 2) or (after[:2] == "لل" and len(after) > 4)):
        return None
    head = toks[c.i].norm_key
    if c.entity is None and not actor_phrase(doc, c) or _PROTESTER.match(head) or head in OWN_SIDE or \
            head in fw("civilian_words") or head in fw("storming_protesters"):
        return None
    return c


def _aim_after(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """The phrase a cue at token ``t`` governs: «منددين بالانقلاب», «مطالبين لجنة ... بنشر» (the addressee of a
    demand), «للمطالبة باستقالة الحكومة» (an event noun and its genitive), «الموت لأمريكا», «ضد الحكومة»."""
    key = verb_key(doc.tokens[t].text)
    toks = doc.tokens
    held = next((c for c in chunks if c.i == t < c.j and c.prep in (None, "ل")), None)
    if held is not None and key in SLOGAN_HEADS and key not in NOT_SLOGAN_VERBS:
        # round oe345: «هتفوا «ليستقيل كيباكي»»: the run of words took in the slogan's verb with the name
        return plain_chunk(toks, t + 1, held.j, held.end)
    nxt = phrase_after(doc, chunks, t)
    loose = [u for u in (t + 1, t + 2) if u < len(toks) and is_content(toks[u]) and not any(c.i <= u <= c.j for c in chunks)]
    lone_bi = nxt is not None and nxt.i == nxt.j == t + 1 and toks[t + 1].norm_key[:1] == "ب"
    if loose and (nxt is None or nxt.i > loose[0] or (lone_bi and loose[0] == t + 2)):
        # a word after the cue is a trigger, in no chunk («تطالب بانهاء الحصار»): the phrase of those words
        raw = _raw_phrase(doc, t + 1)
        cut = next((c for c in chunks if raw is not None and c.i <= raw.j < c.j), None)
        if raw is not None and cut is not None:  # (to the end of the phrase it cuts: «بإعدام الرئيس العراقي الراحل»)
            raw = plain_chunk(toks, raw.i, cut.j, cut.end)
        nxt = raw or nxt
    if nxt is None or nxt.number:
        return None
    if key in SLOGAN_HEADS:
        return nxt if nxt.prep in (None, "ل", "ضد") else None
    if nxt.i - t == 2 and is_content(doc.tokens[t + 1]):  # «للمطالبة باستقالة الحكومة»: an event noun
        return nxt
    if nxt.prep not in (None, "ب", "ل"):
        return None
    word = doc.tokens[nxt.i].norm_key
    lone = nxt.i == nxt.j and word[:1] in ("ب", "ل") and not word.startswith("لل")
    if lone and owner(doc, chunks, nxt).entity is None:
        # «مطالبين بإعدامه», «منددين بالقتل», «مناهضة لكل»: a lone act or pronoun governed by «بـ/لـ» names no one;
        # «معادين للرئيس» and «تأييدا لقرار مجلس الأمن» do
        return None
    return nxt


RAW_PHRASE = 3  # words


def _raw_phrase(doc: Doc, u: int) -> Chunk | None:
    """Up to three words from token ``u`` on, triggers included, to the first punctuation, preposition, relative
    or «أن» (an event's complement where the chunks skipped its trigger words)."""
    toks = doc.tokens
    v = u
    while v < len(toks) and v - u < RAW_PHRASE:
        text = toks[v].text
        key = nkey(text)
        if (not text or not is_arabic_letter(text[0]) or bare(key, "prepositions", "relatives") in fw("prepositions")
                or bare(key, "relatives") in fw("relatives") or key in PLAIN_COMPLEMENTIZERS):
            break
        v += 1
    return plain_chunk(toks, u, v - 1) if v > u else None


ON = nkey("على")


def _risen_against(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """Round ev458: the body or person a protest «came out against» («مظاهرات ... خرجت على حكومة رئيس الوزراء»):
    the phrase right after a form of «خرج» (function words ``came_out_forms``) at token ``t`` and «على», where it
    names one who can be acted against (a name, a noun of people or of a body); not «خرج على القانون» (the law) nor
    «خرج على الهواء» (on air)."""
    toks = doc.tokens
    if toks[t].norm_key not in fw_keys("came_out_forms") or t + 2 >= len(toks) or toks[t + 1].norm_key != ON:
        return None
    c = first_after(chunks, t + 1, 1)
    if c is None or c.i != t + 2 or c.number:
        return None
    return c if c.entity is not None or actor_phrase(doc, c) else None


def _is_aim_cue(doc: Doc, t: int) -> bool:
    key = verb_key(doc.tokens[t].text)
    return key in fw("protest_aims") or key in SLOGAN_HEADS


def protest_aim(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """What a protest is against or for, said by a complement in its sentence: «منددين بالانقلاب», «للمطالبة
    باستقالة الحكومة», «تأييدا لقرار مجلس الأمن», «هتافات مضادة لمحافظ مقديشو», «يهتفون ضد الحكومة», «الموت
    لأمريكا»; first after the trigger, then before it («متظاهرون معادون لحزب الشعب ألقوا ...»)."""
    for t in range(hit.j + 1, sent_end):
        if clause_break(doc.tokens[t].text):
            break
        if _is_aim_cue(doc, t):
            aim = _aim_after(doc, chunks, t)
            if aim is not None:
                return aim
        if verb_key(doc.tokens[t].text) in fw_keys("protest_calls") and (called := _called(doc, chunks, t)) is not None:
            return called
        if (risen := _risen_against(doc, chunks, t)) is not None:
            return risen
    for t in range(hit.i - 1, sent_start - 1, -1):
        if clause_break(doc.tokens[t].text):
            break
        if _is_aim_cue(doc, t):
            aim = _aim_after(doc, chunks, t)
            if aim is not None and aim.j < hit.i:
                return aim
    return None


CLASH_NOUNS = fw_keys("protest_clash_nouns")
CLASH_WINDOW = 8  # tokens from «اشتبك» to «مع»


def clash_side(doc: Doc, chunks: list[Chunk], sent_start: int, sent_end: int) -> Chunk | None:
    """Whom the protesters clash with, in the protest's sentence: «مواجهات بين المتظاهرين والشرطة», «اشتبك
    المتظاهرون مع الجنود»: the other side of the clash."""
    toks = doc.tokens
    for t in range(sent_start, sent_end - 1):
        key = verb_key(toks[t].text)
        if key in CLASH_NOUNS and toks[t + 1].norm_key == "بين":
            sides = [c for c in chunks if c.i > t + 1][:4]
            if len(sides) < 2 or sides[0].i != t + 2:
                continue
            second = next((c for c in sides[1:] if c.coord and c.i <= sides[0].j + 4), None)
            if second is None:
                continue
            if _PROTESTER.match(toks[second.i].norm_key):
                return sides[0]
            if any(_PROTESTER.match(toks[u].norm_key) for u in range(sides[0].i, second.i)):
                return second
        elif key.startswith(("اشتبك", "يشتبك")) or key in CLASH_NOUNS:
            for u in range(t + 1, min(sent_end - 1, t + CLASH_WINDOW)):
                if clause_stop(toks[u].text):
                    break
                if toks[u].norm_key == "مع":
                    c = first_after(chunks, u, 1)
                    if c is not None and any(_PROTESTER.match(toks[w].norm_key) for w in range(t, u)):
                        return c
                    break
    return None


FRONT = frozenset(nkey(w) for w in ("أمام", "امام"))


def protest_venue(doc: Doc, chunks: list[Chunk], hit: Hit, end: int, front: bool) -> Chunk | None:
    """The seat of power a protest is held at or heads for, when nothing says what it is against: «نحو مقر
    الحاكم», «خارج السفارة الصينية», «في محيط المحكمة العليا», «الى باحة البرلمان». A square, a mosque or a
    campus is only where it was («نحو ساحة الشهداء», «خارج الحرم الجامعي»), save after «أمام» where the
    trigger's frame takes it (``front``: «اعتصموا أمام مجلس المحافظة», «تظاهروا أمام برج ايفل»)."""
    toks = doc.tokens
    for t in range(hit.j + 1, end):
        if clause_break(toks[t].text):
            return None
        key = bare(toks[t].norm_key, "prepositions")
        if key not in fw("venue_preps"):
            continue
        c = phrase_after(doc, chunks, t)
        if c is None or c.i != t + 1 or c.number:
            continue
        if front and key in FRONT:
            if c.entity is None and c.i == c.j and toks[c.i].norm_key in fw("land_unit_nouns"):
                continue  # round ev447: «أمام الولايات (مباني المحافظات)»: where, in every province, not whom
            return c
        k = c.i
        if toks[k].norm_key in fw("venue_shells") and k < c.j:
            k += 1  # «باحة البرلمان», «مبنى المحكمة»
        head = toks[k].norm_key
        if (head in fw("venue_seats") and k < c.j) or head in fw("institutions"):
            return c
        if head in fw("venue_seats") and (owned := seat_owner(chunks, k)) is not None:
            return owned
    return None


def seat_owner(chunks: list[Chunk], k: int) -> Chunk | None:
    """Round ev447: the body or person named right after a seat word at token ``k`` that the chunks left alone
    («خارج مكتب منظمة الأمم المتحدة لغوث وتشغيل اللاجئين»): whose seat it is, the protest's target; not a place
    («خارج مكتب في عمان»)."""
    return next((c for c in chunks if c.i == k + 1 and c.prep is None and c.etype in ("ORGANIZATION", "PERSON")), None)

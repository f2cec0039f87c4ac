"""The two sides of a meeting told as «بين X و Y» or «جمع X بـ Y», and «من جهة ... من جهة أخرى», for the object
finder (``between_sides``). events.objects re-exports it.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk, named_genitive, OPENING_QUOTES, finite_verb, in_time, plain_chunk
from .actors import actor_phrase, resolve_title
from .between_reach import dual_named_sides, far_between
from .forms import fw, nkey
from .lexicon import Hit
from .word_tests import clause_break

BETWEEN = "بين"
GATHERING = frozenset(nkey(w) for w in ("جمع", "جمعت", "يجمع", "تجمع"))  # «لقاء جمع الطرفين»
SIDE_WINDOW = 20  # words from the first side to «من جهة» that closes it


def _other_side(doc: Doc, chunks: list[Chunk], first: Chunk, sent_end: int) -> Chunk | None:
    """«بين قوات الجيش والمقاومة الشعبية، من جهة، والميليشيات ...»: the side named after «من جهة» that closes
    the first one (of several conjuncts), or None where no «من جهة» is."""
    toks = doc.tokens
    for u in range(first.j + 1, min(sent_end - 1, first.j + SIDE_WINDOW)):
        if clause_break(toks[u].text):
            return None
        if toks[u].norm_key == "من" and toks[u + 1].norm_key == nkey("جهة"):
            return next((c for c in chunks if u + 1 < c.i <= u + 4 and c.coord and c.prep is None), None)
    return None


def _unsplit_and(doc: Doc, first: Chunk, c: Chunk) -> bool:
    """«بين القوات التركية ومتمردي تنظيم ...»: the unnamed phrase right after the first side after «بين», its word in
    «و» that the word layer left whole (five letters or more), is the second side: nothing else follows «بين X»
    there."""
    k = doc.tokens[c.i].norm_key
    return c.entity is None and c.prep is None and c.i == first.j + 1 and k.startswith("و") and len(k) >= 5


def between_sides(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> tuple[Chunk, Chunk] | None:
    """«اشتباكات بين القوات النظامية وقوات المعارضة», «محادثات بين الحكومة والمعارضة», «لقاء جمع الجهات الدائنة
    لأثينا والمسؤولين اليونانيين»: the two sides of a reciprocal noun act (its frame takes «مع») named after «بين»
    or a verb of bringing together right after it (past one adjective): the first side is the source, the one
    coordinated with it (past the first one's «لـ» phrase) the target. Not where a pronoun is the first side
    («بينها وبين ...»)."""
    if hit.pos != "N" or "مع" not in hit.entry.preps:
        return None
    toks = doc.tokens
    t = hit.j + 1
    if t + 1 < sent_end and toks[t + 1].norm_key in GATHERING | {BETWEEN} and not any(
            c.i <= t <= c.j and c.entity is not None for c in chunks):
        t += 1  # «اشتباكات عنيفة بين»
    elif t + 2 < sent_end and toks[t + 2].norm_key == BETWEEN and toks[t + 1].norm_key in fw("taking_place_verbs"):
        t += 2  # «مواجهات عنيفة دارت بين»: past its adjective, a verb of taking place
    if t + 1 < sent_end and toks[t + 1].norm_key == BETWEEN and toks[t].norm_key in fw("taking_place_verbs"):
        t += 1  # «اشتباكات دارت بين»
    if t < sent_end and toks[t].norm_key not in GATHERING | {BETWEEN} and hit.entry.code.startswith("04"):
        t = far_between(doc, hit.j, sent_end) or t  # round 223: «جولة مباحثات دبلوماسية بين»
    if t >= sent_end or toks[t].norm_key not in GATHERING | {BETWEEN}:
        return None
    q = t + 1
    while q < sent_end - 1 and toks[q].text in OPENING_QUOTES and toks[t].norm_key == BETWEEN:
        q += 1  # «بين «جبهة النصرة» ومقاتلين»: a quoted name
    first = next((c for c in chunks if c.i == q and c.prep in (None, BETWEEN)), None)
    if first is None and toks[t].norm_key != BETWEEN:
        whole = next((c for c in chunks if c.i == t < c.j and c.prep is None and c.entity is None), None)
        first = plain_chunk(toks, t + 1, whole.j, whole.end) if whole is not None else None  # («جمع الجهات»)
    if first is None or first.number:
        return None
    if (dual := dual_named_sides(doc, chunks, first, sent_end)) is not None:
        return dual  # round 277: «بين الرئيسين المصري فلان ونظيره اليمني فلان»
    if first.entity is None and toks[first.i].norm_key in fw("both_sides"):
        return None  # «بين الطرفين»: both in one word
    if first.entity is None and (in_time(doc, first) or toks[first.i].norm_key in fw("not_actors")):
        return None  # «مواجهات تدور بين الحين والآخر»: from time to time
    first = resolve_title(chunks, first, doc)  # «بين الرئيس الأمريكي باراك أوباما والملك سلمان»
    whole = named_genitive(doc, chunks, first)  # «بين وحدات شرق كردستان والجيش»: the name in its genitive is its own
    second = _other_side(doc, chunks, whole, sent_end)
    if second is None:
        second = next((c for c in chunks if whole.j < c.i <= whole.j + 4 and c.i < sent_end and c.prep != "ل"), None)
        if second is not None and any(c.coord and c.prep is None and second.j < c.i <= second.j + 2 and not any(
                t.text in ("،", ",") for t in toks[second.j + 1 : c.i]) for c in chunks):
            return None  # «بين العدالة والتنمية وحزب الشعب»: three conjuncts, the sides unknown
    if second is not None and not second.coord and _unsplit_and(doc, whole, second):
        second = Chunk(second.i, second.j, second.start, second.end, second.entity, second.etype, second.prep, True,
                       second.title, second.definite, second.number)
    if second is None or not second.coord or second.prep is not None or second.number or finite_verb(toks[second.i]):
        return None
    if first.entity is None and second.entity is None and first.i == first.j and second.i == second.j and not (
            actor_phrase(doc, first) or actor_phrase(doc, second)):
        return None  # «المواجهات بين الأمم والشعوب»: two common nouns, no party named
    named = resolve_title(chunks, second, doc)
    if named is not second:
        return first, named
    start = second.start + 1 if second.entity is None and doc.text[second.start] == "و" \
        and second.start == toks[second.i].start else second.start  # (not past a «و» the chunk left: «ووزراء»)
    return first, Chunk(second.i, second.j, start, second.end, second.entity, second.etype, None, True, second.title,
                        second.definite, second.number)  # (its «و» off)

"""Round rv358 (split from ``clauses``): the subject of a light verb («شن/نفذ/أجرى», the organising verbs «نظم»)
before the noun act of force or protest it governs («وشن مسلحون أكراد هجوما», «ونظم المئات من الطلاب مظاهرة») is
the act's source."""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import has_letters_or_digits
from .actors import actor_phrase, can_act, resolve_title
from .chunks import Chunk, breaks_between, in_time, plain_chunk, verb_between
from .forms import PLACES, bare, fw, light_verb_before, nkey
from .lexicon import Hit
from .subjects import subject_before
from .word_tests import clause_break
from .clauses import member_group_before


FORCE_LIGHT_WINDOW = 10  # words from «شن/نفذ/أجرى» to the noun act of force it governs
FORCE_LIGHT_REACH = 20  # tokens scanned for it: punctuation and time words between them count for no word
RESUMPTIVE_PLACES = frozenset(nkey(w) for w in ("فيها", "فيه", "خلالها", "خلاله"))


def _governed_act(doc: Doc, hit: Hit, t: int) -> bool:
    """«نفذت «ايتا» المجموعة المسؤولة عن مقتل ...»: a preposition between the light verb at ``t`` and the act (or
    on the act) governs it, no object of the verb; not «من» after a quantity («سلسلة من الغارات») nor a time's own
    («منذ ذلك الحين», which the time layer may leave, «في الأسابيع الأخيرة»)."""
    if any(p != "و" for p in hit.cand.proclitics if p != "ال"):
        return True
    for k in range(t + 1, hit.i):
        tok = doc.tokens[k]
        key = tok.norm_key
        if key in ("من", "منذ") or in_time(doc, tok):
            continue
        if any(doc.tokens[u].text in ("،", ",") for u in range(k + 1, hit.i)):
            continue  # round ev417: «شنت الفصائل المنضوية في جيش الفتح، أمس، هجوما»: the subject's own «في» phrase
            # ends at the comma; a preposition governs only the words up to one
        if k + 1 < hit.i and in_time(doc, doc.tokens[k + 1]):
            continue  # «وتشن تركيا في الأسابيع الأخيرة غارات»: the preposition of a time between them
        if bare(key, "prepositions") in fw("prepositions"):
            return True
    return False


OF_WORD = nkey("من")


def _counted_words(doc: Doc, t: int, i: int) -> int:
    """Round ev435: the words from the light verb at token ``t`` to the act at token ``i`` (``i - t`` where all are
    words), not counting punctuation nor a time's words set between them: «شنت القوات الموالية للحكومة اليمنية
    المعترف بها دوليا، اليوم (الاثنين)، هجوما» is 8 words from verb to act, not 14 tokens; «نفذ ثلاثة منهم عمليات
    انتحارية على حواجز ...، وتبع ذلك دخول عناصر الاقتحام» stays far."""
    return 1 + sum(1 for k in range(t + 1, i)
                   if has_letters_or_digits(doc.tokens[k].text) and not in_time(doc, doc.tokens[k]))


def _counted_people(doc: Doc, chunks: list[Chunk], t: int, act: int) -> Chunk | None:
    """Round oe345: a count or group word right after the light verb at token ``t`` with a «من» phrase of people
    or of a named body before the act at token ``act`` is its subject, the group counted («ونظم المئات من الطلاب
    مظاهرة», «ونظمت عشرات من النساء وقفة احتجاجية», «شن العشرات من المسلحين هجوما»); not a count of the acts
    («نفذوا 17 ضربة»: no «من» group), nor a «من» phrase of a place or a thing («نظم العشرات من المدن»)."""
    toks = doc.tokens
    u = t + 1
    if u + 2 >= act or toks[u + 1].norm_key != OF_WORD:
        return None
    head = next((c for c in chunks if c.i == u), None)
    key = toks[u].norm_key
    if not ((head is not None and head.number and head.prep is None)
            or key in fw("quantity_heads") or key.removeprefix("ال") in fw("quantity_heads")):
        return None
    group = next((c for c in chunks if c.i == u + 2 and c.prep == "من"), None)
    if group is None or group.j >= act or group.number:
        return None
    plain = plain_chunk(toks, group.i, group.j, group.end)
    if not (group.entity is not None and group.etype not in PLACES or group.entity is None and actor_phrase(doc, plain)):
        return None
    return plain_chunk(toks, u, group.j, group.end)


def light_verb_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int,
                       words: str = "force_light_verbs") -> Chunk | None:
    """«وشن مسلحون أكراد هجوما على مركز», «وشنت تركيا منذ ذلك الحين سلسلة من الغارات», «أن أحد مقاتليها شن
    هجوما»: the subject of «شن/نفذ/أجرى» (function words ``force_light_verbs``) before a noun act of force in its
    clause is the act's source: a name, a definite phrase or a noun of people or of an armed body between them
    (VSO: «وشنت الطائرات قصفا»), else the verb's subject before it (SVO). Not a count or a quantity word («نفذوا 17 ضربة», «نفذت أول ضربة»).
    Round oe315: ``words`` names another list of such verbs («organising_verbs»: «ونظم الطلاب مظاهرة»)."""
    t = light_verb_before(doc.tokens, hit.i, sent_start, FORCE_LIGHT_REACH, clause_break, words)
    if t is None or _counted_words(doc, t, hit.i) > FORCE_LIGHT_WINDOW:
        return None
    key = bare(doc.tokens[t].norm_key, words)
    if breaks_between(doc, t + 1, hit.i) or verb_between(doc, t + 1, hit.i) or _governed_act(doc, hit, t):
        return None
    counted = _counted_people(doc, chunks, t, hit.i)
    if counted is not None:
        return counted  # round oe345: «ونظم المئات من الطلاب مظاهرة»: the people counted
    run = next((c for c in chunks if c.i < t <= c.j and c.entity is None and c.prep is None), None)
    if run is not None:  # «أن أحد مقاتليها شن هجوما», «مسلحون شنوا»: the word run took in the verb, even indefinite
        d = plain_chunk(doc.tokens, run.i, t - 1)
        if not d.number and not in_time(doc, d) and can_act(doc, d) and (d.definite or actor_phrase(doc, d)):
            return d
    for c in chunks:
        # («التي ينفذ فيها مقاتلونا عمليات»: past the resumptive «فيها» the run took in)
        resumed = c.prep is not None and c.j > c.i and doc.tokens[c.i].norm_key in RESUMPTIVE_PLACES
        if c.j <= t or c.i >= hit.i or (c.prep is not None and not resumed) or c.number:
            continue
        a, b = max(c.i + resumed, t + 1), min(c.j, hit.i - 1)
        while b >= a and in_time(doc, doc.tokens[b]):
            b -= 1  # «نفذ أحد مقاتلينا الليلة الماضية هجوما»: the time word the run took in
        if b < a:
            continue
        # (the chunker's run may hold the verb or the act itself: «وشن مسلحون», «أكراد هجوما»)
        d = c if (a, b) == (c.i, c.j) and not resumed else plain_chunk(doc.tokens, a, b)
        if not in_time(doc, d) and can_act(doc, d) and (d.entity is not None or d.definite or actor_phrase(doc, d)):
            return resolve_title(chunks, d, doc) if d is c else d
    group = member_group_before(doc, chunks, t)
    if group is not None:
        return group  # «إن مسلحين من حزب العمال نفذوا هجوما»: the organisation whose men did it
    before = subject_before(doc, chunks, t, sent_start, nominal=False, plural=key.endswith(("وا", "ون")))
    ok = before is not None and not before.number and can_act(doc, before) and (
        before.entity is not None or before.definite or actor_phrase(doc, before))
    return before if ok else None

"""Who acts where the agent is told indirectly: the subject of the light verb «قام بـ» or the genitive of the
masdar «قيام» before a noun act, the claimant of an attack, the speaker where the verb in his words has him as its
subject, the host named after «كان في استقباله», and the state of «بلاده ترفض».
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from ..doc import Doc
from ..text.verb_gender import feminine_verb
from .actors import QUOTE_MARKS, actor_phrase, can_act, first_conjunct, partitive, phrase_after, resolve_title, visitor, with_group
from .chunks import (KANA_PAST, Chunk, OBJECT_PRONOUNS, build_chunks, mention_index, PLAIN_COMPLEMENTIZERS,
                     breaks_between, clause_stop, enclitic, first_after, finite_verb, in_time, is_content, plain_chunk,
                     verb_key)
from .forms import PLACES, bare, fw, fw_keys, keys_of, nkey
from .lexicon import Hit
from .inserts import set_off_time
from .subjects import subject_before
from .word_tests import clause_break, kana_before
from .phrases import lam_pronoun
from .bare_pasts import opener_verb
from .clause_leads import clause_lead

DOING_VERBS = fw_keys("doing_forms")  # round 245b: its future («سيقوم التنظيم بإعدام»)
DOER_WINDOW = 10  # tokens from «قام» to the act it governs


def doer(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«قام مسلحون يرتدون بزات الأمن بخطف», «قامت امرأة بلجيكية اعتنقت الإسلام بتفجير نفسها», «إن قوة من الشرطة
    قامت بمداهمة»: an act governed by «بـ» after «قام» has the verb's subject as its agent, with words between."""
    if "ب" not in hit.cand.proclitics:
        return None
    for t in range(hit.i - 1, max(sent_start, hit.i - DOER_WINDOW) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return None
        key = verb_key(tok.text)
        if key not in DOING_VERBS:
            continue
        if breaks_between(doc, t + 1, hit.i):
            return None
        run = next((c for c in chunks if c.i < t == c.j and c.entity is None), None)
        if run is not None:  # «قوة من الجيش قامت»: the word run took in the verb; its subject is the run before it
            if run.prep is not None and partitive(doc, chunks, run) is None:
                return None
            subject = plain_chunk(doc.tokens, run.i, t - 1)
            return subject if can_act(doc, subject) else None
        after = phrase_after(doc, chunks, t)
        if after is not None and after.j < hit.i:
            ok = after.prep is None and not after.number and can_act(doc, after)
            return after if ok else None
        before = subject_before(doc, chunks, t, sent_start, nominal=False, plural=key.endswith(("وا", "ون")))
        return before if before is not None and can_act(doc, before) else None
    return None


RESPONSIBLE_ACTS = frozenset(("ASSAULT", "COERCE"))  # round 249: acts of force one is «مسؤولا عن»
RESPONSIBLE = fw_keys("responsible_forms")  # round 249


def _kana_at(doc: Doc, t: int) -> bool:
    return doc.tokens[t].norm_key.lstrip("وف") in KANA_PAST


def responsible(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """Round 249: «وكان مسؤولا عن قتل آلاف», «كان القائد مسؤولا عن قتل»: one said to be responsible for an act
    («كان ... مسؤولا عن» + masdar) did it: the subject of «كان», or, where that is dropped («فلان كان المسبب ...،
    وكان مسؤولا»), the named subject of the «كان» just before in the sentence."""
    i = hit.i
    toks = doc.tokens
    if hit.entry.plover not in RESPONSIBLE_ACTS:
        return None  # acts of force only: «مسؤولا عن ملف» is a charge, no act
    if i - 3 < sent_start or toks[i - 1].norm_key != nkey("عن") or toks[i - 2].norm_key not in RESPONSIBLE:
        return None
    if _kana_at(doc, i - 3):  # «وكان مسؤولا عن»: the subject dropped; the one of the «كان» told before
        k = kana_before(doc, i - 4, sent_start, False) if i - 4 >= sent_start else None
        if k is None:
            return None
        c = next((c for c in chunks if (c.j == k - 1 or c.i == k + 1) and c.entity is not None), None)
    else:  # «كان القائد مسؤولا عن»
        c = next((c for c in chunks if c.j == i - 3), None)
        if c is None or c.i - 1 < sent_start or not _kana_at(doc, c.i - 1):
            return None
    if c is None or c.prep is not None or c.number:
        return None
    return c if can_act(doc, c) else None


DOING_MASDAR = nkey("قيام")
DARING_MASDAR = nkey("إقدام")  # «إقدامه على قتل»


def doing_masdar(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«أعلنت الشرطة قيام مسلحين باختطاف صحفي», «ندد بقيام تنظيم داعش بخطف»: an act governed by «بـ» after the
    masdar «قيام» has the genitive of «قيام» as its agent (the subject of the verb before is who tells of it); so
    does an act after «إقدام ... على» («إقدام مسلح على قتل»). With a pronoun on the masdar («أعلنت الجماعة قيامها
    باختطاف», «إقدامه على قتل»): the subject of the clause it stands for, where they agree (``doing_pronoun``)."""
    doing = "ب" in hit.cand.proclitics
    if not doing and not (hit.i - 2 >= sent_start and doc.tokens[hit.i - 1].norm_key in ("على", "علي")) or (
            doing and hit.pos != "N"):
        return None
    t, steps = hit.i - 1, 0
    while t >= 0 and steps < DOER_WINDOW:
        text = doc.tokens[t].text
        if clause_stop(text):
            if (opened := set_off_time(doc, t)) is None:
                return None
            t = opened - 1  # round 121: «قيام الميليشيات، خلال الأيام الماضية، بإعدام»: a time set off by commas
            continue
        t, steps = t - 1, steps + 1
        if (DOING_MASDAR if doing else DARING_MASDAR) not in keys_of(doc.tokens[t + 1]):  # («بقيام», «وقيام»)
            continue
        t += 1
        if enclitic(doc.tokens[t]) in OBJECT_PRONOUNS:
            return doing_pronoun(doc, chunks, t, sent_start) if not breaks_between(doc, t + 1, hit.i) else None
        after = phrase_after(doc, chunks, t)
        counted = after is not None and after.number and (group := with_group(doc, chunks, after)) is not after \
            and group is not None and group.j < hit.i
        if counted:
            after = group  # round oe306: «مع قيام عدد من شبان العشائر بإقفال الطريق»: the group counted
        if after is None or after.j >= hit.i or after.prep is not None or (after.number and not counted) or breaks_between(
                doc, t + 1, hit.i):
            return None
        return after if can_act(doc, after) else None
    return None


def doing_pronoun(doc: Doc, chunks: list[Chunk], t: int, sent_start: int) -> Chunk | None:
    """«وأعلنت الجماعة قيامها باختطاف جنديين»: the pronoun on the masdar of doing at token ``t`` stands for the
    subject of its clause (VSO, ``opener_subject``), where the pronoun agrees with it: «ـها» a feminine verb, «ـهم»
    a plural head of people, «ـه» a masculine verb and a head not plural; else None («اعتقلت الشرطة الرجل بعد
    إقدامه على قتل»: the man, not the police)."""
    pron = enclitic(doc.tokens[t])
    c = opener_subject(doc, chunks, t, sent_start)
    if c is None or c.i - 1 < sent_start:
        return None
    key = verb_key(doc.tokens[c.i - 1].text)
    if any(d.i <= c.i - 1 <= d.j for d in chunks):
        return None  # (a name past its title: the verb's agreement is not read here)
    feminine = feminine_verb(key)
    head = bare(doc.tokens[c.i].norm_key, "prepositions").removeprefix("ال")
    plural = c.etype != "PERSON" and (len(head) >= 5 and head.endswith(("ون", "ين")) or "ال" + head in fw(
        "people_plurals"))
    agrees = {"ها": feminine and not plural, "هم": plural, "ه": not feminine and not plural}
    return c if agrees.get(pron, False) else None


def able_agent(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«قدرة النصرة على الخطف», «قدرات التنظيم على شن الهجمات»: the genitive of a noun of ability (function words
    ``ability_nouns``) right before «على» and a noun act of force is that act's agent."""
    if hit.pos != "N" or hit.entry.plover not in ("ASSAULT", "COERCE") or hit.i - 3 < 0:
        return None
    on = hit.i - 1
    if doc.tokens[on].norm_key not in ("على", "علي"):
        if verb_key(doc.tokens[on].text) not in fw("light_verbs") or on - 1 < 0 or doc.tokens[on - 1].norm_key not in (
                "على", "علي"):
            return None
        on -= 1  # «قدرة التنظيم على شن هجمات»
    gen = next((c for c in chunks if c.j == on - 1), None)
    if gen is None or gen.number or gen.i < 1:
        return None
    if gen.entity is None and gen.j > gen.i and not keys_of(doc.tokens[gen.i]).isdisjoint(fw("ability_nouns")):
        gen = plain_chunk(doc.tokens, gen.i + 1, gen.j, gen.end)  # («قدرة الجيش»: one phrase)
        definite = doc.tokens[gen.i].norm_key.startswith("ال")
    elif gen.prep is None and not keys_of(doc.tokens[gen.i - 1]).isdisjoint(fw("ability_nouns")):
        definite = gen.entity is not None or gen.definite
    else:
        return None
    return gen if definite and can_act(doc, gen) and actor_phrase(doc, gen) else None


PERSUADE_WINDOW = 12  # tokens from a word of persuading back from the noun act in «بـ» it leads to


def persuaded_agent(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«قدرة النصرة على الخطف» has its agent told by :func:`able_agent`; «من أجل إقناع المؤتمر العام، المدعوم من
    فلان، بالتوقيع على اتفاق»: the one persuaded to a noun act in «بـ» after a word of persuading (function words
    ``persuade_words``) is who would do it, the phrase right after that word; None where it is a pronoun
    («لإقناعهم بالموافقة») or no actor."""
    t = persuading(doc, hit)
    if t is None:
        return None
    tok = doc.tokens[t]
    c = next((c for c in chunks if c.i == t + 1 or c.i < t + 1 <= c.j), None)
    if enclitic(tok) in OBJECT_PRONOUNS or c is None or (c.i == t + 1 and c.prep is not None) or c.number:
        return None
    if c.i <= t:  # «من أجل إقناع المؤتمر الوطني»: one phrase with the word; the rest is the one persuaded
        m = mention_index(doc).get(t + 1)
        c = plain_chunk(doc.tokens, t + 1, c.j, c.end)
        if m is not None and m[3] <= c.end:
            c = replace(c, entity=m[0], etype=m[1])
    return c if can_act(doc, c) and actor_phrase(doc, c) else None


def persuading(doc: Doc, hit: Hit) -> int | None:
    """The token of the word of persuading (function words ``persuade_words``) that leads to the noun act in «بـ»
    at ``hit`` within ``PERSUADE_WINDOW`` tokens in its clause; None where there is none. The act is the one
    persuaded's (:func:`persuaded_agent`), or no one's that the sentence names."""
    if hit.pos != "N" or "ب" not in hit.cand.proclitics:
        return None
    for t in range(hit.i - 1, max(-1, hit.i - PERSUADE_WINDOW), -1):
        tok = doc.tokens[t]
        if clause_break(tok.text):
            return None
        if not keys_of(tok).isdisjoint(fw("persuade_words")):
            return t
    return None


PRONOUN_COMPLEMENTIZERS = frozenset(nkey(w) for w in (
    "أنه", "إنه", "انه", "بأنه", "بانه", "أنها", "إنها", "انها", "بأنها", "بانها", "أنهم", "إنهم", "انهم", "بأنهم", "بانهم"))


def pronoun_complementizer_before(doc: Doc, i: int, sent_start: int) -> bool:
    """«أنه/إنها» with its pronoun right before the verb at token ``i``, or before a negation right before it
    (round ev291: «قالت الحكومة التركية إنها لم تقصف أي مناطق»: the pronoun is still the verb's subject)."""
    k = i - 1
    if k > sent_start and verb_key(doc.tokens[k].text) in fw("negations"):
        k -= 1
    return k >= sent_start and verb_key(doc.tokens[k].text) in PRONOUN_COMPLEMENTIZERS


def speaker_for(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk | None, sent_start: int) -> Chunk | None:
    """The speaker named in the sentence, where the verb told in its words has the speaker as its subject:
    a pronoun on «أنه» right before it («أكد الحلف أنه قتل 150 متمردا»: not «أنه قُتل», which has no object and is
    read as passive before this), or a phrase owned by a pronoun («قال الجيش إن طائراته قصفت», «إن قواته أطلقت»)."""
    if hit.i <= sent_start:
        return None
    if source is None:
        if not pronoun_complementizer_before(doc, hit.i, sent_start):
            return None
    elif not (source.entity is None and source.j < hit.i and enclitic(doc.tokens[source.j]) in OBJECT_PRONOUNS
              and source.i > sent_start
              and bare(doc.tokens[source.i - 1].norm_key, "complementizers") in PLAIN_COMPLEMENTIZERS):
        return None
    at = doc.tokens[hit.i].start
    quote = next((q for q in doc.quotes if q.content.start <= at < q.content.end and q.actor() is not None), None)
    if quote is None:
        return None  # (an unnamed speaker, «أكدت مصادر أمنية أنها ...», is seldom the one who acted)
    named = [c for c in chunks if c.entity == quote.actor() and c.end <= at]
    return min(named, key=lambda c: abs(c.start - quote.cue.start)) if named else None


def claimant(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """Who claimed an attack in its sentence: «هجوم انتحاري تبنته طالبان», «وتبنت الحركة المسؤولية عن عملية
    تفجير», «أعلنت جماعة ... مسؤوليتها عن خطف»; the claimant is the subject of the claim verb."""
    keys = [verb_key(t.text) for t in doc.tokens[sent_start:sent_end]]
    for n, k in enumerate(keys):
        t = sent_start + n
        if t in range(hit.i, hit.j + 1):
            continue
        claim = k in fw("claim_verbs")
        if not claim and n + 1 < len(keys) and not fw("claim_nouns").isdisjoint(keys[n + 1 : n + 6]):
            claim = k in fw("report_verbs") and k.startswith(("اعلن", "يعلن", "تعلن"))
        if not claim or (n > 0 and keys[n - 1] in fw("negations")):
            continue
        nxt = first_after(chunks, t, 2)
        run = next((c for c in chunks if c.i <= t < c.j and c.entity is None), None)
        if run is not None:  # «وتبنت الحركة المسؤولية»: the word run took in the verb; the subject follows it
            end = next((u for u in range(t + 1, run.j + 1) if keys[u - sent_start] in fw("claim_nouns")), run.j + 1)
            toks = doc.tokens
            nxt = plain_chunk(toks, t + 1, end - 1) if end > t + 1 else None
        elif nxt is not None and nxt.entity is None:  # («وتبنت | الحركة المسؤولية»: the verb is no phrase word)
            cut = next((u for u in range(nxt.i + 1, nxt.j + 1) if keys[u - sent_start] in fw("claim_nouns")), None)
            nxt = plain_chunk(doc.tokens, nxt.i, cut - 1) if cut is not None else nxt
        if nxt is not None and nxt.prep is None and not nxt.number and keys[nxt.i - sent_start] not in fw("claim_nouns"):
            return nxt if can_act(doc, nxt) else None
        before = subject_before(doc, chunks, t, sent_start, nominal=False, plural=k.endswith("وا"))
        return before if before is not None and can_act(doc, before) else None
    return None


HOST = "043"  # CAMEO: host a visit
HOST_WINDOW = 14  # tokens after the masdar to the host's name («في استقباله لدى وصوله المطار، الأمير فلان»)


def genitive_name(doc: Doc, chunks: list[Chunk], gen: Chunk) -> Chunk:
    """The name a title in the genitive stands for where it follows right after it (an honorific between):
    «استقبال ولي العهد الأمير فلان»; not a name further on («استقبال ولي العهد لدى وصوله، الأمير فلان»)."""
    name = resolve_title(chunks, gen, doc)
    return name if name.i <= gen.j + 2 else gen


def reception_host(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«وكان في استقباله رئيس الحكومة فلان», «كما كان في استقبال ولي العهد بالمطار الأمير فلان»: after «كان في»
    the masdar of hosting has its guest in the genitive (or its pronoun) and its host as the subject of «كان»,
    named after it: that name (or the name after that title), else None."""
    toks = doc.tokens
    if hit.pos != "N" or hit.entry.code != HOST or hit.i - 2 < sent_start or toks[hit.i - 1].norm_key != "في":
        return None
    if verb_key(toks[hit.i - 2].text) not in KANA_PAST:
        return None
    after = hit.j
    if enclitic(toks[hit.j]) not in OBJECT_PRONOUNS and not verb_key(toks[hit.i].text).startswith("ال"):
        # (a definite masdar, «كان في الاستقبال سفير ...», has no genitive: the phrase after it is the host)
        gen = first_after(chunks, hit.j, 1)
        if gen is None or gen.prep is not None:
            return None
        after = genitive_name(doc, chunks, gen).j
    for c in chunks:
        if c.i <= after or c.prep is not None or c.coord or in_time(doc, c):
            continue
        if c.i - hit.j > HOST_WINDOW:
            return None
        if c.title or c.etype in ("PERSON", "ORGANIZATION"):
            return resolve_title(chunks, c, doc)
    return None


def lam_guest_host(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """Round 216: «لدى استقبال رئيس الوزراء فلان له»: a masdar of hosting with a genitive and then «له/لها/لهم»
    has its host in the genitive (its agent) and its guest in the pronoun (the one the sentence is about): the
    genitive (or the name after its title), else None."""
    toks = doc.tokens
    if hit.pos != "N" or hit.entry.code != HOST or verb_key(toks[hit.i].text).startswith("ال"):
        return None
    if enclitic(toks[hit.j]) in OBJECT_PRONOUNS:
        return None  # («استقباله لـ»: the pronoun is the host)
    gen = first_after(chunks, hit.j, 1)
    if gen is None or gen.prep is not None or in_time(doc, gen) or gen.i != hit.j + 1:
        return None
    name = genitive_name(doc, chunks, gen)
    end = max(name.j, gen.j) + 1
    return name if lam_pronoun(doc, end) else None


HOME = nkey("بلاد")


def _home_conjunct(doc: Doc, hit: Hit, sent_start: int) -> int:
    """The token of «بلاده» as the verb's subject: right before it, or, before a plural verb, the first conjunct of
    its subject («أن بلاده ودول الخليج اتفقوا»: «بلاده» then a phrase in «و» of up to three words)."""
    if not hit.cand.key.endswith(("وا", "ون")):
        return hit.i - 1
    for u in range(hit.i - 2, max(sent_start, hit.i - 5) - 1, -1):
        if clause_stop(doc.tokens[u].text) or finite_verb(doc.tokens[u]):
            break
        if doc.tokens[u + 1].norm_key[:1] == "و" and any(
                w.kind == "stem" and nkey(w.norm) == HOME for w in doc.tokens[u].words):
            return u
    return hit.i - 1


def home_state(doc: Doc, hit: Hit, sent_start: int) -> tuple[bool, Chunk | None]:
    """«وقال الرئيس فلان إن بلاده ترفض», «بلادها تدعم»: a verb right after «بلاده/بلادها» (his / her country, no
    preposition on it) has that country as its subject: the state of the speaker of the quote it stands in, else of
    the person with a country named last before it in the sentence; its entity where the text names that state,
    else none (never the word itself). (True, that phrase or None) where «بلاده» is the subject, else (False, None)."""
    u = _home_conjunct(doc, hit, sent_start)
    if u < sent_start or hit.pos != "V":
        return False, None
    words = doc.tokens[u].words
    stems = [w for w in words if w.kind == "stem"]
    clitics = [nkey(w.norm) for w in words if w.kind == "enclitic"]
    if len(stems) != 1 or nkey(stems[0].norm) != HOME or clitics not in (["ه"], ["ها"]):
        return False, None
    if any(w.kind == "proclitic" and w.norm not in ("و", "ف") for w in words):
        return False, None  # «في بلاده»: not the subject
    at = doc.tokens[u].start
    quote = next((q for q in doc.quotes if q.content.start <= at < q.content.end and q.actor() is not None), None)
    owner = doc.entity(quote.actor()) if quote is not None and quote.actor() is not None else None
    if owner is None or owner.country is None:
        since = doc.tokens[sent_start].start
        last = max(((m.start, e) for e in doc.entities if e.type == "PERSON" and e.country is not None
                    for m in e.mentions if since <= m.start and m.end <= at), default=None, key=lambda x: x[0])
        owner = last[1] if last is not None else None
    code = owner.country if owner is not None else None
    state = next((e for e in doc.entities if code is not None and e.type in PLACES and e.actor == code
                  and e.country == code), None)
    if state is None:
        return True, None
    return True, replace(plain_chunk(doc.tokens, u, u), entity=state.id, etype=state.type)


def clause_opens(doc: Doc, p: int, a: int) -> bool:
    """Token ``p`` opens a clause: the first of its sentence (from token ``a``), or right after a comma or «ثم»
    (function words ``sequence_openers``)."""
    if p == a:
        return True
    prev = doc.tokens[p - 1].text
    return prev in ("،", ",") or bare(nkey(prev), "sequence_openers") in fw("sequence_openers")


def verb_start(doc: Doc, i: int, a: int) -> int:
    """The first token of the clause a verb at token ``i`` opens, past an auxiliary or «ثم» before it («ثم قد»)."""
    p = i
    while p > a and (bare(doc.tokens[p - 1].norm_key, "auxiliaries") in fw("auxiliaries")
                     or bare(doc.tokens[p - 1].norm_key, "sequence_openers") in fw("sequence_openers")):
        p -= 1
    return p


def opener_subject(doc: Doc, chunks: list[Chunk], i: int, a: int) -> Chunk | None:
    """The subject of the verb that opens the clause before token ``i`` in its sentence (from token ``a``): the phrase
    right after that verb (VSO), no preposition governing it, a name or a phrase of people or a body
    (:func:`~.actors.actor_phrase`); the verb is a word in no phrase at the sentence's start, after a comma or in
    «و/ف»; None past «أن/إن» (the words after may go on its clause).
    «وحمل المحتجون لافتات في الساحة، وطالبوا»: «المحتجون»."""
    for p in range(verb_start(doc, i, a) - 1, a - 1, -1):
        tok = doc.tokens[p]
        if bare(tok.norm_key, "complementizers") in fw("complementizers"):
            return None  # «ولفتت قيادات ... إلى أن القوات دخلت ...، وسيطرت»: the verb may go on the clause after «أن»
        told = _pluperfect_subject(doc, chunks, p, a)  # round 188: «وكان فلان قد وصف ...، ودعا»: a verb after «قد»
        if told is not None:
            return first_conjunct(chunks, told, doc) if can_act(doc, told) and actor_phrase(doc, told) else None
        run = next((c for c in chunks if c.i == p < c.j and _past_then_people(doc, p)), None)
        if tok.text in QUOTE_MARKS or not is_content(tok) or (run is None and any(c.i <= p <= c.j for c in chunks)
                                                               and not opener_verb(doc, chunks, p, a)):
            continue  # a verb is a word in no phrase (but «والتزمت السلطات»: round nb411)
        start = verb_start(doc, p, a)  # (after «حيث»: «حيث وقفت السعودية ...، وأكدت»)
        if not (clause_opens(doc, start, a) or (tok.words[0].form in ("و", "ف") and len(tok.words) == 2) or clause_lead(doc, start, a)):
            continue  # a verb inside the clause («الذي حكم البلاد»): its subject is not the clause's
        c = next((c for c in chunks if c.i == p + 1), None) if run is None else plain_chunk(doc.tokens, p + 1, run.j, run.end)
        if c is None or c.prep is not None or c.number or not can_act(doc, c) or not actor_phrase(doc, c):
            return None
        if run is not None:
            return c  # (a phrase of its own: no title, no conjunct in the run)
        return first_conjunct(chunks, resolve_title(chunks, c, doc) if c.title else c, doc)
    return None


def _pluperfect_subject(doc: Doc, chunks: list[Chunk], p: int, a: int) -> Chunk | None:
    """Round 188: the word at ``p`` right after «قد» in «(و)كان X قد V», «كان» opening its clause, is a verb (even
    where the phrase run took it for a noun, «قد وصف»): X, the phrase between, is its subject."""
    if p - 3 < a or doc.tokens[p - 1].norm_key != "قد":
        return None
    c = next((c for c in chunks if c.j == p - 2 and c.prep is None and not c.number), None)
    if c is None or c.i - 1 < a:
        return None
    k = doc.tokens[c.i - 1].norm_key
    if k not in KANA_PAST and not (k[:1] in ("و", "ف") and k[1:] in KANA_PAST):
        return None
    return c if clause_opens(doc, c.i - 1, a) or k[:1] in ("و", "ف") else None


def _past_then_people(doc: Doc, p: int) -> bool:
    """«وحمل المؤيدون صورا»: «و» + a past verb of three letters, then a definite sound plural in «ـون» (a subject's
    case: no genitive of a noun), is a verb and its subject, though the phrase run took them as one."""
    w = doc.tokens[p].words
    if len(w) != 2 or w[0].form != "و" or w[1].kind != "stem" or len(nkey(w[1].form)) != 3 or p + 1 >= len(doc.tokens):
        return False
    k = doc.tokens[p + 1].norm_key
    return k.startswith("ال") and k.endswith("ون") and len(k) >= 7


def visitor_before(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """The guest a hosting masdar's pronoun stands for («وكان في استقباله الملك فلان»): the visitor who opens the
    clause before it in its sentence («وصل الرئيس المصري إلى الرياض، وكان في استقباله»), or, where «كان» opens its
    sentence, the one who opens the sentence before («وصل الرئيس المصري إلى الرياض. وكان في استقباله»)."""
    c = opener_subject(doc, chunks, hit.i, sent_start)
    if c is None and verb_start(doc, hit.i - 1, sent_start) == sent_start:
        starts = doc.token_starts()  # (the doc's own list; read only)
        lo = next((bisect_left(starts, s.start) for s in reversed(doc.sentences) if s.end <= doc.tokens[sent_start].start),
                  None)  # fmt: skip
        mentions = mention_index(doc)
        if lo is not None and lo + 1 < sent_start and lo not in mentions and doc.tokens[lo].words[0].form == "و" \
                and not doc.tokens[lo].norm_key[1:].startswith("ال"):
            # («ووصل الرئيس»: the sentence's first word in «و», no article, is read as its verb)
            c = opener_subject(doc, build_chunks(doc, lo, sent_start, mentions, {lo}, verbs=True), lo + 1, lo)
    return c if visitor(doc, c) else None

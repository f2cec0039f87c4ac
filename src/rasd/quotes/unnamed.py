"""The speaker where no named subject follows a verb cue, for the ``quotes`` stage: an unnamed subject after «كان»
(«وكانت عناصر محسوبة على التنظيم ذكرت»), «someone» («هناك من يرى»), a source or report right before the verb
(«أنباء تقول»), a fact that is no speaker («المعلومات تشير»), the organisation of an unnamed source («مسؤول في
الوزارة»), the person last named, «his country» («بلاده ترى»), and the unnamed speaker's phrase («وقالت مصادر
قضائية», «قال 60% من المستطلعين»). The issuer of a statement the cue stands in is in issuers.py (the owner of a
speech: owners.py), a name the entity layer did not tag in untagged.py.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.verb_gender import past_gender
from ..events.chunks import Chunk, is_function_word
from ..events.forms import PLACES, bare, fw, fw_keys, nkey
from .accounts import account_source, according_body, body_genitive_end, family_phrase, source_at
from .carry import first_person
from .edges import named_tail
from .cues import CONJ_ONLY, QUOTE_MARK, Cue, is_complementizer, match_cue, next_at, source_words, trim, source_word
from .agreement import _agrees
from .issuers import AUXILIARY_REACH, breaks_clause, _issuer
from .phrases import (addressee, honored_title, honorific_pronoun, is_time, made_statement, phrase_span,
                      pointed_group, source_head, source_heads, subject_slot)
from .latest import latest_source
from .quantified import many_after
from .statement_relative import statement_relative
from .spokesmen import speaks_for, spoken_for
from .untagged import titled_name


def evidence_subject(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> bool:
    """The subject of the verb at ``t`` is a fact, not someone who speaks (evidence_subjects: «المعلومات تشير إلى
    أن», «سلوك «النصرة»، يشير», «وتشير المعطيات إلى»): the phrase right before it (past commas, quote marks around a
    name after the head, «قد») or right after it is headed by such a word — no quote, and no one carried to it."""
    v = t - 1
    while v >= 0 and (doc.tokens[v].text in ("،", ",") or QUOTE_MARK.fullmatch(doc.tokens[v].text)
                      or doc.tokens[v].norm_key in fw("verb_particles")):
        v -= 1
    c = next((c for c in chunks if c.i <= v <= c.j), None)
    heads = [c.i] if c is not None and c.entity is None else []
    if c is not None and c.i >= 2 and QUOTE_MARK.fullmatch(doc.tokens[c.i - 1].text):
        heads.append(c.i - 2)  # «سلوك «النصرة»»: the noun the quoted name belongs to
    after = subject_slot(doc, t, chunks, limit)
    if after is not None and after.entity is None:
        heads.append(after.i)
    return any(_evidence(doc, u) for u in heads)


def _evidence(doc: Doc, u: int) -> bool:
    key = doc.tokens[u].norm_key.removeprefix("و")
    return key.removeprefix("ال") in fw("evidence_subjects")


def auxiliary_phrase(doc: Doc, t: int, cue: Cue) -> Span | None:
    """The unnamed subject between «كان» (of the cue's gender) and the verb at ``t`` («وكانت عناصر محسوبة على تنظيم
    داعش من أبناء المدينة ذكرت»), headed by a source or group word (source_heads, unnamed_groups; not a definite
    one named before: «وكان الرئيس قد أعلن»), with no comma, quote mark or «أن» between and no conjunction on the
    verb, nor a name that is the whole phrase or ends it (not a body after «في/من»: «وكان مسؤولون في وزارة الخارجية
    قالوا», round qu929); None where there is none."""
    if doc.tokens[t].norm_key[:1] in ("و", "ف"):
        return None
    top = t - 2 if t >= 1 and doc.tokens[t - 1].norm_key in fw("verb_particles") else t - 1  # «قد»
    for k in range(top, max(-1, t - 1 - AUXILIARY_REACH), -1):
        if breaks_clause(doc, k):
            return None
        key = bare(doc.tokens[k].norm_key, "auxiliaries")
        if key in fw("auxiliaries"):
            if key == "قد" or key.endswith("وا") or past_gender(key) != cue.gender:
                return None
            if k + 1 >= t:
                return None
            head = doc.tokens[k + 1].norm_key
            if head not in source_heads() and head not in fw("unnamed_groups"):
                return None  # «كان من المقرر», «وكان الرئيس قد أعلن», «كانت هناك أنباء»: no unnamed source
            if cue.plural != head.endswith(("ون", "ين")):
                return None  # «وكان مسؤولون في واشنطن قد صرحوا»: a plural source and its plural verb (round 288)
            spans = [(m.start, m.end) for e in doc.entities if e.type not in PLACES for m in e.mentions
                     if e.type == "PERSON" or not _of_body(doc, m.start)]
            a, b = doc.tokens[k + 1].start, doc.tokens[top].end
            if speaks_for(doc, k + 1, top) >= 0:
                spans = []  # «وكان متحدث باسم الملك السابق فلان قد أعلن»: the spokesman speaks, not the king
            if top <= k or any(a <= x < b and (y - x >= b - a - 1 or y == b) for x, y in spans):
                return None  # the name it ends on is the subject («وكان مسؤول الإغاثة ستيفن أوبراين لفت»)
            return trim(doc.text, a, b)
    return None


def _of_body(doc: Doc, at: int) -> bool:
    """Round qu929: the body named at character ``at`` stands right after «في/من» («وكان مسؤولون في وزارة الخارجية
    الأميركية قالوا»): the unnamed source's affiliation, not the subject its name ends the phrase on."""
    u = doc.token_at(at)
    return u is not None and u >= 1 and doc.tokens[u].start == at and doc.tokens[u - 1].norm_key in ("في", "من")


def someone(doc: Doc, t: int) -> bool:
    """An unnamed «someone» right before the verb at ``t`` as its subject: «هناك من يرى», «ثمة من يعتقد» (there are
    those who), «البعض يعتبر» (some)."""
    k = doc.tokens[t - 1].norm_key.removeprefix("و") if t >= 1 else ""
    if k in fw("someone_subjects"):
        return True
    return k == "من" and t >= 2 and doc.tokens[t - 2].norm_key.removeprefix("و") in fw("existentials")


def says_head(doc: Doc, v: int) -> bool:
    """A source or report right before the verb, at ``v`` («عن مصادر قالت», «أنباء تقول», «تقارير تفيد»): the
    subject of the describing clause the verb opens."""
    if v < 0:
        return False
    head = doc.tokens[v].norm_key.removeprefix("ال")
    return head in source_heads() or head in fw("report_nouns")


def _source_body(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """The phrase of the organisation an unnamed source belongs to («مسؤول في وزارة الخارجية», «مصادر في الحزب
    الجمهوري», «متحدث باسم الحركة»), or of the person a spokesman speaks for («ناطق بلسان نتنياهو»): named within
    three words after a source word, with no comma or «أن» between."""
    if doc.tokens[c.i].norm_key.removeprefix("ال") not in source_heads():
        return None
    if any(doc.tokens[u].norm_key in fw("source_outsiders") for u in range(c.i, c.j + 1)):
        return None  # «مصادر مقربة من الحركة», «مقربون من الرئيس»: close to it, not of it
    for d in chunks:
        if d.i <= c.j:
            continue
        if _words_between(doc, c.j, d.i) > 2 or any(doc.tokens[u].text in ("،", ",") or is_complementizer(doc, u)
                                for u in range(c.j + 1, d.i)) or addressee(doc, d):
            return None  # «مصادر محلية لـ«الشرق الأوسط»»: the paper they spoke to; «وذكرت المصادر أن القوات»: what they said
        if d.entity is not None:
            return d if d.etype == "ORGANIZATION" or (d.etype == "PERSON" and spoken_for(doc, c, d)) else None
    return None


RELAYED_REACH = 12  # tokens from an unnamed source after «عن» to the «أن» or «قوله» its words open with


def unnamed_relayed(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """The phrase ``c`` right after a relay's «عن» is an unnamed source: an indefinite source head the entity layer
    did not name («عن مصادر في الحكومة», «عن مسؤول كبير في الوزارة»), with no person named before the «أن» or
    «قوله» its words open with (not «عن مستشار رئيس الوزراء فلان قوله»: he is named)."""
    key = doc.tokens[c.i].norm_key
    if c.entity is not None or key.startswith("ال") or key.removeprefix("ال") not in source_heads():
        return False
    for u in range(c.i, min(c.i + RELAYED_REACH, len(doc.tokens))):
        if is_complementizer(doc, u) or doc.tokens[u].norm_key in fw("saying_objects"):
            return not any(d.etype == "PERSON" for d in chunks if c.i <= d.i < u)
    return False


def _words_between(doc: Doc, a: int, b: int) -> int:
    """The tokens between tokens ``a`` and ``b`` that are not punctuation: a name the tokenizer broke at its dots
    («متحدث باسم شركة «إيه.في.إل شريك»»: «إيه», «في») is words apart, not its dots and quote marks too."""
    return sum(1 for u in range(a + 1, b) if any(w.kind != "punct" for w in doc.tokens[u].words))


def body(doc: Doc, chunks: list[Chunk], c: Chunk, t: int, bodies: dict[int, Span]) -> str | None:
    """The organisation of ``_source_body``, noting for the cue at ``t`` in ``bodies`` where it names one the unnamed
    speaker's phrase up to the end of the organisation's name («مسؤول في الخارجية الأميركية»: the official, not the
    ministry, speaks; the ministry is his affiliation)."""
    body = _source_body(doc, chunks, c)
    if body is None:
        return None
    last = body
    for d in chunks:  # «مصادر في الجيش الوطني والمقاومة الشعبية»: the phrase runs over a body joined by «و»
        if d.i == last.j + 1 and d.coord and d.entity is not None and d.etype == "ORGANIZATION":
            last = d
    bodies[t] = Span(c.start, last.end)
    return body.entity


def last_person(doc: Doc, t: int, gender: str, heard: dict[str, str], since: int = 0,
                 honorific: Chunk | None = None) -> str | None:
    """«وقال معاليه» where no one was quoted before: the person named last before the cue, of the cue's gender (from
    character ``since`` on); with ``honorific`` («معاليه», «سموه»), the last one of the title it is said of (a
    minister, a prince), None where no one has it."""
    at = doc.tokens[t].start
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type != "PERSON" or not _agrees(doc, ent.id, gender, heard):
            continue
        if honorific is not None and not honored_title(doc, honorific, ent.roles):
            continue
        for m in ent.mentions:
            if since <= m.start and m.end <= at and (best is None or m.start > best[0]):
                best = (m.start, ent.id)
    return best[1] if best is not None else None


def speaker_phrase(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> Span | None:
    """The unnamed subject right after a verb cue («وقالت مصادر قضائية», «وقال مسؤول أمني»), as a span."""
    src = source_at(doc, t, cue)
    family = family_phrase(doc, src, chunks) if src is not None else None
    if family is not None:
        return family  # «بحسب ما نقلت عائلة فلان»: the family
    if cue.kind == "according":  # «وفقا لوكالة إيلنا للأنباء»: a source the entity layer does not name
        at = made_statement(doc, t) or t  # «بحسب تصريحات أدلى بها مسؤول»: who made them
        c = next((c for c in chunks if at < c.i <= at + 4 and c.entity is None
                  and (source_word(doc.tokens[c.i]) or c.title or according_body(doc, c, chunks)
                       or doc.tokens[c.i].norm_key in fw("opinion_group_heads")  # «حسب ما قاله منتقدو الاتفاق»
                       or latest_source(doc, c)  # «وفقا لأحدث استطلاعات الرأي»
                       or (c.i < c.j and doc.tokens[c.i].norm_key in fw("partitive_heads")
                           and source_word(doc.tokens[c.i + 1])))), None)  # «بحسب ما قاله أحد المقربين منه», «وفق
        # قائد القوات فلان», «ووفقا لمركز الإحصاءات الإيراني»
        if c is None or any(w.kind == "enclitic" for w in doc.tokens[c.i].words):  # «بحسب قوله»: the one before
            return None
        account = account_source(doc, c, chunks)
        if account is not None:
            return account  # «وفقا لإفادة بعض من المشاركين»: the participants, not «إفادة»
        text = doc.tokens[c.i].text  # «لوكالة», «للمرصد»: the source without the «لـ» written on it
        lam = text[:1] == "ل" and nkey(text).removeprefix("ال") not in source_words()
        told = doc.tokens[t].norm_key.endswith("ما") or doc.tokens[t + 1].norm_key in ("ما", "لما")
        end = phrase_span(doc, c, told).end  # «وفق ما قال دبلوماسي أميركي للصحافيين»: whom he told, not who
        if according_body(doc, c, chunks):
            end = body_genitive_end(doc, c, chunks) or end  # «وبحسب مفوضية الأمم المتحدة للاجئين»
        return Span(c.start + (len(text) - len(text[1:].lstrip("لـ")) if lam else 0), end)
    if cue.next and cue.kind != "participle":
        return _relayed_source(doc, t, cue, chunks, limit)
    if cue.kind == "participle" or first_person(doc, t):
        return None
    c = subject_slot(doc, t, chunks, limit)
    many = many_after(doc, t, chunks) if c is None else None
    if many is not None:
        return many  # «وأكد بعض الأطباء النفسيين أن»: the many who said it
    if c is None:
        issuer = _issuer(doc, t) or statement_relative(doc, t)  # «أصدرت مجموعة استثمارية تقريرا قال إن»: its issuer
        if issuer is not None:
            return issuer[1] if issuer[0] is None else None
        return auxiliary_phrase(doc, t, cue)
    if c.entity or honorific_pronoun(doc, c):
        return None
    if is_complementizer(doc, c.i) or doc.tokens[c.i].norm_key in ("الا", "والا"):
        return None  # «وعد ألا يبني»: the clause said, not who said it
    if c.number:
        return _counted_group(doc, chunks, c, limit)
    span = phrase_span(doc, c, told=True)
    if c.i > t + 1 and pointed_group(doc, c.i - 1, c):
        span = Span(doc.tokens[c.i - 1].start, span.end)  # «هذه الأوساط»: the ones named before
    end = _source_tail(doc, chunks, c, limit) if span.end == c.end else -1  # «مصدر كردي بارز», «مصادر من الهيئة»
    if end < 0 and span.end == c.end:
        end = named_tail(doc, chunks, c)  # «وكالة الأنباء الموالية لحكومة طرابلس», «موقع ويكيليكس»
    if end < 0 and span.end == c.end:
        end = titled_name(doc, chunks, c, limit)
    if end < 0 and span.end == c.end:
        end = _governed_tail(doc, c, limit)  # «المصادر الغربية المتابعة لأنشطة المتشددين»
    return Span(span.start, doc.tokens[end].end) if end >= 0 else span  # «الباحث حسام السراي», untagged


def _governed_tail(doc: Doc, c: Chunk, limit: int) -> int:
    """The phrase ``c`` ends in a noun with «لـ» and no article («المتابعة لأنشطة»), in construct with the definite
    noun right after it, before ``limit``: that noun's token; -1 otherwise."""
    last, u = doc.tokens[c.j], c.j + 1
    key = last.norm_key
    if c.j == c.i or u >= min(limit, len(doc.tokens)) or not key.startswith("ل") or key[1:3] == "ال" or key[:2] == "لل":
        return -1  # «للصحافيين»: whom he told, with its article
    if not any(w.kind == "proclitic" and nkey(w.norm) == "ل" for w in last.words):
        return -1
    return u if doc.tokens[u].norm_key.startswith("ال") and doc.tokens[u].text[:1].isalpha() else -1


def _relayed_source(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> Span | None:
    """«نقلت الوكالة عن مسؤولين أميركيين أن», «وأفادت الشبكة نقلا عن مصادر أمنية بأن»: the unnamed source right
    after «عن», whose words they are (the paper or the agency is but the channel), as a span; None where no source
    or title stands there."""
    at = next_at(doc, t, cue)
    c = next((c for c in chunks if at is not None and c.i == at + 1), None)
    if c is None or c.entity is not None or not (source_word(doc.tokens[c.i]) or c.title):
        return None
    account = account_source(doc, c, chunks)
    if account is not None:
        return account  # «نقلا عن روايات شهود عيان»: the witnesses
    span = phrase_span(doc, c, told=True)
    end = _source_tail(doc, chunks, c, limit) if span.end == c.end else -1  # «مصادر من الهيئة»
    return Span(span.start, doc.tokens[end].end) if end >= 0 else span


_SOURCE_ADJECTIVES = fw_keys("source_adjectives")
_SOURCE_BODY_PREPS = frozenset(("من", "في"))


def _source_adjective(doc: Doc, u: int, definite: bool) -> bool:
    """Token ``u`` is an adjective of a source word before it, of its definiteness: a common one («بارز», «رفيع»,
    «مطلع»: _SOURCE_ADJECTIVES) or a nisba («كردي», «أمنية»), a bare word (the entity layer sometimes takes a nisba
    for a name: «مصدر كردي»)."""
    tok = doc.tokens[u]
    key = tok.norm_key
    if not key.isalpha() or key.startswith("ال") != definite or is_function_word(key):
        return False
    key = key.removeprefix("ال")
    if key in _SOURCE_ADJECTIVES:
        return True  # «بارز», which the segmenter may read as «بـ» + «ارز»
    return (len(tok.words) == 1 and len(key) >= 4 and key.endswith(("ي", "يه", "يون", "يين"))
            and key not in fw("titles") and not match_cue(doc, u))


def _source_tail(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> int:
    """The last token of what belongs to an unnamed source's phrase ``c`` after it: adjectives the chunk left out
    («مصدر | كردي | بارز») and a «من/في» phrase of the body it is of («مصادر من الهيئة العليا للمفاوضات», «مسؤول في
    الحكومة»: definite, no speech, time or pronoun: not «في تصريح», «في المؤتمر الصحفي», «من جانبه»); -1 where
    nothing follows."""
    if not source_head(doc, c):
        return -1
    end = -1
    k = c.j + 1
    while k < min(limit, len(doc.tokens)) and _source_adjective(doc, k, c.definite):
        end = k
        k += 1
    if any(doc.tokens[u].norm_key in fw("source_outsiders") for u in range(c.i, k)):
        return end  # «مصادر مقربة | من الحركة»: close to it, not of it (the phrase stops at «مقربة»)
    if k < len(doc.tokens) and doc.tokens[k].norm_key in _SOURCE_BODY_PREPS:
        k += 1  # «من», «في» stand apart from the phrase they govern
    d = next((d for d in chunks if d.i == k and k < limit), None)
    if d is None or d.prep not in _SOURCE_BODY_PREPS or d.j >= limit or is_time(doc, d) or addressee(doc, d):
        return end
    head = doc.tokens[d.i].norm_key.removeprefix("ال")
    pronoun = any(w.kind == "enclitic" for w in doc.tokens[d.i].words)
    if (pronoun or not (d.definite or d.entity is not None) or head in fw("speech_nouns")
            or head in fw("statement_nouns") or is_function_word(head)):
        return end
    span = phrase_span(doc, d)  # not past a «لـ» word: whom they told
    last = next(u for u in range(d.j, d.i - 1, -1) if doc.tokens[u].end <= span.end)
    place = next((e for e in chunks if e.i == last + 1 and e.entity is not None and e.etype in PLACES
                  and e.prep is None and e.j < limit), None) if last == d.j else None
    if place is not None:
        return place.j  # «مسؤول في العاصمة باماكو»
    second = next((e for e in chunks if e.i == last + 1 and e.prep is None and e.j < limit and not is_time(doc, e)
                   and e.etype in (None, "ORGANIZATION")), None) if last == d.j else None
    if second is not None and doc.tokens[second.i].norm_key.startswith("وال") and match_cue(doc, second.i) is None:
        return next(u for u in range(second.j, second.i - 1, -1) if doc.tokens[u].end <= phrase_span(doc, second).end)
    if last == d.j and last + 1 < min(limit, len(doc.tokens)) and _dangling(doc, chunks, last + 1):
        return end  # «الخبير في الشؤون | العسكرية العميد فلان»: the chunk stopped short, its end unknown
    return last


def _dangling(doc: Doc, chunks: list[Chunk], u: int) -> bool:
    """Token ``u`` goes on with the phrase before it: a bare content word (no clitic, no function word) that starts
    no name."""
    tok = doc.tokens[u]
    key = tok.norm_key
    return (len(tok.words) == 1 and key.isalpha() and not is_function_word(key) and key not in fw("clitic_prepositions")
            and not any(c.i == u and c.entity is not None for c in chunks))


COUNT_REACH = 4  # tokens from a number in the subject's place to the «من» phrase of what it counts


def _counted_group(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> Span | None:
    """«قال 87.5 في المائة من المواطنين», «وقال 60% من المستطلعين»: a number is never the speaker; the group it
    counts is (the «من» phrase within COUNT_REACH tokens, past «في المائة»), else no one (a poll's figure)."""
    for d in chunks:
        if d.i <= c.j:
            continue
        if d.i - c.j > COUNT_REACH or d.i >= limit or any(doc.tokens[u].text in ("،", ",") for u in range(c.j, d.i)):
            return None
        if d.prep == "من":
            return phrase_span(doc, d)
    return None


def home_country(doc: Doc, t: int, cue: Cue, heard: dict[str, str], since: int) -> tuple[str | None] | None:
    """«بلاده ترى أن», «وجهة نظر بلاده التي ترى أن», «وترى بلاده أن»: a verb whose subject is «his / her country»
    (right before it, before its relative, or right after it): (the state of the person named last before it in the
    sentence, of the pronoun's gender, where the article names that state; else None,); None where the subject is
    no such word (or the verb is not feminine, or one before it opens a new clause: «وترى»)."""
    if cue.gender != "f" or cue.plural:
        return None
    opens = doc.tokens[t].norm_key[:1] in ("و", "ف")
    for u in ((t + 1,) if opens else (t - 1, t - 2, t + 1)):
        if u < 0 or u >= len(doc.tokens) or (u == t - 2 and bare(doc.tokens[t - 1].norm_key, "relatives")
                                               not in fw("relatives")):
            continue
        words = doc.tokens[u].words
        stems = [w for w in words if w.kind == "stem"]
        clitics = [nkey(w.norm) for w in words if w.kind == "enclitic"]
        if len(stems) != 1 or nkey(stems[0].norm) != "بلاد" or clitics not in (["ه"], ["ها"]):
            continue
        if any(w.kind == "proclitic" and w.norm not in CONJ_ONLY for w in words) and u != t - 2:
            continue  # «في بلاده»: not the subject
        owner = last_person(doc, u, "m" if clitics == ["ه"] else "f", heard, since)
        ent = doc.entity(owner) if owner is not None else None
        code = ent.country if ent is not None else None
        state = next((e.id for e in doc.entities if code is not None and e.type in PLACES and e.actor == code
                      and e.country == code), None)
        return (state,)
    return None

"""The speaker where no named subject follows a verb cue, for the ``quotes`` stage: the issuer of a statement the
cue stands in («أصدرت الوزارة بيانا أوضحت فيه»; the owner of a speech: owners.py), an
unnamed subject after «كان» («وكانت عناصر محسوبة على التنظيم ذكرت»), «someone» («هناك من يرى»), a source or report
right before the verb («أنباء تقول»), the organisation of an unnamed source («مسؤول في الوزارة»), and the unnamed
speaker's phrase («وقالت مصادر قضائية», «قال 60% من المستطلعين»).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..entities.crf import load_lexicon
from ..entities.gazetteer import load as load_gazetteer
from ..entities.trim import COMMON_ZIPF10
from ..entities.units import NASAB
from ..events.chunks import Chunk, is_function_word
from ..events.forms import PLACES, bare, fw, nkey
from .accounts import account_source, according_body, body_genitive_end, family_phrase, source_at
from .carry import _first_person
from .edges import named_tail, prepared
from .cues import _CONJ_ONLY, _QUOTE_MARK, Cue, _is_complementizer, _match_cue, _next_at, _source_words, _trim, source_word
from .phrases import (_addressee, _agrees, _governed, _honored_title, _honorific_pronoun, _is_time, _made_statement,
                      _phrase_span, _pointed_group, _resumptive, _source_heads, _subject_slot, _title_head)
from .spokesmen import _speaks_for, _spoken_for


ISSUER_REACH = 8  # tokens from a statement noun back to the verb that issued it
ISSUER_NOUN_REACH = 6  # tokens from the comma before the cue back to the statement noun


def _issuer(doc: Doc, t: int) -> tuple[str | None, Span] | None:
    """A cue in a relative clause on a statement noun right before it, with its pronoun after the cue («أصدرت قيادة
    القوات بيانا أوضحت فيه», «نشر الحزب رسالة قال فيها»): (the issuer named, else None; the issuer's phrase), the
    subject right after the verb that issued it («أصدر», «نشر», within ISSUER_REACH tokens) up to a comma; None
    where the cue is not in such a clause."""
    if t < 3 or t + 1 >= len(doc.tokens) or not _resumptive(doc.tokens[t + 1]):
        return None
    n = t - 1  # the statement noun, past a comma and what describes it («نشرت مقالا أخيرا في هذا الإطار، أشارت فيه»)
    if doc.tokens[n].text in ("،", ","):
        n = next((u for u in range(t - 2, max(0, t - 2 - ISSUER_NOUN_REACH), -1)
                  if doc.tokens[u].text in ("،", ",", ".") or nkey(doc.tokens[u].text) in fw("statement_nouns")), 0)
    noun = nkey(doc.tokens[n].text)  # nkey drops the tanween: «بيانًا» → «بيانا»
    if noun not in fw("statement_nouns"):
        return _relative_issuer(doc, t)
    k = next((u for u in range(n - 1, max(-1, n - 1 - ISSUER_REACH), -1)
              if nkey(doc.tokens[u].text).removeprefix("و") in fw("issuing_verbs")), None)
    if k is None or k + 1 >= n:
        return None
    end = next((u for u in range(k + 1, n) if doc.tokens[u].text in ("،", ",")), n)
    if end == k + 1:
        return None
    at = doc.tokens[k + 1].start
    eid = next((e.id for e in doc.entities for m in e.mentions if m.start == at and m.end <= doc.tokens[end - 1].end), None)
    return eid, Span(at, doc.tokens[end - 1].end)


RELATIVE_ISSUER_REACH = 16  # tokens from the comma before the cue back to «أصدره» of «البيان الذي أصدره فلان»


def _relative_issuer(doc: Doc, t: int) -> tuple[str | None, Span] | None:
    """«البيان الذي أصدره الدكتور فلان الأمين العام للرابطة، وقال فيه»: the cue after a comma that closes the
    subject of a relative clause on a statement noun, whose verb of issuing carries the noun's pronoun: (the person
    or body named first in that subject, else None; its phrase); None where the cue is not after such a clause."""
    if doc.tokens[t - 1].text not in ("،", ","):
        return None
    for k in range(t - 2, max(2, t - 2 - RELATIVE_ISSUER_REACH), -1):
        tok = doc.tokens[k]
        if tok.text in ("،", ",", ".", ":", "؛") or _QUOTE_MARK.fullmatch(tok.text):
            return None
        stems = [nkey(w.norm) for w in tok.words if w.kind == "stem"]
        if not any(w.kind == "enclitic" for w in tok.words) or not stems or stems[0] not in fw("issuing_verbs"):
            continue
        if bare(nkey(doc.tokens[k - 1].text), "relatives") not in fw("relatives"):
            return None
        if nkey(doc.tokens[k - 2].text).removeprefix("ب").removeprefix("ال") not in fw("statement_nouns"):
            return None
        if k + 1 >= t - 1:
            return None
        a, b = doc.tokens[k + 1].start, doc.tokens[t - 2].end
        eid = next((e.id for e in doc.entities if e.type in ("PERSON", "ORGANIZATION") for m in e.mentions
                    if a <= m.start < doc.tokens[min(k + 3, t - 2)].end and m.end <= b), None)
        return eid, Span(a, b)
    return None


def _evidence_subject(doc: Doc, t: int, chunks: list[Chunk], limit: int) -> bool:
    """The subject of the verb at ``t`` is a fact, not someone who speaks (evidence_subjects: «المعلومات تشير إلى
    أن», «سلوك «النصرة»، يشير», «وتشير المعطيات إلى»): the phrase right before it (past commas, quote marks around a
    name after the head, «قد») or right after it is headed by such a word — no quote, and no one carried to it."""
    v = t - 1
    while v >= 0 and (doc.tokens[v].text in ("،", ",") or _QUOTE_MARK.fullmatch(doc.tokens[v].text)
                      or nkey(doc.tokens[v].text) in fw("verb_particles")):
        v -= 1
    c = next((c for c in chunks if c.i <= v <= c.j), None)
    heads = [c.i] if c is not None and c.entity is None else []
    if c is not None and c.i >= 2 and _QUOTE_MARK.fullmatch(doc.tokens[c.i - 1].text):
        heads.append(c.i - 2)  # «سلوك «النصرة»»: the noun the quoted name belongs to
    after = _subject_slot(doc, t, chunks, limit)
    if after is not None and after.entity is None:
        heads.append(after.i)
    return any(_evidence(doc, u) for u in heads)


def _evidence(doc: Doc, u: int) -> bool:
    key = nkey(doc.tokens[u].text).removeprefix("و")
    return key.removeprefix("ال") in fw("evidence_subjects")


AUXILIARY_REACH = 10  # tokens from «كان» to the cue it heads


def _auxiliary_phrase(doc: Doc, t: int, cue: Cue) -> Span | None:
    """The unnamed subject between «كان» (of the cue's gender) and the verb at ``t`` («وكانت عناصر محسوبة على تنظيم
    داعش من أبناء المدينة ذكرت»), headed by a source or group word (source_heads, unnamed_groups; not a definite
    one named before: «وكان الرئيس قد أعلن»), with no comma, quote mark or «أن» between and no conjunction on the
    verb, nor a name that is the whole phrase; None where there is none."""
    if nkey(doc.tokens[t].text)[:1] in ("و", "ف") or cue.plural:
        return None
    top = t - 2 if t >= 1 and nkey(doc.tokens[t - 1].text) in fw("verb_particles") else t - 1  # «قد»
    for k in range(top, max(-1, t - 1 - AUXILIARY_REACH), -1):
        tok = doc.tokens[k]
        if tok.text in ("،", ",", ".", ":", "؛") or _QUOTE_MARK.fullmatch(tok.text) or _is_complementizer(doc, k):
            return None
        key = bare(nkey(tok.text), "auxiliaries")
        if key in fw("auxiliaries"):
            if key == "قد" or key.endswith("وا") or ("f" if key.endswith("ت") else "m") != cue.gender:
                return None
            if k + 1 >= t:
                return None
            head = nkey(doc.tokens[k + 1].text)
            if head not in _source_heads() and head not in fw("unnamed_groups"):
                return None  # «كان من المقرر», «وكان الرئيس قد أعلن», «كانت هناك أنباء»: no unnamed source
            spans = [(m.start, m.end) for e in doc.entities if e.type not in PLACES for m in e.mentions]
            a, b = doc.tokens[k + 1].start, doc.tokens[top].end
            if _speaks_for(doc, k + 1, top) >= 0:
                spans = []  # «وكان متحدث باسم الملك السابق فلان قد أعلن»: the spokesman speaks, not the king
            if top <= k or any(a <= x < b and (y - x >= b - a - 1 or y == b) for x, y in spans):
                return None  # the name it ends on is the subject («وكان مسؤول الإغاثة ستيفن أوبراين لفت»)
            return _trim(doc.text, a, b)
    return None


def _issued_statement(doc: Doc, t: int, cue: Cue) -> tuple[str | None, Span] | None:
    """«وكان بيان صادر عن وزارة الخارجية، أعلن», «وكان بيان للديوان الملكي قد أكد»: a statement noun (statement_nouns)
    right after «كان» (of the cue's gender) as the subject of the verb at ``t`` (past a comma and «قد» before it), with
    no break, quote mark or «أن» between: (the first body or person named in it, who issued it, else None; the
    statement's phrase); None where there is none. Not the last one quoted, carried over the statement."""
    if nkey(doc.tokens[t].text)[:1] in ("و", "ف") or cue.plural:
        return None
    top = t - 1
    while top > 0 and t - top <= 2 and (doc.tokens[top].text in ("،", ",")
                                        or nkey(doc.tokens[top].text) in fw("verb_particles")):
        top -= 1  # «، أعلن», «قد أعلن», «، قد أعلن»
    for k in range(top - 1, max(-1, t - 1 - AUXILIARY_REACH), -1):
        tok = doc.tokens[k]
        if tok.text in ("،", ",", ".", ":", "؛") or _QUOTE_MARK.fullmatch(tok.text) or _is_complementizer(doc, k):
            return None
        key = bare(nkey(tok.text), "auxiliaries")
        if key in ("كان", "كانت"):
            noun = nkey(doc.tokens[k + 1].text).removeprefix("ال")
            if noun not in fw("statement_nouns") or ("f" if key.endswith("ت") else "m") != cue.gender:
                return None
            a, b = doc.tokens[k + 1].start, doc.tokens[top].end
            phrase = _trim(doc.text, a, b)
            return None if phrase is None else (_named_in(doc, a, b), phrase)
    return None


def _named_in(doc: Doc, a: int, b: int) -> str | None:
    """The first body or person named in the statement's phrase from character ``a`` to ``b`` («بيان صادر عن وزارة
    الخارجية»: who issued it), None where none is named there."""
    named = [(m.start, e.id) for e in doc.entities if e.type not in PLACES for m in e.mentions if a < m.start and m.end <= b]
    return min(named)[1] if named else None


STATEMENT_REACH = 8  # tokens of a statement's phrase in a cue's subject place, its noun through who issued it


def _statement_subject(doc: Doc, c: Chunk, limit: int) -> str | None:
    """«وقال بيان صادر عن وزارة الداخلية إن»: a statement noun (statement_nouns) in the subject's place speaks for
    the body it names within STATEMENT_REACH tokens, before ``limit`` («أن») and any comma; None where it names
    none («وقال بيان صادر عن الديوان الملكي»: the statement, as before)."""
    if c.entity is not None or (nkey(doc.tokens[c.i].text).removeprefix("ال") not in fw("statement_nouns")
                                and prepared(doc, c) < 0):  # «دراسة أعدها مركز ...»: who prepared it
        return None
    end = c.i
    while end + 1 < min(limit, c.i + STATEMENT_REACH) and doc.tokens[end + 1].text not in ("،", ",", ":"):
        end += 1
    return _named_in(doc, doc.tokens[c.i].end, doc.tokens[end].end)


def _someone(doc: Doc, t: int) -> bool:
    """An unnamed «someone» right before the verb at ``t`` as its subject: «هناك من يرى», «ثمة من يعتقد» (there are
    those who), «البعض يعتبر» (some)."""
    k = nkey(doc.tokens[t - 1].text).removeprefix("و") if t >= 1 else ""
    if k in fw("someone_subjects"):
        return True
    return k == "من" and t >= 2 and nkey(doc.tokens[t - 2].text).removeprefix("و") in fw("existentials")


def _says_head(doc: Doc, v: int) -> bool:
    """A source or report right before the verb, at ``v`` («عن مصادر قالت», «أنباء تقول», «تقارير تفيد»): the
    subject of the describing clause the verb opens."""
    if v < 0:
        return False
    head = nkey(doc.tokens[v].text).removeprefix("ال")
    return head in _source_heads() or head in fw("report_nouns")


def _source_body(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """The phrase of the organisation an unnamed source belongs to («مسؤول في وزارة الخارجية», «مصادر في الحزب
    الجمهوري», «متحدث باسم الحركة»), or of the person a spokesman speaks for («ناطق بلسان نتنياهو»): named within
    three words after a source word, with no comma or «أن» between."""
    if nkey(doc.tokens[c.i].text).removeprefix("ال") not in _source_heads():
        return None
    if any(nkey(doc.tokens[u].text) in fw("source_outsiders") for u in range(c.i + 1, c.j + 1)):
        return None  # «مصادر مقربة من الحركة»: close to it, not of it
    for d in chunks:
        if d.i <= c.j:
            continue
        if d.i - c.j > 3 or any(doc.tokens[u].text in ("،", ",") or _is_complementizer(doc, u)
                                for u in range(c.j + 1, d.i)) or _addressee(doc, d):
            return None  # «مصادر محلية لـ«الشرق الأوسط»»: the paper they spoke to; «وذكرت المصادر أن القوات»: what they said
        if d.entity is not None:
            return d if d.etype == "ORGANIZATION" or (d.etype == "PERSON" and _spoken_for(doc, c, d)) else None
    return None


def _body(doc: Doc, chunks: list[Chunk], c: Chunk, t: int, bodies: dict[int, Span]) -> str | None:
    """The organisation of ``_source_body``, noting for the cue at ``t`` in ``bodies`` where it names one the unnamed
    speaker's phrase up to the end of the organisation's name («مسؤول في الخارجية الأميركية»: the official, not the
    ministry, speaks; the ministry is his affiliation)."""
    body = _source_body(doc, chunks, c)
    if body is None:
        return None
    bodies[t] = Span(c.start, body.end)
    return body.entity


def _last_person(doc: Doc, t: int, gender: str, heard: dict[str, str], since: int = 0,
                 honorific: Chunk | None = None) -> str | None:
    """«وقال معاليه» where no one was quoted before: the person named last before the cue, of the cue's gender (from
    character ``since`` on); with ``honorific`` («معاليه», «سموه»), the last one of the title it is said of (a
    minister, a prince), None where no one has it."""
    at = doc.tokens[t].start
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type != "PERSON" or not _agrees(doc, ent.id, gender, heard):
            continue
        if honorific is not None and not _honored_title(doc, honorific, ent.roles):
            continue
        for m in ent.mentions:
            if since <= m.start and m.end <= at and (best is None or m.start > best[0]):
                best = (m.start, ent.id)
    return best[1] if best is not None else None


def _speaker_phrase(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> Span | None:
    """The unnamed subject right after a verb cue («وقالت مصادر قضائية», «وقال مسؤول أمني»), as a span."""
    src = source_at(doc, t, cue)
    family = family_phrase(doc, src, chunks) if src is not None else None
    if family is not None:
        return family  # «بحسب ما نقلت عائلة فلان»: the family
    if cue.kind == "according":  # «وفقا لوكالة إيلنا للأنباء»: a source the entity layer does not name
        at = _made_statement(doc, t) or t  # «بحسب تصريحات أدلى بها مسؤول»: who made them
        c = next((c for c in chunks if at < c.i <= at + 4 and c.entity is None
                  and (source_word(doc.tokens[c.i]) or c.title or according_body(doc, c, chunks))), None)  # «وفق
        # قائد القوات فلان», «ووفقا لمركز الإحصاءات الإيراني»
        if c is None or any(w.kind == "enclitic" for w in doc.tokens[c.i].words):  # «بحسب قوله»: the one before
            return None
        account = account_source(doc, c, chunks)
        if account is not None:
            return account  # «وفقا لإفادة بعض من المشاركين»: the participants, not «إفادة»
        text = doc.tokens[c.i].text  # «لوكالة», «للمرصد»: the source without the «لـ» written on it
        lam = text[:1] == "ل" and nkey(text).removeprefix("ال") not in _source_words()
        told = nkey(doc.tokens[t].text).endswith("ما") or nkey(doc.tokens[t + 1].text) in ("ما", "لما")
        end = _phrase_span(doc, c, told).end  # «وفق ما قال دبلوماسي أميركي للصحافيين»: whom he told, not who
        if according_body(doc, c, chunks):
            end = body_genitive_end(doc, c, chunks) or end  # «وبحسب مفوضية الأمم المتحدة للاجئين»
        return Span(c.start + (len(text) - len(text[1:].lstrip("لـ")) if lam else 0), end)
    if cue.next and cue.kind != "participle":
        return _relayed_source(doc, t, cue, chunks, limit)
    if cue.kind == "participle" or _first_person(doc, t):
        return None
    c = _subject_slot(doc, t, chunks, limit)
    if c is None:
        issuer = _issuer(doc, t)
        if issuer is not None:
            return issuer[1] if issuer[0] is None else None
        return _auxiliary_phrase(doc, t, cue)
    if c.entity or _honorific_pronoun(doc, c):
        return None
    if _is_complementizer(doc, c.i) or nkey(doc.tokens[c.i].text) in ("الا", "والا"):
        return None  # «وعد ألا يبني»: the clause said, not who said it
    if c.number:
        return _counted_group(doc, chunks, c, limit)
    span = _phrase_span(doc, c, told=True)
    if c.i > t + 1 and _pointed_group(doc, c.i - 1, c):
        span = Span(doc.tokens[c.i - 1].start, span.end)  # «هذه الأوساط»: the ones named before
    end = _source_tail(doc, chunks, c, limit) if span.end == c.end else -1  # «مصدر كردي بارز», «مصادر من الهيئة»
    if end < 0 and span.end == c.end:
        end = named_tail(doc, chunks, c)  # «وكالة الأنباء الموالية لحكومة طرابلس», «موقع ويكيليكس»
    if end < 0 and span.end == c.end:
        end = _titled_name(doc, chunks, c, limit)
    if end < 0 and span.end == c.end:
        end = _governed_tail(doc, c, limit)  # «المصادر الغربية المتابعة لأنشطة المتشددين»
    return Span(span.start, doc.tokens[end].end) if end >= 0 else span  # «الباحث حسام السراي», untagged


def _governed_tail(doc: Doc, c: Chunk, limit: int) -> int:
    """The phrase ``c`` ends in a noun with «لـ» and no article («المتابعة لأنشطة»), in construct with the definite
    noun right after it, before ``limit``: that noun's token; -1 otherwise."""
    last, u = doc.tokens[c.j], c.j + 1
    key = nkey(last.text)
    if c.j == c.i or u >= min(limit, len(doc.tokens)) or not key.startswith("ل") or key[1:3] == "ال" or key[:2] == "لل":
        return -1  # «للصحافيين»: whom he told, with its article
    if not any(w.kind == "proclitic" and nkey(w.norm) == "ل" for w in last.words):
        return -1
    return u if nkey(doc.tokens[u].text).startswith("ال") and doc.tokens[u].text[:1].isalpha() else -1


def _relayed_source(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], limit: int) -> Span | None:
    """«نقلت الوكالة عن مسؤولين أميركيين أن», «وأفادت الشبكة نقلا عن مصادر أمنية بأن»: the unnamed source right
    after «عن», whose words they are (the paper or the agency is but the channel), as a span; None where no source
    or title stands there."""
    at = _next_at(doc, t, cue)
    c = next((c for c in chunks if at is not None and c.i == at + 1), None)
    if c is None or c.entity is not None or not (source_word(doc.tokens[c.i]) or c.title):
        return None
    account = account_source(doc, c, chunks)
    if account is not None:
        return account  # «نقلا عن روايات شهود عيان»: the witnesses
    span = _phrase_span(doc, c, told=True)
    end = _source_tail(doc, chunks, c, limit) if span.end == c.end else -1  # «مصادر من الهيئة»
    return Span(span.start, doc.tokens[end].end) if end >= 0 else span


_SOURCE_ADJECTIVES = frozenset(nkey(w) for w in (
    "بارز", "بارزة", "بارزون", "بارزين", "رفيع", "رفيعة", "مطلع", "مطلعة", "مطلعون", "مطلعين", "مسؤول", "مسؤولة",
    "كبير", "كبيرة", "كبار", "موثوق", "موثوقة", "رسمي", "رسمية", "سابق", "سابقة", "آخر", "أخرى", "مختلفة"))
_SOURCE_BODY_PREPS = frozenset(("من", "في"))


def _source_adjective(doc: Doc, u: int, definite: bool) -> bool:
    """Token ``u`` is an adjective of a source word before it, of its definiteness: a common one («بارز», «رفيع»,
    «مطلع»: _SOURCE_ADJECTIVES) or a nisba («كردي», «أمنية»), a bare word (the entity layer sometimes takes a nisba
    for a name: «مصدر كردي»)."""
    tok = doc.tokens[u]
    key = nkey(tok.text)
    if not key.isalpha() or key.startswith("ال") != definite or is_function_word(key):
        return False
    key = key.removeprefix("ال")
    if key in _SOURCE_ADJECTIVES:
        return True  # «بارز», which the segmenter may read as «بـ» + «ارز»
    return (len(tok.words) == 1 and len(key) >= 4 and key.endswith(("ي", "يه", "يون", "يين"))
            and key not in fw("titles") and not _match_cue(doc, u))


def _source_tail(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> int:
    """The last token of what belongs to an unnamed source's phrase ``c`` after it: adjectives the chunk left out
    («مصدر | كردي | بارز») and a «من/في» phrase of the body it is of («مصادر من الهيئة العليا للمفاوضات», «مسؤول في
    الحكومة»: definite, no speech, time or pronoun: not «في تصريح», «في المؤتمر الصحفي», «من جانبه»); -1 where
    nothing follows."""
    if nkey(doc.tokens[c.i].text).removeprefix("و").removeprefix("ال") not in _source_heads():
        return -1
    end = -1
    k = c.j + 1
    while k < min(limit, len(doc.tokens)) and _source_adjective(doc, k, c.definite):
        end = k
        k += 1
    if any(nkey(doc.tokens[u].text) in fw("source_outsiders") for u in range(c.i, k)):
        return end  # «مصادر مقربة | من الحركة»: close to it, not of it (the phrase stops at «مقربة»)
    if k < len(doc.tokens) and nkey(doc.tokens[k].text) in _SOURCE_BODY_PREPS:
        k += 1  # «من», «في» stand apart from the phrase they govern
    d = next((d for d in chunks if d.i == k and k < limit), None)
    if d is None or d.prep not in _SOURCE_BODY_PREPS or d.j >= limit or _is_time(doc, d) or _addressee(doc, d):
        return end
    head = nkey(doc.tokens[d.i].text).removeprefix("ال")
    pronoun = any(w.kind == "enclitic" for w in doc.tokens[d.i].words)
    if (pronoun or not (d.definite or d.entity is not None) or head in fw("speech_nouns")
            or head in fw("statement_nouns") or is_function_word(head)):
        return end
    span = _phrase_span(doc, d)  # not past a «لـ» word: whom they told
    last = next(u for u in range(d.j, d.i - 1, -1) if doc.tokens[u].end <= span.end)
    place = next((e for e in chunks if e.i == last + 1 and e.entity is not None and e.etype in PLACES
                  and e.prep is None and e.j < limit), None) if last == d.j else None
    if place is not None:
        return place.j  # «مسؤول في العاصمة باماكو»
    second = next((e for e in chunks if e.i == last + 1 and e.prep is None and e.j < limit and not _is_time(doc, e)
                   and e.etype in (None, "ORGANIZATION")), None) if last == d.j else None
    if second is not None and nkey(doc.tokens[second.i].text).startswith("وال") and _match_cue(doc, second.i) is None:
        return next(u for u in range(second.j, second.i - 1, -1) if doc.tokens[u].end <= _phrase_span(doc, second).end)
    if last == d.j and last + 1 < min(limit, len(doc.tokens)) and _dangling(doc, chunks, last + 1):
        return end  # «الخبير في الشؤون | العسكرية العميد فلان»: the chunk stopped short, its end unknown
    return last


def _dangling(doc: Doc, chunks: list[Chunk], u: int) -> bool:
    """Token ``u`` goes on with the phrase before it: a bare content word (no clitic, no function word) that starts
    no name."""
    tok = doc.tokens[u]
    key = nkey(tok.text)
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
            return _phrase_span(doc, d)
    return None


def _home_country(doc: Doc, t: int, cue: Cue, heard: dict[str, str], since: int) -> tuple[str | None] | None:
    """«بلاده ترى أن», «وجهة نظر بلاده التي ترى أن», «وترى بلاده أن»: a verb whose subject is «his / her country»
    (right before it, before its relative, or right after it): (the state of the person named last before it in the
    sentence, of the pronoun's gender, where the article names that state; else None,); None where the subject is
    no such word (or the verb is not feminine, or one before it opens a new clause: «وترى»)."""
    if cue.gender != "f" or cue.plural:
        return None
    opens = nkey(doc.tokens[t].text)[:1] in ("و", "ف")
    for u in ((t + 1,) if opens else (t - 1, t - 2, t + 1)):
        if u < 0 or u >= len(doc.tokens) or (u == t - 2 and bare(nkey(doc.tokens[t - 1].text), "relatives")
                                               not in fw("relatives")):
            continue
        words = doc.tokens[u].words
        stems = [w for w in words if w.kind == "stem"]
        clitics = [nkey(w.norm) for w in words if w.kind == "enclitic"]
        if len(stems) != 1 or nkey(stems[0].norm) != "بلاد" or clitics not in (["ه"], ["ها"]):
            continue
        if any(w.kind == "proclitic" and w.norm not in _CONJ_ONLY for w in words) and u != t - 2:
            continue  # «في بلاده»: not the subject
        owner = _last_person(doc, u, "m" if clitics == ["ه"] else "f", heard, since)
        ent = doc.entity(owner) if owner is not None else None
        code = ent.country if ent is not None else None
        state = next((e.id for e in doc.entities if code is not None and e.type in PLACES and e.actor == code
                      and e.country == code), None)
        return (state,)
    return None


def _given_before(doc: Doc, chunks: list[Chunk], c: Chunk) -> str | None:
    """«كشف حميد رضا محمدي، شقيق ...، أن»: a subject of one bare word that is a given name (the name lists' «g», not
    a common word) right before a person the entity layer named without it: that person; None otherwise."""
    tok = doc.tokens[c.i]
    if c.i != c.j or c.entity is not None or c.prep is not None or len(tok.words) != 1:
        return None
    word = load_gazetteer().name_word(nkey(tok.text))
    if word is None or "g" not in word.flags or "c" in word.flags:
        return None
    d = next((d for d in chunks if d.i == c.j + 1), None)
    return d.entity if d is not None and d.etype == "PERSON" and d.prep is None else None


NAME_RUN = 4  # name-like words after an unnamed title phrase that its speaker text takes in


def _name_like(doc: Doc, u: int) -> bool:
    """Token ``u`` may be a word of a person's name the entity layer did not tag: a word that is a name of the name
    lists (not a common one), or a bare one (no clitic) that no name list has, and no frequent word of either
    kind (the entity layer's test of «a frequent word no name list has», except for a given name); no function
    word, title or cue."""
    tok = doc.tokens[u]
    key = nkey(tok.text)
    if len(key) < 2 or not key.isalpha() or is_function_word(key) or _match_cue(doc, u):
        return False
    if key in fw("titles") or key.removeprefix("ال") in fw("titles") or key in fw("speaker_titles"):
        return False
    word = load_gazetteer().name_word(key)
    if len(tok.words) != 1 and word is None:
        return False  # «بحقوق»; but «كميل», read as «كـ» + «ميل», is a name of the lists
    if word is not None and word.flags:
        return "c" not in word.flags
    return load_lexicon().freq.get(key, 0) < COMMON_ZIPF10


def _nisba_surname(doc: Doc, u: int) -> bool:
    """Token ``u`` after a name's first word may end it as a family name in «ـي» («بحريني», «الكردي»): a bare word
    of one stem, no function word, title or common word of the name lists."""
    tok = doc.tokens[u]
    key = nkey(tok.text)
    if len(tok.words) != 1 or len(key) < 4 or not key.isalpha() or not key.endswith("ي") or is_function_word(key):
        return False
    word = load_gazetteer().name_word(key)
    return key not in fw("titles") and key.removeprefix("ال") not in fw("titles") and (
        word is None or "c" not in word.flags)


def _name_run(doc: Doc, u: int, limit: int) -> int:
    """The last token of one to NAME_RUN name-like words from token ``u`` («الباحث | حسام السراي»: the man the
    title names, untagged), «بن», «آل» between them; -1 where none stands there or the run does not end its phrase
    (at ``limit``, a comma, a stop, a quote mark, a preposition, a «لـ» word, the end of the text)."""
    end = -1
    k = u
    while k < min(limit, len(doc.tokens)) and k - u < NAME_RUN:
        if k > u and nkey(doc.tokens[k].text) in NASAB and k + 1 < limit and _name_like(doc, k + 1):
            k += 1
        elif not _name_like(doc, k):
            if k > u and _nisba_surname(doc, k):
                end = k  # «رها بحريني»: a family name in «ـي», frequent as an adjective, ends the name
            break
        end = k
        k += 1
    if end < 0:
        return -1
    if end + 1 >= min(limit, len(doc.tokens)):
        return end
    nxt = doc.tokens[end + 1]
    key = nkey(nxt.text)
    if nxt.text in ("،", ",", ".", ":", "؛") or _QUOTE_MARK.fullmatch(nxt.text) or key in fw("prepositions"):
        return end
    lead = [w for w in nxt.words if w.kind == "proclitic" and w.norm not in _CONJ_ONLY]
    return end if nxt.text.startswith("لـ") or (lead and nkey(lead[0].norm) == "ل") else -1


TITLE_TAIL = 5  # tokens of the phrases of a preposition between a title and the untagged name it gives


def _titled_name(doc: Doc, chunks: list[Chunk], c: Chunk, limit: int) -> int:
    """The last token of the untagged name an unnamed phrase gives right after it («الباحث حسام السراي»), or for a
    title past the phrases of a preposition that describe it («الناشط المختص بحقوق الإنسان كميل آل بوشوكة»: not
    one of «لـ», whom it was said to); -1 where none follows."""
    end = _name_run(doc, c.j + 1, limit)
    if end >= 0 or not _title_head(doc, c):
        return end
    prev = c
    for d in chunks:
        if d.i <= c.j:
            continue
        if d.i != prev.j + 1 or d.j - c.j > TITLE_TAIL or d.i >= limit or not _governed(doc, d) or _addressee(doc, d):
            break
        prev = d
        end = _name_run(doc, d.j + 1, limit)
        if end >= 0:
            return end
    return -1


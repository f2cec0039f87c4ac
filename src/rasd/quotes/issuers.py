"""Who issued a statement that speaks, for the quotes stage: a cue in a relative clause on a statement noun («أصدرت
الوزارة بيانا أوضحت فيه», «البيان الذي أصدره فلان، وقال فيه»), a statement after «كان» as the subject («وكان بيان
صادر عن وزارة الخارجية، أعلن»), and a statement noun in the subject's place that names its body («وقال بيان صادر
عن وزارة الداخلية»).
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..text.verb_gender import past_gender
from ..events.chunks import Chunk
from ..events.forms import PLACES, bare, fw, nkey
from .cues import QUOTE_MARK, Cue, is_complementizer, trim
from .edges import prepared
from .head_bodies import named_head_body
from .phrases import resumptive
from .statement_said import set_off_issuer, statement_noun_before, titled_issuer


ISSUER_REACH = 8  # tokens from a statement noun back to the verb that issued it
ISSUER_NOUN_REACH = 6  # tokens from the comma before the cue back to the statement noun


def _issuer(doc: Doc, t: int) -> tuple[str | None, Span] | None:
    """A cue in a relative clause on a statement noun right before it, with its pronoun after the cue («أصدرت قيادة
    القوات بيانا أوضحت فيه», «نشر الحزب رسالة قال فيها»): (the issuer named, else None; the issuer's phrase), the
    subject right after the verb that issued it («أصدر», «نشر», within ISSUER_REACH tokens) up to a comma; None
    where the cue is not in such a clause."""
    if t < 3 or t + 1 >= len(doc.tokens) or not resumptive(doc.tokens[t + 1]):
        return None
    n = t - 1  # the statement noun, past a comma and what describes it («نشرت مقالا أخيرا في هذا الإطار، أشارت فيه»)
    if doc.tokens[n].text in ("،", ","):
        n = next((u for u in range(t - 2, max(0, t - 2 - ISSUER_NOUN_REACH), -1)
                  if doc.tokens[u].text in ("،", ",", ".") or doc.tokens[u].norm_key in fw("statement_nouns")), 0)
    else:
        n = statement_noun_before(doc, t) or n  # «بيانا باللغة العربية جاء فيه» (round q304)
    noun = doc.tokens[n].norm_key  # nkey drops the tanween: «بيانًا» → «بيانا»
    if noun not in fw("statement_nouns"):
        return _relative_issuer(doc, t)
    named = set_off_issuer(doc, n)
    if named is not None:  # «وأصدر المدير الإقليمي للبرنامج ...، فلان، بيانا»: the man set off (round q304)
        return named
    k = next((u for u in range(n - 1, max(-1, n - 1 - ISSUER_REACH), -1)
              if doc.tokens[u].norm_key.removeprefix("و") in fw("issuing_verbs")), None)
    if k is None or k + 1 >= n:
        return None
    end = next((u for u in range(k + 1, n) if doc.tokens[u].text in ("،", ",")), n)
    if end == k + 1:
        return None
    at = doc.tokens[k + 1].start
    eid = next((e.id for e in doc.entities for m in e.mentions if m.start == at and m.end <= doc.tokens[end - 1].end), None)
    eid = eid or titled_issuer(doc, at, doc.tokens[end - 1].end)  # «أصدر وزير الخارجية فلان، بيانا» (round q304)
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
        if tok.text in ("،", ",", ".", ":", "؛") or QUOTE_MARK.fullmatch(tok.text):
            return None
        stems = [nkey(w.norm) for w in tok.words if w.kind == "stem"]
        if not any(w.kind == "enclitic" for w in tok.words) or not stems or stems[0] not in fw("issuing_verbs"):
            continue
        if bare(doc.tokens[k - 1].norm_key, "relatives") not in fw("relatives"):
            return None
        if doc.tokens[k - 2].norm_key.removeprefix("ب").removeprefix("ال") not in fw("statement_nouns"):
            return None
        if k + 1 >= t - 1:
            return None
        a, b = doc.tokens[k + 1].start, doc.tokens[t - 2].end
        eid = next((e.id for e in doc.entities if e.type in ("PERSON", "ORGANIZATION") for m in e.mentions
                    if a <= m.start < doc.tokens[min(k + 3, t - 2)].end and m.end <= b), None)
        return eid, Span(a, b)
    return None


AUXILIARY_REACH = 10  # tokens from «كان» to the cue it heads


def breaks_clause(doc: Doc, k: int) -> bool:
    """Token ``k`` ends the search back from a verb for the «كان» that heads it: a comma or a stop, a quote mark, or
    «أن/إن» (what was said)."""
    tok = doc.tokens[k]
    return tok.text in ("،", ",", ".", ":", "؛") or bool(QUOTE_MARK.fullmatch(tok.text)) or is_complementizer(doc, k)


def issued_statement(doc: Doc, t: int, cue: Cue) -> tuple[str | None, Span] | None:
    """«وكان بيان صادر عن وزارة الخارجية، أعلن», «وكان بيان للديوان الملكي قد أكد»: a statement noun (statement_nouns)
    right after «كان» (of the cue's gender) as the subject of the verb at ``t`` (past a comma and «قد» before it), with
    no break, quote mark or «أن» between: (the first body or person named in it, who issued it, else None; the
    statement's phrase); None where there is none. Not the last one quoted, carried over the statement."""
    if doc.tokens[t].norm_key[:1] in ("و", "ف") or cue.plural:
        return None
    top = t - 1
    while top > 0 and t - top <= 2 and (doc.tokens[top].text in ("،", ",")
                                        or doc.tokens[top].norm_key in fw("verb_particles")):
        top -= 1  # «، أعلن», «قد أعلن», «، قد أعلن»
    for k in range(top - 1, max(-1, t - 1 - AUXILIARY_REACH), -1):
        if breaks_clause(doc, k):
            return None
        key = bare(doc.tokens[k].norm_key, "auxiliaries")
        if key in ("كان", "كانت"):
            noun = doc.tokens[k + 1].norm_key.removeprefix("ال")
            if noun not in fw("statement_nouns") or past_gender(key) != cue.gender:
                return None
            a, b = doc.tokens[k + 1].start, doc.tokens[top].end
            phrase = trim(doc.text, a, b)
            return None if phrase is None else (named_in(doc, a, b), phrase)
    return None


def named_in(doc: Doc, a: int, b: int) -> str | None:
    """The first body or person named in the statement's phrase from character ``a`` to ``b`` («بيان صادر عن وزارة
    الخارجية»: who issued it), None where none is named there."""
    named = [(m.start, e.id) for e in doc.entities if e.type not in PLACES for m in e.mentions if a < m.start and m.end <= b]
    return min(named)[1] if named else None


STATEMENT_REACH = 8  # tokens of a statement's phrase in a cue's subject place, its noun through who issued it


def statement_subject(doc: Doc, c: Chunk, limit: int) -> str | None:
    """«وقال بيان صادر عن وزارة الداخلية إن»: a statement noun (statement_nouns) in the subject's place speaks for
    the body it names within STATEMENT_REACH tokens, before ``limit`` («أن») and any comma; None where it names
    none («وقال بيان صادر عن الديوان الملكي»: the statement, as before)."""
    if c.entity is not None or (doc.tokens[c.i].norm_key.removeprefix("ال") not in fw("statement_nouns")
                                and prepared(doc, c) < 0):  # «دراسة أعدها مركز ...»: who prepared it
        return None
    end = c.i
    while end + 1 < min(limit, c.i + STATEMENT_REACH) and doc.tokens[end + 1].text not in ("،", ",", ":"):
        end += 1
    named = named_in(doc, doc.tokens[c.i].end, doc.tokens[end].end)
    if named is not None:
        return named
    for u in range(c.i + 1, end + 1):  # «بيان صادر عن الجبهة»: the front named before
        body = named_head_body(doc, u, doc.tokens[c.i].start)
        if body is not None:
            return body
    return None

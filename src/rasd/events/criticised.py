"""Whom a disapproval is aimed at where the event names none: the doer of the act or the conduct it disapproves of.

«ودانت الجامعة القصف التركي», «احتجاجا على الغارات الجوية التركية»: a criticism, an accusation, a rejection or a
protest (CAMEO 11, 12, 14) with no target, whose object is a noun that tells an act or a conduct, is aimed at whoever
does that act or holds that conduct. The object is the phrase the argument rules read, else the first such noun right
after the trigger, past its named source or a named subject right after a verb, a time, a comma, a bare «على/ضد», and
after a verb at most four plain words of an unnamed subject («أدانت ثلاث منظمات حقوقية تجاهل»):

- the object is a noun of conduct (function words ``disapproved_conduct``: «تصريحات», «تجاهل», «سياسة», «مشروع»)
  or the trigger of another event, and then its doer is named right after it: a name in its genitive («تجاهل الاتحاد
  الأوروبي» — not after a trigger, whose genitive may be its victim: «أدان اغتيال فلان»), a country adjective of its
  own past at most two others («القصف التركي», «بالمشروع الأميركي»; the country the article names,
  ``gentilics.country_entity``), or «التي صدرت عن X» (function words ``issued_words``; a person or a body, never a
  place). The source the other event was given is not read: it may be carried or guessed («يدين الاعتداء الغاشم»).

Round 263: where no name is found, a genitive right after a noun of conduct (not after a trigger) whose head is a
noun of people or of a body (function words ``actor_heads``) is the target as a phrase (in place of the phrase of
conduct the argument rules read: «بالتنديد بصمت المجتمع الدولي» → «المجتمع الدولي»), with at most ``GENITIVE_MORE``
definite words after its head («بانتقاد سلوك زعماء اليمين», «صمت المجتمع الدولي»; not «الأخيرة», most often
the conduct's: ``latest_adjectives``, ``past_period_adjectives``); nothing where the genitive is
indefinite after a definite noun of conduct, is not an actor («سياسة التقشف») or carries a pronoun («سياسة حكومته»).

Nothing where the one found is the event's own source or of its source's country («انتقد الرئيس الأميركي السياسة
الأميركية»), or where a preposition, a clause break or another noun stands before the doer.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..entities import gazetteer
from .forms import fw, nkey, stem_key
from .gentilics import country_entity
from .objects import adjective_of, bare_definite
from .source_set import name_party, set_phrase
from .word_tests import clause_stop, entity_at, has_letters, phrase_break

DISAPPROVE = ("11", "12", "14")  # disapprove, reject, protest
REACH = 6  # tokens from the trigger to the object's head (past the source's name: not counted)
UNNAMED = 4  # plain words of an unnamed subject after a verb
OWN_ADJECTIVES = 2  # adjectives of the object's own before the country's («القصف الجوي التركي»)
ISSUED_REACH = 4  # tokens from the object's head to «صدرت»
NAMED_REACH = 8  # tokens from «عن» to the name of the one who said it
ACTORS = ("PERSON", "ORGANIZATION")
GENITIVE_MORE = 2  # definite words after the unnamed genitive's head («زعماء اليمين المتطرف»)
OBJECT_PREPOSITIONS = ("على", "علي", "ضد")


def _head_key(doc: Doc, k: int) -> str:
    """The key of token ``k``'s stem without «و/ف», its article and its proclitics («بالمشروع» → «مشروع»)."""
    return stem_key(doc.tokens[k], last=True, form=True, article=False)


def _object_head(doc: Doc, ev: Event, events: list[Event], end: int) -> int | None:
    """The token of the object's head: the first noun of conduct or trigger after the trigger past the source's
    name, a time, a comma, a bare «على/ضد» and opening quotation marks, and after a verb past at most ``UNNAMED``
    plain words of an unnamed subject («أدانت ثلاث منظمات حقوقية تجاهل»), within ``REACH`` tokens."""
    first = doc.token_from(ev.trigger.end)
    if first is None:
        return None
    counted = 0
    plain = 0
    k = first
    verb = ev.attrs.get("pos") == "V"
    subject = ev.source
    if subject is None and verb and (named := entity_at(doc, first)) is not None and named.type in ACTORS:
        subject = named.id  # «أدانت رابطة العالم الإسلامي، التصريحات»: the verb's named subject (VSO)
    while k < end and counted <= REACH:
        tok = doc.tokens[k]
        ent = entity_at(doc, k)
        if ent is not None and ent.id == subject:
            k += 1
            continue
        counted += 1
        if tok.text in ("،", ",", "«", '"', "“") or tok.norm_key in OBJECT_PREPOSITIONS or any(
                x.start <= tok.start < x.end for x in doc.times):  # («ودانت الجامعة أول من أمس القصف التركي»)
            k += 1
            continue
        if clause_stop(tok.text) or ent is not None or not has_letters(tok.text):
            return None
        if _is_trigger(events, tok.start) or _head_key(doc, k) in fw("disapproved_conduct"):
            return k
        key = tok.norm_key
        if not verb or subject is not None or plain == UNNAMED or tok.words[0].kind == "proclitic" \
                or key in fw("prepositions") or key.removeprefix("و") in fw("prepositions"):
            return None
        plain += 1
        k += 1
    return None


def _is_trigger(events: list[Event], at: int) -> bool:
    return any(t.start == at for other in events for t in other.triggers)


def _adjective_country(doc: Doc, k: int, end: int) -> str | None:
    """The country of an adjective of the noun at token ``k``, past at most two others of its own."""
    toks = doc.tokens
    noun = toks[k].text
    n_def = bare_definite(noun)[0]
    nisba = gazetteer.load().nisba
    own = 0
    j = k + 1
    while j < end:
        word = toks[j].text
        key = nkey(word)
        if key.startswith("و") or key.startswith("ال") != n_def:
            return None
        after = "" if n_def or j + 1 >= end else toks[j + 1].text
        if not adjective_of(noun, word, after):
            return None
        iso = nisba.get(key)
        if iso is not None:
            return iso
        own += 1
        if own > OWN_ADJECTIVES:
            return None
        j += 1
    return None


def _issued_by(doc: Doc, k: int, end: int) -> Entity | None:
    """«التصريحات الطائفية التي صدرت عن نائب الرئيس فلان»: the person or body past «صدرت عن»."""
    toks = doc.tokens
    for j in range(k + 1, min(end, k + 1 + ISSUED_REACH)):
        if clause_stop(toks[j].text):
            return None
        if toks[j].norm_key not in fw("issued_words"):
            continue
        if j + 1 >= end or toks[j + 1].norm_key not in ("عن", "من"):
            return None
        for n in range(j + 2, min(end, j + 2 + NAMED_REACH)):
            if clause_stop(toks[n].text):
                return None
            ent = entity_at(doc, n)
            if ent is not None and ent.type in ACTORS:
                return ent
        return None
    return None


def _latest(doc: Doc, k: int) -> bool:
    """«تصريحات الوزير الأخيرة»: an adjective of time that most often qualifies the noun of conduct, not its owner."""
    key = doc.tokens[k].norm_key
    return key in fw("latest_adjectives") or key in fw("past_period_adjectives")


def _own_span(ev: Event) -> tuple[int, int] | None:
    span = ev.attrs.get("source_span")
    return (int(span[0]), int(span[1])) if isinstance(span, list) and len(span) == 2 else None


def _own_side(doc: Doc, ev: Event, ent: Entity) -> bool:
    src = doc.entity(ev.source)
    if src is None:
        return False
    return ent.id == src.id or (ent.actor is not None and len(ent.actor) == 3 and src.country == ent.actor)


def _head(doc: Doc, ev: Event, events: list[Event], end: int) -> int | None:
    """The token of the object's head: the one the argument rules read, else the first found after the trigger."""
    span = ev.attrs.get("target_span")  # the object the argument rules read, where it opens with such a noun
    k = doc.token_at(int(span[0])) if isinstance(span, list) and len(span) == 2 else None
    if k is None or not (_is_trigger(events, doc.tokens[k].start) or _head_key(doc, k) in fw("disapproved_conduct")):
        k = _object_head(doc, ev, events, end)
    return k


def _doer(doc: Doc, ev: Event, events: list[Event]) -> str | None:
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    k = _head(doc, ev, events, end)
    if k is None:
        return None
    return doer_at(doc, ev, events, k, end)


def _unnamed_doer(doc: Doc, ev: Event, events: list[Event]) -> tuple[int, int] | None:
    """«بانتقاد سلوك زعماء اليمين»: the unnamed actor phrase in the genitive of a noun of conduct (docstring)."""
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    k = _head(doc, ev, events, end)
    if k is None or k + 1 >= end or _is_trigger(events, doc.tokens[k].start):
        return None
    read = ev.attrs.get("target_span")
    if isinstance(read, list) and len(read) == 2 and doc.token_at(int(read[0])) != k:
        return None  # (the object the argument rules read is another phrase)
    if _head_key(doc, k) not in fw("disapproved_conduct") or any(w.kind == "enclitic" for w in doc.tokens[k].words):
        return None  # («سياسته الحكومية»: the pronoun is the owner)
    g = k + 1
    gen = doc.tokens[g]
    if phrase_break(doc, g) or entity_at(doc, g) is not None or gen.words[0].kind == "proclitic" or any(
            w.kind == "enclitic" for w in gen.words):
        return None
    key = gen.norm_key
    if key.removeprefix("ال") not in fw("actor_heads") or (
            bare_definite(doc.tokens[k].text)[0] and not key.startswith("ال")):
        return None  # («سياسة التقشف»; «السياسة حكومات»: no construct)
    last = g
    while last + 1 < end and last - g < GENITIVE_MORE and doc.tokens[last + 1].norm_key.startswith("ال") \
            and not phrase_break(doc, last + 1) and not _latest(doc, last + 1):
        last += 1
    return doc.tokens[g].start, doc.tokens[last].end


def doer_at(doc: Doc, ev: Event, events: list[Event], k: int, end: int) -> str | None:
    """The doer of the act or conduct whose noun is token ``k`` (a trigger or a noun of conduct), named right after
    it (module docstring); None where it is the event's own side."""
    trigger = _is_trigger(events, doc.tokens[k].start)
    if not trigger and _head_key(doc, k) not in fw("disapproved_conduct"):
        return None
    ent = None
    if not trigger and k + 1 < end:
        gen = entity_at(doc, k + 1)
        if gen is not None and doc.tokens[k + 1].words[0].kind != "proclitic" and (
                gen.type in ACTORS or gen.actor is not None and len(gen.actor) == 3):
            ent = gen  # «تجاهل الاتحاد الأوروبي»
    if ent is None:
        iso = _adjective_country(doc, k, end)
        ent = country_entity(doc, iso) if iso is not None else None
    if ent is None and not trigger:
        ent = _issued_by(doc, k, end)
    if ent is None or _own_side(doc, ev, ent):
        return None
    return ent.id


def criticised_targets(doc: Doc, events: list[Event]) -> None:
    """Give a disapproval with no target the doer of the act or conduct it disapproves of (module docstring)."""
    for ev in events:
        if ev.target is not None or not ev.code.startswith(DISAPPROVE):
            continue
        tid = _doer(doc, ev, events)
        if tid is None:
            span = _unnamed_doer(doc, ev, events)
            if span is not None and span != _own_span(ev):
                set_phrase(ev, "target", doc.text, span[0], span[1])
                ev.attrs["target_doer"] = True
            continue
        if tid is not None:
            name_party(ev, "target", tid)
            ev.attrs["target_doer"] = True

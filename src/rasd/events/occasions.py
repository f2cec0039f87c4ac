"""The party of a meeting or visit told as the occasion of the clause it stands in.

«أعلن الوزير فلان أن بلاده ستشارك، خلال لقاء مع نظيره فلان» and «وخلال زيارة إلى جاكرتا، قال الرئيس»: a meeting,
talks or visit noun (CAMEO 04) right after a preposition of occasion (function words ``occasion_prepositions``:
«خلال», «أثناء», «في»), with no source of its own, is met or paid by the one who acts in its clause: the named
source of the nearest verb event or quote cue before it in its sentence, or, where the phrase opens the sentence, of
the first one after it. A null is better than a wrong party, so nothing is carried where the noun has a genitive of
its own («خلال اجتماع وزراء الخارجية», «في محادثات الائتلاف»: whose talks they are), a dual or plural pronoun
(«لقائهما»: the meeting parties, events.meetings), where a bare «أنّ» opens a clause with its own subject between
(«قال الوزير إن الرئيسين بحثا خلال اللقاء»), where that actor is the one met or received, where the matrix
event is a reception (043: the host receives the visitor), or where the actor is a place.

Round ev879: the genitive of an indefinite «لقاء» (``occasion_met_nouns``) is the one met, not whose meeting it is,
where no «مع/بين/بـ» or «و» + a name follows it («طالب فلان في لقاء عدد من المسؤولين، بـ»: :func:`_met_genitive`):
the clause actor is the source and the genitive, which the argument rules took as the source, the target.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.verb_gender import verb_agreement
from .actors import is_nisba
from .forms import fw, fw_keys, nkey
from .source_set import drop_phrase
from .word_tests import OBJECT_PRONOUNS, PLAIN_COMPLEMENTIZERS, has_letters, starts_in_time, verb_shape

TALKS = "04"  # consult, meet, negotiate, visit
STATEMENTS = "01"  # round ev391: a statement («في تصريحات», «في بيان»), where indefinite or owned by a pronoun
HOST = "043"  # host a visit: the one received is the visitor
ACTORS = ("PERSON", "ORGANIZATION", "GPE")
MET = ("PERSON", "ORGANIZATION", "GROUP")  # round ev879: who may be met in «في لقاء + genitive»
PARTNER_WORDS = frozenset(nkey(w) for w in ("مع", "بين"))  # after the genitive: the genitive meets someone
PREPOSITION_CLITICS = ("ب", "ل")
REACH = 30  # tokens from the actor's verb to the occasion phrase
SET_OFF = frozenset(nkey(w) for w in ("وذلك", "ذلك"))  # «وذلك خلال لقائه»: said of the clause before as a whole


def _opening(doc: Doc, prep: int, sent_start: int) -> bool:
    """The preposition opens its sentence, past «و» («وخلال زيارة»)."""
    return prep == sent_start or (prep == sent_start + 1 and doc.tokens[sent_start].norm_key == "و")


def _free_after(doc: Doc, ev: Event, definite: bool) -> bool:
    """The noun has no genitive of its own: what follows it is a preposition («لقاء مع», «زيارة إلى», «بالرياض»), a
    punctuation mark (after a noun with a pronoun, anything: its object), a time, a country adjective («زيارة عمل» is a genitive; «اتصال هاتفي» is no nisba and so is
    taken as one too) or, after a definite noun, any definite adjective («اللقاء الثنائي»)."""
    t = doc.token_at(ev.trigger.start)
    if t is not None and doc.tokens[t].words[-1].kind == "enclitic":
        return True  # «خلال لقائه نظيره»: the pronoun is the one who meets, the phrase after is whom
    k = doc.token_from(ev.trigger.end)
    if k is None or doc.tokens[k].start >= ev.sentence.end:
        return True
    tok = doc.tokens[k]
    key = tok.norm_key
    if not has_letters(tok.text):
        return True
    if key in fw("prepositions") or key.removeprefix("ال") != key and definite:
        return True
    if starts_in_time(doc, tok) or is_nisba(tok.text) or _described_after(doc, k):
        return True
    return _governed(doc, k)


def _own_statement(doc: Doc, t: int) -> bool:
    """Round ev391: a statement noun at token ``t`` is the clause actor's own occasion where it is indefinite
    («في تصريحات نقلتها الوكالة») or owned by a pronoun («في تصريحاته»); a definite one («في البيان») may be one
    told before, whoever cites it."""
    tok = doc.tokens[t]
    return tok.words[-1].kind == "enclitic" or not tok.norm_key.removeprefix("و").startswith("ال")


def _described_after(doc: Doc, k: int) -> bool:
    """Round ev391: token ``k`` after the noun opens what describes or reports it, no genitive: a relative verb with
    the noun's pronoun on it («تصريحات نقلتها الوكالة», a verb's shape before the pronoun) or «أنّ/إنّ» opening what
    was said («قال في بيان إن»)."""
    tok = doc.tokens[k]
    if tok.norm_key in PLAIN_COMPLEMENTIZERS:
        return True
    w = tok.words
    return len(w) == 2 and w[0].kind == "stem" and w[1].kind == "enclitic" and nkey(w[1].form) in OBJECT_PRONOUNS \
        and verb_shape(w[0].norm, False)


def _cue_agrees(doc: Doc, t: int, at: int) -> bool:
    """Round ev391: a statement noun at token ``t`` with «ـه» on it («تصريحاته») is the actor's only where the verb
    that tells the actor's act (the cue or verb at offset ``at``) agrees with it: not a feminine verb («أوضحت»)."""
    k = doc.token_at(at)
    last = doc.tokens[t].words[-1]
    if k is None or last.kind != "enclitic" or nkey(last.form) != "ه":
        return True
    return verb_agreement(doc.tokens[k].words[-1].norm) != "f"


def _governed(doc: Doc, k: int) -> bool:
    """Token ``k`` opens with the preposition «بـ» or «لـ» («بالرياض», «لقطر»)."""
    words = doc.tokens[k].words
    return len(words) > 1 and any(w.kind == "proclitic" and w.norm in PREPOSITION_CLITICS for w in words[:-1])


def _another_subject(doc: Doc, k: int, prep: int) -> bool:
    """«وقال الوزير إن الرئيسين بحثا خلال اللقاء»: a bare «أنّ/إنّ» between the actor's verb at ``k`` and the
    preposition opens a clause with a subject of its own, unless the phrase is set off from it by a comma or «وذلك»
    («أعلن فلان أن بلاده ستشارك، خلال لقاء مع ...»); «أنه/إنها» keep the same actor."""
    if not any(doc.tokens[u].norm_key in PLAIN_COMPLEMENTIZERS for u in range(k + 1, prep)):
        return False
    last = doc.tokens[prep - 1].text
    return last not in ("،", ",") and nkey(last) not in SET_OFF


def _enclitic_fits(doc: Doc, noun: str, eid: str) -> bool:
    """A masculine singular pronoun on the noun («خلال لقائه») stands for a man; none at all fits anyone; any other
    («لقائهما», «زيارتهم») is no single actor's."""
    ent = doc.entity(eid)
    key = nkey(noun)
    if key.endswith(("هما", "هم", "ها", "نا")):
        return False
    if key.endswith("ه") and not key.endswith(("اله", "ته")) and len(key) > 4:
        return ent is not None and ent.type == "PERSON"
    return True


def _met_genitive(doc: Doc, ev: Event, t: int) -> bool:
    """Round ev879: «طالب فلان في لقاء عدد من المسؤولين، بـ»: the party the argument rules took as the source of an
    indefinite «لقاء» (``occasion_met_nouns``, no pronoun on it) where it is the genitive right after the noun (a
    person, body or group named there, or an unnamed phrase opening the next token) is the one met, the object of
    the masdar; not where «مع», «بين», «بـ» or «و» + another party follows it («في لقاء الائتلاف مع هيئة التنسيق»,
    «لقاء الوزير بنظرائه»: whose meeting it is)."""
    nxt = t + 1
    if doc.tokens[t].norm_key.removeprefix("و") not in fw_keys("occasion_met_nouns") or nxt >= len(doc.tokens):
        return False
    at = doc.tokens[nxt].start
    span = ev.attrs.get("source_span")
    ent = doc.entity(ev.source) if ev.source is not None else None
    if ent is not None:
        ends = [m.end for m in ent.mentions if m.start == at] if ent.type in MET else []
    else:
        ends = [int(span[1])] if isinstance(span, list) and len(span) == 2 and int(span[0]) == at else []
    if not ends or at >= ev.sentence.end:
        return False
    after = doc.token_from(max(ends))
    if after is None or doc.tokens[after].start >= ev.sentence.end:
        return True
    tok = doc.tokens[after]
    if tok.norm_key in PARTNER_WORDS or any(w.kind == "proclitic" and w.norm == "ب" for w in tok.words[:-1]):
        return False  # («لقاء الوزير بنظرائه», «لقاء فلان مع فلان»: the genitive meets)
    return not (tok.norm_key.startswith("و") and any(tok.start <= m.start <= tok.start + 1
                                                     for e in doc.entities for m in e.mentions))
    # («في لقاء الرئيس فلان والوزير فلان»: a meeting of the two)


def _actors(doc: Doc, events: list[Event], sent: tuple[int, int]) -> list[tuple[int, str, int]]:
    """(offset, entity, event kind) of who acts in the sentence: the named source of a verb event (kind 1, 2 for a
    reception) and the speaker of a quote cue (kind 0)."""
    out: list[tuple[int, str, int]] = []
    for ev in events:
        if sent[0] <= ev.trigger.start < sent[1] and ev.source is not None and ev.attrs.get("pos") == "V":
            out.append((ev.trigger.start, ev.source, 2 if ev.code == HOST else 1))
    for q in doc.quotes:
        who = q.actor()
        if who is not None and sent[0] <= q.cue.start < sent[1]:
            out.append((q.cue.start, who, 0))
    return sorted(out)


def occasion_parties(doc: Doc, events: list[Event]) -> None:
    """Give a meeting or visit noun of occasion the actor of its clause as source (module docstring)."""
    for ev in events:
        if not ev.code.startswith((TALKS, STATEMENTS)) or ev.attrs.get("pos") != "N":
            continue
        t = doc.token_at(ev.trigger.start)
        if t is None or t == 0:
            continue
        met = ev.code.startswith(TALKS) and _met_genitive(doc, ev, t)
        if ev.source is not None and not met:
            continue
        noun = doc.text[ev.trigger.start : ev.trigger.end].split()[0]
        if ev.code.startswith(STATEMENTS) and not _own_statement(doc, t):
            continue  # («بما جاء في البيان الختامي»: a statement told before, whoever cites it)
        if _governed(doc, t):
            continue  # («بلقاء», «للقاء»: a purpose or a content, not the occasion)
        prep = t - 1
        if doc.tokens[prep].norm_key.removeprefix("و") not in fw("occasion_prepositions"):
            continue
        if not met and not _free_after(doc, ev, nkey(noun).startswith("ال")):
            continue
        sent_start = doc.token_from(ev.sentence.start) or 0
        acts = _actors(doc, events, (ev.sentence.start, ev.sentence.end))
        before = [a for a in acts if a[0] < ev.trigger.start]
        if before:
            pick = before[-1]
            k = doc.token_at(pick[0])
            if k is None or t - k > REACH or _another_subject(doc, k, prep):
                continue
        elif _opening(doc, prep, sent_start):
            after = [a for a in acts if a[0] > ev.trigger.start]
            if not after:
                continue
            pick = after[0]
        else:
            continue
        _, eid, kind = pick
        ent = doc.entity(eid)
        if kind == 2 or ent is None or ent.type not in ACTORS or eid == ev.target:
            continue
        if not _enclitic_fits(doc, noun, eid):
            continue
        if ev.code.startswith(STATEMENTS) and not _cue_agrees(doc, t, pick[0]):
            continue  # round ev391: «وفي تصريحاته ...، أوضحت المستشارة فلانة»: his statements, not hers
        if met:
            if eid == ev.source or ev.target is not None or ev.attrs.get("target_span") is not None:
                continue  # (the clause actor is the genitive itself, or the meeting has a target of its own)
            ev.target = ev.source
            for part in ("span", "text"):
                if f"source_{part}" in ev.attrs:
                    ev.attrs[f"target_{part}"] = ev.attrs[f"source_{part}"]
            drop_phrase(ev, "source")
            ev.attrs["target_occasion"] = True
        ev.source = eid
        ev.attrs["source_occasion"] = True

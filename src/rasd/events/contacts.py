"""Contacts and messages said with a support verb before their noun: «تلقى فلان اتصالا هاتفيا من فلان» (the caller
acts, the one who receives is the target), «أجرى فلان اتصالا هاتفيا مع فلان», «بعث فلان برقية تهنئة إلى فلان» (the
subject of the support verb acts)."""

from __future__ import annotations

from ..doc import Doc
from .acting import actor_phrase
from .actors import can_act, resolve_title
from .chunks import Chunk, breaks_between, plain_chunk, verb_between
from .forms import fw, light_verb_before, nkey
from .inserts import past_insert
from .lexicon import Hit
from .protocol import met_past_comma
from .subjects import subject_before
from .word_tests import clause_break

CONTACT_WINDOW = 10  # words from the support verb to the contact noun («تلقى خادم الحرمين الشريفين ... اتصالا»)
FROM_WINDOW = 3  # words from the contact noun (past its adjective) to «من» + the caller
CONTACTS = ("01", "018", "04", "051")  # statements, condolences, consultations and meetings, praise
MEETINGS = "04"
TRAVEL = ("042", "043")  # visits and receptions: «قام بزيارة» is another light verb (stage)
RECEIVED_CALLS = ("phone_recv", "phone_recv_vso")  # the verb of receiving a call as trigger: «تلقى فلان اتصالا من»


def _verb_subject(doc: Doc, chunks: list[Chunk], t: int, hit: Hit, sent_start: int) -> Chunk | None:
    """The subject of the support verb at token ``t``: the first free phrase between it and the noun (VSO), else
    the phrase before it (SVO)."""
    run = next((c for c in chunks if c.i <= t < c.j < hit.i and c.prep is None), None)
    if run is not None:  # «بعث خادم الحرمين الشريفين»: the word run took in the verb
        run = plain_chunk(doc.tokens, t + 1, run.j, run.end)
    c = run or next((c for c in chunks if t < c.i and c.j < hit.i and c.prep is None), None)
    if c is not None:
        c = resolve_title(chunks, c, doc)
        return c if can_act(doc, c) else None
    return subject_before(doc, chunks, t, sent_start, nominal=False)


def contact_parties(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, source: Chunk | None,
                    targets: list[Chunk] | None) -> tuple[Chunk | None, list[Chunk] | None]:
    """The (source, targets) of a contact, message or meeting noun, as the frame found them (``source``,
    ``targets``) or as its support verb or a protocol sentence says them: see ``_support_verb``; a meeting noun
    with no target, its genitive after it, has the one met past the seat, place and time and a comma
    (protocol.met_past_comma); one a relative verb of receiving follows («اتصال هاتفي تلقاه من فلان») has the one
    named after «من» as source and the receiver, the source found before it, as target; so too the verb of receiving
    itself as trigger (``RECEIVED_CALLS``: its subject the receiver, its «من» phrase the caller)."""
    if hit.entry.id in RECEIVED_CALLS and source is not None and targets:
        return targets[0], [source]  # round ev712: «تلقى السيسي اتصالا من الملك»: the caller acts, as for the noun
    said = _support_verb(doc, chunks, hit, sent_start)
    if said is not None:
        return said[0], [said[1]] if said[1] is not None else targets
    if (caller := _received_after(doc, chunks, hit)) is not None:
        return caller, [source] if source is not None and source.j < hit.i else targets
    if hit.pos == "N" and hit.entry.code.startswith(MEETINGS) and not targets and source is not None \
            and source.i > hit.j and (met := met_past_comma(doc, chunks, source)) is not None:
        return source, [met]
    return source, targets


def _support_verb(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[Chunk | None, Chunk | None] | None:
    """(source, target or None to keep the frame's) of a contact or message noun after a support verb in its
    clause, or None where there is none. After a verb of receiving (function words ``call_receiving_verbs``) the one
    named after «من» acts and the verb's subject is the target; after a verb of making (``contact_verbs``) the
    verb's subject acts."""
    if hit.pos != "N" or not hit.entry.code.startswith(CONTACTS) or hit.entry.code.startswith(TRAVEL) \
            or "ل" in hit.cand.proclitics:
        return None  # («يجرى التحضير لزيارة وفد»: the noun governed by «لـ» is no object of the verb)
    tokens = doc.tokens
    for words in ("call_receiving_verbs", "contact_verbs"):
        t = light_verb_before(tokens, hit.i, sent_start, CONTACT_WINDOW, clause_break, words)
        if t is None or breaks_between(doc, t + 1, hit.i) or verb_between(doc, t + 1, hit.i):
            continue
        subject = _verb_subject(doc, chunks, t, hit, sent_start)
        if words == "contact_verbs":
            return (subject, _set_off_party(doc, chunks, hit, ("مع", "ب"))) if subject is not None else None
        caller = next((c for c in chunks if hit.j < c.i <= hit.j + FROM_WINDOW + 1 and c.prep == nkey("من")), None)
        caller = caller or _set_off_party(doc, chunks, hit, ("من",))
        if caller is None or subject is None:
            return None
        return resolve_title(chunks, caller, doc), subject
    return None


def _received_after(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """The caller of a contact noun that a relative verb of receiving follows, its object pronoun the noun, within
    ``FROM_WINDOW`` words («في اتصال هاتفي تلقاه من الرئيس فلان»): the phrase after «من» right past the verb."""
    if hit.pos != "N" or not hit.entry.code.startswith(CONTACTS):
        return None
    for t in range(hit.i + 1, min(len(doc.tokens), hit.j + 1 + FROM_WINDOW)):  # (ev822: the verb in the hit)
        words = doc.tokens[t].words
        if len(words) == 2 and words[0].kind == "stem" and words[1].kind == "enclitic" \
                and words[0].norm in fw("call_receiving_verbs"):
            t = _past_time(doc, t)  # round ev804: «في اتصال هاتفي تلقاه أمس من الرئيس فلان»
            caller = next((c for c in chunks if t < c.i <= t + 2 and c.prep == nkey("من")), None)
            return resolve_title(chunks, caller, doc) if caller is not None else None
    return None


def _set_off_party(doc: Doc, chunks: list[Chunk], hit: Hit, preps: tuple[str, ...]) -> Chunk | None:
    """Round ev804: the party of a contact noun right after a time or a prepositional phrase set off by commas
    after it (inserts.past_insert), where its preposition is one of ``preps``: «تلقى الرئيس اتصالا هاتفيا، أمس،
    من الملك فلان» (the caller), «أجرى الرئيس اتصالا هاتفيا، مساء اليوم، بالرئيس فلان» (the one called),
    a name, a title («بالرئيس», past its glued «بـ»), a counterpart («نظيره») or an actor's phrase
    (acting.actor_phrase)."""
    after = past_insert(doc, hit.j, len(doc.tokens))
    if after is None:
        return None
    keys = {nkey(p) for p in preps}
    party = next((c for c in chunks if after <= c.i <= after + 1 and c.prep in keys), None)
    if party is None:
        return None
    party = resolve_title(chunks, party, doc)
    k = doc.tokens[party.i].norm_key
    k = (k[len(party.prep):] if party.prep and k.startswith(party.prep) else k).removeprefix("ال")  # («بالرئيس»)
    actor = k in fw("titles") or k in fw("counterpart_words") or actor_phrase(doc, party)  # not «بمناسبة العيد»
    return party if actor and can_act(doc, party) else None


def _past_time(doc: Doc, t: int) -> int:
    """Round ev804: the last token of a time right after token ``t`` («تلقاه أمس من», «تلقاه مساء اليوم من»), else
    ``t``."""
    toks = doc.tokens
    span = next((x for x in doc.times if t + 1 < len(toks) and x.start == toks[t + 1].start), None)
    while span is not None and t + 1 < len(toks) and toks[t + 1].end <= span.end:
        t += 1
    return t


def call_told_by_noun(hit: Hit, hits: list[Hit]) -> bool:
    """Round 53: «تلقى ولي العهد اتصالا هاتفيا من فلان»: the verb of receiving read with a call noun further in its
    clause (``phone_recv_vso``) gives way to the phone call noun after it, which tells the call and its parties."""
    return hit.entry.id == "phone_recv_vso" and any(h.entry.id == "phone" and h.i > hit.j for h in hits)

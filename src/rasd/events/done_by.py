"""Round 285: «عمليات قصف قامت بها الميليشيات»: a light verb of doing with «بها/به» after a noun act names its doer.

A noun act (an indefinite plural head with its masdar, «عمليات قصف», or the masdar alone, «هجمات»), right after it
or past one word of its own (an adjective, «قصف عشوائي»), then «قام/قامت/قاموا/يقوم/تقوم» and a «بـ» with a pronoun
for the act («بها», «به»), then a name: that name did the act. It is the act's source and no target of it (the
object search read it as the genitive of «قصف», or «قصف» as a verb and the name its object). «عمليات قصف قامت الميليشيات بصدها» (no «بها» right after the
verb) names no doer here.

Round ev361: a statement (CAMEO 01x) told by «أدلى بها» after its noun («تصريحات أدلى بها رئيس هيئة قناة السويس
الفريق مهاب مميش», «التصريحات الصحافية التي أدلى بها») was made by the person or body named after it, past a title
of a few words (:func:`made_by`).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .chunks import OPENING_QUOTES, mention_index, verb_key
from .arg_edges import phrase_span
from .forms import fw, nkey
from .source_set import drop_phrase, name_party, set_phrase
from .word_tests import finite_verb

DOING_VERBS = frozenset(("قام", "قامت", "قاموا", "يقوم", "تقوم", "يقومون"))  # verb keys of «قام بـ» (did)
ACT_PRONOUNS = frozenset(("بها", "به", "بهما"))  # keys of «بـ» with a pronoun for the act
GAP = 1  # words of the act's own between the trigger and the verb («قصف عشوائي قامت بها»)
STATING_VERBS = frozenset(("ادلي", "ادلت", "يدلي", "تدلي"))  # round ev361: verb keys of «أدلى بـ» (made a statement)
STATEMENTS = "01"  # CAMEO 01x: the statements «أدلى بها» is said of
STOPS_AIM = frozenset("،,.:؛;()«»\"")
TITLE = 6  # round ev361: words of a title before the name («رئيس هيئة قناة السويس الفريق»)


def _named_at(doc: Doc, k: int, end: int) -> str | None:
    """The entity of a mention that opens at token ``k`` (past an opening quotation mark)."""
    if k < end and doc.tokens[k].text in OPENING_QUOTES:
        k += 1
    hit = mention_index(doc).get(k) if k < end else None
    return hit[0] if hit is not None and doc.token_at(hit[2]) == k else None


def doer_at(doc: Doc, j: int, end: int) -> int | None:
    """The token that opens the doer after «قامت بها» within ``GAP`` words after the noun act ending at token ``j``."""
    toks = doc.tokens
    mentions = mention_index(doc)  # (once, not for each word scanned)
    for k in range(j + 1, min(end - 2, j + 2 + GAP)):
        if verb_key(toks[k].text) in DOING_VERBS and toks[k + 1].norm_key in ACT_PRONOUNS:
            return k + 2
        if toks[k].text in ("،", ",", ".") or k in mentions:
            return None
    return None


def done_by(doc: Doc, j: int, end: int) -> str | None:
    """The entity named right after «قامت بها» within ``GAP`` words after the noun act ending at token ``j``."""
    k = doer_at(doc, j, end)
    return _named_at(doc, k, end) if k is not None else None


def _unnamed_doer(doc: Doc, ev: Event, j: int, end: int) -> None:
    """Round ev807: «عمليات قصف قامت بها الميليشيات من داخل اللواء على المناطق السكنية»: where no entity is named
    after «قامت بها» but the target phrase read for the act opens there (the object search took «قصف» for a verb),
    that phrase is the doer: no target, and the source phrase where the act has no source."""
    k = doer_at(doc, j, end)
    span = phrase_span(ev, "target")
    if k is None or k >= end or span is None or span[0] != doc.tokens[k].start:
        return
    drop_phrase(ev, "target")
    if ev.source is None and phrase_span(ev, "source") is None:
        set_phrase(ev, "source", doc.text, span[0], span[1])


AIM_REACH = 8  # round ev819: words from the doer to the «على» of what the act is aimed at
AIM_PHRASE = 4  # words of an unnamed aim phrase at most («المناطق السكنية»)


def _aimed_at(doc: Doc, ev: Event, k: int, end: int) -> None:
    """Round ev819: «عمليات قصف قامت بها الميليشيات من داخل اللواء على المناطق السكنية في مدينة زنجبار»: the
    first «على» past the doer opening at token ``k`` (past its «من» + place), within ``AIM_REACH`` words and its
    clause, opens what the act is aimed at: the name there, else its phrase (up to a preposition), where the act
    has no target yet."""
    toks = doc.tokens
    if ev.target is not None or phrase_span(ev, "target") is not None:
        return
    for n in range(k + 1, min(end - 1, k + AIM_REACH)):
        if toks[n].text in ("،", ",", ".", ":", "؛", "(") or finite_verb(toks[n]):
            return
        if toks[n].norm_key != nkey("على"):
            continue
        eid = _named_at(doc, n + 1, end)
        if eid is not None and eid != ev.source:
            name_party(ev, "target", eid)
            return
        last = n + 1
        while last + 1 < min(end, n + 1 + AIM_PHRASE) and toks[last + 1].text not in STOPS_AIM and not (
                toks[last + 1].norm_key in fw("prepositions") or toks[last + 1].norm_key.startswith("و")):
            last += 1
        if eid is None and last < end:
            set_phrase(ev, "target", doc.text, toks[n + 1].start, toks[last].end)
        return


def made_by(doc: Doc, j: int, end: int) -> str | None:
    """Round ev361: the person or body named after «أدلى بها» (made: ``STATING_VERBS``) past a statement noun ending
    at token ``j`` («تصريحات أدلى بها رئيس هيئة قناة السويس الفريق مهاب مميش»), past ``GAP`` words of its own and
    a relative, then past at most ``TITLE`` words of a title (places and bodies in it too) with no comma or mark:
    the person, else the first body."""
    toks = doc.tokens
    for k in range(j + 1, min(end - 2, j + 3 + GAP)):
        if verb_key(toks[k].text) in STATING_VERBS and toks[k + 1].norm_key in ACT_PRONOUNS:
            body = None  # round en537: a body in the title is the person's office («رئيس هيئة قناة السويس»)
            for n in range(k + 2, min(end, k + 3 + TITLE)):
                if toks[n].text in ("،", ",", ".", ":", "(", ")"):
                    break
                eid = _named_at(doc, n, end)
                ent = doc.entity(eid) if eid is not None else None
                if ent is not None and ent.type == "PERSON":
                    return ent.id  # (past a place or body in the title: «رئيس هيئة قناة السويس»)
                if ent is not None and ent.type == "ORGANIZATION" and body is None:
                    body = ent.id
            return body
        if toks[k].text in ("،", ",", ".") or k in mention_index(doc):
            return None
    return None


def light_doers(doc: Doc, events: list[Event]) -> None:
    """Give a noun act the doer «قامت بها X» names after it, and take that doer off its target."""
    for ev in events:
        j = doc.token_at(ev.trigger.end - 1)
        if j is None:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        eid = done_by(doc, j, end) or (made_by(doc, j, end) if ev.code.startswith(STATEMENTS) else None)
        if eid is None:
            _unnamed_doer(doc, ev, j, end)  # round ev807: «قصف قامت بها الميليشيات»: the doer is no target
        if (k := doer_at(doc, j, end)) is not None:
            _aimed_at(doc, ev, k, end)  # round ev819: «... من داخل اللواء على المناطق السكنية»: the target
        if eid is None or ev.source not in (None, eid):
            continue
        name_party(ev, "source", eid)
        ev.attrs["source_light_doer"] = True
        if ev.target == eid:
            name_party(ev, "target", None)

"""Round 168: a subject told earlier in the sentence carried into the clause that goes on about it.

- «وصل الوزير فلان إلى العاصمة، إذ أجرى محادثات مع نظيره»: a verb right after «إذ» (function words ``idh_openers``)
  with no source is done by the nearest person or body named before «إذ» in the sentence, where that name is no
  object of a preposition («مع», «بنظيره فلان») and no target of the event.
- «وأكد فلان أنه سيناقش الملف مع»: a verb right after a pronoun complementizer («أنه», «أنها»: function words
  ``carried_pronouns``) has the pronoun as its subject; the phrase the argument rules read after the verb is its
  object. The verb takes the source of the reporting verb right before («وأكد فلان أنه»), entity or phrase, where
  the pronoun's gender fits that source (a man with «أنه», a body or a woman with «أنها»); the object read as a source
  is dropped either way. «أعلنت وحدات فلان أن مقاتليها قتلوا»: a subject «ـها/ـه» possessed head of fighters
  (function words ``fighter_heads``, ``member_nouns``) after «أن» is the reporting verb's source's own.
- round ev301: «وأكد فلان أنه أجرى محادثات مع»: a noun act right after a verb that holds it (function words
  ``holding_verbs``) right after such a pronoun complementizer takes that source as the verb would.
- «وأكد فلان أنه سيناقش الملف خلال محادثات الدوحة»: a noun act right after «خلال» (function words
  ``during_words``) in the clause of such a verb takes that source too.
- «إن على العراق التفاوض مع»: a noun act right after «على X», where «على» follows «إن/أن» or a modal of obligation
  (function words ``obligation_openers``), is owed by X.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw_keys, nkey
from .source_set import copy_phrase, drop_phrase, name_party, unsourced
from .word_tests import clause_break, clause_stop, governed, mention_holding

REACH = 14  # tokens read back from «إذ» for the subject
REPORT_REACH = 10  # tokens between a reporting verb and its «أنه»
ACTORS = ("PERSON", "ORGANIZATION")


def _idh_subjects(doc: Doc, ev: Event, k: int) -> None:
    if isinstance(ev.attrs.get("source_span"), list):
        return  # «إذ اقتحم مسلحون»: the verb's own subject
    if k >= 1 and doc.tokens[k - 1].norm_key in fw_keys("holding_verbs"):
        k -= 1  # «إذ أجرى محادثات»: the noun act after the verb that holds it
    if k < 2 or doc.tokens[k - 1].norm_key.removeprefix("و") not in fw_keys("idh_openers"):
        return
    for t in range(k - 2, max(-1, k - 2 - REACH), -1):
        tok = doc.tokens[t]
        if tok.start < ev.sentence.start or clause_break(tok.text):
            return
        m = mention_holding(doc, t)
        if m is None or m.entity is None:
            continue
        ent = doc.entity(m.entity)
        if ent is None or ent.type not in ACTORS:
            continue
        first = doc.token_at(m.start)
        if first is None or governed(doc, first) or ent.id == ev.target:
            return
        name_party(ev, "source", ent.id)
        return


def _fits(doc: Doc, pron: str, source: str | None) -> bool:
    """The pronoun complementizer ``pron`` («أنه», «أنها») can refer back to ``source`` (None: a phrase, any)."""
    ent = doc.entity(source) if source is not None else None
    if ent is None:
        return source is None
    if pron.endswith("ها"):
        return ent.type != "PERSON" or ent.attrs.get("gender") == "f"
    return ent.type in ACTORS and ent.attrs.get("gender") != "f"


def _reporting_event(doc: Doc, events: list[Event], ev: Event, comp: int) -> Event | None:
    """The verb event whose trigger stands at most ``REPORT_REACH`` tokens before the complementizer at ``comp``
    in the same sentence, with no clause break between."""
    for t in range(comp - 1, max(-1, comp - 1 - REPORT_REACH), -1):
        tok = doc.tokens[t]
        if tok.start < ev.sentence.start or clause_stop(tok.text):
            return None
        rep = next((e for e in events if e is not ev and e.trigger.start == tok.start and e.attrs.get("pos") == "V"),
                   None)
        if rep is not None:
            return rep
    return None


def _copy_source(ev: Event, rep: Event, phrase: bool) -> bool:
    """Give ``ev`` the source of ``rep``: its entity, or (``phrase``) its phrase."""
    if rep.source is not None:
        if rep.source == ev.target:
            return False
        name_party(ev, "source", rep.source)
        return True
    span = rep.attrs.get("source_span")
    if phrase and isinstance(span, list):
        copy_phrase(ev, "source", rep)
        return True
    return False


def _pronoun_subjects(doc: Doc, events: list[Event], ev: Event, k: int) -> None:
    if k < 2:
        return
    comp = doc.tokens[k - 1].norm_key.removeprefix("و")
    if comp in fw_keys("carried_pronouns"):
        rep = _reporting_event(doc, events, ev, k - 1)
        drop_phrase(ev, "source")
        if rep is not None and _fits(doc, comp, rep.source):
            _copy_source(ev, rep, False)
        return
    # «أن مقاتليها قتلوا»: the subject phrase is the reporting verb's source's own fighters
    span = ev.attrs.get("source_span")
    if not isinstance(span, list):
        return
    s = doc.token_at(span[0])
    if s is None or s < 1 or s >= k or doc.tokens[s - 1].norm_key not in fw_keys("complementizers"):
        return
    head = doc.tokens[s].norm_key
    pron = next((p for p in ("ها", "ه") if head.endswith(p)), None)
    if pron is None or head[: -len(pron)] not in fw_keys("fighter_heads") | fw_keys("member_nouns"):
        return
    rep = _reporting_event(doc, events, ev, s - 1)
    if rep is not None and _fits(doc, "أنها" if pron == "ها" else "أنه", rep.source):
        _copy_source(ev, rep, True)


def _during_subjects(doc: Doc, events: list[Event], ev: Event, k: int) -> None:
    """«وأكد فلان أنه سيناقش الملف خلال محادثات الدوحة»: the talks during which the «أنه» verb acts are his."""
    if isinstance(ev.attrs.get("source_span"), list):
        return
    if doc.tokens[k - 1].norm_key.removeprefix("و") not in fw_keys("during_words"):
        return
    for c in range(k - 3, max(-1, k - 3 - REPORT_REACH), -1):
        tok = doc.tokens[c]
        if tok.start < ev.sentence.start or clause_stop(tok.text):
            return
        comp = tok.norm_key.removeprefix("و")
        if comp in fw_keys("carried_pronouns"):
            rep = _reporting_event(doc, events, ev, c)
            if rep is not None and _fits(doc, comp, rep.source):
                _copy_source(ev, rep, False)
            return


def _held_subjects(doc: Doc, events: list[Event], ev: Event, k: int) -> None:
    """Round ev301: «وأكد كيري أنه أجرى محادثات مع المسؤولين»: a noun act right after a verb that holds it
    (``holding_verbs``) right after «أنه/أنها» is done by that verb's pronoun subject, as a verb there is."""
    if k < 3 or doc.tokens[k - 1].norm_key not in fw_keys("holding_verbs"):
        return  # (a phrase read after the noun as its source, «محادثات صريحة», is its adjective: dropped below)
    if doc.tokens[k - 2].norm_key.removeprefix("و") in fw_keys("carried_pronouns"):
        _pronoun_subjects(doc, events, ev, k - 1)


def _obligation_subjects(doc: Doc, ev: Event, k: int) -> None:
    t = k - 1
    while t > 0 and doc.tokens[t].text in ("«", '"'):
        t -= 1
    m = mention_holding(doc, t)
    if m is None or m.entity is None or m.end > doc.tokens[t].end or m.entity == ev.target:
        return
    first = doc.token_at(m.start)
    if first is None or first < 2 or doc.tokens[first - 1].norm_key.removeprefix("و") != nkey("على"):
        return
    if doc.tokens[first - 2].norm_key.removeprefix("و") not in fw_keys("obligation_openers"):
        return
    name_party(ev, "source", m.entity)


def carried_subjects(doc: Doc, events: list[Event]) -> None:
    """Carry a subject told earlier in the sentence into the clause about it (module docstring)."""
    for ev in events:
        if ev.source is not None:
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None:
            continue
        _idh_subjects(doc, ev, k)
        # (each test of the source after a pass that may set it goes through unsourced: mypyc keeps the narrowing of
        # ``ev.source is not None`` above across the calls and would reject the string they set)
        if unsourced(ev) and ev.attrs.get("pos") == "V":
            _pronoun_subjects(doc, events, ev, k)
        elif unsourced(ev) and k >= 3:
            _held_subjects(doc, events, ev, k)
            if unsourced(ev):
                _obligation_subjects(doc, ev, k)
            if unsourced(ev):
                _during_subjects(doc, events, ev, k)


def _plural_person(doc: Doc, k: int) -> bool:
    """Whether the trigger at token ``k`` is a plural verb of a dropped subject («وأكدوا», «كما طالبوا», «ويؤكدون»)."""
    key = doc.tokens[k].norm_key.removeprefix("و")
    if key.endswith("وا"):
        return len(key) >= 5
    return key.startswith(("ي", "ت")) and key.endswith("ون") and len(key) >= 6


def people_head(doc: Doc, k: int) -> bool:
    """Whether token ``k`` is a definite plural of people («الأعضاء», «المحتجون», «الوزراء»)."""
    key = doc.tokens[k].norm_key
    stem = key.removeprefix("ال")
    return key.startswith("ال") and (stem.endswith(("ون", "ين")) and len(stem) >= 5 or key in fw_keys("people_plurals")
                                   or key in fw_keys("member_plurals"))


def _opener_at(doc: Doc, a: int, k: int) -> bool:
    """Whether token ``k`` opens the sentence from token ``a``, past openers like «كما», «وقد» (``plural_carry_openers``)."""
    return all(doc.tokens[t].norm_key in fw_keys("plural_carry_openers") for t in range(a, k))


def plural_carried(doc: Doc, events: list[Event]) -> None:
    """Round 238: «وحث الأعضاء جميع الأطراف على ... . وأكدوا أن»: a plural verb with no subject that opens its
    sentence (past «كما», «وقد») is done by the doer of the verb that opens the sentence before, where that verb's
    subject, right after it, is a definite plural of people («الأعضاء», «المحتجون»): the entity the event before
    took, or its phrase."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span") is not None or ev.attrs.get("pos") != "V":
            continue
        k = doc.token_at(ev.trigger.start)
        if k is None or not _plural_person(doc, k):
            continue
        a = doc.token_from(ev.sentence.start)
        if a is None or not _opener_at(doc, a, k):
            continue
        before = [s for s in doc.sentences if s.end <= ev.sentence.start]
        if not before:
            continue
        lo = doc.token_from(before[-1].start)
        if lo is None:
            continue
        for prev in events:
            p = doc.token_at(prev.trigger.start)
            if p is None or prev.sentence.start != before[-1].start or not _opener_at(doc, lo, p):
                continue
            if p + 1 >= len(doc.tokens) or not people_head(doc, p + 1) or prev.attrs.get("passive"):
                break
            span = prev.attrs.get("source_span")
            if prev.source is not None:
                name_party(ev, "source", prev.source)
                ev.attrs["source_plural_carried"] = True
            elif isinstance(span, list) and isinstance(prev.attrs.get("source_text"), str):
                copy_phrase(ev, "source", prev)
                ev.attrs["source_plural_carried"] = True
            break

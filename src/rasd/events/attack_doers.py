"""Who strikes in an attack named by a count noun with «لـ» + a name, and who kills in that attack.

«قتل جنديان في هجوم جديد لحزب العمال الكردستاني»: an attack noun that counts acts (function words
``attack_count_nouns``: «هجوم», «غارات», «ضربة», «كمين»; no masdar of a transitive verb, whose «لـ» marks its object:
«قصف لمواقع التنظيم»), with no possessive pronoun, then at most two adjectives of its own («جديد», «إرهابي»), then
«لـ» on a named body or person (a mention that starts right there, past quotation marks: «لـ«الكردستاني»») is that
body's or person's attack. A place after «لـ» is left alone («هجوم لتركيا» may be on it), and so is a phrase whose
head is no name («هجوم لمسلحي التنظيم»: ``parties.force_owner`` reads the forces it knows).

A killing or wounding told by a verb with no source of its own («قتل», «وأصيب»: the unvocalised passive) whose
attack is named in the same clause right after it («في هجوم ...», «جراء الغارات», «في هذه الغارات») has that
attack's doer: the attack merged into the same event (one of its triggers), or an event of force of its own in the
same sentence that follows the verb within ``REACH`` words, after a preposition of cause or setting (function words
``attack_setting``) and with no finite verb or clause break between. An attack whose source was carried from
before lends none. Round ev459: a span of time and «من» may stand between the preposition and the attack, and a comma
before the preposition («قتلوا ومئات جرحوا، خلال أسبوع من الغارات الجوية التركية»: the setting of the clause).

Round ar427: a killing or wounding with no source whose clash with a side is its setting in the same way («مقتل نحو
50 من عناصر الميليشيات في مواجهات مع القوات الموالية», «قتل قائد عسكري خلال اشتباكات مع قوات النظام»: a clash
noun, ``clash_nouns``, with «مع/ضد» right after it) was done by that side, the clash's target (its entity, else
its phrase); and the clash with no source of its own is fought by the killed where they are named («الميليشيات»),
not by an unnamed man killed in it (:func:`clash_killers`).
"""

from __future__ import annotations

from ..doc import Doc, Event, Span
from .chunks import OPENING_QUOTES, mention_index
from .forms import fw, fw_keys, nkey
from .objects import adjective_of
from .source_set import copy_phrase, name_party, set_phrase, unsourced
from .word_tests import clause_break, finite_verb, lam_clitic

OWN_ADJECTIVES = 2  # adjectives of the attack noun's own before the «لـ» of its doer («هجوم انتحاري جديد لـ»)
REACH = 8  # words from the killing verb to its attack noun
CLASH_REACH = 12  # words from the killing to its clash («قتل قائد وأحد العناصر في «فيلق الشام» خلال اشتباكات»)
FORCE = ("ASSAULT", "FIGHT")
FROM = nkey("من")  # «خلال أسبوع من الغارات»: the span's link to the attacks
DOERS = ("ORGANIZATION", "PERSON")


def _stem(doc: Doc, t: int) -> tuple[str, bool]:
    """The key of token ``t``'s stem and whether it carries a pronoun («هجماتها»)."""
    words = doc.tokens[t].words
    stems = [w for w in words if w.kind == "stem"]
    return (nkey(stems[0].norm) if stems else doc.tokens[t].norm_key,
            any(w.kind == "enclitic" for w in words))


def lam_doer(doc: Doc, trig: Span, end: int, nouns: str = "attack_count_nouns") -> str | None:
    """The entity named by «لـ» right after the attack noun at ``trig`` (past its adjectives), tokens up to ``end``
    (module docstring); None where there is none. ``nouns`` names another list of count nouns (round ev417:
    ``body_meeting_nouns``, «اجتماع لمجلس الوزراء»)."""
    t = doc.token_at(trig.start)
    if t is None:
        return None
    key, pronoun = _stem(doc, t)
    if pronoun or key.removeprefix("ال") not in fw(nouns):
        return None
    mentions = mention_index(doc)
    noun = doc.tokens[t].text
    k = t + 1
    own = 0
    while k < end:
        tok = doc.tokens[k]
        if k in mentions:
            break
        if tok.norm_key == "ل" and k + 1 < end and doc.tokens[k + 1].text in OPENING_QUOTES:
            k += 2  # «لـ«الكردستاني»»: «لـ» a token of its own, then the quoted name
            break
        if lam_clitic(doc, k):
            break
        after = doc.tokens[k + 1].text if k + 1 < end else ""
        if own == OWN_ADJECTIVES or not adjective_of(noun, tok.text, after):
            return None
        own += 1
        k += 1
    if k >= end or k not in mentions:
        return None
    eid, etype, m_start, _ = mentions[k]
    if etype not in DOERS or doc.token_at(m_start) != k:
        return None  # the name starts at the «لـ» word or the quoted word after it
    return eid


def _setting(doc: Doc, t: int) -> int | None:
    """The token of the preposition of cause or setting that governs the attack noun at token ``t`` («في هجوم»,
    «جراء الغارات»; ``t`` itself for «بغارة»), past a demonstrative («في هذه الغارات») or (round ev459) a span of
    time and «من» («خلال أسبوع من الغارات»: ``span_counts``); None where none does."""
    words = doc.tokens[t].words
    if any(w.kind == "proclitic" and w.norm == "ب" for w in words):
        return t
    k = t - 1
    if k >= 0 and doc.tokens[k].norm_key in fw("attack_demonstratives"):
        k -= 1
    elif k >= 1 and doc.tokens[k].norm_key == FROM and doc.tokens[k - 1].norm_key in fw_keys("span_counts"):
        k -= 2
    return k if k >= 0 and doc.tokens[k].norm_key.lstrip("و") in fw("attack_setting") else None


def _same_clause(doc: Doc, a: int, b: int, own: frozenset[int] = frozenset()) -> bool:
    """No finite verb, clause break or comma in tokens ``a``..``b`` - 1; a verb at a token of ``own`` (the killing's
    own merged triggers: «قتلوا وجرح نحو 50 آخرين في هجوم», round 262) does not break it."""
    for k in range(a, b):
        tok = doc.tokens[k]
        if clause_break(tok.text) or tok.text in ("،", ",", "؛") or (finite_verb(tok) and k not in own):
            return False
    return True


def _before_comma(doc: Doc, s: int) -> int:
    """Round ev459: ``s`` - 1 where a comma stands right before the setting word at token ``s`` («قتلوا ومئات جرحوا،
    خلال أسبوع من الغارات»: the setting of the whole clause before it), else ``s``."""
    return s - 1 if s > 0 and doc.tokens[s - 1].text in ("،", ",") else s


def attack_doers(doc: Doc, events: list[Event]) -> None:
    """Give an attack noun with «لـ» + a name that name as its source, and a killing in that attack its doer
    (module docstring)."""
    for ev in events:
        if ev.plover not in FORCE:
            continue
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        for trig in ev.triggers:
            who = lam_doer(doc, trig, end)
            if who is not None and who != ev.target and (ev.source is None or trig == ev.trigger):
                if ev.source != who:
                    ev.source = who
                    ev.attrs["source_attack"] = "lam"
                    ev.attrs.pop("source_carried", None)
                break
    for ev in events:
        if ev.source is not None or ev.plover != "ASSAULT" or ev.attrs.get("pos") != "V":
            continue
        v = doc.token_at(ev.trigger.start)
        if v is None:
            continue
        own = frozenset(k for k in (doc.token_at(trig.start) for trig in ev.triggers) if k is not None)
        for other in events:
            span = other.attrs.get("source_span")
            phrase = other.source is None and isinstance(span, list) and bool(other.attrs.get("source_text")) \
                and not ev.attrs.get("source_span")
            if other is ev or (other.source is None and not phrase) or other.plover not in FORCE \
                    or other.sentence != ev.sentence or other.attrs.get("source_carried") \
                    or (other.source is not None and other.source == ev.target):
                continue
            t = doc.token_at(other.trigger.start)
            s = _setting(doc, t) if t is not None and v < t <= v + REACH else None
            if s is None or not _same_clause(doc, v + 1, _before_comma(doc, s), own):
                continue
            if phrase and isinstance(span, list):
                # round 262: «قتلوا أمس في هجوم انتحاري نفذه مسلحون»: the attack's doer, a phrase with no name
                copy_phrase(ev, "source", other)
            else:
                ev.source = other.source
            ev.attrs["source_attack"] = "setting"
            break


CLASH_WITH = ("مع", "ضد")  # keys of the word after a clash noun that names the other side


def _party_span(ev: Event, role: str) -> list[int] | None:
    """The span of the unnamed phrase ``ev`` has for ``role``, None where it has none."""
    span = ev.attrs.get(f"{role}_span")
    return span if isinstance(span, list) and len(span) == 2 else None


def _pass_party(doc: Doc, ev: Event, role: str, other: Event, other_role: str) -> None:
    """Give ``ev`` as ``role`` the party ``other`` has as ``other_role``: its entity, else its unnamed phrase."""
    eid = other.target if other_role == "target" else other.source
    span = _party_span(other, other_role)
    if eid is not None:
        name_party(ev, role, eid)
    elif span is not None:
        set_phrase(ev, role, doc.text, span[0], span[1])


def clash_killers(doc: Doc, events: list[Event]) -> None:
    """Round ar427: a killing with no source set in a clash «مع/ضد» a side has that side as its source, and the clash
    the killed's side as its source (module docstring)."""
    nouns = fw_keys("clash_nouns")
    for ev in events:
        if not unsourced(ev) or ev.attrs.get("source_text") or ev.plover != "ASSAULT" or not ev.code.startswith("190"):
            continue  # (an unnamed doer of its own: «قتل ... برصاص مسلحين»)
        v = doc.token_at(ev.trigger.start)
        if v is None:
            continue
        own = frozenset(k for k in (doc.token_at(trig.start) for trig in ev.triggers) if k is not None)
        for other in events:
            t = doc.token_at(other.trigger.start)
            if other is ev or not other.code.startswith("193") or t is None or t + 1 >= len(doc.tokens) \
                    or other.target is None and _party_span(other, "target") is None \
                    or other.target is not None and other.target == ev.target \
                    or doc.tokens[t].norm_key.removeprefix("و") not in nouns \
                    or doc.tokens[t + 1].norm_key not in CLASH_WITH:
                continue
            if not v < t <= v + CLASH_REACH or _setting(doc, t) is None or not _same_clause(doc, v + 1, t, own):
                continue
            _pass_party(doc, ev, "source", other, "target")
            ev.attrs["source_attack"] = "clash"
            if unsourced(other) and not other.attrs.get("source_text") and ev.target is not None:
                name_party(other, "source", ev.target)  # (a named side only, no one man killed: «قائد عسكري»)
            break

"""Round 169: the antecedent of a relative clause is the subject of its verb, and the members a plural party lists.

- «وقالت مصادر إن الحركة، التي أعلنت أمس أنها ...»: an event verb right after «الذي» or «التي» (a singular relative
  whose verb agrees with it: «التي» a feminine verb, «الذي» a masculine one), with no source of its own, no object
  pronoun on it and no name after it, is done by the person or body named right before the relative pronoun (past
  a comma and quotation marks). Not by a place («في محافظة إب التي أعلنت»: the place is not who speaks), nor where
  a preposition governs the relative («في الوقت الذي», no name before it). Round 193: a relative coordinated to a
  description before it («فلان، ومن قاتل ...، والذي يرفض الاتفاق») is done by the person or body named before the
  comma of the first description (the first such name back, past at most three commas).
- Round ev311: a verb whose last letter the word layer read as a pronoun but the lexicon's stem holds («الرئيس فلان
  الذي توجه إلى القاهرة») is no verb with an object pronoun; a noun act right after a light verb of the relative
  clause («تنظيم داعش الذي بسط سيطرته على», «فلان الذي قاد هجوما») is the antecedent's (over a source read off the
  noun's own pronoun).
- «وتواصل هذه الأطراف انتقاداتها ...، مثل «الجبهة الشعبية» وحزب الشعب»: an event whose source is a plural noun of
  parties the entity layer left unnamed (function words ``listed_party_heads``) is done by the first party its
  sentence lists after «مثل» past the phrase (a body or a person): one of those it stands for.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.verb_gender import feminine_verb
from .forms import fw_keys, nkey
from .lexicon import match_token
from .named import feminine_name
from .nisba_doers import nisba_antecedent
from .word_tests import entity_at, entity_within

SKIP = ("«", "»", '"', "،", ",")
ACTORS = ("PERSON", "ORGANIZATION")
LIST_REACH = 30  # tokens from the source phrase to «مثل»
JOINED_REACH = 30  # tokens back from a coordinated relative («والذي») to its antecedent
JOINED_COMMAS = 3  # commas passed back from a coordinated relative
_FEMININE = "التي"
_MASCULINE = "الذي"


def _agrees(rel: str, verb: str) -> bool:
    """Whether the verb's person agrees with the singular relative: «التي أعلنت/تعلن», «الذي أعلن/يعلن»."""
    v = nkey(verb)
    if rel == _FEMININE:
        return feminine_verb(v)
    if rel == _MASCULINE:
        return v.startswith("ي") or not v.endswith(("ت", "وا", "ا", "ن"))
    return False


def _antecedent_source(doc: Doc, ev: Event) -> str | None:
    toks = doc.tokens
    k = doc.token_at(ev.trigger.start)
    if k is None or k < 2:
        return None
    rel = toks[k - 1].norm_key
    joined = rel in ("و" + _FEMININE, "و" + _MASCULINE)
    rel = rel.removeprefix("و") if joined else rel
    if rel not in (_FEMININE, _MASCULINE) or not _agrees(rel, toks[k].text):
        return None
    if any(w.kind == "enclitic" for w in toks[k].words) and _own_enclitic(doc, k):
        return None  # «التي تتهمهم الحكومة»: the antecedent is the object (not «الذي توجه إلى»: a stem's «ه»)
    n = k + 1
    while n < len(toks) and toks[n].text in ("«", '"'):
        n += 1
    if n < len(toks) and entity_at(doc, n) is not None:
        return None  # «التي أعلنت الحكومة»: the name after the verb is its subject
    if joined:
        eid = earlier_antecedent(doc, ev, k - 2, rel == _FEMININE)
        return eid if eid is not None and eid != ev.target else None
    b = k - 2
    while b >= 0 and toks[b].text in SKIP:
        b -= 1
    ent = entity_at(doc, b) if b >= 0 else None
    if ent is None and b > 0:
        body = nisba_antecedent(doc, b, ev.sentence.start)  # round an401: «العمليات الحوثية المسلحة التي تستهدف»
        return body if body != ev.target else None
    if ent is None or ent.type not in ACTORS or ent.id == ev.target:
        return None
    return ent.id


def _own_enclitic(doc: Doc, k: int) -> bool:
    """Round ev311: whether the trigger matched at token ``k`` carries the pronoun the word layer split off: «تتهمهم»
    does, «توجه» (the lexicon's stem «توجه إلى») does not."""
    hit = match_token(doc.tokens, k)
    return hit is None or bool(hit.cand.enclitic)


def _own_pronoun_source(doc: Doc, ev: Event) -> bool:
    """Whether the event's source was read off the pronoun on the trigger itself (its source span is the trigger's)."""
    span = ev.attrs.get("source_span")
    return isinstance(span, list) and span[0] >= ev.trigger.start and span[1] <= ev.trigger.end


def _light_antecedent(doc: Doc, ev: Event) -> str | None:
    """Round ev311: «تنظيم داعش الذي بسط سيطرته على», «فلان الذي قاد هجوما»: a noun act right after a light verb
    (``light_verbs``, ``held_act_verbs``) that opens a singular relative clause it agrees with, no name after the
    noun, is done by the person or body named right before the relative pronoun."""
    toks = doc.tokens
    k = doc.token_at(ev.trigger.start)
    if k is None or k < 3 or ev.attrs.get("pos") != "N":
        return None
    verb = toks[k - 1]
    if verb.norm_key not in fw_keys("light_verbs") | fw_keys("held_act_verbs"):
        return None
    rel = toks[k - 2].norm_key
    if rel not in (_FEMININE, _MASCULINE) or not _agrees(rel, verb.text):
        return None
    n = k + 1
    while n < len(toks) and toks[n].text in ("«", '"'):
        n += 1
    if n < len(toks) and entity_at(doc, n) is not None and n == k + 1 + (toks[k + 1].text in ("«", '"')):
        return None  # «التي شنت هجمات «داعش»»: a name after the noun is its own doer
    b = k - 3
    while b >= 0 and toks[b].text in SKIP:
        b -= 1
    ent = entity_at(doc, b) if b >= 0 else None
    if ent is None or ent.type not in ACTORS or ent.id == ev.target or toks[b].start < ev.sentence.start:
        return None
    return ent.id


def earlier_antecedent(doc: Doc, ev: Event, b: int, feminine: bool) -> str | None:
    """Round 193: «فلان، ومن قاتل لأجل ...، والذي يرفض»: the person or body that ends the first of the comma-parted
    descriptions before a coordinated relative (``b`` is the token before «والذي»: a comma); a body's name must agree
    with the relative (``feminine``: «والتي»)."""
    toks = doc.tokens
    if b < 0 or toks[b].text not in ("،", ","):
        return None
    commas = 0
    for t in range(b, max(-1, b - JOINED_REACH), -1):
        if toks[t].start < ev.sentence.start:
            return None
        if toks[t].text not in ("،", ","):
            continue
        commas += 1
        if commas > JOINED_COMMAS:
            return None
        p = t - 1
        while p >= 0 and toks[p].text in ("«", "»", '"'):
            p -= 1
        ent = entity_at(doc, p) if p >= 0 else None
        if ent is None or ent.type not in ACTORS:
            continue
        m = next((m for m in ent.mentions if m.start <= toks[p].start < m.end), None)
        if ent.type == "ORGANIZATION" and m is not None and \
                feminine_name(doc, m.start, doc.text[m.start : m.end]) != feminine:
            return None
        return ent.id
    return None


def _listed_member(doc: Doc, ev: Event) -> str | None:
    span = ev.attrs.get("source_span")
    text = ev.attrs.get("source_text")
    if not isinstance(span, list) or not isinstance(text, str):
        return None
    words = [nkey(w) for w in text.split()]
    if not words or words[-1] not in fw_keys("listed_party_heads"):
        return None
    k = doc.token_at(span[1] - 1)
    if k is None:
        return None
    for t in range(k + 1, min(len(doc.tokens), k + 1 + LIST_REACH)):
        if doc.tokens[t].start >= ev.sentence.end or doc.tokens[t].text in (".", "؟", "!", ":"):
            return None
        if doc.tokens[t].norm_key.removeprefix("و") != "مثل":
            continue
        n = t + 1
        while n < len(doc.tokens) and doc.tokens[n].text in ("«", '"'):
            n += 1
        ent = entity_within(doc, n) if n < len(doc.tokens) else None
        if ent is None or ent.type not in ACTORS or ent.id == ev.target:
            return None
        return ent.id
    return None


def relative_subjects(doc: Doc, events: list[Event]) -> None:
    """Give a relative clause's verb its antecedent, a plural party its first listed member (module docstring)."""
    for ev in events:
        light = _light_antecedent(doc, ev)
        if light is not None and (ev.source is None or _own_pronoun_source(doc, ev)):
            ev.source = light
            ev.attrs["source_antecedent"] = True
            continue
        if ev.source is not None:
            continue
        if ev.attrs.get("pos") == "V" and ev.attrs.get("source_span") is None:
            got = _antecedent_source(doc, ev)
            if got is not None:
                ev.source = got
                ev.attrs["source_antecedent"] = True
            continue
        got = _listed_member(doc, ev)
        if got is not None:
            ev.source = got
            ev.attrs.pop("source_text", None)
            ev.attrs["source_listed"] = True

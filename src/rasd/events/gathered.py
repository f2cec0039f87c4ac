"""The parties of a meeting noun told by «جمع X مع Y» / «جمع X بـY».

«اللقاء الثلاثي الذي جمع وزير الخارجية الأميركي فلان مع نظيره الروسي فلان» and «لقاء جمع كيري بنظيره الصيني»: a
meeting or talks noun (CAMEO 04) followed in its clause, past a relative pronoun and an adjective (round 121: or a
few words, «لقاء ثلاثي سيعقد في الدوحة اليوم يضم»), by the verb «جمع» or «ضم» (function words ``gathering_verbs``) brings together the one named first after the verb (past a title of at most
a few words, no comma) and the one named after «مع» or «بـ»: the first is the source, the second the target. Each
fills only a role the event left empty, and nothing is taken where the «مع/بـ» is missing («جمع الدائنين
والمسؤولين»: a list, no sides), where the first is no actor, or where it is the other party already.
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw, fw_keys, nkey
from .source_set import set_phrase
from .title_holders import role_holder
from .word_tests import clause_stop

TALKS = "04"
VERB_REACH = 7  # tokens from the noun to «جمع» («اللقاء الأول الذي جمع», «لقاء سيعقد في الدوحة اليوم يضم»), in its clause
FIRST_REACH = 6  # tokens from «جمع» to the first party's name
SECOND_REACH = 6  # tokens from «مع/بـ» to the second party's name
WITH = nkey("مع")
BI = "ب"


def _with_at(doc: Doc, k: int) -> bool:
    """Token ``k`` is «مع» or opens with the preposition «بـ» («بنظيره»)."""
    tok = doc.tokens[k]
    if tok.norm_key == WITH:
        return True
    w = tok.words
    return len(w) > 1 and w[0].kind == "proclitic" and w[0].norm == "ب" or _counterparts_bi(doc, k)


def _counterparts_bi(doc: Doc, k: int) -> bool:
    """Round ev361: token ``k`` is «بنظرائه»/«بنظيره» the word layer left whole (its «بـ» not split off)."""
    key = doc.tokens[k].norm_key
    return key.startswith(BI) and (key[1:] in fw("counterpart_plurals") or key[1:] in fw_keys("counterpart_singulars"))


def _entity_from(doc: Doc, a: int, b: int) -> tuple[str, int] | None:
    """The entity whose mention starts first within characters a..b, with the mention's end."""
    found = sorted((m.start, m.end, e.id) for e in doc.entities for m in e.mentions if a <= m.start < b)
    if not found or doc.entity(found[0][2]) is None:
        return None
    return found[0][2], found[0][1]


def _parties(doc: Doc, ev: Event) -> tuple[str | None, str | None, int | None]:
    first = doc.token_from(ev.trigger.end)
    if first is None:
        return None, None, None
    end = doc.token_from(ev.sentence.end) or len(doc.tokens)
    stop = next((k for k in range(first, min(end, first + VERB_REACH)) if clause_stop(doc.tokens[k].text)), end)
    verb = next((k for k in range(first, min(stop, first + VERB_REACH))
                 if doc.tokens[k].norm_key.removeprefix("و") in fw("gathering_verbs")), None)
    if verb is None:
        return None, None, None
    split = None
    for k in range(verb + 1, min(end, verb + 1 + FIRST_REACH + 4)):
        if clause_stop(doc.tokens[k].text):
            return None, None, None
        if k > verb + 1 and _with_at(doc, k):
            split = k
            break
    if split is None:
        return None, None, None
    one = _entity_from(doc, doc.tokens[verb].end, doc.tokens[split].start)
    if one is None and split > verb + 2:  # round ev361: «جمعت وزير الخارجية الأميركي بنظرائه»: the one titled so
        held = role_holder(doc, doc.tokens[verb + 1].start, doc.tokens[split - 1].end)
        one = (held, doc.tokens[split - 1].end) if held is not None else None
    if one is None or len(doc.text[doc.tokens[verb].end : doc.tokens[split].start].split()) > FIRST_REACH + 4:
        return None, None, None
    ent = doc.entity(one[0])
    if ent is None or ent.type == "LOCATION" and not (ent.actor and len(ent.actor) == 3):
        return None, None, None  # (a town is no party: «جمع في الدوحة»)
    if len(doc.text[doc.tokens[verb].end : one[1]].split()) > FIRST_REACH:
        return None, None, None
    stop = doc.tokens[min(end - 1, split + SECOND_REACH)].end
    gap_end = next((doc.tokens[k].start for k in range(split, min(end, split + SECOND_REACH))
                    if clause_stop(doc.tokens[k].text)), stop)
    two = None if _counterparts_bi(doc, split) else _entity_from(doc, doc.tokens[split].start, gap_end)
    return one[0], two[0] if two is not None else None, split


def gathered_parties(doc: Doc, events: list[Event]) -> None:
    """Fill the empty source and target of a meeting noun from «جمع X مع Y» (module docstring)."""
    for ev in events:
        if not ev.code.startswith(TALKS) or ev.source is not None and ev.target is not None:
            continue
        one, two, split = _parties(doc, ev)
        if one is None or one == two:
            continue
        if two is None and split is not None and ev.target is None and not ev.attrs.get("target_span") \
                and _counterparts_bi(doc, split):
            tok = doc.tokens[split]  # round ev361: «بنظرائه الخليجيين» left whole: counterpart_targets reads its body
            set_phrase(ev, "target", doc.text, tok.start + len(BI), tok.end)
        if ev.source is None and one != ev.target:
            ev.source = one
            ev.attrs.pop("source_span", None)
            ev.attrs["source_gathered"] = True
        if ev.target is None and two is not None and two != ev.source:
            ev.target = two
            ev.attrs.pop("target_span", None)
            ev.attrs["target_gathered"] = True

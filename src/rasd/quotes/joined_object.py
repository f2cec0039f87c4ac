"""Round qu1014: a verb cue with no subject of its own, glued to «و/ف», right after the object of the verb its clause
opens with («والتقى الوزير نظيره سامح شكري وأكد أن», «واستقبل الرئيس فلان الوزير علان وأكد أن») shares that verb's
subject, not the object named right before it. The object is known as one where it opens with a counterpart
(``counterpart_singulars``: «نظيره», «بنظيرته»: his counterpart, told of the subject) or where two persons or bodies
stand between verb and cue, the subject first. A verb with its own subject dropped («والتقى نظيره المصري فلان
وأكد»: no one named before the counterpart) passes the dropped subject on, the one a cue in the verb's place would
carry. The verb agrees with the cue in gender («والتقت الوزيرة نظيرها فلان وأكد»: he, the object, speaks)."""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.chunks import mention_index
from ..events.forms import fw_keys
from ..events.new_clause_subjects import own_verb
from ..text.verb_gender import past_gender
from .agreement import _agrees
from .carry import Scene, carry
from .cue_table import Cue
from .cues import is_complementizer, match_cue
from .offices import title_holder

JOINED_REACH = 14  # tokens from the cue back to the verb whose object stands right before it
SUBJECT_AT = 4  # tokens from that verb to its named subject (a title before the name: «الرئيس المصري فلان»)
_ACTORS = ("PERSON", "ORGANIZATION")


def joined_speaker(doc: Doc, t: int, cue: Cue, sent: Span, quotes: list[Quote], heard: dict[str, str],
                   scene: Scene) -> tuple[str | None, str] | None:
    """(speaker, how) of the verb cue at ``t`` where it follows the object of its clause's verb (see the module):
    that verb's named subject («joined»), the person who holds its title («joined»), the title phrase held in
    ``scene`` («held»), or its own dropped subject carried over («carry»); None where the cue follows no such object
    or the verb's subject does not agree with the cue."""
    key = doc.tokens[t].norm_key
    if cue.kind != "verb" or cue.plural or key[:1] not in ("و", "ف") or t == 0:
        return None
    first = doc.token_from(sent.start) or 0
    v = _verb_before(doc, t, first)
    if v is None or past_gender(doc.tokens[v].norm_key) != cue.gender:
        return None
    mentions = mention_index(doc)
    k = next((u for u in range(v + 1, t) if _counterpart(doc.tokens[u].norm_key)), None)
    if k == v + 1:  # «والتقى نظيره المصري فلان وأكد»: the verb's own subject is dropped
        scene.t = v
        carried = carry(doc, quotes, cue, heard, scene)  # (as a cue in the verb's place: not the one it met)
        scene.t = t
        return carried, "carry"
    counterpart = k is not None
    if k is None:
        named = [m for u in range(v + 1, t) if (m := mentions.get(u)) is not None and m[1] in _ACTORS]
        if not named or named[-1][0] == named[0][0] or t - 1 not in mentions or mentions[t - 1][0] != named[-1][0]:
            return None  # no two parties, the second right before the cue
        k = next(u for u in range(v + 1, t) if mentions.get(u) == named[-1])
    subject = next(((u, m) for u in range(v + 1, min(k, v + 1 + SUBJECT_AT)) if (m := mentions.get(u)) is not None
                    and m[1] in _ACTORS), None)
    if subject is not None and subject[1][1] != "PERSON" and subject[0] > v + 1:
        return None  # «والتقى رئيس حزب الوفد فلان وأكد»: a body in construct with a title, no subject
    if subject is not None:
        return (subject[1][0], "joined") if _agrees(doc, subject[1][0], cue.gender, heard) else None
    if not counterpart or not _title(doc.tokens[v + 1].norm_key):
        return None
    phrase = Span(doc.tokens[v + 1].start, doc.tokens[k - 1].end)  # «والتقى الوزير نظيره»: the minister
    holder = title_holder(doc, k, phrase)  # (not the object)
    if holder is not None and _agrees(doc, holder, cue.gender, heard):
        return holder, "joined"
    scene.held = phrase
    return None, "held"


def _verb_before(doc: Doc, t: int, first: int) -> int | None:
    """The verb its clause opens with before the cue at ``t`` (sentence from token ``first``): a finite verb or a
    verb trigger in «و/ف», or opening the sentence or a comma's clause, with only words between (no mark, «أن»,
    relative or other verb; names are no verbs); None where there is none within JOINED_REACH tokens."""
    mentions = mention_index(doc)
    for u in range(t - 1, max(first, t - JOINED_REACH) - 1, -1):
        tok = doc.tokens[u]
        if not tok.text.isalpha() or is_complementizer(doc, u) or tok.norm_key.removeprefix("و") in fw_keys("relatives"):
            return None
        if u in mentions:
            continue  # («فرانسوا»: a name, no verb)
        cue = match_cue(doc, u)
        if own_verb(doc, u) or (cue is not None and cue.kind == "verb"):
            opens = tok.norm_key[:1] in ("و", "ف") or u == first or doc.tokens[u - 1].text in ("،", ",", "و")
            return u if opens and u + 1 < t else None
    return None


def _counterpart(key: str) -> bool:
    """«نظيره», «ونظيرها», «بنظيرته»: a counterpart, of the one the clause is about."""
    words = fw_keys("counterpart_singulars")
    return key in words or (key[:1] in ("ب", "و") and key[1:] in words)


def _title(key: str) -> bool:
    """A title word («الوزير», «رئيس»: titles), with or without its article."""
    titles = fw_keys("titles")
    return key in titles or key.removeprefix("ال") in titles


__all__ = ["joined_speaker"]

"""The agent of a noun act owned by a pronoun after a participle of manner («اتصل فلان بعباس معلنا استنكاره»):
the subject of the verb that participle describes (moved out of ``subjects``)."""

from __future__ import annotations

from ..doc import Doc
from .actors import actor_phrase, can_act, resolve_title
from .chunks import OBJECT_PRONOUNS, Chunk, clause_stop, enclitic, plain_chunk, verb_key
from .forms import fw
from .lexicon import Hit
from .manner_verbs import verb_subject_back
from .phrases import MANNER_FOLLOWERS, manner_participle


MANNER_WINDOW = 14  # tokens from a participle of manner back to the start of its clause


def manner_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """«اتصل فلان بعباس معلنا استنكاره للهجوم»: a noun act owned by a pronoun right after a participle of manner
    has the subject of the verb that participle describes as its agent (not the object or the «بـ» phrase between):
    the phrase that opens the clause (SVO) or follows its verb (VSO, «وقد» between)."""
    t = hit.i - 1
    if t > sent_start and doc.tokens[t].norm_key in MANNER_FOLLOWERS:
        t -= 1  # «معربا عن إدانته»
    last = doc.tokens[hit.j].text  # («استنكاره»: the word layer leaves a bare «ـه» on the stem; not «ـة»)
    owned = enclitic(doc.tokens[hit.j]) in OBJECT_PRONOUNS or (len(last) >= 5 and last.endswith("ه"))
    if t <= sent_start or not owned or not manner_participle(doc, t, sent_end):
        return None
    opener = _manner_opener(doc, chunks, t, sent_start)
    return opener if opener is not None else verb_subject_back(doc, chunks, t, sent_start)  # round 233


def _manner_opener(doc: Doc, chunks: list[Chunk], t: int, sent_start: int) -> Chunk | None:
    """The subject that opens the clause of the participle of manner at token ``t`` (see :func:`manner_subject`)."""
    s = next((v + 1 for v in range(t - 1, sent_start - 1, -1) if clause_stop(doc.tokens[v].text)), sent_start)
    if t - s > MANNER_WINDOW:
        return None
    c = next((c for c in chunks if c.j >= s), None)
    if c is None or c.i >= t or c.prep is not None or c.number:
        return None
    toks = doc.tokens
    v = s + 1 if verb_key(toks[s].text) in fw("verb_particles") else s  # («وقد اتصل»)
    if c.entity is None and c.i <= v < c.j and not toks[v].norm_key.startswith("ال"):
        # «واتصل الرئيس الفرنسي بالعاهل»: the word run took in the verb and the «بـ» phrase after the subject
        end = next((u - 1 for u in range(v + 2, c.j + 1) if len(toks[u].words) > 1
                    and toks[u].words[0].kind == "proclitic" and toks[u].words[0].norm in ("ب", "ل")), c.j)
        c = plain_chunk(toks, v + 1, end)
    opener = c.i - s - (1 if c.i - s == 2 and verb_key(doc.tokens[s].text) in fw("verb_particles") else 0)
    if opener > 1 or not (c.entity is not None or actor_phrase(doc, c)):
        return None
    subject = resolve_title(chunks, c, doc)
    return subject if can_act(doc, subject) else None

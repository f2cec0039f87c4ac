"""A body that speaks where the subject names no entity of its own, for the ``quotes`` stage: the office or
command of a named one («وقال مكتب كاميرون», «كشفت قيادة قوات التحالف»: the one whose office it is), the one
government or court of the article named short («وذكرت الحكومة» after «الحكومة الأسترالية»; else the one state the
article names, ``government``), and the name a
described subject is known by («وقالت الجماعة السورية التي تعرف باسم «الفرقة 30»»: that group).
"""

from __future__ import annotations

from .kingdom import home_kingdom
from .government import state_government
from ..doc import Doc, Span
from ..events.forms import fw, key_past_and, nkey
from .offices import OFFICE_REACH
from .cues import QUOTE_MARK
from .head_bodies import named_head_body
from .reports import entity_starting

OFFICE_TITLE_REACH = 2  # title words between «مكتب» and the name of whose office it is («مكتب الرئيس فلان»)
KNOWN_AS_REACH = 12  # tokens from the cue to «باسم» of «التي تعرف باسم «X»» in its subject


def _office_of(doc: Doc, i: int) -> str | None:
    """«مكتب كاميرون», «قيادة قوات التحالف العربي», «ديوان الرئيس فلان»: the person or body named right after the
    office word at token ``i`` (speaking_offices), past a title or two; None where no name follows it there."""
    if key_past_and(doc.tokens[i].text) not in fw("speaking_offices"):
        return None
    for u in range(i + 1, min(len(doc.tokens), i + 2 + OFFICE_TITLE_REACH)):
        tok = doc.tokens[u]
        found = entity_starting(doc, tok.start, tok.start + 1, ("PERSON", "ORGANIZATION"))
        if found is not None:
            return found
        if tok.norm_key not in fw("titles"):
            return None
    return None


def _the_one_body(doc: Doc, i: int, at: int) -> str | None:
    """«وذكرت الحكومة», «وقالت المحكمة»: the bare definite head at token ``i`` (institution_heads) stands for the one
    organisation named before character ``at`` whose name opens with that head («الحكومة الأسترالية», «المحكمة
    الجنائية الدولية», «مفوضية الأمم المتحدة للاجئين»); None where none or more than one does."""
    head = key_past_and(doc.tokens[i].text).removeprefix("ال")
    if "ال" + head not in fw("institution_heads"):
        return None
    found = {e.id for e in doc.entities if e.type == "ORGANIZATION" and e.name.split()
             and nkey(e.name.split()[0]).removeprefix("ال") == head and any(m.end <= at for m in e.mentions)}
    return next(iter(found)) if len(found) == 1 else None


def institution_speaker(doc: Doc, phrase: Span, at: int) -> str | None:
    """The entity an unnamed speaker phrase stands for where it is a body's: the owner of an office
    («مكتب كاميرون») or the one government or court of the article named short («الحكومة» alone); None
    otherwise."""
    i = doc.token_at(phrase.start)
    if i is None:
        return None
    owner = _office_of(doc, i)
    if owner is not None:
        return owner
    j = doc.token_at(max(phrase.start, phrase.end - 1))
    return (_the_one_body(doc, i, at) or named_head_body(doc, i, at) or home_kingdom(doc, i)
            or state_government(doc, i, at)) if j == i else None


def known_as(doc: Doc, t: int, content: Span) -> str | None:
    """«وقالت الجماعة السورية التي تعرف باسم «الفرقة 30»، إن»: the entity named right after «باسم» on a verb of
    being known (known_as_words) in the subject between the cue at ``t`` and what it reports; None otherwise."""
    for u in range(t + 2, min(len(doc.tokens) - 1, t + KNOWN_AS_REACH)):
        tok = doc.tokens[u]
        if tok.start >= content.start or tok.text in (".", ":"):
            return None
        if tok.norm_key != "باسم" or doc.tokens[u - 1].norm_key not in fw("known_as_words"):
            continue
        v = u + 1
        while v < len(doc.tokens) and QUOTE_MARK.fullmatch(doc.tokens[v].text):
            v += 1
        if v < len(doc.tokens):
            start = doc.tokens[v].start
            return next((e.id for e in doc.entities for m in e.mentions if m.start in (start, start - 1)), None)
        return None
    return None


def _head(text: str) -> str:
    """The first word of ``text`` without the article («الوزير» → «وزير»; «والوزير» too), to compare titles by."""
    words = text.split()
    key = nkey(words[0]) if words else ""
    return key[1:] if key.startswith("وال") else key.removeprefix("ال")


def sole_title_holder(doc: Doc, t: int, phrase: Span) -> str | None:
    """«وصرح الوزير ...، قائلا» where no one was quoted before: the one person named before the cue at ``t`` who
    holds the title ``phrase`` opens with (a role of his opening with it, or the word right before a mention of
    him); None where no one or more than one does."""
    head = _head(doc.text[phrase.start : phrase.end])
    if not head:
        return None
    at = doc.tokens[t].start
    found: set[str] = set()
    for ent in doc.entities:
        if ent.type != "PERSON":
            continue
        held = any(_head(r) == head for r in ent.roles)
        if any(m.end <= at and (held or _head(" ".join(doc.text[max(0, m.start - OFFICE_REACH) : m.start].split()[-1:]))
                                == head) for m in ent.mentions):
            found.add(ent.id)
    return next(iter(found)) if len(found) == 1 else None

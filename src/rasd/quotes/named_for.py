"""The body an unnamed spokesman speaks for when its name stands in guillemets right after his phrase, for the
``quotes`` stage: «ناطق باسم شرطة «سكوتلاند يارد»» is cut at «شرطة» by the guillemet; the organisation or person
named inside them is his affiliation («speaker_affiliation»), and a «كما أوضح» that carries him carries it too.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import nkey

_FOR_WORDS = ("باسم", "بلسان")  # «ناطق باسم», «متحدث بلسان»: speaking for
_REACH = 3  # characters from the phrase's end to the name inside the guillemet (a space, «, maybe a space)


def quoted_body(doc: Doc, phrase: Span) -> str | None:
    """A ``phrase`` with «باسم/بلسان» in it followed, past a space, by «: the organisation or person whose mention
    opens right inside the guillemet; None otherwise."""
    words = doc.text[phrase.start : phrase.end].split()
    if not any(nkey(w) in _FOR_WORDS for w in words[:-1]):
        return None
    rest = doc.text[phrase.end : phrase.end + _REACH]
    if not rest.lstrip().startswith("«"):
        return None
    at = phrase.end + len(rest) - len(rest.lstrip()) + 1
    while at < len(doc.text) and doc.text[at] == " ":
        at += 1
    return next((e.id for e in doc.entities if e.type in ("ORGANIZATION", "PERSON")
                 for m in e.mentions if m.start == at), None)


def short_body(doc: Doc, phrase: Span) -> str | None:
    """A ``phrase`` ending in «باسم/بلسان» + one definite word («متحدثة باسم الشرطة»):
    the one organisation named before it whose name opens with that word («الشرطة البريطانية»), the body the
    spokesman speaks for; None where none or two fit («الشرطة البريطانية» and «الشرطة الفرنسية»)."""
    words = [nkey(w) for w in doc.text[phrase.start : phrase.end].split()]
    if len(words) < 3 or words[-2] not in _FOR_WORDS or not words[-1].startswith("ال"):
        return None
    fits = {e.id for e in doc.entities if e.type == "ORGANIZATION" and any(m.start < phrase.start for m in e.mentions)
            and any(len(n.split()) > 1 and nkey(n.split()[0]) == words[-1] for n in [e.name, *e.aliases])}
    return next(iter(fits)) if len(fits) == 1 else None


def named_body(doc: Doc, phrase: Span) -> str | None:
    """The body a spokesman's ``phrase`` names: in guillemets after it, else by the first word of its name."""
    return quoted_body(doc, phrase) or short_body(doc, phrase)

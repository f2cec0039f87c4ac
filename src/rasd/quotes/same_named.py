"""A speaker phrase the entity layer names elsewhere in the article, for the ``quotes`` stage (round 213).

- ``place_genitive``: a body's phrase cut before the place that completes it («وأكد مجلس محافظة | الأنبار أن»: the
  chunk stops at the place's mention): the phrase runs on over that place, when its last word is a head in construct
  (no article, no tanwin, no sound plural, no pronoun, no nisba adjective after the head) and a
  body or group heads it (actor_heads, body_heads, ground_units), or an office (titles, round qu414: «كما أكد محافظ
  | عدن أن»: the governor of the place; not «الوزير» with its article, complete without it).
- ``same_named``: an unnamed speaker phrase whose words are exactly those of a mention of one person or body
  elsewhere in the article («والذين حذروا» of «الجمهوريين», named at another place): that entity; not where the
  phrase is itself a mention (the stage left it unnamed on purpose: «عدد من الجمهوريين»), nor where two persons or
  bodies were written so.
"""

from __future__ import annotations

from ..doc import Doc, Span
from ..events.forms import fw, nkey

_SPEAKERS = ("PERSON", "ORGANIZATION")
_HEAD_LISTS = ("actor_heads", "body_heads", "ground_units", "titles")  # a body, a group or an office (qu414)
_TANWIN = ("ً", "ٌ", "ٍ")
_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def place_genitive(doc: Doc, phrase: Span) -> Span | None:
    """The phrase run on over the place's mention right after it (module docstring); None where none follows."""
    j = doc.token_at(max(phrase.start, phrase.end - 1))
    i = doc.token_at(phrase.start)
    if i is None or j is None or j + 1 >= len(doc.tokens) or doc.tokens[j].end != phrase.end:
        return None
    last = doc.tokens[j].text
    k = nkey(last)
    if last.startswith(("ال", "وال")) or last[-1:] in _TANWIN or k.endswith(("ون", "ين", "ات")) or last.endswith(_PRONOUNS):
        return None
    if j > i and k.endswith(("ي", "يه")):
        return None  # «مسؤول حكومي»: an adjective, no head of a genitive
    head = doc.tokens[i].norm_key
    heads = (head, head.removeprefix("ال"), head.removeprefix("و"), head.removeprefix("وال"))
    if not any(w in fw(key) for w in heads for key in _HEAD_LISTS):
        return None  # «أكد استمرار | إيران»: what he stressed, no body of a place
    nxt = doc.tokens[j + 1]
    end = next((m.end for m in doc.mentions if m.type == "LOCATION" and m.start == nxt.start), None)
    return Span(phrase.start, end) if end is not None else None


def same_named(doc: Doc, phrase: Span) -> str | None:
    """The one person or body a mention of which reads exactly as ``phrase`` (module docstring); None otherwise."""
    if any(m.start < phrase.end and phrase.start < m.end for m in doc.mentions):
        return None
    words = nkey(doc.text[phrase.start : phrase.end])
    if len(words) < 4:
        return None
    found = {e.id for e in doc.entities if e.type in _SPEAKERS
             for m in e.mentions if nkey(doc.text[m.start : m.end]) == words}
    return next(iter(found)) if len(found) == 1 else None

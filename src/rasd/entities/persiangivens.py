"""Round ents95: a Persian compound given name in «أكبر/أصغر» («علي أكبر», «علي أصغر», «غلام أكبر») and the family
name after it are one person.

«وقال مستشار المرشد علي أكبر ولايتي»: «أكبر» (elder; also the comparative «bigger») after a given name is the second
half of the given name, so a name word right after it («ولايتي», «صالحي») is the family name and the three words (and
a person mention that starts at the family name: «علي أكبر هاشمي رفسنجاني», who keeps the listed «هاشمي
رفسنجاني»'s codes) are one PERSON mention. Not «أكبر»
after a word that is no given name («أكبر مساحة»), nor before a common word («علي أكبر عدد»: a nisba, a title, a
stop word, a listed place or body)."""

from __future__ import annotations

from ..doc import Doc, Mention
from ..text.normalize import norm_key
from .gazetteer import Entry, Gazetteer, clitic_variants

_SECOND = frozenset(norm_key(w) for w in ("أكبر", "أصغر"))


def _given(gaz: Gazetteer, surface: str) -> int | None:
    """The offset of the given name in ``surface`` past a proclitic («وعلي» → 1), or None where it is none."""
    for k, off, _ in clitic_variants(surface):
        w = gaz.name_word(k)
        if w is not None and "g" in w.flags and k not in gaz.stop:
            return off
    return None


def persian_compound_givens(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«علي أكبر ولايتي» → one PERSON mention over the three words (in place)."""
    toks = doc.tokens
    text = doc.text
    for i in range(len(toks) - 2):
        a, b, c = toks[i], toks[i + 1], toks[i + 2]
        if b.norm_key not in _SECOND or text[a.end : b.start] != " " or text[b.end : c.start] != " ":
            continue
        if not c.text.isalpha() or not gaz.is_name_word(c.norm_key):
            continue
        off = _given(gaz, a.text)
        if off is None:
            continue
        start = a.start + off
        end = max([c.end, *(m.end for m in mentions if m.type == "PERSON" and m.start == c.start)])
        if any(m.start == start and m.end == end and m.type == "PERSON" for m in mentions):
            continue
        if any(m.start < start < m.end or m.start < end < m.end for m in mentions if m.type != "PERSON"):
            continue  # (a body's or a place's name runs across it)
        mentions[:] = [m for m in mentions if m.end <= start or m.start >= end]
        span = text[start:end]
        mentions.append(Mention(start, end, span, "PERSON", "pattern", norm_key(span), None,
                                _listed(gaz, text[c.start : end])))


def _listed(gaz: Gazetteer, family: str) -> dict[str, object]:
    """The gazetteer id of the listed person the family name names («هاشمي رفسنجاني»), else nothing."""
    got = gaz.phrases.get(tuple(norm_key(w) for w in family.split()))
    return {"gid": got.id} if isinstance(got, Entry) and got.type == "PERSON" else {}

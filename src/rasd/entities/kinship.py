"""Kinship phrases: «ابن القذافي», «نجل القذافي», «أرملة عرفات» name a relative of the person named in them, never
that person. Such a mention takes its kinship noun in and becomes a person of its own (one per relation and relative
in an article), or the person the article introduced as that relative («الساعدي، النجل الثالث للعقيد الراحل معمر
القذافي» → «ابن القذافي» is «الساعدي»). Round lo899: a bare family name after a noun of a baby or a child
(:func:`after_infant_noun`: «إحراق الرضيع دوابشة») names a child, not the grown man of that family."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..doc import Doc, Mention
from ..events.forms import fw
from ..text.normalize import norm_key
from ..text.prefixes import definite_key
from .gazetteer import Gazetteer, clitic_variants
from .names import name_parts, same_word

# kinship nouns that name the same relation (son, daughter, wife): one key for each
_SAME = (("نجل", "ابن"), ("نجله", "ابنه"), ("حرم", "زوجه"))
# the person introduced as a son or daughter of the relative: «X، النجل الثالث لـ...», «X وهو الابن الأكبر لـ...»
_INTRODUCED = re.compile(r"^[\s،,]*(?:وهو\s+|وهي\s+)?ال(?:نجل|ابن|نجلة|ابنة)\b")


def kin_noun(surface: str) -> str | None:
    """The kinship noun a token is, its clitics («و», «ل», «ب») removed, folded to one per relation; else None."""
    key = norm_key(surface)
    for k in (key, key[1:], key[2:] if key[:2] in ("ول", "وب", "فل") else ""):
        if k and k in fw("kinship_nouns"):
            if k.endswith("ه") and not surface.endswith("ة"):
                return None  # «شقيقه أحمد»: his brother, named; not «شقيقة» (a sister)
            return dict(_SAME).get(k, k)
    return None


def kin_of(doc: Doc, m: Mention, gaz: Gazetteer) -> tuple[str, str] | None:
    """``(relation, relative's last name part)`` where the person mention ``m`` is a kinship phrase, its kinship
    noun first in it or right before it, and one name part after it; ``m`` then takes the noun in (in place). With a
    name in full after it, the mention is that relative's and leaves the noun out. «ابن» and «ابنة» only before a
    family name in «ال» («ابن القذافي»): «ابن كيران», «ابن خلدون» are names; and no kinship noun after a given name
    («علي ابن الحسين»)."""
    words = m.text.split()
    ti = bisect_right(doc.tokens, m.start, key=lambda t: t.start) - 1  # (no list of all starts per mention)
    if ti < 0 or doc.tokens[ti].start != m.start:
        return None
    if len(words) >= 2 and (rel := kin_noun(words[0])) is not None:
        kin_at, rest = ti, words[1:]
    elif ti > 0 and (rel := kin_noun(doc.tokens[ti - 1].text)) is not None \
            and not doc.text[doc.tokens[ti - 1].end : m.start].strip():
        kin_at, rest = ti - 1, words
    else:
        return None
    parts = name_parts(" ".join(rest))
    if not parts:
        return None
    if len(parts) >= 2:  # «شقيق أيمن الظواهري»: the relative named in full is he; the noun is no part of his name
        if kin_at == ti:
            m.start = doc.tokens[ti + 1].start
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)
        return None
    if rel in ("ابن", "ابنه") and not (len(parts) == 1 and parts[0].startswith("ال")):
        return None
    if kin_at > 0 and gaz.is_name_word(doc.tokens[kin_at - 1].norm_key):
        return None
    if kin_at < ti:
        m.start = doc.tokens[kin_at].start
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)
    for k in ("role", "head", "title_kind", "sector", "role_country", "form", "gid"):
        m.attrs.pop(k, None)  # the relative's title or known entry is not the kinsman's
    m.attrs["kin"] = rel + ":" + parts[-1]
    return rel, parts[-1]


def introduced_as(doc: Doc, persons: list[list[Mention]], rel: str, relative: str) -> int | None:
    """The index in ``persons`` (each a person's mentions) of the one person the article introduces as a son or
    daughter of ``relative`` («الساعدي، النجل الثالث للعقيد الراحل معمر القذافي»); None where none or several."""
    if rel not in ("ابن", "ابنه"):
        return None
    hits = set()
    for i, ms in enumerate(persons):
        for m in ms:
            after = doc.text[m.end : m.end + 120]
            cut = re.search(r"[.؛]", after)
            after = after[: cut.start()] if cut else after
            head = _INTRODUCED.match(after)
            if head is None:
                continue
            tail = after[head.end() : head.end() + 70]
            if any(same_word(relative, k) for x in re.findall(r"\w+", tail) for k, _, _ in clitic_variants(x)):
                hits.add(i)
    return hits.pop() if len(hits) == 1 else None


def after_kin_noun(doc: Doc, ti: int, key: str, gaz: Gazetteer) -> bool:
    """Is the name part ``key`` at token ``ti`` the relative of a kinship phrase («نجل القذافي», «ابن القذافي»), no
    mention of that person alone? (The rules of :func:`kin_of`; and a family's name, «منزل عائلة دوابشة».)"""
    if after_family_noun(doc, ti):
        return True  # «منزل عائلة دوابشة»: the family
    if ti < 1 or (rel := kin_noun(doc.tokens[ti - 1].text)) is None:
        return False
    if rel in ("ابن", "ابنه") and not key.startswith("ال"):
        return False
    return not (ti > 1 and gaz.is_name_word(doc.tokens[ti - 2].norm_key))


def after_infant_noun(doc: Doc, ti: int) -> bool:
    """Round lo899: is token ``ti`` written right after a noun of a baby or a child (``infant_nouns``), or after it
    and one definite nisba («إحراق الرضيع دوابشة», «الطفل الفلسطيني علي دوابشة»)? A bare family name there names
    the child, not the grown man of that family named before («سعد دوابشة», his father)."""
    t = ti - 1
    if t >= 1 and doc.tokens[t].norm_key.startswith("ال") and doc.tokens[t].norm_key.endswith(("ي", "يه")):
        t -= 1  # («الفلسطيني»)
    return t >= 0 and definite_key(doc.tokens[t].norm_key) in fw("infant_nouns")


def after_family_noun(doc: Doc, ti: int) -> bool:
    """Is token ``ti`` written right after a word for a family (``family_groups``, with «و», «ل», «ب» or «ف» on
    it: «المصابين من عائلة دوابشة», «منزل عائلة دوابشة», «ولأسرة الحريري»)? The family name of a family names no
    one of its members."""
    if ti < 1 or doc.text[doc.tokens[ti - 1].end : doc.tokens[ti].start].strip():
        return False
    key = doc.tokens[ti - 1].norm_key
    families = fw("family_groups")  # (folded with norm_key already)
    return any(k in families for k in (key, key[1:], key[2:] if key[:2] in ("ول", "وب", "فل") else ""))


def family_names(doc: Doc, mentions: list[Mention]) -> None:
    """Drop the one-word PERSON mentions written right after a word for a family («منزل عائلة دوابشة»: the family,
    not the child «علي دوابشة» nor his father; in place). A full name after it stays («أسرة محمد مرسي»)."""
    keep: list[Mention] = []
    for m in mentions:
        if m.type == "PERSON" and len(m.text.split()) == 1:
            ti = bisect_right(doc.tokens, m.start, key=lambda t: t.start) - 1
            if ti >= 0 and doc.tokens[ti].start == m.start and after_family_noun(doc, ti):
                continue
        keep.append(m)
    mentions[:] = keep


def named_as_kin(doc: Doc, start: int) -> bool:
    """Is the name at ``start`` given right after a kinship noun, with or without its pronoun («والده حافظ الأسد»,
    «شقيق الرئيس»): a relative the article brings in beside its man?"""
    words = doc.text[max(0, start - 20) : start].split()
    if not words:
        return False
    key = norm_key(words[-1])
    for k in (key, key[1:], key[2:] if key[:2] in ("ول", "وب", "فل") else ""):
        for bare in (k, k[:-1] if k.endswith("ه") else "", k[:-2] if k.endswith(("ها", "هم")) else ""):
            if len(bare) >= 3 and bare in fw("kinship_nouns"):
                return True
    return False

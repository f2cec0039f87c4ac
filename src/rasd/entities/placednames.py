"""Names after a post's place, and liberation armies of a nation (called by :mod:`.stage`), round 60.

- «ممثل الائتلاف الوطني في واشنطن نجيب الغضبان»: a post (``representative_heads`` or a listed title), the body
  it serves, «في» and a place, then a given name (a listed one) and one more word: the two words are a person (and
  a later «قال الغضبان» finds him). Not a given name that is the start of another name or a function word, nor a
  word the rules already read.
- «رئيس اتحاد المسلمين في الولاية، أفنين ألتينر، في تصريحات» (round 76): two words set off by commas right after a
  title that took no name and a few plain words of its body and place (no punctuation, no function word but «في»),
  each a name-list word (no common word) or a word no lexicon knows and rare in the news, are a person: a foreign
  name no list holds. Not a word with «ال» or «و», a place, a title, a people or a country adjective.
- «جيش التحرير الفلسطيني»: a head of ``liberation_heads`` («جيش», «جبهة»), «التحرير» and a country's adjective
  that agrees with it is a body of that country; «جيش التحرير» alone or with another word is left to the other
  rules.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Mention, Token
from ..events.forms import fw_keys  # data only (closed word lists), no stage
from ..text.normalize import COMMAS as _COMMAS, norm_key
from .crf import load_lexicon
from .dockeys import none_in
from .mentionedits import cover
from .gazetteer import Gazetteer, clitic_head_offset, clitic_variants
from .units import Found, gap

_PUNCT = "«»\"()،,.:؛!?؟"
_LIBERATION = norm_key("التحرير")
_FI = norm_key("في")
SET_OFF_GAP = 6  # words of the body and place between the title and «،» («اتحاد المسلمين في الولاية»: 3 after it)
FOREIGN_ZIPF10 = 20  # an unknown word under it is no common word («أفنين», «ألتينر»: none; «مستنكرا» 22)


def _covered(mentions: list[Mention], tok: Token) -> bool:
    return any(m.start < tok.end and tok.start < m.end for m in mentions)


def token_at(toks: list[Token], starts: list[int], pos: int) -> int | None:
    """The index of the token that starts at (or holds) ``pos`` (``starts``: the tokens' starts, in order; the
    tokens do not overlap)."""
    i = bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < toks[i].end else None


def _post(tok: Token, gaz: Gazetteer) -> bool:
    heads = fw_keys("representative_heads")
    return any(k in heads or (k,) in gaz.titles for k, _, _ in clitic_variants(tok.text))


def _plain(tok: Token, gaz: Gazetteer) -> bool:
    k = tok.norm_key
    return tok.text.isalpha() and len(k) > 2 and k not in gaz.stop and k not in gaz.nisba \
        and (k,) not in gaz.titles and (k,) not in gaz.org_heads


def names_after_post_place(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the person named after a post, its body and its place (see the module's doc)."""
    toks = doc.tokens
    places = [m for m in mentions if m.type == "LOCATION"]
    starts = [t.start for t in toks] if places else []
    for loc in places:
        li = token_at(toks, starts, loc.start)
        if li is None or li < 3 or li + 2 >= len(toks) or toks[li].end != loc.end:
            continue
        fi = toks[li - 1]
        if fi.norm_key != norm_key("في") or not gap(doc, fi, toks[li]):
            continue
        body = next((m for m in mentions if m.type == "ORGANIZATION" and m.end == toks[li - 2].end), None)
        if body is None:
            continue
        bi = token_at(toks, starts, body.start)
        if bi is None or bi == 0 or not _post(toks[bi - 1], gaz) or not gap(doc, toks[bi - 1], toks[bi]):
            continue
        given, last = toks[li + 1], toks[li + 2]
        if not (gap(doc, toks[li], given) and gap(doc, given, last)):
            continue
        w = gaz.name_word(given.norm_key)
        if w is None or "g" not in w.flags or not _plain(given, gaz) or not _plain(last, gaz):
            continue
        if _covered(mentions, given) or _covered(mentions, last):
            continue
        text = doc.text[given.start : last.end]
        mentions.append(Mention(given.start, last.end, text, "PERSON", "pattern", norm_key(text), None, {}))


def _foreign_word(tok: Token, gaz: Gazetteer, freq: dict[str, int]) -> bool:
    """A word of a foreign name: a name-list word that is no common word, or a word no list holds, rare in the news."""
    k = tok.norm_key
    if not _plain(tok, gaz) or len(k) < 3 or tok.text.startswith(("ال", "و")) or (k,) in gaz.phrases \
            or k in gaz.peoples:  # (the text: «ألتينر» is no «ال» word)
        return False
    w = gaz.name_word(k)
    if w is not None:
        return "c" not in w.flags and any(f in w.flags for f in "gfnw")
    return freq.get(k, 0) < FOREIGN_ZIPF10


def set_off_foreign_names(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the two-word name set off by commas after a title, its body and place (see the module's doc)."""
    toks = doc.tokens
    ends = {t.end for t in found.titles if t.person is None}
    if not ends:
        return
    freq = load_lexicon().freq
    for i, tok in enumerate(toks[:-4]):
        if tok.end not in ends:
            continue
        k = i + 1
        while k < len(toks) and k - i <= SET_OFF_GAP and toks[k].text.isalpha() \
                and (toks[k].norm_key == _FI or toks[k].norm_key not in gaz.stop):
            k += 1
        if k + 3 >= len(toks) or toks[k].text not in _COMMAS or toks[k + 3].text not in _COMMAS:
            continue
        a, b = toks[k + 1], toks[k + 2]
        if not gap(doc, a, b) or _covered(mentions, a) or _covered(mentions, b) \
                or not (_foreign_word(a, gaz, freq) and _foreign_word(b, gaz, freq)):
            continue
        text = doc.text[a.start : b.end]
        mentions.append(Mention(a.start, b.end, text, "PERSON", "pattern", norm_key(text), None, {}))


def liberation_armies(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the liberation armies named by a country's adjective (see the module's doc)."""
    heads = fw_keys("liberation_heads")
    if none_in(doc, heads) or none_in(doc, frozenset((_LIBERATION,))):
        return  # (a head and «التحرير» are both needed: :mod:`.dockeys` reads every token's keys)
    toks = doc.tokens
    for i, tok in enumerate(toks[:-2]):
        off = clitic_head_offset(tok.text, heads)
        if off is None:
            continue
        lib, adj = toks[i + 1], toks[i + 2]
        word = adj.text.rstrip(_PUNCT)
        k = norm_key(word)
        if lib.norm_key != _LIBERATION or not (gap(doc, tok, lib) and gap(doc, lib, adj)):
            continue
        feminine = norm_key(tok.text[off:]).endswith("ه")
        if k not in gaz.nisba or not k.startswith("ال") or k.endswith("ه") != feminine:
            continue  # «جيش التحرير الفلسطيني», «جبهة التحرير الفلسطينية»: the adjective agrees
        start, end = tok.start + off, adj.start + len(word)
        cover(doc, mentions, start, end, "ORGANIZATION", {"kind": "group", "country": gaz.nisba[k]})

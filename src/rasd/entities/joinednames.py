"""Persons whose name the text breaks or the rules leave unread, after the tagger (called by :mod:`.stage`), round 57:

* a name broken by a closing bracket: «(وزير الخارجية الإيراني محمد جواد) ظريف» is one man, «محمد جواد ظريف» (the
  mention runs over the bracket; its ``form`` is the name without it);
* a listed given name and a rare word no lexicon knows, «،» and a role the rules read with no name («سلطان فيضي،
  المستشار الإعلامي»: a transliterated family name);
* a given name of the form «X الله» (X a name-list word or a rare one) and a surname right after a title that took
  no name, or before «،» and a role or a short apposition that ends in «الذي» («حكمة الله صافي، خبير الشؤون
  الأفغانية الذي»);
* «علي» and a definite family name in an article that spells the preposition «على» («علي الأديب», «علي القحوم»);
* two short forms of one full name of the actor lexicon that share its family name («عبد الله صالح» and «علي صالح»
  of «علي عبد الله صالح») are one person in one article.
"""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..text.normalize import COMMAS as _COMMAS, norm_key
from .coref import Cluster
from .cluenames import ala_spelled
from .crf import load_lexicon
from .fullnames import RARE_ZIPF10, add, name_word, plain
from .dockeys import doc_keys
from .gazetteer import Gazetteer
from .names import name_parts
from .units import Found, free_span, gap

_ALLAH = "الله"
_WHO = "الذي"
APPOSITION_WORDS = 5  # words of an apposition before its «الذي» («خبير الشؤون الأفغانية الذي»)
BRACKET_REACH = 120  # characters back from a closing bracket to its opening one
_ALI = "علي"
NISBA_ZIPF10 = 40  # a family name of the shape of a nisba is rarer than the news's adjectives («السياسي» 53)


def bracket_surnames(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«(وزير الخارجية الإيراني محمد جواد) ظريف»: a person mention that ends on a closing bracket opened before it,
    and a name word right after the bracket (a name-list word that is no common word, a person the tagger read
    alone, or the last word of a listed person's name with it) are one name."""
    text = doc.text
    by_start = {m.start: m for m in mentions if m.type == "PERSON"}
    starts = {t.start: t for t in doc.tokens}
    drop: list[Mention] = []
    for m in mentions:
        if m.type != "PERSON" or text[m.end : m.end + 1] != ")" or "form" in m.attrs:
            continue
        opened = text.rfind("(", max(0, m.start - BRACKET_REACH), m.start)
        if opened < 0 or ")" in text[opened : m.end] or "\n" in text[opened : m.end]:
            continue
        j = m.end + 1
        while j < len(text) and text[j] == " ":
            j += 1
        tok = starts.get(j)
        if tok is None or j == m.end + 1 or not tok.text.isalpha():
            continue
        form = " ".join(m.text.split() + [tok.text])
        own = by_start.get(tok.start)
        listed = gaz.phrases.get(tuple(norm_key(w) for w in form.split()))
        if not (name_word(tok, gaz, common=False) or (own is not None and own.end == tok.end)
                or (listed is not None and listed.type == "PERSON")):
            continue
        if not free_span([x for x in mentions if x is not own], tok.start, tok.end):
            continue
        if own is not None:
            drop.append(own)
        m.end = tok.end
        m.text = text[m.start : m.end]
        m.attrs["form"] = form
        m.key = norm_key(form)
    for d in drop:
        mentions.remove(d)


def _title_ends(found: Found, named: bool) -> set[int]:
    return {t.end for t in found.titles if named or t.person is None}


def _role_after(doc: Doc, i: int, starts: set[int]) -> bool:
    """Is token ``i`` «،» followed by a role the rules read with no name?"""
    toks = doc.tokens
    return i + 1 < len(toks) and toks[i].text in _COMMAS and toks[i + 1].start in starts


def _apposition_who(doc: Doc, i: int) -> bool:
    """Is token ``i`` «،» followed by a few words of no punctuation and «الذي» («، خبير الشؤون الأفغانية الذي»)?"""
    toks = doc.tokens
    if i >= len(toks) or toks[i].text not in _COMMAS:
        return False
    for k in range(i + 2, min(i + 2 + APPOSITION_WORDS, len(toks))):
        if not toks[k].text.isalpha():
            return False
        if toks[k].norm_key == _WHO:
            return k > i + 1 and not toks[i + 1].norm_key.startswith("ال")
    return False


def apposed_rare_surnames(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مع سلطان فيضي، المستشار الإعلامي»: a listed given name (no common word) and a rare word that no lexicon
    knows as a name nor as a function word, «،» and a role the rules read with no name, are a person."""
    toks = doc.tokens
    starts = {t.start for t in found.titles if t.person is None}
    freq = load_lexicon().freq
    for i in range(1, len(toks) - 2):
        a, b = toks[i], toks[i + 1]
        if not _role_after(doc, i + 2, starts) or not (gap(doc, a, b) and gap(doc, b, toks[i + 2])):
            continue
        given = gaz.name_word(a.norm_key)
        kb = b.norm_key
        if given is None or "g" not in given.flags or not name_word(a, gaz, common=False):
            continue
        if gaz.name_word(kb) is not None or freq.get(kb, 0) >= RARE_ZIPF10 or kb.startswith(("ال", "و")) \
                or not plain(b, gaz) or len(kb) < 4:
            continue
        if toks[i - 1].text.isalpha() and name_word(toks[i - 1], gaz):
            continue  # a longer name: not ours to cut
        if free_span(mentions, a.start, b.end):
            add(doc, mentions, a.start, b.end)


def _allah_given(a: Token, gaz: Gazetteer, freq: dict[str, int]) -> bool:
    ka = a.norm_key
    w = gaz.name_word(ka)
    return plain(a, gaz) and not ka.startswith(("ال", "و")) and (ka, _ALLAH) not in gaz.phrases \
        and (freq.get(ka, 0) < RARE_ZIPF10 or (w is not None and "n" in w.flags))


def allah_apposed(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«يقول حكمة الله صافي، خبير الشؤون الأفغانية الذي»، «المتحدث ذبيح الله مجاهد»: a given name «X الله» (X a
    name-list word or a rare word, not a listed phrase: «حزب الله») and a name word that is no common word, after a
    title that took no name or before «،» and a role or a short apposition closed by «الذي», are a person."""
    if _ALLAH not in doc_keys(doc):
        return  # (no «الله» in the document: see .dockeys)
    toks = doc.tokens
    freq = load_lexicon().freq
    starts = {t.start for t in found.titles if t.person is None}
    ends = _title_ends(found, named=False)
    for i in range(len(toks) - 3):
        a, allah, b = toks[i], toks[i + 1], toks[i + 2]
        if allah.norm_key != _ALLAH or not (gap(doc, a, allah) and gap(doc, allah, b)):
            continue
        after_title = i > 0 and toks[i - 1].end in ends and gap(doc, toks[i - 1], a)
        if not (after_title or _role_after(doc, i + 3, starts) or _apposition_who(doc, i + 3)):
            continue
        if not _allah_given(a, gaz, freq) or not name_word(b, gaz, common=False) or not free_span(mentions, a.start, b.end):
            continue
        add(doc, mentions, a.start, b.end)


def _within_listed(short: list[str], full: tuple[str, ...]) -> bool:
    """Are ``short``'s words ``full``'s words in order, its last word the same, with one at least left out?"""
    if len(short) < 2 or len(short) >= len(full) or short[-1] != full[-1]:
        return False
    it = iter(full)
    return all(w in it for w in short)


def _listed_full(c: Cluster, gaz: Gazetteer) -> tuple[str, ...] | None:
    """The one listed person whose full name each of ``c``'s names shortens (a listed name that is itself a short
    form of it, «عبد الله صالح» of «علي عبد الله صالح», counts as a short form), or None."""
    longer: set[tuple[str, ...]] = set()
    same: set[tuple[str, ...]] = set()
    for f in c.fulls:
        for e in gaz.surnames.get(f[-1], ()):
            key = tuple(name_parts(e.name))
            if e.type != "PERSON":
                continue
            if _within_listed(f, key):
                longer.add(key)
            elif list(key) == f:
                same.add(key)
    if len(longer) != 1:
        return None
    full = next(iter(longer))
    return full if all(_within_listed(list(k), full) for k in same) else None


def lexicon_short_forms(clusters: list[Cluster], gaz: Gazetteer) -> None:
    """«قوات الرئيس المخلوع عبد الله صالح» ... «قوات المخلوع علي صالح»: two persons of one article whose names are
    both short forms of one listed person's full name (its family name kept, other words left out) and of no
    other listed person's are one (in place: the later cluster joins the earlier)."""
    persons = [c for c in clusters if c.kind == "person" and c.gid is None and c.fulls]
    if len(persons) < 2:
        return
    fulls = [_listed_full(c, gaz) for c in persons]
    gone: set[int] = set()
    for x, c in enumerate(persons):
        if x in gone:
            continue
        for y in range(x + 1, len(persons)):
            d = persons[y]
            if y in gone or fulls[x] is None or fulls[y] != fulls[x]:
                continue
            if {tuple(f) for f in c.fulls} == {tuple(f) for f in d.fulls}:
                continue
            c.mentions.extend(d.mentions)
            c.mentions.sort(key=lambda m: m.start)
            c.fulls.extend(d.fulls)
            c.parts |= d.parts
            c.entry = c.entry or d.entry
            gone.add(y)
    for y in sorted(gone, reverse=True):
        clusters.remove(persons[y])


def ali_surnames(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«قيادي الائتلاف علي الأديب لرئاسة»، «وهو ما أكده علي القحوم عضو»: in an article that spells the preposition
    «على», «علي» and a definite word that is a name-list word, a rare one or one of a nisba's shape less frequent than the news's adjectives (no function word, title, country
    adjective, listed place or body) are a person, «علي» his given name (a person the tagger read on that word
    alone takes «علي» in)."""
    if not ala_spelled(doc):
        return
    toks = doc.tokens
    freq = load_lexicon().freq
    for i in range(len(toks) - 1):
        ali, w = toks[i], toks[i + 1]
        if ali.text != _ALI:
            continue
        k = w.norm_key
        if not gap(doc, ali, w) or not k.startswith("ال") or len(k) < 5 or not plain(w, gaz):
            continue
        if k.endswith(("اء", "ات", "ه")) or (k[2:],) in gaz.phrases:
            continue  # («علي الاختفاء»: «عليّ», a verbal noun after it)
        named = gaz.name_word(k)
        nisba = k.endswith("ي") and freq.get(k, 0) < NISBA_ZIPF10  # «الليثي»: a family name of a nisba's shape
        if not (named is not None and "n" in named.flags and "c" not in named.flags or freq.get(k, 0) < RARE_ZIPF10
                or nisba):
            continue
        own = [m for m in mentions if m.start < w.end and w.start < m.end]
        if not own and not any(m.start < ali.end and ali.start < m.end for m in mentions):
            add(doc, mentions, ali.start, w.end)
        elif len(own) == 1 and own[0].type == "PERSON" and own[0].start == w.start and free_span(mentions, ali.start, ali.end):
            m = own[0]
            m.start = ali.start
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)

"""Persons of two or three words the rules and the tagger read in part or not at all, after the tagger (called by
:mod:`.stage`), round 54:

* a title's one-word name and the family name after it that is also a common word («رئيس الوزراء التونسي الحبيب
  الصيد»: the title read «الحبيب», stopping at «الصيد», hunting);
* two name words, «،» and a role («مع الحبيب الصيد، رئيس الحكومة»: his name apposed to his office);
* a given name of the form «X الله» and a surname before a role or «الذي» («ذبيح الله مجاهد الذي يقول إنه
  المتحدث», «ذبيح الله مجاهد المتحدث باسم طالبان»);
* a word no lexicon knows and a name word after the country adjective that closes an office's description («...
  الإيراني حقيقت بور استبعد»: a foreign name, transliterated).

Each word is a name word or unknown, none a function word, title, country adjective or listed name; a common
word is a name's second word only."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..text.normalize import COMMAS as _COMMAS, norm_key
from ..events.forms import fw  # data only (closed word lists), no stage
from .crf import load_lexicon
from .dockeys import doc_keys
from .gazetteer import Gazetteer
from .mentionedits import reend
from .namerun import quality_after_man
from .participletails import participle_complement
from .units import Found, free_span, gap

_ALLAH = "الله"
_WHO = frozenset({"الذي"})
_OPENERS = frozenset({".", "،", ",", "؛", ":"})  # punctuation a clause opens after
_GOVERNED = frozenset({"علي", "عن", "من", "في", "الي", "مع", "بين"})  # prepositions a verbal noun governs (folded)
MIN_WORD = 3  # letters of a name word here («بور»)
RARE_ZIPF10 = 30  # a given name of the form «X الله» is a rare word in the news («ذبيح» 22; «حزب» is frequent)


def plain(tok: Token, gaz: Gazetteer) -> bool:
    """A word of letters that is no function word, title, country adjective or listed name."""
    k = tok.norm_key
    return tok.text.isalpha() and len(k) >= MIN_WORD and k not in gaz.stop and (k,) not in gaz.titles \
        and k not in gaz.nisba and k.removeprefix("ال") not in gaz.nisba and (k,) not in gaz.phrases


def name_word(tok: Token, gaz: Gazetteer, common: bool = True) -> bool:
    """A name-list word (``common``: also one that is a common word too)."""
    w = gaz.name_word(tok.norm_key)
    return plain(tok, gaz) and w is not None and "n" in w.flags and (common or "c" not in w.flags) \
        and not tok.norm_key.endswith(("يه",))


def add(doc: Doc, mentions: list[Mention], start: int, end: int) -> None:
    text = doc.text[start:end]
    mentions.append(Mention(start, end, text, "PERSON", "pattern", norm_key(text), None, {}))


def _tok_at(doc: Doc) -> dict[int, int]:
    return {t.start: i for i, t in enumerate(doc.tokens)}


def surname_after_title(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«رئيس الوزراء التونسي الحبيب الصيد مؤخرا»: a one-word name the title read (a name word that is no common word,
    nor the last word of a longer name in the article: «عبد الرشيد دوستم» ... «الجنرال دوستم الاعتماد على ...» is
    his surname) and a definite name word right after it (a common word too, no adjective's shape) are his full
    name; not a verbal noun before its complement («الدكتور نصيف الشكر للجهات»: thanks to)."""
    toks = doc.tokens
    at = _tok_at(doc)
    surnames = {norm_key(m.text.split()[-1]) for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2}
    for m in mentions:
        i = at.get(m.start)
        if m.type != "PERSON" or m.source != "title" or i is None or toks[i].end != m.end or i + 1 >= len(toks):
            continue
        nxt = toks[i + 1]
        k = nxt.norm_key
        if not name_word(toks[i], gaz, common=False) or toks[i].norm_key in surnames \
                or not k.startswith("ال") or k.endswith("ي") or quality_after_man(toks[i].text, nxt.text, gaz) \
                or not gap(doc, toks[i], nxt) or not name_word(nxt, gaz) or not free_span(mentions, nxt.start, nxt.end):
            continue
        after = toks[i + 2].norm_key if i + 2 < len(toks) else ""
        if after in _GOVERNED or after.startswith("ل") and not after.startswith("ال") \
                or participle_complement(gaz, k, after):  # «الناشط رحماني المقيم بالعاصمة» (round qn428)
            continue  # «قدم الدكتور نصيف الشكر للجهات»: a verbal noun and its complement (thanks to), no surname
        reend(doc, m, nxt.end)


def _opening_pair(doc: Doc, i: int, starts: set[int], gaz: Gazetteer) -> bool:
    """«لكن حنيفة أمان وزير الخارجية الماليزي قال»: two words at ``i`` that open a clause (after punctuation or
    «لكن») right before a role with no name of its own, the first a name-list word that is no common word (a given
    or family name: «حنيفة»), the second a name word. Not after a word of the clause («إن حماية أمان وزير»)."""
    toks = doc.tokens
    a, b, prev = toks[i], toks[i + 1], toks[i - 1]
    if toks[i + 2].start not in starts or not gap(doc, a, b) or not gap(doc, b, toks[i + 2]):
        return False
    if not (prev.text in _OPENERS or prev.norm_key in fw("but_words")) or a.norm_key.startswith("ال"):
        return False
    w = gaz.name_word(a.norm_key)
    return plain(a, gaz) and w is not None and "c" not in w.flags and name_word(b, gaz)


def names_before_role(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«مع الحبيب الصيد، رئيس الحكومة»: two name words (the first no common word), «،» and a role the rules read
    with no name of its own are a person; so are two that open a clause right before the role (round en503:
    «لكن حنيفة أمان وزير الخارجية الماليزي قال»)."""
    toks = doc.tokens
    starts = {t.start for t in found.titles if t.person is None}
    for i in range(1, len(toks) - 3):
        a, b, c = toks[i], toks[i + 1], toks[i + 2]
        if _opening_pair(doc, i, starts, gaz) and free_span(mentions, a.start, b.end):
            add(doc, mentions, a.start, b.end)
            continue
        if c.text not in _COMMAS or toks[i + 3].start not in starts or not gap(doc, a, b) or not gap(doc, b, c):
            continue
        if toks[i - 1].text.isalpha() and name_word(toks[i - 1], gaz):
            continue  # a longer name: not ours to cut
        if name_word(a, gaz, common=False) and name_word(b, gaz) and free_span(mentions, a.start, b.end):
            add(doc, mentions, a.start, b.end)


def allah_names(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«ذبيح الله مجاهد الذي يقول»، «ذبيح الله مجاهد المتحدث باسم»: a rare word, «الله» and a name word before
    «الذي» or a role the rules read are a person («X الله» his given name); not a listed phrase («حزب الله»)."""
    if _ALLAH not in doc_keys(doc):
        return  # (no «الله» in the document: see .dockeys)
    toks = doc.tokens
    starts = {t.start for t in found.titles}
    freq = load_lexicon().freq
    for i in range(len(toks) - 3):
        a, allah, b, nxt = toks[i], toks[i + 1], toks[i + 2], toks[i + 3]
        if allah.norm_key != _ALLAH or not (nxt.norm_key in _WHO or nxt.start in starts):
            continue
        ka = a.norm_key
        if not plain(a, gaz) or ka.startswith("ال") or freq.get(ka, 0) >= RARE_ZIPF10 \
                or (ka, _ALLAH) in gaz.phrases or not name_word(b, gaz, common=False) \
                or not (gap(doc, a, allah) and gap(doc, allah, b) and gap(doc, b, nxt)) \
                or not free_span(mentions, a.start, b.end):
            continue
        add(doc, mentions, a.start, b.end)


def unknown_after_adjective(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«... والسياسة الخارجية الإيراني حقيقت بور استبعد»: after a country adjective, a word no lexicon knows (a
    transliterated given name) and a name word that is no common word are a person."""
    toks = doc.tokens
    freq = load_lexicon().freq
    for i in range(1, len(toks) - 2):
        adj, a, b = toks[i - 1], toks[i], toks[i + 1]
        kadj = adj.norm_key
        if not (kadj.startswith("ال") and (kadj in gaz.nisba or kadj[2:] in gaz.nisba)):
            continue  # (the adjective first: most tokens are none, and then the word's key is not needed)
        ka = a.norm_key
        if freq.get(ka, 0) or gaz.name_word(ka) is not None \
                or ka.startswith(("ال", "و")) or not plain(a, gaz) or len(ka) < 4 \
                or not name_word(b, gaz, common=False) or not (gap(doc, adj, a) and gap(doc, a, b)) \
                or not free_span(mentions, a.start, b.end):
            continue
        add(doc, mentions, a.start, b.end)

"""Person names cut or lost by a clitic or a preposition read into them, or run on over a title (round 80):

- :func:`ali_chains`: «علي» (spelt with «ي» in an article that spells the preposition «على») before a given name
  and a family name is the given name Ali: «لجأ علي سالم البيض» is the man «علي سالم البيض» (not «على» without its
  dots); a verb, «أن», a pronoun suffix or a definite common noun after «علي» keeps it a preposition;
- :func:`verb_clitic_name`: a tagger's person name whose first word is «ف» + an imperfect verb («فيريدون»: so they
  want) and a rare word whole is a foreign given name (Fereydoun), no conjunction before a verb;
- :func:`maqsura_family`: a definite family name that a function word folds to only by its final «ى» («التقي»,
  the pious, is no «التقى», he met: the surface tells them apart) goes on a name run; :func:`maqsura_surnames`:
  and on a given name read alone;
- :func:`participle_then_complement`: a definite participle of the shape «المفتعل» before its complement in «لـ»,
  «في», «إلى» («مرسي المنتمي لجماعة»: Morsi, who belongs to the group) is no family name;
- :func:`title_word_ends`: a title inside a person name ends it («اياين بيغ بروفسور السياسة»: Iain Begg,
  professor of politics), and a kinship noun before the title with it («فيكي كيندي أرملة السيناتور»);
- :func:`repeated_full_names`, :func:`surname_pairs`: a given name alone before the family name of the full name
  read elsewhere takes it in; two family names of the article joined by «و» are two men («شوداري ورحمان»).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Mention, Token
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import DATA_DIR, Gazetteer
from .mentionedits import reend
from .units import DESCENT, JOINERS, NASAB, Unit, gap

_ALI, _ALA = "علي", "على"
ALA_SPELLED = 2  # the article's «على» at least: its «علي» may be a name
_ALA_FORMS = frozenset((_ALA, "و" + _ALA, "ف" + _ALA))
_VERB_ZIPF10 = 30  # an imperfect verb («يريدون»: 49) is at least this frequent (Zipf × 10)
_RARE_ZIPF10 = 15  # under which a word with «ف» is no frequent «so + verb» («فيريدون»: absent)
_COMPLEMENT_WORDS = frozenset(norm_key(w) for w in ("في", "إلى", "الى", "من", "عن", "على", "مع"))


def ala_spelled(doc: Doc) -> bool:
    """Does the article write the preposition «على» with its alif maqsura (``ALA_SPELLED`` times at least)? Then a
    «علي» is more likely the given name than the preposition spelled with «ي». Counted once per document, kept
    with the tokens it was counted in (``Doc.memoized``: the name passes ask it again and again)."""
    return doc.memoized("ala_spelled", ("tokens",), _count_ala)


def _count_ala(doc: Doc) -> bool:
    """:func:`ala_spelled`, counted."""
    return sum(1 for t in doc.tokens if t.text in _ALA_FORMS) >= ALA_SPELLED


def _given(gaz: Gazetteer, k: str) -> bool:
    """A given name of the name lists that is no common word, function word, title or country adjective."""
    w = gaz.name_word(k)
    return w is not None and "g" in w.flags and "c" not in w.flags and gaz.is_name_word(k) \
        and not k.startswith("ال")


def _family(gaz: Gazetteer, tok: Token) -> bool:
    """A family name after «علي» and a given name: a name-list word that is no common word, or a definite word
    that is no function word, title, country adjective, listed place or body, plural or feminine noun."""
    k = tok.norm_key
    if not tok.text.isalpha() or len(k) < 4 or k in gaz.stop or (k,) in gaz.titles or (k,) in gaz.phrases:
        return False
    if gaz.is_name_word(k):
        return True
    return k.startswith("ال") and len(k) >= 5 and k not in gaz.nisba and k[2:] not in gaz.nisba \
        and not k.endswith(("ات", "ه", "ون", "ين", "اء")) and (k[2:],) not in gaz.titles


def ali_chains(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«لجأ علي سالم البيض إلى ...»: in an article that spells the preposition «على», «علي», a given name (no
    common word) and a family name (:func:`_family`) are one person; a person read on part of them takes the
    rest in. Not where a body or place is read on any of the three words."""
    if not ala_spelled(doc):
        return
    toks = doc.tokens
    for i in range(len(toks) - 2):
        ali, given, family = toks[i], toks[i + 1], toks[i + 2]
        if ali.text != _ALI or not gap(doc, ali, given) or not gap(doc, given, family):
            continue
        if not given.text.isalpha() or not _given(gaz, given.norm_key) or not _family(gaz, family):
            continue
        own = [m for m in mentions if m.start < family.end and ali.start < m.end]
        if any(m.type != "PERSON" or m.start < ali.start or m.end > family.end for m in own):
            continue  # a body or a place, or a longer name read over the words
        if len(own) > 1:
            continue
        if not own:
            text = doc.text[ali.start : family.end]
            mentions.append(Mention(ali.start, family.end, text, "PERSON", "pattern", norm_key(text), None, {}))
            continue
        m = own[0]
        m.start = ali.start
        reend(doc, m, family.end)


def verb_clitic_name(span: list[Token], gaz: Gazetteer) -> bool:
    """Does a tagger's person name of two words or more open on «ف» + a frequent imperfect verb that no name list
    has, the whole word rare («فيريدون خافاند»: Fereydoun, not «so they want»), or on a word in «ف» that a name
    list has whole («فيكتور»)? Then the «ف» is the name's."""
    if len(span) < 2:
        return False
    k = span[0].norm_key
    if len(k) < 5 or k[0] != "ف" or k in gaz.stop:
        return False
    w = gaz.name_word(k)
    if w is not None and ("W" in w.flags or "g" in w.flags) and "c" not in w.flags:
        return True
    stem = k[1:]
    freq = load_lexicon().freq
    return stem[0] in "يت" and gaz.name_word(stem) is None and freq.get(stem, 0) >= _VERB_ZIPF10 \
        and freq.get(k, 0) < _RARE_ZIPF10 and stem.endswith(("ون", "ان", "ين"))


@lru_cache(maxsize=1)
def _maqsura_stops() -> frozenset[str]:
    """The keys of the function words that end in «ى» whose «ي» spelling is no function word («التقى»)."""
    words = [w for line in (DATA_DIR / "stopwords.txt").read_text("utf-8").splitlines() if not line.startswith("#")
             for w in line.split()]
    with_ya = frozenset(w for w in words if w.endswith("ي"))
    return frozenset(norm_key(w) for w in words if w.endswith("ى") and w[:-1] + "ي" not in with_ya)


def maqsura_family(gaz: Gazetteer, surface: str) -> bool:
    """Is ``surface``, spelt with a final «ي», a definite name-list word that is a function word only as the «ى»
    word it folds to («التقي», not «التقى»)?"""
    k = norm_key(surface)
    w = gaz.name_word(k)
    return surface.endswith("ي") and k.startswith("ال") and k in _maqsura_stops() and w is not None \
        and bool(set("gnf") & set(w.flags)) and "c" not in w.flags


def maqsura_surnames(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """A person read on a given name alone (a name list's, no common word) right before a family name of
    :func:`maqsura_family` takes it in («سمير» + «التقي»)."""
    starts = {t.start: i for i, t in enumerate(doc.tokens)}
    toks = doc.tokens
    for m in mentions:
        if m.type != "PERSON" or " " in m.text or not _given(gaz, norm_key(m.text)):
            continue
        i = starts.get(m.start)
        if i is None or i + 1 >= len(toks) or toks[i].end != m.end or not gap(doc, toks[i], toks[i + 1]):
            continue
        nxt = toks[i + 1]
        if maqsura_family(gaz, nxt.text) and not any(o.start < nxt.end and nxt.start < o.end for o in mentions):
            reend(doc, m, nxt.end)


def participle_then_complement(units: list[Unit], j: int) -> bool:
    """Is the definite word at ``j`` of the participle shape «المفتعل» / «المستفعل» («المنتمي», «المتخصص»)
    before a preposition or a word in «لـ» (its complement: «المنتمي لجماعة»)?"""
    k = units[j].key
    if len(k) < 6 or not k.startswith("الم") or j + 1 >= len(units) or units[j + 1].punct:
        return False
    if not (k[4] == "ت" or k.startswith("المست")):
        return False
    nxt = units[j + 1]
    return nxt.key in _COMPLEMENT_WORDS or (nxt.tok.text.startswith("ل") and len(nxt.key) >= 4)


def title_word_ends(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Cut a person name of two words or more before a title word inside it (an academic title, or a one-word
    title that no name list has: «اياين بيغ بروفسور السياسة» is «اياين بيغ»); not a word after «عبد», «أبو» or a
    particle of descent («عبد الملك»)."""
    academic = fw_keys("academic_titles")
    kin = fw_keys("kinship_nouns")
    for m in mentions:
        if m.type != "PERSON" or " " not in m.text:
            continue
        words = m.text.split(" ")
        for n in range(1, len(words)):
            k = norm_key(words[n])
            prev = norm_key(words[n - 1])
            if not k or prev in JOINERS or prev in NASAB:
                continue
            bare = k.removeprefix("ال")
            if bare in academic or (k,) in gaz.titles and gaz.name_word(k) is None and gaz.name_word(bare) is None:
                cut = n
                while cut > 1 and norm_key(words[cut - 1]) in kin and norm_key(words[cut - 1]) not in DESCENT:
                    cut -= 1  # «فيكي كيندي أرملة السيناتور»: the widow of the senator
                reend(doc, m, m.start + len(" ".join(words[:cut]).rstrip()))
                break


def repeated_full_names(doc: Doc, mentions: list[Mention]) -> None:
    """A person read on his given name alone right before the word that closes his full name elsewhere in the
    article takes it in («سمير» + «التقي» where «سمير التقي» is read): the same two words name the same man."""
    full = {tuple(m.text.split(" ")) for m in mentions if m.type == "PERSON" and m.text.count(" ") == 1}
    if not full:
        return
    starts = {t.start: i for i, t in enumerate(doc.tokens)}
    toks = doc.tokens
    for m in mentions:
        if m.type != "PERSON" or " " in m.text:
            continue
        i = starts.get(m.start)
        if i is None or i + 1 >= len(toks) or toks[i].end != m.end or not gap(doc, toks[i], toks[i + 1]):
            continue
        nxt = toks[i + 1]
        if (m.text, nxt.text) not in full or any(o.start < nxt.end and nxt.start < o.end for o in mentions):
            continue
        reend(doc, m, nxt.end)


def surname_pairs(doc: Doc, mentions: list[Mention], gaz: Gazetteer | None = None) -> None:
    """«شوداري ورحمان» read as one person where the article names «انجيم شوداري» and «محمد رحمان»: two men by
    their family names, joined by «و»; each word is the last of a full name read in the article."""
    lasts = {m.text.split(" ")[-1] for m in mentions if m.type == "PERSON" and " " in m.text}
    if len(lasts) < 2:
        return
    for m in list(mentions):
        words = m.text.split(" ")
        if m.type != "PERSON" or len(words) != 2:
            continue
        if not words[1].startswith("و") or len(words[1]) < 4:
            # round ev391: «اتهم كير مشار»: Kiir accused Machar
            if gaz is not None and _side_by_side(mentions, m, words, gaz):
                reend(doc, m, m.start + len(words[0]))
                start = m.end + 1
                mentions.append(Mention(start, start + len(words[1]), words[1], "PERSON", "pattern", norm_key(words[1]),
                                        None, {}))
            continue
        first, second = words[0], words[1][1:]
        if first == second or first not in lasts or second not in lasts:
            continue
        if any(o.text != m.text and o.type == "PERSON" and o.text.split(" ")[-1] == words[1] for o in mentions):
            continue  # («ورحمان» whole the family name of a man of the article)
        start = m.end - len(second)
        reend(doc, m, m.start + len(first))
        mentions.append(Mention(start, start + len(second), second, "PERSON", "pattern", norm_key(second), None, {}))



def _side_by_side(mentions: list[Mention], m: Mention, words: list[str], gaz: Gazetteer) -> bool:
    """Round ev391: «عندما اتهم كير مشار بالتخطيط للانقلاب» read as one person where the article names «سلفا كير»
    and «رياك مشار»: two men side by side by their family names, with no «و» (a verb's subject and object); each
    word is the last of a different full name read in the article, and no name of the article ends in the two
    words (not «سلفا كير مشار»), and neither word is a given name or a common word (``surname_alone``: «محمد
    الظواهري» is one man, though «محمد» ends the name «باهر محمد»)."""
    first, second = words
    if first == second or m.end - m.start != len(first) + 1 + len(second):
        return False
    if not (gaz.surname_alone(norm_key(first)) and gaz.surname_alone(norm_key(second))):
        return False
    fulls = [o for o in mentions if o is not m and o.type == "PERSON" and " " in o.text]
    if any(o.text.endswith(m.text) for o in fulls):
        return False
    owners = [{o.text for o in fulls if o.text.split(" ")[-1] == w} for w in (first, second)]
    return bool(owners[0]) and bool(owners[1]) and not owners[0] & owners[1]

"""Sport: the words of a text on sport and the clubs named by a common word, a surname or a town («النصر»,
«العربي», «ليون» after «مضيفه»)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from ..doc import Doc, Mention, Token
from ..memo import remember
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import doc_keys
from .clitics import clitic_head_offset
from .crf import load_lexicon
from .demonymnames import masculine_demonym
from .gazetteer import Gazetteer, clitic_keys, strip_enclitic
from .units import overlapping


_SPORT = frozenset(norm_key(w) for w in ("نادي", "فريق", "مباراة", "دوري", "كأس", "لاعب", "لاعبي", "مدرب", "بطولة",
                                         "منتخب", "ملعب", "هدف", "أهداف", "الشوط", "مرمى"))
# clubs whose name is a common word: «النصر» (victory), «الأهلي» (civil, of the people), «أهلي» (my family)
CLUBS = frozenset(norm_key(w) for w in ("النصر", "الأهلي", "أهلي"))
# clubs named by a word that is also a man's surname or a town («العربي», «الخور» of Qatar): the club in sport,
# left to the other rules elsewhere
CLUBS_IN_SPORT = frozenset(norm_key(w) for w in ("العربي", "الخور"))
# the words a team names its opponent by in a match's report: «تغلب على مضيفه ليون», «تعادل مع ضيفه»; and the
# indefinite heads of a team's name («فريق برشلونة», «نادي مرسيليا»; «الفريق» before a name is the army's rank)
_TEAM_HEADS = frozenset(norm_key(w) for w in ("مضيفه", "ضيفه", "مضيفيه", "ضيفيه", "مستضيفه", "فريق", "نادي", "لفريق",
                                              "لنادي", "بفريق", "بنادي"))
_CLUB = norm_key("نادي")
_NEXT_WORD = re.compile(r" ([\u0621-\u064a\u0640]+)(?=[\s«»\"(),.،:؛!?؟]|$)")  # the word right after a mention
# armed units named like them: «لواء النصر»
_UNITS = frozenset(norm_key(w) for w in ("لواء", "ألوية", "كتيبة", "كتائب"))


def sport_word(t: Token) -> bool:
    """Is a word of ``t`` one of sport (a club, a match, a league, a coach...)?"""
    for w in t.words:  # (a word the segmenter left whole keeps its «ة»: «المباراة»)
        if w.kind == "stem" and _sport_stem(w.norm):
            return True
    return False


def sport_text(tokens: list[Token]) -> bool:
    """Is a word of any of ``tokens`` one of sport (``sport_word`` of some token)? Each distinct stem asked once, with
    no call per token (a text of sport is rare: nearly every text is read to its end)."""
    return any(_sport_stem(n) for n in {w.norm for t in tokens for w in t.words if w.kind == "stem"})


def sport_stems(doc: Doc) -> frozenset[str]:
    """The distinct stem words of ``doc``'s tokens that are words of sport (``_sport_stem``), made once per token list
    (``Doc.memoized``; read only): whether the text talks sport (``tagmentions``) and how many such words it has
    (:func:`town_clubs`) both read it instead of scanning every word again."""
    return doc.memoized("sport_stems", ("tokens",), _sport_stems)


def _sport_stems(doc: Doc) -> frozenset[str]:
    """:func:`sport_stems`, made: :func:`sport_text`'s scan, keeping the words."""
    return frozenset([n for n in {w.norm for t in doc.tokens for w in t.words if w.kind == "stem"} if _sport_stem(n)])


@lru_cache(maxsize=1 << 15)  # asked of every token of every text (``country_clubs``)
def club_word(text: str) -> bool:
    return _CLUB in clitic_keys(text)


_SPORT_STEMS: Final[dict[str, bool]] = {}  # _sport_stem's answers (:mod:`rasd.memo`): asked of every token


def _sport_stem(norm: str) -> bool:
    """Whether the word is a word of sport (``_SPORT``), with or without the article."""
    got = _SPORT_STEMS.get(norm)
    if got is None:
        k = norm_key(norm)
        got = remember(_SPORT_STEMS, norm, k in _SPORT or k.removeprefix("ال") in _SPORT, 1 << 15)
    return got


def club_reading(toks: list[Token], tok: Token, gaz: Gazetteer) -> bool | None:
    """A tagger's one-word name that is a club: True after the word a match's report names a team by («مضيفه
    ليون», «فريق برشلونة») in a sentence of sport; a club named by a common word (``CLUBS``): True next to a word
    of sport, two words or fewer away («فريق النصر», «مباراة بين النصر», «فاز الأهلي بالكأس»), farther in a sentence
    of sport where it is no adjective of the noun before it, or after an armed
    unit's noun («لواء النصر»), False (the common word: «النصر على الإرهاب», «السلم الأهلي», «أهلي»: my family)
    elsewhere; for a surname's or a town's word (``CLUBS_IN_SPORT``) True in a sentence of sport, else None; None
    for any other word."""
    k = next((n for n, t in enumerate(toks) if t is tok), 0)
    if k > 0 and toks[k - 1].norm_key in _TEAM_HEADS and tok.norm_key not in gaz.nisba and any(
            sport_word(t) for t in toks if t is not tok and t is not toks[k - 1]):  # («فريق أوباما»: his staff)
        return True  # «الخسارة أمام مضيفه ليون صفر - 2 في الجولة الأولى»: the opponent, a team (not Leon, a man;
        # «ضد فريق كولومبي»: a team described by its country)
    keys = clitic_keys(tok.text)
    if not (keys & (CLUBS | CLUBS_IN_SPORT)):
        return None
    # in a sentence of sport («لمؤازرة الأهلي في المباراة», «فاز فريق الغرافة على الخور»), unless the word is
    # the adjective of the definite noun before it («السلم الأهلي», «الاتحاد العربي لكرة القدم»)
    # the definite name only («أهلي»: my family), with no adjective of its own («النصر النهائي»: the final victory)
    after = toks[k + 1].norm_key if k + 1 < len(toks) else ""
    in_sport = any(sport_word(t) for t in toks if t is not tok) and not (
        k > 0 and toks[k - 1].norm_key.startswith("ال")) and tok.norm_key.startswith("ال") and not (
        after.startswith("ال") and after.endswith(("ي", "يه")))
    if keys & CLUBS_IN_SPORT:
        return True if in_sport else None
    return in_sport or any(sport_word(t) for t in toks[max(0, k - 2) : k + 3] if t is not tok) or (
        k > 0 and bool(clitic_keys(toks[k - 1].text) & _UNITS))


def team_towns(sents: list[list[Token]], mentions: list[Mention], doc: Doc | None = None) -> None:
    """A listed town right after the word a match's report names a team by («تغلب على مضيفه مرسيليا», «فريق
    برشلونة»), in a sentence of sport, is the club: retyped an organisation (its place's id dropped)."""
    if doc is not None and _TEAM_HEADS.isdisjoint(doc_keys(doc)):
        return  # (no token's key is such a word: see .dockeys; ``doc``: the document of ``sents``)
    for toks in sents:
        heads = [k for k in range(1, len(toks)) if toks[k - 1].norm_key in _TEAM_HEADS]
        if not heads:
            continue
        for k in heads:
            town = next((m for m in mentions if m.type == "LOCATION" and m.attrs.get("kind") in ("city", "capital")
                         and m.start == toks[k].start and m.end <= toks[k].end), None)
            if town is None or not any(sport_word(t) for n, t in enumerate(toks) if n not in (k - 1, k)):
                continue
            town.type = "ORGANIZATION"
            for a in ("gid", "kind"):
                town.attrs.pop(a, None)
            town.attrs["club_town"] = True


def country_clubs(sents: list[list[Token]], mentions: list[Mention], doc: Doc | None = None) -> None:
    """A country named right after «نادي» (a club: «فاز نادي قطر», «لاعب بنادي الكويت») is the club's name, no
    place: its mention (the name alone, as ANERcorp marks a club) becomes an organisation whose name is «نادي قطر»
    (``form``; keyed apart from the country), of that country (``club_country``: its ISO code)."""
    if doc is not None and _CLUB not in doc_keys(doc):
        return  # (no token reads as «نادي»: see .dockeys; ``doc``: the document of ``sents``)
    for toks in sents:
        for k in range(1, len(toks)):
            if not club_word(toks[k - 1].text):
                continue
            land = next((m for m in mentions if m.type == "LOCATION" and m.attrs.get("kind") == "country"
                         and m.start == toks[k].start and m.end <= toks[k].end), None)
            if land is None:
                continue
            land.attrs["club_country"] = str(land.attrs.get("gid") or "").removeprefix("LOC:") or True
            land.attrs["form"] = f"نادي {land.text}"
            land.key = norm_key(str(land.attrs["form"]))
            land.type = "ORGANIZATION"
            for a in ("gid", "kind"):
                land.attrs.pop(a, None)


def copa_names(doc: Doc, mentions: list[Mention]) -> None:
    """Round 64: «كوبا أميركا», «كوبا ليبرتادوريس»: «كوبا» (Spanish for cup) right before a word of a cup's name
    (``copa_name_words``) is a tournament, not Cuba, and the word after it no place (in place). «كوبا وأميركا»
    (with «و») are the two countries."""
    drop: set[int] = set()
    for m in mentions:
        if m.type != "LOCATION" or norm_key(m.text) not in fw("copa_words"):
            continue
        nxt = doc.text[m.end : m.end + 16]
        word = nxt[1:].split()[0] if nxt.startswith(" ") and nxt[1:].split() else ""
        if norm_key(word.strip("«»\"(),.،:؛")) not in fw("copa_name_words"):
            continue
        drop.add(id(m))
        after = m.end + 1
        drop.update(id(o) for o in mentions if o.start == after and o.type == "LOCATION")
    if drop:
        mentions[:] = [m for m in mentions if id(m) not in drop]


def cup_names(doc: Doc, mentions: list[Mention]) -> None:
    """Round en395: a place named right after a cup's or a championship's noun (``cup_heads``: «كأس آسيا», «بطولة
    آسيا 2019», «وكأس مصر») names the tournament, no place: the mention becomes the tournament's (MISC, from the
    noun, its proclitic left out, as ANERcorp marks «بطولة المكسيك»); «غرب آسيا» stays the place."""
    for m in mentions:
        if m.type != "LOCATION":
            continue
        before = doc.text[max(0, m.start - 16) : m.start]
        if not before.endswith(" ") or before.endswith("  ") or not (words := before.split()):
            continue
        word = words[-1]
        off = clitic_head_offset(word, fw("cup_heads"))
        if off is None or not word.isalpha():
            continue
        m.start = m.start - 1 - len(word) + off
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)
        m.type = "MISC"
        for a in ("gid", "kind"):
            m.attrs.pop(a, None)


CLUB_TEXT_WORDS = 2  # distinct words of sport a text of sport has at least («لاعب», «فريق»; «بهدف» twice: one)


def town_clubs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Round en395: in a text of sport, a listed town right after a foreign word of no reading (no article; the
    lexicon and the name lists know it in none of its clitic readings; in no mention) is a club named by the word
    and its town («ألوان غراسهوبر زيوريخ»: Grasshopper Zürich; «بوروسيا دورتموند»): the town's mention widens over the
    word and becomes the club (an organisation, as ANERcorp marks a club). «في زيوريخ» stays the town."""
    towns = [m for m in mentions if m.type == "LOCATION" and m.attrs.get("kind") in ("city", "capital")]
    if not towns or len(sport_stems(doc)) < CLUB_TEXT_WORDS:
        return  # (not a text of sport: «بهدف» alone is an aim)
    freq = load_lexicon().freq
    for m in towns:
        before = doc.text[max(0, m.start - 24) : m.start]
        if not before.endswith(" ") or before.endswith("  ") or not (words := before.split()):
            continue
        word = words[-1]
        k = norm_key(word)
        start = m.start - 1 - len(word)
        if not word.isalpha() or k.startswith("ال") or k in gaz.stop or k in gaz.nisba or (k,) in gaz.titles \
                or any(freq.get(v, 0) or gaz.name_word(v) is not None for v in clitic_keys(word)) \
                or freq.get(strip_enclitic(k) or "", 0) \
                or any(o.start < m.start and o.end > start for o in mentions):
            continue  # (a word the lexicon knows, also after a proclitic or before a pronoun: «بريف», «أبرمته»)
        m.start = start
        m.text = doc.text[start : m.end]
        m.key = norm_key(m.text)
        m.type = "ORGANIZATION"
        for a in ("gid", "kind"):
            m.attrs.pop(a, None)
        m.attrs["club_town"] = True


def cup_tails(doc: Doc, mentions: list[Mention]) -> None:
    """Round en395: a tournament's name the tagger cut after a cup's noun in the construct state («بطولة
    الليبرتادورس المؤهلة لكأس» | «العالم للأندية») runs on over the noun's genitive (a definite word) and a
    «لل» complement after it («للأندية»); a name that ends otherwise is left as it is."""
    for m in mentions:
        words = m.text.split()
        if m.type != "MISC" or len(words) < 2 or clitic_head_offset(words[-1], fw("cup_heads")) is None:
            continue
        end = m.end
        for need in ("ال", "لل"):
            got = re.match(r" ([^\s،,.؛:()«»\"]+)", doc.text[end : end + 40])
            if got is None or not norm_key(got.group(1)).startswith(need):
                break
            end += got.end()
        if end > m.end and norm_key(doc.text[m.end : end].split()[0]).startswith("ال"):
            m.end = end
            m.text = doc.text[m.start : end]
            m.key = norm_key(m.text)


# a foreign word after a team's head this rare in the news is the club's name («فريق أسيك»: 26), no adjective or
# noun of the news («مغمور»: 31, «عمل»: 57)
_RARE_CLUB_ZIPF10 = 27
# words of sport that are as often words of politics: a team («فريق الحوار»; «الفريق» a general's rank), an aim
_WEAK_SPORT = frozenset(norm_key(w) for w in ("فريق", "هدف", "أهداف"))


def match_report(doc: Doc) -> bool:
    """Is ``doc`` a report of a match: ``CLUB_TEXT_WORDS`` distinct words of sport besides those of ``_WEAK_SPORT``
    («فريق الحوار», «الهدف» and «لاعب سياسي» make no match)?"""
    stems = {norm_key(n).removeprefix("ال") for n in sport_stems(doc)}  # (the doc's sport words, made once)
    return len(stems - _WEAK_SPORT) >= CLUB_TEXT_WORDS


def nisba_clubs(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Round ne415: in a report of a match, a place right before a masculine country adjective («تعادل ليل الفرنسي
    مع ميلان الإيطالي», «فوزا صعبا على هامبورغ الألماني», «أرسنال وموناكو الفرنسي») is a club: a town is feminine
    («ميلانو الإيطالية»), so the adjective agrees with the club («النادي», «الفريق») the town names. The place's
    mention becomes an organisation (its place's id dropped); «في ميلانو الإيطالية» stays the town."""
    places = [m for m in mentions if m.type == "LOCATION"]
    if not places or not match_report(doc):
        return
    for m in places:
        nxt = _NEXT_WORD.match(doc.text, m.end)
        if nxt is None:
            continue
        k = norm_key(nxt.group(1))
        if not masculine_demonym(k, gaz):
            continue
        m.type = "ORGANIZATION"
        for a in ("gid", "kind"):
            m.attrs.pop(a, None)
        m.attrs["club_town"] = True


def _club_genitive(doc: Doc, toks: list[Token], k: int, mentions: list[Mention], gaz: Gazetteer) -> bool:
    """Is ``toks[k]``, right after a team's indefinite head (``_TEAM_HEADS``), the club's name: the head's genitive
    (a definite word: «فريق الغرافة», «نادي الوحدة»; or a rare foreign word, no adjective in «ي»: «فريق أسيك») in
    no mention, and no kind of team (``team_kind_genitives``: «فريق التحكيم», «فريق الكرة»), no people's plural
    («فريق المحققين»), no title, function word, adjective («فريق كبير») nor listed word, nor a common noun a feminine
    adjective describes («بفريق العاصمة الإسبانية»)?"""
    head, tok = toks[k - 1], toks[k]
    key = tok.norm_key
    if head.norm_key not in _TEAM_HEADS or doc.text[head.end : tok.start] != " " or not tok.text.isalpha() \
            or key in fw_keys("team_kind_genitives") or key in gaz.stop and key not in CLUBS | CLUBS_IN_SPORT \
            or (key,) in gaz.titles \
            or key.endswith(("ين", "ون", "ات")) or overlapping(mentions, tok.start, tok.end):
        return False
    if not key.startswith("ال"):
        freq = load_lexicon().freq
        if len(key) < 3 or key.endswith("ي") or any(freq.get(v, 0) > _RARE_CLUB_ZIPF10 or gaz.name_word(v) is not None
                                                    or v in gaz.nisba for v in clitic_keys(tok.text)):
            return False  # (a word frequent in the news: «فريق عمل», «فريق كبير»; an adjective: «فريق بلجيكي»)
    after = toks[k + 1].norm_key if k + 1 < len(toks) else ""
    if after.startswith("ال") and after.endswith("يه"):
        return False  # a common noun a feminine adjective describes: «بفريق العاصمة الإسبانية»
    return True


def team_genitives(sents: list[list[Token]], mentions: list[Mention], doc: Doc, gaz: Gazetteer) -> None:
    """Round ne415: the club a match's report names by its team's indefinite head («حقق فريق العربي بداية جيدة»,
    «على ملعب ثاني بن جاسم بنادي الغرافة», see ``_club_genitive``) is an organisation, as ANERcorp marks a club,
    in a report of a match (``CLUB_TEXT_WORDS`` words of sport besides those of ``_WEAK_SPORT``), and so is the
    same word elsewhere in the article, in no mention, no adjective of a definite noun before it nor a place after
    «في» («مرمى العربي», «رصيد الشمال», «تجمع العربي مع الوكرة»; not «الاتحاد العربي», «في الشمال»)."""
    if _TEAM_HEADS.isdisjoint(doc_keys(doc)):
        return  # (no token's key is such a word: see .dockeys)
    if not match_report(doc):
        return  # «فريق الحوار»
    clubs: set[str] = set()
    for toks in sents:
        for k in range(1, len(toks)):
            if _club_genitive(doc, toks, k, mentions, gaz):
                clubs.add(toks[k].norm_key)
    if not clubs:
        return
    heads = frozenset(clubs)
    where = fw_keys("locative_prepositions")
    for toks in sents:
        for k, tok in enumerate(toks):
            off = clitic_head_offset(tok.text, heads)
            if off is None or overlapping(mentions, tok.start, tok.end):
                continue
            if k > 0 and (toks[k - 1].norm_key.startswith("ال") or toks[k - 1].norm_key in where):
                continue  # an adjective («الاتحاد العربي») or a place («في الشمال»)
            start = tok.start + off
            mentions.append(Mention(start, tok.end, doc.text[start : tok.end], "ORGANIZATION", "pattern",
                                    norm_key(doc.text[start : tok.end]), None, {"club_genitive": True}))

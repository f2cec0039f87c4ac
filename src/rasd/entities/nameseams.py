"""Where two names meet, or a name meets what is no part of it (round 68):

* «منصور علي ميان»: a one-word given name right before a person named from «علي» on is that man's given name, «علي»
  his father's (the tagger starts a second man at «علي»); not where that given name opens or ends another person's
  name in the article (then it may be that one);
* «وانغ للصحافيين»: a word with «لل» (to the ...) never continues a person's name; the name ends before it;
* «ديفيد ستاف»: a foreign given name alone (the name lists' transliterations, no Arabic given name) followed by a
  rare word no list has, after a definite noun (a trade: «الراب») is that man's given name and surname;
* «مؤتمر جنيف»: a conference or summit named by its place is a meeting, no organisation («المؤتمر الشعبي العام»
  is a party: its second word is no place);
* a quoted name after the noun of a firm, a restaurant or a school («مطعم «...»», «مركز «كارتر»») or before «،
  النسخة / سلسلة ...» (the local copy of ..., a chain of ...) is the business, no person; so are its other mentions
  of the same name; one quoted definite word no name list flags («البرغر») is a thing, no person;
* «ومنطقة السيدة زينب»: a titled name right after a district's or a town's noun is the place named after the saint;
* «العقيد متقاعد طلال بكري»: the rank before a word of status (retired) is the man's role;
* after the clustering: a given name alone («الرئيس السوري بشار») before the one full name of the article opening
  with it («بشار الأسد») is that man (with his title, or near it where it has none); not one introduced as another's
  relative («شقيق الملا عمر، الملا عبد المنان»), whom the full name of another family may not be.
"""

from __future__ import annotations

from ..doc import Doc, Mention
from ..events.forms import fw_keys
from ..text.normalize import norm_key
from .coref import Cluster
from .crf import load_lexicon
from .gazetteer import Gazetteer, clitic_keys
from .kinship import kin_noun
from .mentionedits import absorb, reend
from .names import name_parts
from .units import QUOTES

_ALI = "علي"
_RARE_ZIPF10 = 30  # a word under it is rare in the news («ستاف» 24); a common word is no surname here
_MEETINGS = ("مؤتمر", "قمة")
_NEAR_CHARS = 1500  # a given name alone without a title refers ahead this far at most


def _one_person(doc: Doc, mentions: list[Mention], k: str, skip: Mention) -> bool:
    """Does another person's name of two words or more open or end on ``k``?"""
    for m in mentions:
        if m is skip or m.type != "PERSON":
            continue
        ws = [norm_key(w) for w in m.text.split()]
        if len(ws) >= 2 and k in (ws[0], ws[-1]):
            return True
    return False


def ali_fathers(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Join «منصور» and «علي ميان» (one space between) into «منصور علي ميان»."""
    by_start = {m.start: m for m in mentions if m.type == "PERSON"}
    for m in sorted(mentions, key=lambda m: m.start):
        if m.type != "PERSON" or len(m.text.split()) != 1:
            continue
        k = norm_key(m.text)
        w = gaz.name_word(k)
        if k.startswith("ال") or w is None or "g" not in w.flags:
            continue
        if m not in mentions:
            continue  # (absorbed before; asked after the pure tests above: a look through the list)
        gap = m.end
        while gap < len(doc.text) and doc.text[gap] == " ":
            gap += 1
        nxt = by_start.get(gap)
        if nxt is None or gap - m.end != 1:
            continue
        words = nxt.text.split()
        if len(words) < 2 or words[0] != _ALI or nxt not in mentions or _one_person(doc, mentions, k, nxt):
            continue
        absorb(doc, mentions, m, nxt)


def lam_lam_ends(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Cut «وانغ للصحافيين» to «وانغ»: «لل» + a noun (to the journalists) follows the name, it is no part of it."""
    for m in mentions:
        if m.type != "PERSON":
            continue
        words = m.text.split(" ")
        if len(words) < 2:
            continue
        cut = next((i for i, w in enumerate(words) if i and len(k := norm_key(w)) >= 5 and k.startswith("لل")
                    and not gaz.is_name_word(k)), None)
        if cut is None:
            continue
        reend(doc, m, m.start + len(" ".join(words[:cut]).rstrip()))


def foreign_surnames(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Widen «(الراب) ديفيد» to «ديفيد ستاف»: the rare word after a foreign given name alone is his surname."""
    freq = load_lexicon().freq
    text = doc.text
    for m in mentions:
        if m.type != "PERSON" or " " in m.text.strip():
            continue
        w = gaz.name_word(norm_key(m.text))
        if w is None or "g" in w.flags or "f" in w.flags or "n" not in w.flags:
            continue
        before = text[: m.start].rstrip().rsplit(None, 1)
        if not before or not norm_key(before[-1]).startswith("ال") or text[: m.start][-1:] != " ":
            continue
        if text[m.end : m.end + 1] != " ":
            continue
        nxt_end = m.end + 1
        while nxt_end < len(text) and text[nxt_end].isalpha():
            nxt_end += 1
        word = text[m.end + 1 : nxt_end]
        k = norm_key(word)
        if len(k) < 3 or k[0] in "وفلبك" or k.startswith("ال") or k[-1] in "اةه" or k in gaz.stop \
                or (k,) in gaz.phrases or (k,) in gaz.titles \
                or any(freq.get(v, 0) >= _RARE_ZIPF10 or (v,) in gaz.phrases for v in clitic_keys(word)):
            continue  # («أوباما كقانون»: as a law; «سعد بيدي»: with my hand; «مبارك مقصورا»: an accusative)
        if nxt_end < len(text) and not (text[nxt_end].isspace() or text[nxt_end] in "،,.؛:"):
            continue
        if any(o.start < nxt_end and m.end < o.end for o in mentions if o is not m):
            continue
        m.end = nxt_end
        m.text = text[m.start : m.end]
        m.key = norm_key(m.text)


def place_meetings(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop «مؤتمر جنيف», «مؤتمر الرياض» (a conference named by its place: a meeting) as an organisation."""
    for m in list(mentions):
        if m.type != "ORGANIZATION":
            continue
        words = m.text.split()
        if len(words) != 2 or not clitic_keys(words[0]) & {norm_key(w) for w in _MEETINGS}:
            continue
        e = gaz.phrases.get((norm_key(words[1]),))
        if e is not None and e.type == "LOCATION":
            mentions.remove(m)


def _word_before(text: str, i: int) -> str:
    parts = text[:i].rstrip().rsplit(None, 1)
    return parts[-1] if parts else ""


def _word_after(text: str, i: int) -> str:
    rest = text[i:].lstrip(" ،,").split(None, 1)
    return rest[0] if rest else ""


def _given_in(key: str, gaz: Gazetteer) -> bool:
    return any((w := gaz.name_word(k)) is not None and "g" in w.flags for k in key.split())


def quoted_businesses(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Retype «ماش دونالدز» in «ليس سوى «ماش دونالدز»، النسخة الإيرانية من ...» (and «مطعم «X»») ORGANIZATION,
    with every other person mention of the same name in the article."""
    text = doc.text
    heads = fw_keys("business_heads")
    after = fw_keys("business_copies")
    keys: set[str] = set()
    direct: list[Mention] = []
    for m in mentions:
        if m.type != "PERSON" or m.start == 0 or text[m.start - 1] not in QUOTES \
                or text[m.end : m.end + 1] not in QUOTES:
            continue
        if clitic_keys(_word_before(text, m.start - 1)) & heads \
                or norm_key(_word_after(text, m.end + 1).strip("»«\"")) in after:
            keys.add(m.key)
            direct.append(m)
    for m in mentions:
        if m.type == "PERSON" and m.key in keys and (m in direct or not _given_in(m.key, gaz)):
            m.type = "ORGANIZATION"  # (the same business named again; a man's given name spreads to no other)
            if str(m.attrs.get("gid", "")).startswith("PER:"):
                m.attrs.pop("gid")  # («مركز «كارتر»» is no link to the person «آشتون كارتر»)
                m.attrs.pop("kind", None)


def _head(m: Mention) -> str:
    words = str(m.attrs.get("head") or "").split()
    return words[0] if words else ""


def _surname(k: str, gaz: Gazetteer) -> bool:
    """Is ``k`` a family, given or Western name of the name lists, or a word they do not have at all?"""
    w = gaz.name_word(k)
    return w is None or bool(set(w.flags) & {"f", "g", "w"})


def _kin_told(text: str, m: Mention) -> bool:
    """Is the man of ``m`` introduced as another's relative: a kinship noun right after his name («عبد المنان
    الشقيق الأصغر للملا عمر», «X، نجل Y»), or one before it with that relative named between and a comma
    («شقيق الملا عمر، الملا عبد المنان»)?"""
    after = text[m.end:m.end + 40].split(".")[0].replace("،", " ").split()[:3]
    if any(kin_noun(w[2:] if w.startswith("ال") else w) for w in after if w not in ("وهو", "هو")):
        return True
    before = text[max(0, m.start - 60):m.start].split(".")[-1]
    if "،" not in before:
        return False
    head, _, tail = before.rpartition("،")
    return len(tail.split()) <= 1 and any(kin_noun(w) for w in head.split()[-4:-1])


def forward_givens(clusters: list[Cluster], gaz: Gazetteer, text: str = "") -> None:
    """«نظام (الرئيس السوري بشار)» before «الرئيس السوري بشار الأسد»: a person named by one given name alone, before
    the one person of the article whose full name opens with it, is that person (one named before is found by the
    clustering); where two persons' names open with it, or another's ends on it, it stays apart."""
    for c in list(clusters):
        if c.kind != "person" or c.gid is not None or c.fulls or not c.mentions:
            continue
        parts = {tuple(name_parts(m.text)) for m in c.mentions}
        if len(parts) != 1 or len(k := next(iter(parts))) != 1:
            continue
        (given,) = k
        first = min(m.start for m in c.mentions)
        opened = [o for o in clusters if o is not c and o.kind == "person" and o.gid is None
                  and any(f[0] == given for f in o.fulls)]
        ended = [o for o in clusters if o is not c and o.kind == "person" and any(f[-1] == given for f in o.fulls)]
        if len(opened) != 1 or ended or min(m.start for m in opened[0].mentions) < first:
            continue
        full = opened[0]
        heads = {h for m in c.mentions if (h := _head(m))}
        if heads and not heads & {_head(m) for m in full.mentions}:
            continue  # «الأمير فريدريك» is no «(الأميرالاي) فريدريك بك» named without that title
        if any(_kin_told(text, m) for m in c.mentions):
            continue  # «شقيق الملا عمر، الملا عبد المنان» is no «الملا عبد المنان نيازي», a governor
        if not heads and not any(_surname(f[-1], gaz) for f in full.fulls if f[0] == given):
            continue  # («سعد بيدي»: a word after the name read into it, no surname to be sure of)
        named = min(m.start for m in full.mentions if len(name_parts(m.text)) > 1)
        if not heads and named - max(m.start for m in c.mentions) > _NEAR_CHARS:
            continue  # («وأحمد» a child early in the story, «أحمد الطيبي» a deputy far below)
        opened[0].mentions.extend(c.mentions)
        opened[0].mentions.sort(key=lambda m: m.start)
        clusters.remove(c)


def saint_places(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«ومنطقة السيدة زينب», «حي الشيخ عثمان»: a titled name right after the noun of a district or a town is the
    place named after the saint or the sheikh, no person; the mention covers the title."""
    heads = fw_keys("locative_place_heads")
    text = doc.text
    for m in mentions:
        if m.type != "PERSON":
            continue
        title = _word_before(text, m.start)
        if not title or (norm_key(title),) not in gaz.titles or not text[: m.start].endswith(title + " "):
            continue
        t_start = m.start - len(title) - 1
        if not clitic_keys(_word_before(text, t_start)) & heads or not text[:t_start].endswith(" "):
            continue
        if any(o is not m and o.start < m.start and t_start < o.end for o in mentions):
            continue
        m.type = "LOCATION"
        m.start = t_start
        m.text = text[m.start : m.end]
        m.key = norm_key(m.text)
        m.attrs.pop("head", None)


def retired_ranks(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«العقيد متقاعد طلال بكري»: a rank, then a word of status (retired), then the name: the rank is his role."""
    status = fw_keys("retired_words")
    text = doc.text
    for m in mentions:
        if m.type != "PERSON" or m.attrs.get("role"):
            continue
        word = _word_before(text, m.start)
        if norm_key(word) not in status or not text[: m.start].endswith(word + " "):
            continue
        w_start = m.start - len(word) - 1
        rank = _word_before(text, w_start)
        if not rank or (norm_key(rank),) not in gaz.titles or not text[:w_start].endswith(rank + " "):
            continue
        m.attrs["role"] = rank
        m.attrs.setdefault("head", rank)


def quoted_common_nouns(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Drop «البرغر» (روائح «البرغر»: the burger) as a person: one definite word in quotes that no name list flags as
    a given, family or Western name, and no lexicon entry, is a thing named, no one."""
    text = doc.text
    dropped: set[str] = set()
    for m in list(mentions):
        if m.type != "PERSON" or " " in m.text.strip() or m.attrs.get("gid") or m.start == 0 \
                or text[m.start - 1] not in QUOTES or text[m.end : m.end + 1] not in QUOTES:
            continue
        k = norm_key(m.text)
        w = gaz.name_word(k)
        if k.startswith("ال") and (w is None or not w.flags) and (k,) not in gaz.phrases:
            dropped.add(m.key)
    for m in list(mentions):  # (the same word unquoted elsewhere in the article is that thing again)
        if m.type == "PERSON" and m.key in dropped and not m.attrs.get("gid"):
            mentions.remove(m)


_PHRASE_ZIPF10 = 20  # each word of a quoted common phrase, with or without its article («الصدوع»: 24)
_PHRASE_MAX_WORDS = 4


def common_phrase(words: list[str], gaz: Gazetteer) -> bool:
    """Are ``words`` a phrase of Arabic common words: one definite at least, each frequent (with or without its
    article), none a given or family name of a list (a Western transliteration alone, «راب», counts as none) nor
    a listed name, the first no country adjective?"""
    freq = load_lexicon().freq
    keys = [norm_key(w) for w in words]
    if not 1 <= len(keys) <= _PHRASE_MAX_WORDS or not any(k.startswith("ال") for k in keys) or keys[0] in gaz.nisba:
        return False
    for k in keys:
        w = gaz.name_word(k)
        if not k.isalpha() or (w is not None and any(f in w.flags for f in "gf")) or (k,) in gaz.phrases \
                or max(freq.get(k, 0), freq.get(k.removeprefix("ال"), 0)) < _PHRASE_ZIPF10:
            return False
    return True


def named_thing_before(text: str, start: int) -> bool:
    """Does the word before the opening mark at ``start`` call what the marks hold a name: a noun of a named thing
    («عملية», «برنامج», «مقالته», «باسم»: ``quoted_thing_heads``) or a definite word the name stands in apposition
    to («العملة المحلية «البوليفار»», «القول المأثور «...»»), also before a preposition alone («المؤتمر الأول
    لـ«...»»), or a list of names in marks round it («و«X» و«Y»»)? «و», a preposition after an indefinite word
    («محاولة هامة لـ«رأب الصدوع»») or an indefinite common noun («مشكلة», «هدف», «دعم») is none."""
    words = text[max(0, start - 40) : start].split()
    if words and len(norm_key(words[-1].rstrip("ـ"))) <= 1:
        if words[-1] == "و" and len(words) > 1 and words[-2].rstrip("،,")[-1:] in QUOTES \
                or text[start + 1 : start + 200].split("»", 1)[-1].lstrip().startswith(("و«", "، «", "،«")):
            return True  # («و«مدافعي حقوق الإنسان» و«...»»: a list of names in marks)
        words = words[:-1]  # «المؤتمر الأول لـ«...»»: the word before the preposition
    if not words:
        return False
    keys = clitic_keys(words[-1].rstrip("،,"))
    return bool(keys & fw_keys("quoted_thing_heads")) or any(k.startswith("ال") for k in keys)


def quoted_common_phrases(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Round ents90: drop the tagger's MISC in quotation marks that is a phrase of common words used as one
    (:func:`common_phrase`), no name of a thing: «محاولة لـ«رأب الصدوع»» (to mend the rifts), «مشكلة «لاجئي
    القوارب»», «هدف «فك الارتباط»», «دعم «الشركاء الخليجيين»»; not where a noun of a named thing or a definite
    word stands before the marks («عملية «درع الصحراء»», «برنامج «اجتثاث البعث»»), nor a name the article writes
    so elsewhere (every mention of that key must be such a phrase), nor a loanword («ويندوز»: no article)."""
    text = doc.text
    common: set[str] = set()
    named: set[str] = set()
    for m in mentions:
        if m.type != "MISC" or m.source != "model" or m.attrs.get("gid"):
            continue
        quoted = m.start > 0 and text[m.start - 1] in QUOTES and text[m.end : m.end + 1] in QUOTES
        if quoted and common_phrase(m.text.split(), gaz) and not named_thing_before(text, m.start - 1):
            common.add(m.key)
        else:
            named.add(m.key)
    drop = common - named
    if drop:
        mentions[:] = [m for m in mentions if not (m.type == "MISC" and m.key in drop and not m.attrs.get("gid"))]


def lam_givens(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Widen «(السنغالي ل)أمين دياك» to «لأمين دياك» (round 78): the «ل» a person's name was cut after is the first
    letter of his given name when the whole word is a given name of ``lam_initial_givens`` («لامين», «لاري»),
    a surname follows in the mention (no «ال» word: «لأمين الجميل» is «لـ» + a name) and the word before is his
    nationality or a title, or nothing (a «لـ» of a preposition needs a word that governs it)."""
    givens = fw_keys("lam_initial_givens")
    text = doc.text
    for m in mentions:
        if m.type != "PERSON" or m.start < 1 or text[m.start - 1] != "ل":
            continue
        if m.start >= 2 and not (text[m.start - 2].isspace() or text[m.start - 2] in "،,(«"):
            continue
        words = m.text.split()
        if len(words) < 2 or norm_key(words[1]).startswith("ال") or norm_key("ل" + words[0]) not in givens:
            continue
        before = text[: m.start - 1].rstrip().rsplit(None, 1)
        if before and before[-1][-1:].isalpha():
            k = norm_key(before[-1])
            if k not in gaz.nisba and (k,) not in gaz.titles:
                continue
        m.start -= 1
        m.text = text[m.start : m.end]
        m.key = norm_key(m.text)

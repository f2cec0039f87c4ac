"""Person names the tagger cut short or left out, closed by the words that follow them:

* a Western initial with its full stop before the family name: «جوزيف إل. فوتيل» (not «جوزيف إل»);
* a lone given name before a family name too rare for a common word: «منصور الوابلي» (not «منصور»);
* a lone given name before an indefinite word no list and no lexicon knows, speech («بأن», «إن») or «،» after
  it: «وصرح إبراهيم عزازبة بأن» (not «فهد ليخلفه»: a proclitic's letter opens it);
* a lone given name before a listed name word written with a dotted final «ي» that only the verb spelled «ى»
  makes a function word («سمير التقي» beside the verb «التقى»), in an article that writes «ى», when speech
  («إن», «:») or «،» follows the pair;
* after a masdar of appointment, a given name and a family name nobody tagged: «وتعيين محمد المسهر على وظيفة
  سفير» is a person named in the decree;
* round en421: a lone given name and one name word after it, an item of a list of persons' names («،» on each side,
  a name of two words right before or after it: «، واصل الشمالي، هيثم رحمة، حسان الهاشمي،»): that word is his
  family name, though a common noun («رحمة»);
* round en421: a lone family name after a given name nobody tagged («جهاد مغنية») where the article names another
  man of that family by another given name («ابن القيادي عماد مغنية»): the given name is his, two men, not one.

A span is widened or added only over words no other mention covers.
"""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .dockeys import doc_keys
from .gazetteer import INITIALS, Gazetteer
from .crf import load_lexicon
from .namerun import given_and_family
from .units import overlapping

_PUNCT = "«»\"()،,.:؛!?؟"
_PROCLITICS = "وبلكف"
_SPEECH = frozenset(norm_key(w) for w in ("بأن", "إن", "أن"))
RARE_WORD_ZIPF10 = 15  # a word under it no list knows is a family name here («عزازبة»: absent)


def _family(g: Gazetteer, given: str, k: str) -> bool:
    w = g.name_word(k)
    return given_and_family(g, given, k) or (
        k.startswith("ال") and w is not None and "f" in w.flags and "c" not in w.flags and k not in g.nisba)


def _dotted_ya(doc: Doc, gaz: Gazetteer, given: str, toks: list[Token], i: int) -> bool:
    """«سمير التقي إن»: see the module's doc; not «سمير التقى» (the verb) nor an article writing «ي» for «ى»."""
    word = toks[i].text.rstrip(_PUNCT)
    g, w = gaz.name_word(norm_key(given)), gaz.name_word(norm_key(word))
    if g is None or "g" not in g.flags or w is None or not ({"g", "f"} & set(w.flags)) or "c" in w.flags:
        return False
    if not (word.startswith("ال") and word.endswith("ي") and norm_key(word) in gaz.stop and "ى" in doc.text):
        return False
    after = doc.text[toks[i].start + len(word) :].lstrip(" ")
    return after[:1] in ("،", ":", ",") or norm_key(after.split(maxsplit=1)[0] if after else "") in ("ان",)


def _rare_before_speech(doc: Doc, gaz: Gazetteer, given: str, toks: list[Token], i: int) -> bool:
    """«وصرح إبراهيم عزازبة بأن»: an indefinite word no list and no lexicon knows (rare, of no proclitic's letter)
    after a given name, speech («بأن», «إن», «أن») or «،»/«:» right after it (round ents87)."""
    g = gaz.name_word(norm_key(given))
    word = toks[i].text.rstrip(_PUNCT)
    k = norm_key(word)
    if g is None or "g" not in g.flags or not word.isalpha() or len(k) < 4 or k[:1] in _PROCLITICS \
            or k.startswith("ال") or gaz.name_word(k) is not None or k in gaz.stop or k in gaz.nisba \
            or (k,) in gaz.titles or (k,) in gaz.phrases or load_lexicon().freq.get(k, 0) >= RARE_WORD_ZIPF10:
        return False
    after = doc.text[toks[i].start + len(word) :].lstrip(" ")
    return after[:1] in ("،", ":", ",") or norm_key(after.split(maxsplit=1)[0] if after else "") in _SPEECH


_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")


def _after_leader_pronoun(doc: Doc, gaz: Gazetteer, m: Mention, k: str) -> bool:
    """«على يد كبيرهم حسن البنا»: a lone given name after a leader's or a kinsman's noun with a pronoun
    (``leader_nouns_for_pronoun`` + «ـهم», «ـه», «ـها») and before a definite word a name list has as written (no
    country adjective, ordinal, title or function word): that word is his family name (round ents90; not «نجله
    يعقوب البالغ 26 عاما», an adjective no list has)."""
    g = gaz.name_word(norm_key(m.text))
    before = doc.text[max(0, m.start - 20) : m.start].split()
    if g is None or "g" not in g.flags or not before or doc.text[m.start - 1 : m.start] != " ":
        return False
    prev = norm_key(before[-1]).removeprefix("و")
    suffix = next((p for p in _PRONOUNS if prev.endswith(p)), None)
    if suffix is None or prev[: -len(suffix)] not in fw_keys("leader_nouns_for_pronoun"):
        return False
    return k.startswith("ال") and len(k) >= 5 and k.isalpha() and gaz.names.get(k) is not None \
        and k not in gaz.stop and k not in gaz.nisba and (k,) not in gaz.titles and (k,) not in gaz.phrases \
        and k not in fw_keys("unit_ordinals")


def _listed_before_role(gaz: Gazetteer, toks: list[Token], i: int) -> bool:
    """«(محمد يحيى) مكتبي أمينا عاما»: ``toks[i]``, after a name of two words or more, is an indefinite word of a
    name list (no common word, country adjective, title or function word) and an office in the accusative
    (``appointed_role_accusatives``: «أمينا», «نائبا», «رئيسا») follows it: the name's last word, before the
    office he is named to (round ents90; not «محمد يحيى أمينا عاما», nor «... نائب أمينا»)."""
    t = toks[i]
    k = t.norm_key
    w = gaz.name_word(k)
    return t.text.isalpha() and not k.startswith("ال") and len(k) >= 3 and w is not None and "c" not in w.flags \
        and k not in gaz.stop and k not in gaz.nisba and (k,) not in gaz.titles and (k,) not in gaz.phrases \
        and toks[i + 1].norm_key in fw_keys("appointed_role_accusatives")


def _listed_between(doc: Doc, gaz: Gazetteer, mentions: list[Mention], m: Mention, nxt: Token) -> bool:
    """Is the lone given name ``m`` an item of a list of persons' names, the word ``nxt`` after it ending the item:
    «،» before ``m`` and right after ``nxt``, and a person's name of two words or more right before the first or
    after the second (or «و» and one); ``nxt`` a name word or a rare word, no title, country adjective or listed
    name?"""
    g = gaz.name_word(norm_key(m.text))
    k = nxt.norm_key
    if g is None or "g" not in g.flags or not nxt.text.isalpha() or k.startswith("ال") or k in gaz.nisba \
            or (k,) in gaz.titles or (k,) in gaz.phrases \
            or (gaz.name_word(k) is None and load_lexicon().freq.get(k, 0) >= RARE_WORD_ZIPF10):
        return False
    before = doc.text[max(0, m.start - 2) : m.start]
    after = doc.text[nxt.end : nxt.end + 2]
    if before not in ("، ", ", ") or after not in ("، ", ", "):
        return False
    names = [x for x in mentions if x.type == "PERSON" and len(x.text.split()) >= 2]
    return any(x.end == m.start - 2 for x in names) or any(x.start in (nxt.end + 2, nxt.end + 3) for x in names)


def _other_given(doc: Doc, gaz: Gazetteer, mentions: list[Mention], m: Mention, prev: Token) -> bool:
    """Is ``prev``, right before the lone family name ``m``, a given name (no clitic, no title) other than the
    first name of a person of that family the article names («جهاد مغنية» beside «عماد مغنية»)? Not a given name
    that is also a common word («لقاء أوباما», «يعرب»: a verb; «على» unless written «علي» in an article writing
    «ى»), nor before a family word that is itself a given name («خليفة عمر»: Omar's successor)."""
    g, f = gaz.name_word(prev.norm_key), gaz.name_word(m.key)
    if g is None or "g" not in g.flags or not prev.text.isalpha() or prev.norm_key in gaz.stop \
            or (prev.norm_key,) in gaz.titles or doc.text[prev.end : m.start] != " " \
            or ("c" in g.flags and not (prev.text.endswith("ي") and "ى" in doc.text)) \
            or (f is not None and "g" in f.flags):
        return False
    return any(x.type == "PERSON" and len(w := x.text.split()) == 2 and norm_key(w[1]) == m.key
               and norm_key(w[0]) != prev.norm_key and gaz.name_word(norm_key(w[0])) is not None
               for x in mentions if x is not m)


_AL = norm_key("آل")  # «آل خليفة»: with the «family_prefixes» («البو عينين»), a family name of two words (en885)


def _given_before_family(gaz: Gazetteer, toks: list[Token], p: int) -> bool:
    """Is token ``p`` a man's given name («فضل») right before a family name of two words the tagger read alone, with
    the end of a description before it («الخبير الاقتصادي»: a definite word, no function word) or a title's word?
    Not a common word after anything else («حكم آل سعود»: their rule)."""
    k = toks[p].norm_key
    w = gaz.name_word(k)
    if w is None or "g" not in w.flags or k.startswith("ال") or (k,) in gaz.titles or k in gaz.stop or p == 0:
        return False
    before = toks[p - 1].norm_key
    return before.startswith("ال") and len(before) > 3 and before not in gaz.stop or (before,) in gaz.titles


def widen_persons(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Widen the tagger's short person names and add the appointed (see the module's doc)."""
    toks = doc.tokens
    at = {t.start: i for i, t in enumerate(toks)}
    at_end = {t.end: i for i, t in enumerate(toks)}
    for m in mentions:
        if m.type != "PERSON" or m.source not in ("model", "title"):
            continue
        words = m.text.split()
        i = at.get(m.end + 1) if doc.text[m.end : m.end + 1] == " " else None
        if len(words) >= 2 and norm_key(words[-1]) in INITIALS and doc.text[m.end : m.end + 2] == ". ":
            i = at.get(m.end + 2)  # «جوزيف إل. فوتيل»
            if i is None:
                continue
            nxt = toks[i]
            k = norm_key(nxt.text.rstrip(_PUNCT))
            if not k or k in gaz.stop or (k,) in gaz.titles or k.startswith("ال") or overlapping(mentions, nxt.start, nxt.end):
                continue
            m.end = nxt.start + len(nxt.text.rstrip(_PUNCT))
        elif len(words) == 1 and (p := at_end.get(m.start - 1)) is not None and _other_given(doc, gaz, mentions, m,
                                                                                           toks[p]) \
                and not overlapping(mentions, toks[p].start, toks[p].end):
            m.start = toks[p].start  # «جهاد مغنية»: his own given name, not «عماد مغنية»'s family name alone
        elif len(words) == 1 and i is not None and not norm_key(words[0]).startswith("ال"):  # («الدين» of «رجل الدين»)
            nxt = toks[i]
            k = norm_key(nxt.text.rstrip(_PUNCT))
            if not (_family(gaz, norm_key(words[0]), k) or _dotted_ya(doc, gaz, words[0], toks, i)
                    or _rare_before_speech(doc, gaz, words[0], toks, i) or _after_leader_pronoun(doc, gaz, m, k)
                    or _listed_between(doc, gaz, mentions, m, nxt)) \
                    or overlapping(mentions, nxt.start, nxt.end):
                continue
            m.end = nxt.start + len(nxt.text.rstrip(_PUNCT))  # «منصور الوابلي»
        elif len(words) >= 2 and (norm_key(words[0]) == _AL or norm_key(words[0]) in fw_keys("family_prefixes")) and (p := at_end.get(m.start - 1)) is not None \
                and _given_before_family(gaz, toks, p) and not overlapping(mentions, toks[p].start, toks[p].end):
            m.start = toks[p].start  # «الخبير الاقتصادي فضل البو عينين»: his given name before the family's
        elif len(words) >= 2 and i is not None and i + 1 < len(toks) and _listed_before_role(gaz, toks, i) \
                and not overlapping(mentions, toks[i].start, toks[i].end):
            m.end = toks[i].end  # «محمد يحيى مكتبي أمينا عاما»: the family name before the office he is named to
        else:
            continue
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)
        m.attrs["widened_by"] = "family"
    masdars = fw("appointment_masdars")
    if masdars.isdisjoint(doc_keys(doc)):
        return  # (no appointment's masdar in the document: see .dockeys)
    for i, t in enumerate(toks[:-2]):
        if t.norm_key not in masdars:
            continue
        given, fam = toks[i + 1], toks[i + 2]
        g_key, f_key = given.norm_key, norm_key(fam.text.rstrip(_PUNCT))
        w = gaz.name_word(g_key)
        if w is None or "g" not in w.flags or any(ch in _PUNCT for ch in given.text) or not _family(gaz, g_key, f_key):
            continue
        end = fam.start + len(fam.text.rstrip(_PUNCT))
        if overlapping(mentions, given.start, end):
            continue
        text = doc.text[given.start : end]
        mentions.append(Mention(given.start, end, text, "PERSON", "appointed", norm_key(text), None, {}))

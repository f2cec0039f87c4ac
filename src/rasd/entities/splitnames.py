"""Person spans after the tagger (called by :mod:`.stage`): a name split in two, a «و» kept on a name, a first name
«علي» left out, and two spans that are no name at all.

- «رياك | مشار»: two persons with only a space between them, whose joined text the article writes as one person
  elsewhere, are that one name; «حسين | امير | عبداللهيان»: a given name, «أمير» (a Persian middle name, not the
  title, which is definite or followed by its place) and a person are one name;
- «وكوتون», «وشحاتو»: a person's span opening with «و» whose rest is a word of another person the article
  names without it is «و» + that name;
- «الرضيع علي | دوابشة»: «علي» before a one-word person, where the article writes «علي ... دوابشة» as one
  person, is his first name;
- «للشقيقتين سارة وياسمين», «السابقان زيكو ومارادونا» (round ents93): a name run of the tagger or the rules
  over «و» + a name word, where the word with its «و» is no name of any list («وليد», «وزيري» are) and a dual or
  plural noun before it or a relative after it («اللتين») says it is two, is two persons, split at the «و»;
- «علی»: the preposition «على» (or «إلى», «لدى») written with the Persian «ی» is no «علي» (list
  ``persian_ye_particles``); «حفيد المرشد»: a kinship noun (``kin_nouns``) and a frequent definite word that no other person's
  name in the article has is a description, not a name."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw, fw_keys  # data only (closed word lists), no stage
from ..text.normalize import norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer

_PERSIAN_YE = "\u06cc"
COMMON_ZIPF10 = 40  # «المرشد» 40: a common noun or title, whatever name lists hold it
_AMIR = frozenset(("امير", "أمير"))  # as written: «الأمير», «لأمير» are the title


def set_span(doc: Doc, m: Mention, start: int, end: int) -> None:
    m.start, m.end = start, end
    m.text = doc.text[start:end]
    m.key = norm_key(m.text)


def _spaced(doc: Doc, a: int, b: int) -> bool:
    return a < b and doc.text[a:b].isspace()


def person_spans(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Mend the person spans described in the module's docstring, in ``mentions``."""
    _not_names(doc, mentions)
    _conjoined(doc, mentions, gaz)
    _strip_conjunction(doc, mentions)
    _join_split(doc, mentions, gaz)
    _first_ali(doc, mentions)


def persian_particle(text: str) -> bool:
    """«علی»: a preposition written with the Persian «ی», no name."""
    return text.endswith(_PERSIAN_YE) and " " not in text and norm_key(text) in fw("persian_ye_particles")


def cover_particles(doc: Doc, covered: bytearray) -> None:
    """Mark the Persian-spelled prepositions as covered, so that no name part alone is read there («علی»)."""
    for t in doc.tokens:
        if persian_particle(t.text):
            covered[t.start : t.end] = b"\x01" * (t.end - t.start)


def _not_names(doc: Doc, mentions: list[Mention]) -> None:
    kin = fw("kin_nouns")
    named = {w for m in mentions if m.type == "PERSON" and len(m.text.split()) > 1
             and norm_key(m.text.split()[0]) not in kin for w in m.text.split()}
    ends = {t.end: t for t in doc.tokens}
    for m in list(mentions):
        if m.type != "PERSON":
            continue
        words = m.text.split()
        if persian_particle(m.text):
            mentions.remove(m)  # «علی أن»: «على»
            continue
        if len(words) == 1 and _lasting_verb(doc, m, ends):
            mentions.remove(m)  # round 175: «بعد حصار دام أشهرا»: the verb «lasted», no name
            continue
        if len(words) == 2 and norm_key(words[0]) in kin:
            word = words[1]
        else:
            k = m.start
            while k > 0 and doc.text[k - 1].isspace():
                k -= 1
            prev = ends.get(k) if k < m.start else None
            word = words[0] if len(words) == 1 and prev is not None and prev.norm_key in kin else ""
        if word.startswith("ال") and load_lexicon().freq.get(norm_key(word), 0) >= COMMON_ZIPF10 \
                and word not in named:
            mentions.remove(m)  # «حفيد المرشد»: a relative of a title or common noun (not «ابن»: «ابن خلدون»;
            # not «نجل القذافي» where the article names «معمر القذافي»)


def _conjoined(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«للشقيقتين سارة وياسمين» → «سارة», «ياسمين»: a person run (the tagger's or a Western name run) with a word
    inside it that is «و» + a name word and no name with the «و» (nor a title or function word) is two persons."""
    for m in list(mentions):
        if m.type != "PERSON" or m.source not in ("model", "names") or " و" not in m.text \
                or not _told_as_two(doc, m, gaz):
            continue
        at = m.start
        for w in m.text.split(" ")[1:]:
            at = doc.text.index(w, at + 1)
            whole, rest = norm_key(w), norm_key(w[1:])
            if not w.startswith("و") or len(rest) < 3 or gaz.name_word(whole) is not None \
                    or (whole,) in gaz.titles or whole in gaz.stop or not gaz.is_name_word(rest):
                continue
            first = Mention(m.start, at, "", "PERSON", m.source, "", None, dict(m.attrs))
            set_span(doc, first, m.start, at)
            while first.end > first.start and doc.text[first.end - 1].isspace():
                set_span(doc, first, first.start, first.end - 1)
            set_span(doc, m, at + 1, m.end)
            m.attrs.pop("role", None)  # (a title before the run is the first man's)
            mentions.append(first)
            break


def _told_as_two(doc: Doc, m: Mention, gaz: Gazetteer) -> bool:
    """Does the text say ``m`` is more than one person: a definite dual or plural noun right before it
    («للشقيقتين», «السابقان») or a dual or plural relative right after it («اللتين»)? (Without it, «أن شوداري
    ورحمان» may be one man's name: round 80.)"""
    words = doc.text[max(0, m.start - 30) : m.start].split()
    if words:
        k = norm_key(words[-1].strip("،,«»()"))
        k = k[1:] if k.startswith("لل") else k
        if k.startswith("ال") and k.endswith(("ان", "ين")) and (k,) not in gaz.phrases and len(k) > 5:
            return True
    after = doc.text[m.end : m.end + 20].split()
    return bool(after) and norm_key(after[0]) in fw_keys("plural_relatives")


def _lasting_verb(doc: Doc, m: Mention, ends: dict[int, Token]) -> bool:
    """The one-word name ``m`` is a verb of lasting (function words ``lasting_verbs``: «دام», «استمر») right after a
    noun and before a span of time (function words ``span_words``: «أشهرا», «ساعتين») or a number."""
    if norm_key(m.text) not in fw_keys("lasting_verbs"):
        return False
    k = m.start
    while k > 0 and doc.text[k - 1].isspace():
        k -= 1
    if ends.get(k) is None:
        return False
    nxt = next((t for t in doc.tokens if t.start >= m.end), None)
    if nxt is None:
        return False
    return nxt.text[:1].isdigit() or nxt.norm_key in fw_keys("span_words")


def _strip_conjunction(doc: Doc, mentions: list[Mention]) -> None:
    words = {w for m in mentions if m.type == "PERSON" and not m.text.startswith("و") for w in m.text.split()}
    heads = fw_keys("facility_place_heads")
    for m in mentions:
        first = m.text.split()[0] if m.text.split() else ""
        if not first.startswith("و") or len(first) < 3 or first in words:
            continue
        if m.type == "PERSON" and len(first) > 3 and first[1:] in words or norm_key(first[1:]) in heads and len(m.text.split()) > 1:
            set_span(doc, m, m.start + 1, m.end)  # «وكوتون» after «توم كوتون»; «وتل مسعود»: a place's head


def _join_split(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    persons = sorted((m for m in mentions if m.type == "PERSON"), key=lambda m: m.start)
    full = {m.text for m in persons if len(m.text.split()) > 1}
    toks = {t.start: t for t in doc.tokens}
    for a, b in zip(persons, persons[1:]):
        if b.start < a.end:
            continue
        joined = _spaced(doc, a.end, b.start) and doc.text[a.start : b.end] in full
        if not joined:
            mid = _next_token(doc, toks, a.end)
            joined = mid is not None and mid.text in _AMIR and _spaced(doc, a.end, mid.start) \
                and _spaced(doc, mid.end, b.start) and len(a.text.split()) == 1 and _given(gaz, a.text)
        if joined and a in mentions:  # (a taken by the pair before: asked last, a look through the list)
            set_span(doc, a, a.start, b.end)
            mentions.remove(b)


def _next_token(doc: Doc, toks: dict[int, Token], end: int) -> Token | None:
    k = end
    while k < len(doc.text) and doc.text[k].isspace():
        k += 1
    return toks.get(k)


def _given(gaz: Gazetteer, word: str) -> bool:
    w = gaz.name_word(norm_key(word))
    return w is not None and "g" in w.flags


def _first_ali(doc: Doc, mentions: list[Mention]) -> None:
    alis = {m.text.split()[-1] for m in mentions if m.type == "PERSON" and m.text.startswith("علي ")}
    toks = sorted(doc.tokens, key=lambda t: t.start)
    ends = {t.end: t for t in toks}
    for m in mentions:
        if m.type != "PERSON" or " " in m.text or m.text not in alis:
            continue
        k = m.start
        while k > 0 and doc.text[k - 1].isspace():
            k -= 1
        ali = ends.get(k)
        if ali is None or ali.text != "علي" or k == m.start:
            continue
        if any(o.start < ali.end and ali.start < o.end for o in mentions):
            continue
        set_span(doc, m, ali.start, m.end)  # «الرضيع علي دوابشة» after «علي سعد دوابشة»

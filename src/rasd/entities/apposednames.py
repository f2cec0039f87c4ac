"""A person named by one word in apposition to his role, after the tagger (called by :mod:`.stage`), round 51:
«وقائد الحرس الثوري، نقدي، ...» (the role, «،», the name between commas) and «تحدث صالحي، حاكم خراسان» / «تعذيب
الساعدي، النجل الثالث للعقيد» (the name, «،», a role or a kin noun). The word is a listed name word (family name or
seen in a name list: no common word, function word, title, country adjective or listed place) that no mention
holds; a role the rules read (:class:`.units.TitleHit`) with no name of its own. A frequent word the tagger took as
the given name of a surname the article gives another man's given name («أسباب نجاح كوربين») is left out of it."""

from __future__ import annotations

from ..doc import Doc, Mention, Token
from ..events.forms import fw  # data only (closed word lists), no stage
from ..text.normalize import COMMAS as _COMMAS, norm_key
from .crf import load_lexicon
from .gazetteer import Gazetteer
from .units import Found, PARTICLES, gap

_ENDS = ("،", ",", ".", "(", ")", "؛", ":")
MIN_NAME = 4  # letters: «نقدي», «صالحي»
MAX_GIVEN = 3  # words of given names taken before it («عبد الحكيم»)
_GIVEN_PARTS = frozenset({"عبد", "ابو", "بن", "ابن", "الله"})


def _name(tok: Token, gaz: Gazetteer) -> bool:
    if not tok.text.isalpha():
        return False  # (the cheap test first: most tokens fail it or the name word)
    k = tok.norm_key
    w = gaz.name_word(k)
    return tok.text.isalpha() and len(k) >= MIN_NAME and w is not None and "c" not in w.flags \
        and ("f" in w.flags or "n" in w.flags) and k not in gaz.stop and (k,) not in gaz.titles \
        and k not in gaz.nisba and (k,) not in gaz.phrases and k.removeprefix("ال") not in gaz.nisba


def _given(tok: Token, gaz: Gazetteer) -> bool:
    """A given name's word («الحكيم», «محمد») or a particle of one («عبد», «أبو»)."""
    k = tok.norm_key
    w = gaz.name_word(k)
    return tok.text.isalpha() and w is not None and ("g" in w.flags or k in _GIVEN_PARTS) and k not in gaz.stop \
        and (k,) not in gaz.titles and (k,) not in gaz.phrases


def apposed_surnames(doc: Doc, found: Found, mentions: list[Mention], gaz: Gazetteer) -> None:
    """Add the one-word names apposed to a role that has no name of its own."""
    toks = doc.tokens
    roles = [t for t in found.titles if t.person is None]
    ends = {t.end for t in roles}
    starts = {t.start for t in roles}
    kin = fw("kinship_nouns")
    taken = [(m.start, m.end) for m in mentions]
    for i in range(2, len(toks) - 2):
        t = toks[i]
        if toks[i - 1].text not in _COMMAS and toks[i + 1].text not in _COMMAS:
            continue  # (no «،» on either side: neither reading below holds)
        if not _name(t, gaz) or any(s < t.end and t.start < e for s, e in taken):
            continue  # (the cheap word test first: most tokens are no name word)
        before = toks[i - 1].text in _COMMAS and toks[i - 2].end in ends and toks[i + 1].text in _ENDS
        nxt = toks[i + 2]
        after = toks[i + 1].text in _COMMAS and gap(doc, toks[i], toks[i + 1]) and (
            nxt.start in starts or nxt.norm_key.removeprefix("ال") in kin) \
            and toks[i - 1].end not in ends  # (after a role, the name is the role's: read by the rules)
        prev = next((m for m in mentions if m.type == "PERSON" and m.end == toks[i - 1].end), None)
        if after and prev is not None and gap(doc, toks[i - 1], t) \
                and all(_given(w, gaz) for w in toks if prev.start <= w.start < prev.end):
            prev.end = t.end  # «عبد الحكيم مجاهد» where the tagger read the given names alone
            prev.text = doc.text[prev.start : prev.end]
            prev.key = norm_key(prev.text)
            taken.append((prev.start, prev.end))
        elif before or after:
            k = i
            while after and k > 0 and i - k < MAX_GIVEN and _given(toks[k - 1], gaz) \
                    and gap(doc, toks[k - 1], toks[k]) \
                    and not any(s < toks[k - 1].end and toks[k - 1].start < e for s, e in taken):
                k -= 1  # «عبد الحكيم مجاهد، العضو»: his given names before it
            start = toks[k].start
            text = doc.text[start : t.end]
            mentions.append(Mention(start, t.end, text, "PERSON", "pattern", norm_key(text), None, {}))
            taken.append((start, t.end))


FREQUENT_ZIPF10 = 45  # «نجاح» 47 (success): a word more often a noun than a given name


def common_first_words(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«أسباب نجاح كوربين»: a person of two words the tagger read, whose first is a frequent word that is no listed
    given name and whose last is the surname of a person named before it («جيريمي كوربين»), is that surname:
    the first word is a noun before it (the success of Corbyn)."""
    freq = load_lexicon().freq
    persons = [m for m in mentions if m.type == "PERSON" and len(m.text.split()) >= 2]
    for m in persons:
        words = m.text.split()
        if m.source != "model" or len(words) != 2:
            continue
        first, last = norm_key(words[0]), norm_key(words[1])
        w = gaz.name_word(first)
        if freq.get(first, 0) < FREQUENT_ZIPF10 or w is not None and "g" in w.flags or first in PARTICLES \
                or first in _GIVEN_PARTS or first == "ابي":  # («أبي قتادة»: «أبو» after a genitive)
            continue
        if any(o.start < m.start and norm_key(o.text.split()[-1]) == last
               and first not in {norm_key(x) for x in o.text.split()} for o in persons):  # (not «بليغ أبو كلل»)
            m.start = m.end - len(words[1])
            m.text = doc.text[m.start : m.end]
            m.key = norm_key(m.text)


def given_before_place(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> None:
    """«عامي ايالون»: a word the tagger alone read as a place (no listed place, a name-list word) right after a
    Western given name no mention holds (no particle: «لآل كاسترو») is that man's surname: the two are a person."""
    toks = doc.tokens
    ends = {t.end: i for i, t in enumerate(toks)}
    starts = {t.start: i for i, t in enumerate(toks)}
    for m in mentions:
        i = starts.get(m.start)
        if m.type != "LOCATION" or m.source != "model" or "gid" in m.attrs or " " in m.text or not i \
                or ends.get(m.end) != i or not gap(doc, toks[i - 1], toks[i]):
            continue
        prev, k = toks[i - 1], norm_key(m.text)
        pk, w, pw = prev.norm_key, gaz.name_word(k), gaz.name_word(prev.norm_key)
        if w is None or "n" not in w.flags or pw is None or "w" not in pw.flags or not prev.text.isalpha() \
                or pk in PARTICLES or pk[1:] in PARTICLES or pk in gaz.stop or (pk,) in gaz.titles \
                or (pk,) in gaz.phrases or pk in gaz.nisba \
                or any(o.start < prev.end and prev.start < o.end for o in mentions):
            continue
        m.start, m.type = prev.start, "PERSON"
        m.text = doc.text[m.start : m.end]
        m.key = norm_key(m.text)

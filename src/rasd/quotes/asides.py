"""Asides, for the ``quotes`` stage. «According to» set off inside a verb cue: «وقال فلان، بحسب ما نقلت عنه وكالة
الأناضول، إن ...» — the aside between the subject and «إن» names where the words were heard, no quote of its own: the
verb before it keeps its speaker and what follows «إن». The writer's asides: «والجدير ذكره أن», «مما يؤكد أن» — the
writer notes a fact, or a fact confirms one; no one speaks."""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc
from ..events.chunks import is_function_word
from ..events.forms import fw, fw_keys, nkey
from .carry import EARLIER
from .cues import COMPLEMENT_WINDOW, QUOTE_MARK, Cue, is_complementizer
from .content import stop_mark
from .speakers import impersonal_subject

ASIDE_REACH = 14  # tokens of an «according to» aside, from its opening comma to its closing one


def according_asides(doc: Doc, cues: Sequence[tuple[int, Cue]]) -> set[int]:
    """The tokens of the cues inside an «according to» aside (an «according» cue right after a comma, a comma and
    «أن/إن» closing it within ASIDE_REACH tokens) that follows a verb cue and its subject before its «أن/إن»,
    with no stop, quote mark or «أن/إن» between the verb and the aside. The aside closes too at «أن/إن» with no comma
    before it («وأضاف البيان، بحسب وكالة الأنباء الألمانية أن»); one a comma closes with no «أن/إن» after it stays
    a quote of its own (tests/test_quotes_realnews31.py)."""
    at = {t: cue for t, cue in cues}
    out: set[int] = set()
    for t, cue in cues:
        if cue.kind != "verb" or t in out:
            continue
        past = -1  # the closing mark of a name in quote marks in the subject («وأفادت شبكة «سي إن إن» نقلا عن»)
        for u in range(t + 1, min(len(doc.tokens) - 1, t + COMPLEMENT_WINDOW)):
            text = doc.tokens[u].text
            past = _quoted_name_end(doc, u) if u > past else past
            if u <= past:
                continue
            if stop_mark(text) or is_complementizer(doc, u):
                break
            bare = at.get(u)
            if bare is not None and _according(doc, u, bare) and u > t + 1:
                out.update(_unset_aside(doc, at, u))  # «وأكدت الحكومة وفقا لوكالة الأنباء اليمنية أنه»
                break
            if text not in ("،", ","):
                continue
            opened = at.get(u + 1)
            if opened is None or not _according(doc, u + 1, opened):
                break  # the first comma after the verb: an aside opens there or nowhere
            close = next((w for w in range(u + 2, min(len(doc.tokens) - 1, u + ASIDE_REACH))
                          if doc.tokens[w].text in ("،", ",") or stop_mark(doc.tokens[w].text)
                          or is_complementizer(doc, w)), None)
            if close is not None and (is_complementizer(doc, close) or (
                    doc.tokens[close].text in ("،", ",") and is_complementizer(doc, close + 1))):
                out.update(v for v in at if u < v < close)
            break
    return out


def _quoted_name_end(doc: Doc, u: int) -> int:
    """The token of the closing mark where an opening one at ``u`` quotes exactly a person or body the entity layer
    named («شبكة «سي إن إن»»: a name, no words said; round q382); -1 otherwise."""
    if doc.tokens[u].text not in ("«", "“", '"') or u + 1 >= len(doc.tokens):
        return -1
    start = doc.tokens[u + 1].start
    for e in doc.entities:
        if e.type in ("PERSON", "ORGANIZATION"):
            for m in e.mentions:
                if m.start == start:
                    close = doc.token_at(m.end)
                    return close if close is not None and QUOTE_MARK.fullmatch(doc.tokens[close].text) else -1
    return -1


def _according(doc: Doc, u: int, cue: Cue) -> bool:
    """The cue at ``u`` opens an «according to» aside: an «according» cue, or the relay's verbal noun that reads as
    one (according_tails: «وذكرت الإذاعة، نقلا عن مسؤولين، أنه»: the radio's words, heard from them; round q382)."""
    return cue.kind == "according" or doc.tokens[u].norm_key.removeprefix("و") in fw("according_tails")


def _unset_aside(doc: Doc, at: dict[int, Cue], u: int) -> set[int]:
    """An «according to» cue at ``u`` with no comma before it, right after a verb cue's subject: an aside where
    «أن/إن» closes it within ASIDE_REACH tokens with no comma, stop or quote mark between (the channel of the verb's
    words, «وأكدت الحكومة وفقا لوكالة الأنباء اليمنية أنه»); none where a comma comes first («وقال فلان بحسب
    المصادر، ...»: the according phrase may open words of its own; «وأفادت شبكة X نقلا عن مسؤولين أمس، بأن»: the
    sources speak, tests/test_quotes_realnews31.py), nor where a cue stands right before that «أن/إن» (the source's
    own words, «وذكر الموقع نقلا عن مسؤول أمني قال إن»)."""
    for w in range(u + 1, min(len(doc.tokens) - 1, u + ASIDE_REACH)):
        text = doc.tokens[w].text
        if w - 1 > u and w - 1 in at and is_complementizer(doc, w):
            return set()  # «وذكر الموقع نقلا عن مسؤول أمني قال إن»: the source's own words
        if is_complementizer(doc, w):
            return {v for v in at if u <= v < w}
        if text in ("،", ",", "«", "»", '"', ":") or stop_mark(text):
            return set()
    return set()


def writers_aside(doc: Doc, t: int, cue: Cue | None = None) -> bool:
    """The verb cue at ``t`` is the writer's aside, no one's words: right after «الجدير» (writer_aside_heads: «والجدير
    ذكره أن», «ومن الجدير ذكره أن»: it is worth noting), or with a fact for its subject right before it («مما يؤكد أن»,
    «وهذا يؤكد أن», «فإن ذلك يؤكد على أن»: see speakers._impersonal_subject) and «أن/إن» right after it (or after
    «على»): what is confirmed, not a statement («هذا ما يؤكده فلان», «هذا ما يؤكد عليه فلان» name one who speaks)."""
    if t > 0 and doc.tokens[t - 1].norm_key.removeprefix("و") in fw("writer_aside_heads"):
        return True
    if cue is not None and (_writers_we(doc, t, cue) or restricted_predicate(doc, t)):
        return True
    if not impersonal_subject(doc, t):
        return False
    u = t + 1
    while u < min(len(doc.tokens), t + 3) and _manner_adverb(doc, u):
        u += 1  # «فإن ذلك يؤكد تمامًا أن»: an adverb of the verb before «أن»
    u = u + 1 if u + 1 < len(doc.tokens) and doc.tokens[u].norm_key in ("على", "علي") else u
    return u < len(doc.tokens) and is_complementizer(doc, u)


def restricted_predicate(doc: Doc, t: int) -> bool:
    """Round q374: «إنما» right before the verb cue at ``t`` and a noun, no «أن/إن», right after it («إن ربط
    التطورات ... إنما تؤكد وجود إحساس ... بأن»): the verb is the predicate of a subject fronted before «إنما», a fact
    that confirms a thing, not someone's words (not «إنما أعترف بأن»: the complementizer follows, a statement)."""
    if t < 1 or t + 1 >= len(doc.tokens) or doc.tokens[t - 1].norm_key not in fw_keys("restrictive_particles"):
        return False
    nxt = doc.tokens[t + 1]
    return nxt.text[:1].isalpha() and not is_complementizer(doc, t + 1) and not is_function_word(nxt.norm_key)


def _manner_adverb(doc: Doc, u: int) -> bool:
    """The token at ``u`` is an accusative adverb («تمامًا», «أيضًا», «بوضوح» is not) or a listed adverb."""
    key = doc.tokens[u].norm_key
    return key in fw("adverbs") or (len(key) > 3 and key.endswith("ا") and not key.startswith(("ال", "و", "ف"))
                                    and not is_complementizer(doc, u))


def _writers_we(doc: Doc, t: int, cue: Cue) -> bool:
    """«وخصوصا إذا ذكرنا أن», «كما قلنا سابقا», «إذا ما تذكّرنا أن»: the cue in the first person plural of its past
    (the lemma and «نا»; not a lemma ending in «ن», whose dual reads the same: «أعلنا») with no subject after it
    («أن/إن», an adverb of «earlier» or a comma right after): the writer's voice, no one quoted (quotations
    inside quote marks are left out before this)."""
    lemma = nkey(cue.lemma)
    form = doc.tokens[t].norm_key
    if lemma.endswith("ن") or not form.endswith(lemma + "نا") or form[: -len(lemma) - 2] not in ("", "و", "ف", "ت", "وت"):
        return False
    if t + 1 >= len(doc.tokens):
        return False
    nxt = doc.tokens[t + 1].norm_key
    return is_complementizer(doc, t + 1) or nxt in EARLIER or nxt == ","

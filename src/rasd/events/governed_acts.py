"""Round 251: the doer of an act masdar that a verb governs with «بـ»: the verb's subject.

«قام خلالها أعضاء كثيرون من المعارضة، بانتقاد سلوك زعماء اليمين», «واستبقت اللجنة السياسية هذه الجولة بعقد
اجتماعات», «بادرت الحكومة بإطلاق», «مقاتلو الحزب هم من قاموا بتفجير»: a noun event whose trigger word bears «بـ»
(or follows a light masdar in «بـ», function words ``act_light_masdars``: «بعقد اجتماعات») after a verb that takes
an act in «بـ» (function words ``act_taking_verbs``: «قام، بادر، شرع، استبق، اكتفى، سارع») in its clause, with no
source of its own, has as its source the verb's subject:

- after the verb («قام الجيش بقصف», past adverbs «خلالها», «أمس»): the entity the phrase starts with, the group
  named after «من» («أعضاء من المعارضة»), else the phrase up to its first preposition, relative or comma, where it
  names people or a body (:func:`~rasd.events.acting.actor_phrase`);
- with nothing between the verb and the «بـ» word: the entity that ends right before the verb, not governed by a
  preposition («وقال إن الجيش قام بقصف»), or, in a cleft «X هم من قاموا», the X before the pronoun.

Round 251 too: the subject of a verb of leaving off or moving on from an act (function words
``act_leaving_verbs``: «توقف، امتنع، كف، انتقل، تراجع») with «عن/من» right before the act («وانتقل مقاتلو
المعارضة من استهداف المدينة بالصواريخ إلى المدافع») does the act, read as above.

Round 257: an aside of attribution set off by commas between the subject and the «بـ» word («قامت الشرطة، بحسب
المصادر، باعتقال») is passed over.

Nothing where a clause break, a complementizer or a relative stands between the verb and the act («المدينة التي قام
بزيارتها»: the relative's antecedent is the object), a comma does other than close the subject right before the
«بـ» word, or the subject found is the event's target.
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from ..text.normalize import COMMAS
from ..text.marks import NAME_QUOTES
from .acting import actor_phrase
from .arg_edges import phrase_span
from .chunk_type import Chunk
from .chunks import plain_chunk
from .forms import bare, fw, fw_keys, nkey
from .source_set import name_party, set_phrase
from .word_tests import PLAIN_COMPLEMENTIZERS, breaks_between, entity_at, entity_starting, entity_within, phrase_break

REACH = 10  # tokens from the «بـ» word back to the governing verb
SUBJECT_WORDS = 5  # words of an unnamed subject phrase
BI = "ب"
OF = nkey("من")
CONJUNCTIONS = ("و", "ف")
LEAVING_PREPOSITIONS = frozenset(nkey(w) for w in ("عن", "من"))
SKIPPED = ("adverbs", "during_pronouns", "pronoun_prepositions", "adverbial_words")


def _bi_word(doc: Doc, k: int) -> int | None:
    """The token of the «بـ» that governs the trigger at ``k``: the trigger itself («بانتقاد») or a light masdar
    right before it («بعقد اجتماعات»)."""
    key = doc.tokens[k].norm_key.removeprefix("و")
    if key.startswith(BI) and len(key) > 3:
        return k
    if k > 0:
        prev = doc.tokens[k - 1].norm_key.removeprefix("و")
        if prev.startswith(BI) and prev[1:] in fw_keys("act_light_masdars"):
            return k - 1
    return None


def _left_word(doc: Doc, k: int) -> int | None:
    """The «عن/من» right before the trigger at ``k`` («توقف الجيش عن قصف», «انتقل المقاتلون من استهداف»)."""
    return k - 1 if k > 0 and doc.tokens[k - 1].norm_key in LEAVING_PREPOSITIONS else None


def _taking_verb(key: str, names: str) -> bool:
    verbs = fw_keys(names)
    for k in (key, key.removeprefix("و").removeprefix("ف")):
        if k in verbs or (k.startswith("س") and k[1:] in verbs):
            return True  # («ستقوم», «وسيقوم»)
    return False


def governing_verb(doc: Doc, b: int, lo: int, names: str) -> int | None:
    """The governing verb (of the function-word list ``names``) before the «بـ» word (or «عن/من») at token ``b``
    (module docstring), not before token ``lo``."""
    for v in range(b - 1, max(lo, b - REACH) - 1, -1):
        text = doc.tokens[v].text
        if text in COMMAS and v != b - 1 and not _according_aside(doc, v, b):
            return None
        if _taking_verb(nkey(text), names):
            return v if not breaks_between(doc, v + 1, b) else None
    return None


def _according_aside(doc: Doc, v: int, b: int) -> bool:
    """Round 257: the comma at token ``v`` opens an aside of attribution closed by the comma right before the «بـ»
    word at ``b`` («قامت الشرطة، بحسب المصادر، باعتقال»: function words ``according_tails``), with no other comma
    inside: it is no break between the verb's subject and its act."""
    key = doc.tokens[v + 1].norm_key if v + 1 < b else ""
    words = fw_keys("according_tails")
    if v + 2 >= b - 1 or doc.tokens[b - 1].text not in COMMAS or not (
            key in words or (key[:1] in CONJUNCTIONS and key[1:] in words)):
        return False
    return not any(doc.tokens[t].text in COMMAS for t in range(v + 2, b - 1))


def _skipped(doc: Doc, t: int) -> bool:
    key = doc.tokens[t].norm_key
    return any(bare(key, n) in fw(n) for n in SKIPPED)


def verb_subject(doc: Doc, v: int, b: int, lo: int) -> Entity | tuple[int, int] | None:
    """The subject of the verb ``v`` governing the act word ``b``: between them (VSO, :func:`_subject_after`) where
    words stand there, else the one ending right before the verb (SVO, :func:`_subject_ending_before`; the
    sentence from token ``lo``)."""
    return _subject_after(doc, v + 1, b) if v + 1 < b else _subject_ending_before(doc, v, lo)


def usable_subject(doc: Doc, ev: Event, who: Entity | tuple[int, int] | None) -> Entity | Chunk | None:
    """``who`` (:func:`verb_subject`) as the act's source: an entity other than its target, or the phrase of
    those tokens where it names actors and is not the target's phrase; else None."""
    if isinstance(who, Entity):
        return who if who.id != ev.target else None
    if who is None:
        return None
    c = plain_chunk(doc.tokens, who[0], who[1])
    return c if actor_phrase(doc, c) and phrase_span(ev, "target") != (c.start, c.end) else None


def _subject_after(doc: Doc, first: int, b: int) -> Entity | tuple[int, int] | None:
    """The subject between the verb and the «بـ» word: an entity or a phrase's (first, last) tokens."""
    while first < b and _skipped(doc, first):
        first += 1
    while first < b and doc.tokens[first].text in NAME_QUOTES:
        first += 1
    if first >= b or doc.tokens[first].text in COMMAS:
        return None
    ent = entity_starting(doc, first)
    if ent is not None:
        return ent
    if phrase_break(doc, first):
        return None
    last = _phrase_end(doc, first, b)
    if last is None:
        return None
    nxt = last + 1
    if nxt + 1 < b and doc.tokens[nxt].norm_key == OF:
        group = entity_within(doc, nxt + 1)
        if group is not None:
            return group  # «أعضاء كثيرون من المعارضة»
        end = _phrase_end(doc, nxt + 1, b)
        if end is not None and end - first < SUBJECT_WORDS + 2:
            return first, end  # «عدد من أعضاء المفوضية»
    return first, last


def _phrase_end(doc: Doc, first: int, b: int) -> int | None:
    """The last token of the noun phrase from ``first`` before token ``b``: up to a preposition, a relative, a comma,
    a word in a clitic preposition («ببرلمان») or a demonstrative opening the object («هذه الجولة»); None where a
    name stands inside it (the passes that read names read it: «استبق الوزير فلان»)."""
    last = first
    while last + 1 < b and last + 1 - first < SUBJECT_WORDS and not phrase_break(doc, last + 1):
        tok = doc.tokens[last + 1]
        words = [w for w in tok.words if w.norm not in CONJUNCTIONS]
        key = tok.norm_key.removeprefix("و")
        if words and words[0].kind == "proclitic" or key.startswith(BI) or key in fw_keys("subject_demonstratives"):
            break  # («بتطويق»: a word in «بـ» the word layer left whole ends the subject too)
        if entity_at(doc, last + 1) is not None:
            return None
        last += 1
    return last


def _subject_ending_before(doc: Doc, v: int, lo: int) -> Entity | tuple[int, int] | None:
    """The subject before the verb: the entity ending right before it, or the antecedent of a cleft «هم من»."""
    p = v - 1
    if p - 2 >= lo and doc.tokens[p].norm_key == OF and doc.tokens[p - 1].norm_key in fw_keys("personal_pronouns"):
        last = p - 2
        while last >= lo and doc.tokens[last].text in NAME_QUOTES:
            last -= 1
        if last < lo:
            return None
        ent = entity_at(doc, last)
        if ent is not None:
            return ent
        first = last
        while first - 1 >= lo and last - first + 1 < SUBJECT_WORDS and not phrase_break(doc, first - 1) and \
                doc.tokens[first - 1].text not in NAME_QUOTES and not breaks_between(doc, first - 1, first):
            first -= 1
        return (first, last) if not phrase_break(doc, first) else None
    if p < lo:
        return None
    m_ent = entity_at(doc, p)
    if m_ent is None:
        return _after_that(doc, p, lo)
    first = p
    while first - 1 >= lo and (e := entity_at(doc, first - 1)) is not None and e.id == m_ent.id:
        first -= 1
    start = entity_starting(doc, first)
    if start is None or start.id != m_ent.id:
        return None  # («لتنظيم داعش»: governed by a preposition)
    if first - 1 >= lo and bare(doc.tokens[first - 1].norm_key, "prepositions") in fw("prepositions"):
        return None  # («في الرياض قام»: where, not who)
    return m_ent


def _object_back(doc: Doc, ev: Event, k: int) -> None:
    """A named source read in the genitive right after the trigger («بانتقاد رئيس الحكومة») is the act's object: its
    target where it has none."""
    if ev.target is not None or ev.attrs.get("target_text") or k + 1 >= len(doc.tokens):
        return
    if ev.source is not None:
        ent = entity_starting(doc, k + 1)
        if ent is not None and ent.id == ev.source:
            ev.target = ev.source
        return
    span = phrase_span(ev, "source")
    if span is not None and span[0] == doc.tokens[k + 1].start:
        set_phrase(ev, "target", doc.text, span[0], span[1])


def _after_that(doc: Doc, p: int, lo: int) -> tuple[int, int] | None:
    """«وأن مكاتب التعليم ستقوم بعقد»: the unnamed phrase between a complementizer and the verb ending at ``p``."""
    first = p
    while first - 1 >= lo and p - first + 1 < SUBJECT_WORDS and not phrase_break(doc, first - 1) and nkey(
            doc.tokens[first - 1].text) not in PLAIN_COMPLEMENTIZERS:
        first -= 1
    if first - 1 < lo or doc.tokens[first - 1].norm_key not in PLAIN_COMPLEMENTIZERS or phrase_break(doc, first):
        return None
    return first, p


def governed_acts(doc: Doc, events: list[Event]) -> None:
    """Give an act masdar governed by «قام/بادر/... بـ» the verb's subject as its source (module docstring)."""
    for ev in events:
        if ev.attrs.get("pos") != "N":
            continue
        k = doc.token_at(ev.trigger.start)
        lo = doc.token_at(ev.sentence.start)
        if k is None or lo is None:
            continue
        b = _bi_word(doc, k)
        v = governing_verb(doc, b, lo, "act_taking_verbs") if b is not None else None
        if v is None:
            b = _left_word(doc, k)
            v = governing_verb(doc, b, lo, "act_leaving_verbs") if b is not None else None
        if b is None or v is None:
            continue
        who = usable_subject(doc, ev, verb_subject(doc, v, b, lo))
        if who is None or (isinstance(who, Entity) and who.id == ev.source):
            continue
        _object_back(doc, ev, k)
        if isinstance(who, Entity):
            name_party(ev, "source", who.id)
        else:
            ev.source = None
            set_phrase(ev, "source", doc.text, who.start, who.end)

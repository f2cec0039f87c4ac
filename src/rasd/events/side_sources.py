"""Sources told by a bare body noun, a body's members, «الجانبان» and two country adjectives, and more (round 146).

An event with no source whose source phrase (the one the argument rules read and the entity layer left unnamed,
``source_span``) is:

- one definite word whose head is a noun of a body (function words ``anaphoric_source_heads``: «المجلس», «الحركة»,
  «المعارضة», «الحكومة»): the one body named with that word in its name («مجلس الأمن», «حركة طالبان», «الائتلاف
  الوطني لقوى الثورة والمعارضة»), back in its sentence and the two before (none where two are, or
  where the word is written there in no name: «مجلس الوزراء»); further back, the one body with that
  word where the article named only one before; nothing where no name has the word (the noun then stands for no
  body the article names), or where it is the event's own target;
- «الأعضاء» (``member_source_words``) where the two sentences before wrote «أعضاء» and then a body's name or a listed
  head whose body is named as above («أعضاء مجلس الأمن», «أعضاء المجلس» after «مجلس الأمن»): that body;
- «الجانبان» / «الجانبين» (``dual_side_words``) and two country adjectives joined by «و» («الجانبان المصري
  واليمني»): the first country is the source, the second the target where it has none (a country the article
  does not name is made from the gazetteer, its mention the adjective); the bare «الجانبان» (no adjectives) is left
  to the meeting rules.
  Round ev923: a meeting or a call (CAMEO 04) with no source right after «خلال/أثناء» (``during_words``) whose
  clause has those two sides as its subject, right before the word («بحث الجانبان المصري والروسي خلال الاتصال») or
  before a dual verb right before it («أن الجانبين المصري والأمريكي ناقشا خلال الاتصال الهاتفي»: the dual agrees
  with the pair), is theirs the same way.

And a visit with no source told «من X إلى Y» a few words after its noun («زيارات رفيعة المستوى من الاتحاد الأوروبي
إلى تونس»): X, a body or a country the article names, is the visitor, where Y is the event's target (its place
visited); nothing where another word stands between X and «إلى».

And an act of force with no source and no source phrase, a verb of attributing after it in its clause, past one
partitive word («هجمات ... نسب بعضها إلى التنظيم المتطرف»: ``attributed_partitives``): the body named right after
«إلى», or the one its bare head noun last named (as above; one epithet may follow the head, ``body_epithets``).

And a verb with no source right after «وأن» (``coordinated_complementizers``) whose clause is coordinated with an
earlier «أن» of its sentence that an obligation «على X» stands a few words before («يجب على الحكومة التركية في
مقابل ذلك أن توقف ...، وأن تعلن»): X, the one obliged, does both; nothing where another «أن» stands between.

And a meeting noun with no source and «لها/له/لهم» (``owner_pronoun_words``) right after it («زعيما للحركة عقب
اجتماع لها»): the body named a few words before in its clause, or the one its bare head noun («للحركة») names (as
above); nothing where a person or a place stands nearer.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event
from ..entities import gazetteer
from .forms import bare, fw_keys, nkey
from .homelands import make_country
from .source_set import name_party
from .word_tests import breaks_between

BODY = "ORGANIZATION"
BACK = 2  # sentences before the event's own searched for the body
VISITS = ("042", "043")
VISIT_REACH = 5  # tokens from a visit noun to «من»
SIDES = ("ORGANIZATION", "LOCATION")
FORCE = ("ASSAULT", "COERCE", "FIGHT")
MEETINGS = ("040", "043", "046")
TALKS = "04"  # round ev923: the acts a pair of sides holds «خلال» («خلال الاتصال», «خلال اللقاء»)
SIDES_WORDS = 3  # «الجانبان المصري واليمني»
DUAL_VERB_END = "ا"  # «ناقشا», «بحثا»: a past dual after its subject
OWNER_REACH = 5  # tokens back from a meeting noun to its owner
OBLIGED_REACH = 8  # tokens from «على» to the «أن» of its obligation
TOLD_WINDOW = 25  # tokens from an act of force to a verb of attributing after it
PUNCT = ("،", ",", ".", "؛", ":", "(", ")")



def _bare(word: str) -> str:
    """The key of a word without «و» and the article."""
    key = nkey(word)
    if key.startswith("و") and len(key) > 4:
        key = key[1:]
    return key[2:] if key.startswith("ال") else key


def _lowest(doc: Doc, at: int) -> int:
    """The start of the sentence ``BACK`` before the one of offset ``at``."""
    starts = [s.start for s in doc.sentences]
    n = bisect_right(starts, at) - 1
    return starts[max(0, n - BACK)] if n >= 0 else at


def _has_head(doc: Doc, start: int, end: int, head: str) -> bool:
    """The name on ``start``..``end`` (or the word right before it) has the word ``head``."""
    words = [_bare(w) for w in doc.text[start:end].split()]
    k = doc.token_at(start)
    if k is not None and k > 0:
        words.append(_bare(doc.tokens[k - 1].text))
    return head in words


def _unnamed_head(doc: Doc, head: str, lo: int, at: int) -> bool:
    """A word ``head`` in ``lo``..``at`` in no name and before none («وعقد مجلس الوزراء جلسته»): a body unnamed."""
    spans = [(m.start, m.end) for ent in doc.entities for m in ent.mentions]
    for tok in doc.tokens:
        if lo <= tok.start and tok.end <= at and _bare(tok.text) == head and not tok.norm_key.startswith("ال"):
            nxt = doc.token_at(tok.end + 1)
            after = doc.tokens[nxt].start if nxt is not None else -1
            if not any(a <= tok.start < b or a == after for a, b in spans):
                return True
    return False


def _named_with(doc: Doc, head: str, at: int) -> str | None:
    """Back from offset ``at`` (to its sentence's ``BACK``-th before): the one body whose name (or the word right
    before it) has the word ``head``; none where two are named there or a name-less one is written with that word;
    further back, the one such body where the article named only one before ``at``."""
    lo = _lowest(doc, at)
    before = [(m.start, m.end, ent) for ent in doc.entities if ent.type == BODY for m in ent.mentions if m.end <= at]
    near = {ent.id for start, end, ent in before if start >= lo and _has_head(doc, start, end, head)}
    if len(near) > 1 or _unnamed_head(doc, head, lo, at):
        return None
    if near:
        return near.pop()
    found = {ent.id for start, end, ent in before if _has_head(doc, start, end, head)}
    return found.pop() if len(found) == 1 else None


def _definite_head(word: str) -> str | None:
    """The body head of a definite word, past «و» and «لـ/بـ» («للحركة», «والمجلس»), else None."""
    key = nkey(word).removeprefix("و")
    if key.startswith("لل"):
        key = "ا" + key[1:]
    elif key.startswith(("بال", "كال")):
        key = key[1:]
    return key[2:] if key.startswith("ال") and key[2:] in fw_keys("anaphoric_source_heads") else None


def _owner(doc: Doc, ev: Event) -> str | None:
    """«للحركة عقب اجتماع لها»: a meeting with no source, «لها/له» right after its noun: the body named or told
    by its bare head noun a few words before, in its clause (module docstring)."""
    if not ev.code.startswith(MEETINGS) or ev.attrs.get("pos") != "N":
        return None
    k = doc.token_at(ev.trigger.start)
    toks = doc.tokens
    if k is None or k + 1 >= len(toks) or toks[k + 1].norm_key not in fw_keys("owner_pronoun_words"):
        return None
    for t in range(k - 1, max(-1, k - 1 - OWNER_REACH), -1):
        if toks[t].start < ev.sentence.start or toks[t].text in PUNCT:
            return None
        for ent in doc.entities:
            if any(m.start <= toks[t].start < m.end for m in ent.mentions):
                return ent.id if ent.type == BODY else None
        head = _definite_head(toks[t].text)
        if head is not None:
            return _named_with(doc, head, toks[t].start)
    return None


def _span(ev: Event) -> tuple[int, int] | None:
    span = ev.attrs.get("source_span")
    if not isinstance(span, list) or len(span) != 2:
        return None
    return int(span[0]), int(span[1])


def _member_body(doc: Doc, at: int) -> str | None:
    """«الأعضاء»: the body of the last «أعضاء X» written before ``at`` in the sentences searched."""
    lo = _lowest(doc, at)
    k = doc.token_at(at)
    if k is None:
        return None
    members = fw_keys("member_source_words")
    for i in range(k - 1, 0, -1):
        tok = doc.tokens[i]
        if tok.start < lo:
            break
        if _bare(tok.text) not in {m.removeprefix("ال") for m in members} or i + 1 >= len(doc.tokens):
            continue
        nxt = doc.tokens[i + 1]
        for ent in doc.entities:
            if ent.type == BODY and any(m.start <= nxt.start < m.end for m in ent.mentions):
                return ent.id
        head = _bare(nxt.text)
        if nxt.norm_key.removeprefix("و").startswith("ال") and head in fw_keys("anaphoric_source_heads"):
            return _named_with(doc, head, nxt.start)
        return None
    return None


def _sides(doc: Doc, k: int) -> tuple[str, str] | None:
    """«الجانبان المصري واليمني» at token ``k``: the two countries' entity ids."""
    toks = doc.tokens
    if k + 2 >= len(toks) or toks[k].norm_key.removeprefix("و") not in fw_keys("dual_side_words"):
        return None
    nisba = gazetteer.load().nisba
    first = nisba.get(toks[k + 1].norm_key)
    second_word = toks[k + 2].norm_key
    second = nisba.get(second_word[1:]) if second_word.startswith("و") else None
    if first is None or second is None or first == second:
        return None
    one = make_country(doc, first, toks[k + 1].start, toks[k + 1].end)
    two = make_country(doc, second, toks[k + 2].start + 1, toks[k + 2].end)
    if one is None or two is None:
        return None
    return one.id, two.id


def _sides_during(doc: Doc, ev: Event) -> tuple[str, str] | None:
    """Round ev923: «الجانبين المصري والأمريكي ناقشا خلال الاتصال» (module docstring): the two countries' ids."""
    t = doc.token_at(ev.trigger.start)
    if not ev.code.startswith(TALKS) or ev.attrs.get("pos") != "N" or t is None or t < SIDES_WORDS + 1:
        return None
    toks = doc.tokens
    if toks[t - 1].norm_key.removeprefix("و") not in fw_keys("during_words"):
        return None
    k = t - 1 - SIDES_WORDS
    right_before = _sides(doc, k)
    if right_before is not None:
        return right_before  # «بحث الجانبان المصري والروسي خلال الاتصال»
    verb = toks[t - 2].norm_key
    if k < 1 or not verb.endswith(DUAL_VERB_END) or verb.startswith("ال") or breaks_between(doc, k - 1, t - 1):
        return None
    return _sides(doc, k - 1)  # «أن الجانبين المصري والأمريكي ناقشا خلال الاتصال»


def _visit_from(doc: Doc, ev: Event) -> str | None:
    """«زيارات ... من X إلى Y»: X, where Y is the visit's target (module docstring)."""
    if ev.code not in VISITS or ev.target is None:
        return None
    k = doc.token_at(ev.trigger.start)
    if k is None:
        return None
    spans = sorted((m.start, m.end, ent.id, ent.type) for ent in doc.entities for m in ent.mentions)
    froms = fw_keys("visit_from_words")
    tos = fw_keys("visit_to_words")
    for i in range(k + 1, min(k + 1 + VISIT_REACH, len(doc.tokens) - 1)):
        tok = doc.tokens[i]
        if tok.start >= ev.sentence.end or tok.text in PUNCT:
            return None
        if tok.norm_key not in froms:
            continue
        nxt = doc.tokens[i + 1].start
        source = next(((end, eid) for start, end, eid, typ in spans if start == nxt and typ in SIDES), None)
        if source is None or source[1] == ev.target:
            return None
        j = doc.token_at(source[0] - 1)
        if j is None or j + 2 >= len(doc.tokens) or doc.tokens[j + 1].norm_key not in tos:
            return None
        after = doc.tokens[j + 2].start
        if not any(start == after and eid == ev.target for start, _, eid, _ in spans):
            return None
        return source[1]
    return None


def _head_at(doc: Doc, t: int, end: int) -> str | None:
    """The body of the phrase opening at token ``t``: its entity, or the one its bare head noun (and at most one
    epithet) last named."""
    toks = doc.tokens
    for ent in doc.entities:
        if ent.type == BODY and any(m.start == toks[t].start for m in ent.mentions):
            return ent.id
    key = toks[t].norm_key
    if not key.startswith("ال") or key[2:] not in fw_keys("anaphoric_source_heads"):
        return None
    nxt = t + 1 if t + 1 < end and toks[t + 1].norm_key in fw_keys("body_epithets") else t
    if nxt + 1 < end and toks[nxt + 1].text not in PUNCT:
        return None  # («إلى الحركة الشعبية لتحرير ...»: a longer name the entity layer did not read)
    return _named_with(doc, key[2:], toks[t].start)


def _attributed(doc: Doc, ev: Event) -> str | None:
    """«هجمات ... نسب بعضها إلى X»: X's body (module docstring)."""
    if ev.plover not in FORCE or "source_span" in ev.attrs and ev.attrs["source_span"] is not None:
        return None
    k = doc.token_at(ev.trigger.start)
    end = doc.token_at(ev.sentence.end - 1)
    if k is None or end is None:
        return None
    end += 1
    toks = doc.tokens
    verbs = fw_keys("attributing_verbs")
    for v in range(k + 1, min(k + 1 + TOLD_WINDOW, end - 2)):
        if bare(toks[v].norm_key, "attributing_verbs") not in verbs:
            continue
        to = v + 2 if toks[v + 1].norm_key in fw_keys("attributed_partitives") else v + 1
        if to + 1 >= end or toks[to].norm_key not in fw_keys("visit_to_words"):
            return None
        if breaks_between(doc, k + 1, v, relatives=False):
            return None
        return _head_at(doc, to + 1, end)
    return None


def _obliged(doc: Doc, ev: Event) -> str | None:
    """«على X ... أن يفعل ...، وأن يعلن»: X, for the second verb (module docstring)."""
    if ev.attrs.get("pos") != "V":
        return None
    k = doc.token_at(ev.trigger.start)
    if k is None or k == 0 or doc.tokens[k - 1].norm_key not in fw_keys("coordinated_complementizers"):
        return None
    toks = doc.tokens
    that = fw_keys("complementizers")
    on = fw_keys("obligation_on_words")
    p = k - 2
    while p >= 0 and toks[p].start >= ev.sentence.start and toks[p].norm_key not in that:
        if toks[p].norm_key in fw_keys("coordinated_complementizers"):
            return None
        p -= 1
    if p < 0 or toks[p].start < ev.sentence.start:
        return None
    for t in range(p - 1, max(-1, p - 1 - OBLIGED_REACH), -1):
        if toks[t].start < ev.sentence.start or toks[t].text in PUNCT:
            return None
        if toks[t].norm_key.removeprefix("و") in on and t + 1 < p:
            nxt = toks[t + 1].start
            return next((ent.id for ent in doc.entities for m in ent.mentions if m.start == nxt), None)
    return None


def side_sources(doc: Doc, events: list[Event]) -> None:
    """Give an event with no source the body its bare head noun, its members or its two sides name (docstring)."""
    heads = fw_keys("anaphoric_source_heads")
    members = fw_keys("member_source_words")
    for ev in events:
        if ev.source is not None:
            continue
        pair = _sides_during(doc, ev)
        if pair is not None:
            ev.source = pair[0]
            if ev.target is None or ev.target == pair[0]:
                name_party(ev, "target", pair[1])
            ev.attrs["source_side"] = "sides"
            continue
        visitor = _visit_from(doc, ev)
        doer = _attributed(doc, ev) if visitor is None else None
        obliged = _obliged(doc, ev) if visitor is None and doer is None else None
        if visitor is None and doer is None and obliged is None and (owned := _owner(doc, ev)) is not None:
            ev.source = owned
            ev.attrs["source_side"] = "owner"
            continue
        if obliged is not None and obliged != ev.target:
            name_party(ev, "source", obliged)
            ev.attrs["source_side"] = "obliged"
            continue
        if visitor is not None or doer is not None:
            ev.source = visitor or doer
            ev.attrs["source_side"] = "from" if visitor is not None else "attributed"
            continue
        span = _span(ev)
        if span is None:
            continue
        k = doc.token_at(span[0])
        if k is None:
            continue
        sides = _sides(doc, k)
        if sides is not None:
            ev.source = sides[0]
            if ev.target is None or ev.target == sides[0]:
                name_party(ev, "target", sides[1])
            how = "sides"
        else:
            if doc.tokens[k].end != span[1] or any(w.kind == "enclitic" for w in doc.tokens[k].words):
                continue
            key = doc.tokens[k].norm_key.removeprefix("و")
            if not key.startswith("ال"):
                continue
            if key in members:
                found = _member_body(doc, span[0])
            elif key[2:] in heads:
                found = _named_with(doc, key[2:], span[0])
            else:
                continue
            if found is None or found == ev.target:
                continue
            ev.source = found
            how = "members" if key in members else "head"
        ev.attrs.pop("source_text", None)
        ev.attrs["source_side"] = how

"""Parties a pronoun holds, or an agent phrase said before the act (events.arguments calls ``held_parties`` once,
near the end, with the source and targets found so far).

- A noun act whose genitive is its doer (frame ``gen:src``: «هجماتهم», «مجازره») has its doer in the pronoun on it,
  never its target: a target read from that pronoun is dropped, and where no source was found the one named entity
  the pronoun agrees with (``named.referent``) is taken; a source named before that the pronoun does not agree with
  («التحالف ... لكنهم كثفوا هجماتهم»: «ـهم» is no single body) is dropped.
- «وأكد الرئيس فلان في رفضه», «أن تلتزم إيران بتعهداتها»: a masdar after «في/خلال» written apart, or after «بـ» on
  a verb of keeping one's word (function words ``own_word_verbs``), with a pronoun on it right after the named
  subject of a verb, is that subject's act where the pronoun agrees with it; a source named before a masdar whose
  pronoun is its doer («في رفضها للمبادرة») and does not agree with it is dropped.
- «تعرض الجندي من قبل مسلحين لهجوم»: an agent phrase («من قبل X», function words ``agent_preps``) that ends right
  before the act is its source.
- «هجوم عليه», «الدعم لها»: a pronoun on a preposition of the frame right after the act stands for the one entity
  named before it that agrees with it (not the source, never the paper that is told); «لـ» only for acts of aid
  and support («تصريح له»: his statement).
- «مصر والولايات المتحدة اتفقتا على»: a dual verb of a reciprocal act after two coordinated named subjects has
  the second as its other party.
- «التوصل إلى اتفاق بين إيران ومجموعة 5+1 بعد سنوات من المفاوضات»: talks with no parties of their own have the
  two named sides of «بين X وY» said before them in their clause.
- «وصل إلى مدينة عدن اليوم (السبت) نائب الرئيس فلان»: the subject named right after a verb's object (VOS).
- «وأدانت دول المجلس»: «المجلس» stands for the one council named before in the text (``short_form``).
A null is better than a wrong party: each reading takes one agreeing named candidate or none.
"""

from __future__ import annotations

from ..doc import Doc, Entity
from .actors import can_act, head_key, resolve_title
from .acting import is_press
from .chunks import Chunk, breaks_between, enclitic, finite_verb, in_time, verb_key
from .forms import bare, fw, nkey, phrase_keys, plural_key
from .lexicon import Hit, plural_verb
from .named import feminine_name, referent

APART = frozenset(nkey(w) for w in ("في", "فى", "خلال"))  # «في رفضه», «خلال لقائه»
LAM_CODES = ("07",)  # provide aid: «الدعم لها» is support for her
FORCE = ("ASSAULT", "COERCE")
SEIZE = "192"  # CAMEO: occupy territory
TALKS = ("04",)  # consult, meet, negotiate
BETWEEN = nkey("بين")
TALKS_WINDOW = 16  # tokens from «بين» to the talks noun
SINGULAR = ("ه", "ها")
UNDERGO_WINDOW = 4  # tokens from a verb of undergoing to the agent phrase after it


def _pronoun(doc: Doc, t: int) -> str:
    p = enclitic(doc.tokens[t])
    return "هم" if p in ("هم", "هما") else p


def _agrees(doc: Doc, ent: Entity, start: int, name: str, pron: str) -> bool:
    """Whether the named ``ent`` (a mention ``name`` at ``start``) can be what the pronoun ``pron`` stands for."""
    if pron == "ها":
        return ent.attrs.get("kind") == "country" or ent.type == "ORGANIZATION" and feminine_name(doc, start, name)
    if pron == "ه":
        return ent.type == "PERSON" or ent.type == "ORGANIZATION" and not feminine_name(doc, start, name)
    if pron == "هم":
        first = nkey(name.split()[0]) if name.split() else ""
        return ent.type == "ORGANIZATION" and first.endswith(("ون", "ين")) and len(first) > 5
    return False


def _plural_head(doc: Doc, c: Chunk) -> bool:
    return plural_key(head_key(doc, c))


def _chunk_agrees(doc: Doc, c: Chunk, pron: str, force: bool = False) -> bool:
    """Whether the phrase ``c`` can be what ``pron`` stands for. «ـهم»: never one person, a state or a place; a
    phrase whose head is a plural of people («المسلحين», «وزراء الخارجية», function words ``people_plurals``);
    another body only where the act is no act of ``force`` (a body's meeting is its members', «اجتماعهم»; its attacks
    are «هجماته»). «ـه/ـها»: a named one by its name (an unnamed one is left as it was found)."""
    ent = doc.entity(c.entity) if c.entity is not None else None
    if pron == "هم":
        if ent is not None and (ent.type not in ("ORGANIZATION",) or ent.attrs.get("kind") == "country"):
            return False
        if _plural_head(doc, c) or ent is not None and _agrees(doc, ent, c.start, doc.text[c.start : c.end], pron):
            return True
        return not force
    return ent is None or _agrees(doc, ent, c.start, doc.text[c.start : c.end], pron)


def _unrivalled(doc: Doc, chunks: list[Chunk], ent: Entity, t: int, sent_start: int, own: Chunk | None = None) -> bool:
    """Whether the pronoun on token ``t`` has no other antecedent in its sentence than the named ``ent``: no
    unnamed definite phrase («اللجنة», «القيادة الفلسطينية») after the last mention of ``ent`` before ``t``, and
    for «ـها» no person named in the sentence (a woman: «موغيريني ... في زيارتها»). The act's own source, ``own``,
    is no rival: «إن الجيش شن هجوما عليه»."""
    lo, hi = doc.tokens[sent_start].start, doc.tokens[t].start
    last = max((m.end for m in ent.mentions if m.end <= hi), default=-1)
    if enclitic(doc.tokens[t]) == "ها" and any(
            e.type == "PERSON" and any(lo <= m.start < hi for m in e.mentions) for e in doc.entities):
        return False
    return not any(c.entity is None and c.definite and not c.number and not in_time(doc, c) and last <= c.start
                   and c.end <= hi and c.i >= sent_start and not (own is not None and own.i <= c.i <= own.j) for c in chunks)


def _on_token(doc: Doc, t: int, ent: Entity) -> Chunk:
    tok = doc.tokens[t]
    return Chunk(t, t, tok.start, tok.end, ent.id, ent.type, None, False, False, False, False)


def _doer_pronoun(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk | None, targets: list[Chunk] | None,
                  sent_start: int) -> tuple[Chunk | None, list[Chunk] | None]:
    """A ``gen:src`` noun with a pronoun on it: the pronoun is its doer (see the module)."""
    if hit.pos != "N" or hit.entry.gen != "src":
        return source, targets
    pron = _pronoun(doc, hit.j)
    if pron not in ("ه", "ها", "هم"):
        return source, targets
    held = [t for t in targets or [] if t.j <= hit.j]  # («بمجازره», «كثفوا هجماتهم»: read from the pronoun on it)
    targets = [t for t in targets or [] if t.j > hit.j] or None
    if source is not None and source.j < hit.i and not _chunk_agrees(doc, source, pron, hit.entry.plover in FORCE):
        source = None
    ent = doc.entity(held[0].entity) if held and held[0].entity is not None else None
    if source is None and pron == "هم" and held and (_plural_head(doc, held[0]) if ent is None else (
            ent.type == "ORGANIZATION" and _agrees(doc, ent, held[0].start, ent.name, pron))):
        source = held[0]  # «المسلحين ... كثفوا هجماتهم»: the people (or the body named as people) it resumes
    if source is None and pron in SINGULAR:
        ent = referent(doc, hit.j, targets[0].entity if targets else None, sent_start)
        source = _on_token(doc, hit.j, ent) if ent is not None and _unrivalled(doc, chunks, ent, hit.j, sent_start) else None
    return source, targets


def _subject_before(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«وأكد الرئيس فلان في رفضه», «أن تلتزم إيران بتعهداتها»: the named subject a masdar's pronoun stands for."""
    toks = doc.tokens
    if hit.pos != "N" or hit.i != hit.j:
        return None
    pron = _pronoun(doc, hit.j)
    if pron not in ("ه", "ها", "هم"):
        return None
    if hit.cand.proclitics == ("ب",):
        end, lam = hit.i - 1, True
    elif not hit.cand.proclitics and hit.i - 1 > sent_start and toks[hit.i - 1].norm_key in APART:
        end, lam = hit.i - 2, False
    else:
        return None
    c = next((c for c in chunks if c.j == end), None)
    if c is None or c.entity is None or c.prep is not None or c.coord or c.i - 1 < sent_start:
        return None
    v = c.i - 1
    title = next((d for d in chunks if d.j == v and d.title and d.prep is None and d.entity is None), None)
    if title is not None:
        if resolve_title(chunks, title, doc) is not c:
            return None
        v = title.i - 1
    if v < sent_start:
        return None
    verb = toks[v]
    key = verb_key(verb.text)
    if lam and bare(key, "own_word_verbs") not in fw("own_word_verbs"):
        return None
    if not lam and not (finite_verb(verb) or key in fw("own_act_verbs") or bare(key, "own_word_verbs") in fw("own_word_verbs")):
        return None
    return c if _chunk_agrees(doc, c, pron) and can_act(doc, c) else None


def _agent_before(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«تعرض من قبل مسلحين لهجوم»: the phrase of an agent phrase that ends right before the act."""
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.coord or hit.cand.proclitics not in ((), ("ل",), ("ب",)):
        return None
    keys = [t.norm_key for t in doc.tokens[sent_start : c.i]]
    for ph in phrase_keys(fw("agent_preps")):
        # (the chunker keeps the phrase's last word as the chunk's preposition: «من قبل مسلحين»)
        if len(ph) < 2 or tuple(keys[-len(ph):]) != ph or c.prep not in (None, ph[-1]):
            continue
        at = len(keys) - len(ph) + sent_start  # a verb of undergoing a few words before the phrase («تعرض الجندي»)
        if any(bare(verb_key(doc.tokens[v].text), "undergoing_verbs") in fw("undergoing_verbs")
               for v in range(max(sent_start, at - UNDERGO_WINDOW), at)):
            c = resolve_title(chunks, c, doc) if c.entity is None and c.title else c
            return c if can_act(doc, c) else None
    return None


def _prep_pronoun(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk | None, sent_start: int) -> Chunk | None:
    """«هجوم عليه», «الدعم لها»: the referent of a pronoun on a preposition of the frame right after the act."""
    t = hit.j + 1
    if t >= len(doc.tokens):
        return None
    words = doc.tokens[t].words
    if len(words) != 2 or words[-1].kind != "enclitic":
        return None
    prep = nkey(words[0].norm)
    if hit.pos != "N" or prep not in hit.entry.preps or hit.entry.code.startswith(SEIZE) or not (
            hit.entry.code.startswith(LAM_CODES) if prep == "ل" else hit.entry.plover in FORCE):
        return None  # (what is seized, «السيطرة عليها», is most often a place named by no entity)
    ent = referent(doc, t, source.entity if source is not None else None, sent_start)
    return _on_token(doc, t, ent) if ent is not None and _unrivalled(doc, chunks, ent, t, sent_start, source) else None


def _talks_sides(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[Chunk, Chunk] | None:
    """«اتفاق بين إيران ومجموعة 5+1 بعد سنوات من المفاوضات»: the two named sides said before the talks."""
    if not hit.entry.code.startswith(TALKS) or hit.pos != "N":
        return None
    toks = doc.tokens
    for b in range(hit.i - 1, max(sent_start, hit.i - TALKS_WINDOW) - 1, -1):
        if toks[b].norm_key != BETWEEN:
            continue
        if breaks_between(doc, b + 1, hit.i) or any(x.text in ("،", ",") for x in toks[b + 1 : hit.i]):
            return None
        first = next((c for c in chunks if c.i == b + 1), None)
        second = next((c for c in chunks if first is not None and c.i > first.j), None)
        if first is None or second is None or not second.coord or second.i != first.j + 1 or second.j >= hit.i:
            return None
        if first.entity is None or second.entity is None or first.entity == second.entity:
            return None
        return first, second
    return None


def _reciprocal_other(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk | None) -> Chunk | None:
    """«مصر والولايات المتحدة اتفقتا على»: a dual verb of a reciprocal act (function words ``reciprocal_duals``)
    right after two coordinated named subjects: the second is the other party (not so for an act both do to a
    third, «مصر والسعودية أدانتا الهجوم»: no verb of that list)."""
    if hit.pos != "V" or source is None or source.entity is None or source.j >= hit.i:
        return None
    if bare(verb_key(doc.tokens[hit.i].text), "reciprocal_duals") not in fw("reciprocal_duals"):
        return None
    other = next((c for c in chunks if c.i == source.j + 1), None)
    if other is None or not other.coord or other.j != hit.i - 1 or other.entity in (None, source.entity):
        return None
    return other


def short_form(doc: Doc, c: Chunk | None) -> Chunk | None:
    """«وأدانت دول المجلس», «ورحب المجلس»: an unnamed phrase that is the article and a body noun (function words
    ``short_form_heads``), after «دول» at most, stands for the one body named before in the text whose name opens
    with that noun («مجلس التعاون الخليجي»); ``c`` as it is where there is none or more than one, or where the noun
    is also written before outside any name («مجلس الوزراء» unnamed: «المجلس» may be that one)."""
    if c is None or c.entity is not None:
        return c
    keys = [t.norm_key for t in doc.tokens[c.i : c.j + 1]]
    if len(keys) == 2 and bare(keys[0], "member_states_words") in fw("member_states_words"):
        keys = keys[1:]
    if len(keys) != 1 or not keys[0].startswith("ال") or keys[0][2:] not in fw("short_form_heads"):
        return c
    head = keys[0][2:]
    found: dict[str, Entity] = {}
    named: list[tuple[int, int]] = []
    for ent in doc.entities:
        for m in ent.mentions:
            named.append((m.start, m.end))
            first = nkey(doc.text[m.start : m.end].split()[0]) if doc.text[m.start : m.end].split() else ""
            if m.end <= c.start and ent.type == "ORGANIZATION" and bare(first, "short_form_heads") == head:
                found[ent.id] = ent
    if len(found) != 1:
        return c
    for t in doc.tokens:
        if t.end > c.start:
            break
        k = t.norm_key
        if (k.removeprefix("و").removeprefix("ال") == head or bare(k, "short_form_heads") == head) and not any(
                a <= t.start < b for a, b in named):
            return c  # the noun written before outside a name: «المجلس» may be another body
    ent = next(iter(found.values()))
    return Chunk(c.i, c.j, c.start, c.end, ent.id, ent.type, c.prep, c.coord, c.title, c.definite, c.number)


BRACKETS = frozenset(("(", ")", "[", "]"))
TITLE_GAP = 4  # tokens from the end of a title to the name it stands for


def _subject_after_object(doc: Doc, chunks: list[Chunk], hit: Hit, targets: list[Chunk] | None) -> Chunk | None:
    """«وصل إلى مدينة عدن اليوم (السبت) نائب الرئيس فلان»: a verb whose object is said right after it (VOS) has as
    its subject a person or a body named right after that object past a time (and brackets) and nothing else (a
    title stands for the name right after it); None for a plural verb, whose subject is the pronoun on it."""
    if hit.pos != "V" or not targets or plural_verb(hit):
        return None
    t = targets[0]
    if not hit.j < t.i <= hit.j + 3:
        return None
    k = t.j + 1
    while k < len(doc.tokens) and (in_time(doc, doc.tokens[k]) or doc.tokens[k].text in BRACKETS):
        k += 1
    if not any(in_time(doc, x) for x in doc.tokens[t.j + 1 : k]):
        return None  # (no time between: the phrase after the object may be its genitive, «حرق منزل عائلة فلان»)
    c = next((c for c in chunks if c.i == k), None)
    if c is None or c.prep is not None or c.coord or c.number:
        return None
    if c.title:  # the name right after its title, no other one (a bare title may be linked to another man)
        c = next((d for d in chunks if c.j < d.i <= c.j + TITLE_GAP and d.entity is not None and d.prep is None), c)
        if c.title:
            return None
    return c if c.etype in ("PERSON", "ORGANIZATION") and c.entity not in (None, t.entity) and can_act(doc, c) else None


def _other_doer(doc: Doc, hit: Hit, source: Chunk | None) -> bool:
    """«وأكد الأسد في رفضها للمبادرة»: a masdar whose pronoun is its doer (its object follows in «لـ») has no source
    named before it that the pronoun does not agree with: «ـها» stands for another."""
    if hit.pos != "N" or source is None or source.j >= hit.i or hit.j + 1 >= len(doc.tokens):
        return False
    pron = _pronoun(doc, hit.j)
    after = doc.tokens[hit.j + 1].words
    if pron not in ("ه", "ها", "هم") or not (after and after[0].kind == "proclitic" and nkey(after[0].form) == "ل"):
        return False
    return not _chunk_agrees(doc, source, pron)


def masdar_doer_fits(doc: Doc, t: int, eid: str) -> bool:
    """Whether the actor ``eid`` carried from before can do the act of the masdar on token ``t`` that a preposition
    governs («في رفضه»): a pronoun of the 3rd person on it must agree with it («في رفضها» is not the man's); one of
    the 1st or 2nd person is its object, the speaker's act («في ذبحكم»); with no pronoun none is carried (whose act
    it is is not said: «ستستخدم مقاتلات في شن الضربات»)."""
    pron = enclitic(doc.tokens[t])
    text = doc.tokens[t].norm_key
    if not pron and len(text) >= 5 and text.endswith(("كم", "نا")):
        pron = text[-2:]  # (a pronoun the word layer left on the word: «ذبحكم»)
    ent = doc.entity(eid)
    if not pron or ent is None:
        return False
    if pron not in ("ه", "ها", "هم", "هما"):
        return True
    m = ent.mentions[0] if ent.mentions else None
    return m is not None and _agrees(doc, ent, m.start, ent.name, _pronoun(doc, t)) and \
        nearest_referent(doc, t, _pronoun(doc, t)) in (None, eid)


def nearest_referent(doc: Doc, t: int, pron: str) -> str | None:
    """Round 97: the person or body (not the press) named last before token ``t`` in its sentence that the pronoun
    ``pron`` agrees with: «وأصبح الكونغرس هو المنبوذ (في حال رفضه)» is the Congress's rejection, not the speaker's
    carried from the cue."""
    at = doc.tokens[t].start
    sent = next((x for x in doc.sentences if x.start <= at < x.end), None)
    if sent is None:
        return None
    best: tuple[int, str] | None = None
    for ent in doc.entities:
        if ent.type not in ("PERSON", "ORGANIZATION") or is_press(ent):
            continue
        for m in ent.mentions:
            if sent.start <= m.start and m.end <= at and (best is None or m.start > best[0]) and _agrees(
                    doc, ent, m.start, doc.text[m.start : m.end], pron):
                best = (m.start, ent.id)
    return best[1] if best is not None else None


def held_parties(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, source: Chunk | None,
                 targets: list[Chunk] | None) -> tuple[Chunk | None, list[Chunk] | None]:
    """The source and targets of ``hit`` with the readings of the module applied."""
    if _other_doer(doc, hit, source):
        source = None
    source, targets = _doer_pronoun(doc, chunks, hit, source, targets, sent_start)
    if source is None:
        source = _subject_before(doc, chunks, hit, sent_start) or _agent_before(doc, chunks, hit, sent_start)
    if source is None:
        source = _subject_after_object(doc, chunks, hit, targets)
    if not targets and (held := _prep_pronoun(doc, chunks, hit, source, sent_start)) is not None:
        targets = [held]
    if not targets and (other := _reciprocal_other(doc, chunks, hit, source)) is not None:
        targets = [other]
    if source is None and not targets and (sides := _talks_sides(doc, chunks, hit, sent_start)) is not None:
        source, targets = sides[0], [sides[1]]
    return short_form(doc, source), [t for t in (short_form(doc, t) for t in targets or []) if t is not None] or None

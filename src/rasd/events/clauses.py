"""Clause-level readings of an event's actor, round 5 of real news: a named declaration is no act («إعلان
القاهرة»), a visit someone is delegated to is the delegate's («فوّضه العبادي لزيارة دمشق»), the verb after «حيث»
shares the main clause's subject, a protest governed by a word of repression is not the repressor's («قمع
الاحتجاجات»), and «متشددون من تنظيم داعش» is one subject phrase. Each reads a few words around one trigger.
(Round rv358: what is no act is ``no_acts``, an attack noun as a verb's subject ``attack_subjects``, a light verb's
subject ``light_subjects``.)"""

from __future__ import annotations

from ..doc import Doc
from ..text.prefixes import past_and
from .able_before import able_before
from .actors import can_act, resolve_title
from .chunks import Chunk, clause_stop, in_time, plain_chunk
from .forms import PLACES, bare, fw, fw_keys, keys_of, nkey
from .inserts import set_off_time
from .lexicon import Hit

NAMED_CITY_KINDS = ("capital", "city")  # «إعلان القاهرة», «إعلان جدة»: a city names the declaration
DELEGATION_WINDOW = 8  # words from a verb of delegating to the visit it sends on («فوضه رئيس الوزراء ... لزيارة»)
REFERENT_WINDOW = 60  # words back from the verb to the person its object pronoun stands for
PRONOUNS = ("هما", "هم", "ها", "ه")


def named_declaration(doc: Doc, hit: Hit, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """«وإعلان الرياض», «أثنى على إعلان القاهرة»: a declaration noun (function words ``named_documents``) with a
    city in construct right after it is the document's name, not an act of declaring («إعلان تركيا الحرب», a
    state, still is one). Round 94: so is one with a document's adjective right after it («الإعلان الدستوري»,
    «الإعلان العالمي لحقوق الإنسان»: function words ``document_adjectives``)."""
    if hit.pos != "N" or hit.j + 1 >= len(doc.tokens) or keys_of(doc.tokens[hit.i]).isdisjoint(fw("named_documents")):
        return False
    if not keys_of(doc.tokens[hit.j + 1]).isdisjoint(fw("document_adjectives")):
        return True
    m = mentions.get(hit.j + 1)
    if m is None or m[1] not in PLACES:
        return False
    ent = doc.entity(m[0])
    if ent is None or ent.attrs.get("kind") not in NAMED_CITY_KINDS:
        return False
    # a capital that declares something is its government: «إعلان واشنطن نيتها», «إعلان القاهرة عن»
    after = next((t for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 6)) if mentions.get(t) != m), None)
    key = doc.tokens[after].norm_key if after is not None else ""
    return not (key == "عن" or (len(key) >= 5 and key.endswith(("ها", "هم", "هما"))))


def repressed(doc: Doc, hit: Hit, a: int) -> bool:
    """«لعب دورا في قمع الاحتجاجات», «فض الاعتصام»: a protest noun right after a word of repression (function
    words ``repression_words``) is the protesters' act suppressed; its actor is not the one who suppresses."""
    return hit.entry.plover == "PROTEST" and hit.pos == "N" and hit.i - 1 >= a and not keys_of(
        doc.tokens[hit.i - 1]).isdisjoint(fw("repression_words"))


def _delegating_verb(doc: Doc, hit: Hit, a: int) -> tuple[int, str] | None:
    """The verb of delegating (function words ``delegation_verbs``: «فوض», «كلف», «أوفد») a few words before a
    visit noun, and the object pronoun written on it («فوضه»: "ه"), if any."""
    words = fw("delegation_verbs")
    for k in range(hit.i - 1, max(a, hit.i - DELEGATION_WINDOW) - 1, -1):
        key = doc.tokens[k].norm_key
        for stem in (key, past_and(key)):
            if stem in words:
                return k, ""
            pron = next((p for p in PRONOUNS if stem.endswith(p) and stem[: -len(p)] in words), None)
            if pron is not None:
                return k, pron
    return None


def delegate(doc: Doc, hit: Hit, a: int, mentions: dict[int, tuple[str, str, int, int]]) -> tuple[bool, str | None]:
    """«عندما فوضه رئيس الوزراء حيدر العبادي لزيارة دمشق»: a visit one is delegated to is the delegate's, not
    the one who delegates. Returns (whether a verb of delegating governs the visit, the delegate): the person
    its object pronoun stands for, the last one named before it (within REFERENT_WINDOW words), else None."""
    found = _delegating_verb(doc, hit, a)
    if found is None:
        return False, None
    k, pron = found
    if not pron:
        return True, None
    for t in range(k - 1, max(-1, k - REFERENT_WINDOW), -1):
        m = mentions.get(t)
        if m is not None and m[1] == "PERSON":
            return True, m[0]
    return True, None


def hayth_subject(doc: Doc, chunks: list[Chunk], hit: Hit, a: int) -> Chunk | None:
    """«ترأس السيسي اجتماعا ...، حيث طالب بالالتزام»: a verb right after «حيث» with no subject of its own has the
    main clause's: the first named actor of the sentence before «حيث» that no preposition governs."""
    if hit.pos != "V" or hit.i - 1 < a or doc.tokens[hit.i - 1].norm_key.lstrip("و") not in fw("hayth"):
        return None
    if (inner := _complement_subject(doc, chunks, hit.i - 1, a)) is not None:
        return inner
    return next((c for c in chunks if c.i < hit.i - 1 and c.prep is None and c.entity is not None
                 and c.etype not in PLACES and can_act(doc, c)), None)  # fmt: skip


def _complement_subject(doc: Doc, chunks: list[Chunk], h: int, a: int) -> Chunk | None:
    """Round ev291: «وقال فلان إن المبعوث فلان سيذهب إلى سلطنة عمان حيث التقى»: where the clause of «حيث» (at
    token ``h``) goes on an «إن/أن» clause whose subject is named right after the complementizer, that name is the
    main clause's subject, not the speaker named before it (None where no such clause stands before «حيث»)."""
    k = next((t for t in range(h - 1, a - 1, -1) if bare(doc.tokens[t].norm_key, "complementizers")
              in fw("complementizers")), None)
    if k is None or any(doc.tokens[t].text in ("،", ",") for t in range(k + 1, h)):
        return None  # (a comma between: «حيث» may go on the main clause after it)
    c = next((c for c in chunks if c.i == k + 1), None)
    if c is not None and c.entity is None and c.title:
        c = resolve_title(chunks, c, doc)  # («إن المبعوث فلان»)
    if c is None or c.prep is not None or c.entity is None or c.etype in PLACES or not can_act(doc, c):
        return None
    return c


def member_group(doc: Doc, chunks: list[Chunk], c: Chunk) -> Chunk | None:
    """«اقتحم متشددون من تنظيم داعش نقطة تفتيش»: an indefinite subject («متشددون», «مسلحون») with «من» + a named
    organisation right after it is one phrase, the organisation's men; it stands for the organisation. Round 257:
    also where the name stands in brackets or quotes after its head word («من تنظيم (داعش)», «من حركة «حماس»»:
    function words ``quoted_name_heads``)."""
    if c.entity is not None or c.definite or c.number:
        return None
    d = next((d for d in chunks if d.i > c.j), None)
    if d is not None and d.prep == "من" and d.entity is None and d.i == d.j:
        d = _bracketed_name(doc, chunks, d) or d
    if d is None or d.prep != "من" or d.i - c.j > 2 or d.etype != "ORGANIZATION":  # («من» a word of its own or a proclitic)
        return None
    return Chunk(c.i, d.j, c.start, d.end, d.entity, d.etype, c.prep, c.coord, c.title, c.definite, c.number)


def delegation_body(doc: Doc, chunks: list[Chunk], c: Chunk | None) -> Chunk | None:
    """Round 280: «إن وفدا من حركة حماس برئاسة فلان، التقى لافروف»: an unnamed source headed by a noun of envoys
    (function words ``visitors``: «وفد», «بعثة», «مسؤولون») with «من» + a named organisation (``member_group``)
    stands for the organisation, its delegates acting for it; else ``c`` (not «رتل من تنظيم داعش», a column of its
    men, nor «أقوى من التحالف», a comparison)."""
    if c is None or c.entity is not None or doc.tokens[c.i].norm_key not in fw("visitors"):
        return c
    group = member_group(doc, chunks, c)
    return group if group is not None else c


BRACKETS = ("(", "«", '"')
CLOSING = (")", "»", '"')


def _bracketed_name(doc: Doc, chunks: list[Chunk], d: Chunk) -> Chunk | None:
    """Round 257: «من تنظيم (داعش)»: the head word of a body (``d``, in «من») and the organisation named right
    after it in an opening bracket or quote, as one phrase in «من»."""
    if doc.tokens[d.i].norm_key not in fw_keys("quoted_name_heads"):
        return None
    if d.j + 2 >= len(doc.tokens) or doc.tokens[d.j + 1].text not in BRACKETS:
        return None
    name = next((x for x in chunks if x.i == d.j + 2), None)
    if name is None or name.entity is None or name.etype != "ORGANIZATION":
        return None
    last = name.j + 1 if name.j + 1 < len(doc.tokens) and doc.tokens[name.j + 1].text in CLOSING else name.j
    return Chunk(d.i, last, d.start, name.end, name.entity, name.etype, d.prep, d.coord, d.title, d.definite,
                 d.number)  # (its last token the closing bracket: the object is the phrase after it)


def member_group_before(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """«إن مسلحين من حزب العمال الكردستاني نفذوا هجوما», «عناصر من التنظيم شنوا»: the subject right before the
    verb at ``t`` is a group of men of a named organisation (``member_group``); it stands for the organisation."""
    member = next((c for c in chunks if c.j == t - 1 and c.prep == "من" and c.etype == "ORGANIZATION"), None)
    head = next((c for c in reversed(chunks) if member is not None and c.j < member.i), None)
    if head is None or head.prep is not None or not can_act(doc, head):
        return None
    return member_group(doc, chunks, head)


ABLE_WINDOW = 16  # words from «تمكن/استطاع» to the act it governs with «من» (round 239: past a time phrase)
ATTEMPT_LISTS = {"من": ("ability_verbs",), "في": ("success_verbs", "failure_verbs"), "عن": ("failure_verbs",)}
TIME_BRACKETS = ("(", ")")  # round ev501: around a month's other name in a time («31 يوليو (تموز)»)


def able_subject(doc: Doc, chunks: list[Chunk], hit: Hit, a: int) -> Chunk | None:
    """«تمكنت المقاومة الشعبية من قتل 4 من مسلحي الميليشيات»: an act right after «من» governed by a verb of being
    able (function words ``ability_verbs``) has that verb's subject as its actor: the phrase between the verb and
    «من» that no preposition governs (the word «قتل» is no passive here, whatever its reading)."""
    if hit.i - 2 >= a and doc.tokens[hit.i - 1].norm_key == nkey("إلى"):
        return _pushed(doc, chunks, hit, a)
    prep = doc.tokens[hit.i - 1].norm_key if hit.i - 2 >= a else ""
    if prep not in ATTEMPT_LISTS:
        return None
    words: set[str] = set().union(*(fw(w) for w in ATTEMPT_LISTS[prep]))  # ev628: «فشل/نجح في», «عجز عن» as «تمكن من»
    counted, opened = 0, hit.i  # (ev501: the words of a time and its brackets are not counted: «في الفترة الممتدة
    for t in range(hit.i - 2, a - 1, -1):  # من 31 يوليو (تموز) وحتى يوم أمس من اعتقال»)
        tok = doc.tokens[t]
        if t >= opened:
            continue  # ev728: inside a time set off by commas («وتمكنت المقاومة والقوات، أمس، من استعادة»)
        if clause_stop(tok.text):
            if (opened := set_off_time(doc, t) or -1) < 0:
                return None
            continue
        counted += 0 if tok.text in TIME_BRACKETS or in_time(doc, tok) else 1
        if counted >= ABLE_WINDOW:
            return None
        if prep == "من" and bare(tok.norm_key, "empowering_verbs") in fw("empowering_verbs"):
            return _enabled(doc, chunks, hit, t)
        if bare(tok.norm_key, *ATTEMPT_LISTS[prep]) in words:
            s = t
            while s + 1 < hit.i - 1 and doc.tokens[s + 1].norm_key in fw_keys("during_pronouns"):
                s += 1  # round 232: «تمكنت خلالها المقاومة من السيطرة»: «خلالها» tells when, the subject follows
            # (round 239: a chunk that is the verb alone, «وتمكن» left untagged, is no subject: the next one is)
            subject = next((c for c in chunks if s <= c.j and c.j < hit.i - 1 and not c.i == c.j == s), None)
            if subject is None and s == t == hit.i - 2:
                return able_before(doc, chunks, hit, t, a)  # ev413: «أنها تمكنت من اعتقال», «إن القوات تمكنت من»
            if subject is not None and subject.i <= s:  # the word run took in the verb: its subject is the rest
                subject = None if subject.j == s else Chunk(
                    s + 1, subject.j, doc.tokens[s + 1].start, subject.end, None, None, None, False, False,
                    doc.tokens[s + 1].norm_key.startswith("ال"), False)
            ok = subject is not None and subject.prep is None and not subject.number and can_act(doc, subject)
            return subject if ok else None
    return None


def _enabled(doc: Doc, chunks: list[Chunk], hit: Hit, t: int) -> Chunk | None:
    """Round 239: «ومكن سقوط المدينة قوات المعارضة من السيطرة»: a verb of enabling (function words
    ``empowering_verbs``) on token ``t`` has its subject, then the one it enables, named before «من»: the phrase that
    ends right before «من», with the subject's phrase right before it, is the act's doer."""
    obj = next((c for c in chunks if c.j == hit.i - 2), None)
    if obj is None or obj.prep is not None or obj.number or not can_act(doc, obj):
        return None
    subject = next((c for c in chunks if t <= c.j < obj.i), None)
    return obj if subject is not None and subject.j == obj.i - 1 and subject.prep is None else None


PUSHING_SUBJECTS = ("ما", "مما")  # «وهو ما دفع», «مما دفع»: the relative is the verb's subject


def _pushed(doc: Doc, chunks: list[Chunk], hit: Hit, a: int) -> Chunk | None:
    """Round 244: «وهو ما دفع طائرات التحالف أمس إلى استهداف مقرات», «دفعت الأزمة الحكومة إلى فرض»: an act right
    after «إلى» governed by a verb of pushing (function words ``pushing_verbs``) is done by the one pushed: the
    phrase before «إلى» with the verb's subject right before it (as ``_enabled``), or, where the verb's subject is a
    relative before it («ما», «الذي»), the first phrase after the verb that can act. (A verb with the pushed one's
    pronoun, «دفعها إلى», is no word of the list: none.)"""
    for t in range(hit.i - 2, max(a, hit.i - ABLE_WINDOW) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return None
        if bare(tok.norm_key, "pushing_verbs") not in fw("pushing_verbs"):
            continue
        if t == a:
            return None
        enabled = _enabled(doc, chunks, hit, t)
        if enabled is not None:
            return enabled
        before = doc.tokens[t - 1].norm_key
        if bare(before, "relatives") not in fw("relatives") and before not in PUSHING_SUBJECTS:
            return None
        pushed = next((c for c in chunks if t < c.j < hit.i - 1 and c.prep is None and not in_time(doc, c)), None)
        if pushed is not None and pushed.i <= t:  # the word run took in the verb: the one pushed is the rest
            pushed = plain_chunk(doc.tokens, t + 1, pushed.j, pushed.end)
        return pushed if pushed is not None and not pushed.number and can_act(doc, pushed) else None
    return None

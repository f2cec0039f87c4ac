"""Clause-level readings of an event's actor, round 5 of real news: a named declaration is no act («إعلان
القاهرة»), a visit someone is delegated to is the delegate's («فوّضه العبادي لزيارة دمشق»), the verb after «حيث»
shares the main clause's subject, a protest governed by a word of repression is not the repressor's («قمع
الاحتجاجات»), and «متشددون من تنظيم داعش» is one subject phrase. Each reads a few words around one trigger."""

from __future__ import annotations

from ..doc import Doc
from .actors import actor_phrase, agent, can_act, is_nisba, resolve_title
from .chunks import Chunk, breaks_between, clause_stop, in_time, plain_chunk, verb_between, verb_key
from .forms import PLACES, bare, fw, fw_keys, keys_of, light_verb_before, nkey
from .lexicon import Hit
from .subjects import subject_before
from .word_tests import clause_break

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
        for stem in (key, key[1:] if key[:1] in "وف" else key):
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


def _member_group_before(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """«إن مسلحين من حزب العمال الكردستاني نفذوا هجوما», «عناصر من التنظيم شنوا»: the subject right before the
    verb at ``t`` is a group of men of a named organisation (``member_group``); it stands for the organisation."""
    member = next((c for c in chunks if c.j == t - 1 and c.prep == "من" and c.etype == "ORGANIZATION"), None)
    head = next((c for c in reversed(chunks) if member is not None and c.j < member.i), None)
    if head is None or head.prep is not None or not can_act(doc, head):
        return None
    return member_group(doc, chunks, head)


ABLE_WINDOW = 16  # words from «تمكن/استطاع» to the act it governs with «من» (round 239: past a time phrase)


def able_subject(doc: Doc, chunks: list[Chunk], hit: Hit, a: int) -> Chunk | None:
    """«تمكنت المقاومة الشعبية من قتل 4 من مسلحي الميليشيات»: an act right after «من» governed by a verb of being
    able (function words ``ability_verbs``) has that verb's subject as its actor: the phrase between the verb and
    «من» that no preposition governs (the word «قتل» is no passive here, whatever its reading)."""
    if hit.i - 2 >= a and doc.tokens[hit.i - 1].norm_key == nkey("إلى"):
        return _pushed(doc, chunks, hit, a)
    if hit.i - 2 < a or doc.tokens[hit.i - 1].norm_key != "من":
        return None
    words = fw("ability_verbs")
    for t in range(hit.i - 2, max(a, hit.i - ABLE_WINDOW) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return None
        if bare(tok.norm_key, "empowering_verbs") in fw("empowering_verbs"):
            return _enabled(doc, chunks, hit, t)
        if bare(tok.norm_key, "ability_verbs") in words:
            s = t
            while s + 1 < hit.i - 1 and doc.tokens[s + 1].norm_key in fw_keys("during_pronouns"):
                s += 1  # round 232: «تمكنت خلالها المقاومة من السيطرة»: «خلالها» tells when, the subject follows
            # (round 239: a chunk that is the verb alone, «وتمكن» left untagged, is no subject: the next one is)
            subject = next((c for c in chunks if s <= c.j and c.j < hit.i - 1 and not c.i == c.j == s), None)
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


STATE_BACK = 4  # words from a relative to the present verb it governs («التي ما زال الحوثيون يسيطرون»)
STATE_AHEAD = 10  # words from the present verb to «منذ» («يسيطر على المدينة منذ 2 أبريل»)


def held_state(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«تنظيم القاعدة الذي يسيطر على المدينة منذ ...», «المناطق التي تسيطر عليها المعارضة»: a present verb of
    holding or besieging (function words ``state_triggers``, entry ids) in a relative clause or with «منذ» tells
    who holds a place, a state, not an act of seizing. So does a noun of holding under a word of being held
    (``held_noun``)."""
    if hit.pos == "N" and hit.entry.id in fw("held_nouns"):  # («تخضع لحصار»: a siege still goes on)
        return held_noun(doc, hit, a, b)
    if hit.pos == "V" and doc.tokens[hit.i].text.endswith("ت") and hit.entry.id in fw("held_nouns") \
            and held_noun(doc, hit, a, b):
        return True  # «تحت سيطرت المقاومة»: «سيطرة» with «ت» for «ة», under a word of being held
    if hit.pos != "V" or hit.entry.id not in fw("state_triggers") or hit.cand.key[:1] not in ("ي", "ت"):
        return False
    before = range(max(a, hit.i - STATE_BACK), hit.i)  # («من» only right before it: else «من المواطنين»)
    if any(not keys_of(doc.tokens[t]).isdisjoint(fw("relatives")) for t in before) or (
            hit.i > a and doc.tokens[hit.i - 1].norm_key in fw("who_relatives")):
        return True
    return any(doc.tokens[t].norm_key == "منذ" for t in range(hit.j + 1, min(b, hit.j + 1 + STATE_AHEAD)))


HELD_AHEAD = 8  # words after «من سيطرة X» read for the «على» of an act of seizing («بعد أيام من سيطرة الكتيبة على»)


def held_noun(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«تحت سيطرة الحوثيين», «الخاضعة لسيطرة النظام», «مناطق سيطرة النظام», «تحرير عدن من سيطرة الحوثيين»: a
    noun of holding after a word of being held (function words ``under_words``), or in construct after «من» with
    no «على» + what is seized after it, says who holds a place: a state, not an act of seizing («تمكنت من
    السيطرة على», «بعد سيطرتها على المدينة» still are acts)."""
    if hit.i - 1 < a:
        return False
    prev = bare(doc.tokens[hit.i - 1].norm_key, "under_words")
    if prev in fw("under_words") or not keys_of(doc.tokens[hit.i - 1]).isdisjoint(fw("control_state_heads")):
        return True  # (round 94: control weakened, strengthened or compared, «إضعاف سيطرة», «أكثر سيطرة»: a state)
    if "ل" in hit.cand.proclitics and "ال" not in hit.cand.proclitics and _submitted(doc, hit, a):
        return True
    if prev != "من" or "ال" in hit.cand.proclitics:
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + HELD_AHEAD)):
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text):
            return True
        if key in ("على", "علي") or key.startswith(("عليه", "عليها", "عليهم")):
            return False
    return True


SUBMIT_BACK = 4  # words before «لسيطرة» read for a word of submission past what submits («خضوع ميناء المدينة لسيطرة»)


def _submitted(doc: Doc, hit: Hit, a: int) -> bool:
    """Round 94: «خضوع ميناء الحديدة لسيطرة الحوثيين»: «لـ» + a noun of holding after a word of submission
    (function words ``submission_words``) a few words before it, past the place that submits: who holds it."""
    for t in range(hit.i - 2, max(a, hit.i - 1 - SUBMIT_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare(doc.tokens[t].norm_key, "submission_words") in fw("submission_words"):
            return True
    return False


DISCIPLINE_HEADS = frozenset(nkey(w) for w in ("عالم", "علم", "علماء", "عالمة", "وعالم", "وعلم"))
QUALITY_HEADS = frozenset(nkey(w) for w in ("رجل", "رجال"))
ROUND_OWNERS = frozenset(nkey(w) for w in ("الانتخابات", "المفاوضات", "المحادثات", "المباحثات", "الحوار"))
ROUND_WINDOW = 14  # words back from «جولاتها» to the talks or elections its pronoun stands for


def not_an_act(doc: Doc, hit: Hit, a: int) -> bool:
    """Words that are no event here: a meeting noun after «عالم/علم» is a discipline («عالم الاجتماع»,
    «أستاذ علم الاجتماع»); an act noun after «رجل» (or coordinated with one that is) is a quality («رجل الحوار
    والمفاوضات»); a round whose pronoun stands for talks or elections named just before («الانتخابات التي كان
    يفترض أن تبدأ أولى جولاتها») is a round of those, no visit."""
    if hit.pos != "N" or hit.i - 1 < a:
        return False
    prev = doc.tokens[hit.i - 1].norm_key
    if prev in DISCIPLINE_HEADS and hit.entry.code.startswith("04") and hit.cand.key.removeprefix("ال") == "اجتماع":
        return True
    if prev in QUALITY_HEADS or (doc.tokens[hit.i].norm_key.startswith("و") and hit.i - 2 >= a
                                 and doc.tokens[hit.i - 2].norm_key in QUALITY_HEADS):
        return True
    if hit.entry.code == "042" and hit.cand.key.startswith("جول") and _inspection_or_round(doc, hit):
        return True
    if hit.entry.code == "042" and hit.cand.key.startswith("جول") and doc.tokens[hit.j].norm_key.endswith(("ها", "هم")):
        return any(doc.tokens[t].norm_key.lstrip("و") in ROUND_OWNERS
                   for t in range(max(a, hit.i - ROUND_WINDOW), hit.i))
    return False


TOUR_AHEAD = 3  # words after «جولة» read for «على» (an inspection) or «من» (a round of something)
VISITS = frozenset(nkey(w) for w in ("زيارات", "الزيارات", "زيارة", "الزيارة"))


def _inspection_or_round(doc: Doc, hit: Hit) -> bool:
    """«جولاتها على المراكز الانتخابية»: a tour «على» places is an inspection round, no visit abroad; «جولة جديدة
    من التمويل», «الجولة القادمة من جلسات الحوار»: a round of something, no travel («جولة ثانية من زيارات» is)."""
    stems = fw("sightseeing_stems")
    for t in range(hit.j + 1, min(len(doc.tokens), hit.j + 2 + TOUR_AHEAD)):
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text):
            return False
        plain = key.removeprefix("و").removeprefix("ب").removeprefix("ل").removeprefix("ال")
        if any(plain.startswith(s) for s in stems):
            return True  # «جولة ضمن المعالم السياحية»: sightseeing, no visit (round 167)
        if t > hit.j + TOUR_AHEAD:
            continue
        if key in ("على", "علي"):
            return True
        if key == "من":
            nxt = doc.tokens[t + 1].text if t + 1 < len(doc.tokens) else ""
            return nxt != "" and not nxt[:1].isdigit() and nkey(nxt) not in VISITS  # («جولته من 6 إلى 8 أغسطس»)
    return False


# nouns of an attack that can be the subject of a verb of harm («استهدف هجوم انتحاري مخفرا»)
ATTACKS = frozenset(("attack", "suicide_attack", "airstrike", "airraid", "strike_mil", "shell", "bombing", "explode"))
DEVICES = ("مفخخ", "ناسف", "ملغوم")  # «مفخخة», «ناسفة»: the device's adjective, no subject


def attack_subject(doc: Doc, hit: Hit, hits: list[Hit], a: int, own: Chunk | None = None) -> Hit | None:
    """The attack noun trigger that is the grammatical subject of the verb of harm ``hit``: right after it, in
    the nominative («واستهدف هجوم انتحاري مخفرا للشرطة»; not «هجوما», the accusative, nor a noun after a
    preposition), or the antecedent of the relative right before it, past one adjective («هجماتها التي تستهدف
    الميليشيات», «الغارة الجوية التي استهدفت»). The verb's actor is then the attack's own, never one carried from
    an earlier sentence. ``a``: the sentence's first token. A noun of harm with no actor of its own (``own``) told
    as the result of an attack has that attack's actor (``result_attack``)."""
    if hit.pos == "N" and own is None:
        return result_attack(doc, hit, hits, a)
    if hit.pos != "V" or hit.entry.plover != "ASSAULT":
        return None
    toks = doc.tokens
    relative = hit.i - 1 >= a and bare(toks[hit.i - 1].norm_key, "relatives") in fw("relatives")
    for n in hits:
        if n.pos != "N" or n.entry.id not in ATTACKS or n.cand.key.removeprefix("ال").startswith(DEVICES):
            continue
        if n.i == hit.j + 1:
            governed = any(p in ("ب", "ل", "ك") for p in n.cand.proclitics)
            return None if governed or toks[n.j].norm_key.endswith("ا") else n
        if relative and n.j < hit.i and hit.i - 2 - n.j <= 1:
            between = [toks[t] for t in range(n.j + 1, hit.i - 1)]
            if all(is_nisba(t.text) or t.norm_key.startswith("ال") for t in between):
                return n
    return None


RESULT_WINDOW = 24  # words back from a noun of harm to the verb of result whose complement it is


def result_attack(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> Hit | None:
    """«أسفرت غارات للطيران التركي على قرية عن مقتل ثمانية مدنيين», «أدى القصف الإسرائيلي على غزة إلى مقتل»,
    «خلف القصف قتلى»: a noun of harm after «عن/إلى» of a verb of result (function words ``result_verbs``,
    ``result_particles``), or in the accusative of a verb of toll (``toll_verbs``), in the same clause: the attack
    noun that is that verb's subject, right after it or before it past a relative and adjectives («الغارة الجوية
    التي أسفرت عن مقتل»), or after «ما/مما» the last act of force before it; the harm is that attack's."""
    if hit.pos != "N" or hit.entry.plover != "ASSAULT" or hit.i - 2 < a:
        return None
    toks = doc.tokens
    particle = toks[hit.i - 1].norm_key in fw("result_particles")
    if not particle and hit.cand.proclitics and hit.cand.proclitics != ("و",):
        return None
    verb = None
    for v in range(hit.i - 1, max(a, hit.i - RESULT_WINDOW) - 1, -1):
        if clause_stop(toks[v].text) and not (particle and toks[v].text in ("،", ",")):
            return None  # (a time between commas: «أسفرت غارات، فجر أمس، على قرية عن مقتل»)
        k = verb_key(toks[v].text)
        if k in (fw("result_verbs") if particle else fw("toll_verbs")):
            verb = v
            break
    if verb is None:
        return None
    if verb - 1 >= a and toks[verb - 1].norm_key in ("ما", "مما"):
        # «قصفت قوات النظام مناطق في البلدة ما أدى إلى مقتل»: the act of force the clause before tells
        last = max((n for n in hits if a <= n.i and n.j < verb - 1 and n.entry.plover == "ASSAULT"), default=None,
                   key=lambda n: n.i)  # («باستهداف مقرات لها، مما أسفر»: that act, not the attack before it)
        return last if last is not None and not last.cand.key.removeprefix("ال").startswith(DEVICES) else None
    for n in hits:
        if n.pos != "N" or n.entry.id not in ATTACKS or n.cand.key.removeprefix("ال").startswith(DEVICES):
            continue
        if n.i == verb + 1 and not any(p in ("ب", "ل", "ك") for p in n.cand.proclitics):
            return n  # «أسفرت غارات ... عن»
        between = [toks[t] for t in range(n.j + 1, verb)]
        if n.j < verb and len(between) <= 2 and all(
                is_nisba(t.text) or t.norm_key.startswith("ال") or bare(t.norm_key, "relatives") in fw("relatives")
                for t in between):
            return n  # «الغارة الجوية التي أسفرت عن», «غارة أسفرت عن»
    return None


ATTACK_AGENT_WINDOW = 16  # tokens from an attack's actor to the relative verb the attack is the subject of
NATIONAL = ("airstrike", "airraid", "strike_mil", "shell", "attack", "bombing")  # («غارة أميركية»: whose)


def attack_agent(doc: Doc, chunks: list[Chunk], attack: Hit, verb: Hit, own: Chunk | None) -> Chunk | None:
    """The actor of a verb whose subject is the attack noun ``attack`` (``attack_subject``): after the verb, its
    agent phrase («هجوم شنه مسلحون», «على يد») or nisba («قتلت غارة جوية أميركية الزرقاوي»: the phrase after is
    the verb's object, no genitive); before it, ``own``, the attack's actor by its frame, if near («صعدت المقاومة
    هجماتها التي تستهدف»; not a subject many words back)."""
    if attack.i > verb.j:
        found = agent(doc, chunks, attack)
        if found is None and attack.entry.id in NATIONAL and attack.j + 1 < len(doc.tokens) and is_nisba(
                doc.tokens[attack.j + 1].text):
            found = plain_chunk(doc.tokens, attack.j + 1, attack.j + 1)
        return found
    return own if own is not None and verb.i - own.j <= ATTACK_AGENT_WINDOW else None


FORCE_LIGHT_WINDOW = 10  # words from «شن/نفذ/أجرى» to the noun act of force it governs
RESUMPTIVE_PLACES = frozenset(nkey(w) for w in ("فيها", "فيه", "خلالها", "خلاله"))


def _governed_act(doc: Doc, hit: Hit, t: int) -> bool:
    """«نفذت «ايتا» المجموعة المسؤولة عن مقتل ...»: a preposition between the light verb at ``t`` and the act (or
    on the act) governs it, no object of the verb; not «من» after a quantity («سلسلة من الغارات») nor a time's own
    («منذ ذلك الحين», which the time layer may leave, «في الأسابيع الأخيرة»)."""
    if any(p != "و" for p in hit.cand.proclitics if p != "ال"):
        return True
    for k in range(t + 1, hit.i):
        tok = doc.tokens[k]
        key = tok.norm_key
        if key in ("من", "منذ") or in_time(doc, tok):
            continue
        if k + 1 < hit.i and in_time(doc, doc.tokens[k + 1]):
            continue  # «وتشن تركيا في الأسابيع الأخيرة غارات»: the preposition of a time between them
        if bare(key, "prepositions") in fw("prepositions"):
            return True
    return False


OF_WORD = nkey("من")


def _counted_people(doc: Doc, chunks: list[Chunk], t: int, act: int) -> Chunk | None:
    """Round oe345: a count or group word right after the light verb at token ``t`` with a «من» phrase of people
    or of a named body before the act at token ``act`` is its subject, the group counted («ونظم المئات من الطلاب
    مظاهرة», «ونظمت عشرات من النساء وقفة احتجاجية», «شن العشرات من المسلحين هجوما»); not a count of the acts
    («نفذوا 17 ضربة»: no «من» group), nor a «من» phrase of a place or a thing («نظم العشرات من المدن»)."""
    toks = doc.tokens
    u = t + 1
    if u + 2 >= act or toks[u + 1].norm_key != OF_WORD:
        return None
    head = next((c for c in chunks if c.i == u), None)
    key = toks[u].norm_key
    if not ((head is not None and head.number and head.prep is None)
            or key in fw("quantity_heads") or key.removeprefix("ال") in fw("quantity_heads")):
        return None
    group = next((c for c in chunks if c.i == u + 2 and c.prep == "من"), None)
    if group is None or group.j >= act or group.number:
        return None
    plain = plain_chunk(toks, group.i, group.j, group.end)
    if not (group.entity is not None and group.etype not in PLACES or group.entity is None and actor_phrase(doc, plain)):
        return None
    return plain_chunk(toks, u, group.j, group.end)


def light_verb_subject(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int,
                       words: str = "force_light_verbs") -> Chunk | None:
    """«وشن مسلحون أكراد هجوما على مركز», «وشنت تركيا منذ ذلك الحين سلسلة من الغارات», «أن أحد مقاتليها شن
    هجوما»: the subject of «شن/نفذ/أجرى» (function words ``force_light_verbs``) before a noun act of force in its
    clause is the act's source: a name, a definite phrase or a noun of people or of an armed body between them
    (VSO: «وشنت الطائرات قصفا»), else the verb's subject before it (SVO). Not a count or a quantity word («نفذوا 17 ضربة», «نفذت أول ضربة»).
    Round oe315: ``words`` names another list of such verbs («organising_verbs»: «ونظم الطلاب مظاهرة»)."""
    t = light_verb_before(doc.tokens, hit.i, sent_start, FORCE_LIGHT_WINDOW, clause_break, words)
    if t is None:
        return None
    key = bare(doc.tokens[t].norm_key, words)
    if breaks_between(doc, t + 1, hit.i) or verb_between(doc, t + 1, hit.i) or _governed_act(doc, hit, t):
        return None
    counted = _counted_people(doc, chunks, t, hit.i)
    if counted is not None:
        return counted  # round oe345: «ونظم المئات من الطلاب مظاهرة»: the people counted
    run = next((c for c in chunks if c.i < t <= c.j and c.entity is None and c.prep is None), None)
    if run is not None:  # «أن أحد مقاتليها شن هجوما», «مسلحون شنوا»: the word run took in the verb, even indefinite
        d = plain_chunk(doc.tokens, run.i, t - 1)
        if not d.number and not in_time(doc, d) and can_act(doc, d) and (d.definite or actor_phrase(doc, d)):
            return d
    for c in chunks:
        # («التي ينفذ فيها مقاتلونا عمليات»: past the resumptive «فيها» the run took in)
        resumed = c.prep is not None and c.j > c.i and doc.tokens[c.i].norm_key in RESUMPTIVE_PLACES
        if c.j <= t or c.i >= hit.i or (c.prep is not None and not resumed) or c.number:
            continue
        a, b = max(c.i + resumed, t + 1), min(c.j, hit.i - 1)
        while b >= a and in_time(doc, doc.tokens[b]):
            b -= 1  # «نفذ أحد مقاتلينا الليلة الماضية هجوما»: the time word the run took in
        if b < a:
            continue
        # (the chunker's run may hold the verb or the act itself: «وشن مسلحون», «أكراد هجوما»)
        d = c if (a, b) == (c.i, c.j) and not resumed else plain_chunk(doc.tokens, a, b)
        if not in_time(doc, d) and can_act(doc, d) and (d.entity is not None or d.definite or actor_phrase(doc, d)):
            return resolve_title(chunks, d, doc) if d is c else d
    group = _member_group_before(doc, chunks, t)
    if group is not None:
        return group  # «إن مسلحين من حزب العمال نفذوا هجوما»: the organisation whose men did it
    before = subject_before(doc, chunks, t, sent_start, nominal=False, plural=key.endswith(("وا", "ون")))
    ok = before is not None and not before.number and can_act(doc, before) and (
        before.entity is not None or before.definite or actor_phrase(doc, before))
    return before if ok else None

"""Round ev444: a noun act whose possessive pronoun is its doer: the one that pronoun stands for.

«وكان بين هؤلاء من طالب رفلين بالاستقالة. كل ذلك بسبب تصريحاته التي أطلقها»: a one-word noun trigger with no source
(nor an unnamed source phrase), whose stem is a noun of an act that its possessive pronoun does (function words
``doer_owned_nouns``: «تصريحاته», «زيارتها», «جولته», «لقائه», «في بيانها», «سيطرتها على»), with a singular «ـه/ـها»
on it, is done by the person or body that pronoun stands for: the one named last before it in its sentence that
agrees with it, else the one such party named in the sentence before (none where two are named there). «ـه» a man
or a body with a masculine head («رفلين», «الجيش»), «ـها» a woman, a state or a body with a feminine head
(«موغيريني», «تركيا», «الحكومة السورية»).

Nothing for a masdar whose pronoun is mostly the one acted on («بنائه», «تنفيذها», «اعتقاله»: not in the list), for
«ـهم» after persons (no single person), where no named party agrees (a feminine «ـها» after a man alone), where
the one found is the act's target, or for a newspaper or agency (the teller of the story).

Round ev897: «ـهم» stands for a body named by a plural of a nisba («الحوثيين», «الجمهوريين»), none past an
unnamed plural of people («المسلحين») it may stand for; a person of no gender from the entity layer agrees by the
finite verb right after a mention («فيديريكا موغيريني تجاهلت هذه القضية في زيارتها»: «تجاهلت», a woman); a noun
act in a sentence with no party named before it, after a verb of saying whose subject is dropped, is done by that
cue's speaker where the pronoun agrees («وقالت إثر لقائها بالرئيس التونسي»: the minister the quotes stage gave
«وقالت»); and «دعوة» («لجهة دعوته لإنشاء مجموعات»: his call) is his, not after «تم/جرى» («تمت دعوته»: he is
invited) nor before a visit or an attendance (function words ``invited_acts``: «دعوته لزيارة الرياض», whom the
invitation is for).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event, Span
from ..text.verb_gender import past_feminine
from .acting import is_press
from .forms import fw_bare_keys, fw_keys, nkey
from .named import feminine_name
from .source_set import name_party
from .word_tests import enclitic, finite_verb, mention_holding

PRONOUNS = ("ه", "ها", "هم")
NISBA_PLURALS = ("يون", "يين")  # «الحوثيون», «الحوثيين», «الجمهوريين»
PLURAL_ENDINGS = ("ون", "ين")
INVITATION = nkey("دعوة")


def _agrees(doc: Doc, ent: Entity, start: int, end: int, pron: str) -> bool | None:
    """Whether the named ``ent`` (its mention at ``start:end``) is what the possessive ``pron`` stands for: True
    where it agrees, None where it may be what the pronoun stands for but is no sure doer (a person of unknown
    gender or a town for «ـها», an unnamed group), False where it cannot be."""
    if is_press(ent):
        return False
    if pron == "هم":
        return ent.type == "ORGANIZATION" and _nisba_plural(doc.text[start:end])
    if ent.type == "GROUP":
        return None
    gender = ent.attrs.get("gender") if ent.type == "PERSON" else None
    if ent.type == "PERSON" and gender is None:
        gender = _verb_gender(doc, end)
    if pron == "ها":
        if gender == "f" or ent.attrs.get("kind") == "country":
            return True
        if ent.type == "ORGANIZATION":
            return feminine_name(doc, start, doc.text[start:end])
        return None if ent.type == "LOCATION" or ent.type == "PERSON" and gender is None else False
    if ent.type == "PERSON":
        return gender != "f"
    return ent.type == "ORGANIZATION" and ent.attrs.get("kind") != "country" and not feminine_name(
        doc, start, doc.text[start:end])


def _nisba_plural(name: str) -> bool:
    """Whether a body's name ends in a plural of a nisba, a people («الحوثيين», «الجمهوريين»; not «البنتاغون»)."""
    words = name.split()
    return bool(words) and nkey(words[-1]).endswith(NISBA_PLURALS)


def _verb_gender(doc: Doc, end: int) -> str | None:
    """The gender of the finite verb right after a mention ending at ``end`` («موغيريني تجاهلت»: "f"), else None."""
    k = doc.token_from(end)
    if k is None or k >= len(doc.tokens) or not finite_verb(doc.tokens[k]):
        return None
    return "f" if past_feminine(doc.tokens[k].norm_key.removeprefix("و").removeprefix("ف")) else None


def _cue_speaker(doc: Doc, ev: Event, at: int, pron: str) -> Entity | None:
    """The named speaker of a verb of saying with a dropped subject before offset ``at`` in the event's sentence,
    where no party is named between the sentence's start and ``at`` and the pronoun agrees with the speaker
    («وقالت إثر لقائها»)."""
    lo = ev.sentence.start
    if any(lo <= m.start < at for e in doc.entities for m in e.mentions):
        return None
    for q in doc.quotes:
        if lo <= q.cue.start and q.cue.end <= at and q.speaker is not None:
            ent = doc.entity(q.speaker)
            if ent is not None and ent.mentions and _agrees(doc, ent, ent.mentions[0].start, ent.mentions[0].end,
                                                            pron) is True:
                return ent
    return None


def _invited(doc: Doc, k: int) -> bool:
    """Whether «دعوته» at token ``k`` is the invitation of the one its pronoun stands for: after «تم/جرى», or before
    a visit or an attendance (``invited_acts``, past «لـ/إلى»)."""
    if k > 0 and doc.tokens[k - 1].norm_key.removeprefix("و") in fw_keys("tamm_forms"):
        return True
    nxt = k + 1
    if nxt < len(doc.tokens) and doc.tokens[nxt].norm_key == nkey("إلى"):
        nxt += 1
    if nxt >= len(doc.tokens):
        return False
    stems = [w.norm for w in doc.tokens[nxt].words if w.kind == "stem"]
    return len(stems) == 1 and nkey(stems[0]).removeprefix("ال") in fw_bare_keys("invited_acts")


def _owned_before(doc: Doc, lo: int, hi: int, pron: str) -> bool:
    """Whether a noun between offsets ``lo`` and ``hi`` (before the party found) carries the same possessive pronoun
    («وأعرب عن إعجابه بتنظيم داعش ودعوته»: «ـه» goes on for the one «إعجابه» stands for, not the party named after
    it): a stem of four letters or more, no finite verb («عليه», «أنه», «قاله» are none); an indefinite word the
    word layer left whole counts where its own letters end in the pronoun («إعجابه»; not «الله», «الخلافة»)."""
    for tok in doc.tokens_in(Span(lo, hi)):  # (by bisection over the token starts)
        if finite_verb(tok):
            continue
        stems = [w.norm for w in tok.words if w.kind == "stem"]
        if len(stems) != 1:
            continue
        stem = nkey(stems[0])
        if enclitic(tok) == pron and len(stem.removeprefix("ال")) >= 4:
            return True
        whole = not enclitic(tok) and tok.text.endswith(pron) and not stem.startswith("ال")
        if whole and len(stem) - len(pron) >= 4:
            return True
    return False


def _own_words(ent: Entity) -> frozenset[str]:
    """The words of the name and titles of ``ent`` as keys with no «و» or article («رئيس», «حكومة», «مجلس»)."""
    words = " ".join([ent.name, *ent.roles]).split()
    return frozenset(nkey(w).removeprefix("و").removeprefix("ال") for w in words)


def _unnamed_party(doc: Doc, lo: int, hi: int, pron: str, ent: Entity) -> bool:
    """Whether a word between offsets ``lo`` and ``hi``, in no named mention, heads an unnamed person or body the
    pronoun agrees with: a title (function words ``titles``) or a head of ``owner_party_heads``; «ـها» one in «ة»
    or «ات» («لجنة», «القوات», «الوزيرة»), «ـه» another («المجلس», «النظام», «وزير الخارجية»). Not a word of the
    name or a title of ``ent`` itself («خالد بحاح ... رئيس الوزراء»: his title; «المجلس» for «مجلس الوزراء»)."""
    own = _own_words(ent)
    for k, tok in enumerate(doc.tokens):
        if tok.start < lo or tok.end > hi or mention_holding(doc, k) is not None:
            continue
        stems = [w.norm for w in tok.words if w.kind == "stem"]
        key = nkey(stems[0]).removeprefix("ال") if len(stems) == 1 else ""
        if pron == "هم":
            if len(key) >= 5 and key.endswith(PLURAL_ENDINGS):
                return True  # an unnamed plural of people («المقاتلين», «المسلحون»)
            continue
        feminine = key.endswith(("ه", "ات"))
        head = key in fw_bare_keys("owner_party_heads") or key in fw_bare_keys("titles") or (
            feminine and key[:-1] in fw_bare_keys("titles"))
        if head and feminine == (pron == "ها") and key not in own:
            return True
    return False


def _antecedent(doc: Doc, ev: Event, at: int, pron: str) -> Entity | None:
    """The party the pronoun on the trigger (at offset ``at``) stands for: the one named last before it in its
    sentence where it agrees, else the one party named in the sentence before where it agrees; None where none (or
    two there), where the nearest one may not be a sure doer, or where an unnamed party the pronoun agrees with
    stands between."""
    here = ev.sentence.start
    before = max((s.start for s in doc.sentences if s.end <= here), default=here)
    nearest: tuple[int, int, Entity, bool | None] | None = None
    earlier: dict[str, bool | None] = {}
    for ent in doc.entities:
        for m in ent.mentions:
            if m.end > at or m.start < before:
                continue
            fits = _agrees(doc, ent, m.start, m.end, pron)
            if fits is False:
                continue
            if m.start >= here:
                if nearest is None or m.start > nearest[0]:
                    nearest = (m.start, m.end, ent, fits)
            elif earlier.get(ent.id) is not True:
                earlier[ent.id] = fits
    if nearest is not None:
        start, end, ent, sure = nearest
        return ent if sure is True and not _unnamed_party(doc, end, at, pron, ent) and not _owned_before(
            doc, here, start, pron) else None
    if len(earlier) != 1:
        return None
    eid, fits = next(iter(earlier.items()))
    found = doc.entity(eid)
    if found is None or fits is not True:
        return None
    lo = max(m.end for m in found.mentions if m.end <= at) if pron == "هم" else here  # («المسلحين» after it)
    return None if _unnamed_party(doc, lo, at, pron, found) else found


def _owned_token(doc: Doc, ev: Event) -> int | None:
    """The token of the owned noun act: a one-word noun trigger, or (round ev710) the noun of a two-word trigger
    after a light verb of force (function words ``force_light_verbs``: «وشن غاراتها على طالبان», «بعد مطاردة
    أميركا له، وشن غاراتها»: the masdar «شنّ» read as a verb, with no subject of its own)."""
    k = doc.token_at(ev.trigger.start)
    last = doc.token_at(ev.trigger.end - 1)
    if k is None or last is None:
        return None
    if k == last:
        return k if ev.attrs.get("pos") == "N" else None
    stems = [w.norm for w in doc.tokens[k].words if w.kind == "stem"]
    light = len(stems) == 1 and nkey(stems[0]).removeprefix("و") in fw_keys("force_light_verbs")
    return last if last == k + 1 and light else None


def owned_doers(doc: Doc, events: list[Event]) -> None:
    """Give a sourceless noun act of ``doer_owned_nouns`` with «ـه/ـها» on it the party its pronoun stands for."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("source_span"):
            continue
        k = _owned_token(doc, ev)
        if k is None:
            continue
        tok = doc.tokens[k]
        pron = enclitic(tok)
        stems = [w.norm for w in tok.words if w.kind == "stem"]
        if pron not in PRONOUNS or len(stems) != 1 or nkey(stems[0]) not in fw_keys("doer_owned_nouns"):
            continue
        if nkey(stems[0]) == INVITATION and _invited(doc, k):
            continue
        ent = _cue_speaker(doc, ev, tok.start, pron) or _antecedent(doc, ev, tok.start, pron)
        if ent is None or ent.id == ev.target:
            continue
        name_party(ev, "source", ent.id)
        ev.attrs["source_owned_doer"] = True

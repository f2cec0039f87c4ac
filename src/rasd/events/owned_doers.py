"""Round ev444: a noun act whose possessive pronoun is its doer: the one that pronoun stands for.

«وكان بين هؤلاء من طالب رفلين بالاستقالة. كل ذلك بسبب تصريحاته التي أطلقها»: a one-word noun trigger with no source
(nor an unnamed source phrase), whose stem is a noun of an act that its possessive pronoun does (function words
``doer_owned_nouns``: «تصريحاته», «زيارتها», «جولته», «لقائه», «في بيانها», «سيطرتها على»), with a singular «ـه/ـها»
on it, is done by the person or body that pronoun stands for: the one named last before it in its sentence that
agrees with it, else the one such party named in the sentence before (none where two are named there). «ـه» a man
or a body with a masculine head («رفلين», «الجيش»), «ـها» a woman, a state or a body with a feminine head
(«موغيريني», «تركيا», «الحكومة السورية»).

Nothing for a masdar whose pronoun is mostly the one acted on («بنائه», «تنفيذها», «اعتقاله»: not in the list), for
«ـهم» (no single person), where no named party agrees (a feminine «ـها» after a man alone), where the one found is
the act's target, or for a newspaper or agency (the teller of the story).
"""

from __future__ import annotations

from ..doc import Doc, Entity, Event
from .acting import is_press
from .forms import fw_bare_keys, fw_keys, nkey
from .named import feminine_name
from .source_set import name_party
from .word_tests import enclitic, mention_holding

PRONOUNS = ("ه", "ها")


def _agrees(doc: Doc, ent: Entity, start: int, end: int, pron: str) -> bool | None:
    """Whether the named ``ent`` (its mention at ``start:end``) is what the possessive ``pron`` stands for: True
    where it agrees, None where it may be what the pronoun stands for but is no sure doer (a person of unknown
    gender or a town for «ـها», an unnamed group), False where it cannot be."""
    if is_press(ent):
        return False
    if ent.type == "GROUP":
        return None
    gender = ent.attrs.get("gender") if ent.type == "PERSON" else None
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
        _, end, ent, sure = nearest
        return ent if sure is True and not _unnamed_party(doc, end, at, pron, ent) else None
    if len(earlier) != 1:
        return None
    eid, fits = next(iter(earlier.items()))
    found = doc.entity(eid)
    return found if found is not None and fits is True and not _unnamed_party(doc, here, at, pron, found) else None


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
        ent = _antecedent(doc, ev, tok.start, pron)
        if ent is None or ent.id == ev.target:
            continue
        name_party(ev, "source", ent.id)
        ev.attrs["source_owned_doer"] = True

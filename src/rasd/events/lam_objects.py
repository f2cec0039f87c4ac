"""Round ev477: the object of a noun act whose doer is the pronoun on it, told by a glued «لـ» right after it.

«واصلت الميليشيات قصفها للأحياء السكنية», «وتواصل هذه الأطراف انتقاداتها للقاعدة العسكرية», «اعتقالهم
للناشطين»: when a masdar's doer is its genitive pronoun («ـه», «ـها», «ـهم», «ـهما»), Arabic tells its object with
«لـ» (lām al-taqwiya). An act of disapproval, accusation or threat, or of coercion, arrest or force (CAMEO 11–13,
17–19) with no target whose trigger is a noun bearing such a pronoun (or a masdar written like a verb with an object
pronoun, «قصفها», read after a verb of aspect, ``aspect_verbs``: «واصلت الميليشيات قصفها»), followed right away
(past its own adjectives, :func:`.min_agents.past_act_noun`) by a word with a glued «لـ», has what «لـ» governs as
its target: the entity whose name starts there (:func:`.lam_targets.lam_named`), else the noun with the definite
words after it (its genitive, its adjectives: at most three words) as an unnamed phrase. After a verb of aspect, the
pronoun read as the object («قصفها» → «ها») gives way to that «لـ» phrase («قصفها لمدينة تعز»: Taiz).

Nothing where «لـ» opens a time, a purpose or a cause rather than an object (function words ``lam_object_stops``:
«لعدم», «لمدة», «لصالح»; a time expression, «لليوم الثالث»; an indefinite masdar, «لإدانته», «لتحقيق»), for a «لـ» with a
pronoun («لها»), for a trigger with no pronoun («الهجوم الأخير لداعش»: there «لـ» tells the doer), or where the
one named is the event's source.
"""

from __future__ import annotations

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from .chunks import clause_stop, verb_key
from .forms import bare, fw, fw_keys, nkey
from .lam_targets import lam_named
from .lexicon import masdar, match_token
from .lifting import VERB_OPENERS
from .carried_subjects import people_head
from .min_agents import past_act_noun
from .source_set import name_party, set_phrase
from .word_tests import clause_break, enclitic, entity_starting, entity_within, phrase_break, starts_in_time

CODES = ("11", "12", "13", "17", "18", "19")
DOERS = ("ه", "ها", "هم", "هما")  # the pronoun on the masdar that is its doer
ASPECT_GAP = 6  # tokens from the verb of aspect to the masdar («واصلت لليوم الثاني على التوالي قصفها»)
LAM = nkey("ل")


def _after_aspect(doc: Doc, k: int, first: int) -> bool:
    """A verb of aspect stands within ``ASPECT_GAP`` tokens before token ``k`` in its sentence, no comma or end
    punctuation between."""
    for v in range(k - 1, max(first, k - ASPECT_GAP) - 1, -1):
        if doc.tokens[v].text in COMMAS or clause_break(doc.tokens[v].text):
            return False
        if {doc.tokens[v].norm_key, verb_key(doc.tokens[v].text)} & fw("aspect_verbs"):
            return True
    return False


def _lam_object(doc: Doc, n: int) -> bool:
    """Token ``n`` is a glued «لـ» opening a noun that may be an object (module docstring), not a time, purpose or
    cause."""
    words = doc.tokens[n].words
    if len(words) != 2 or words[0].kind != "proclitic" or nkey(words[0].form) != LAM or words[1].kind != "stem":
        return False  # (one proclitic and a stem: «لها» bears a pronoun, «للأحياء» is «ل» + «الأحياء»)
    stem = nkey(words[1].form)
    bare_stem = stem[2:] if stem.startswith("ال") else stem
    if stem in fw_keys("lam_object_stops") or bare_stem in fw_keys("lam_object_stops"):
        return False
    return not starts_in_time(doc, doc.tokens[n]) and (stem.startswith(("ال", "م")) or not masdar(stem))
    # («للأحياء» is no «إحياء», «لمدينة» no «مفاعلة»: a purpose in «م» is listed, «لمواجهة»)


def _object_start(doc: Doc, ev: Event, first: int) -> int | None:
    """The token of the «لـ» object right after the noun act of ``ev`` with its doer's pronoun, or None."""
    k = doc.token_at(ev.trigger.start)
    last = doc.token_at(ev.trigger.end - 1)
    if k is None or last is None or k != last or enclitic(doc.tokens[k]) not in DOERS:
        return None
    hit = match_token(doc.tokens, k)
    if hit is None:
        return None
    if hit.pos == "N":
        n = past_act_noun(doc, ev)
    elif _after_aspect(doc, k, first):
        n = k + 1 if k + 2 < len(doc.tokens) else None  # (a masdar read as a verb: no adjective is read past it)
    else:
        return None
    return n if n is not None and _lam_object(doc, n) else None


def _pronoun_read(ev: Event) -> bool:
    """The target of ``ev`` was read from the pronoun on its trigger, written like a verb's object
    («واصلت الميليشيات قصفها»: «ـها»): its phrase, if any, lies inside the trigger."""
    span = ev.attrs.get("target_span")
    if ev.attrs.get("pos") == "N":
        return False
    return not isinstance(span, list) or len(span) == 2 and ev.trigger.start <= int(span[0]) < ev.trigger.end


def lam_objects(doc: Doc, events: list[Event]) -> None:
    """Give a noun act with its doer's pronoun the «لـ» object right after it as its target (module docstring)."""
    for ev in events:
        if not ev.code.startswith(CODES):
            continue
        first = doc.token_at(ev.sentence.start) or 0
        n = _object_start(doc, ev, first)
        if n is None:
            continue
        if (ev.target is not None or ev.attrs.get("target_span")) and not _pronoun_read(ev):
            continue  # (a target read elsewhere is kept, but a masdar's pronoun read as its object gives way)
        _lam_target(doc, ev, n)
    lam_genitives(doc, events)


def _lam_target(doc: Doc, ev: Event, n: int) -> None:
    """Give ``ev`` the «لـ» object opening at token ``n`` as its target: the one named there, else its phrase."""
    ent = lam_named(doc, n)
    if ent is not None and ent.id == ev.source:
        return
    if ent is not None:
        name_party(ev, "target", ent.id)
        return
    if entity_within(doc, n) is not None:
        return  # (a name not at the start of the word: its head is another's)
    if n + 1 < len(doc.tokens) and (ent := entity_starting(doc, n + 1)) is not None:
        if ent.id != ev.source:  # «قصفها لمدينة تعز», «اعتقالها لعناصر حزب العمال»: the one named in its genitive
            name_party(ev, "target", ent.id)
        return
    last = n
    while last + 1 < len(doc.tokens) and last - n < 2 and doc.tokens[last + 1].norm_key.startswith("ال") \
            and not phrase_break(doc, last + 1) and entity_within(doc, last + 1) is None:
        last += 1  # its genitive and definite adjectives («للأحياء السكنية», «لمواقع المعارضة»)
    ev.target = None
    set_phrase(ev, "target", doc.text, doc.tokens[n].start, doc.tokens[last].end)  # (arg_edges trims «لـ»)


def _doer_head(doc: Doc, g: int) -> bool:
    """Token ``g`` may head a masdar's doer genitive: a name, a plural of people, definite («المستوطنين», «الوزراء»)
    or not («مستوطنين»), or a force or its arms (``lam_doer_heads``: «قوات», «الطائرات»); not a word that itself
    governs a «لـ» (``lam_governing_words``: «المنتمين للمناطق», «المؤيدين للنظام»)."""
    tok = doc.tokens[g]
    key = tok.norm_key
    if len(tok.words) != 1 or phrase_break(doc, g) or key in fw_keys("lam_governing_words"):
        return False
    if entity_starting(doc, g) is not None or people_head(doc, g) or key in fw_keys("lam_doer_heads"):
        return True
    return key.endswith(("ين", "ون")) and len(key) >= 6 and not key.startswith("ال") and not masdar(key)


def _genitive_doer(doc: Doc, ev: Event) -> tuple[int, int, int] | None:
    """(first, last token of the doer genitive, token of the «لـ» object) of a bare masdar trigger followed by a
    genitive of people and a definite or named «لـ» object («إحراق مستوطنين يهود للرضيع», «قصف الطائرات
    للمدنيين»), or None."""
    k = doc.token_at(ev.trigger.start)
    if k is None or k != doc.token_at(ev.trigger.end - 1) or enclitic(doc.tokens[k]) or k + 3 >= len(doc.tokens):
        return None
    hit = match_token(doc.tokens, k)
    stem = doc.tokens[k].words[-1].form if doc.tokens[k].words else doc.tokens[k].text
    if hit is None or nkey(stem).startswith("ال") or not _doer_head(doc, k + 1):
        return None
    ent = entity_starting(doc, k + 1)
    last = k + 1
    if ent is not None:
        while last + 1 < len(doc.tokens) and entity_within(doc, last + 1) is ent:
            last += 1
    while last - k < 3 and last + 1 < len(doc.tokens) and len(doc.tokens[last + 1].words) == 1 \
            and not phrase_break(doc, last + 1) and not doc.tokens[last + 1].norm_key.startswith("لل"):
        last += 1  # its adjectives and genitive («مستوطنين يهود», «قوات النظام»)
    if any(doc.tokens[t].norm_key in fw_keys("lam_governing_words") for t in range(k + 1, last + 1)):
        return None  # («سيطرة القوات الموالية للرئيس»: «لـ» is the adjective's)
    n = last + 1
    construct = hit.pos == "N" or _noun_read(doc, k, doc.token_at(ev.sentence.start) or 0)
    return (k + 1, last, n) if n + 1 < len(doc.tokens) and _lam_definite(doc, n, construct) else None


def _noun_read(doc: Doc, k: int, first: int) -> bool:
    """The trigger at token ``k``, spelt as a verb or its masdar, stands where a masdar does: not at its sentence's
    head, with no clitic, and no «و/ف», «قد/ثم/لم», relative or clause stop before it («بعد قصف قوات النظام»; not
    «ورفضت إيران», «التي رفض»)."""
    if k <= first or len(doc.tokens[k].words) != 1 or enclitic(doc.tokens[k]):
        return False
    prev = doc.tokens[k - 1]
    return not clause_stop(prev.text) and bare(prev.norm_key, "auxiliaries") not in VERB_OPENERS \
        and prev.norm_key not in fw("relatives")


def _lam_definite(doc: Doc, n: int, construct: bool) -> bool:
    """Token ``n`` is a «لـ» object (:func:`_lam_object`) that is definite or named, or a «للـ» word the word layer
    left whole («للرضيع»); an indefinite «لـ» phrase tells a cause or a kind more often («قصف الطائرات لأسباب»).
    With ``construct`` (a trigger read as a noun, :func:`_noun_read`) also a bare noun in construct (:func:`_lam_construct`; after a verb,
    «رفضت إيران الانصياع لقرارات مجلس الأمن», the «لـ» is the masdar's complement)."""
    words = doc.tokens[n].words
    if len(words) == 2:
        return _lam_object(doc, n) and (nkey(words[1].form).startswith("ال") or lam_named(doc, n) is not None
                                        or construct and _lam_construct(doc, n))
    key = doc.tokens[n].norm_key
    return len(words) == 1 and key.startswith("لل") and len(key) >= 5 and not starts_in_time(doc, doc.tokens[n]) \
        and "ا" + key[1:] not in fw_keys("lam_object_stops") and key[2:] not in fw_keys("lam_object_stops")


def _lam_construct(doc: Doc, n: int) -> bool:
    """Round ev589: the «لـ» object at token ``n`` is a bare noun in construct with a definite or named word
    («لقرى سهل الغاب», «لمواقع المعارضة»), not an act («لإسقاط النظام»: a purpose)."""
    if n + 1 >= len(doc.tokens) or len(doc.tokens[n + 1].words) != 1 or phrase_break(doc, n + 1):
        return False
    nxt = doc.tokens[n + 1]
    if not nxt.norm_key.startswith("ال") and entity_starting(doc, n + 1) is None:
        return False
    return match_token(doc.tokens, n) is None and not masdar(nkey(doc.tokens[n].words[1].form))


def _held_doer(doc: Doc, ev: Event, g: int, last: int) -> bool:
    """Round ev878: the target of the noun act ``ev`` opens its doer genitive, tokens ``g``..``last``, and lies in it
    («إحراق مستوطنين يهود للرضيع»: a masdar whose bare genitive is its object, ``gen:tgt``, read «مستوطنين» so):
    it is the doer."""
    if ev.attrs.get("pos") != "N":
        return False  # (a verb's object: «وأدانت القمة احتلال العراق للكويت»)
    lo, hi = doc.tokens[g].start, doc.tokens[last].end
    span = ev.attrs.get("target_span")
    if isinstance(span, list) and len(span) == 2:
        return lo == int(span[0]) and int(span[1]) <= hi
    ent = next((e for e in doc.entities if e.id == ev.target), None) if ev.target is not None else None
    return ent is not None and any(lo == m.start and m.end <= hi for m in ent.mentions)


def _held_target(doc: Doc, ev: Event, n: int) -> bool:
    """The target ``ev`` already has lies in the «لـ» object at token ``n`` (its first two words: «لقرى سهل
    الغاب» → «سهل الغاب»), so the doer genitive before it may still be read (round ev589)."""
    span = ev.attrs.get("target_span")
    if isinstance(span, list) and len(span) == 2:
        return doc.tokens[n].start <= int(span[0]) and int(span[1]) <= doc.tokens[min(n + 2, len(doc.tokens) - 1)].end
    return ev.target is not None and any(e is not None and e.id == ev.target
                                         for e in (lam_named(doc, n), entity_starting(doc, n + 1)))


def lam_genitives(doc: Doc, events: list[Event]) -> None:
    """Round ev510: «إحراق مستوطنين يهود للرضيع الفلسطيني», «قصف الطائرات للمدنيين»: a bare masdar of force or
    disapproval (``CODES``) with a genitive of people after it and then a «لـ» object has the genitive as its doer
    (the one named there, else its phrase) and the «لـ» object as its target (:func:`_lam_target`). Nothing where
    the event has a target other than one inside the «لـ» object or the doer genitive itself (round ev878: read as a
    ``gen:tgt`` masdar's object, it is dropped where no other doer is named), or a source other than the genitive; nothing after a definite trigger («الهجوم الأخير
    لداعش»: there «لـ» tells the doer) or for a «لـ» of time, purpose or cause (:func:`_lam_object`)."""
    for ev in events:
        if not ev.code.startswith(CODES):
            continue
        found = _genitive_doer(doc, ev)
        held = ev.target is not None or ev.attrs.get("target_span")
        doer_held = found is not None and bool(held) and _held_doer(doc, ev, found[0], found[1])
        if found is None or held and not (_held_target(doc, ev, found[2]) or doer_held):
            continue
        g, last, n = found
        ent = entity_starting(doc, g)
        span = ev.attrs.get("source_span")
        if ev.source is not None and (ent is None or ent.id != ev.source):
            continue  # (a doer named elsewhere is kept)
        if ev.source is None and isinstance(span, list) and len(span) == 2 \
                and not doc.tokens[g].start <= int(span[0]) < doc.tokens[n].end:
            continue
        if doer_held:
            name_party(ev, "target", None)  # round ev878: the doer genitive the argument finder read as the object
        if ent is not None:
            name_party(ev, "source", ent.id)
        else:
            name_party(ev, "source", None)
            set_phrase(ev, "source", doc.text, doc.tokens[g].start, doc.tokens[last].end)
        _lam_target(doc, ev, n)

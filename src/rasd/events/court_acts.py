"""Round ev970: trials, charges and sentences as legal action (CAMEO 173, PLOVER ARREST), beside
:mod:`.judicial_acts`.

Three trigger entries (triggers.tsv) and what this module gives them:

- ``court_appear``: «مثل فلان أمام محكمة الجنايات», «سيمثل أمام المحكمة»: a trial. The lexicon asks
  :func:`before_court`: «أمام» in the clause with a court or a prosecutor word (``court_words``,
  ``prosecutor_words``) right after it (not «يمثل الحزب»: he represents). :func:`court_acts` makes the one who
  appears (the subject the arguments read as the source) the target, and the court after «أمام» the source.
- ``sentenced``: «حكم على فلان بالإعدام», «حكمت المحكمة على فلان بالسجن» (a penalty «بـ» in the clause); the
  passive («حكم على» right after it) keeps no source carried from before but a judiciary.
- ``court_ruled``: «قضت المحكمة بسجن فلان عشر سنوات»: the court the source, the one the penalty masdar names
  (the name after it, past a title) the target (:func:`court_acts`).

And two readings of a charge (an accusation, 112) recoded as legal action by :func:`court_acts`: a charge
levelled by a judiciary (an actor coded ``JUD``: «وجهت النيابة العامة اتهاما إلى فلان»; «لم توجه» stays
negated, as where «لم» stands before the verb of a charge noun: «ولم توجه النيابة أي اتهام»), and a legal charge faced («يواجه فلان تهما بالرشوة»: a charge noun, ``charge_object_nouns``, or any
charge in a sentence that names a court: «القضية التي نظرت فيها المحكمة، وواجه فيها 32 شخصا اتهامات»).
The passive conviction «وأدين فلان بتهمة الاحتيال» (:mod:`.convictions`) takes the one convicted as its target.

Round mn979: ``inquiry_with``, «فتحت النيابة تحقيقا مع فلان» (no «قضائي»): legal action where a court, prosecutor
or police word opens it (:func:`inquiry_with`); the lexicon asks :func:`court_gate` of all these entries; two
verdicts told by other entries in other sentences are two acts (:func:`court_verdicts`, read by the dedup).

Round mn985: two named together as the subject of «مثل» («أن شوداري ورحمان مثلا أمام المحكمة») both appear: one
act for each (:func:`_co_defendant`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..doc import Doc, Event, Token
from .forms import bare_keys_of, fw, fw_keys, nkey
from .paired import second_party
from .source_set import name_party
from .trigger_table import plover_of
from .word_tests import clause_break, entity_within

__all__ = ["APPEAR_ENTRY", "PASSIVE", "SENTENCED_ENTRY", "before_court", "court_acts", "court_gate", "court_verdicts",
           "inquiry_with", "sentence_verb"]

APPEAR_ENTRY = "court_appear"  # triggers.tsv: «مثل ... أمام المحكمة»
SENTENCED_ENTRY = "sentenced"  # triggers.tsv: «حكم على فلان بالإعدام»
RULED_ENTRY = "court_ruled"  # triggers.tsv: «قضت المحكمة بسجن فلان»
INQUIRY_ENTRY = "inquiry_with"  # triggers.tsv: «فتحت النيابة تحقيقا مع فلان» (round mn979)
PASSIVE = nkey("أدين")  # «أُدين»: the passive perfect of «أدان» (:mod:`.convictions` reads it too)
CONVICT = "convict"  # :mod:`.convictions`' entry of a court's verdict
VERDICTS = frozenset(("sentence_passed", SENTENCED_ENTRY, RULED_ENTRY, CONVICT))  # a court's verdict on one
CHARGES = ("accuse", "level_charge")  # the entries of a charge (112)
LEGAL_ACTION = "173"  # CAMEO arrest, detain, or charge with legal action
JUDICIARY = "JUD"  # the actor code's sector of courts and prosecutors
ON = "عل"  # «على», «عليه», «عليهم»
BEFORE = ("امام", "أمام")  # keys of «أمام»
APPEAR_REACH = 8  # tokens from the verb to «أمام» («مثل الوزير السابق فلان الفلاني أمام»)
COURT_GAP = 2  # tokens from «أمام» to the court word («أمام هيئة المحكمة»)
NAME_REACH = 4  # tokens from the penalty masdar to the name of the one sentenced («بسجن الناشط البارز فلان»)
FACING_REACH = 8  # tokens from a charge noun back to a verb of facing («ويواجه فلان أمام المحكمة اتهامات»)
LEVEL_REACH = 6  # tokens from a charge noun back to its verb of charging («لم توجه النيابة العامة أي اتهام»)
OPENER_REACH = 5  # tokens from an inquiry noun back to the judiciary or police that opens it («فتحت النيابة العامة
# المصرية أمس تحقيقا»)
WITH = nkey("مع")
ASKING_LISTS = ("request_words", "asking_verbs", "urging_verbs", "demand_participles", "demand_nouns")  # round mn989
JOINT = "مشترك"  # «تحقيقا مشتركا مع الشرطة»: a joint inquiry, with another body


def _court_word(tok: Token) -> bool:
    keys = {k.removeprefix("و") for k in bare_keys_of(tok)}
    return bool(keys & (fw("court_words") | fw("prosecutor_words")))


def sentence_verb(tokens: Sequence[Token], i: int) -> bool:
    """Whether «حكم» at ``tokens[i]`` is the verb of sentencing: «على/عليه» right after it (the passive «حكم على
    فلان»), or a court word, its subject («حكمت المحكمة على فلان»). Not the noun («وأصدرت حكما بالسجن ضد»,
    «وصدر ضدهما حكم بالسجن»: :mod:`.judicial_acts` reads the verdict passed)."""
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    return nxt.norm_key.startswith(ON) or _court_word(nxt)


def before_court(tokens: Sequence[Token], start: int) -> bool:
    """Whether «أمام» follows within ``APPEAR_REACH`` tokens from ``start`` in its clause, a court or prosecutor
    word within ``COURT_GAP`` tokens after it (see the module)."""
    for k in range(start, min(len(tokens), start + APPEAR_REACH)):
        if clause_break(tokens[k].text):
            return False
        if tokens[k].norm_key in BEFORE:
            return any(_court_word(tokens[t]) for t in range(k + 1, min(len(tokens), k + 1 + COURT_GAP)))
    return False


def _opener_word(tok: Token) -> bool:
    keys = {k.removeprefix("و") for k in bare_keys_of(tok)}
    return bool(keys & (fw("court_words") | fw("prosecutor_words") | fw("police_words")))


def _asking_word(tok: Token) -> bool:
    """Round mn989: a word that asks for what follows («يطلب», «طالب», «دعا إلى», «مطالبين», «ضرورة»)."""
    key = tok.norm_key.removeprefix("و").removeprefix("ف")
    return any(key in fw_keys(name) for name in ASKING_LISTS)


def inquiry_with(tokens: Sequence[Token], i: int) -> bool:
    """Round mn979: whether the inquiry noun at ``tokens[i]`` is one opened «مع» someone (right after it, or past one
    adjective that is not «مشترك») by a court, prosecutor or police word within ``OPENER_REACH`` tokens before it in
    its clause: «فتحت النيابة تحقيقا مع فلان» (he is questioned); not «تحقيق في مقتل فلان», nor a ministry's. Round
    mn989: nor one only asked for, a word of asking in that reach («شكوى إلى الشرطة، يطلب فيها التحقيق مع فلان»,
    «طالبت النيابة بالتحقيق مع»): the request is the act, not legal action done."""
    at = next((k for k in (i + 1, i + 2) if k < len(tokens) and tokens[k].norm_key == WITH), None)
    if at is None or (at == i + 2 and (JOINT in tokens[i + 1].norm_key or clause_break(tokens[i + 1].text))):
        return False
    opened = False
    for k in range(i - 1, max(-1, i - 1 - OPENER_REACH), -1):
        if _asking_word(tokens[k]):
            return False
        if clause_break(tokens[k].text):
            break
        opened = opened or _opener_word(tokens[k])
    return opened


def court_gate(entry_id: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the hit of the court entry ``entry_id`` at ``tokens[i:j + 1]`` stands (:func:`before_court`,
    :func:`sentence_verb`, :func:`inquiry_with`); other entries always do."""
    if entry_id == APPEAR_ENTRY:
        return before_court(tokens, j + 1)  # «مثل أمام المحكمة» a trial; «يمثل الحزب» (represents): no act
    if entry_id == SENTENCED_ENTRY:
        return sentence_verb(tokens, i)  # «وأصدرت حكما بالسجن ضد»: the verdict noun, no verb of sentencing
    if entry_id == INQUIRY_ENTRY:
        return inquiry_with(tokens, i)  # «فتحت الوزارة تحقيقا مع موظف»: no judiciary, no legal action
    return True


def court_verdicts(a: Event, b: Event) -> bool:
    """Round mn979: whether ``a`` and ``b`` are two court verdicts (``VERDICTS``) told by other entries in other
    sentences: «أصدرت المحكمة أحكاما بالسجن ضد 30 شخصا. وقضت المحكمة بحبس المتهم الرئيسي فلان»: two sentences for
    two defendants, two acts (the later one's target is read after dedup, :func:`court_acts`)."""
    ta, tb = a.attrs.get("trigger_id"), b.attrs.get("trigger_id")
    return a.sentence != b.sentence and ta != tb and ta in VERDICTS and tb in VERDICTS


def _recode(ev: Event) -> None:
    ev.code = LEGAL_ACTION
    ev.plover = plover_of(LEGAL_ACTION)


def _appeared(doc: Doc, ev: Event) -> None:
    """The one who appears is the target; the court after «أمام» (the frame's target), if named, the source."""
    court = ev.target
    who = ev.source
    span, text = ev.attrs.get("source_span"), ev.attrs.get("source_text")
    name_party(ev, "source", court if court is not None and court != who else None)
    name_party(ev, "target", who)
    if who is None and span is not None:
        ev.attrs["target_span"], ev.attrs["target_text"] = span, text


def _co_defendant(doc: Doc, ev: Event) -> Event | None:
    """Round mn985: «أن شوداري ورحمان مثلا أمام محكمة وستمنستر»: the one named with the target past «و» before the
    verb (:func:`.paired.second_party`, no third after him) appears too: the act again, with him its target."""
    k = doc.token_at(ev.trigger.start)
    first = doc.entity(ev.target) if ev.target is not None else None
    if k is None or first is None:
        return None
    pair = second_party(doc, ev, first, k)
    if pair is None or pair[1] > k or pair[0].id == ev.source:
        return None
    second, nxt = pair
    if nxt < k and doc.tokens[nxt].norm_key.startswith("و"):
        return None  # «فلان وعلان وفلان»: a list, not a pair
    return replace(ev, triggers=list(ev.triggers), attrs=dict(ev.attrs), target=second.id)


def _sentenced_name(doc: Doc, ev: Event) -> None:
    """The target of «قضت المحكمة بسجن فلان»: the named one right after the penalty masdar of its clause."""
    k = doc.token_at(ev.trigger.start)
    if k is None or ev.target is not None:
        return
    pens = fw("penalty_masdars")
    for p in range(k + 1, len(doc.tokens)):
        tok = doc.tokens[p]
        if clause_break(tok.text):
            return
        if tok.norm_key in pens:
            for t in range(p + 1, min(len(doc.tokens), p + 1 + NAME_REACH)):
                if clause_break(doc.tokens[t].text):
                    return
                who = entity_within(doc, t)
                if who is not None and who.id != ev.source:
                    name_party(ev, "target", who.id)
                    return
            return


def _faced_charge(doc: Doc, ev: Event) -> bool:
    """Whether the charge ``ev`` is the object of a verb of facing: a legal charge (a charge noun, or a court named
    in its sentence)."""
    k = doc.token_at(ev.trigger.start)
    lo = doc.token_at(ev.sentence.start)
    hi = doc.token_at(max(ev.sentence.start, ev.sentence.end - 1))
    if k is None or lo is None or hi is None or ev.attrs.get("pos") != "N":
        return False
    facing = False
    for t in range(k - 1, max(lo, k - FACING_REACH) - 1, -1):
        if clause_break(doc.tokens[t].text):
            break
        if doc.tokens[t].norm_key.removeprefix("و") in fw("facing_verbs"):
            facing = True
            break
    if not facing:
        return False
    if doc.tokens[k].norm_key.removeprefix("و") in fw("charge_object_nouns"):
        return True
    return any(_court_word(doc.tokens[t]) for t in range(lo, hi + 1))


def _passive(doc: Doc, ev: Event) -> bool:
    """Whether «على» follows the verb ``ev`` right after it («حكم على فلان», «حكم عليه»): no subject said."""
    k = doc.token_at(ev.trigger.start)
    return k is not None and k + 1 < len(doc.tokens) and doc.tokens[k + 1].norm_key.startswith(ON)


def _passive_conviction(doc: Doc, ev: Event) -> bool:
    """Whether the conviction ``ev`` is told by the passive «أدين» (:mod:`.convictions`)."""
    k = doc.token_at(ev.trigger.start)
    return k is not None and doc.tokens[k].norm_key.removeprefix("و") == PASSIVE


def _judicial_source(doc: Doc, ev: Event) -> bool:
    src = doc.entity(ev.source) if ev.source is not None else None
    actor = src.actor if src is not None else None
    return actor is not None and actor.endswith(JUDICIARY)


def _denied_charge(doc: Doc, ev: Event) -> bool:
    """Whether the verb of charging before the charge noun ``ev`` in its clause is negated («ولم توجه النيابة أي
    اتهام إلى فلان»: ``negations`` right before it)."""
    k = doc.token_at(ev.trigger.start)
    lo = doc.token_at(ev.sentence.start)
    if k is None or lo is None:
        return False
    for t in range(k - 1, max(lo, k - LEVEL_REACH) - 1, -1):
        if clause_break(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key.removeprefix("و") in fw("charging_verbs"):
            return t > lo and doc.tokens[t - 1].norm_key.removeprefix("و") in fw_keys("negations")
    return False


def court_acts(doc: Doc, events: list[Event]) -> None:
    """Give the acts of a court their parties, and a judiciary's or a faced legal charge its code (see the
    module)."""
    for ev in list(events):
        tid = ev.attrs.get("trigger_id")
        if tid == APPEAR_ENTRY:
            _appeared(doc, ev)
            if (other := _co_defendant(doc, ev)) is not None:
                events.insert(events.index(ev) + 1, other)  # (one event for each target, as elsewhere)
        elif tid == RULED_ENTRY:
            _sentenced_name(doc, ev)
        elif tid == CONVICT and _passive_conviction(doc, ev):
            _appeared(doc, ev)  # «وأدين فلان بتهمة»: the one convicted is the target, no court said
        elif tid == SENTENCED_ENTRY and _passive(doc, ev) and not _judicial_source(doc, ev):
            name_party(ev, "source", None)  # «وحكم على فلان بالإعدام»: no subject, none carried from before
        elif tid in CHARGES and ev.code.startswith("112") and (_judicial_source(doc, ev) or _faced_charge(doc, ev)):
            _recode(ev)
            if ev.modality == "asserted" and _denied_charge(doc, ev):
                ev.modality = "negated"

"""Round 285: a noun act's masculine pronoun is its doer, not a feminine or plural phrase before it.

«أحرز تنظيم داعش تقدما ...، وقرى تابعة لسيطرة القوات النظامية، في محاولة لتوسيع رقعة سيطرته على البادية»:
«سيطرته» carries «ـه», a masculine singular doer; the unnamed phrase the word order gave it («القوات النظامية», a
feminine plural) cannot be that pronoun. The person or body named last before it in its sentence that «ـه» agrees
with (``held.nearest_referent``: «تنظيم داعش») is the source, else none (a named source is moved only to such a
referent). A phrase of a masculine head («الجيش»), a source said after the act and a trigger with «ـها/ـهم» are left
alone. A noun act with «ـها» whose source came out as a man («وشن غاراتها» after «الملا عمر رفض») has none.

Round tm448, ``patient_pronouns``: the pronoun on the masdar of an act done to a person (``PATIENT_CODES``: arrest,
abduction, torture, assassination: «تعذيبه», «اعتقالهم», «اغتياله») is its patient, not its doer: «أمضى قرارا
بتسليم المحمودي ... ما ترتب عنه تعذيبه» is the torture of al-Mahmudi. Where the source came out as the one the
pronoun stands for (``held.nearest_referent``), that party becomes the target (where it has none) and the source is
none. A source that is not the pronoun's referent («تعذيب الأمن له») is left alone, and so is a masdar with a word
right after it that may be its object («أعلن الوزير اعتقاله خمسة مسلحين»: his arrest of five, the pronoun its doer;
only a mark, a «و» conjunct, a preposition or the sentence's end after it reads the pronoun as the patient).
"""

from __future__ import annotations

from ..doc import Doc, Event
from .forms import fw
from .held import nearest_referent
from .source_set import drop_phrase
from .word_tests import enclitic


def _feminine_phrase(doc: Doc, start: int) -> bool:
    """Whether the phrase at character ``start`` opens with a feminine or sound feminine plural head («القوات»,
    «الحكومة»)."""
    k = doc.token_at(start)
    if k is None:
        return False
    key = doc.tokens[k].norm_key
    return key.endswith("ات") or key.endswith("ه") and not key.endswith(("اه", "يه", "وه"))


def _source_start(doc: Doc, ev: Event) -> int | None:
    """Where the event's source is said before its trigger in its sentence: its phrase, or its entity's last mention
    there."""
    span = ev.attrs.get("source_span")
    if ev.source is None:
        return span[0] if isinstance(span, list) and len(span) == 2 else None
    ent = doc.entity(ev.source)
    if ent is None:
        return None
    starts = [m.start for m in ent.mentions if ev.sentence.start <= m.start and m.end <= ev.trigger.start]
    return max(starts) if starts else None


def _man_for_her(doc: Doc, ev: Event) -> bool:
    """«رفض الملا عمر ...، بعد مطاردة أميركا له، وشن غاراتها على طالبان»: the noun of a light verb's phrase with
    «ـها» whose source is a man (a person of masculine gender): the pronoun cannot stand for him. Not a one-word
    masdar («طريقة إعلانها»: the pronoun may be what is announced) nor a preposition's pronoun («التوقيع عليها»)."""
    i = doc.token_at(ev.trigger.end - 1)
    first = doc.token_at(ev.trigger.start)
    ent = doc.entity(ev.source)
    if i is None or first is None or i == first or ent is None:
        return False  # (a masdar's own «ـها» may be its object: «طريقة إعلانها», announcing the deal)
    stem = doc.tokens[i].norm_key.removesuffix("ها")
    if stem in fw("prepositions") or stem in ("علي", "عل", "ل", "ب"):
        return False  # («التوقيع عليها»: the pronoun of the thing signed)
    return ent.type == "PERSON" and ent.attrs.get("gender") == "m" and enclitic(doc.tokens[i]) == "ها"


PATIENT_CODES = ("173", "181", "1821", "1822", "186")  # arrest, abduct, sexually assault, torture, assassinate
PATIENT_PRONOUNS = ("ه", "ها", "هم", "هما")  # the masdar's pronoun: its patient («تعذيبه», «اعتقالهم»)


def _governs_object(doc: Doc, i: int, sent_end: int) -> bool:
    """Whether the masdar at token ``i`` may take an object right after it («اعتقاله خمسة مسلحين»: his arrest of
    five, the pronoun its doer): the next word is none of a sentence end, a mark, a «و» conjunct or a preposition."""
    if i + 1 >= len(doc.tokens) or doc.tokens[i + 1].start >= sent_end:
        return False
    text, key = doc.tokens[i + 1].text, doc.tokens[i + 1].norm_key
    return text.isalnum() and not key.startswith("و") and key not in fw("prepositions")


def patient_pronouns(doc: Doc, events: list[Event]) -> None:
    """Round tm448: take the patient the pronoun of an act's masdar stands for off its source (see the module)."""
    for ev in events:
        if ev.attrs.get("pos") != "N" or ev.source is None or not ev.code.startswith(PATIENT_CODES):
            continue
        i = doc.token_at(ev.trigger.end - 1)
        if i is None or i != doc.token_at(ev.trigger.start):
            continue  # (one word: the masdar and its pronoun)
        pron = enclitic(doc.tokens[i])
        if pron not in PATIENT_PRONOUNS or _governs_object(doc, i, ev.sentence.end) \
                or nearest_referent(doc, i, pron) != ev.source:
            continue
        if ev.target is None:
            ev.target = ev.source
            ev.attrs["target_patient_pronoun"] = True
        ev.source = None
        ev.attrs["source_patient_pronoun"] = True
        drop_phrase(ev, "source")


def pronoun_doers(doc: Doc, events: list[Event]) -> None:
    """Give a noun act with «ـه» the referent of its pronoun where a feminine phrase was its source; take a man off
    a noun act with «ـها»."""
    for ev in events:
        noun = ev.attrs.get("pos") == "N" or doc.token_at(ev.trigger.start) != doc.token_at(ev.trigger.end - 1)
        if not noun:
            continue  # (a verb's «ـها» is its object; «شن غاراتها»: the noun of a light verb's phrase is read too)
        if _man_for_her(doc, ev):
            ev.source = None
            ev.attrs["source_pronoun_doer"] = True
            continue
        if ev.attrs.get("pos") != "N":
            continue
        start = _source_start(doc, ev)
        i = doc.token_at(ev.trigger.end - 1)
        if start is None or i is None or enclitic(doc.tokens[i]) != "ه" or not _feminine_phrase(doc, start):
            continue
        eid = nearest_referent(doc, i, "ه")
        if ev.source is not None and (eid is None or eid == ev.source):
            continue  # (a named source is moved only to a referent the pronoun agrees with)
        ev.source = eid if eid != ev.target else None
        ev.attrs["source_pronoun_doer"] = True
        drop_phrase(ev, "source")

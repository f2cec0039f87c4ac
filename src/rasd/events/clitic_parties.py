"""Round 210: parties told by a pronoun on the trigger or by the sentence before.

- ``also_repeated``: «ذكرت المصادر أن القوات تحاصر المتمردين. كما تحاصرهم وحلفاءهم في منطقة ...»: a verb right
  after «كما» that opens its sentence, with no source, repeats the act of its own code told in the sentence before:
  it has that act's source (where the two verbs agree in gender, and the verb has no subject phrase of its own:
  «كما أكد رجل ملثم»), and its object pronoun («ـهم/ـه/ـها») that act's
  target, or the name the target phrase had where it was last written with one («المتمردين الحوثيين»).
- ``reception_visitors``: «وصل الأمير فلان إلى عمان ... وكان في استقباله الملك»: a hosting masdar with a pronoun
  («استقباله», «استقبالها») and no target is the reception of the one the article's visit before it is about: the
  source of the nearest visit before it (or the target of the reception before), where the pronoun fits.
- round 280, ``met_guests``: «وصل الوزير فلان إلى الرياض، واستقبله الأمير فلان», «والتقاه», «والتقتها»: a verb of
  meeting or hosting (CAMEO 040, 043) with a singular object pronoun («ـه/ـها»), a source and no target meets the one
  the pronoun stands for: the visitor of the visit told in its sentence or the one before (as ``reception_visitors``),
  else the one entity named there before it that the pronoun agrees with (``named.referent``; none where two agree);
  so does a meeting verb or noun with the pronoun on «مع/بـ» right after it («واجتمع معه الرئيس فلان», «التقى به»,
  «دعوة من الحكومة للاجتماع بها»: the government; not where the source, named before it in its sentence, fits the
  pronoun: «ذكر فلان في لقاء معه», an interview with him).
- ``willed_doers``: «نفى فلان أنه رفض لقاء الرئيس»: a noun act right after a verb of will or refusal (function
  words ``aspect_verbs``, ``refusing_verbs``) that is itself a trigger with a source named in its sentence before it
  is done by that source (not one the verb carried from before: «ورد الناطق على الاتهام بأنه يرفض لقاء»).
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Event, Token
from ..text.verb_gender import verb_agreement
from .forms import fw, nkey
from .lexicon import match_token
from .named import referent
from .source_set import name_party
from .word_tests import enclitic, entity_starting, verb_key

VISITS = ("042", "043")  # make and host a visit
HOSTING = "043"
OBJECT_PRONOUNS = ("هم", "ه", "ها")
ALSO = "كما"



def _sentence_before(doc: Doc, ev: Event) -> tuple[int, int] | None:
    starts = [s.start for s in doc.sentences]
    n = bisect_right(starts, ev.sentence.start) - 1
    if n < 1:
        return None
    return doc.sentences[n - 1].start, doc.sentences[n - 1].end


def _pronoun(doc: Doc, k: int) -> str:
    tok = doc.tokens[k]
    pron = enclitic(tok)
    if not pron and tok.norm_key.endswith("ه") and len(tok.words) > 1:
        pron = "ه"
    return pron if pron in OBJECT_PRONOUNS else ""


def _named_as_before(doc: Doc, span: object) -> str | None:
    """The body a one-word unnamed phrase («المتمردين») stands for: the name right after the same word where the
    article last wrote it with one («المتمردين الحوثيين»)."""
    if not isinstance(span, list) or len(span) != 2:
        return None
    k = doc.token_at(int(span[0]))
    if k is None or doc.tokens[k].end != span[1]:
        return None
    word = doc.tokens[k].norm_key.removeprefix("و")
    for t in range(k - 1, 0, -1):
        if doc.tokens[t - 1].norm_key.removeprefix("و") != word:
            continue
        ent = entity_starting(doc, t)
        if ent is not None and ent.type == "ORGANIZATION":
            return ent.id
        return None
    return None


def also_repeated(doc: Doc, events: list[Event]) -> None:
    """«كما تحاصرهم»: the act of its code in the sentence before gives the source and the pronoun's party."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if ev.source is not None or ev.attrs.get("pos") != "V" or k is None or k < 1:
            continue
        if doc.tokens[k - 1].norm_key != ALSO or doc.tokens[k - 1].start != ev.sentence.start or isinstance(
                ev.attrs.get("source_span"), list):
            continue  # («كما أكد رجل ملثم»: its own subject)
        before = _sentence_before(doc, ev)
        if before is None:
            continue
        prior = [e for e in events if before[0] <= e.trigger.start < before[1] and e.code[:3] == ev.code[:3]
                 and e.source is not None and e.attrs.get("pos") == "V"]
        if not prior:
            continue
        p = prior[-1]
        pk = doc.token_at(p.trigger.start)
        if pk is None or verb_agreement(verb_key(doc.tokens[pk].text)) != verb_agreement(verb_key(doc.tokens[k].text).removesuffix(
                _pronoun(doc, k))):
            continue
        src = p.source
        if src is None or src == ev.target:
            continue
        name_party(ev, "source", src)
        ev.attrs["source_carried"] = True
        if ev.target is None and _pronoun(doc, k):
            target = p.target if p.target is not None else _named_as_before(doc, p.attrs.get("target_span"))
            if target is not None and target != src:
                name_party(ev, "target", target)


def pronoun_fits(doc: Doc, pron: str, eid: str) -> bool:
    """The clitic pronoun ``pron`` («ه», «ها») can stand for entity ``eid``: «ه» a man, «ها» a woman, a place or a
    body."""
    ent = doc.entity(eid)
    if ent is None or ent.type not in ("PERSON", "ORGANIZATION", "LOCATION"):
        return False
    if pron == "ها":
        return ent.type != "PERSON" or ent.attrs.get("gender") == "f"
    if pron == "ه":
        return ent.type == "PERSON" and ent.attrs.get("gender") != "f"
    return False


def reception_visitors(doc: Doc, events: list[Event]) -> None:
    """«وكان في استقباله فلان»: the visitor the pronoun stands for is who the visit told before is about."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if ev.target is not None or ev.code != HOSTING or ev.attrs.get("pos") != "N" or k is None:
            continue
        pron = _pronoun(doc, k)
        if not pron:
            continue
        for p in reversed(events):
            if p.trigger.start >= ev.trigger.start or not p.code.startswith(VISITS):
                continue
            guest = p.target if p.code == HOSTING else p.source
            if guest is None or guest == ev.source:
                continue
            if pronoun_fits(doc, pron, guest):
                name_party(ev, "target", guest)
            break


MET = ("040", "043")  # meet, host a visit
WITH = ("مع", "ب")  # the prepositions of meeting a party: «اجتمع معه», «التقى به», «للاجتماع بها»


def _stem(tok: Token) -> str:
    """The token less its «و» and its pronoun: «ومعها» → «مع», «وبه» → «ب»."""
    words = [w for w in tok.words if w.kind != "enclitic" and w.norm != "و"]
    return "".join(w.norm for w in words)


def _visitor(doc: Doc, ev: Event, events: list[Event], pron: str) -> str | None:
    """The visitor of the visit told last before ``ev`` in its sentence or the one before, where the pronoun fits
    (a woman of no known sex for «ـها» where the visit's verb is feminine: «ووصلت المستشارة فلانة»)."""
    before = _sentence_before(doc, ev)
    lo = before[0] if before is not None else ev.sentence.start
    p = next((p for p in reversed(events) if lo <= p.trigger.start < ev.trigger.start and p.code.startswith(VISITS)),
             None)
    if p is None:
        return None
    guest = p.target if p.code == HOSTING else p.source
    if guest is None or guest == ev.source:
        return None
    if pronoun_fits(doc, pron, guest):
        return guest
    ent = doc.entity(guest)
    k = doc.token_at(p.trigger.start)
    feminine = p.code != HOSTING and p.attrs.get("pos") == "V" and k is not None and verb_agreement(
        verb_key(doc.tokens[k].text)) == "f"
    return guest if pron == "ها" and feminine and ent is not None and ent.type == "PERSON" \
        and ent.attrs.get("gender") is None else None


def met_guests(doc: Doc, events: list[Event]) -> None:
    """«واستقبله الأمير فلان»: the one the pronoun on the verb stands for is whom it meets (module docstring)."""
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if ev.target is not None or ev.source is None or ev.code not in MET or k is None \
                or ev.attrs.get("target_text"):
            continue
        last = doc.token_at(ev.trigger.end - 1)
        pron = ""
        if last is not None and last + 1 < len(doc.tokens) and doc.tokens[last + 1].start < ev.sentence.end:
            after = doc.tokens[last + 1]
            pron = enclitic(after) if _stem(after) in WITH else ""  # «واجتمع معه/به», «للاجتماع بها»
            if pron and ev.source is not None and pronoun_fits(doc, pron, ev.source) and _named_in(
                    doc, ev.source, ev.sentence.start, ev.trigger.start):
                continue  # «ذكر فلان في لقاء معه»: the source named before it may be the pronoun's own
            k = last + 1 if pron else k
        if not pron and ev.attrs.get("pos") == "V":
            hit = match_token(doc.tokens, k)
            pron = _pronoun(doc, k) or (hit.cand.enclitic if hit is not None else "")
        if pron not in ("ه", "ها"):
            continue
        guest = _visitor(doc, ev, events, pron)
        if guest is None:
            start = doc.token_at(ev.sentence.start)
            ent = referent(doc, k, ev.source, start) if start is not None else None
            guest = ent.id if ent is not None and pronoun_fits(doc, pron, ent.id) else None
        if guest is not None and guest != ev.source:
            name_party(ev, "target", guest)


def _named_in(doc: Doc, eid: str | None, lo: int, hi: int) -> bool:
    """Whether the entity ``eid`` is named between offsets ``lo`` and ``hi``."""
    ent = doc.entity(eid) if eid is not None else None
    return ent is not None and any(lo <= m.start and m.end <= hi for m in ent.mentions)


def willed_doers(doc: Doc, events: list[Event]) -> None:
    """«أنه رفض لقاء فلان»: who refuses (decides, tries) the act is who would do it."""
    words = fw("aspect_verbs") | fw("refusing_verbs")
    for ev in events:
        k = doc.token_at(ev.trigger.start)
        if ev.source is not None or ev.attrs.get("pos") != "N" or k is None or k < 1:
            continue
        if verb_key(doc.tokens[k - 1].text) not in words:
            continue
        verb = next((e for e in events if e.trigger.start == doc.tokens[k - 1].start and e.source is not None), None)
        if verb is None or verb.source == ev.target or not _named_in(doc, verb.source, ev.sentence.start,
                                                                      verb.trigger.start):
            continue  # (a source the verb carried from before may be a guess: not passed on)
        name_party(ev, "source", verb.source)

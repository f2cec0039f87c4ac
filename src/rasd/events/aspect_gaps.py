"""Round ev468: a time or an adverb between a verb of aspect and the masdar it governs.

«إن ميليشيات الحوثيين واصلت لليوم الثاني على التوالي قصفها للأحياء», «وبدأت القوات التركية أمس مهاجمة مواقع»:
``subjects.after_aspect`` reads a masdar right after a verb of aspect (function words ``aspect_verbs``), or right
after that verb's subject, as the verb's object, done by its subject. A time expression («أمس») or an adverb
(«أيضا», «على التوالي», ``objects.adverbial``, «لليوم الثاني») between them changes nothing: the masdar is read as
if it stood right after them. Not over a comma or any other phrase (an object of the verb: «بدأ الجيش المرحلة
الثانية من الهجوم»), and not where nothing stands between them (``after_aspect``'s own reading).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import past_feminine
from .chunk_reads import in_time
from .chunks import Chunk, verb_key
from .forms import PLACES, fw, fw_keys, nkey
from .lexicon import Hit
from .objects import adverbial
from .persist_doers import persist_reading
from .phrases import masculine_head
from .started_in import started_in
from .subjects import after_aspect


def _counted_round(doc: Doc, c: Chunk) -> bool:
    """«لليوم الثاني», «للمرة الثالثة», «للأسبوع الثاني»: a «لـ» phrase of a recurring unit (function words
    ``recurring_units``) and its ordinal, an adverb of how many times (most often before «على التوالي»)."""
    if c.prep != "ل" or c.entity is not None or c.j == c.i:
        return False
    key = nkey(doc.tokens[c.i].text)
    head = key[2:] if key.startswith("لل") else key[1:].removeprefix("ال")
    return head in fw_keys("recurring_units")


def _gap_start(doc: Doc, chunks: list[Chunk], i: int, sent_start: int) -> int:
    """The first token of the run of times, adverbs («أيضا», function words ``adverbs``), adverbs of «على» and
    counted rounds («لليوم الثاني») that ends right before token ``i`` (``i`` itself where none does)."""
    k = i
    while k - 1 >= sent_start:
        c = next((c for c in chunks if c.j == k - 1), None)
        if c is not None and (in_time(doc, c) or adverbial(doc, c) or _counted_round(doc, c)):
            k = c.i  # (and the preposition's own word before it: «على | التوالي»)
            k -= 1 if c.prep is not None and k - 1 >= sent_start and nkey(doc.tokens[k - 1].text) == nkey(c.prep) else 0
        elif c is None and (in_time(doc, doc.tokens[k - 1]) or doc.tokens[k - 1].norm_key in fw("adverbs")):
            k -= 1
        else:
            break
    return k


def _disagrees(doc: Doc, subject: Chunk | None, v: int) -> bool:
    """«وأعلن حزب الله تأييده للحكومة، كما واصلت مهاجمة»: a feminine past verb of aspect at ``v`` whose subject,
    found before it, has a masculine head is not that subject's (as ``aspect_carry`` reads the dropped subject); a
    place (a state) or a feminine body agrees."""
    if subject is None or subject.j >= v or subject.etype in PLACES:
        return False
    key = verb_key(doc.tokens[v].text)
    return key in fw("aspect_verbs") and past_feminine(key) and masculine_head(doc, subject.i, subject.etype,
                                                                              subject.entity)


def disagreeing_aspect(doc: Doc, chunks: list[Chunk], hit: Hit, subject: Chunk, sent_start: int) -> bool:
    """«كما واصلت مهاجمة», «كما بدأت في مهاجمة» after «وأعلن حزب الله»: the subject found before the masdar ``hit``
    does not agree with the feminine past verb of aspect right before it (past «في», the times and adverbs), so it
    is not the one who acts (:func:`_disagrees`)."""
    v = _gap_start(doc, chunks, hit.i, sent_start) - 1
    v -= 1 if v > sent_start and doc.tokens[v].norm_key == "في" else 0
    return v >= sent_start and _disagrees(doc, subject, v)


def aspect_reading(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[bool, Chunk | None]:
    """``subjects.after_aspect`` for the masdar ``hit``, read past the times and adverbs right before it where they
    follow a verb of aspect or its subject: (True, the subject or None), else (False, None); no subject where a
    feminine past verb of aspect right before them has a masculine one before it (:func:`_disagrees`); else the
    reading after a verb of persisting and «في» (:func:`persist_doers.persist_reading`)."""
    k = _gap_start(doc, chunks, hit.i, sent_start)
    found = after_aspect(doc, chunks, hit, sent_start)
    if not found[0] and k != hit.i and k - 1 >= sent_start:
        found = after_aspect(doc, chunks, Hit(k, hit.j, hit.entry, hit.pos, hit.cand), sent_start)
    elif found[0]:
        k = hit.i
    if not found[0]:  # round ev470: «يستمر الأسد في القتل»; round ev501: «بدأ الجيش أمس في قصف»
        found = persist_reading(doc, chunks, hit, sent_start)
        return found if found[0] else started_in(doc, chunks, hit, sent_start,
                                                 lambda i: _gap_start(doc, chunks, i, sent_start))
    return (True, None) if found[0] and k - 1 >= sent_start and _disagrees(doc, found[1], k - 1) else found

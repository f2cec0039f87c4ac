"""An agent a noun act's clause names in a phrase of attribution, not by word order (events.arguments calls
``attributed_agent`` last, for an act with no source yet).

«جاءت الدعوة بمبادرة من الرئيس فلان»: the named one whose initiative the act was is its source
(function words ``initiative_preps``); «ونسب الهجوم إلى الحزب», «نُسب التفجير إلى التنظيم»: the named one an act
is attributed to by a verb of attributing (``attributing_verbs``) whose object the act noun is did it. Only a named
entity right after the phrase is taken (a null is better than a wrong party), and no clause break may stand
between the act and the phrase («الدعوة التي أطلقها ... بمبادرة»: another clause's act). An act of force
told before a verb of attributing with no subject of its own, «إلى X» right after it («وفي هجوم ... قتل جنديان،
ونسب إلى الحزب», «انفجار قنبلة نسب إلى الحزب»), was X's too; not where the verb has a subject («ونسبت الوكالة
إلى فلان قوله»: a statement relayed) nor where what is attributed is a saying («نسب إلى فلان قوله»).

«وشنت تركيا غارات على مواقع التنظيم، كما بدأت في مهاجمة المقاتلين»: a masdar after «في/بـ» and a verb of
starting or trying (``aspect_verbs``) that opens a clause coordinated after another («، كما», «ثم», «، و») with no
subject of its own has the named subject of the verb that opens the clause before (``agents.opener_subject``);
never the object of that clause, the nearest phrase before the masdar («مواقع التنظيم»).

«وكشفت مصادر لـ«الشرق الأوسط» عن وصول تهديدات»: a name before the act after a «لـ» written apart (past
quotation marks) is whom a statement was told to, never who acts (``told_party``).
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import QUOTE_MARKS
from .actors import actor_phrase, owner, resolve_title
from .agents import opener_subject
from .chunks import Chunk, breaks_between
from .forms import bare, fw, nkey, phrase_keys
from .lexicon import Hit

WINDOW = 6  # tokens from the act noun to its phrase of attribution
TOLD_WINDOW = 25  # tokens from an act of force to a verb of attributing after it
FORCE = ("ASSAULT", "COERCE", "FIGHT")
TO = frozenset(nkey(w) for w in ("إلى", "الى"))
IN = frozenset(nkey(w) for w in ("في", "فى"))
SAYING = (nkey("قول"), nkey("تصريح"))  # «نسب إلى فلان قوله»: a saying relayed, no act


def _named_at(doc: Doc, chunks: list[Chunk], t: int) -> Chunk | None:
    """The named chunk that opens at token ``t`` (its preposition, the phrase's own, already read), past a title
    to the name it stands for («من الرئيس فلان») or past people to the named body they belong to, else None."""
    c = next((c for c in chunks if c.i == t), None)
    if c is not None and c.entity is None and c.title:
        c = resolve_title(chunks, c, doc)
    if c is not None and c.entity is None and actor_phrase(doc, c):
        c = owner(doc, chunks, c)  # «مقاتلي حزب العمال»: the named body whose men they are
    return c if c is not None and c.entity is not None else None


def _initiative(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> Chunk | None:
    """«بمبادرة من X» within a few words after the act noun, in its clause."""
    toks = doc.tokens
    phrases = phrase_keys(fw("initiative_preps"))
    for t in range(hit.j + 1, min(hit.j + 1 + WINDOW, sent_end)):
        for ph in phrases:
            if tuple(x.norm_key for x in toks[t : t + len(ph)]) != ph:
                continue
            if breaks_between(doc, hit.j + 1, t) or any(x.text in ("،", ",") for x in toks[hit.j + 1 : t]):
                return None
            return _named_at(doc, chunks, t + len(ph))
    return None


def _attributed_to(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int, sent_end: int) -> Chunk | None:
    """«ونسب الهجوم إلى X»: the act noun right after a verb of attributing, «إلى X» right after the act noun (past
    one adjective at most)."""
    toks = doc.tokens
    if hit.i - 1 < sent_start or bare(toks[hit.i - 1].norm_key, "attributing_verbs") not in fw("attributing_verbs"):
        return None
    for t in range(hit.j + 1, min(hit.j + 3, sent_end)):
        if toks[t].norm_key in TO:
            return _named_at(doc, chunks, t + 1)
    return None


def _attributed_after(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> Chunk | None:
    """«ونسب إلى X» after the act of force ``hit`` in its sentence: X (see the module)."""
    toks = doc.tokens
    if hit.entry.plover not in FORCE:
        return None
    for k in range(hit.j + 1, min(hit.j + 1 + TOLD_WINDOW, sent_end - 2)):
        if bare(toks[k].norm_key, "attributing_verbs") not in fw("attributing_verbs") or toks[k + 1].norm_key not in TO:
            continue
        if breaks_between(doc, hit.j + 1, k, relatives=False):
            return None
        c = _named_at(doc, chunks, k + 2)
        after = toks[c.j + 1].norm_key if c is not None and c.j + 1 < sent_end else ""
        return c if c is not None and not after.startswith(SAYING) else None
    return None


def attributed_agent(doc: Doc, chunks: list[Chunk], hit: Hit, sent: tuple[int, int]) -> Chunk | None:
    """The source of the act ``hit`` a phrase of attribution names (see the module), or None."""
    sent_start, sent_end = sent
    if hit.pos != "N":
        return _attributed_after(doc, chunks, hit, sent_end)
    return (_attributed_to(doc, chunks, hit, sent_start, sent_end) or _initiative(doc, chunks, hit, sent_end)
            or _attributed_after(doc, chunks, hit, sent_end))


def coordinated_aspect(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> tuple[bool, Chunk | None]:
    """«، كما بدأت في مهاجمة المقاتلين»: (True, the named subject of the clause before, or None) where the noun act
    ``hit`` follows «في» or «بـ» right after a verb of starting or trying that opens a coordinated clause and has no
    subject of its own (see the module); else (False, None)."""
    toks = doc.tokens
    if hit.pos != "N":
        return False, None
    on = hit.cand.proclitics[-1:] == ("ب",)
    v = hit.i - 1 if on else hit.i - 2
    if v - 1 <= sent_start or not on and (hit.cand.proclitics or toks[hit.i - 1].norm_key not in IN):
        return False, None
    verb = toks[v]
    if bare(verb.norm_key, "aspect_verbs") not in fw("aspect_verbs"):
        return False, None
    coordinated = verb.words[0].form in ("و", "ف") and len(verb.words) == 2 and toks[v - 1].text in ("،", ",")
    if not (coordinated or bare(toks[v - 1].norm_key, "sequence_openers") in fw("sequence_openers")):
        return False, None  # («، كما بدأت», «ثم بدأت», «، وبدأت»: not a verb that opens the sentence)
    c = opener_subject(doc, chunks, v, sent_start)
    return True, c if c is not None and c.entity is not None else None


def told_party(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Is ``c``, before the act ``hit``, a phrase after a «لـ» written apart and quotation marks («لـ«الشرق
    الأوسط»»: the one told, see the module)? The chunker gives it no preposition."""
    if c.j >= hit.i or c.prep is not None:
        return False
    t = c.i - 1
    while t >= 0 and doc.tokens[t].text in QUOTE_MARKS:
        t -= 1
    return t >= 0 and t < c.i - 1 and doc.tokens[t].norm_key == nkey("لـ")

"""Round 173: a place named inside the object of an act of purpose after the trigger is that object's, not where the
act was (see ``location.event_location``); narrow: a null is better than a wrong place.

- «على فنزويلا التفاوض مع شركائها لبيع حصص في مؤسسات منطقة أورينوك»: «لـ» + a masdar and its indefinite object
  between the trigger and the «في» of the place: the shares are in the Orinoco firms, the talks are not there
  (``purpose_object_place``). Not a visit or a reception, whose aim is where it goes («وصل لحضور مؤتمر في جدة»).
- «مع وجود الوزير الروسي، في العاصمة الإيرانية، إذ أجرى محادثات», «وصل إلى طهران، حيث عقد اجتماعا»: a clause
  opened by «إذ/حيث» (function words ``explaining_openers``) right after a comma and a place said with «في» or
  «إلى», or with no preposition («ومنها النجف، حيث احتجز متظاهرون»), tells what was done there, by its verb or
  that verb's object over the subject («حيث نفّذ الطيران الحربي غارات») (``where_clause_before``).
- «المواجهات ... على مدخل محافظة مأرب», «عند أطراف مدينة تعز»: a place at the edge of which an act of force or a
  protest was (function words ``edge_nouns`` after «على/عند/في», over a place word) is where it was
  (``edge_place``)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import PLACES, fw, nkey, token_candidates
from .readings import place_word
from .word_tests import finite_verb, sentence_index
from .lexicon import Hit, masdar

VISITS = ("042", "043")  # a visit made or hosted goes where its aim is
PHYSICAL = ("14", "17", "18", "19", "20")  # protest, coerce, force: strikes «لوقف تقدم ... في جبال اللاذقية» hit there
WHERE_PREPS = ("في", "الي", "علي", None)  # round lo489: a bare place too («ومنها النجف، حيث احتجز»), not «من
# إنديانا»; round lo499: «على» + a named place («على ريف إدلب، حيث»; see ``_phrase_prep``)
PHRASE_PREPS = ("في", "الي", "علي")  # round lo499: before a place word over a named place («على ريف إدلب»)
CLAUSE_OBJECT_REACH = 4  # tokens from the verb after «حيث» to its object noun, over its subject
TRILITERAL = 3  # a فعل masdar after «لـ» («لبيع», «لبحث», «لدعم»)


def _purpose_masdar(doc: Doc, t: int) -> bool:
    """«لبيع», «لتحسين», «لإجراء»: «لـ» + an indefinite masdar (by pattern, or of three letters)."""
    for cand in token_candidates(doc.tokens[t]):
        if cand.proclitics in (("ل",), ("و", "ل")) and not cand.key.startswith("ال") and (
                masdar(cand.key) or len(cand.key) == TRILITERAL):
            return True
    return False


def _named(doc: Doc, t: int) -> bool:
    """Whether token ``t`` lies in the mention of an entity."""
    tok = doc.tokens[t]
    return any(m.start < tok.end and tok.start < m.end for e in doc.entities for m in e.mentions)


def purpose_object_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the trigger ``hit`` lies in the object of an act of purpose between them: «لـ» +
    a masdar, then its indefinite object («حصص»), then the «في» of the place, no comma or other «لـ» masdar."""
    if c.i <= hit.j or hit.entry.code.startswith(VISITS + PHYSICAL):
        return False
    toks = doc.tokens
    for t in range(hit.j + 1, c.i - 2):
        if toks[t].text in ("،", ",", ".", ":"):
            return False
        if not _purpose_masdar(doc, t) or _named(doc, t) or _named(doc, t + 1):
            continue  # (not a name: «لتنظيم داعش», «لأنصار أختر منصور»)
        obj = toks[t + 1].norm_key
        if obj.startswith(("ال", "ب", "في", "من", "الي", "علي")) or len(obj) < TRILITERAL:
            continue  # an object with no article and no preposition of its own («لبيع حصص»)
        return any(toks[u].norm_key.removeprefix("و") == "في" for u in range(t + 2, c.i)) and not any(
            toks[u].text in ("،", ",") for u in range(t + 1, c.i))
    return False


def _placed_later(doc: Doc, hit: Hit) -> bool:
    """Whether the trigger's sentence names a place after it («إلى ريف اللاذقية، حيث استهدفت فصائل مواقع ... في قرية
    صلنفة»: the clause tells its own place, more precise than a bare one before «حيث»)."""
    at = doc.tokens[hit.j].end
    k = sentence_index(doc, at - 1)
    end = doc.sentences[k].end if k is not None else len(doc.text)
    return any(at <= m.start < end for e in doc.entities if e.type in PLACES for m in e.mentions)


def _placed_in_clause(doc: Doc, hit: Hit) -> bool:
    """Whether a place follows the trigger in its clause, up to a comma that no «في» follows («إلى ريف اللاذقية، حيث
    استهدفت فصائل مواقع، في قرية صلنفة»: Slinfeh; not «حيث نفّذ الطيران غارات، طالت مدينة بنش»: another verb)."""
    toks = doc.tokens
    end = len(toks)
    for t in range(hit.j + 1, len(toks) - 1):
        if toks[t].text in (".", "؟", "!", ":") or toks[t].text in ("،", ",") and toks[t + 1].norm_key != "في":
            end = t
            break
    if end <= hit.j + 1:
        return False
    lo, hi = toks[hit.j + 1].start, toks[end - 1].end
    return any(lo <= m.start < hi for e in doc.entities if e.type in PLACES for m in e.mentions)


def _phrase_prep(doc: Doc, c: Chunk) -> str | None:
    """The preposition of the place phrase that ends in ``c``: its own, or, over a place word with none of its own
    («على ريف إدلب، حيث», «إلى مدينة حلب، حيث»), the «على/إلى/في» before that word (round lo499); «على» only
    for a named place («وانسحب هذا المشهد على ريف إدلب، حيث نفّذ»; not «ردا على الهجوم، حيث»)."""
    prep = c.prep
    toks = doc.tokens
    if prep is None and c.i >= 2 and c.entity is not None:
        key = toks[c.i - 1].norm_key.removeprefix("و")
        if place_word(key):
            before = toks[c.i - 2].norm_key.removeprefix("و")
            prep = before if before in PHRASE_PREPS else None
    return prep if prep != "علي" or c.entity is not None and c.etype in PLACES else None


def _bare_where_verb(doc: Doc, v: int) -> bool:
    """«حيث نفّذ الطيران»: a word right after «حيث» with no article and no preposition, a definite subject next: a
    past verb of a masculine subject, which no shape tells from a noun (round lo499)."""
    toks = doc.tokens
    key = toks[v].norm_key
    return v + 1 < len(toks) and toks[v - 1].norm_key == "حيث" and key.isalpha() and not key.startswith(
        ("ال", "وال")) and key not in fw("prepositions") and toks[v + 1].norm_key.startswith("ال")


def _reported_after(doc: Doc, t: int, hit: Hit) -> bool:
    """Round mn1017: «عاش في باكستان ... وسوريا حيث أفيد عن قتله»: the trigger right after «حيث» (token ``t``), a
    passive verb of reporting (``impersonal_reports``, or «ذكر») and «عن»: the act reported was there."""
    toks = doc.tokens
    return hit.i == t + 3 and toks[t + 2].norm_key == "عن" and (
        toks[t + 1].norm_key in fw("impersonal_reports") or toks[t + 1].norm_key == nkey("ذكر"))


def where_clause_before(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` before the trigger ends a phrase «في/إلى X» that a comma and «إذ/حيث» follow, the
    trigger the verb right after it or the noun right after that verb («، إذ أجرى محادثات»); «حيث» needs no comma."""
    prep = _phrase_prep(doc, c)
    if c.j >= hit.i or prep not in WHERE_PREPS or prep is None and _placed_later(doc, hit) or c.prep is None \
            and prep is not None and _placed_in_clause(doc, hit):
        return False
    toks = doc.tokens
    t = c.j + 1
    if t < hit.i and toks[t].norm_key == "حيث":
        if _reported_after(doc, t, hit):
            return True  # round mn1017: «وسوريا حيث أفيد عن قتله»
        if not (t + 1 == hit.i and hit.pos == "V" or finite_verb(toks[t + 1])):
            return False  # «حيث إن الاجتماع»: «since», no clause of place
        v = t + 1  # round 207: «إلى سلطنة عمان حيث التقى»: «حيث» right after the place is «where» without a comma
    elif t + 2 > hit.i or toks[t].text not in ("،", ",") or toks[t + 1].norm_key not in fw("explaining_openers"):
        return False
    else:
        v = t + 2
    if v == hit.i:
        return hit.pos == "V"
    if (finite_verb(toks[v]) or _bare_where_verb(doc, v)) and v + 1 < hit.i <= v + CLAUSE_OBJECT_REACH and hit.pos == "N" and not any(
            not toks[t].text.isalpha() or toks[t].norm_key in fw("prepositions") for t in range(v + 1, hit.i)):
        return True  # round lo489: «حيث نفّذ الطيران الحربي غارات»: the verb's object after its subject
    key = toks[v].norm_key
    return v + 1 == hit.i and hit.pos == "N" and (finite_verb(toks[v]) or not key.startswith(("ال", "وال")) and key
                                                  not in fw("prepositions"))


EDGE_PREPS = ("علي", "عند", "في")  # «على مدخل», «عند أطراف», «في ضواحي» (keys)


def edge_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` (no preposition of its own) follows «على/عند/في» + an edge noun (``edge_nouns``: «مدخل»,
    «أطراف», «مشارف»), over a place word, for an act of force or a protest."""
    if c.prep is not None or c.etype not in PLACES or not hit.entry.code.startswith(PHYSICAL) or c.i < 2:
        return False
    toks = doc.tokens
    t = c.i - 1
    key = toks[t].norm_key
    if place_word(key):
        t -= 1
    if t < 1 or toks[t].norm_key not in fw("edge_nouns"):
        return False
    return toks[t - 1].norm_key.removeprefix("و") in EDGE_PREPS


def visited_aim_place(doc: Doc, hit: Hit, targets: list[Chunk] | None, c: Chunk) -> bool:
    """Round ev291: «ويزور لافروف قطر لمناقشة التحركات من أجل السلام في سوريا»: a visit whose target is a place
    named after it goes there; a «في» place past that target and a «لـ» masdar of purpose (no comma between) is
    the aim's matter, not where the visit is (the place visited is, see ``event_location``)."""
    if not hit.entry.code.startswith(VISITS) or not targets or targets[0].etype not in PLACES:
        return False
    t0 = targets[0]
    if not hit.j < t0.i < c.i or c.prep != "في":
        return False
    toks = doc.tokens
    if any(toks[u].text in ("،", ",", ".", ":") for u in range(t0.j + 1, c.i)):
        return False
    return any(_purpose_masdar(doc, u) and not _named(doc, u) for u in range(t0.j + 1, c.i - 1))

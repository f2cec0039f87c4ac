"""Round 84 of real news: a siege or sanctions lifted is an act of its own, not the siege. «رفع/فك/إنهاء/تخفيف
الحصار» (lexicon entries ``lift_siege_noun``, ``lift_siege``) is CAMEO 0872 (ease military blockade) for a
military siege, 085 (ease economic sanctions, boycott or embargo) for sanctions («رفع العقوبات عن إيران») or an
embargo (the blockade's economic adjective or a country as its target, or an embargo told elsewhere in the article:
:mod:`.embargo`), and 190 (conventional military force) for a siege broken («فك/كسر») where the sentence tells the
fighting that broke it (function words ``siege_fights``: «بعد معارك», «بتحرير العند»). The siege the phrase names
is no siege event: a verb's lifted noun (within three words after it, «رفعت إسرائيل الحصار») is no trigger.

The noun is mostly the content of another act (a content entry): an appeal, a pledge or a demand takes it
(«دعا إلى رفع الحصار»: 020), a statement verb declares it; else it is an act of its own only where it is done
(«تم فك الحصار»: function words ``lift_tellers``) or fought for. A refusal whose object is the lifting, right after
the verb and its subject with nothing else between (``REFUSAL_REACH`` words), is CAMEO 1244 (refuse to ease
sanctions, boycott or embargo) or 1246 (refuse to de-escalate military engagement); any other refusal stays 120.

An attempted assassination («محاولة اغتيال الوزير», «حاول المسلحون اغتياله», «المحاولات الأميركية لاغتياله») is
CAMEO 185 (attempt to assassinate), an act told as done, not the assassination (186) planned."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from ..doc import Doc
from .actors import is_nisba
from .chunks import clause_stop
from .embargo import TARGET_PREPS, economic
from .forms import bare, fw, keys_of, nkey
from .lexicon import Entry, Hit, plover_of

LIFTS = ("lift_siege_noun", "lift_siege")
EASE_BLOCKADE = "0872"  # CAMEO ease military blockade
EASE_SANCTIONS = "085"  # CAMEO ease economic sanctions, boycott, embargo
BREAK_SIEGE = "190"  # CAMEO use conventional military force
REFUSE_CODES = {EASE_SANCTIONS: "1244", EASE_BLOCKADE: "1246"}  # refuse to ease sanctions / to de-escalate
LIFT_REACH = 3  # words after a lifting verb read for what it lifts («رفعت الولايات المتحدة العقوبات»)
REFUSAL_REACH = 4  # words between a refusal verb and the lifting it refuses (its subject: «رفضت إسرائيل»)
ATTEMPT_CODE = "185"  # CAMEO attempt to assassinate
BREAKING = ("فك", "كسر")  # the lifting words that may tell a siege broken by force
MASDAR_SPELT = frozenset(("رفع", "فك", "كسر"))  # a lifting verb spelt as its masdar
VERB_OPENERS = frozenset(nkey(w) for w in ("قد", "لقد", "ثم", "ما", "لم"))  # words a perfect verb follows


def _lifted(doc: Doc, hit: Hit, b: int) -> int | None:
    """The token of the siege or sanctions noun a lifting ``hit`` lifts: the noun's next word, the first of
    ``LIFT_REACH`` words after the verb that names one."""
    if hit.entry.id == "lift_siege_noun":
        return hit.j
    for t in range(hit.j + 1, min(b, hit.j + 1 + LIFT_REACH)):
        if clause_stop(doc.tokens[t].text):
            return None
        if _siege_word(doc, t) or _sanctions_word(doc, t):
            return t
    return None


def _siege_word(doc: Doc, t: int) -> bool:
    return any("حصار" in k for k in keys_of(doc.tokens[t]))


def _sanctions_word(doc: Doc, t: int) -> bool:
    return any("عقوبات" in k for k in keys_of(doc.tokens[t]))


def _embargo_told(doc: Doc, s: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether a siege noun other than token ``s`` tells an economic embargo in the article (round 42)."""
    return any(t != s and _siege_word(doc, t) and economic(doc, t, len(doc.tokens), mentions)
               for t in range(len(doc.tokens)))


def _fought(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the siege is broken by force: a breaking word («فك», «كسر») and a fight told in the sentence."""
    if not any(w in hit.cand.key for w in BREAKING):
        return False
    return any(bare(doc.tokens[t].norm_key, "siege_fights") in fw("siege_fights") for t in range(a, b)
               if t < hit.i or t > hit.j)


def lift_code(doc: Doc, hit: Hit, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> str | None:
    """The CAMEO code of the lifting ``hit`` (see the module), or None where ``hit`` is none."""
    if hit.entry.id not in LIFTS:
        return None
    s = _lifted(doc, hit, b)
    if s is None:
        return None
    if _sanctions_word(doc, s):
        return EASE_SANCTIONS
    own = any(doc.tokens[t].norm_key in TARGET_PREPS for t in range(s + 1, min(b, s + 6)))
    if economic(doc, s, b, mentions) or (not own and _embargo_told(doc, s, mentions)):
        return EASE_SANCTIONS
    return BREAK_SIEGE if _fought(doc, hit, a, b) else EASE_BLOCKADE


@lru_cache(maxsize=8)
def coded(entry: Entry, code: str) -> Entry:
    """``entry`` with CAMEO ``code`` (its PLOVER category with it), an act of its own."""
    return replace(entry, code=code, plover=plover_of(code), content=False)


def lifting(doc: Doc, hit: Hit, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> Hit | None:
    """``hit`` (a lifting) with the code of what it lifts; None where ``hit`` is no lifting."""
    code = lift_code(doc, hit, a, b, mentions)
    if code is None:
        return None
    return Hit(hit.i, hit.j, coded(hit.entry, code), hit.pos, hit.cand, hit.owned)


def _subject_before(doc: Doc, i: int, a: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the words right before token ``i`` are a subject that opens its clause: a name or a noun of actors
    (``actor_heads``) after «إن/أن», a comma or the sentence's start («إن الجيش», «إن الولايات المتحدة»)."""
    k = i - 1
    if k < a:
        return False
    if k in mentions:
        while k - 1 >= a and k - 1 in mentions and mentions[k - 1][2] == mentions[i - 1][2]:
            k -= 1
    elif doc.tokens[k].norm_key.removeprefix("ال") not in fw("actor_heads"):
        return False
    return k == a or clause_stop(doc.tokens[k - 1].text) or bare(
        doc.tokens[k - 1].norm_key, "complementizers") in fw("complementizers")


def told(doc: Doc, hit: Hit, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the lifting noun ``hit``, which no appeal, pledge or demand took, is an act of its own: done or
    decided (a word of ``lift_tellers`` right before it: «تم فك الحصار», «قررت الحكومة رفع الحصار» past its
    subject), a perfect verb spelt as the masdar right after its subject, a name or a noun of
    actors (``actor_heads``: «إن الجيش رفع الحصار»),
    or a siege broken by fighting."""
    if hit.entry.id != "lift_siege_noun":
        return False
    if any(bare(doc.tokens[t].norm_key, "lift_tellers") in fw("lift_tellers")
           for t in range(max(a, hit.i - 3), hit.i)):
        return True
    if not hit.cand.proclitics and doc.tokens[hit.i].norm_key in MASDAR_SPELT and _subject_before(doc, hit.i, a,
                                                                                             mentions):
        return True  # «إن الجيش رفع الحصار»: a perfect verb after its subject, spelt as the masdar
    return lift_code(doc, hit, a, b, mentions) == BREAK_SIEGE


def _masdar_read(doc: Doc, hit: Hit, a: int) -> bool:
    """Whether the lifting verb ``hit`` is spelt as its masdar («رفع», «فك», «كسر») and stands where a verb does not
    open: not at its clause's head, with no «و/ف» and no «قد/ثم» before it («ينص على رفع تدريجي للعقوبات», «من
    رفع معظم العقوبات»)."""
    key = doc.tokens[hit.i].norm_key
    if hit.entry.id != "lift_siege" or key not in MASDAR_SPELT:
        return False
    return hit.i > a and not clause_stop(doc.tokens[hit.i - 1].text) and \
        bare(doc.tokens[hit.i - 1].norm_key, "auxiliaries") not in VERB_OPENERS


def no_lift(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int) -> bool:
    """Whether ``hit`` is no event: a siege noun a lifting verb before it lifts («رفعت إسرائيل الحصار»: no siege), or
    a lifting verb read where its masdar stands, mostly a plan's or an accord's content (``_masdar_read``)."""
    if _masdar_read(doc, hit, a):
        return True
    if hit.entry.id != "besiege" or hit.pos != "N":
        return False
    return any(h.entry.id == "lift_siege" and h.j < hit.i and _lifted(doc, h, b) == hit.i for h in hits)


def _subject_only(doc: Doc, lo: int, hi: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether tokens ``lo``..``hi`` (exclusive) are a subject alone: no more than ``REFUSAL_REACH`` words, no
    punctuation, preposition or «أن», and past its first word only one name's words or nisbas («الحكومة
    الإسرائيلية»)."""
    if hi - lo > REFUSAL_REACH:
        return False
    name = mentions.get(lo)
    for t in range(lo, hi):
        text = doc.tokens[t].text
        key = bare(nkey(text), "prepositions", "complementizers")
        if clause_stop(text) or key in fw("prepositions") or key in fw("complementizers"):
            return False
        if t > lo and not is_nisba(text) and (name is None or doc.tokens[t].start >= name[3]):
            return False
    return True


def refusal(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int,
            mentions: dict[int, tuple[str, str, int, int]]) -> Hit:
    """The refusal verb ``hit`` recoded as a refusal to ease sanctions (1244) or a blockade (1246) where its object
    is a lifting noun with no clitic («رفضت إسرائيل رفع الحصار»), past its subject only; else ``hit``."""
    if hit.entry.id != "reject" or hit.pos != "V":
        return hit
    nxt = next((h for h in hits if h.i > hit.j), None)
    if nxt is None or nxt.entry.id != "lift_siege_noun" or nxt.cand.proclitics \
            or not _subject_only(doc, hit.j + 1, nxt.i, mentions):
        return hit
    code = REFUSE_CODES.get(lift_code(doc, nxt, a, b, mentions) or "")
    return hit if code is None else Hit(hit.i, hit.j, coded(hit.entry, code), hit.pos, hit.cand, hit.owned)


def _attempt_word(doc: Doc, k: int) -> bool:
    key = bare(doc.tokens[k].norm_key, "attempts")
    return key in fw("attempts") or key.removeprefix("ال") in fw("attempts")


def _attempt_before(doc: Doc, hit: Hit, a: int) -> bool:
    """An attempt word (``attempts``) right before the assassination, or past one word: its subject («حاول المسلحون
    اغتياله», «محاولة التنظيم اغتيال») or, before «لـ», its adjective, a nisba or a definite word («المحاولات الأميركية
    لاغتياله», «المحاولات المتكررة لاغتياله»)."""
    k = hit.i - 1
    if k < a:
        return False
    if _attempt_word(doc, k):
        return True
    return k - 1 >= a and not clause_stop(doc.tokens[k].text) and _attempt_word(doc, k - 1) and (
        "ل" not in hit.cand.proclitics or is_nisba(doc.tokens[k].text) or doc.tokens[k].norm_key.startswith("ال"))


def attempted_assassination(doc: Doc, hit: Hit, a: int) -> Hit:
    """``hit`` (an assassination) recoded as an attempted one (185) where an attempt governs it; else ``hit``."""
    if hit.entry.id != "assassinate" or not _attempt_before(doc, hit, a):
        return hit
    return Hit(hit.i, hit.j, coded(hit.entry, ATTEMPT_CODE), hit.pos, hit.cand, hit.owned)


__all__ = ["attempted_assassination", "coded", "lift_code", "lifting", "no_lift", "refusal", "told"]

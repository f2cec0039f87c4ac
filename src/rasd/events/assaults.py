"""Assault words that report no assault, round 56 of real news: who holds a place told as a state («مناطق يسيطر
عليها المتمردون», «المناطق الأخرى تسيطر على معظمها كتائب», «التي تحكم المعارضة فيها السيطرة», «وتفرض السلطات
سيطرتها على دور العبادة»), a control that is no seizing or is lost («فقدان الدولة سيطرتها الاقتصادية», «فقدت سيطرتها العسكرية»), a plan, a policy or a
campaign of arrests that «targets» («استراتيجية تستهدف», «حملة اعتقالات استهدفت ناشطات»), and a killing
threatened («هددوه بالقتل»: a threat, CAMEO 13x, told by its own verb), the toll of an attack told before
(«ارتفعت حصيلة التفجيرين»), and animals slaughtered or things burnt
(«ذبح الأضاحي», «أحرقوا الإطارات»). Round oe366: «فجر» is the noun «dawn», not «he detonated», where a preposition
stands right before it or a day word right after it («وفي فجر اليوم انقلبت سيارة», «وقعت فجر الخميس»: function
words ``day_part_day_words``, the words that follow a part of the day).

OEDA's annotators code an ASSAULT where force is used on a target; a state of holding, an aim or a threat is none.
"""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw, nkey
from .lexicon import Hit
from .listed import listed, listed_after, listed_before
from .blazes import blaze
from .mishaps import mishap
from .snatches import snatch_or_arrest

SEIZING = frozenset(("seize", "besiege"))
HOLD_REACH = 4  # words before a noun of holding read for the present verb that holds it («تحكم المعارضة فيها السيطرة»)
PLAN_REACH = 3  # words before «استهدف» read for the plan, policy or arrests that is its subject
ANIMAL_REACH = 3  # words after «ذبح» / «أحرق» read for the animal slaughtered or the thing burnt («ذبح الحجاج الأضاحي»)
MANNER_BACK = 7  # words before «ذبحا» / «حرقا» read for the killing it tells the manner of
THREAT_REACH = 3  # words before a killing noun read for the threat it is the means of («تهديد التنظيم بقتل وذبح»)


def _held(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """A present verb of holding on a place named before it, by its pronoun («مناطق يسيطر عليها المتمردون»,
    «المناطق الأخرى تسيطر على معظمها كتائب»), or a noun of holding under a present verb of holding («التي تحكم
    المعارضة فيها السيطرة على أجزاء», «وتفرض السلطات سيطرتها على دور العبادة»): who holds what, a state."""
    if hit.entry.id not in SEIZING:
        return False
    if hit.pos == "V":
        if hit.cand.key[:1] not in ("ي", "ت") or "س" in hit.cand.proclitics or hit.j + 1 >= b:
            return False
        nxt = doc.tokens[hit.j + 1].norm_key
        if nxt.startswith(("عليه", "عليها", "عليهم", "عليهما")):
            return True
        return nxt in ("على", "علي") and hit.j + 2 < b and listed(doc, hit.j + 2, "assault_held_parts", bare=True) \
            and doc.tokens[hit.j + 2].norm_key.endswith(("ها", "ه", "هم"))
    if hit.entry.id != "seize":
        return False  # («يفرضون حصارا الآن على القاعدة»: a siege laid is an act)
    for t in range(hit.i - 1, max(a - 1, hit.i - 1 - HOLD_REACH), -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if doc.tokens[t].norm_key in fw("assault_holding_presents"):
            return True
    return False


def _control_kind(doc: Doc, hit: Hit, b: int) -> bool:
    """A noun of holding named by a kind that is no seizing of a place («سيطرتها الاقتصادية», «السيطرة
    السياسية»), or lost («فقدت سيطرتها العسكرية», ``assault_loss_words``); round 63: a clash or an attack of a
    kind fought with no force («المواجهات القانونية», «الهجوم الإعلامي», «معركة انتخابية»: ``bloodless_fight_kinds``)."""
    if hit.pos == "N" and hit.entry.id in ("clash", "attack") and hit.j + 1 < b:
        return listed(doc, hit.j + 1, "assault_control_kinds", bare=True) \
            or listed(doc, hit.j + 1, "bloodless_fight_kinds", bare=True)  # «المواجهات القانونية» (round 63)
    if hit.entry.id != "seize" or hit.pos != "N":
        return False
    if hit.i > 0 and listed(doc, hit.i - 1, "assault_loss_words", bare=True):
        return True  # («كما فقدت سيطرتها العسكرية»: a control lost, no place seized)
    return hit.j + 1 < b and listed(doc, hit.j + 1, "assault_control_kinds", bare=True)


def _plan_targets(doc: Doc, hit: Hit, a: int) -> bool:
    """«استراتيجية تستهدف», «حملة اعتقالات وترهيب استهدفت ناشطات»: a plan, a policy, a law or arrests that
    «targets» someone, no force used."""
    if hit.entry.id != "target" or hit.pos != "V":
        return False
    return listed_before(doc, hit.i, a, PLAN_REACH, "assault_plan_subjects", bare=True)


def _threatened(doc: Doc, hit: Hit, a: int) -> bool:
    """«هددوه بالقتل», «تهديدات بقتل حفتر», «يتوعد بذبحهم»: a killing named as what is threatened."""
    if hit.entry.id not in ("kill", "assassinate", "slaughter"):
        return False
    key = doc.tokens[hit.i].norm_key
    if not key.startswith(("ب", "و")) or (hit.pos == "V" and not (
            key.startswith("و") and hit.i > a and doc.tokens[hit.i - 1].norm_key.startswith("ب"))):
        return False  # («تهديد التنظيم بقتل وذبح أعضاء المجلس»: the second killing named too)
    return listed_before(doc, hit.i, a, THREAT_REACH, "assault_threat_words", bare=True)


def _animals(doc: Doc, hit: Hit, b: int) -> bool:
    """«ذبح الأضاحي», «يذبح الجزارون الخراف»: animals slaughtered, no one killed; «أحرق المحتجون الإطارات»,
    «تحرق المراحل», «يحرق المزارعون بقايا المحاصيل»: things burnt (``assault_burnt_things``), no one attacked."""
    words = {"slaughter": "assault_animals", "burn": "assault_burnt_things"}.get(hit.entry.id)
    if words is None:
        return False
    if hit.i > 0 and listed(doc, hit.i - 1, words, bare=True):
        return True  # («خرفان وأبقار لذبحها»)
    return listed_after(doc, hit.j, b, ANIMAL_REACH, words, bare=True)


def _manner(doc: Doc, hit: Hit) -> bool:
    """«قتلت الجماعة ذبحا عشرة», «الطفل الذي قتل حرقا»: the masdar that tells how a killing was done, no act of its
    own."""
    if hit.entry.id not in ("slaughter", "burn") or not doc.tokens[hit.i].norm_key.rstrip("ًٌٍ").endswith("ا"):
        return False
    return any("قتل" in doc.tokens[t].norm_key for t in range(max(0, hit.i - MANNER_BACK), hit.i))


def _toll(doc: Doc, hit: Hit) -> bool:
    """«ارتفاع حصيلة التفجيرين إلى 68 قتيلا»: an attack noun in the genitive of a toll (``assault_toll_heads``)
    names an attack told before, whose toll is the news; OEDA codes no attack there."""
    if hit.pos != "N" or hit.entry.id in ("kill", "wound"):
        return False  # («أكبر حصيلة للقتلى»: the dead are the toll, the killing told)
    return hit.i > 0 and listed(doc, hit.i - 1, "assault_toll_heads", bare=True)


DAWN = nkey("فجر")
DAWN_BEFORE = frozenset(nkey(w) for w in ("في", "منذ", "حتى", "عند", "مع", "قبيل"))  # («في فجر اليوم»)


def _dawn(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«وفي فجر اليوم انقلبت سيارة», «فجر الخميس»: the bare verb «فجر» read as the noun of dawn (module docstring)."""
    if hit.pos != "V" or doc.tokens[hit.i].norm_key.removeprefix("و") != DAWN:
        return False
    before = doc.tokens[hit.i - 1].norm_key if hit.i - 1 >= a else ""
    after = doc.tokens[hit.i + 1].norm_key if hit.i + 1 < b else ""
    return before in DAWN_BEFORE or after in fw("day_part_day_words")


def not_an_assault(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the ASSAULT trigger ``hit`` (in sentence tokens ``a``..``b``) reports no assault (see the module)."""
    if hit.entry.plover != "ASSAULT":
        return False
    return _held(doc, hit, a, b) or _control_kind(doc, hit, b) or _plan_targets(doc, hit, a) or _threatened(doc, hit, a) \
        or _animals(doc, hit, b) or _manner(doc, hit) or _toll(doc, hit) or mishap(doc, hit, a, b) \
        or _dawn(doc, hit, a, b) or blaze(doc, hit, a, b) \
        or snatch_or_arrest(doc, hit, b)  # round 67; oe366: «في فجر اليوم»; ev625: «النيران اشتعلت»; as1016: «خطف مسدس»


__all__ = ["not_an_assault"]

"""Round 72: an act of force coded by its weapon. CAMEO puts a bombing under unconventional violence (183) and
splits it by the device: a suicide bombing (1831), a vehicle bombing (1832), a roadside bombing (1833). The
lexicon gives «تفجير», «انفجار», «عبوة ناسفة» the plain 183 and a killing, wounding or attack the plain 190 of
conventional military force; here the words of the act's own phrase refine them:

- a bombing trigger followed within ``SUICIDE_REACH`` words by «انتحاري» (function words ``suicide_words``) is
  1831 («تفجير انتحاري»; not «التفجيرات والعمليات الانتحارية»); within ``OWN_REACH`` words by a vehicle
  (``bomb_vehicles``) that is rigged (``rigged_words``) 1832 («انفجار سيارة مفخخة», and «مفخخة» after its
  vehicle); by a device set on the side of a road (``roadside_words`` + «الطريق») 1833 («عبوة ناسفة على جانب
  الطريق»);
- an attack or a targeting (190) whose means is a bombing said right after it, within ``CAUSE_REACH`` words and
  governed by «بـ» or a word of cause (``bombing_cause_words``: «في», «جراء», «إثر»), is that bombing, with its
  device's code: «استهداف مدرعة بعبوة ناسفة» is 183, «هجوم بسيارة مفخخة» 1832 (round ev485: also past a comma
  that sets the means off, «شن هجوما على البلدة، بالسيارات المفخخة»). A killing or a wounding is what
  the bombing did, no act of its own kind: «قتل عشرة في تفجير انتحاري» keeps its 190 (the bombing noun is the
  1831 event), and its victims stay no agent of the bombing.

Round 208: a suicide bomber's act is a suicide bombing whatever its verb: an attack, a targeting or a storming
(``CAUSED``) whose doer is a suicide bomber's noun (``suicide_words``) right before or right after the verb
(«انتحاريا اقتحم مركزا», «هاجم انتحاري حاجزا») is 1831; and one done with a rigged thing («اقتحم بجرار مفخخ»: «بـ»
and a noun followed by ``rigged_words``, masculine or feminine) is the bombing of that device (183, 1832 for a
vehicle); round 245: so is a verb of attack right after a rigged vehicle, its doer («سيارتين مفخختين هاجمتا
موقعا»: 1832). A suicide noun elsewhere («قتل انتحاريين في اشتباك») or an army's storming with no rigged means stays 190.

Round ev543: a suicide bomber's belt or vest (``suicide_devices``) followed by its explosive adjective
(``explosive_words``: «ناسف», «ناسفة», «ناسفا») is a suicide device: the bombing or attack whose means it is, said
right after the act as above («قتل عشرة في هجوم بحزام ناسف», «هاجم مسلحون مسجدا بأحزمة ناسفة»), or before it in
its clause with the act in «في/خلال/أثناء» (``suicide_means_words``: «حزاما ناسفا استخدم في الاعتداء»), is 1831, and
so is the adjective itself where it is a bombing trigger («سترة ناسفة»), so that the act and it stay one. A
planted bomb stays 183 («هجوم بعبوة ناسفة»), and a belt found or seized («ضبط حزام ناسف») is no attack.

What this does not do: code an attack 18x by its doer alone. A group that the actor lexicon codes as rebels or
ISIS may fight an army with conventional means (190) as well as bomb a market; without the weapon named the
text does not tell which, so the code stays 190. An assassination (186) and an abduction (181) have triggers of
their own."""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc
from .forms import bare, fw, keys_of, nkey
from .lexicon import Entry, Hit, plover_of

BOMBING, SUICIDE, VEHICLE, ROADSIDE = "183", "1831", "1832", "1833"
OWN_REACH = 6  # words after a bombing trigger that name its own device («انفجار سيارة مفخخة»)
CAUSE_REACH = 6  # words after a killing or an attack in which the bombing that caused it is named
SUICIDE_REACH = 1  # words of the phrase in which «انتحاري» qualifies the bombing or its device («تفجير انتحاري»)
DEVICE_REACH = 6  # words of the causing bombing's phrase read for its device
CAUSED = ("attack", "attack_masdar", "target", "storm")  # 190 entries whose means a bombing may be
STOPS = frozenset(("،", ",", ".", "؛", ";", ":", "؟", "!", "و", "ثم", "كما", "بينما", "فيما", "حيث"))


def _has(doc: Doc, k: int, name: str) -> bool:
    return not keys_of(doc.tokens[k]).isdisjoint(fw(name))


def _stop(doc: Doc, k: int) -> bool:
    return doc.tokens[k].norm_key in STOPS


def _device(doc: Doc, i: int, end: int, lead: int = 0) -> str:
    """The bombing code that the words ``i``..``end`` - 1 tell, the first ``lead`` of them the bombing's own word
    (see the module); 183 where they name no device."""
    for k in range(i, end):
        if _stop(doc, k):
            end = k
            break
    if any(_has(doc, k, "suicide_words") for k in range(i, min(end, i + lead + SUICIDE_REACH))):
        return SUICIDE  # («تفجير وتدمير مركبات مفخخة يقودها انتحاريون»: the army destroys them)
    if any(_has(doc, k, "bomb_vehicles") and _has(doc, k + 1, "rigged_words") for k in range(i, end - 1)):
        return VEHICLE
    if any(_suicide_device(doc, k, end) for k in range(i, end - 1)):
        return SUICIDE  # round ev543: «بحزام ناسف»
    if any(_has(doc, k, "roadside_words") and doc.tokens[k + 1].norm_key.removeprefix("ال") in ("طريق", "طرق")
           for k in range(i, end - 1)):
        return ROADSIDE
    return BOMBING


def _cause(doc: Doc, hit: Hit, b: int) -> int | None:
    """The token of a bombing that was the means of the attack ``hit``, said right after it (see the module)."""
    for k in range(hit.j + 1, min(b, hit.j + 1 + CAUSE_REACH)):
        if _stop(doc, k) and not _means_comma(doc, k, b):
            return None
        rigged = k + 1 < b and _has(doc, k + 1, "rigged_words") and (
            _has(doc, k, "bomb_vehicles") or doc.tokens[k].norm_key.startswith("ب"))
        if not (_has(doc, k, "bomb_devices") or rigged or _suicide_device(doc, k, b)):
            continue  # («بعبوة ناسفة», «بسيارة مفخخة»)
        key = doc.tokens[k].norm_key.removeprefix("و")
        before = bare(doc.tokens[k - 1].norm_key, "bombing_cause_words")
        if key.startswith("ب") or before in fw("bombing_cause_words"):
            return k
        return None
    return None


def _suicide_device(doc: Doc, k: int, end: int) -> bool:
    """Round ev543: whether the token ``k`` is a belt or a vest with its explosive adjective right after it, before
    ``end`` («بحزام ناسف», «أحزمة ناسفة», «بسترة ناسفة»; see the module)."""
    return k + 1 < end and _has(doc, k, "suicide_devices") and _has(doc, k + 1, "explosive_words")


def _device_before(doc: Doc, hit: Hit) -> bool:
    """Round ev543: whether a suicide device is said before the attack ``hit`` in its clause, within
    ``CAUSE_REACH`` words, the attack in a word of ``suicide_means_words`` right before it («حزاما ناسفا استخدم في
    الاعتداء»; not «عثر على حزام ناسف قرب موقع الهجوم»)."""
    if hit.i < 3 or bare(doc.tokens[hit.i - 1].norm_key, "suicide_means_words") not in fw("suicide_means_words"):
        return False
    for k in range(hit.i - 3, max(-1, hit.i - 3 - CAUSE_REACH), -1):
        if _stop(doc, k) or _stop(doc, k + 1):
            return False
        if _suicide_device(doc, k, hit.i - 1):
            return True
    return False


def _means_comma(doc: Doc, k: int, b: int) -> bool:
    """Round ev485: whether the token ``k`` is a comma that sets off the attack's means right after it, a device in
    «بـ» («شن هجوما مباغتا على البلدة، بالسيارات المفخخة»); any other stop ends the attack's phrase."""
    if doc.tokens[k].text not in ("،", ",") or k + 1 >= b or not doc.tokens[k + 1].norm_key.startswith("ب"):
        return False
    return _has(doc, k + 1, "bomb_devices") or k + 2 < b and _has(doc, k + 2, "rigged_words")


def _suicide_doer(doc: Doc, hit: Hit, b: int) -> bool:
    """Whether the verb ``hit`` has a suicide bomber's noun for its doer, the word right before or right after it
    (see the module)."""
    if hit.i > 0 and _has(doc, hit.i - 1, "suicide_words"):
        return True
    return hit.j + 1 < b and _has(doc, hit.j + 1, "suicide_words")


def weapon_code(doc: Doc, hit: Hit, b: int) -> str | None:
    """The CAMEO code of the act of force ``hit`` (sentence ending at token ``b``) told by its weapon, where it
    differs from the lexicon's (see the module); else None."""
    code = hit.entry.code
    if code == BOMBING and hit.i > 0 and _suicide_device(doc, hit.i - 1, hit.j + 1):
        return SUICIDE  # round ev543: «سترة ناسفة»: the explosive adjective of a belt or a vest is its trigger
    if code == BOMBING:
        # «سيارة مفخخة»: the rigged word is the trigger, its vehicle right before it
        start = hit.i - 1 if hit.i > 0 and _has(doc, hit.i, "rigged_words") else hit.j + 1
        own = _device(doc, start, min(b, hit.j + 1 + OWN_REACH), hit.j + 1 - start)
        return own if own != BOMBING else None
    if code == "190" and hit.entry.id in CAUSED and hit.pos == "V" and _suicide_doer(doc, hit, b):
        return SUICIDE  # round 208: «انتحاريا اقتحم مركزا للدرك»
    if code == "190" and hit.entry.id in CAUSED and hit.pos == "V" and hit.i >= 2 \
            and _has(doc, hit.i - 1, "rigged_words") and _has(doc, hit.i - 2, "bomb_vehicles"):
        return VEHICLE  # round 245: «سيارتين مفخختين هاجمتا موقعا عسكريا»: the rigged vehicle its doer
    if code == "190" and hit.entry.id in CAUSED:
        k = _cause(doc, hit, b)
        if k is None:
            return SUICIDE if _device_before(doc, hit) else None  # round ev543: «حزاما ناسفا استخدم في الاعتداء»
        return _device(doc, k, min(b, k + DEVICE_REACH), 1)
    return None


def by_weapon(entry: Entry, code: str) -> Entry:
    """``entry`` recoded as the bombing its weapon tells: the same id and frame (the argument rules read them),
    CAMEO ``code``."""
    return replace(entry, code=code, plover=plover_of(code))


__all__ = ["by_weapon", "weapon_code"]

"""Round 171: noun acts that name a means, a purpose or a possible outcome and tell no event, where no party is named
(no source and no target entity):

- support for a technical thing («سيقدم الدعم للإضافات والامتدادات»: an aid act, CAMEO 07, whose «لـ» object is a
  piece of software or a file type, ``technical_objects``): a feature, no aid;
- a possible consequence («يمكن أن تفضي إلى قمع المظاهرات»: a noun act after «إلى» of a verb of leading to,
  ``outcome_verbs``, itself after «أن» or «قد», with at most one masdar between): what a law may lead to;
- a method («يكون بالطرق السلمية والتفاوض», «الحل يكون بالتفاوض»): a noun act joined by «و» a few words after a
  word of means (``method_words``: «بالطرق», «بالوسائل»), or said with «بـ» right after a copula of method
  (``method_copulas``: «يكون», «يتم»): how a matter should be settled;
- an attack named as what a defence is for («لصد الهجمات», «لردع ... الاعتداء على»: an attack noun, CAMEO 18-20,
  a few words after a purpose masdar of defence, ``defence_purposes``, with no relative clause between or after it
  that tells it);
- round gr436: a means of force («سوف تحقق المنطقة الآمنة بقوة النار»: an attack noun, CAMEO 18-20, that names a
  weapon, ``force_instruments``, as the genitive of «بقوة», ``force_means``): how a thing is to be done, no attack.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import bare, fw_keys, nkey
from .lexicon import Hit
from .sources import Args
from .word_tests import clause_stop, key_at

METHOD_BACK = 4  # words from the act back to the word of means («بالطرق السلمية والتفاوض»)
DEFENCE_BACK = 8  # words from the attack back to the purpose of defence («لردع الأكراد ... من دخوله أو الاعتداء»)
ATTACKS = ("18", "19", "20")
RELATIVES = ("الذي", "التي", "الذين", "اللذين", "اللتين", "الذى")


def _named(args: Args) -> bool:
    return any(c is not None and c.entity is not None for c in (args.source, *(args.targets or [])))


def _technical_aid(doc: Doc, hit: Hit, b: int) -> bool:
    if not hit.entry.code.startswith("07") or hit.j + 1 >= b:
        return False
    key = key_at(doc, hit.j + 1)
    if key.startswith("لل"):
        key = "ال" + key[2:]  # «للإضافات»
    return key in fw_keys("technical_objects")


def _possible_outcome(doc: Doc, hit: Hit, a: int) -> bool:
    for to in (hit.i - 1, hit.i - 2):
        if to - 2 < a or key_at(doc, to) != "الي":
            continue
        if to == hit.i - 2 and clause_stop(doc.tokens[hit.i - 1].text):
            return False
        verb = bare(key_at(doc, to - 1), "outcome_verbs")
        return verb in fw_keys("outcome_verbs") and key_at(doc, to - 2) in ("ان", "قد")
    return False


def _method(doc: Doc, hit: Hit, a: int) -> bool:
    own = key_at(doc, hit.i)
    if own[:1] == "ب" and hit.i - 1 >= a and bare(key_at(doc, hit.i - 1), "method_copulas") in fw_keys("method_copulas"):
        return True
    if own[:1] != "و":
        return False
    for t in range(hit.i - 1, max(a, hit.i - METHOD_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if bare(key_at(doc, t), "method_words") in fw_keys("method_words"):
            return True
    return False


def _defended(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    if hit.entry.code[:2] not in ATTACKS:
        return False
    if hit.j + 1 < b and key_at(doc, hit.j + 1) in RELATIVES:
        return False
    if hit.i - 1 >= a and key_at(doc, hit.i - 1) in fw_keys("any_words"):
        return False  # («لردع أي هجوم»: an attack that may come, hypothetical: modality_links, rounds 76 and 116)
    for t in range(hit.i - 1, max(a, hit.i - DEFENCE_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text) or key_at(doc, t) in RELATIVES:
            return False  # («لمواجهة الحوثيين الذين شنوا هجوما»: the relative clause tells the attack)
        if bare(key_at(doc, t), "defence_purposes") in fw_keys("defence_purposes"):
            return True
    return False


def _by_force_of(doc: Doc, hit: Hit, a: int) -> bool:
    """«بقوة النار», «بقوة السلاح»: an attack noun that names a weapon (``force_instruments``) right after a word of
    force (``force_means``) that takes it as its genitive; not a masdar («نفى بقوة الهجوم»: «بقوة» is strongly)."""
    return hit.entry.code[:2] in ATTACKS and hit.i - 1 >= a and key_at(doc, hit.i) in fw_keys("force_instruments") \
        and bare(key_at(doc, hit.i - 1), "force_means") in fw_keys("force_means")


def idle_means(doc: Doc, hit: Hit, args: Args, a: int, b: int) -> bool:
    """Whether the noun act ``hit`` (sentence tokens ``a``..``b``) with the arguments ``args`` names a means, a
    purpose or a possible outcome with no party named (module docstring)."""
    if _named(args):
        return False
    if _technical_aid(doc, hit, b) or _possible_outcome(doc, hit, a):
        return True  # (a word right after «إلى» is a noun, whatever reading the lexicon gave it)
    return hit.pos == "N" and (_method(doc, hit, a) or _defended(doc, hit, a, b) or _by_force_of(doc, hit, a))

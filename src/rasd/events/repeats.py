"""Whether an event repeats the act of one told before it (the events' dedup asks): the same act told twice, a
plain attack noun after a bombing, and verbal acts aimed at targets that share no word, which are two acts."""

from __future__ import annotations

from ..doc import Event
from .forms import nkey, plain_keys

SPECIFIC_ATTACKS = ("183", "180")  # a suicide or car bombing, or (round 81) a terrorist attack («اعتداءاته
# الإرهابية»), which a plain attack word (190) after it repeats
FORCE_FAMILY = ("194", "195")  # round mn1001: shelling or an air strike (of the 19x family of the plain 190), whose
# toll a plain casualty noun after it tells («استهدف سلاح الجو قافلة ...، أسفرت عن مقتل 5 عناصر»; not clashes, 193:
# «أسفرت المواجهات عن مقتل» stays a toll of its own, see nearest_cause)
MASSACRES = ("202",)  # round mn1017: a mass killing («مجزرة»), whose victims a casualty noun after it counts («تحدثت
# وسائل إعلام عن «مجزرة» راح ضحيتها تسعة قتلى»: one act, not a killing of its own)
CASUALTIES = ("kill", "wound")  # «مقتل», «قتلى», «جرحى» (not «هجوم آخر» after air strikes: another act)
PLAIN_ATTACKS = ("attack", "attack_masdar", "kill", "wound", "shoot", "target")  # «الهجوم», «مقتل», «الجرحى»: no storming


def _other_actors(told: Event, repeat: Event) -> bool:
    """Round 45: «قتل مسلحون ثلاثة جنود، وقتل جنود الجيش خمسة مسلحين»: two verbs that each name their actor, the
    repeat's right after it (a verb-subject order, not a stray phrase before it), in phrases apart in the text: two
    acts, one by each."""
    a, b = told.attrs.get("source_span"), repeat.attrs.get("source_span")
    if not isinstance(a, list) or not isinstance(b, list) or told.attrs.get("pos") != "V" \
            or repeat.attrs.get("pos") != "V" or not (a[1] <= b[0] or b[1] <= a[0]):
        return False
    return _actor_after(repeat, b) and (told.source is not None or _actor_after(told, a))


def _actor_after(ev: Event, span: list[int]) -> bool:
    """Whether the unresolved source phrase ``span`` of the verb event ``ev`` stands right after its trigger and
    reads as an actor: not an adverb or a word in the accusative («أعلنها سابقًا», «وقتل حينها») nor a verb
    («رفضها سيتم»)."""
    text = ev.attrs.get("source_text")
    if not isinstance(text, str) or not text.split() or not 0 <= span[0] - ev.trigger.end <= 1:
        return False
    first = nkey(text.split()[0])
    return not first.endswith("ا") and not (first[:1] == "س" and first[1:2] in ("ي", "ت", "ن"))


def same_act(told: Event, repeat: Event) -> bool:
    """Whether the event ``repeat`` may repeat the act of ``told``, told before it in its sentence: the same code, or
    a plain attack noun (190: «الهجوم», «مقتل») after a suicide or car bombing («شن هجوما انتحاريا ... وخلف الهجوم»;
    a verb, «وقتل», may tell an act of its own; round 42: a storming, «دخول عناصر الاقتحام», is one too); not an
    act whose actor is named apart from the first's (``_other_actors``). Round 47: «احتجاجا» after a storming in
    protest (145) names its purpose. Round 72: a plain bombing after a bombing of a device («هجوما انتحاريا ...
    الانفجار»), or an explosion noun that names its device after a plain one («دوي انفجار ... ناجم عن انفجار عربة
    مفخخة»), are one act; not another bombing («قتل جندي إثر انفجار لغم ... هجوما انتحاريا»). Round mn1001: a plain
    casualty noun after shelling or an air strike (``FORCE_FAMILY``) too, not one that may follow a strike told as done
    («الغارات الجوية التي ... قد تسفر عن مقتل مدنيين»); round mn1017: after a massacre (``MASSACRES``) too."""
    if _other_actors(told, repeat):
        return False
    device = told.code[:3] == repeat.code[:3] == "183" and (
        repeat.code == "183" or str(repeat.attrs.get("trigger_id", "")).startswith(BOMB_NOUNS))
    plain = repeat.code == "190" and repeat.attrs.get("pos") == "N"
    return told.code == repeat.code or device or plain and (
        repeat.attrs.get("trigger_id") in PLAIN_ATTACKS and told.code.startswith(SPECIFIC_ATTACKS)
        or repeat.attrs.get("trigger_id") in CASUALTIES and told.code.startswith(FORCE_FAMILY + MASSACRES)
        and (repeat.modality != "hypothetical" or told.modality == "hypothetical")) or (
        told.attrs.get("trigger_id") == "protest_storm" and repeat.attrs.get("trigger_id") == "protest"
        and repeat.attrs.get("pos") == "N")  # round 47: «اقتحم طلاب الوزارة احتجاجا»: the storming's purpose



BOMB_NOUNS = ("bombing", "explode")  # lexicon entries of an explosion noun («انفجار», «تفجير») and their recodings
VERBAL_CODES = ("01", "02", "10", "11", "12", "13")  # make a statement, appeal, demand, disapprove, reject, threaten


def apart_targets(a: Event, b: Event) -> bool:
    """«تنظيم غير إسلامي يهدد الأقليات الدينية» … «لأن هذا التنظيم يهدد أمننا»: one actor's verbal acts (statements,
    appeals, criticism, threats: ``VERBAL_CODES``) of one code in other sentences, whose targets are phrases the
    entity layer left unresolved and share no word, are two acts, not one act told twice (an attack or a meeting
    retold with another phrase for its target, «هجوم النصرة على مقر الفرقة 30», is still one)."""
    ta, tb = a.attrs.get("target_text"), b.attrs.get("target_text")
    if a.code[:2] not in VERBAL_CODES or a.sentence == b.sentence or a.target is not None or b.target is not None:
        return False
    return isinstance(ta, str) and isinstance(tb, str) and not (set(plain_keys(ta)) & set(plain_keys(tb))) - {""}


def force_kin(a: str, b: str) -> bool:
    """Round mn1001: the codes ``a`` and ``b`` are the same act of force or of its 19x family (the plain 190 and
    ``FORCE_FAMILY``: «وكان الجيش يرد بإطلاق القذائف ... في القنيطرة. ... حيث استهدف سلاح الجو قافلة في المنطقة»)."""
    return a[:3] == b[:3] or a[:3] in ("190",) + FORCE_FAMILY and b[:3] in ("190",) + FORCE_FAMILY


def finer_code(kept: str, joined: str) -> str:
    """Round ev430: the code an event keeps when ``joined``'s event merges into it: the more specific of the two, a
    code under ``kept`` («183» and a car bombing, «1832»), or a suicide or car bombing or a terrorist attack
    (``SPECIFIC_ATTACKS``) over the bare 190 a plain attack word has («شن هجوما ... بالسيارات المفخخة»); else
    ``kept``."""
    if len(joined) > len(kept) and joined.startswith(kept):
        return joined
    return joined if kept == "190" and joined.startswith(SPECIFIC_ATTACKS) else kept


def join_triggers(host: Event, told: Event) -> None:
    """Add the triggers of the event ``told`` again to the one it joins, ``host``, each once (in place)."""
    for t in told.triggers or [told.trigger]:
        if t not in host.triggers:
            host.triggers.append(t)

"""An embargo is no siege, round 37 of real news: «الحصار الأميركي المفروض على كوبا», «رفع الحصار الاقتصادي» tell
an economic embargo on a state, CAMEO 163 (impose embargo, boycott or sanctions: PLOVER SANCTION), not a
military blockade of a town, a camp or a district (191: «حصار الفلوجة», «الحصار المفروض على المخيم»). What
decides is the blockade's adjective (function words ``economic_adjectives``: «الاقتصادي», «التجاري») or its
target: a country (a place the gazetteer lists of kind ``country``), not a town, a region or a capital.

Round 39: a raid on the ground is no air strike. «غارة» (the raids of ``raid``, ``airraid``) by special or ground forces
(a unit, ``ground_units``, with its adjective, ``ground_adjectives``: «قوات خاصة», «القوات البرية») or commandos,
or one told with a landing or a storming («إنزال», «مداهمة»: function words ``ground_forces``) in its sentence, is CAMEO 190 (use conventional military force), not 195 (aerial weapons), unless aircraft, drones, an
air force or «جوية» are named in the sentence too (``air_words``). And an air strike that targets is one
(«الغارة الجوية التي استهدفت مقر التنظيم»: «استهدف» after a relative whose head is a raid or a strike,
``raid_nouns``: 195, not 190).

Round 42: «رفع الحصار» with no target is an embargo lifted where the article tells one elsewhere. And: «القصف لم يستهدف أي مناطق مأهولة»: a targeting verb negated right after a strike names what the strike
did not hit (``relayed``), no new assault.

Round 43: a bombardment from the air is an air strike. «القصف الجوي», «قصفت الطائرات»: a shelling with an air word
(``air_words``) within ``AIR_REACH`` words after it, or with the adjective of a state whose bombing abroad is an air
campaign (``air_campaign_nisbas``: «القصف الأميركي»), is 195; so is a killing whose subject is a raid
(«قتلت غارة جوية ...»: ``raid_nouns`` right after the verb). And roads of supply cut («قطع طرق إمداد الحوثيين»,
``supply_words`` after the road word) is a military blockade, CAMEO 191, no protest's road block (144).

Round 47: students, workers or protesters who storm a building («اقتحم طلاب مبنى الوزارة احتجاجا»: a subject of
``storming_protesters`` and, unless the word names protesters, a purpose of protest in the sentence,
``protest_purposes``) protest violently, CAMEO 145, no assault (190). Round oe366: so do those who attack or besiege
(the trigger entries of function words ``riot_entries``: «هاجم آلاف المتظاهرين مكتب رئيس الوزراء», «وحاصر متظاهرون
مطار بيروت»): a crowd's violence in a protest, told of the protesters, not armed force.

Round 53: a state of emergency or martial law declared («أعلن الرئيس حالة الطوارئ», «إعلان حالة الطوارئ», «أعلن فرض
حالة الطوارئ»: ``emergency_words`` after «حالة» or «الأحكام» within ``EMERGENCY_REACH`` words after the
announcement) is CAMEO 1724 (impose state of emergency or martial law), no statement (010).

Round 114: a killing verb whose subject before it is an aircraft or a drone («أن طائرة من دون طيار (درون) قتلت
فلانا», «طائرات التحالف قتلت»: an ``air_words`` noun, past «من دون طيار» and a gloss in brackets) is 195 too. And a general mobilisation declared («أعلنت السعودية التعبئة العامة», «بإعلان حالة النفير العام»:
``mobilisation_words`` + «العامة» as the announcement's object) is CAMEO 154 (mobilize armed forces), no
statement."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from ..doc import Doc
from .actors import is_nisba
from .air_subjects import aircraft_subject
from .artillery import artillery_attack, shelling
from .bombings import by_weapon, weapon_code
from .material_aid import by_material, material_code
from .chunks import clause_stop
from .forms import bare, fw, fw_keys, keys_of, nkey
from .lexicon import Entry, Hit, plover_of
from .objects import is_relay
from .performative import performative, performed
from .protest_senses import military_block
from .told_strikes import aerial_strike

RAIDS = ("raid", "airraid")  # «غارة», «شن غارات»: aerial by default (195)

AERIAL = "195"  # CAMEO employ aerial weapons
AIR_REACH = 2  # words after a shelling read for its air word («القصف الجوي», «قصفت الطائرات»)
MEANS_REACH = 6  # words after a shelling read for the aircraft it is made with («قصفت القوات البلدة بالمروحيات»)
BLOCKADE = "191"  # CAMEO impose blockade, restrict movement
AIM_BACK = 3  # words before the relative of «التي استهدفت» read for the air strike it tells of («الغارة الجوية التي»)
GROUND = "190"  # CAMEO use conventional military force
EMBARGO = "163"  # CAMEO impose embargo, boycott, or sanctions
REACH = 5  # words after «الحصار» read for its adjective and the «على/عن» of its target («الأميركي المفروض على»)
TARGET_PREPS = ("على", "علي", "عن")  # «المفروض على كوبا», «رفع الحصار عن كوبا»


def _country(doc: Doc, t: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether token ``t`` opens the mention of a country («كوبا», «إيران»), no town, region or capital."""
    m = mentions.get(t)
    if m is None:
        return False
    ent = doc.entity(m[0])
    return ent is not None and ent.attrs.get("kind") == "country"


def economic(doc: Doc, j: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """An economic adjective within ``REACH`` words after token ``j`` (a blockade noun), or «على/عن» + a country
    there, in its clause («الحصار المفروض على كوبا»)."""
    for t in range(j + 1, min(b, j + 1 + REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = doc.tokens[t].norm_key
        if bare(key, "economic_adjectives") in fw("economic_adjectives"):
            return True
        if key in TARGET_PREPS:
            return t + 1 < b and _country(doc, t + 1, mentions)
    return False


def _lifted_embargo(doc: Doc, hit: Hit, a: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """«التصويت على رفع الحصار»: a blockade lifted or ended (``lift_words`` right before it; no target of its own),
    or (round 171) one alone in brackets or before a comma, in an article that tells an embargo elsewhere (another
    blockade noun with its economic adjective or a country)."""
    if hit.i - 1 < a or bare(doc.tokens[hit.i - 1].norm_key, "lift_words") not in fw("lift_words"):
        return _bare_blockade(doc, hit) and _told_embargo(doc, hit, mentions)
    return _told_embargo(doc, hit, mentions)


def _bare_blockade(doc: Doc, hit: Hit) -> bool:
    """Round 171: «نستبدل به (الحصار) مقاربة»: the definite blockade noun alone, nothing after it but punctuation."""
    if doc.tokens[hit.i].norm_key.removeprefix("و") != "الحصار":
        return False
    return hit.j + 1 >= len(doc.tokens) or not any("\u0621" <= c <= "\u064a" for c in doc.tokens[hit.j + 1].text)


def _told_embargo(doc: Doc, hit: Hit, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether another blockade noun of the article has its economic adjective or a country as its target."""
    nouns = {k for k in keys_of(doc.tokens[hit.i]) if "حصار" in k}
    return any(t != hit.i and not keys_of(tok).isdisjoint(nouns) and economic(doc, t, len(doc.tokens), mentions)
               for t, tok in enumerate(doc.tokens))


def embargo(doc: Doc, hit: Hit, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the blockade noun ``hit`` («الحصار», «حصارا») is an economic embargo: an economic adjective within
    ``REACH`` words after it, or «على/عن» + a country there, in its clause («الحصار المفروض على كوبا»), or one
    lifted in an article of an embargo (``_lifted_embargo``)."""
    if hit.entry.id != "besiege" or hit.pos != "N":
        return False
    own = [t for t in range(hit.j + 1, min(b, hit.j + 1 + REACH)) if doc.tokens[t].norm_key in TARGET_PREPS]
    return economic(doc, hit.j, b, mentions) or (not own and _lifted_embargo(doc, hit, a, mentions))


@lru_cache(maxsize=8)
def sanction(entry: Entry) -> Entry:
    """``entry`` (a blockade) recoded as an embargo: the same frame, CAMEO 163."""
    return replace(entry, id="embargo", code=EMBARGO, plover=plover_of(EMBARGO))


def ground_raid(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the raid ``hit`` («غارة», «شن غارات») of a sentence (tokens ``a``..``b``) is made on the ground: a
    ground force or a landing is named in the sentence (``ground_forces``) and no aircraft (``air_words``)."""
    if hit.entry.id not in RAIDS:
        return False
    told = [t for t in range(a, b) if t < hit.i or t > hit.j]
    words = {t: keys_of(doc.tokens[t]) | {doc.tokens[t].norm_key} for t in told}
    if any(not k.isdisjoint(fw("air_words")) for k in words.values()):
        return False
    return any(not k.isdisjoint(fw("ground_forces")) or (  # «كوماندوز», «إنزال»; «قوات خاصة», «القوات البرية»
        t - 1 in words and not k.isdisjoint(fw("ground_adjectives"))
        and not words[t - 1].isdisjoint(fw("ground_units"))) for t, k in words.items())


@lru_cache(maxsize=8)
def ground(entry: Entry) -> Entry:
    """``entry`` (an air raid) recoded as a raid on the ground: the same frame, CAMEO 190."""
    return replace(entry, id="ground_raid", code=GROUND, plover=plover_of(GROUND))


def aerial_aim(doc: Doc, hit: Hit, a: int) -> bool:
    """«الغارة الجوية التي استهدفت», «غارات التحالف التي تستهدف»: the verb «استهدف» right after a relative pronoun
    whose head (within ``AIM_BACK`` words before it) is a raid or a strike (``raid_nouns``; not «هجمات الطائرات»: the
    attack word's event takes it)."""
    if hit.entry.id != "target" or hit.pos != "V" or hit.cand.proclitics or hit.i - 1 <= a:
        return False
    if doc.tokens[hit.i - 1].norm_key not in fw("relatives"):
        return False
    for t in range(hit.i - 2, max(a, hit.i - 2 - AIM_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        key = doc.tokens[t].norm_key
        if key in fw("raid_nouns"):
            return True
    return False


@lru_cache(maxsize=8)
def aerial(entry: Entry) -> Entry:
    """``entry`` (a targeting) recoded as an air strike: the same frame, CAMEO 195."""
    return replace(entry, code=AERIAL, plover=plover_of(AERIAL))


DRONE_GLOSS = frozenset(("(", ")", "من", "دون", "بدون", "بلا", "طيار", "درون"))
AIR_ADJECTIVES = frozenset(("جوية", "الجوية", "جوي", "الجوي", "جويا", "الجو", "طيران", "الطيران", "مسيرة", "المسيرة"))
SUBJECT_BACK = 7  # tokens before a killing verb read for its aircraft subject («طائرة من دون طيار (درون) قتلت»)


def _aircraft_before(doc: Doc, hit: Hit) -> bool:
    """Round 114: the subject right before a killing verb with no «و» is an aircraft (see the module)."""
    if hit.cand.proclitics:
        return False
    owner = False
    for t in range(hit.i - 1, max(-1, hit.i - 1 - SUBJECT_BACK), -1):
        key = doc.tokens[t].norm_key
        if key in DRONE_GLOSS and key != "درون":
            continue
        if key in fw("air_words") and key not in AIR_ADJECTIVES:
            return True
        start = doc.tokens[t].start
        if owner or not (key.startswith("ال") or any(m.start <= start < m.end for m in doc.mentions)):
            return False
        owner = True  # («طائرات التحالف قتلت»: past the aircraft's owner, named or definite)
    return False


def air_shelling(doc: Doc, hit: Hit, b: int) -> bool:
    """«القصف الجوي», «قصفت الطائرات», «القصف الأميركي»; «قتلت غارة جوية»: a shelling told with an air word or the
    adjective of an air campaign's state after it, or a killing whose subject is a raid (round 43)."""
    if hit.entry.id == "kill" and hit.pos == "V":
        return hit.j + 1 < b and doc.tokens[hit.j + 1].norm_key in fw("raid_nouns") or _aircraft_before(doc, hit)
    if hit.entry.id != "shell":
        return False
    if hit.pos == "N" and "ب" in hit.cand.proclitics and hit.i >= 2 and doc.tokens[hit.i - 1].norm_key in fw(
            "air_words") and bare(doc.tokens[hit.i - 2].norm_key, "light_verbs") in fw("light_verbs"):
        return True  # «قامت المروحيات بقصف»: aircraft, the light verb's subject, shell
    for t in range(hit.j + 1, min(b, hit.j + 1 + MEANS_REACH)):  # «قصف بالمروحيات», «قصفت ... البلدة بالطائرات»
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text):
            break
        if key[:1] == "ب" and key[1:] in fw("air_words"):
            return True
    for t in range(hit.j + 1, min(b, hit.j + 1 + AIR_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        key = doc.tokens[t].norm_key
        if key in fw("air_words") or (t == hit.j + 1 and hit.pos == "N" and key in fw("air_campaign_nisbas")):
            return True
    return False


def supply_cut(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«قطع طرق إمداد الحوثيين», «قطع الطريق أمام الإمدادات»: roads of supply cut (``supply_words`` within two words
    after the road word), a military blockade, no protest (round 43); so is a road cut among forces with no
    protester named (round 152: :func:`rasd.events.protest_senses.military_block`)."""
    if hit.entry.id != "block_road":
        return False
    return any(bare(doc.tokens[t].norm_key, "supply_words") in fw("supply_words")
               for t in range(hit.j + 1, min(b, hit.j + 3))) or military_block(doc, hit, a, b)


@lru_cache(maxsize=8)
def blockade(entry: Entry) -> Entry:
    """``entry`` (a road block) recoded as a military blockade: the same frame, CAMEO 191."""
    return replace(entry, id="supply_cut", code=BLOCKADE, plover=plover_of(BLOCKADE))


VEHICLE_REACH = 2  # words after a bombing read for the combat vehicle it blew up («تفجير دبابة», «تفجير 3 آليات»)


def vehicle_blown(doc: Doc, hit: Hit, b: int) -> bool:
    """Round 45: «تفجير دبابة», «وتفجير آليتين عسكريتين»: a bombing whose object (right after it, past a count) is a
    combat vehicle (``combat_vehicles``) is fighting, no bombing of people or places by a bomber."""
    if hit.entry.id not in ("bombing", "detonate"):
        return False
    for t in range(hit.j + 1, min(b, hit.j + 1 + VEHICLE_REACH)):
        key = bare(doc.tokens[t].norm_key, "combat_vehicles")
        if key in fw("combat_vehicles"):
            return True
        if not doc.tokens[t].text.isdigit():
            return False
    return False


@lru_cache(maxsize=8)
def combat(entry: Entry) -> Entry:
    """``entry`` (a bombing) recoded as fighting: the same frame, CAMEO 190."""
    return replace(entry, id="vehicle_blown", code=GROUND, plover=plover_of(GROUND))


RIOT = "145"  # CAMEO protest violently, riot
STORMER_REACH = 3  # words around a storming verb read for who storms («اقتحم مئات الطلاب», «الطلاب اقتحموا»)
PROTESTERS = ("متظاهر", "محتج", "معتصم")  # a word that names protesters: no purpose needed


def protest_storm(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«اقتحم طلاب مبنى الوزارة احتجاجا على القرار», «اقتحم المتظاهرون مقر البرلمان»: a storming by students,
    workers or protesters (see the module's doc, round 47)."""
    if hit.entry.id not in fw("riot_entries") or hit.pos != "V":
        return False  # round oe366: the attack and siege verbs too («هاجم آلاف المتظاهرين مكتب رئيس الوزراء»)
    near = [*range(hit.j + 1, min(b, hit.j + 1 + STORMER_REACH)), *range(max(a, hit.i - STORMER_REACH), hit.i)] \
        if hit.entry.id == "storm" else _subject_slots(doc, hit, a, b)
    who = [k for t in near if not clause_stop(doc.tokens[t].text)
           for k in (bare(doc.tokens[t].norm_key, "storming_protesters"),) if k in fw("storming_protesters")]
    if not who:
        return False
    return any(p in k for k in who for p in PROTESTERS) or any(
        bare(doc.tokens[t].norm_key, "protest_purposes") in fw("protest_purposes") for t in range(hit.j + 1, b))


def _subject_slots(doc: Doc, hit: Hit, a: int, b: int) -> list[int]:
    """Round oe366: where the one who attacks or besieges stands: right after the verb in the nominative
    («وحاصر المتظاهرون»), past a count («هاجم آلاف المتظاهرين»), or right before it («إن المتظاهرين حاصروا»); not
    after another subject («وهاجمت قوات الأمن المتظاهرين») nor in the accusative right after the verb («قوات الأمن
    حاصرت المتظاهرين»): the protesters are then the ones attacked."""
    slots = [hit.i - 1] if hit.i - 1 >= a else []
    nxt = doc.tokens[hit.j + 1] if hit.j + 1 < b else None
    if nxt is None:
        return slots
    key = nxt.norm_key
    if key in fw("quantity_heads") or key.removeprefix("ال") in fw("quantity_heads") or any(
            n.start <= nxt.start < n.end for n in doc.numbers):
        return [*slots, hit.j + 2] if hit.j + 2 < b else slots
    return slots if key.endswith("ين") else [*slots, hit.j + 1]


@lru_cache(maxsize=8)
def violent_protest(entry: Entry) -> Entry:
    """``entry`` (a storming) recoded as a violent protest: the same frame, CAMEO 145."""
    return replace(entry, id="protest_storm", code=RIOT, plover=plover_of(RIOT))


EMERGENCY = "1724"  # CAMEO impose state of emergency or martial law
EMERGENCY_REACH = 6  # words after an announcement read for the state it declares, past its subject and «فرض»
STATE_HEADS = frozenset(nkey(w) for w in ("حالة", "الأحكام", "الاحكام"))


def _announced_word(doc: Doc, hit: Hit, b: int, wanted: Callable[[int], bool]) -> int | None:
    """The first token ``t`` after an announcement's trigger, within ``EMERGENCY_REACH`` words and before a comma or
    «أن», that is ``wanted(t)``; None where there is none or the trigger is no announcement."""
    if hit.entry.id != "announce":
        return None
    for t in range(hit.j + 1, min(b - 1, hit.j + 1 + EMERGENCY_REACH)):
        key = doc.tokens[t].norm_key
        if clause_stop(doc.tokens[t].text) or key in fw("complementizers"):
            return None
        if wanted(t):
            return t
    return None


def emergency(doc: Doc, hit: Hit, b: int) -> bool:
    """«أعلن الرئيس الباجي قائد السبسي حالة الطوارئ», «إعلان حالة الطوارئ», «أعلن فرض الأحكام العرفية»: an
    announcement whose object (within ``EMERGENCY_REACH`` words, no comma or «أن» between) is a state of emergency
    or martial law (``emergency_words`` after ``STATE_HEADS``)."""
    return _announced_word(doc, hit, b, lambda t: doc.tokens[t].norm_key.lstrip("و") in STATE_HEADS and bare(
        doc.tokens[t + 1].norm_key, "emergency_words") in fw("emergency_words")) is not None


MOBILISED = "154"
GENERAL = fw_keys("general_adjectives")


def mobilisation(doc: Doc, hit: Hit, b: int) -> bool:
    """Round 114: an announcement whose object (within ``EMERGENCY_REACH`` words, past its subject and «حالة», no
    comma or «أن» between) is a general mobilisation («التعبئة العامة», «النفير العام»)."""
    t = _announced_word(doc, hit, b, lambda u: doc.tokens[u].norm_key in fw("mobilisation_words"))
    return t is not None and doc.tokens[t + 1].norm_key in GENERAL


@lru_cache(maxsize=8)
def mobilised(entry: Entry) -> Entry:
    """``entry`` (an announcement) recoded as forces mobilised: the same frame, CAMEO 154."""
    return replace(entry, id="mobilise", code=MOBILISED, plover=plover_of(MOBILISED))


@lru_cache(maxsize=8)
def emergency_rule(entry: Entry) -> Entry:
    """``entry`` (an announcement) recoded as a state of emergency imposed: the same frame, CAMEO 1724."""
    return replace(entry, id="emergency", code=EMERGENCY, plover=plover_of(EMERGENCY))


def recoded(doc: Doc, hit: Hit, a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> Hit:
    """``hit`` with its entry recoded where its words tell another act: an embargo for a blockade of a state, a
    ground raid for a raid by special forces, an air strike for what an air raid targets, the act a statement
    performs (:mod:`.performative`); else ``hit``."""
    if embargo(doc, hit, a, b, mentions):
        return Hit(hit.i, hit.j, sanction(hit.entry), hit.pos, hit.cand, hit.owned)
    if ground_raid(doc, hit, a, b):
        return Hit(hit.i, hit.j, ground(hit.entry), hit.pos, hit.cand, hit.owned)
    if supply_cut(doc, hit, a, b):
        return Hit(hit.i, hit.j, blockade(hit.entry), hit.pos, hit.cand, hit.owned)
    if aerial_aim(doc, hit, a) or air_shelling(doc, hit, b) or aerial_strike(doc, hit.entry.id, hit.i, hit.j, a, b) \
            or aircraft_subject(doc, hit, b):  # ev996: «التي تستهدفها الطائرات الحربية»
        return Hit(hit.i, hit.j, aerial(hit.entry), hit.pos, hit.cand, hit.owned)
    if vehicle_blown(doc, hit, b):
        return Hit(hit.i, hit.j, combat(hit.entry), hit.pos, hit.cand, hit.owned)
    if protest_storm(doc, hit, a, b):
        return Hit(hit.i, hit.j, violent_protest(hit.entry), hit.pos, hit.cand, hit.owned)
    if emergency(doc, hit, b):
        return Hit(hit.i, hit.j, emergency_rule(hit.entry), hit.pos, hit.cand, hit.owned)
    if mobilisation(doc, hit, b):  # round 114: «أعلنت التعبئة العامة»
        return Hit(hit.i, hit.j, mobilised(hit.entry), hit.pos, hit.cand, hit.owned)
    if (act := performed(doc, hit, b)) is not None:  # round 67: «أعلن قبوله لاقتراح»: the act, not 010
        return Hit(hit.i, hit.j, performative(hit.entry, act), hit.pos, hit.cand, hit.owned)
    if (weapon := weapon_code(doc, hit, b)) is not None:  # round 72: «قتل عشرة في تفجير انتحاري»: 1831
        return Hit(hit.i, hit.j, by_weapon(hit.entry, weapon), hit.pos, hit.cand, hit.owned)
    if artillery_attack(doc, hit, b):  # round ev901: «استهدفوا المدينة بقذائف الهاون»: 194
        return Hit(hit.i, hit.j, shelling(hit.entry), hit.pos, hit.cand, hit.owned)
    if (aid := material_code(doc, hit, b)) is not None:  # round ev492: «تدعم إيران الحوثيين بالسلاح»: 072
        return by_material(hit, aid)
    return hit


def relayed(doc: Doc, hit: Hit, prev: Hit) -> bool:
    """Whether the targeting verb ``hit`` relays the force trigger ``prev`` told right before it («شنت غارات
    استهدفت معاقله»), past a country adjective («غارة أميركية استهدفت») or a negation («القصف لم يستهدف»): it
    names the strike's object, no act of its own."""
    if prev.j + 2 == hit.i and hit.entry.id == "target" and hit.pos == "V" and \
            bare(doc.tokens[hit.i - 1].norm_key, "negations") in fw("negations"):
        return True  # («لم يستهدف», «لا تستهدف»: any tense)
    if not is_relay(doc.tokens[hit.i]):
        return False
    return prev.j + 1 == hit.i or (prev.j + 2 == hit.i and (is_nisba(doc.tokens[hit.i - 1].text) or not keys_of(
        doc.tokens[hit.i - 1]).isdisjoint(fw("suicide_words"))))  # round 72: «تفجير انتحاري استهدف»

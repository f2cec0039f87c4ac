"""More of where an event took place (see ``location.event_location``): a place named after a place word further on
in a «في» phrase («قصفت أحياء في موقس منطقة بيحان», «في العاصمة القطرية الدوحة»); the place a visit goes to with
«لـ/إلى» right after the noun («خلال زيارة لجنوب السودان»); a town or village attacked («هاجموا قرية دوما»); and no
place of another act: one told in a relative clause on another noun («الحرب ... ضد داعش، المتهم بالعملية التي وقعت
في بلدة سروج»), one of the topic after «عن/حول/بشأن» («بإعلانها عن تحركاتها العسكرية في سوريا»), or where a speech
was given when the act is inside the quotation («وقال في كلمة ألقاها في دهوك: «وعدت ...»»)."""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc, Event, Token
from .chunks import Chunk, breaks_between
from .forms import PLACES, fw, fw_keys, nkey
from .lexicon import VERBAL_CODES, Hit
from .readings import PLACE_WORDS, in_place_word, place_word
from .word_tests import clause_stop, enclitic, open_quotation, sentence_index

PHRASE_REACH = 2  # tokens from «في» to the place word before the name («في موقس منطقة بيحان»)
SITE_REACH = 3  # tokens from «في» to a site before the place word («في أحد أكبر فنادق العاصمة أثينا»)
OWN_RELATIVE = 5  # tokens after the trigger where a relative is still on it («الاحتجاجات الشعبية الواسعة التي»)
ATTACKS = ("18", "19", "20")  # assault, fight, mass violence: a place attacked is where it happened
MEETINGS = "04"  # consult, visit, negotiate
VISIT = "042"
VISITS = ("042", "043")  # a visit made or hosted
POSSESSIVES = ("ه", "ها", "هم", "هما")  # «بنظيره», «لحلفائها»: a partner of the speaker's, not a content noun
TO_PLACE = ("ل", "الي")  # «لـ», «إلى» (keys)
CONTENT_PREPS = ("ب", "علي", "من", "ل", "الي")  # a complement «بدعم», «على الاستفادة», «من الفرص» of a saying
PARTNER_PREPS = ("مع", "بين")  # a country a meeting is held with is a party to it, not its place
SIMULTANEITY_REACH = 4  # tokens from «وتزامنت» to its «مع» («وتزامنت هذه الغارات مع»)
ADJECTIVES = 2  # adjectives between a visit noun and the place it goes to («زيارة رسمية قصيرة للأردن»)


def placed_further(doc: Doc, chunks: list[Chunk], k: int, clitic: bool = True) -> bool:
    """Whether the place chunk ``k`` follows a place word in a «في» phrase: «في العاصمة القطرية الدوحة» (the place
    word and its adjectives), «في موقس منطقة بيحان» (a place word after another place's name), «في أحد أكبر فنادق
    العاصمة أثينا» (a site further back), with no comma; with ``clitic`` also after a place word with «بـ» («في مسجد
    بمدينة القطيف»), but for one that only locates the place right before it («في مدينة خان شيخون بريف إدلب»)."""
    t = _place_word_before(doc, chunks[k].i, clitic=clitic)
    if t is None:
        return False
    if _clitic_place_word(doc.tokens[t].text):
        return not any(c.etype in PLACES and c.j == t - 1 for c in chunks)
    reach = PHRASE_REACH
    u = t - 1
    while u >= max(0, t - reach):
        text = doc.tokens[u].text
        if clause_stop(text):
            return False
        key = nkey(text).removeprefix("و")
        if key == "في":
            return True
        if key in fw("place_heads"):
            reach = t - u + SITE_REACH
        u -= 1
    return False


def _clitic_place_word(text: str) -> bool:
    """«بمدينة», «وبالعاصمة»: a place word with «بـ» (at a place)."""
    key = nkey(text).removeprefix("و")
    return key[:1] == "ب" and place_word(key[1:])


def after_compass(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """«قصفت مواقع في شمال العراق», «غارات بشمال سوريا», «في جنوب شرق تركيا»: the place chunk ``k`` right after a
    compass word (function words ``compass``) said with «في» or «بـ» is where the act was (the country or region),
    but for the place it follows («في مدينة بنغازي في شرق ليبيا»: Benghazi)."""
    if k == 0 or chunks[k].prep is not None:
        return False
    p = chunks[k - 1]
    if p.entity is not None or p.j != chunks[k].i - 1:
        return False
    keys = [doc.tokens[t].norm_key for t in range(p.i, p.j + 1)]
    keys[0] = keys[0].removeprefix("و").removeprefix("ب") if p.prep == "ب" else keys[0].removeprefix("و")
    if p.prep not in ("في", "ب") or p.j - p.i > 1 or not all(key in fw("compass") for key in keys):
        # round lo408: a compass the chunker glued to the phrase before it («هجمات ... على مواقعها بشرق أفغانستان»,
        # «غارات ... على قرية شمال شرقي أربيل»), not one that locates a place right before it («منطقة حوض اليرموك
        # بريف درعا»: Yarmouk)
        return _glued_compass(doc, p) and not (k >= 2 and chunks[k - 2].etype in PLACES and chunks[k - 2].j == p.i - 1)
    # «في محافظة السليمانية في شمال العراق»: the compass phrase places the place before it, which tells more
    before = chunks[k - 2] if k >= 2 else None
    return before is None or before.etype not in PLACES or before.j < p.i - 2 or not (
        before.prep == "في" or in_place_word(doc, chunks, k - 2) or placed_further(doc, chunks, k - 2))


def _clitic_compass(key: str) -> bool:
    """«بشرق», «بجنوب»: a compass word (function words ``compass``) with «بـ»."""
    return key[:1] == "ب" and key[1:] in fw_keys("compass")


def _glued_compass(doc: Doc, p: Chunk) -> bool:
    """Round lo408: the chunk ``p`` ends in a compass word with «بـ» («مواقعها بشرق», «بوسط») or, after a noun of
    its own, in one or two bare ones («قرية شمال شرقي»): the chunker glued the compass to the phrase before it."""
    keys = [doc.tokens[t].norm_key for t in range(p.i, p.j + 1)]
    if _clitic_compass(keys[-1]):
        return True
    bare = 0
    while bare < min(2, len(keys) - 1) and keys[-1 - bare] in fw_keys("compass"):
        bare += 1
    # (not a distance from the place: «(400 كلم جنوب بغداد)»)
    return bare > 0 and keys[-1 - bare] not in fw_keys("compass") and keys[-1 - bare] not in fw_keys("distance_units")


def _place_word_before(doc: Doc, i: int, sites: bool = False, clitic: bool = False) -> int | None:
    """The token of a place word right before token ``i`` («مدينة», «العاصمة»; with ``sites`` also a site: «مطار»,
    «فندق»; with ``clitic`` also one with «بـ»: «بمدينة»), over one nisba adjective («العاصمة اليمنية صنعاء»); None
    if there is none."""
    for t in (i - 1, i - 2):
        if t < 0:
            return None
        key = doc.tokens[t].norm_key.removeprefix("و")
        if place_word(key) or _dual_place_word(key) \
                or _masculine_dual(doc, t, i) or (
                sites and key.removeprefix("ال") in fw("site_words")) or (clitic and _clitic_place_word(key)) \
                or key in fw("vicinity_nouns"):  # «في محيط المشيك»: the surroundings of the place it names
            return t
        if not key.endswith(("يه", "ي")):
            return None  # only a nisba adjective («القطرية») stands between a place word and the name
    return None


def _dual_place_word(key: str) -> bool:
    """Round 141: «قريتي», «مدينتين»: the dual of a place word before two names («في محيط قريتي حندرات وباشكوي»);
    see ``_masculine_dual`` for «ريفي»."""
    for end in ("تي", "تين"):
        if key.endswith(end) and key[: -len(end)] + "ه" in PLACE_WORDS:
            return True
    return False


def _masculine_dual(doc: Doc, t: int, i: int) -> bool:
    """Round lo408: token ``t`` is the dual of a masculine place word with no article before the names at token
    ``i``, a second one joined by «و» right after («في ريفي إدلب وحماه»; not an adjective: «صراع إقليمي إيران طرف»)."""
    key = doc.tokens[t].norm_key.removeprefix("و")
    return not key.startswith("ال") and any(key.endswith(end) and key[: -len(end)] in PLACE_WORDS
                                            for end in ("ي", "ين")) \
        and any(doc.tokens[u].text.startswith("و") for u in range(i + 1, min(len(doc.tokens), i + 3)))


def other_act_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` is of another act than the trigger ``hit``: after the trigger, past a relative that is
    not on the trigger itself or past a word of topic (function words ``topic_words``) or an opening quotation mark
    (the place is in what was said); before it, with an opening quotation mark between (the trigger is in what was
    said there) or a closing one with no opening one before it (round lo418: the place is in a quotation the trigger
    is not in, «... بمنطقة شخب ...»، إضافة إلى استهداف»)."""
    if c.i > hit.j:
        for t in range(hit.j + 1, c.i):
            key = doc.tokens[t].norm_key
            if key in fw("relatives") and not _own_relative(doc, hit, t):
                return True
            if key.removeprefix("و") in fw("topic_words") and not hit.entry.code.startswith(MEETINGS) and not (
                    t + 1 < c.i and doc.tokens[t + 1].norm_key in fw("reflexive_selves")):
                return True  # (talks «حول التسوية في موسكو» are in Moscow; round 129: «أعلنت عن نفسها في مصر»)
            if key.removeprefix("و") in fw("charge_links") and not hit.entry.code.startswith(MEETINGS):
                return True  # round mn984: «أدانت المحكمة فلانا بتهمة تجنيد الشباب للقتال في سوريا»: the charge's
            if planned_holding(key) and not (hit.pos == "N" and hit.entry.code.startswith(MEETINGS)):
                return True  # round 129: «اجتماع اتُّفق على عقده في نيويورك»: the planned meeting's place
        # round lo418: a quotation opened between them, the place in what is said («وأضاف في اجتماع بكوالالمبور
        # «لا نرى ... في بحر الصين الجنوبي»»; not the place's own mark, «في بلدة «الرقة»»)
        return open_quotation("".join(doc.tokens[t].text for t in range(hit.j + 1, c.i)).removesuffix("«"))
    between = "".join(doc.tokens[t].text for t in range(c.j + 1, hit.i))
    close, opened = between.find("»"), between.find("«")
    return open_quotation(between) or (close >= 0 and not 0 <= opened < close)


@lru_cache(maxsize=16384)
def planned_holding(key: str) -> bool:
    """«عقده», «لإجرائها», «بتنظيمه»: a masdar of holding (function words ``holding_masdars``) with a pronoun for
    the meeting it holds, so a place after it is that meeting's, not the place of an act before it."""
    key = key.removeprefix("و")
    for pre in ("ل", "ب", ""):
        stem = key.removeprefix(pre) if pre else key
        for end in POSSESSIVES:
            if stem.endswith(end) and stem[: -len(end)] in fw("holding_masdars"):
                return True
    return False


def _other_scene_opening(doc: Doc, hit: Hit, c: Chunk) -> int | None:
    """The token after the trigger ``hit`` and before the place ``c`` that opens the phrase of another scene: «من»
    after a word of coming from (function words ``origin_words``: «انطلاقا من», «قدموا من»), or «مع» after a word of
    simultaneity (``simultaneity_words``: «وتزامنت هذه الغارات مع ضرب ...»), else that word itself («بموازاة»)."""
    origin, simultaneity = fw("origin_words"), fw("simultaneity_words")
    for t in range(max(0, hit.i - SIMULTANEITY_REACH), c.i):
        key = doc.tokens[t].norm_key.removeprefix("و")
        if key in origin and t + 1 < c.i and doc.tokens[t + 1].norm_key == "من" and t > hit.j:
            return t + 1
        if key in simultaneity:
            ma = next((u for u in range(t + 1, min(c.i, t + SIMULTANEITY_REACH + 1))
                       if doc.tokens[u].norm_key == "مع"), t)
            if ma > hit.j:
                return ma
    return None


def simultaneous_party(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Round 216: whether the phrase ``c`` after the trigger ``hit`` stands at or past the «مع» of a word of
    simultaneity («تزامن الاشتباكات مع غارات نفذها الائتلاف», «بالتزامن مع»): another act at the same time, no
    party to this one."""
    if c.i <= hit.j:
        return False
    opening = _other_scene_opening(doc, hit, c)
    return opening is not None and opening <= c.i and doc.tokens[opening].norm_key == "مع"


def elsewhere_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the trigger ``hit`` is where one came from («شن هجمات انطلاقا من قاعدة إنجرليك
    في جنوب تركيا», «اقتحم مسلحون قدموا من صعدة») or where another act at the same time was («وتزامنت هذه الغارات
    مع ضرب مواقع في جنوب شرقي تركيا»), the phrase not closed by a comma before it; or one past the closing mark of
    a quotation the trigger is in and a comma («...»، كاشفًا عن ...), not a quoted phrase going on («اجواء
    مفاوضات السلام» المرتقبة في اديس ابابا)."""
    if c.i <= hit.j:
        return False
    between = [doc.tokens[t].text for t in range(hit.j + 1, c.i)]
    closing = next((n for n in range(len(between)) if "".join(between[: n + 1]).count("»")
                    > "".join(between[: n + 1]).count("«")), None)
    if closing is not None and any(text in ("،", ",") for text in between[closing:]):
        return True  # («الاجتماع تطرق إلى ...»، كاشفًا عن ... بمحافظة عدن): past the end of the quotation it is in
    m = _other_scene_opening(doc, hit, c)
    return m is not None and not any(doc.tokens[t].text in ("،", ",") for t in range(m, c.i))


def while_clause_only(doc: Doc, lo: int, hi: int) -> bool:
    """Whether the only clause breaks in tokens lo..hi-1 open a clause of the circumstance the act happened in
    («قتل بينما كان يستقل سيارة في بلدة سرمدا»: a while word, function words ``while_openers``, before «كان»), so
    a place in it is still where the act was; or a when word (``when_openers``) right after the act («قتلوا حينما
    سقطت طائرة على سوق في بلدة أريحا»)."""
    cuts = [t for t in range(lo, hi - 1) if doc.tokens[t].norm_key.removeprefix("و") in fw("while_openers")
            and (doc.tokens[t + 1].norm_key in fw("past_being")
                 or t == lo and doc.tokens[t].norm_key.removeprefix("و") in fw("when_openers"))]
    # («قتلوا حينما سقطت ... في»; not a contrast: «قتل بينما نجا مرافقه في بلدة سرمدا»)
    if not cuts:
        return False
    bounds = [lo, *cuts, hi]
    return not any(breaks_between(doc, a + (a in cuts), b, relatives=False) for a, b in zip(bounds, bounds[1:]))


def said_content_place(doc: Doc, chunks: list[Chunk], hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after a verbal act (statement, appeal, demand, criticism, rejection, threat) lies in
    what was said: a complement with a preposition stands between («أكد استمرار إيران بدعم حلفائها في لبنان»,
    «حث الجانب الأميركي على الاستفادة من الفرص في مصر»), not the speaker's title («المتحدث باسم») nor a partner
    («لقائه بنظيره»; a noun in «ة» is no pronoun's: «حرص المجلس على وحدة البلاد ... في اليمن»)."""
    if c.i <= hit.j or hit.entry.code[:2] not in VERBAL_CODES:
        return False
    for b in chunks:
        if hit.j < b.i and b.j < c.i and b.entity is None and b.prep in CONTENT_PREPS:
            key = doc.tokens[b.i].norm_key.removeprefix("و")
            # round au976: «على وحدة اليمن» is no «بنظيره»: a feminine «ة», folded to «ه» in the key, is no pronoun;
            # such a complement holds the place only with no comma between («انتقاداتها للقاعدة ...، وبينها قيادات
            # ... في تونس»: the place is of the next phrase)
            feminine = doc.tokens[b.i].text.endswith("ة") and not any(
                clause_stop(doc.tokens[t].text) for t in range(b.j + 1, c.i))
            if key not in fw("speaker_links") and (feminine or not key.endswith(POSSESSIVES)):
                return True
    return False


def _own_relative(doc: Doc, hit: Hit, r: int) -> bool:
    """Whether the relative at token ``r`` is on the trigger: near it, past only its adjectives or genitive
    («اجتماعات دورتها الثالثة والعشرين التي»), no preposition or comma."""
    between = [t for t in range(hit.j + 1, r) if doc.tokens[t].text not in ("(", ")")
               and not any(ts.start <= doc.tokens[t].start < ts.end for ts in doc.times)]
    if len(between) >= OWN_RELATIVE:
        return False  # (a date and brackets do not count: «لهجمات 11 أيلول (سبتمبر) التي ضربت ... في منهاتن»)
    return not any(doc.tokens[t].text in ("،", ",") or doc.tokens[t].norm_key in fw("prepositions")
                   or doc.tokens[t].norm_key.removeprefix("و").startswith(("لل", "بال"))
                   for t in between)  # round 173: «إدانة المملكة واستنكارها للجريمة التي نفذها مستوطنون في»


def visited_place(doc: Doc, chunks: list[Chunk], hit: Hit, after: int | None = None) -> Chunk | None:
    """«خلال زيارة لجنوب السودان», «زيارته إلى طهران»: the place right after a visit noun with «لـ/إلى», or past
    its adjectives in «ة» («زيارة رسمية للأردن»), or past the visitor in the genitive, which ends at token
    ``after`` («زيارة الرئيس التركي لقطر»); round lo464: or right after a visit noun whose pronoun is the visitor,
    with no preposition (the masdar's object: «خلال زيارته الرياض»)."""
    if hit.pos != "N" or hit.entry.code != VISIT:
        return None
    k = (hit.j if after is None else after) + 1
    while k <= hit.j + ADJECTIVES and k < len(doc.tokens) and doc.tokens[k].text.endswith("ة") and not any(
            c.i == k and (c.entity is not None or c.prep is not None) for c in chunks):
        k += 1
    nxt = next((c for c in chunks if c.i == k), None)
    owned = k == hit.j + 1 and after is None and bool(enclitic(doc.tokens[hit.j])) \
        and nxt is not None and nxt.prep is None
    return nxt if nxt is not None and nxt.etype in PLACES and (nxt.prep in TO_PLACE or owned) else None


def attacked_place(doc: Doc, target: Chunk | None, hit: Hit) -> bool:
    """«هاجم مستوطنون قرية دوما», «السيطرة على مدينة زنجبار», «قصف مطار عدن»: a place attacked, named after a word
    of place or site (not «مهاجمة حلفاء أميركا»), is where the attack was."""
    if target is None or target.etype not in PLACES or target.prep is not None or target.i == 0 \
            or not hit.entry.code.startswith(ATTACKS):
        return False
    if _place_word_before(doc, target.i, sites=True) is not None:
        return True
    own = doc.tokens[target.i].norm_key.removeprefix("و")  # «قصف مطار عدن الدولي»: the facility named with its site
    return own.removeprefix("ال") in fw("site_words")


SCENE_OPENING = 2  # tokens from a sentence's start within which its trigger goes on with the scene («والتقى»)
SCENE_KINDS = ("PROTEST", "ASSAULT")  # a protest after a protest, a fight after a fight: the same scene
TOLD = ("asserted", "reported")  # an act told as done, by the writer or a source («بحسب أنقرة»)


def _same_scene(ev: Event, before: Event) -> bool:
    """Whether ``ev`` goes on with the scene of ``before``, told in the sentence before: a meeting after an arrival
    or a visit («وصل ... إلى عدن. والتقى»), a protest or an attack after one of its kind, the same actor's act."""
    if before.code in VISITS and ev.code.startswith(MEETINGS):
        return True
    if ev.plover in SCENE_KINDS and ev.plover == before.plover:
        return True
    return ev.source is not None and ev.source == before.source


def _object_event_places(doc: Doc, events: list[Event]) -> None:
    """A verbal act (statement, appeal, demand, criticism, rejection, threat) loses the place it shares with an act
    told after its trigger and before that place («استنكرت القصف التركي في شمال العراق»: Iraq is where the shelling
    was, not the condemnation), unless that act is the occasion it was said at (``_occasion``) or another saying is
    cued between (``_said_between``)."""
    mentions = {e.id: e.mentions for e in doc.entities}
    for ev in events:
        if ev.location is None or ev.code[:2] not in VERBAL_CODES:
            continue
        spots = [m.start for m in mentions.get(ev.location, []) if ev.trigger.end <= m.start < ev.sentence.end]
        if spots and any(o.location == ev.location and o.code[:2] not in VERBAL_CODES and not _occasion(doc, o)
                         and ev.trigger.end <= o.trigger.start and o.trigger.end <= min(spots)
                         and not _said_between(doc, ev.trigger.end, o.trigger.start) for o in events):
            ev.location = None


def _said_between(doc: Doc, lo: int, hi: int) -> bool:
    """Whether another saying is cued between offsets lo and hi («وأكدت مصادر ... ، وقالت المصادر ... ، ووصفت مصادر
    هجوم الحوثيين على مأرب»): an act told after it is that saying's matter, not the first one's."""
    return any(lo <= q.cue.start and q.cue.end <= hi for q in doc.quotes)


def _occasion(doc: Doc, ev: Event) -> bool:
    """Whether the act ``ev`` is told as the occasion or time of another («وأكد في لقاء ... في نيقوسيا», «خلال
    المحادثات في كوالالمبور», «عقب اجتماع لها في باكستان»): a preposition of circumstance or time right before."""
    k = doc.token_at(ev.trigger.start)
    if k is None or k == 0:
        return False
    return doc.tokens[k - 1].norm_key.removeprefix("و") in fw("occasion_words")


def _according_to(doc: Doc, offset: int) -> bool:
    """Whether the place named at ``offset`` is who tells, not where («في الغارات الأخيرة بحسب أنقرة»: a word of
    attribution, function words ``according_tails``, right before it)."""
    k = doc.token_at(offset)
    return k is not None and k > 0 and doc.tokens[k - 1].norm_key in fw("according_tails")


def _told_as_it(opening: list[Token]) -> bool:
    """«وهو أول هجوم», «وهي أعنف مواجهات»: the act is said to be the one just told (a pronoun and a word of rank,
    function words ``first_of_kind``, before the trigger)."""
    return len(opening) == 2 and opening[0].norm_key in ("وهو", "وهي") \
        and opening[1].norm_key in fw("first_of_kind")


def scene_places(doc: Doc, events: list[Event]) -> list[Event]:
    """``events``, each with no place of its own given the place of the sentence right before in the same paragraph
    when it goes on with that scene (``_same_scene``): its trigger opens the sentence («وصل الوزير إلى عدن. والتقى
    الوزير بالرئيس», «تظاهر المئات في كربلاء. وهتف المتظاهرون»), which names no place (but as who tells: «بحسب
    أنقرة»), and one place only is said
    for the acts before. A statement, an appeal or a demand is not carried: its place is where it was said."""
    _object_event_places(doc, events)
    places = {ent.id for ent in doc.entities if ent.type in PLACES}
    for ev in events:
        if ev.location is not None or ev.modality not in TOLD or ev.code[:2] in VERBAL_CODES:
            continue
        s = sentence_index(doc, ev.trigger.start)
        if s is None or s == 0:
            continue
        sent, prev = doc.sentences[s], doc.sentences[s - 1]
        if any(prev.start < p.start <= sent.start < p.end for p in doc.paragraphs):
            continue  # another paragraph
        opening = doc.tokens_starting(sent.start, ev.trigger.start)
        told = _told_as_it(opening)
        if (len(opening) >= SCENE_OPENING and not told) or any(
                e.id in places and any(sent.start <= m.start < sent.end and not _according_to(doc, m.start)
                                       for m in e.mentions) for e in doc.entities):
            continue
        before = [b for b in events if prev.start <= b.trigger.start < prev.end and b.location is not None
                  and b.modality in TOLD]  # round 302: «وأفاد المرصد باندلاع اشتباكات ... في أعزاز. وقتل خمسة»
        if len({b.location for b in before}) == 1 and (told or any(_same_scene(ev, b) for b in before)):
            ev.location = before[0].location
    return events

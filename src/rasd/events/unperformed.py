"""Round 53: acts a sentence names but tells no one did, read by ``nonevents.not_told``: what a threat threatens
with («تهديدات جدية بتفجير الدورة», «هدد المسلحون بتفجير الاجتماع»: the threat is the event, the bombing is not);
what a charge says was incited («تحريض طوائف المجتمع على قتل بعضها»); an act that is someone's trade
(«شخصيات امتهنت الاحتجاج»); a meeting or a visit that recurs («يزور الأمير المنطقة كل عام», «يلتقي ... سنويا»); a
storming by migrants, a crossing forced («محاولة مهاجرين اقتحام النفق»); pledges kept («الالتزام بتعهدات
الاتفاق»); the wounded cared for («معاناة الجرحى», «نقل الجرحى»); what a step is apt to threaten («من شأنه أن يهدد»). Round 63:
a good put at risk («منظمة تهدد الأمن الوطني», «هددت الصفقة صناعة النفط»: a danger, no threat made); an act of
whoever would do it («هناك من ينتقد الاتفاق», «يرد على من ينتقد»: no one did it); a source who asks not to be
named («طالبا عدم الإشارة إلى اسمه»); round 81: one who declines to be named («رفض الكشف عن هويته»). Function words: ``incitement_words``,
``trade_verbs``, ``habit_adverbs``, ``recurring_units``, ``migrant_words``, ``keeping_words``, ``victim_care_words``,
``endangered_goods``, ``anonymity_words``, ``disclosure_words``."""

from __future__ import annotations

from ..doc import Doc
from .chunks import clause_stop
from .forms import fw, keys_of, nkey, token_candidates
from .habits import habit_clause, hosts_crowds
from .lexicon import Hit
from .word_tests import bare_key_at

VIOLENT = ("18", "19", "20")  # CAMEO assault, fight, mass violence
PROTESTS = "14"
MEETINGS = "04"
THREAT_REACH = 3  # tokens from a threat trigger to the «بـ» masdar it threatens with, past an adjective
INCITE_BACK = 5  # tokens before «على» + a violent masdar read for the incitement («تحريض طوائف المجتمع على قتل»)


def _open(doc: Doc, lo: int, hi: int) -> bool:
    """Whether no comma or end of clause stands among tokens ``lo``..``hi``."""
    return not any(clause_stop(doc.tokens[t].text) for t in range(lo, hi))


def threatened(doc: Doc, hit: Hit, hits: list[Hit]) -> bool:
    """«تهديدات جدية بتفجير الدورة», «وهدد المسلحون بتفجير الاجتماع», «هدد العمال بالإضراب»: a violent or a
    protest masdar in «بـ» within
    ``THREAT_REACH`` tokens after a threat trigger is what is threatened, none done."""
    if hit.pos != "N" or "ب" not in hit.cand.proclitics or not hit.entry.code.startswith(VIOLENT + (PROTESTS,)):
        return False  # round 196: a protest threatened too («هدد العمال بالإضراب», «هددوا بالاعتصام»)
    return any(h.entry.id == "threaten" and 0 < hit.i - h.j <= THREAT_REACH and _open(doc, h.j + 1, hit.i)
               for h in hits)


def incited(doc: Doc, hit: Hit, a: int) -> bool:
    """«تحريض طوائف المجتمع على قتل بعضها», «حرض أنصاره على مهاجمة», «تشجيع الأفراد على شن هجمات» (ev392: past a
    light masdar, ``act_light_masdars``; encouraging as inciting): a violent masdar after «على» that an
    incitement (``incitement_words`` within ``INCITE_BACK`` tokens before «على») governs is urged, none told."""
    if hit.cand.proclitics or not hit.entry.code.startswith(VIOLENT):
        return False  # (a verb look-alike after «على» is the masdar: «على قتل»)
    on = hit.i - 1
    if on > a and doc.tokens[on].norm_key in fw("act_light_masdars"):
        on -= 1  # round ev392: «تشجيع الأفراد على شن هجمات»: past the light masdar
    if on < a or doc.tokens[on].norm_key not in ("علي", "على"):
        return False
    return any(bare_key_at(doc, t, "incitement_words") in fw("incitement_words") and _open(doc, t + 1, on)
               for t in range(max(a, on - INCITE_BACK), on))


def trade(doc: Doc, hit: Hit, a: int) -> bool:
    """«شخصيات امتهنت الاحتجاج», «اعتادوا على التظاهر»: a protest noun that a verb of trade or custom
    (``trade_verbs``) takes, right after it or past «على», is what they do, no one protest."""
    if hit.pos != "N" or not hit.entry.code.startswith(PROTESTS):
        return False
    t = hit.i - 1
    if t >= a and doc.tokens[t].norm_key in ("علي", "على"):
        t -= 1
    return t >= a and bare_key_at(doc, t, "trade_verbs") in fw("trade_verbs")


def recurring(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«ويزور الأمير المنطقة كل عام», «يلتقي الوزير نظراءه سنويا», «وعادة ما يزور»: a present verb of meeting or
    visiting with a word of habit in its clause (``habit_adverbs``, or «كل» + ``recurring_units``, or, round ev342,
    «بشكل متكرر/دوري»: ``manner_openers`` + ``periodic_adjectives``) tells a custom, no one visit."""
    return hit.entry.code.startswith(MEETINGS) and (habit_clause(doc, hit, a, b, True) or hosts_crowds(doc, hit, a, b))


MIGRANT_REACH = 4  # words around a storming read for migrants («محاولة من جانب مهاجرين لاقتحام نفق»)


def crossing(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """«محاولة يوم السبت من جانب مهاجرين لاقتحام نفق يوروتانل», «اقتحم مئات اللاجئين السياج الحدودي»: migrants
    (``migrant_words`` within ``MIGRANT_REACH`` words around the storming, in its clause) who force a crossing
    assault no one."""
    if hit.entry.id != "storm":
        return False
    for t in [*range(hit.i - 1, max(a, hit.i - MIGRANT_REACH) - 1, -1), *range(hit.j + 1, min(b, hit.j + 1 + MIGRANT_REACH))]:
        if bare_key_at(doc, t, "migrant_words") in fw("migrant_words"):
            lo, hi = (t, hit.i) if t < hit.i else (hit.j + 1, t)
            return _open(doc, lo, hi)
    return False


def kept(doc: Doc, hit: Hit, a: int) -> bool:
    """«الالتزام بتعهدات الاتفاق», «بالتزامها بتعهداتها»: pledges kept or to keep (a pledge noun in «بـ» right
    after ``keeping_words``) are standing commitments, no pledge made."""
    return hit.entry.id == "pledge" and hit.pos == "N" and "ب" in hit.cand.proclitics \
        and hit.i - 1 >= a and bare_key_at(doc, hit.i - 1, "keeping_words") in fw("keeping_words")


def cared_for(doc: Doc, hit: Hit, a: int) -> bool:
    """«معاناة الجرحى», «بزيارة الجرحى», «نقل الجرحى إلى الأردن», «بإسعاف الجرحى»: the wounded or the dead as
    people cared for, visited or moved (a victim noun right after ``victim_care_words``) tell no attack."""
    return hit.entry.id in ("wound", "kill") and hit.pos == "N" and hit.i - 1 >= a \
        and bare_key_at(doc, hit.i - 1, "victim_care_words").lstrip("بل") in fw("victim_care_words")


def may_threaten(doc: Doc, hit: Hit, a: int) -> bool:
    """«رفض الاتفاق من شأنه أن يهدد مصداقية الولايات المتحدة»: what a step is apt to threaten («من شأنه أن»
    right before a threat verb) is a consequence, no threat made."""
    return hit.entry.id == "threaten" and hit.pos == "V" and hit.i - 2 >= a \
        and doc.tokens[hit.i - 1].norm_key == "ان" and doc.tokens[hit.i - 2].norm_key in ("شانه", "شانها", "شانهم")


GOOD_REACH = 3  # words after a verb of threatening read for the good it puts at risk (past its subject)


def endangers(doc: Doc, hit: Hit, b: int) -> bool:
    """«منظمة إرهابية تهدد الأمن الوطني», «هددت الصفقة صناعة النفط», «يهددون مستوى المعيشة»: a verb of threatening
    («هدد», not «توعد») whose object is a common good put at risk (``endangered_goods``: security, stability, an
    industry; not people's lives, which armed men do menace, round 31; within ``GOOD_REACH`` words after it, in
    its clause), with no «بـ» of what it threatens with («ويهدد أمنها بخطابات متلفزة» stays a threat): a danger, no threat made
    (CAMEO 13 is a threat told by someone)."""
    if hit.entry.id != "threaten" or hit.pos != "V" or "هدد" not in doc.tokens[hit.i].norm_key:
        return False
    found = False
    for t in range(hit.j + 1, b):
        if clause_stop(doc.tokens[t].text):
            break
        if any(c.proclitics[-1:] == ("ب",) for c in token_candidates(doc.tokens[t])) \
                and doc.tokens[t].norm_key not in fw("not_means"):
            return False  # («يهدد بالانسحاب»: what it threatens with)
        found = found or (t <= hit.j + GOOD_REACH and not keys_of(doc.tokens[t]).isdisjoint(fw("endangered_goods")))
    return found


def whoever(doc: Doc, hit: Hit, a: int) -> bool:
    """«وهناك من ينتقد الاتفاق», «يرد على من ينتقد»: a present verb right after the pronoun «من» (whoever, anyone
    who; it takes the 3rd person masculine «يـ», so «من تعهد» stays the preposition and a masdar) tells what
    someone would do, no act of anyone named."""
    if hit.pos != "V" or hit.i - 1 < a or doc.tokens[hit.i - 1].norm_key != "من":
        return False
    return doc.tokens[hit.i].norm_key.removeprefix("و")[:1] == "ي"  # («على الرغم من تعهد الحكومة»: a masdar)


ANONYMITY_REACH = 5  # words after «عدم» read for the name or identity kept back («عدم الكشف عن هويته»)


def anonymity(doc: Doc, hit: Hit, b: int) -> bool:
    """«وأوضح مسؤول طالبا عدم الإشارة إلى اسمه», «طالبين عدم نشر أسمائهم»: a source who asks not to be named
    (a demand of «عدم» + a name or an identity, ``anonymity_words``, within ``ANONYMITY_REACH`` words) tells
    how a report was sourced, no demand of anyone; so does a source who «رفض الكشف عن هويته» (a rejection of a
    disclosing masdar, ``disclosure_words``, + a name or an identity): no rejection of anything."""
    if hit.j + 1 >= b:
        return False
    nxt = doc.tokens[hit.j + 1]
    demanded = hit.entry.id in ("demand", "request") and nxt.norm_key == "عدم"  # 292: «الذي طلب عدم الكشف عن هويته»
    refused = hit.entry.id == "reject" and not keys_of(nxt).isdisjoint(fw("disclosure_words"))  # round 81
    if not (demanded or refused):
        return False
    return any(not keys_of(doc.tokens[t]).isdisjoint(fw("anonymity_words"))
               for t in range(hit.j + 2, min(b, hit.j + 2 + ANONYMITY_REACH)))


def unperformed(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int) -> bool:
    """Whether ``hit`` names an act threatened, incited, plied as a trade or done by custom, or a crossing forced by
    migrants, a good put at risk or the act of whoever would (see the module's doc)."""
    return threatened(doc, hit, hits) or incited(doc, hit, a) or trade(doc, hit, a) or recurring(doc, hit, a, b) \
        or crossing(doc, hit, a, b) or kept(doc, hit, a) or cared_for(doc, hit, a) or may_threaten(doc, hit, a) \
        or endangers(doc, hit, b) or whoever(doc, hit, a) or anonymity(doc, hit, b)

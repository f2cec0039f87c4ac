"""Round 100: the doer of a masdar (a noun trigger) left with no source, where the sentence names it by a frame of its
own. Each reading takes one named party that fits or none (a null is better than a wrong party); a common force noun
the entity layer left unnamed («المقاومة» alone, «قوات الأمن») is none.

- «اشتباكات عنيفة تخوضها المقاومة الشعبية ضد ...»: a verb of conducting with a pronoun for the act (function words
  ``conduct_verbs``: «تخوضها», «يشنها», «نفذها») right after the noun, past one word of its own or a relative, has its
  subject named right after it: that is the act's doer (round 193: so too past a verb of expecting and «أن» after the
  relative, «الحصار الذي يتوقع أن تفرضه المقاومة الشعبية»); with a preposition right after the verb its subject is a
  pronoun for the person or body named last before it that the verb agrees with («هجمات نفذها ضد المطار»).
- «تواصل قوات الجيش والمقاومة الشعبية تقدمها للسيطرة على»: a purpose masdar («للـ/بالـ») right after a noun whose
  pronoun stands for the matrix subject has that subject (the person or body named last before it in the clause that
  the pronoun agrees with, ``held.nearest_referent``, or a body named after a head noun of forces, «قوات الجيش»)
  as its doer.
- Round ch424, ``purpose_subjects``: «وحينها استغل رئيس الوفد فلان القمة لإعلان خطاب»: a purpose masdar «لـ» in a
  clause that a verb opens before its named subject is that subject's act.
- «اتهمت الوحدات الكردية تركيا أمس باستهدافها»: a masdar with «بـ» after a verb of accusing (function words
  ``accusing_verbs``) and the accused named right before it (past commas and adverbs) is the accused's act; so is
  one after «حمّل X Y مسؤولية» (function words ``blaming_verbs``, ``responsibility_nouns``): Y is held to have done it.
- «وردت الولايات المتحدة على هجوم النصرة باستهداف مقراتها»: a masdar with «بـ» in the clause of a verb of response
  (function words ``response_verbs``) is the act of the response's subject named right after that verb.
- «حيال سيطرة تنظيم «بي كيه كيه» على»: the genitive of the masdar is a head noun of a body (function words
  ``named_body_heads``) with the body's name in quotation marks after it.
- «عودة إيران إلى طاولة المفاوضات»: talks at a table (function words ``negotiating_tables``) that a named party
  comes to are that party's (the first of two coordinated parties: «العراق والكويت»).
- «زيارة رئيس الوزراء فلان إلى بروكسل، ولقائه مع»: a masdar coordinated by «و» with a pronoun on it has the doer of
  the noun act before it in the sentence, or the body named right before it («أمام التحالف وقصفه الجوي»), where
  the pronoun agrees with it (``held.masdar_doer_fits``).
- «محادثات الائتلاف الحكومي بين حزب العدالة والتنمية وحزب الشعب الجمهوري»: talks (CAMEO 04) with «بين X وY» close
  after them are X's (the sides said before them are ``held``'s).
- Round ev898, ``called_doers`` (a pass of its own, run once the verbs' addressees are named): «وناشد شيوخ القبائل قوات التحالف بتعزيز الضربات الجوية», «ودعت الجامعة مجلس الأمن إلى
  فرض عقوبات», «وحثت واشنطن أنقرة على وقف الغارات»: the act asked for in the complement («إلى/على/بـ/لـ», past at
  most ``CALLED_GAP`` words of its own: «بتعزيز», «بضرورة فتح») of a verb of calling on someone (function words
  ``urging_verbs``) is done by the one called on, that verb's addressee (its event's target, the arguments layer's
  decision), named right before the complement; not the caller. Round ev914: so too the act charged with «بـ»
  after a verb of accusing (function words ``accusing_verbs``): «واتهم الوزير الميليشيات بقصف الأحياء», «كما
  اتهموا القوات بإطلاق النار»: the accused (the accusation's target) is its doer, not the accuser, and the act is
  reported (the accuser's word), as a charge is; not a charge with no act («بالكذب»). Round ev916: so too the
  act charged after a noun of accusation (function words ``accusation_nouns``), ``_noun_accused``: «نقلت القناة
  اتهام الشرطي فلان بقتل شاب», «الاتهامات لقوات النظام باستهداف المدنيين», «اتهام المعارضة للحكومة بقصف»: the one
  named right after the noun (past a genitive accuser where the accused has «لـ») is its doer, reported; and
  «نفى الجيش اتهامه بقصف المستشفى»: the pronoun on the noun is the denier (the subject of a verb of denying,
  ``denying_verbs``, right before it), the act denied (negated); «ووجه الادعاء تهمة القتل إلى فلان»
  (``_levelled``): the one charged by a verb of charging is the doer of the act a charge noun governs. Round ev988:
  so too a verb right after «أن/بأن» in the complement («طالب X الفصائل بأن يستهدفوا», «إلى أن تستهدف»), where it
  agrees with the one called on (``called_clauses``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..doc import Doc, Event
from ..text.normalize import COMMAS
from ..text.verb_gender import past_feminine
from .acting import is_press
from .called_clauses import COMPLEMENT_PREPS, addressee_agrees, and_that_complement, that_verb
from .chunks import OPENING_QUOTES, mention_index
from .comparison_asides import comparison_aside
from .forms import PLACES, bare, bare_keys_of, fw, nkey
from .held import masdar_doer_fits, nearest_referent
from .purpose_subjects import purpose_subject
from .sisters import owned_sister
from .source_set import name_party, set_party
from .word_tests import breaks_between, enclitic, finite_verb, has_letters, starts_in_time

CONDUCT_GAP = 1  # words of the act's own (an adjective) between it and the verb of conducting
ACCUSE_REACH = 30  # tokens from the verb of accusing to the masdar
RESPONSE_REACH = 12  # tokens from the verb of response to the masdar
COORDINATED_REACH = 20  # tokens from the noun act before to the coordinated masdar
DOER_TYPES = ("PERSON", "ORGANIZATION", *PLACES)
CALLED_GAP = 2  # words of the complement before the act («بتعزيز الضربات», «بضرورة فتح تحقيق»)
CALLED_REACH = 24  # tokens from the verb of calling to its addressee's last word (past an aside)
MUTUAL = ("03", "04", "05", "06")  # codes of acts done with another: the caller may be a side of them
TITLE_GAP = 2  # words of the accused's title between the noun and the name («اتهام ضابط الشرطة فلان»)
LEVEL_REACH = 8  # tokens from the verb of charging to the charge noun («ووجهت النيابة العامة إلى المتهم فلان تهمة»)
DENY_REACH = 6  # tokens from the verb of denying to the noun of accusation («نفى المتحدث باسم الجيش اتهامه»)
BETWEEN_REACH = 4  # words from talks to the «بين» of their two sides («محادثات الائتلاف الحكومي بين»)


def _fits(doc: Doc, eid: str, ev: Event) -> bool:
    ent = doc.entity(eid)
    return ent is not None and ent.type in DOER_TYPES and not is_press(ent) and eid != ev.target


def _starting(doc: Doc, k: int, end: int) -> str | None:
    """The entity of a mention that starts at token ``k`` (past an opening quotation mark)."""
    if k < end and doc.tokens[k].text in OPENING_QUOTES:
        k += 1
    if k >= end:
        return None
    hit = mention_index(doc).get(k)
    return hit[0] if hit is not None and doc.token_at(hit[2]) == k else None


def _ending(doc: Doc, k: int) -> tuple[str, int] | None:
    """The entity of a mention that ends at token ``k`` (a closing quotation mark included) and its first token."""
    if k >= 0 and doc.tokens[k].text in ("»", '"', "”", ")"):
        k -= 1
    hit = mention_index(doc).get(k) if k >= 0 else None
    if hit is None or hit[3] > doc.tokens[k].end:
        return None
    first = doc.token_at(hit[2])
    return (hit[0], first) if first is not None else None


def _comma_or_verb(doc: Doc, i: int, j: int) -> bool:
    return any(doc.tokens[t].text in COMMAS or finite_verb(doc.tokens[t]) for t in range(i, j)) or \
        breaks_between(doc, i, j)


def conductor(doc: Doc, k: int, end: int) -> str | None:
    """The subject of the verb of conducting on token ``k``: named right after it, or where a preposition or a mark
    follows it (its subject a pronoun: «سلسلة هجمات نفذها ضد المطار»), the person or body named last before it that
    the verb's gender agrees with."""
    named = _starting(doc, k + 1, end)
    if named is not None or k + 1 >= end:
        return named
    after = doc.tokens[k + 1].text
    if has_letters(after) and bare(nkey(after), "prepositions") not in fw("prepositions"):
        return None
    key = doc.tokens[k].norm_key
    stem = key[: -2] if key.endswith("ها") else key[: -1]
    feminine = key.startswith("ت") or past_feminine(stem)  # (an imperfect in «تـ», a perfect in «ـت» + pronoun)
    return nearest_referent(doc, k, "ها" if feminine else "ه")


def _conducted(doc: Doc, i: int, j: int, end: int) -> str | None:
    k = j + 1
    for _ in range(CONDUCT_GAP + 1):
        if k >= end:
            return None
        key = doc.tokens[k].norm_key
        if key in fw("conduct_verbs"):
            return conductor(doc, k, end)
        if k in mention_index(doc) or doc.tokens[k].text in COMMAS:
            return None
        k += 1
    if k < end and bare(doc.tokens[k - 1].norm_key, "relatives") in fw("relatives") and \
            doc.tokens[k].norm_key in fw("conduct_verbs"):
        return conductor(doc, k, end)
    return _expected_conduct(doc, j, end)


def _expected_conduct(doc: Doc, j: int, end: int) -> str | None:
    """Round 193: «الحصار الذي يتوقع أن تفرضه المقاومة»: a relative right after the act (or its adjective), a verb of
    expecting and «أن», then a verb of conducting."""
    for r in (j + 1, j + 2):
        if r + 3 >= end or bare(doc.tokens[r].norm_key, "relatives") not in fw("relatives"):
            continue
        if r == j + 2 and (j + 1 in mention_index(doc) or doc.tokens[j + 1].text in COMMAS):
            return None
        if doc.tokens[r + 1].norm_key in fw("expect_verbs") and doc.tokens[r + 2].norm_key == nkey("أن") and \
                doc.tokens[r + 3].norm_key in fw("conduct_verbs"):
            return conductor(doc, r + 3, end)
        return None
    return None


def _purposed(doc: Doc, i: int, a: int) -> str | None:
    key = doc.tokens[i].norm_key
    if not key.startswith(("لل", "بال")) or i - 1 <= a:
        return None
    owner = doc.tokens[i - 1]
    pron = enclitic(owner)
    if pron not in ("ه", "ها", "هم") or i - 1 in mention_index(doc) or finite_verb(owner):
        return None
    found: list[tuple[int, str]] = []
    eid = nearest_referent(doc, i - 1, pron)
    ent = doc.entity(eid) if eid is not None else None
    if ent is not None:
        found.append((max((doc.token_at(m.end - 1) or -1 for m in ent.mentions if m.end <= owner.start),
                          default=-1), ent.id))
    unit = _unit_before(doc, i - 1, a) if pron != "ه" else None
    if unit is not None:
        found.append(unit)
    if not found:
        return None
    last, who = max(found)
    return who if last >= a and not _comma_or_verb(doc, last + 1, i - 1) else None


def _unit_before(doc: Doc, t: int, a: int) -> tuple[int, str] | None:
    """«قوات الجيش الوطني ... تقدمها»: the body named last before token ``t`` after a head noun of forces (function
    words ``ground_units``), which the pronoun «ـها/ـهم» of the forces stands for."""
    index = mention_index(doc)
    for k in range(t - 1, a, -1):
        hit = index.get(k)
        if hit is None:
            continue
        first = doc.token_at(hit[2])
        if first is None or first - 1 < a:
            return None
        head = bare(doc.tokens[first - 1].norm_key, "ground_units")
        return (k, hit[0]) if head in fw("ground_units") else None
    return None


def _back_over_adverbs(doc: Doc, k: int, a: int) -> int:
    while k >= a and (doc.tokens[k].text in COMMAS or doc.tokens[k].norm_key in fw("adverbial_words")
                      or starts_in_time(doc, doc.tokens[k])):
        k -= 1
    return k


def _blamed(doc: Doc, i: int, a: int) -> str | None:
    """«وحمل الوزير الحكومة الإسرائيلية مسؤولية قتل المدنيين», «المسؤولية الكاملة عن اغتيال»: the one held
    responsible is the doer."""
    k = i - 1
    if k > a and doc.tokens[k].norm_key in ("عن", "علي", "على"):
        k -= 1
    if k > a and doc.tokens[k].norm_key not in fw("responsibility_nouns"):
        k -= 1  # («المسؤولية الكاملة»)
    if k <= a or doc.tokens[k].norm_key not in fw("responsibility_nouns"):
        return None
    return _accused(doc, k, a, "blaming_verbs", k)


def _accused(doc: Doc, i: int, a: int, verbs: str = "accusing_verbs", at: int | None = None) -> str | None:
    """The one accused (or blamed: ``at`` the word of responsibility) named right before token ``i``."""
    if at is None and not doc.tokens[i].norm_key.startswith("ب"):
        return None
    k = _back_over_adverbs(doc, i - 1, a)
    named = _ending(doc, k) if k >= a else None
    if named is None:
        return None
    eid, first = named
    for v in range(first - 1, max(a, i - ACCUSE_REACH) - 1, -1):
        if bare(doc.tokens[v].norm_key, verbs) in fw(verbs):
            # the subject (VSO) is named right after the verb; the accused is another named after it
            index = mention_index(doc)
            subject = next((index[t][0] for t in range(v + 1, first) if t in index), None)
            if subject is None and v - 1 >= a and bare(doc.tokens[v - 1].norm_key, "relatives") in fw("relatives"):
                return eid  # ev417: «الفرقة 30، التي تتهم «النصرة» بخطف»: the antecedent accuses
            return eid if subject is not None and subject != eid else None
    return None


def _complement_start(doc: Doc, i: int, a: int) -> int | None:
    """The first token of the complement («إلى/على» + noun, or a noun with a glued «بـ/لـ») that holds the act at
    token ``i`` within ``CALLED_GAP`` words of its own before it, none a name, a mark or a verb."""
    for h in range(i, max(a, i - CALLED_GAP) - 1, -1):
        if h < i and (h in mention_index(doc) or not has_letters(doc.tokens[h].text)
                      or finite_verb(doc.tokens[h])):
            return None
        if h - 1 >= a and doc.tokens[h - 1].norm_key in COMPLEMENT_PREPS:
            return h - 1
        if doc.tokens[h].norm_key[:1] in ("ب", "ل") and h not in mention_index(doc):
            return h
    return None


def _charged(doc: Doc, h: int, i: int) -> bool:
    """Round ev914: the complement at ``h`` is the «بـ» of a charge, glued to the act at ``i`` or to words that keep
    the act the accused's own (function words ``charged_doing_words``: «بارتكاب مجازر», «بالوقوف وراء الهجوم»)."""
    key = doc.tokens[h].norm_key
    if not key.startswith("ب") or key in COMPLEMENT_PREPS:
        return False
    words = [key[1:]] + [doc.tokens[t].norm_key for t in range(h + 1, i)] if h < i else []
    return all(w.removeprefix("ال") in fw("charged_doing_words") for w in words)


def _called(doc: Doc, ev: Event, i: int, a: int, events: list[Event], verbs: str = "urging_verbs",
            start: int | None = None) -> tuple[Event, str | None, list[int]] | None:
    """The verb of calling (or of accusing: ``verbs``) whose complement holds the act at token ``i``, and its
    addressee (the accused) named right before the complement (see the module): its entity, else its unnamed
    phrase's span. The charge of an accusation is a glued «بـ» only («اتهمه بقصف», not «إلى/على/لـ»). ``start``:
    the complement's first token where the caller found it (ev993: the one before a «وأن» clause)."""
    h = _complement_start(doc, i, a) if start is None else start
    if h is None or verbs == "accusing_verbs" and not _charged(doc, h, i):
        return None
    k = _back_over_adverbs(doc, h - 1, a)
    if k < a:
        return None
    reach = ACCUSE_REACH if verbs == "accusing_verbs" else CALLED_REACH  # (the accused's own reach, «اتهمت X، التي ...، تركيا»)
    named = _ending(doc, k)
    for e in events:
        v = doc.token_at(e.trigger.start)
        if e is ev or e.sentence != ev.sentence or e.attrs.get("pos") != "V" or v is None or not \
                k - reach <= v < k or bare(doc.tokens[v].norm_key, verbs) not in fw(verbs):
            continue
        if named is not None and e.target == named[0] and e.source != named[0] and v < named[1]:
            return e, named[0], []  # (the verb's addressee, past an aside: «وطالبت X، في بيان ...، Y بـ»)
        span = e.attrs.get("target_span")
        if e.target is None and isinstance(span, list) and len(span) == 2 and doc.token_at(span[1] - 1) == k:
            first = doc.token_at(span[0])
            if first is not None and v < first:
                return e, None, [int(span[0]), int(span[1])]
    return None

def _accusation_noun(doc: Doc, t: int) -> bool:
    tok = doc.tokens[t]
    return any(k.removeprefix("ال") in fw("accusation_nouns") for k in bare_keys_of(tok)) and not finite_verb(tok)


def _plural_or_denied(doc: Doc, t: int, a: int) -> bool:
    """The noun of accusation on token ``t`` is plural («اتهامات»), or a verb of denying or answering governs it
    («نفى الجيش اتهام المعارضة»): a genitive right after it is the accuser, not the accused."""
    if any(k.removeprefix("ال").endswith("ات") and k.removeprefix("ال") in fw("accusation_nouns")
           for k in bare_keys_of(doc.tokens[t])):
        return True
    return any(bare(doc.tokens[v].norm_key, "denying_verbs") in fw("denying_verbs")
               or bare(doc.tokens[v].norm_key, "response_verbs") in fw("response_verbs")
               for v in range(max(a, t - DENY_REACH), t))


def _noun_accused(doc: Doc, ev: Event, i: int, a: int, events: list[Event]) -> tuple[str, str] | None:
    """Round ev916 (module docstring): the one accused by a noun of accusation of the act at token ``i`` charged with a
    glued «بـ», and the act's modality ("negated" where the accused denies the charge)."""
    h = _complement_start(doc, i, a)
    if h is None or h - 1 <= a or not _charged(doc, h, i):
        return None
    if _accusation_noun(doc, h - 1) and enclitic(doc.tokens[h - 1]) in ("ه", "ها", "هم"):
        for e in events:  # «نفى الجيش اتهامه بقصف»: the denier is the one accused
            v = doc.token_at(e.trigger.start)
            if e is ev or e.sentence != ev.sentence or e.attrs.get("pos") != "V" or e.source is None or \
                    v is None or not h - 1 - DENY_REACH <= v < h - 1 or \
                    bare(doc.tokens[v].norm_key, "denying_verbs") not in fw("denying_verbs"):
                continue
            if _comma_or_verb(doc, v + 1, h - 1) or not masdar_doer_fits(doc, h - 1, e.source):
                return None
            return e.source, "negated"
        return None
    named = _ending(doc, _back_over_adverbs(doc, h - 1, a))
    if named is None or named[1] - 1 <= a:
        return None
    eid, first = named
    for t in range(first - 1, max(a, first - 2 - TITLE_GAP), -1):
        if _accusation_noun(doc, t):
            if not doc.tokens[first].norm_key.startswith("ل") and (_plural_or_denied(doc, t, a)):
                return None  # «اتهامات المعارضة بقصف», «نفى الجيش اتهام المعارضة بقصف»: the genitive accuses
            return eid, "reported"  # «اتهام الشرطي فلان بقتل», «الاتهامات لقوات النظام باستهداف»
        tok = doc.tokens[t]
        if t in mention_index(doc) or not tok.text.isalpha() or finite_verb(tok):
            break
    accuser = _ending(doc, first - 1)  # «اتهام المعارضة للحكومة بقصف»: the accused in «لـ» after the accuser
    if accuser is None or accuser[0] == eid or not doc.tokens[first].norm_key.startswith("ل") or \
            accuser[1] - 1 <= a or not _accusation_noun(doc, accuser[1] - 1):
        return None
    return eid, "reported"


def _levelled(doc: Doc, ev: Event, i: int, a: int, events: list[Event]) -> str | None:
    """Round ev916: «ووجه الادعاء تهمة القتل إلى الجندي فلان», «وجهت إلى فلان تهمة التعاون»: the act that is the
    genitive of a charge noun (function words ``charge_object_nouns``) levelled by a verb of charging (its event, an
    accusation, ``charging_verbs``) is done by the one charged, that verb's target."""
    if i - 1 <= a or doc.tokens[i - 1].norm_key.removeprefix("و") not in fw("charge_object_nouns"):
        return None
    for e in events:
        v = doc.token_at(e.trigger.start)
        if e is ev or e.sentence != ev.sentence or e.attrs.get("pos") != "V" or not e.code.startswith("112") or \
                v is None or not i - 1 - LEVEL_REACH <= v < i - 1 or \
                bare(doc.tokens[v].norm_key, "charging_verbs") not in fw("charging_verbs"):
            continue
        return e.target if e.target is not None and e.target != e.source else None
    return None


def _responding(doc: Doc, i: int, a: int) -> str | None:
    """The one named right after a verb of response before the «بـ» masdar at ``i``, past a comparison aside right
    before the masdar (round ev470: «رد الحوثيون على هذا التقدم، كما في كل مرة، بقصف»)."""
    if not doc.tokens[i].norm_key.startswith("ب"):
        return None
    end, v = i, i - 1
    while v >= max(a, end - RESPONSE_REACH):
        tok = doc.tokens[v]
        if tok.text in COMMAS:
            opened = comparison_aside(doc, v, a) if v == i - 1 else None
            if opened is None:
                return None
            end, v = opened, opened - 1
            continue
        if bare(tok.norm_key, "response_verbs") in fw("response_verbs"):
            eid = _starting(doc, v + 1, end)
            return eid if eid is not None and not _comma_or_verb(doc, v + 1, end) else None
        v -= 1
    return None


def _headed(doc: Doc, j: int, end: int) -> str | None:
    if j + 2 >= end or doc.tokens[j + 2].text not in OPENING_QUOTES:
        return None
    head = doc.tokens[j + 1].norm_key.removeprefix("ال")
    return _starting(doc, j + 2, end) if head in fw("named_body_heads") else None


def _tabled(doc: Doc, i: int, a: int) -> tuple[str, str | None] | None:
    """The party that comes to the table, and the one coordinated right after it where it is the first of two."""
    if i - 3 < a or doc.tokens[i - 1].norm_key not in fw("negotiating_tables") or \
            doc.tokens[i - 2].norm_key not in ("الى", "الي", "على", "علي"):
        return None
    named = _ending(doc, i - 3)
    sides: list[str] = []
    while named is not None and doc.tokens[named[1]].text.startswith("و") and named[1] - 1 >= a:
        before = _ending(doc, named[1] - 1)  # «بدعوة العراق والكويت إلى طاولة المفاوضات»: the first party named
        if before is None:
            break
        sides.append(named[0])
        named = before
    if named is None:
        return None
    return named[0], sides[0] if len(sides) == 1 else None  # (round 113: of two parties, the other is the target)


def _coordinated(doc: Doc, ev: Event, i: int, events: list[Event]) -> str | None:
    tok = doc.tokens[i]
    if not tok.text.startswith("و") or enclitic(tok) not in ("ه", "ها", "هم"):
        return None
    named = _ending(doc, i - 1)
    if named is not None and owned_sister(doc, i, doc.token_at(ev.sentence.start) or 0):
        return None  # round 131: «إعجابه بتنظيم داعش ودعوته»: the sister's owner calls, not its object
    if named is not None and masdar_doer_fits(doc, i, named[0]):
        return named[0]  # «أمام التحالف وقصفه الجوي»: the body named right before
    before = [e for e in events if e is not ev and e.sentence == ev.sentence and e.attrs.get("pos") == "N"
              and e.source is not None and e.trigger.start < tok.start]
    if not before:
        return None
    prior = max(before, key=lambda e: e.trigger.start)
    p = doc.token_at(prior.trigger.start)
    if p is None or i - p > COORDINATED_REACH or prior.source is None or any(
            finite_verb(doc.tokens[t]) for t in range(p + 1, i)):
        return None
    return prior.source if masdar_doer_fits(doc, i, prior.source) else None


def _between(doc: Doc, ev: Event, j: int, end: int) -> tuple[str, str | None] | None:
    """«محادثات الائتلاف بين حزب العدالة والتنمية وحزب الشعب الجمهوري»: talks with «بين X وY» within
    ``BETWEEN_REACH`` words after them (no comma, verb or clause break between) are X's with Y (round 113: Y the
    target)."""
    if not ev.code.startswith("04"):
        return None
    for k in range(j + 1, min(end, j + 1 + BETWEEN_REACH)):
        key = doc.tokens[k].norm_key
        if key == "بين":
            first = _starting(doc, k + 1, end)
            if first is None or _comma_or_verb(doc, j + 1, k):
                return None
            m = mention_index(doc)[k + 1 if doc.tokens[k + 1].text not in OPENING_QUOTES else k + 2]
            last = doc.token_at(m[3] - 1)
            nxt = last + 1 if last is not None else end
            while nxt < end and doc.tokens[nxt].text in ("»", '"', "”", ")"):
                nxt += 1
            if nxt >= end or not doc.tokens[nxt].text.startswith("و"):
                return None
            second = _starting(doc, nxt, end) or (_starting(doc, nxt + 1, end) if doc.tokens[nxt].norm_key == "و" else None)
            return (first, second) if second is not None and second != first else None
        if doc.tokens[k].text in COMMAS or k in mention_index(doc):
            return None
    return None


def _readings(doc: Doc, ev: Event, i: int, j: int, a: int, end: int,
              events: list[Event]) -> Iterator[tuple[str, str | None, str | None]]:
    """(reading, doer, the other side of talks where the reading names two)."""
    yield "conduct", _conducted(doc, i, j, end), None
    yield "purpose", _purposed(doc, i, a), None
    yield "purpose_clause", purpose_subject(doc, i, a), None  # ch424: «استغل فلان القمة لإعلان خطاب»
    yield "accused", _accused(doc, i, a), None
    yield "blamed", _blamed(doc, i, a), None
    yield "response", _responding(doc, i, a), None
    yield "head", _headed(doc, j, end), None
    tabled = _tabled(doc, i, a)
    yield "table", tabled[0] if tabled else None, tabled[1] if tabled else None
    yield "coordinated", _coordinated(doc, ev, i, events), None
    between = _between(doc, ev, j, end)
    yield "between", between[0] if between else None, between[1] if between else None


def masdar_agents(doc: Doc, events: list[Event]) -> None:
    """Give a noun trigger with no source the doer its sentence names by one of the frames of the module docstring."""
    for ev in events:
        if ev.source is not None or ev.attrs.get("pos") != "N":
            continue
        i = doc.token_at(ev.trigger.start)
        j = doc.token_at(ev.trigger.end - 1)
        a = doc.token_at(ev.sentence.start)
        end = doc.token_from(ev.sentence.end) or len(doc.tokens)
        if i is None or j is None or a is None:
            continue
        for name, eid, other in _readings(doc, ev, i, j, a, end, events):
            if eid is not None and _fits(doc, eid, ev):
                ev.source = eid
                ev.attrs["source_masdar"] = name
                if ev.target is None and other is not None and other != eid and _fits(doc, other, ev):
                    name_party(ev, "target", other)  # round 113: «بين X وY», «X وY إلى طاولة المفاوضات»: the other side
                    ev.attrs["target_masdar"] = name
                break


def _callers(doc: Doc, ev: Event, call: Event) -> bool:
    """The act's source is the caller's: the caller itself, or the country of a gentilic in the caller's phrase
    read as the act's doer («واتهم الجيش الأوكراني الانفصاليين بقصف مواقعه»: not Ukraine)."""
    if ev.source == call.source:
        return True
    span = call.attrs.get("source_span")
    ent = doc.entity(ev.source) if ev.source is not None else None
    return ent is not None and bool(ev.attrs.get("source_national")) and isinstance(span, list) and len(span) == 2 \
        and any(span[0] <= m.start and m.end <= span[1] for m in ent.mentions)


def called_doers(doc: Doc, events: list[Event]) -> None:
    """Round ev898: give an act asked for the one its verb of calling calls on (module docstring), where it has no
    source or only the caller («وحثت واشنطن تركيا على شن غارات»: Turkey, not Washington; but talks or cooperation
    asked for, ``MUTUAL``, may be the caller's own with the one called on: «دعت X Y إلى الحوار معها»); a
    trigger read as a verb counts where it opens the complement itself («إلى فرض عقوبات»: a masdar)."""
    for ev in events:
        if ev.attrs.get("source_masdar") == "accused" and ev.modality == "asserted":
            ev.modality = "reported"  # ev914: the accused read as its doer already («اتهمت X تركيا باستهدافها»)
        if ev.source is not None and ev.code.startswith(MUTUAL):
            continue
        i = doc.token_at(ev.trigger.start)
        a = doc.token_at(ev.sentence.start)
        if i is None or a is None:
            continue
        clause = ev.attrs.get("pos") != "N" and that_verb(doc, i)  # ev988: «إلى أن تستهدف», «بأن يستهدفوا»
        if ev.attrs.get("pos") != "N" and not clause and _complement_start(doc, i, a) not in (i, i - 1):
            continue
        start = and_that_complement(doc, i, a) if clause and _complement_start(doc, i, a) is None else None
        found = _called(doc, ev, i, a, events, start=start)  # (ev993: «إلى وقف القتال وأن يستهدفوا»)
        accused = found is None
        if accused and ev.source is None and ev.attrs.get("pos") == "N":
            charged = _noun_accused(doc, ev, i, a, events)
            levelled = _levelled(doc, ev, i, a, events) if charged is None else None
            charged = (levelled, "reported") if levelled is not None else charged
            if charged is not None and _fits(doc, charged[0], ev):
                name_party(ev, "source", charged[0])
                ev.attrs["source_masdar"] = "accused"
                if ev.modality in ("asserted", "reported"):
                    ev.modality = charged[1]
                continue
        if accused:  # round ev914: «واتهم الوزير الميليشيات بقصف الأحياء»: the accused is held to have done it
            found = _called(doc, ev, i, a, events, "accusing_verbs")
        if found is None:
            continue
        call, eid, span = found
        if clause and not addressee_agrees(doc, i, eid, span):
            continue  # ev988: the clause's verb agrees with no one called on («الفصائل بأن تستهدف» does)
        if ev.source is not None and not _callers(doc, ev, call):
            continue  # (a source of its own is kept; only the caller, carried or read as its doer, gives way)
        if eid is not None and _fits(doc, eid, ev):
            name_party(ev, "source", eid)
        elif eid is None and span:
            set_party(ev, "source", None, doc.text, span[0], span[1])
        else:
            continue
        ev.attrs.pop("source_carried", None)
        ev.attrs["source_masdar"] = "accused" if accused else "called"
        if accused and ev.modality == "asserted":
            ev.modality = "reported"  # (what the accuser says the accused did, as a charge: not the writer's word)

"""Round 194: times and dates of acts told beside others in one sentence.

- A later own time: «تستمر حتى غرة ذي الحجة فيما ستعلن القوائم في السادس عشر منه»: a verb trigger opened by
  «و/ف» or after «فيما/بينما» right after a time is a new clause; the time before it is the previous act's, and a
  time after it in its own clause dates it (``later_own_time``); so for a noun trigger in a «و» conjunct right
  after a time («صدر في مارس ونتائج اجتماعات المجلس في يوليو», round 198).
- An expected act: «الحصار الذي يتوقع أن تفرضه القوات»: planned (``expected_relative``).
- Background acts, of no day the article gives: a masdar after «بعد» in a sentence of hope or striving
  (``after_hoped``), an act named in a characterisation («وعدتها تصريحات تغذي»: ``characterised``), a statement
  referenced as issued and an act joined to it («التصريحات التي صدرت عن ... واتهامه لها»: ``issued_before``), an
  act told in a span counted from an onset («خلال 6 أسابيع من انطلاقة الحرب»: ``onset_span``), or after «منذ» + an
  onset set off at the clause's start («وتعرضت المواقع، منذ انطلاقة المقاومة، إلى أربع عمليات»: ``since_onset``,
  round 231); a perfect verb in a «لكن» clause right after a past time that closes the clause before («حاول
  طلب اعتقاله قبل نحو سنة، لكن النائب العام رفض ذلك»: ``but_after_time``, round 231).
"""

from __future__ import annotations

from ..doc import Doc, TimeSpan
from .forms import fw, fw_bare_keys, fw_keys, nkey
from .lexicon import Hit
from .modality_links import future_verb
from .tense import imperfect
from .word_tests import clause_stop, key_at, past_conjunction

LINKS = frozenset(nkey(w) for w in ("و", "ف", "ثم", "وثم"))


FRONT_REACH = 2  # tokens at most before a time at the sentence's start that fronts the clause («وفي أمس»)


def later_own_time(doc: Doc, hit: Hit, sent_start: int, before: TimeSpan) -> bool:
    """Whether the time ``before`` ends the clause before a verb trigger that opens a clause of its own: nothing
    but «فيما/بينما/و/ثم» between them, or the trigger itself opened by «و/ف»; a time at the sentence's start
    («أمس وافقت الحكومة على خطة تنفذ في سبتمبر») fronts the verb's own clause."""
    if hit.pos == "N":
        return _conjunct_time(doc, hit, before)
    if hit.pos != "V":
        return False
    first = doc.token_at(before.start)
    if first is None or first - sent_start <= FRONT_REACH:
        return False
    between: list[str] = []
    k = hit.i - 1
    while k >= 0 and doc.tokens[k].start >= before.end:
        between.append(doc.tokens[k].norm_key)
        k -= 1
    if any(k not in fw("simultaneous_openers") and k not in fw("while_openers") and k not in LINKS
           for k in between):
        return False
    if between:
        return True
    key = doc.tokens[hit.i].norm_key
    return key[:1] in ("و", "ف") and len(key) > 4


CONJUNCT_HEAD_REACH = 1  # tokens from the «و» conjunct to a noun trigger in its genitive («ونتائج اجتماعات»)


def _conjunct_time(doc: Doc, hit: Hit, before: TimeSpan) -> bool:
    """Round 198: «إعلان صدر في مارس الماضي ونتائج اجتماعات المجلس في يوليو»: the time ``before`` ends the
    conjunct before a noun trigger's own, opened by «و» right after the time (the trigger, or the noun whose
    genitive it is); a time after the trigger in its clause dates it."""
    first = doc.token_at(before.start)
    if first is None:
        return False
    m = next((t for t in range(first, hit.i + 1) if doc.tokens[t].start >= before.end), None)
    if m is None or not 0 <= hit.i - m <= CONJUNCT_HEAD_REACH:
        return False
    key = doc.tokens[m].norm_key
    return key[:1] == "و" and len(key) > 3 and not clause_stop(doc.tokens[m].text)


EXPECT_REACH = 2  # tokens from the relative to the verb of expecting («الذي يتوقع أن», «الذي من المتوقع أن»)
ADJECTIVE_REACH = 3  # definite adjectives between a definite noun trigger and its relative


def expected_relative(doc: Doc, hit: Hit) -> bool:
    """«الحصار الذي يتوقع أن تفرضه القوات»: a noun trigger whose own relative clause (right after it or after its
    definite adjectives) opens with a verb of expecting (``expect_verbs``, «من المتوقع»): an act still to come."""
    if hit.pos != "N":
        return False
    t = hit.j + 1
    n = len(doc.tokens)
    while t < n and t - hit.j <= ADJECTIVE_REACH and doc.tokens[t].norm_key.startswith("ال") \
            and doc.tokens[t].norm_key not in fw("relatives"):
        t += 1
    if t >= n or doc.tokens[t].norm_key not in fw("relatives"):
        return False
    for u in range(t + 1, min(n, t + 1 + EXPECT_REACH)):
        key = doc.tokens[u].norm_key
        if key in fw("expect_verbs") and u + 1 < n and doc.tokens[u + 1].norm_key in fw("complementizers"):
            return True
        if key != "من":
            return False
    return False


WHEN_BACK = 25  # tokens from «عندما» back to the verb of intending or the future verb its clause hangs on


def when_planned(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round mo490: whether the verb trigger ``hit`` is the present verb right after «عندما/حين/حينما»
    (``when_words``) of a clause that hangs on a verb of intending (``intent_verbs``: «يعتزم», «ينوي», «يخطط»), a
    future verb («سيزور»: ``modality_links.future_verb``) or «سوف» within ``WHEN_BACK`` tokens before it, no comma
    or end between (read past a relative clause, where ``modality.keys_before`` stops): «إنه يعتزم بحث سبل مواجهة
    التنظيم والدور الذي يمكن أن تلعبه إيران عندما يلتقي نظيره»: when the plan is to be carried out, planned, not a
    fact reported. Not a present habit («تنظم تظاهرات عندما يزور المسؤولون»: no plan before), a perfect («عندما
    التقى»), nor past a comma («يعتزم زيارة بغداد، عندما يصل»)."""
    if hit.pos != "V" or hit.i - 1 <= sent_start or not imperfect(key_at(doc, hit.i), True):
        return False
    if past_conjunction(key_at(doc, hit.i - 1)) not in fw_keys("when_words"):
        return False
    for t in range(hit.i - 2, max(sent_start, hit.i - 2 - WHEN_BACK) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        key = past_conjunction(key_at(doc, t))
        if key in fw_keys("intent_verbs") or key in fw_keys("future") or future_verb(key_at(doc, t)):
            return True
    return False


def may_relative(doc: Doc, hit: Hit) -> bool:
    """Round 240: «المفاوضات التي قد تجري بين الطرفين», «الانتخابات التي قد تعقد»: a noun trigger whose own relative
    clause right after it says with «قد» + a present verb of taking place (``coming_to_pass``) that it may happen:
    not told as done (not «الهجمات التي قد تؤدي إلى»: what they may lead to, the attacks were; not «بحث الاجتماع
    الانتخابات التي قد تجري»: the relative is the object's, so no definite word is passed over)."""
    if hit.pos != "N":
        return False
    t = hit.j + 1
    n = len(doc.tokens)
    if t + 2 >= n or doc.tokens[t].norm_key not in fw("relatives") or doc.tokens[t + 1].norm_key != "قد":
        return False
    return doc.tokens[t + 2].norm_key in fw("coming_to_pass")


def after_hoped(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وتأمل البلاد في الحصول على دعم ...، بعد إعلانها عن إقامة سياج»: a noun act right after «بعد/عقب/إثر» in a
    sentence told by a present verb of hoping or striving (``wishes``, ``aims``) before it: the act it follows is
    background, of no day the article gives."""
    if hit.pos != "N" or hit.i - 1 < sent_start:
        return False
    if past_conjunction(doc.tokens[hit.i - 1].norm_key) not in fw("after_subordinators"):
        return False
    for k in range(sent_start, hit.i - 1):
        key = past_conjunction(doc.tokens[k].norm_key)
        if key in fw("wishes") or (key in fw("aims") and key[:1] in ("ي", "ت", "ن", "ا")):
            return True
    return False


OBJECT_PRONOUNS = ("ه", "ها", "هم")


def characterised(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وعدتها تصريحات تغذي التطرف», «واعتبره هجوما على»: an indefinite noun act right after a verb of
    characterising (``characterising_verbs``) with a pronoun object is what a thing told before is called, of no
    day of its own."""
    if hit.pos != "N" or hit.i - 1 < sent_start or doc.tokens[hit.i].norm_key.startswith("ال"):
        return False
    verb = past_conjunction(doc.tokens[hit.i - 1].norm_key)
    # (the verb's object a pronoun: the noun after it is the name given; «اعتبر اجتماع هاواي حاسما»: the act named)
    return verb in fw("characterising_verbs") and verb.endswith(OBJECT_PRONOUNS)


ISSUED_REACH = 16  # tokens back from a conjoined noun act to the statement «التي صدرت عن» it is joined to


def _issued_statement(doc: Doc, k: int) -> bool:
    """Token ``k`` is a statement noun followed by a relative and a verb of issuing («التصريحات التي صدرت»)."""
    if k + 2 >= len(doc.tokens):
        return False
    key = past_conjunction(doc.tokens[k].norm_key)
    if key not in fw("speech_plurals") and key.removeprefix("ال") not in fw("statement_nouns"):
        return False
    return doc.tokens[k + 1].norm_key in fw("relatives") and doc.tokens[k + 2].norm_key in fw("issued_words")


def issued_before(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«تابعت التصريحات التي صدرت عن الوزير ضد جيرانه واتهامه لهم»: a statement referenced as issued («التي
    صدرت عن»), and a noun act joined to it by «و» in its clause, came before the words that refer to it."""
    if hit.pos != "N":
        return False
    if _issued_statement(doc, hit.i):
        return True
    if doc.tokens[hit.i].norm_key[:1] != "و":
        return False
    for k in range(hit.i - 1, max(sent_start, hit.i - ISSUED_REACH) - 1, -1):
        if clause_stop(doc.tokens[k].text):
            return False
        if _issued_statement(doc, k):
            return True
    return False


DURING = frozenset(nkey(w) for w in ("خلال", "وخلال"))
ONSET_REACH = 3  # tokens from «خلال» to the unit of its span («خلال ستة أسابيع», «خلال الأسابيع الستة الأولى»)


def onset_span(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«ظلت المدينة خلال 6 أسابيع من انطلاقة الحرب تشهد معارك ...»: a span counted from the onset of something
    (``span_onset_nouns``) before the trigger frames a narrative of that span, of no day the article gives."""
    for k in range(sent_start, hit.i):
        if doc.tokens[k].norm_key not in DURING:
            continue
        for u in range(k + 1, min(hit.i - 2, k + 1 + ONSET_REACH)):
            unit = doc.tokens[u].norm_key.removeprefix("ال")
            if unit not in fw_bare_keys("relative_span_units") and unit not in fw_bare_keys("apart_units"):
                continue
            if doc.tokens[u + 1].norm_key == "من" \
                    and doc.tokens[u + 2].norm_key.removeprefix("ال") in fw_bare_keys("span_onset_nouns"):
                return True
    return False


SINCE = frozenset(nkey(w) for w in ("منذ", "ومنذ"))


def since_onset(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«وتعرضت المواقع، منذ انطلاقة المقاومة، إلى أربع عمليات، أسفرت إحداها عن وقوع قتيل», «منذ بداية الحملة،
    نفذ التحالف مئات الغارات»: «منذ» + an onset noun (``span_onset_nouns``) at the sentence's start or after a
    comma, before the trigger, tells the acts of the span since then, of no day the article gives."""
    for k in range(sent_start, hit.i - 1):
        if doc.tokens[k].norm_key not in SINCE:
            continue
        if k > sent_start and doc.tokens[k - 1].text not in ("،", ","):
            continue
        if doc.tokens[k + 1].norm_key.removeprefix("ال") in fw_bare_keys("span_onset_nouns"):
            return True
    return False


BUT_REACH = 6  # tokens from «لكن» to the perfect verb of its clause («لكن النائب العام للدولة رفض»)


def but_after_time(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«حاول طلب اعتقاله قبل نحو سنة، لكن النائب العام رفض ذلك»: a verb trigger in a «لكن» clause (``but_words``)
    whose comma closes a valued time of the clause before is an answer to that past act, of no day the article
    gives (the time itself is the other act's: ``_same_clause`` stops at «لكن»)."""
    if hit.pos != "V":
        return False
    toks = doc.tokens
    for k in range(hit.i - 1, max(sent_start, hit.i - 1 - BUT_REACH), -1):
        if clause_stop(toks[k].text):
            return False
        if toks[k].norm_key not in fw("but_words"):
            continue
        comma = k - 1
        if comma - 1 < sent_start or toks[comma].text not in ("،", ","):
            return False
        end = toks[comma - 1].end
        return any(ts.value and ts.end == end for ts in doc.times)
    return False

"""Round ev362: frames that make the acts of a clause someone's report or no fact at all, read by
``modality.modality`` after its other cues.

- ``told_by_source``: an act inside the content of a quote (not in its cue) is reported; so is an act of a sentence
  that opens with an «according to» phrase naming a source (``fronted_openers`` + ``quotes.cues.by_source``)
  closed by a comma before the act: «ووفقا للبيان الأوروبي، شهدت الأشهر الماضية عدة زيارات», «وبحسب مصادر عسكرية،
  هاجمت القوات»: the writer tells what the statement or the sources say. Not «وفقا للقانون، ...» (a rule, no source)
  nor an act inside the according phrase itself («وفقا لأحد الحاضرين في اجتماع يوليو، ...»); the phrase may
  follow a connective (``clause_connectives``) and end on «فقد/فإن» instead of a comma («ولكن وحسب الإعلام
  البلجيكي فقد نفى المشتبه به»). Likewise where
  such a phrase ends the sentence after a comma (``according_tails``, within ``TAIL_REACH`` tokens of its end, no
  comma in it): «رشقه هؤلاء بعبوات المياه ...، حسب وكالة الصحافة الفرنسية.», «قتل جندي ... عندما انفجر لغم أرضي،
  ...، حسب الأناضول.»; not where more follows it («...، بحسب ما ذكر المرصد، في حين تجددت الاشتباكات»), where
  the phrase is the speaker's own words («، حسب قولهم»: ``quotes.tails.own_words``, the statement is the writer's),
  where a quotation or another «according to» phrase stands between (the tail tells who said those: «كون أن
  «...»، حسب مصادر أوروبية»), nor more than ``TAIL_BACK`` tokens before it. Round gr463: a body named by its bare
  noun counts as a source here, fronted or closing («، بحسب الشرطة», «وبحسب الجيش،»: :func:`body_source`).
- Round ev839: not an act in the narrator's «، وذلك خلال ...» after an indirect quote («أكد أن ...، وذلك خلال لقائه
  نظيره»: ``narrator_asides``), which the quote's content may run over.
- ``not_meant``: an act of the «أن» clause of a negated verb of meaning (``negations`` + ``implication_verbs``: «هذا
  لا يعني أن إيران ستتخذ خطا تتفق معه دول الجوار») is what the speaker says does not follow: no fact, hypothetical.
"""

from __future__ import annotations

from ..doc import Doc, Quote
from ..quotes.cues import by_source
from ..quotes.tails import own_words
from .forms import fw_bare_keys, fw_keys
from .group_lexicon import lexicon as group_lexicon, word_key
from .lexicon import Hit
from .narrator_asides import narrators_aside
from .word_tests import KANA_PAST, clause_break, clause_stop, key_at, past_conjunction

__all__ = ["body_source", "not_meant", "told_by_source"]

FRONTED_REACH = 12  # tokens from the sentence's first word to the comma that closes its «according to» phrase
FA_REACH = 30  # mo880: the same, where «فإن/فقد» opens the clause it tells («وبحسب مصادر مطلعة عن الاجتماعات
#               التي جرت بين ...، فإن كلا من طهران وأنقرة أكدت»)
TAIL_BACK = 30  # tokens from the trigger to the comma of an «according to» phrase that ends the sentence
TAIL_REACH = 10  # tokens of an «according to» phrase that ends the sentence («، حسب وكالة الصحافة الفرنسية.»)
MEANT_REACH = 3  # tokens from a negation to its verb of meaning («لا يعني», «لا يعني ذلك»)


def told_by_source(doc: Doc, hit: Hit, sent_start: int, quotes: list[Quote]) -> bool:
    """Whether ``hit`` is told in a quote's content or after a fronted «according to» phrase (see the module)."""
    start = doc.tokens[hit.i].start
    for q in quotes:
        if q.content.start <= start < q.content.end and not q.cue.start <= start < q.cue.end \
                and (q.direct or not narrators_aside(doc, hit, sent_start)) \
                and not _beyond_tail(doc, hit, q):  # ev839: not the narrator's «، وذلك خلال»
            return True  # (not the cue of an aside inside what it reports: «، كما أعلن فلان،»)
    return _fronted_source(doc, hit, sent_start) or _tail_source(doc, hit)


def _tail_source(doc: Doc, hit: Hit) -> bool:
    """A comma after the trigger opens an «according to» phrase naming a source that closes the trigger's clause:
    it ends the sentence or a writer's clause follows it (:func:`_writer_clause`), and the trigger is in its scope
    (:func:`_out_of_scope`)."""
    n = len(doc.tokens)
    t = hit.i - 1
    if t >= 0 and _according(doc, t):
        return False  # (the trigger inside an «according to» phrase: «بحسب تصريحات أدلى بها»)
    t = hit.j + 1
    while t < n and t <= hit.j + TAIL_BACK and not clause_break(doc.tokens[t].text):
        if doc.tokens[t].text in ("«", '"') or _according(doc, t) and doc.tokens[t - 1].text not in ("،", ","):
            return False
        if doc.tokens[t].text in ("،", ",") and t + 1 < n and _according(doc, t + 1):
            if own_words(doc, t + 1) or not (by_source(doc, t + 1) or body_source(doc, t + 1)):
                return False
            end = _tail_end(doc, t + 1)
            closes = end is not None and (end == n or clause_break(doc.tokens[end].text) or _writer_clause(doc, end))
            return closes and not _out_of_scope(doc, hit, t + 1)
        t += 1
    return False


def _tail_end(doc: Doc, a: int) -> int | None:
    """The comma or end mark that ends the «according to» phrase of the word ``a`` within ``TAIL_REACH`` tokens
    (the text's end where it ends there first); None where it runs on."""
    n = len(doc.tokens)
    return next((u for u in range(a + 1, min(n, a + 1 + TAIL_REACH)) if doc.tokens[u].text in ("،", ",")
                 or clause_break(doc.tokens[u].text)), n if n <= a + 1 + TAIL_REACH else None)


def _beyond_tail(doc: Doc, hit: Hit, q: Quote) -> bool:
    """Round mo880: the quote is what a closing «according to» word after its content reports («...، بحسب ما
    أعلنت فصائل المعارضة») and the trigger lies outside the clause that phrase closes (:func:`_out_of_scope`)."""
    a = doc.token_at(q.cue.start)
    if a is None or q.cue.start < q.content.end or not _according(doc, a):
        return False
    return _out_of_scope(doc, hit, a)


def _out_of_scope(doc: Doc, hit: Hit, a: int) -> bool:
    """Round mo880: a closing «according to» phrase at token ``a`` covers the clause it closes, back to the last
    clause boundary: not a trigger before a writer's clause opened between them («قتل ...، فيما اقتحمت ...، بحسب
    المرصد»: the killing is the writer's) or a «؛», nor the act before a «بعد/عقب» clause (``told_after_words``)
    where the phrase tells when its source spoke («وقد بدأ الهجوم ... بعد أسبوع على قطع المعارضة المياه ...، بحسب
    ما أعلنت فصائل المعارضة أواخر شهر يونيو»: what was announced then is the cut, not the attack that came after)."""
    after = False
    for t in range(hit.j + 1, a - 1):
        text = doc.tokens[t].text
        if text in ("؛", ";") or text in ("،", ",") and _writer_clause(doc, t):
            return True
        after = after or key_at(doc, t).removeprefix("و") in fw_keys("told_after_words")
    if not after:
        return False
    end = _tail_end(doc, a)
    hi = len(doc.tokens) if end is None else end
    return hi > a and bool(doc.times_within(doc.tokens[a].start, doc.tokens[hi - 1].end))


def _writer_clause(doc: Doc, comma: int) -> bool:
    """Round mo880: the comma at ``comma`` opens a clause of the writer's own («، فيما», «، في حين», «، بينما», «،
    لكن»: ``main_clause_openers``; a bare «حين» is «when», no new clause, nor is a «while» with «كان» right after it:
    «، بينما كانت قافلة عسكرية تمر»)."""
    u = comma + 1
    if u >= len(doc.tokens):
        return False
    key = key_at(doc, u).removeprefix("و")
    if key == "في" and u + 1 < len(doc.tokens) and key_at(doc, u + 1) == "حين":
        u += 1
    elif key == "حين" or key not in fw_keys("main_clause_openers"):
        return False
    # («، بينما كانت قافلة عسكرية تمر»: «while» of the scene, the act it frames, no clause of the writer's)
    return not any(key_at(doc, v) in KANA_PAST for v in range(u + 1, min(len(doc.tokens), u + 3)))


def _according(doc: Doc, t: int) -> bool:
    """Token ``t`` is an «according to» word (``according_tails``, its «و» off)."""
    return key_at(doc, t).removeprefix("و") in fw_keys("according_tails")


def _fronted_source(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The sentence opens with «وفقا/بحسب ...» naming a source, closed by a comma before the trigger."""
    if sent_start + 1 < len(doc.tokens) and key_at(doc, sent_start) in fw_keys("clause_connectives"):
        sent_start += 1  # («ولكن وحسب الإعلام البلجيكي فقد نفى»: a connective before it)
    if hit.i <= sent_start + 2 or key_at(doc, sent_start).removeprefix("و") not in fw_keys("fronted_openers"):
        return False
    for t in range(sent_start + 1, min(hit.i, sent_start + FA_REACH)):
        text = doc.tokens[t].text
        if text in ("،", ",") and t >= sent_start + FRONTED_REACH and not _fa_clause(doc, t + 1):
            return False  # (a long phrase: only where «فإن/فقد» opens what it tells)
        if text in ("،", ",") or _fa_clause(doc, t):
            return by_source(doc, sent_start) or body_source(doc, sent_start)  # (or «فقد»: «وحسب الإعلام فقد نفى»)
        if clause_stop(text):
            return False
    return False


def _fa_clause(doc: Doc, t: int) -> bool:
    """Token ``t`` is «فإن/فقد» (``complementizers`` or «قد» after «ف»), which opens what a fronted phrase tells."""
    if t >= len(doc.tokens):
        return False
    rest = key_at(doc, t)[1:] if key_at(doc, t)[:1] == "ف" else ""
    return rest == "قد" or rest in fw_keys("complementizers")


def body_source(doc: Doc, t: int) -> bool:
    """Round gr463: whether the «according to» word ``t`` names a body by its bare noun, a one-word agent of the
    ``groups`` lexicon (``group_lexicon``: «بحسب الشرطة», «وفقا للسلطات», «حسب الجيش»), which
    ``quotes.cues.by_source`` leaves to the quote layer (which quotes are found does not change); not a rule or a
    plan (according_not_speakers, read before the lexicon: «وفق النظام»), nor a word of neither list («بحسب الخطة»)."""
    u = t + 1
    if u < len(doc.tokens) and doc.tokens[u].norm_key == "ل":
        u += 1  # («لـ الشرطة» split)
    if u >= len(doc.tokens):
        return False
    key = word_key(doc.tokens[u])
    if key in fw_bare_keys("according_not_speakers"):
        return False
    return (key,) in group_lexicon()


def not_meant(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Whether ``hit`` is in the «أن» clause of a negated verb of meaning (see the module), no end of clause
    between them."""
    comps = fw_keys("complementizers")
    for t in range(hit.i - 1, sent_start, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) not in comps:
            continue
        for v in range(t - 1, max(sent_start, t - MEANT_REACH) - 1, -1):
            if past_conjunction(key_at(doc, v)) in fw_keys("implication_verbs"):
                return v > sent_start and past_conjunction(key_at(doc, v - 1)) in fw_keys("negations")
        return False
    return False

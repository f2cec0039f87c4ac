"""Round 206: a comma that does not end the clause it stands in.

- «وكان المرصد، أكد أن ...»: the pluperfect's «كان» and its subject set off by a comma before the perfect verb,
  with no «قد» (:func:`kana_subject_comma`): a past before the report, of no day of the article; round ti905: also
  where the subject runs on past an apposition or a time set off by commas («وكانت فلانة، العضو في اللجنة،
  صرحت», «وكان قبل فترة، فلان، أمين عام الرابطة، أعرب»: :func:`kana_apposed_subject`); round ti912: a perfect
  verb with «و» after a comma that goes on with that pluperfect's act, of its subject («وكانت الشرطة اعتقلت الناشط،
  ووجهت له تهمة»: :func:`kana_chained`), not a verb with a subject of its own («...، وأعلن رئيس الجمعية»);
- «إعلان المكتب (أوتشا)،أمس عن وصول ...»: a time after a comma that the trigger's own complement («عن/على»)
  follows with no second comma (:func:`complement_close`): the time is set off in the trigger's clause;
- round 212: «قتلت، في سوريا في بداية يوليو الماضي، القيادي»: a place and a time set off together between a comma
  right after the verb and a comma before its object (:func:`place_set_off`): the time is the verb's.
- round 234: «قتلى في اقتتال نشب داخل معسكرين، في غرب العاصمة أمس»: after the trigger's phrase, a comma, then «في»
  and a place said by its kind or side (``compass``, ``locative_place_heads``) and the time (:func:`place_after_comma`):
  the place and the time go on the trigger's clause.
- round dt343: «وعرجت على اقتحام عصابات المستوطنين، أمس المسجد الأقصى»: a comma closes the trigger's doer, the
  time follows it, and the trigger's definite object right after the time with no second comma
  (:func:`object_after_time`): the time is set off inside the trigger's clause.
"""

from __future__ import annotations

from ..doc import Doc, Token
from .forms import fw, fw_keys, nkey
from ..text.verb_gender import verb_agreement
from .lexicon import match_token
from .word_tests import KANA_PAST, clause_break, finite_verb, has_letters, open_after, verb_key

APPOSED_REACH = 24  # tokens from a sentence-opening «وكان» to the verb its subject set off by commas leads to
SUBJECT_REACH = 2  # tokens of the subject between «وكان» and the comma before the verb («وكان المرصد السوري،»)
_NOT_SUBJECT = frozenset((":", "«", "»", '"', "“", "”", ".", "؟", "!", "-", "–"))  # marks no subject phrase holds
COMPLEMENT_CLOSERS = frozenset(("عن", "علي"))
PLACE_REACH = 4  # tokens of a place phrase («في» + its noun) between the comma after the verb and the time  # keys: «إعلان ...، أمس عن وصول», «أكد ...، أمس على ضرورة»


def kana_subject_comma(doc: Doc, i: int, sent_start: int) -> bool:
    """The verb at token ``i`` comes right after a comma, and before the comma stand «وكان/وكانت» (or «كان» first
    in its sentence) and a subject of at most ``SUBJECT_REACH`` tokens with no other punctuation: «وكان المرصد،
    أكد», or a longer subject set off by commas (:func:`kana_apposed_subject`). A bare «كان» inside a sentence
    («وإن كان الوضع صعبا، أكد») is no pluperfect's."""
    return _kana_short_subject(doc, i, sent_start) or kana_apposed_subject(doc, i, sent_start)


def _kana_short_subject(doc: Doc, i: int, sent_start: int) -> bool:
    """:func:`kana_subject_comma` with a subject of at most ``SUBJECT_REACH`` tokens and no other punctuation."""
    if i - 1 <= sent_start or doc.tokens[i - 1].text not in ("،", ","):
        return False
    for k in range(i - 2, max(sent_start, i - 3 - SUBJECT_REACH) - 1, -1):
        text = doc.tokens[k].text
        key = nkey(text)
        if key.lstrip("وف") in KANA_PAST:
            return k < i - 2 and (k == sent_start or key[:1] == "و")
        if not has_letters(text):
            return False
    return False


def kana_apposed_subject(doc: Doc, i: int, sent_start: int) -> bool:
    """Round ti905: the bare perfect verb at token ``i`` (no «و/ف») comes right after a comma, and the sentence opens
    with «(و)كان/كانت/كانوا» at most ``APPOSED_REACH`` tokens before it; what stands between is the subject with an
    apposition, a relative or a time set off by commas («وكانت فلانة، العضو في اللجنة، صرحت», «وكان عبد الرزاق
    والشركة التي ...، نفيا»): no complementizer, «قد», subordinator, colon or quote mark, and no finite verb
    (``finite_verb``: «وكانت الشرطة اعتقلت ...، أعلنت» is two acts). The pluperfect's predicate: a past before the
    report."""
    if i - 1 <= sent_start or i - sent_start > APPOSED_REACH or doc.tokens[i - 1].text not in ("،", ","):
        return False
    verb = doc.tokens[i]
    if verb.words and verb.words[0].kind == "proclitic":
        return False  # («وكانت الأجواء متوترة، وأعلنت»: a new clause)
    if nkey(doc.tokens[sent_start].text).lstrip("و") not in KANA_PAST:
        return False
    for k in range(sent_start + 1, i - 1):
        tok = doc.tokens[k]
        key = tok.norm_key
        if key in fw("complementizers") or key == "قد" or key.lstrip("وف") in fw("subordinators") \
                or tok.text in _NOT_SUBJECT or finite_verb(tok):
            return False
    return True


CHAIN_REACH = 40  # tokens from a sentence-opening «وكان» to a «و» verb that goes on with its pluperfect's act
_CHAIN_STOPS = frozenset((":", "-", "–"))  # marks that open speech or an aside («قال: «...»»), not names in quotes («سبأ»)
SHORT_SUBJECT = 4  # tokens of the subject between «وكان» and its bare perfect verb («وكانت جماعة الحوثي المسلحة اعتقلت»)


def kana_chained(doc: Doc, i: int, sent_start: int) -> bool:
    """Round ti912: the perfect verb with «و» at token ``i``, right after a comma, goes on with the act of a bare
    pluperfect the sentence opens with: «(و)كان/كانت/كانوا», its subject, a bare perfect verb
    (:func:`_pluperfect_verb`), then up to the comma no complementizer, relative, subordinator, colon or dash («وكانت
    الشرطة اعتقلت الناشط في القاهرة، ووجهت له تهمة»): the same subject's past, before the report. The verb agrees
    with «كان» and has no subject of its own after it (``open_after``, or a pronoun after «ل/على» and no
    definite noun or name: «ووجهت لهما تهمة»); not «وكانت الجمعية ذكرت ...، وأعلن رئيس الجمعية»."""
    if i - 1 <= sent_start or i - sent_start > CHAIN_REACH or doc.tokens[i - 1].text not in ("،", ","):
        return False
    verb = doc.tokens[i]
    if not (verb.words and verb.words[0].kind == "proclitic" and verb.words[0].form == "و"):
        return False
    kana = nkey(doc.tokens[sent_start].text).lstrip("و")
    if kana not in KANA_PAST or verb_agreement(verb_key(verb.text)) != verb_agreement(kana):
        return False
    end = len(doc.tokens)
    if not open_after(doc, i, end) and not _pronoun_object_next(doc, i, end):
        return False
    for k in range(i - 2, sent_start, -1):
        tok = doc.tokens[k]
        key = tok.norm_key
        if key in fw("complementizers") or key in fw("relatives") or key.lstrip("وف") in fw("subordinators") \
                or tok.text in _CHAIN_STOPS or clause_break(tok.text):
            return False
        if _pluperfect_verb(doc, k, sent_start, kana):
            return True
    return False


def _pluperfect_verb(doc: Doc, k: int, sent_start: int, kana: str) -> bool:
    """Token ``k`` is the bare perfect verb of the pluperfect «كان» at ``sent_start`` opens: a verb trigger with no
    «و/ف» that agrees with «كان», after a subject of at most ``SHORT_SUBJECT`` words with no punctuation, or after
    a subject set off by commas (:func:`kana_apposed_subject`)."""
    tok = doc.tokens[k]
    if tok.words and tok.words[0].kind == "proclitic" or verb_agreement(verb_key(tok.text)) != verb_agreement(kana):
        return False
    hit = match_token(doc.tokens, k)
    if hit is None or hit.pos != "V":
        return False
    if k - sent_start - 1 <= SHORT_SUBJECT and k > sent_start + 1 \
            and all(has_letters(t.text) for t in doc.tokens[sent_start + 1 : k]):
        return True
    return kana_apposed_subject(doc, k, sent_start)


def _pronoun_object_next(doc: Doc, i: int, end: int) -> bool:
    """After the verb at token ``i``, a preposition with a pronoun («له», «لهما», «عليه»: ``lam_pronouns``,
    ``pronoun_prepositions``) and then no definite noun or name, which would be a subject of the verb's own
    («ووجهت لهما تهمة», not «ووجهت لهما النيابة تهمة»)."""
    if i + 2 >= end:
        return False
    key = doc.tokens[i + 1].norm_key
    if key not in fw_keys("lam_pronouns") and key not in fw_keys("pronoun_prepositions"):
        return False
    nxt = doc.tokens[i + 2]
    if nxt.norm_key.startswith("ال") or not has_letters(nxt.text):
        return False
    return not any(m.start <= nxt.start < m.end for e in doc.entities for m in e.mentions)


def complement_close(nxt: list[Token]) -> bool:
    """The token right after a time set off by one comma opens the trigger's complement («عن», «على»; round 253: or
    names who was told, ``addressee_heads``: «صرح فلان، نائب الوزير، أمس لوكالة الصحافة»): the time stands inside
    the trigger's clause though no second comma closes it."""
    return bool(nxt) and (nxt[0].norm_key in COMPLEMENT_CLOSERS or nxt[0].norm_key in fw_keys("addressee_heads"))


def place_set_off(between: list[Token], nxt: list[Token]) -> bool:
    """``between``: the tokens after the trigger up to the time (less what leads into it); ``nxt``: those after the
    time. The first is a comma right after the trigger, then «في» and a place of at most ``PLACE_REACH`` tokens
    with no punctuation, and no complementizer or relative opens a clause right after the time: «قتلت، في سوريا في
    بداية يوليو، القيادي», «قتلت، في سوريا في بداية يوليو الماضي القيادي»."""
    if len(between) < 3 or between[0].text not in ("،", ",") or between[1].norm_key != "في":
        return False
    return len(between) - 2 <= PLACE_REACH and closed_after(between[1:], nxt)


def place_after_comma(between: list[Token], nxt: list[Token]) -> bool:
    """Round 234: ``between``, the tokens after the trigger up to the time, hold one comma, not the first, then «في»
    and a place of at most ``PLACE_REACH`` words whose head is a side or a kind of place («في غرب العاصمة», «في
    مدينة حلب»: lists ``compass``, ``locative_place_heads``); ``nxt`` as :func:`place_set_off`."""
    tail = comma_tail(between, "في", PLACE_REACH)
    if tail is None:
        return False
    head = tail[1].norm_key
    head = head[2:] if head.startswith("ال") and len(head) > 4 else head
    if head not in fw_keys("compass") and head not in fw_keys("locative_place_heads"):
        return False
    return closed_after(tail, nxt)


DESTINATION_REACH = 2  # words of a destination after «، إلى» before the time


def destination_after_comma(between: list[Token], nxt: list[Token]) -> bool:
    """Round dt313: ``between``, the tokens after the trigger up to the time, hold one comma, not the first, then
    «إلى» and a destination of at most ``DESTINATION_REACH`` words («أجرى رئيس الحكومة زيارة خاطفة، إلى عدن أمس،
    تفقد خلالها»: the visit's day); ``nxt`` as :func:`place_set_off`."""
    tail = comma_tail(between, "الي", DESTINATION_REACH)
    return tail is not None and closed_after(tail, nxt)


DOER_REACH = 4  # words of the trigger's doer between the trigger and the comma before the time


def object_after_time(between: list[Token], nxt: list[Token]) -> bool:
    """Round dt343: ``between``, the tokens after the trigger up to the time, are its doer of at most
    ``DOER_REACH`` words (no preposition, no other punctuation) and the one comma that ends them; ``nxt`` opens with
    a definite noun, the trigger's object, with no comma after the time («اقتحام المستوطنين، أمس المسجد»), not
    with a verb, a preposition or a relative («اقتحام المستوطنين، أمس قال»: a new clause)."""
    if len(between) < 2 or len(between) - 1 > DOER_REACH or between[-1].text not in ("،", ","):
        return False
    words = between[:-1]
    if not all(has_letters(t.text) and t.norm_key not in fw("prepositions") for t in words):
        return False
    if not nxt or not nxt[0].norm_key.startswith(("ال", "لل")) or len(nxt[0].norm_key) < 5:
        return False
    key = nxt[0].norm_key
    return key not in fw("relatives") and key not in fw("complementizers") and key not in fw("prepositions")


def comma_tail(between: list[Token], lead: str, reach: int) -> list[Token] | None:
    """The tokens after the one comma of ``between`` (not its first token), where they open with the preposition
    whose key is ``lead`` («في», «إلى») and hold at most ``reach`` words after it; None otherwise (shared by
    :func:`place_after_comma` and :func:`destination_after_comma`)."""
    commas = [k for k, t in enumerate(between) if t.text in ("،", ",")]
    if len(commas) != 1 or commas[0] == 0:
        return None
    tail = between[commas[0] + 1 :]
    if len(tail) < 2 or len(tail) - 1 > reach or tail[0].norm_key != lead:
        return None
    return tail


def closed_after(tail: list[Token], nxt: list[Token]) -> bool:
    """All the words of ``tail`` are words, and no clause opens right after the time (as :func:`place_set_off`;
    also :func:`clause_days.place_apposed`)."""
    if not all(has_letters(t.text) for t in tail):
        return False
    if not nxt:
        return True
    key = nxt[0].norm_key
    return nxt[0].text in ("،", ",", ".") or (has_letters(nxt[0].text)
                                               and key not in fw("complementizers") and key not in fw("relatives"))


def relative_inserts(doc: Doc, toks: list[Token], lo_c: int, hi_c: int) -> frozenset[int]:
    """Round 253: the start offsets of the tokens between characters ``lo_c`` and ``hi_c`` (a verb trigger and a time
    after it) that make relative clauses set off by commas on the subject («اتهمت الوحدات الكردية، التي تقاتل
    التنظيم، وتعتبرها واشنطن شريكا، تركيا، أمس، باستهدافها»: a comma, a relative, up to the next comma, on over a
    «و» conjunct that is no name or definite noun), the commas that close them too; none where no word is left
    between the last of them and the comma before the time («التي قتلت، أمس،»: the time may be the relative's)."""
    inner = [t for t in toks if lo_c <= t.start < hi_c]
    found: set[int] = set()
    k = 0
    last_close = -1
    while k + 1 < len(inner):
        if inner[k].text not in ("،", ",") or inner[k + 1].norm_key not in fw("relatives"):
            k += 1
            continue
        u = k + 1
        while u < len(inner):
            if inner[u].text in ("،", ","):
                nxt = inner[u + 1].norm_key if u + 1 < len(inner) else ""
                if not (nxt[:1] == "و" and not nxt.startswith("وال") and len(nxt) > 3
                        and not any(m.start <= inner[u + 1].start < m.end for e in doc.entities for m in e.mentions)):
                    break
            u += 1
        if u >= len(inner):
            return frozenset()  # (the relative runs on to the time)
        found.update(t.start for t in inner[k : u + 1])
        last_close = u
        k = u + 1
    if found and not any(t.text not in ("،", ",") for t in inner[last_close + 1 :]):
        return frozenset()
    return frozenset(found)

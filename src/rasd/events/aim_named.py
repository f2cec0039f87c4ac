"""Round ev561: an act named inside a plan, a list of aims or «إلى حين» is not done; «قد تشهد» is a possibility.

- «وفقا لخطة تقضي بوصول القوات إلى تعز، بعد طرد الميليشيات منهما», «قرار ينص على ترحيل المهاجرين», «حملة تهدف إلى
  طرد المسلحين»: a noun trigger after a verb that names what a plan or a text holds (function words
  ``content_heads``) in its clause is planned; a comma is crossed only before an adverb of time (``content_adjuncts``:
  «، بعد طرد»), and a past verb, a relative or a complementizer ends the run («تنص على ...، وطردت القوات»: told).
- «ثلاثة أهداف، أولها السيطرة على المطار» (planned), «تحت ثلاث فرضيات؛ أولاها طرد داعش» (hypothetical): a noun
  trigger right after a word naming the first item of a list (``list_firsts``) whose plural head, within
  ``HEAD_REACH`` tokens before, is a noun of aims (``aim_list_heads``) or of conditions (``condition_list_heads``);
  «ثلاث نقاط؛ أولاها إعلان تركيا الحرب» (points observed) stays.
- «سيبقى مؤقتا إلى حين طرد المتمردين», «لن تتوقف حتى طرد المسلحين»: a noun trigger right after «حتى», «لحين» or
  «إلى حين» (``until_words``) under a future («سـ», «لن», «سوف») or present verb of its clause is still to come
  (planned); «ظل هناك إلى حين تحرير البلاد», «استمر القتال حتى سقوط المدينة» (past) stay.
- «قد تشهد مدينة الحلة مركز محافظة بابل (100 كلم جنوب بغداد) شرارة لعصيان مدني»: a noun trigger in the clause of
  «قد» + a present witness verb (``witness_verbs``), further than :func:`.modality_may.may_happen` reads, may be
  (hypothetical). The dating leaves an event not told as fact undated unless its clause has its own time.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.marks import SENTENCE_ENDS
from ..text.prefixes import token_past_and
from .forms import fw, fw_keys, nkey
from .lexicon import Hit, past_keys
from .stops import clause_stop
from .tense import imperfect

CONTENT_REACH = 16  # tokens back from the masdar to the verb naming the plan's content («تقضي بوصول ...، بعد طرد»)
HEAD_REACH = 10  # tokens back from «أولاها» to the plural head of its list («ثلاث فرضيات؛ أولاها»)
UNTIL_REACH = 10  # tokens back from «حتى» to the future or present verb it bounds («سيكون مؤقتا إلى حين»)
WITNESS_REACH = 16  # tokens back from the noun trigger to «قد تشهد» («قد تشهد مدينة الحلة ... شرارة لعصيان»)
_ENDS = SENTENCE_ENDS - frozenset((":", "؛", ";"))  # the ends of a sentence the list's head is not read across («؛» is
# crossed: «ثلاث فرضيات؛ أولاها طرد داعش»)
_COMPLEMENT = frozenset((nkey("إلى"), nkey("على"), nkey("الى"), nkey("علي")))  # what a content verb takes
_SUFFIXES = ("هما", "هم", "ها", "ه")  # pronouns on a list's head («أهدافها», «شروطه»)


def bare_key(doc: Doc, t: int) -> str:
    """The key of token ``t`` without a proclitic «و/ف» («وسيكون»; not the «ف» of «فرضيات»): :func:`.token_past_and`."""
    return token_past_and(doc.tokens[t])


def _ends_run(doc: Doc, t: int) -> bool:
    """A past verb, a relative or a complementizer at ``t``: another clause («، وطردت القوات», «الذي طرد»)."""
    key = bare_key(doc, t)
    return key in past_keys() or key in fw("relatives") or key in fw("complementizers")


def _opens_complement(doc: Doc, t: int) -> bool:
    """The word after a content verb opens its complement: «إلى», «على», or a word in «بـ» («تقضي بوصول»)."""
    key = doc.tokens[t].norm_key
    return key in _COMPLEMENT or key[:1] == "ب" and any(w.kind == "proclitic" and w.norm == "ب" for w in doc.tokens[t].words)


def content_head(doc: Doc, i: int, sent_start: int) -> int | None:
    """The token of the verb naming what a plan holds whose complement the masdar at token ``i`` is in («خطة تقضي
    بوصول القوات إلى تعز، بعد طرد الميليشيات منهما»: «تقضي»); None where there is none."""
    for t in range(i - 1, max(sent_start, i - CONTENT_REACH) - 1, -1):
        text = doc.tokens[t].text
        if text in fw("clause_breaks") or (clause_stop(text) and bare_key(doc, t + 1) not in fw_keys("content_adjuncts")):
            return None
        if bare_key(doc, t) in fw_keys("content_heads"):
            # (the masdar in its complement: «ويهدف الهجوم إلى اقتحام»; not «الهجوم», its subject, which was)
            return t if any(_opens_complement(doc, u) for u in range(t + 1, i + 1)) else None
        if _ends_run(doc, t):
            return None
    return None


def _head(key: str, name: str) -> bool:
    """Whether ``key`` is a plural of the list ``name``, with the article or a pronoun («الأهداف», «شروطها»)."""
    bare = key.removeprefix("ال")
    heads = fw_keys(name)
    return bare in heads or any(bare.endswith(s) and bare[: -len(s)] in heads for s in _SUFFIXES)


def _listed(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """«ثلاثة أهداف، أولها السيطرة»: planned; «ثلاث فرضيات؛ أولاها طرد»: hypothetical (see the module)."""
    t = hit.i - 1
    if t > sent_start and clause_stop(doc.tokens[t].text):
        t -= 1  # («أولاها، إعلان»)
    if t < sent_start or bare_key(doc, t) not in fw_keys("list_firsts"):
        return None
    for b in range(t - 1, max(0, t - HEAD_REACH) - 1, -1):
        tok, nxt = doc.tokens[b], doc.tokens[b + 1]
        if tok.text in _ENDS or "\n" in doc.text[tok.end : nxt.start]:
            return None  # (over «؛» or «:» only: «ثلاث فرضيات؛ أولاها», a sentence of its own)
        key = bare_key(doc, b)
        if _head(key, "aim_list_heads"):
            return "planned"
        if _head(key, "condition_list_heads"):
            return "hypothetical"
    return None


def _open_verb(key: str) -> bool:
    """A future or present verb: «سيكون», «لن», «سوف», «يبقى», «تتواصل» (not «ظل», «استمر»: told as past)."""
    if key in (nkey("لن"), nkey("سوف")):
        return True
    bare = key[1:] if key[:1] == "س" and len(key) >= 4 else key
    return len(bare) >= 4 and imperfect(bare, False) and bare not in past_keys()


def _until(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«سيبقى مؤقتا إلى حين طرد المتمردين»: not yet done (see the module)."""
    t = hit.i - 1
    if t < sent_start or bare_key(doc, t) not in fw_keys("until_words"):
        return False
    if bare_key(doc, t) == nkey("حين"):
        t -= 1
        if t < sent_start or bare_key(doc, t) != nkey("إلى"):
            return False
    times = [(ts.start, ts.end) for ts in doc.times]
    for b in range(t - 1, max(sent_start, t - UNTIL_REACH) - 1, -1):
        tok = doc.tokens[b]
        if clause_stop(tok.text) or _ends_run(doc, b):
            return False
        if any(s <= tok.start < e for s, e in times) or any(m.start <= tok.start < m.end for m in doc.mentions):
            continue  # («يوليو», «يونس»: no verb)
        if _open_verb(bare_key(doc, b)):
            return True
    return False


def _may_witness(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """«قد تشهد مدينة الحلة ... شرارة لعصيان مدني»: what the place may witness (see the module)."""
    for t in range(hit.i - 1, max(sent_start, hit.i - WITNESS_REACH), -1):
        if clause_stop(doc.tokens[t].text) or _ends_run(doc, t):
            return False
        key = bare_key(doc, t)
        if key in fw_keys("witness_verbs") and imperfect(key, True) and bare_key(doc, t - 1) == nkey("قد"):
            return True
    return False


def _masdar(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """A noun trigger, or a bare triliteral read as a perfect verb («طرد») right after a word that takes a masdar
    (``content_adjuncts``, ``until_words``, ``list_firsts``: «بعد طرد», «حين طرد», «أولاها طرد»; a comma may stand
    between: «أولاها، إعلان»), where no perfect can stand: its masdar, unvocalised."""
    tok = doc.tokens[hit.i]
    if hit.pos == "N":
        return True
    if len(tok.words) != 1 or len(tok.norm_key) != 3:
        return False
    t = hit.i - 1 - (hit.i - 1 > sent_start and clause_stop(doc.tokens[hit.i - 1].text))
    key = bare_key(doc, t) if t >= sent_start else ""
    return key in fw_keys("content_adjuncts") or key in fw_keys("until_words") or key in fw_keys("list_firsts")


def aim_named(doc: Doc, hit: Hit, sent_start: int) -> str | None:
    """The modality of a noun trigger named in a plan, a list of aims or conditions, after «إلى حين», or witnessed
    after «قد» (see the module); None otherwise."""
    if not _masdar(doc, hit, sent_start):
        return None
    if content_head(doc, hit.i, sent_start) is not None or _until(doc, hit, sent_start):
        return "planned"
    return _listed(doc, hit, sent_start) or ("hypothetical" if _may_witness(doc, hit, sent_start) else None)


__all__ = ["aim_named", "content_head", "bare_key"]

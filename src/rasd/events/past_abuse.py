"""Round tm448: abuse of a captive told as undergone, charged or done in custody is a past of no day told.

A report of abuse (a rights group, a defence team at a press conference) tells what a detainee went through at a
time it does not say; the article's day is the day of the telling, not of the abuse. An act is undated where no time
of its sentence dates it and:

- it is a noun of abuse of a captive (``custody_abuse_nouns``: «تعذيب», «ضرب»; not an arrest) in «لـ», or right
  after a word in «لـ», after the masdar of undergoing (``undergoing_masdars``, or a bare «تعرض» that the word
  before it governs) at most ``UNDERGONE_REACH`` tokens before it in its clause («كشف تعرض المتهمين لعمليات
  تعذيب», «يظهر تعرض ابن القذافي للتعذيب»), or the trigger is that masdar read with the noun («تعرضه للضرب»);
- it is such a noun followed, within ``RELATIVE_REACH`` tokens, by a relative and a verb of undergoing («آثار التعذيب
  الذي تعرضوا له»);
- it is such a noun in «بـ» after a verb of accusing (``accusation_verbs``, ``accusing_verbs``, with an object
  pronoun or not) at most ``ACCUSED_REACH`` tokens before it («اتهموها بتعذيب معتقلي الخلية»): the act charged;
- its clause, within ``CLAUSE_REACH`` tokens either side, holds «خلال/أثناء» (``custody_span_heads``), «فترة/مدة» or
  not, and a masdar of custody with its captive's pronoun (``custody_spans``: «خلال فترة احتجازه», «أثناء سجنه»):
  done while someone was held.

Counter-cases: «وتعرض عدد من المعتقلين للتعذيب على أيدي الحراس» (a perfect verb: the news of the day, round 80)
and «اعتقلت الشرطة أمس خمسة» (no verb of undergoing) keep their day, and so does «تعرضت للاعتقال من قبل
السلطات» (round 98: an arrest undergone may be the news); «تعرض السجناء ... للتهديد أثناء الاحتجاز» (custody in
general, no captive's pronoun: round dt343) keeps it too; «تعرضت القافلة لهجوم» (a «هجوم» is no abuse of a
captive) keeps the article's day; «تعرض أمس لهجوم» is dated by «أمس» before any rule is asked.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import bare, fw, fw_keys, nkey
from .lexicon import Hit
from .word_tests import clause_from, clause_stop, clause_to, key_at

UNDERGONE_REACH = 5  # tokens back from the «لـ» word to the verb or masdar of undergoing, over its undergoer
ACCUSED_REACH = 4  # tokens back from «بتعذيب» to the verb of accusing, over its subject and object
RELATIVE_REACH = 3  # tokens after the abuse noun to the relative of «الذي تعرضوا له»
CLAUSE_REACH = 10  # tokens either side of the trigger read for «خلال فترة احتجازه»
PRONOUNS = ("هما", "هم", "هن", "ها", "ه")  # attached pronouns read off a masdar («احتجازه», «بتعذيبهم»)
SPAN_WORDS = frozenset((nkey("فترة"), nkey("مدة")))
RELATIVES = frozenset(nkey(w) for w in ("الذي", "التي", "الذين", "اللتي"))
BI = nkey("ب")
PERFECT_LEADS = frozenset(nkey(w) for w in ("قد", "لقد", "ثم", "وقد"))  # «قد تعرض»: a perfect verb, not a masdar


def _base(key: str) -> str:
    """``key`` without «و», a «لـ/بـ» and «ال» before it («والتعذيب», «للتعذيب», «بتعذيب» → «تعذيب»)."""
    key = key.removeprefix("و")
    if key.startswith("لل"):
        return key[2:]
    key = key[1:] if key[:1] in ("ل", BI) and len(key) > 3 else key
    return key.removeprefix("ال")


def _of_list(key: str, name: str) -> bool:
    """Whether ``key`` read bare (:func:`_base`), or bare without an attached pronoun, is a word of list ``name``."""
    words = fw_keys(name)
    base = _base(key)
    return base in words or any(base.endswith(p) and base[:-len(p)] in words for p in PRONOUNS)


def _owned(key: str, name: str) -> bool:
    """Whether ``key`` is a word of list ``name`` with an attached pronoun («احتجازه», «سجنهم»), «و» off or not."""
    words = fw_keys(name)
    key = key.removeprefix("و")
    return any(key.endswith(p) and key[:-len(p)] in words for p in PRONOUNS)


def _undergoing(key: str) -> bool:
    """Whether ``key`` is a verb of undergoing or its masdar with a pronoun («تعرضت», «وتعرض», «تعرضهم»)."""
    k = key.removeprefix("و").removeprefix("ف")
    if k in fw_keys("undergoing_verbs") or k in fw_keys("undergoing_masdars"):
        return True
    return k[:1] in ("ل", BI) and k[1:] in fw_keys("undergoing_masdars")  # «بعد تعرضه», «لتعرضهم»


def _masdar(doc: Doc, t: int, sent_start: int) -> bool:
    """Whether token ``t`` is the masdar of undergoing: with its pronoun («تعرضه», «بعد تعرضهم»), or a bare «تعرض»
    governed by the word before it («كشف تعرض المتهمين», «يظهر تعرض ابن القذافي»): not after «و/ف», at the
    sentence's start, or after a mark, a complementizer («إنه», «أن»), a relative or «قد» (a perfect verb there:
    «وتعرض عدد من المعتقلين للتعذيب» is the news of the day, round 80)."""
    key = key_at(doc, t)
    if key in fw_keys("undergoing_masdars") or key[:1] in ("ل", BI) and key[1:] in fw_keys("undergoing_masdars"):
        return True
    if key != nkey("تعرض") or t <= sent_start or not doc.tokens[t - 1].text.isalnum():
        return False
    prev = key_at(doc, t - 1)
    return prev not in fw("complementizers") and prev not in fw("relatives") and prev not in PERFECT_LEADS \
        and not (prev.startswith(("ان", "لان")) and len(prev) <= 6)


def _undergone(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The first two cases of the module: the abuse told after a masdar of undergoing, or before «الذي تعرضوا له»."""
    if hit.j > hit.i and _masdar(doc, hit.i, sent_start):
        return any(_of_list(key_at(doc, t), "custody_abuse_nouns") for t in range(hit.i + 1, hit.j + 1))
    if not _of_list(key_at(doc, hit.i), "custody_abuse_nouns"):
        return False
    lam = hit.i if key_at(doc, hit.i).startswith("ل") else hit.i - 1  # «للتعذيب»; «لعمليات تعذيب»
    if lam >= sent_start and key_at(doc, lam).startswith("ل"):
        for t in range(lam - 1, max(sent_start, lam - UNDERGONE_REACH) - 1, -1):
            if clause_stop(doc.tokens[t].text):
                break
            if _masdar(doc, t, sent_start):
                return True
    for t in range(hit.j + 1, min(len(doc.tokens) - 1, hit.j + 1 + RELATIVE_REACH)):
        if clause_stop(doc.tokens[t].text):
            return False
        if key_at(doc, t) in RELATIVES:
            return _undergoing(key_at(doc, t + 1))
    return False


def _charged(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """The third case: «اتهموها بتعذيب», «اتهم المحامون الشرطة بتعذيب»: an abuse noun in «بـ» after a verb of
    accusing (an object pronoun on it or not) at most ``ACCUSED_REACH`` tokens before it in its clause."""
    key = key_at(doc, hit.i)
    if not key.startswith(BI) or not _of_list(key, "custody_abuse_nouns"):
        return False
    accusing = fw_keys("accusation_verbs") | fw_keys("accusing_verbs")
    for t in range(hit.i - 1, max(sent_start, hit.i - ACCUSED_REACH) - 1, -1):
        if clause_stop(doc.tokens[t].text):
            return False
        verb = key_at(doc, t).removeprefix("و")
        if any(verb.startswith(v) and len(verb) - len(v) <= 3 for v in accusing):
            return True
    return False


def _in_custody(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """The fourth case: «خلال فترة احتجازه», «أثناء سجنه» in the trigger's clause."""
    lo = clause_from(doc, hit.i, max(sent_start, hit.i - CLAUSE_REACH))
    hi = clause_to(doc, hit.j + 1, min(sent_end, hit.j + 1 + CLAUSE_REACH))
    for t in range(lo, hi - 1):
        if hit.i <= t <= hit.j or bare(key_at(doc, t), "custody_span_heads") not in fw_keys("custody_span_heads"):
            continue
        m = t + 1 if key_at(doc, t + 1) not in SPAN_WORDS else t + 2
        if m < hi and not hit.i <= m <= hit.j and _owned(key_at(doc, m), "custody_spans"):
            return True
    return False


def past_abuse(doc: Doc, hit: Hit, sent_start: int, sent_end: int) -> bool:
    """Whether the act is abuse told as undergone or charged, or an act done in someone's custody (see the module)."""
    return _undergone(doc, hit, sent_start) or _charged(doc, hit, sent_start) \
        or _in_custody(doc, hit, sent_start, sent_end)

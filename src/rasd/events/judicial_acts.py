"""Round ev940: judicial acts: an arrest told by the masdar «توقيف», a prison or death sentence passed.

CAMEO 173 is «arrest, detain, or charge with legal action»; the PETRARCH Arabic verb dictionary codes a trial
(«محاكمة») and an appearance in court 173 as well. Two readings of the trigger lexicon are gated here:

- ``detain_masdar``: «توقيف» (the Levantine and North African masdar of arresting, «أوقف» being mostly «to
  stop») is an arrest (:func:`detained`) only where it is indefinite and takes its object: a pronoun on it («جرى
  توقيفهما») or a noun right after it («أعلنت الشرطة عن توقيف الداعيتين فلان وفلان في لندن», «تم توقيف المئات»).
  Not the definite custody («قيد التوقيف الاحتياطي», «مدة التوقيف», «دور التوقيف»), nor a warrant («مذكرة توقيف
  بحق فلان»: a preposition after it, ``detain_warrant_nouns`` before it), nor a thing stopped («توقيف هذا العمل»:
  a demonstrative after it), nor a masdar in a row («لتوقيف ومنع الدعاة»: «و» right after it).
- ``sentence_passed``: «أصدر» with a verdict noun («حكما», «حكمًا») as its object and a penalty
  (``sentence_penalties``: «بالسجن», «بالإعدام») right after it or one adjective on (:func:`penalty_verdict`):
  «أصدرت المحكمة على فلان حكما بالسجن عشر سنوات», «أصدرت حكما بالسجن لمدة 20 عاما ضد فلان»; the court is the
  source, the one sentenced (after «على», «ضد») the target. Not a verdict of acquittal («أصدرت حكما ببراءته»)
  nor another ruling («أصدرت حكما بوقف العمل بالقرار»).

The penalty's own masdar after such a word stays no act (``lexicon._penalty``: «حكما بإعدامه»).

Session 54 (mn955, :func:`designations`): «توقيف» also renders the "designation" of a sanctions list («فرضت
الخزانة الأميركية عقوبات على فلان وفلان ... ويوضح بيان الخزانة أن توقيف فلان وفلان يدخل في إطار ...»): the
masdar naming persons already told as the targets of sanctions (163) earlier in the article tells that
designation again, not an arrest: it joins the sanctions event as one more trigger. A verb of arrest («اعتقلت»),
or «توقيف» of others, stays an arrest.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Event, Token
from .forms import Cand, fw, keys_of, nkey
from .repeats import join_triggers
from .word_tests import clause_break, has_letters

__all__ = ["DETAIN_ENTRY", "SENTENCE_ENTRY", "designations", "detained", "penalty_verdict"]

DETAIN_ENTRY = "detain_masdar"  # triggers.tsv: «توقيف»
SENTENCE_ENTRY = "sentence_passed"  # triggers.tsv: «أصدر ... حكما بالسجن»
ARTICLE = "ال"
AGAINST = ("ضد", "على")  # the prepositions of the one sentenced
KIN_ENDINGS = ("", "ي", "ا", "ين")  # «شقيقي», «شقيقا»: a kin noun's dual in construct
ARREST = "173"  # CAMEO arrest, detain, or charge with legal action
SANCTIONS = "163"  # CAMEO impose embargo, boycott, or sanctions
DETAIN_MASDAR = nkey("توقيف")
VERDICT_REACH = 12  # tokens from «أصدر» to its verdict noun, lexicon.NEAR_WINDOW («أصدر القضاء على فلان حكمًا»)


def detained(tokens: Sequence[Token], i: int, cand: Cand) -> bool:
    """Whether «توقيف» at ``tokens[i]`` tells an arrest: indefinite and with its object (see the module)."""
    if ARTICLE in cand.proclitics:
        return False
    if i > 0 and tokens[i - 1].norm_key in fw("detain_warrant_nouns"):
        return False  # «مذكرة توقيف», «أمر توقيف»: a warrant, none made yet
    if cand.enclitic or any(w.kind == "enclitic" for w in tokens[i].words):
        return True  # «جرى توقيفهما»
    if i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if not has_letters(nxt.text) or clause_break(nxt.text) or nxt.words and nxt.words[0].kind == "proclitic" \
            and nxt.words[0].form == "و":
        return False  # «لتوقيف ومنع الدعاة»: masdars in a row, their object after both
    key = nxt.norm_key
    return key not in fw("prepositions") and key not in fw("detain_non_objects")


def _kin_sentenced(tokens: Sequence[Token], start: int, end: int) -> bool:
    """Whether the one sentenced, after «ضد/على» between ``start`` and ``end``, is named by a kin noun («ضد شقيقي
    فلان»: his brothers, not the man named, would be read as the target)."""
    for k in range(start, min(len(tokens) - 1, end)):
        if tokens[k].norm_key in AGAINST:
            nxt = tokens[k + 1].norm_key
            return any(nxt.removesuffix(end_) in fw("kin_nouns") for end_ in KIN_ENDINGS)
    return False


def penalty_verdict(tokens: Sequence[Token], start: int) -> bool:
    """Whether a verdict noun (``verdict_nouns``) follows «أصدر» before ``start`` in its clause within
    ``VERDICT_REACH`` tokens, with a penalty (``sentence_penalties``) right after it or after one adjective of it
    («حكما غيابيا بالسجن»). Not after a relative where the penalty bears the pronoun of the one sentenced («سيف
    الإسلام، الذي أصدرت محكمة ... حكما غيابيا بإعدامه»: the antecedent is no court), nor against a kin noun."""
    after_relative = start >= 2 and tokens[start - 2].norm_key in fw("relatives")
    for k in range(start, min(len(tokens), start + VERDICT_REACH)):
        tok = tokens[k]
        if clause_break(tok.text):
            return False
        if tok.norm_key not in fw("verdict_nouns"):
            continue
        for t in range(k + 1, min(len(tokens), k + 3)):
            pen = tokens[t]
            if keys_of(pen) & fw("sentence_penalties") or pen.norm_key in fw("sentence_penalties"):
                if after_relative and any(w.kind == "enclitic" for w in pen.words):
                    return False
                return not _kin_sentenced(tokens, start, start + VERDICT_REACH + 2)
        return False
    return False


def _designated(doc: Doc, told: list[Event], ev: Event) -> Event | None:
    """The sanctions event of ``told`` (before ``ev``) on the target of the «توقيف» arrest ``ev``, if any."""
    if not ev.code.startswith(ARREST) or ev.target is None \
            or DETAIN_MASDAR not in nkey(doc.text[ev.trigger.start : ev.trigger.end]):
        return None
    for o in reversed(told):
        if o.code.startswith(SANCTIONS) and o.target == ev.target and o.trigger.start < ev.trigger.start:
            return o
    return None


def designations(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` with each «توقيف» of persons sanctioned before joined to their sanctions event (see the module)."""
    kept: list[Event] = []
    for ev in events:
        host = _designated(doc, kept, ev)
        if host is None:
            kept.append(ev)
        else:
            join_triggers(host, ev)
    return kept

"""Round ev571: an act that a rule permits, bans or describes is no event.

* ``law_ruled``: a noun trigger in the clause of a present verb of ruling (``ruling_verbs``: «يمنع», «يحظر»,
  «يجرم», «يجيز», «يسمح», «يتيح», «ينظم») whose subject is a text of law (``rule_texts``), right after the verb
  («ويمنع القانون التظاهر دون ترخيص», «ويجرم القانون الاعتداء على رجال الأمن») or before it, itself or through
  «الذي/التي» («أقرت قانونا يحظر التظاهر», «قانون الطوارئ الذي يسمح للسلطات باعتقال»): what the law lets or
  forbids, none done. Not a body's act («منعت الشرطة المتظاهرين من الوصول»: no text of law).
* ``banned_also``: a noun trigger joined by «و» or «فضلا عن/إضافة إلى» (``additive_connectives``) to a noun right
  after a ban head (``ban_heads``, whose noun itself ``nonevents`` drops): «حظر الاجتماعات والإضرابات», «حظر
  الإضرابات، فضلا عن الاجتماعات»: banned too, none held.
* ``by_rule``: a noun trigger that a present or future verb follows, in a sentence that opens with «بحسب/وفق/
  بموجب» (``by_rule_words``) + a paper of rules (``rule_papers``: «لائحة», «ضوابط», «تعليمات»): «وبحسب لائحة
  الحملة فإن اللقاءات ستعقد في مكان منفصل»: what the rules lay down, no meeting told.
"""

from __future__ import annotations

from ..doc import Doc
from .forms import fw
from .lexicon import Hit
from .word_tests import bare_key_at, clause_stop, finite_verb, key_at, past_conjunction

RULED_REACH = 8  # tokens from the verb of ruling to the act it rules
RELATIVE_BACK = 3  # tokens from the verb of ruling back to the text of law («قانون الطوارئ الذي يسمح»)
CONJUNCTS = 3  # conjuncts walked back to the noun after a ban head («حظر المظاهرات والاعتصامات والإضرابات»)
OPENER_REACH = 3  # tokens from the sentence start to «بحسب» («وبحسب», «و بحسب»)


def _law_word(doc: Doc, t: int) -> bool:
    """Whether token ``t`` is a text of law («القانون», «قانونا», «مرسوما»)."""
    return bare_key_at(doc, t, "rule_texts") in fw("rule_texts")


def _law_subject(doc: Doc, k: int, a: int) -> bool:
    """Whether the verb of ruling at ``k`` has a text of law for subject: right after it, or before it (itself, or
    through «الذي/التي» past a word of its name: «قانون الطوارئ الذي يسمح»)."""
    if k + 1 < len(doc.tokens) and _law_word(doc, k + 1):
        return True
    if k - 1 >= a and _law_word(doc, k - 1):
        return True
    if k - 2 < a or key_at(doc, k - 1) not in fw("relatives"):
        return False
    return any(_law_word(doc, t) for t in range(max(a, k - 1 - RELATIVE_BACK), k - 1))


def law_ruled(doc: Doc, hit: Hit, a: int) -> bool:
    """A noun trigger after a present verb of ruling whose subject is a text of law, in its clause, with no
    other finite verb between."""
    if hit.pos != "N":
        return False
    for t in range(hit.i - 1, max(a, hit.i - RULED_REACH) - 1, -1):
        tok = doc.tokens[t]
        if clause_stop(tok.text):
            return False
        if past_conjunction(tok.norm_key) in fw("ruling_verbs"):
            return _law_subject(doc, t, a)
        if finite_verb(tok):
            return False
    return False


def banned_also(doc: Doc, hit: Hit, a: int) -> bool:
    """A noun trigger joined by «و» or «فضلا عن» to a noun right after a ban head."""
    if hit.pos != "N":
        return False
    t = hit.i
    for _ in range(CONJUNCTS):
        w = doc.tokens[t].words
        if len(w) > 1 and w[0].kind == "proclitic" and w[0].form == "و":
            t -= 1  # («والإضرابات»: the noun before is the one it joins)
        elif t - 2 >= a and key_at(doc, t - 1) in ("عن", "الى", "إلى", "على") \
                and bare_key_at(doc, t - 2, "additive_connectives") in fw("additive_connectives"):
            t -= 3
            if t >= a and doc.tokens[t].text in ("،", ","):
                t -= 1  # («حظر الإضرابات، فضلا عن الاجتماعات»)
        else:
            return False
        if t - 1 < a or clause_stop(doc.tokens[t].text):
            return False
        if bare_key_at(doc, t - 1, "ban_heads") in fw("ban_heads"):
            return True
    return False


def by_rule(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """A noun trigger that a present or future verb follows, in a sentence opened by «بحسب» + a paper of rules."""
    if hit.pos != "N" or hit.j + 1 >= b:
        return False
    after = doc.tokens[hit.j + 1].norm_key
    if not (after[:1] in ("ي", "ت", "س") and finite_verb(doc.tokens[hit.j + 1]) or after[:2] in ("سي", "ست")):
        return False
    return any(bare_key_at(doc, t, "by_rule_words") in fw("by_rule_words") and t + 1 < hit.i
               and bare_key_at(doc, t + 1, "rule_papers") in fw("rule_papers")
               for t in range(a, min(hit.i, a + OPENER_REACH)))


def ruled_act(doc: Doc, hit: Hit, a: int, b: int) -> bool:
    """Whether the trigger is an act a rule permits, bans or lays down, none told (see the module)."""
    return law_ruled(doc, hit, a) or banned_also(doc, hit, a) or by_rule(doc, hit, a, b)

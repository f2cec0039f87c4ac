"""Round 158: a place after the trigger past «، و» + the noun of another act is that act's («بعد الهجمات على متحف
باردو، والهجوم على منتجع في مدينة سوسة»: Sousse is the second attack's, not the first's; «وإدانة أعمال الحوثيين،
وحث الأطراف في اليمن على ...»: Yemen is where the parties are). A null is better than a wrong place: acts listed
without a comma («قتل خمسة واعتقال آخرين في دير الزور») still share the place said after the last of them, and so
does the trigger itself when it is the later conjunct.

Also «اعتداءات مومباي», «تفجيرات لندن»: a town named right after an attack noun, as its genitive, is where the
attacks were (``attack_genitive``); not a country («هجمات إسرائيل», «غارات روسيا»: the attacker, an actor).

And «اجتماعنا يعقد في ظل ظروف يواجهها العديد من المناطق وبخاصة الشرق الأوسط»: a place inside a «في ظل» phrase
(function words ``circumstance_nouns``) names the circumstances, not where the act was (``circumstance_place``)."""

from __future__ import annotations

from ..doc import Doc
from .chunks import Chunk
from .forms import fw, nkey
from .lexicon import Hit, match_token
from .where_own import ATTACKS


def conjunct_after(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the trigger ``hit`` lies past a comma and «و» + a noun of another act (an event
    noun of the lexicon; or a verb of another kind of act: «، وحث الأطراف في اليمن») that opens a conjunct of its
    own."""
    if c.i <= hit.j:
        return False
    toks = doc.tokens
    for t in range(hit.j + 2, c.i):
        if toks[t - 1].text not in ("،", ",") or not toks[t].norm_key.startswith("و"):
            continue
        other = match_token(toks, t)
        if other is None or other.i != t:
            continue
        if other.pos == "N" or other.entry.code[:2] != hit.entry.code[:2]:
            return True  # a verb of the same kind goes on with one scene («غارات على مواقع، وقصفت مقرات في X»)
    return False


def attack_genitive(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` is the genitive right after the attack noun ``hit`` («اعتداءات مومباي») and a town or
    region, not a state that acts (an entity with an actor code of its own: «هجمات إسرائيل»)."""
    if hit.pos != "N" or not hit.entry.code.startswith(ATTACKS) or c.i != hit.j + 1 or c.prep is not None:
        return False
    if doc.tokens[hit.j].norm_key.startswith("ال"):
        return False  # «الهجمات لندن» is no genitive
    ent = doc.entity(c.entity)
    return ent is not None and ent.actor is None


def circumstance_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Whether the place ``c`` after the trigger ``hit`` lies inside a «في ظل» phrase (``circumstance_nouns``) that
    opens between them, with no comma between that phrase and the place (not a place before the trigger: «وفي ظل
    تقدم المقاومة في تعز، رد الحوثيون بقصف ...» sets the scene)."""
    if c.i <= hit.j:
        return False
    toks = doc.tokens
    for t in range(hit.j + 1, c.i - 1):
        if toks[t].norm_key.removeprefix("و") != "في" or toks[t + 1].norm_key not in fw("circumstance_nouns"):
            continue
        if not any(toks[u].text in ("،", ",", ".") for u in range(t + 2, c.i)):
            return True
    return False


CONJUNCT_HEAD_REACH = 2  # tokens from a place to the noun trigger: «و» + the head noun whose genitive it is


def earlier_conjunct_place(doc: Doc, hit: Hit, c: Chunk) -> bool:
    """Round 271: whether the place ``c`` with «في» ends the conjunct before the noun trigger ``hit``, the trigger
    being the genitive of the next conjunct's head («الأوضاع في سوريا ونتائج الاجتماع ... في الدوحة»): the place
    of the other conjunct (read only when no place of the trigger's own is found)."""
    if hit.pos != "N" or c.prep != "في" or c.j >= hit.i or hit.i - c.j > CONJUNCT_HEAD_REACH:
        return False
    if hit.i - c.j == 1:
        return False  # («المحادثات في جنيف والاجتماع»: the trigger itself a conjunct after the place)
    head = doc.tokens[c.j + 1].text
    key = nkey(head)
    return key[:1] == "و" and not key.removeprefix("و").startswith("ال") and match_token(doc.tokens, c.j + 1) is None

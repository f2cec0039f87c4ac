"""Round rv358 (split from ``clauses``): an attack noun as the subject of a verb of harm («واستهدف هجوم انتحاري
مخفرا», «الغارة الجوية التي استهدفت») or of a verb of result whose complement is a noun of harm («أسفرت غارات ...
عن مقتل»): the verb's actor is the attack's own (its agent phrase, its nisba, or the actor of its frame)."""

from __future__ import annotations

from ..doc import Doc
from .actors import agent, is_nisba
from .chunks import Chunk, clause_stop, plain_chunk, verb_key
from .forms import bare, fw
from .lexicon import Hit


# nouns of an attack that can be the subject of a verb of harm («استهدف هجوم انتحاري مخفرا»)
ATTACKS = frozenset(("attack", "suicide_attack", "airstrike", "airraid", "strike_mil", "strike_told", "shell", "bombing",
                     "explode", "ambush", "ambush_laid"))  # round ev498: «كمين استهدف قافلتهم», «وأسفر الكمين عن مقتل»
DEVICES = ("مفخخ", "ناسف", "ملغوم")  # «مفخخة», «ناسفة»: the device's adjective, no subject


def attack_subject(doc: Doc, hit: Hit, hits: list[Hit], a: int, own: Chunk | None = None) -> Hit | None:
    """The attack noun trigger that is the grammatical subject of the verb of harm ``hit``: right after it, in
    the nominative («واستهدف هجوم انتحاري مخفرا للشرطة»; not «هجوما», the accusative, nor a noun after a
    preposition), or the antecedent of the relative right before it, past one adjective («هجماتها التي تستهدف
    الميليشيات», «الغارة الجوية التي استهدفت»). The verb's actor is then the attack's own, never one carried from
    an earlier sentence. ``a``: the sentence's first token. A noun of harm with no actor of its own (``own``) told
    as the result of an attack has that attack's actor (``result_attack``)."""
    if hit.pos == "N" and own is None:
        return result_attack(doc, hit, hits, a)
    if hit.pos != "V" or hit.entry.plover != "ASSAULT":
        return None
    toks = doc.tokens
    relative = hit.i - 1 >= a and bare(toks[hit.i - 1].norm_key, "relatives") in fw("relatives")
    for n in hits:
        if n.pos != "N" or n.entry.id not in ATTACKS or n.cand.key.removeprefix("ال").startswith(DEVICES):
            continue
        if n.i == hit.j + 1:
            governed = any(p in ("ب", "ل", "ك") for p in n.cand.proclitics)
            return None if governed or toks[n.j].norm_key.endswith("ا") else n
        if relative and n.j < hit.i and hit.i - 2 - n.j <= 1:
            between = [toks[t] for t in range(n.j + 1, hit.i - 1)]
            if all(is_nisba(t.text) or t.norm_key.startswith("ال") for t in between):
                return n
    return None


RESULT_WINDOW = 24  # words back from a noun of harm to the verb of result whose complement it is


def result_attack(doc: Doc, hit: Hit, hits: list[Hit], a: int) -> Hit | None:
    """«أسفرت غارات للطيران التركي على قرية عن مقتل ثمانية مدنيين», «أدى القصف الإسرائيلي على غزة إلى مقتل»,
    «خلف القصف قتلى»: a noun of harm after «عن/إلى» of a verb of result (function words ``result_verbs``,
    ``result_particles``), or in the accusative of a verb of toll (``toll_verbs``), in the same clause: the attack
    noun that is that verb's subject, right after it or before it past a relative and adjectives («الغارة الجوية
    التي أسفرت عن مقتل»), or after «ما/مما» the last act of force before it; the harm is that attack's."""
    if hit.pos != "N" or hit.entry.plover != "ASSAULT" or hit.i - 2 < a:
        return None
    toks = doc.tokens
    particle = toks[hit.i - 1].norm_key in fw("result_particles")
    if not particle and hit.cand.proclitics and hit.cand.proclitics != ("و",):
        return None
    verb = None
    for v in range(hit.i - 1, max(a, hit.i - RESULT_WINDOW) - 1, -1):
        if clause_stop(toks[v].text) and not (particle and toks[v].text in ("،", ",")):
            return None  # (a time between commas: «أسفرت غارات، فجر أمس، على قرية عن مقتل»)
        k = verb_key(toks[v].text)
        if k in (fw("result_verbs") if particle else fw("toll_verbs")):
            verb = v
            break
    if verb is None:
        return None
    if verb - 1 >= a and toks[verb - 1].norm_key in ("ما", "مما"):
        # «قصفت قوات النظام مناطق في البلدة ما أدى إلى مقتل»: the act of force the clause before tells
        last = max((n for n in hits if a <= n.i and n.j < verb - 1 and n.entry.plover == "ASSAULT"), default=None,
                   key=lambda n: n.i)  # («باستهداف مقرات لها، مما أسفر»: that act, not the attack before it)
        return last if last is not None and not last.cand.key.removeprefix("ال").startswith(DEVICES) else None
    for n in hits:
        if n.pos != "N" or n.entry.id not in ATTACKS or n.cand.key.removeprefix("ال").startswith(DEVICES):
            continue
        if n.i == verb + 1 and not any(p in ("ب", "ل", "ك") for p in n.cand.proclitics):
            return n  # «أسفرت غارات ... عن»
        between = [toks[t] for t in range(n.j + 1, verb)]
        if n.j < verb and len(between) <= 2 and all(
                is_nisba(t.text) or t.norm_key.startswith("ال") or bare(t.norm_key, "relatives") in fw("relatives")
                for t in between):
            return n  # «الغارة الجوية التي أسفرت عن», «غارة أسفرت عن»
    return None


ATTACK_AGENT_WINDOW = 16  # tokens from an attack's actor to the relative verb the attack is the subject of
NATIONAL = ("airstrike", "airraid", "strike_mil", "strike_told", "shell", "attack", "bombing")  # («غارة أميركية»: whose)


def attack_agent(doc: Doc, chunks: list[Chunk], attack: Hit, verb: Hit, own: Chunk | None) -> Chunk | None:
    """The actor of a verb whose subject is the attack noun ``attack`` (``attack_subject``): after the verb, its
    agent phrase («هجوم شنه مسلحون», «على يد») or nisba («قتلت غارة جوية أميركية الزرقاوي»: the phrase after is
    the verb's object, no genitive); before it, ``own``, the attack's actor by its frame, if near («صعدت المقاومة
    هجماتها التي تستهدف»; not a subject many words back)."""
    if attack.i > verb.j:
        found = agent(doc, chunks, attack)
        if found is None and attack.entry.id in NATIONAL and attack.j + 1 < len(doc.tokens) and is_nisba(
                doc.tokens[attack.j + 1].text):
            found = plain_chunk(doc.tokens, attack.j + 1, attack.j + 1)
        return found
    return own if own is not None and verb.i - own.j <= ATTACK_AGENT_WINDOW else None


def result_subject(doc: Doc, hit: Hit, sent_start: int) -> bool:
    """Round ev498: an attack noun right after a verb of result (function words ``result_verbs``) is that verb's
    subject («، وأسفر الكمين عن مقتل 13», «وأدى القصف إلى مقتل»): its doer is its own or the act's it retells,
    never the phrase that ends the clause before the verb («لدورية من ميليشيات الحوثيين وقوات صالح، وأسفر
    الكمين»: Saleh's forces were ambushed, they laid no ambush)."""
    if hit.pos != "N" or hit.entry.id not in ATTACKS or hit.i - 1 < sent_start or any(
            p in ("ب", "ل", "ك") for p in hit.cand.proclitics):
        return False
    return verb_key(doc.tokens[hit.i - 1].text) in fw("result_verbs")

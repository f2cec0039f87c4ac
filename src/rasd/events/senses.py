"""The sense a trigger is read in, before its arguments are found: no event at all (a document's name, a held
state, a figure, a name word, an idiom, an act not told, no assault, no protest, no lifting), or another act than
its entry's (rounds of talks, an attack of words, a court's verdict, an embargo, a lifting, a refusal to lift, an
attempted assassination). The events stage asks :func:`not_an_event`, then :func:`sense`, in this order. Round
ev362 adds to the first: a past habit, an act as the subject of a verb of stating, an assassinated abstraction, a
visit of anyone (modules past_habits, act_speakers, figurative_kills, generic_visits); round ev372 an act
named as the subject of a negated verb of implication (notions); round gr426 a verb read in a place of a list
(listed_places: «ولحج وعدن»)."""

from __future__ import annotations

from ..doc import Doc
from . import assaults, converged, lifting, protests
from .annexed import annexation, asked_announcement, occupation, opened_dialogue
from .any_kind import any_act_noun, any_kind
from .focused_acts import focused_act
from .idea_statements import idea_statement
from .expected_signing import expected_not_signed
from .act_speakers import act_speaker
from .aimed_force import aim_verb
from .past_habits import past_habit
from .figurative_kills import figurative_kill
from .generic_visits import generic_visit
from .body_names import in_body_name
from .agent_nouns import killers
from .clauses import named_declaration
from .no_acts import held_state, not_an_act
from .notions import notion_subject, notion_verb
from .convening import called_meeting, convened, convening
from .convictions import conviction, court_conviction
from .declined import declined, declined_comment
from .embargo import recoded
from .spoken_attacks import spoken_attack
from .talked_topics import talked_topic
from .titled import titled
from .figurative import (criticism, figurative, name_word, named_not_told, no_act, no_event_sense, protest_idiom,
                         talk_rounds, talks_round, verbal_attack)
from .forms import nkey
from .lexicon import Hit
from .civil_aims import no_event_word
from .claimed_places import claimed_place
from .likened import not_force
from .listed_places import place_in_list
from .material_aid import not_material
from .asked_acts import ASKING
from .nonevents import not_told
from .performative import performative
from .permits import not_an_act as permit_or_forced
from .granted_acts import granted_act, habitual_act
from .refused_acts import idle_abstention, refusal_code, refused_complement
from .released import person_releases as person_releases  # (re-exported for stage)
from .released import release_args as release_args  # (re-exported for stage: ev495's refusal_args, «سراح» passed)
from .release_demands import release_demand
from .refused_notions import CONDEMN, refused_notion, rejected_evil
from .request_told import request_not_told


def not_an_event(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int, question: bool,
                 mentions: dict[int, tuple[str, str, int, int]]) -> bool:
    """Whether the trigger ``hit`` of the sentence of tokens ``a``..``b`` (its triggers ``hits``; ``question``: it
    ends on a question mark) tells no event; the tests run in this order, the first that holds decides."""
    return named_declaration(doc, hit, mentions) or held_state(doc, hit, a, b) or not_an_act(doc, hit, a) \
        or figurative(doc, hit, b) or no_act(doc, hit, a, b) or name_word(doc, hit, a) \
        or protest_idiom(doc, hit, b) or no_event_sense(doc, hit, hits, a, b, question) \
        or assaults.not_an_assault(doc, hit, a, b) or aim_verb(doc, hit, hits) or named_not_told(doc, hit, a, b) \
        or not_told(doc, hit, hits, a, b) or protests.not_a_protest(doc, hit, hits, a, b) \
        or lifting.no_lift(doc, hit, hits, a, b) or any_kind(doc, hit, a, b) or any_act_noun(doc, hit, a, question) or focused_act(doc, hit, a) \
        or converged.not_an_act(doc, hit, hits, b) or in_body_name(doc, hit, a, b) \
        or asked_announcement(doc, hit, hits, a) or expected_not_signed(doc, hit, b) \
        or permit_or_forced(doc, hit, a, b) or granted_act(doc, hit, a) or habitual_act(doc, hit, a) or not_material(doc, hit, b) \
        or killers(doc, hit) or called_meeting(doc, hit, a) or titled(doc, hit, a) \
        or talked_topic(doc, hit, a, b) or past_habit(doc, hit, a, b) or act_speaker(doc, hit, a) \
        or figurative_kill(doc, hit, b) or generic_visit(doc, hit, a, b) \
        or request_not_told(doc, hit, a) or not_force(doc, hit, a) or refused_notion(doc, hit, a, b) \
        or no_event_word(doc, hit, a, b) or idea_statement(doc, hit, a, mentions) \
        or notion_subject(doc, hit, a, b) or notion_verb(doc, hit, a) or place_in_list(doc, hit, a) \
        or refused_complement(doc, hit, hits, a) or idle_abstention(doc, hit, hits, a) \
        or claimed_place(doc, hit, b, mentions) \
        or (question and rhetorical_purpose(doc, hit, a))  # round 114: «أي جماعات تتهم»; round 134: «لا يلتقيان»; round 144; 178


def rhetorical_purpose(doc: Doc, hit: Hit, a: int) -> bool:
    """Round 216: «هل جاءت القمة لتؤكد على ...؟»: a statement in a purpose «لـ» after «هل» in a question is a figure of
    the question (did it come to affirm ...), no statement made."""
    if not hit.entry.code.startswith("01") or hit.pos != "V" or "ل" not in hit.cand.proclitics:
        return False
    return any(doc.tokens[t].norm_key in ASKING for t in range(a, hit.i))


def sense(doc: Doc, hit: Hit, hits: list[Hit], a: int, b: int, mentions: dict[int, tuple[str, str, int, int]]) -> Hit:
    """``hit`` with the entry of the act its words tell, each recoding in turn on the one before it."""
    official = protests.official_code(doc, hit, a, b)
    if official:
        hit = Hit(hit.i, hit.j, performative(hit.entry, official), hit.pos, hit.cand, hit.owned)  # ev996: «احتجت الخارجية على»: 11x
    if talk_rounds(doc, hit, b):
        hit = Hit(hit.i, hit.j, talks_round(), hit.pos, hit.cand, hit.owned)  # «جولات المبعوث»: rounds of talks
    if converged.peace_talks(doc, hit, b):
        hit = Hit(hit.i, hit.j, converged.negotiation(), hit.pos, hit.cand, hit.owned)  # round 134: «محادثات السلام»: 046
    if annexation(doc, hit, b):
        hit = Hit(hit.i, hit.j, occupation(), hit.pos, hit.cand, hit.owned)  # round 144: «أعلنت ضم الإقليم إلى البلاد»: 192
    elif opened_dialogue(doc, hit, b):
        hit = Hit(hit.i, hit.j, performative(hit.entry, "036"), hit.pos, hit.cand, hit.owned)  # round 150: «تعلن فتح الطريق للحوار»
    if convening(doc, hit, b):
        hit = Hit(hit.i, hit.j, convened(hit.entry), hit.pos, hit.cand, hit.owned)  # round 286: «ستدعو إلى اجتماع»: 040
    elif declined_comment(doc, hit, b):
        hit = Hit(hit.i, hit.j, declined(hit.entry), hit.pos, hit.cand, hit.owned)  # round 286: «رفض التعليق»: 011
    if verbal_attack(doc, hit, a, b) or spoken_attack(doc, hit, a, b):  # 264: «هجومه الشديد على»
        hit = Hit(hit.i, hit.j, criticism(hit.entry), hit.pos, hit.cand, hit.owned)  # «هجوما حادا على منافسه»: words
    if rejected_evil(doc, hit, b):
        hit = Hit(hit.i, hit.j, performative(hit.entry, CONDEMN), hit.pos, hit.cand, hit.owned)  # «رفضه لكل أساليب العنف»: 111
    if court_conviction(doc, hit, a, b):
        hit = Hit(hit.i, hit.j, conviction(hit.entry), hit.pos, hit.cand, hit.owned)  # «وأدانت المحكمة»: a verdict
    hit = recoded(doc, hit, a, b, mentions)  # «الحصار المفروض على كوبا»: an embargo; «غارة لقوات خاصة»
    # round 84: «رفع الحصار»: 0872/085/190; «رفضت إسرائيل رفع الحصار»: 1246; «محاولة اغتيال»: 185
    hit = lifting.lifting(doc, hit, a, b, mentions) or lifting.refusal(
        doc, lifting.attempted_assassination(doc, hit, a), hits, a, b, mentions)
    return release_demand(doc, refusal_code(doc, hit, hits, a), b)  # ev486: «رفض التوقيع»: 127; ev523: «طالبوا بالإفراج عن»: 1053

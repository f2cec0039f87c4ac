"""Round 92: whether a verb inside the words of a quote may carry that quote's speaker as its dropped subject.

«ولفتت قيادات المقاومة إلى أن القوات الموالية للرئيس دخلت محيط القاعدة، وسيطرت على المطار»: the speaker tells of
another's act; the verb's dropped subject is the one the reported words name before it («القوات»), not the speaker.
An act inside a quote takes its speaker only where the speaker is its subject: a first-person verb (read elsewhere,
``Args.speaker``) or words that name no other actor before it («وأكد الجيش أنه دخل المدينة وسيطر على المطار»).
A relative clause whose verb resumes its antecedent with a preposition and names no subject after it («الاستفتاء
الذي أعلن عنه في 2016») is impersonal, and one whose antecedent is its subject but no actor («الأعمال التي تستهدف
المدن») has its subject said: neither carries an actor (an antecedent owned by a pronoun, «مبادرته التي دعت», may
still stand for the one carried).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..doc import Doc, Event
from .acting import actor_phrase, can_act
from .agreement import disagrees
from .chunks import PLAIN_COMPLEMENTIZERS, Chunk, enclitic, finite_verb
from .forms import PLACES, bare, fw, nkey
from .lexicon import Hit
from .unnamed_clause import told_unnamed
from .word_tests import has_letters, oblique_resumed


def _subject_place(doc: Doc, chunks: list[Chunk], c: Chunk) -> bool:
    """The chunk ``c`` stands where a clause's subject stands: right after «أن/إن» or right after a finite verb, or
    a name right after a run of title words that stands there («أن وضع الملك المؤسس | عبد العزيز»)."""
    k = c.i
    d = next((d for d in chunks if d.j == c.i - 1 and d.entity is None), None)
    if c.entity is not None and d is not None and any(_title_word(doc, t) for t in range(d.i, d.j + 1)):
        k = d.i
        if not _title_word(doc, k) and (finite_verb(doc.tokens[k]) or (
                k > 0 and doc.tokens[k - 1].norm_key in PLAIN_COMPLEMENTIZERS)):
            return True  # the run took in the verb before the title: «(أن) وضع الملك المؤسس»
    if k == 0:
        return False
    prev = doc.tokens[k - 1]
    return prev.norm_key in PLAIN_COMPLEMENTIZERS or finite_verb(prev)


def _title_word(doc: Doc, t: int) -> bool:
    key = doc.tokens[t].norm_key
    return key in fw("titles") or key.removeprefix("ال") in fw("titles")


def other_subject_quoted(doc: Doc, chunks: list[Chunk], hit: Hit, actor: str, actor_at: int,
                         events: Sequence[Event] = ()) -> bool:
    """Whether the verb at ``hit``, inside the words of a quote, must not carry ``actor`` (named at ``actor_at``):
    where the actor is a quote's speaker carried from its cue, the quote that holds the verb is another's, told after
    («وقالت قيادات في المقاومة إن عناصر الميليشيات ... كانوا يستهدفون»: the words of an unnamed speaker), or it is
    the actor's own and its words name another actor before the verb where a subject stands (right after «أن/إن» or
    a finite verb): a person or a body other than the speaker, or an unnamed phrase of actors with the article
    («القوات العسكرية»), that no preposition governs and that agrees with the verb («أن الحكومة مستعدة، وتعهد» is
    the speaker's pledge: ``agreement.disagrees``). A null is better than a wrong party. (Round 97: another's quote
    told after still carries an actor that told in its own words an act of the verb's kind as its own:
    ``own_act_told``.)"""
    offset = doc.tokens[hit.i].start
    quote = next((q for q in doc.quotes if q.content.start <= offset < q.content.end), None)
    if quote is None or not any(q.cue.start == actor_at and q.actor() == actor for q in doc.quotes):
        return False  # (an actor carried from an act told before, «الغارات ... بأن مدنيين قتلوا», is kept)
    speaker = quote.actor()
    if speaker != actor:
        return actor_at < quote.cue.start and not own_act_told(doc, hit, actor, actor_at, events)
    if not quote.content.start > actor_at:
        return False
    for c in chunks:
        if c.start < quote.content.start or c.end > offset or c.prep is not None or c.number or c.entity == actor:
            continue
        if not _subject_place(doc, chunks, c) or disagrees(doc, hit, c):
            continue  # («إن موافقة الحزب على الشروط التي أعلنها»: a genitive or an object is no one who acts here)
        if c.entity is not None:
            if c.etype in ("PERSON", "ORGANIZATION") and can_act(doc, c):
                return True
        elif c.definite and c.etype not in PLACES and actor_phrase(doc, c) and can_act(doc, c):
            return True
    return False


def impersonal_relative(doc: Doc, chunks: list[Chunk], i: int, a: int) -> bool:
    """The verb at token ``i`` (its sentence from token ``a``) opens a relative clause right after its relative
    pronoun, resumes the antecedent with a preposition and a pronoun right after it («الذي أعلن عنه», «التي تحدث
    عنها») and has no phrase right after that which could be its subject: an impersonal passive, no one carried."""
    if i - 1 < a or i + 1 >= len(doc.tokens):
        return False
    if bare(doc.tokens[i - 1].norm_key, "relatives") not in fw("relatives") or not oblique_resumed(doc, i - 1, i):
        return False
    nxt = next((c for c in chunks if c.i == i + 2), None)
    return nxt is None or nxt.prep is not None or nxt.number


UNNAMED_VIAS = ("untagged", "unnamed_clause")  # a cue's speaker the quote layer found unnamed (round 109)


def unnamed_antecedent(doc: Doc, i: int, a: int) -> bool:
    """The verb at token ``i`` (its sentence from token ``a``) stands right after a relative pronoun with no pronoun
    of its own resuming the antecedent («الأعمال الإجرامية التي تستهدف المدن»): the antecedent is its subject; where
    it named no actor (a thing, an act), no other is carried. (Round 109: nor where the clause tells the verb's
    subject, unnamed: ``unnamed_clause``.)"""
    if told_unnamed(doc, i, a) or any(q.cue.start == doc.tokens[i].start and q.attrs.get("via") in UNNAMED_VIAS
                                      for q in doc.quotes):
        return True  # («أكده علي القحوم عضو المكتب»: the quote layer's unnamed speaker of the cue)
    if person_described(doc, i, a):
        return True
    if i - 2 < a or bare(doc.tokens[i - 1].norm_key, "relatives") not in fw("relatives"):
        return False
    if enclitic(doc.tokens[i - 2]):
        return False  # «أعلن بوتين مبادرته التي دعت إلى»: an antecedent owned by a pronoun acts for its owner
    return not enclitic(doc.tokens[i]) and not oblique_resumed(doc, i - 1, i)


def own_act_told(doc: Doc, hit: Hit, actor: str, actor_at: int, events: Sequence[Event]) -> bool:
    """Round 97: «ويؤكد الجيش التركي أنه قتل 260 مقاتلا في عملياته. وأفادت مصادر كردية بأن عشرة مدنيين قتلوا أيضا
    في هذه الغارات»: the actor carried from its quote's cue at ``actor_at`` told in that quote's words an act of
    the kind of the verb at ``hit`` (an event of the same category whose source is the actor): the act the other
    speaker tells after it is more of the same, the actor's."""
    own = next((q for q in doc.quotes if q.cue.start == actor_at and q.actor() == actor), None)
    if own is None or not hit.entry.plover:
        return False
    return any(ev.source == actor and ev.plover == hit.entry.plover and own.content.start <= ev.trigger.start
               < own.content.end for ev in events)


def person_described(doc: Doc, i: int, a: int) -> bool:
    """Round 131: «ردا على انتحار رجل اعتقل في أعقاب احتجاج»: a verb right after a bare indefinite noun of one
    unnamed person (function words ``unnamed_person_heads``, written without «ال», a clitic or the accusative «ـا»)
    that a noun governs is a clause describing that person, who is its subject or (a passive) its object: no
    actor named before is carried to it."""
    if i - 2 < a:
        return False
    tok = doc.tokens[i - 1]
    if len(tok.words) != 1 or tok.norm_key not in fw("unnamed_person_heads"):
        return False
    before = doc.tokens[i - 2]
    return has_letters(before.text) and not finite_verb(before) and not any(
        m.start <= tok.start < m.end for m in doc.mentions)

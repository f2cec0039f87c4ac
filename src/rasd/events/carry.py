"""The actor a verb of force with no subject of its own carries from the clause told right before it.

«وحلقت طائرات التحالف الدولي فوق المدينة. وقصفت مواقع التنظيم»: the second verb drops its subject, which is the
named subject of the verb that opens the clause before (VSO), where the two verbs agree in gender. The stage's carry
takes actors only from quotes and from earlier verb events; a verb that is no trigger («حلقت») names none there.
"""

from __future__ import annotations

from ..doc import Doc
from ..text.verb_gender import verb_agreement
from .agreement import masculine_perfect
from .arguments import Args
from .acting import actor_phrase
from .actors import can_act, first_conjunct, head_key, resolve_title
from .agents import clause_opens, opener_subject, verb_start
from .chunks import Chunk, build_chunks, enclitic, finite_verb, named_genitive
from .chunk_reads import in_time
from .stops import clause_stop
from .carried_parties import unnamed_opener
from .opener_reach import fronted_opener_subject, semicolon_subject, subordinate_subject
from .svo_openers import svo_opener_subject
from .forms import PLACES, bare, fw, nkey, plural_key
from .lexicon import Hit, lexicon, plural_verb
from .phrases import masculine_head
from .that_subjects import that_subject
from .that_main import that_main_subject

SAID_UP_TO = "15"  # CAMEO 01-14, words and stances (not «قتلوا», often «قُتلوا», whose doer is carried): round qu834
FORCE_CODES = ("17", "18", "19")  # coerce, assault, fight: the verbs of force that carry a subject this way


def _gender(key: str) -> str:
    """A verb's agreement: feminine for a perfect in «ـت» or an imperfect in «تـ» («قصفت», «تفرض»), else masculine
    (a plural «ـوا/ـون» is read as masculine: «تقدم مقاتلو المعارضة ... واقتحموا»; ``verb_agreement``)."""
    return "f" if verb_agreement(key) == "f" else "m"


def prior_subject(doc: Doc, mentions: dict[int, tuple[str, str, int, int]], hit: Hit, a: int,
                  lo: int) -> tuple[int, str, list[int]] | None:
    """For a verb of force at ``hit`` that opens its clause (in the sentence from token ``a``): the named subject
    of the verb that opens the clause before it, in the same sentence or the one from token ``lo`` («وحلقت طائرات
    التحالف ... . وقصفت»), as (the offset of that verb, the entity, the phrase's span). The verb must have a feminine
    past shape or agree with the verb of force, its subject follow it (VSO) not governed by a preposition, and the
    subject be a person or a body that can act; None where the clause before is another kind (a statement: its
    speaker is carried as a quote's, «وقال المرصد»)."""
    start = verb_start(doc, hit.i, a)
    if hit.pos != "V" or not hit.entry.code.startswith(FORCE_CODES) or not clause_opens(doc, start, a):
        return None
    chunks = build_chunks(doc, lo, hit.i, mentions, set(), verbs=True)
    for p in range(start - 1, lo - 1, -1):
        if not clause_opens(doc, p, lo if p < a else a) or doc.tokens[p].text in ("،", ","):
            continue
        tok = doc.tokens[p]
        if any(c.i <= p <= c.j for c in chunks) or not finite_verb(tok):
            return None  # the clause before opens with no verb of the shape that tells it («وقال المرصد»)
        if any(q.cue.start == tok.start for q in doc.quotes):
            return None
        if _gender(tok.norm_key) != _gender(hit.cand.key):
            return None
        c = next((c for c in chunks if c.i == p + 1), None)
        if c is None or c.prep is not None or c.number:
            return None
        c = first_conjunct(chunks, resolve_title(chunks, c, doc) if c.title else c)
        whole = named_genitive(doc, chunks, c)  # «طائرات التحالف»: the body whose craft or men they are
        name = c if c.entity is not None else next((d for d in chunks if d.i == c.j + 1 and d.j <= whole.j), None)
        if name is None or name.entity is None or name.etype in PLACES or not can_act(doc, c):
            return None
        return tok.start, name.entity, [whole.start, whole.end]
    return None


def _agrees(doc: Doc, c: Chunk, hit: Hit) -> bool:
    """Whether the phrase ``c`` can be the dropped subject of the verb at ``hit`` by its form: a plural verb («وطالبوا»)
    takes people in the plural («المحتجون», «وزراء الخارجية», function words ``people_plurals``), a feminine one
    («وأكدت») a feminine or non-human plural head or a state, a masculine one a man or a masculine head («الجيش»,
    «تنظيم داعش»)."""
    k = head_key(doc, c)
    plural = plural_key(k)
    feminine = k.endswith(("ه", "ات"))
    if plural_verb(hit):
        return plural and c.etype != "PERSON"
    if _gender(hit.cand.key) == "f" and not masculine_perfect(hit):  # ev417: «وتعهد» (a perfect in «تـ») is a man's
        return c.etype in PLACES or (feminine and c.etype != "PERSON")
    if c.etype == "PERSON" or c.etype == "ORGANIZATION":
        return masculine_head(doc, c.i, c.etype, c.entity)
    return c.entity is None and not plural and not feminine


AND_NOT = frozenset(nkey(w) for w in ("ولم", "ولن"))  # «والتزمت السلطات الصمت، ولم تعلن»: «و» on the negation


def clause_prior(doc: Doc, chunks: list[Chunk], hit: Hit, a: int, args: Args) -> Chunk | None:
    """«وحمل المحتجون لافتات في الساحة، وطالبوا الحكومة بالاستقالة»: a verb in «و» (round 97: or after «ولم/ولن»)
    with no subject of its own, after a comma or right after the clause before, has the subject of the verb that
    opens that clause in its sentence (VSO,
    the phrase right after that verb, no preposition governing it), where that subject is a name or a phrase of
    people or a body (:func:`~.actors.actor_phrase`) and agrees with the verb in gender and number. None where the
    verb describes a noun before it or is in the 1st person (``args``)."""
    negated = hit.i - 1 >= a and doc.tokens[hit.i - 1].norm_key in AND_NOT  # round 97: «، ولم تعلن»
    if args.speaker or hit.pos != "V":
        return None
    if not negated and (svo := svo_opener_subject(doc, chunks, hit.i, a)) is not None:
        # round ev932: «صدام حسين يحشد قواته، ويهدد أمنها», «السعودية، التي ...، ساندت الكويت، بل ونددت»: the name
        # before the clause's first verb (SVO), over the phrase after that verb (its object) and an abstract object
        return svo if not dual_verb(hit) and _main_agrees(doc, svo, hit) else None
    if args.described:
        return None
    if (sub := subordinate_subject(doc, chunks, hit, a)) is not None:  # round ev391: «... بعد أن سيطرت على»
        return sub if _agrees(doc, sub, hit) else None
    if hit.cand.proclitics[:1] not in (("و",), ("ف",)) and not negated:
        return None  # («التي وصلت»: the «و» of the root)
    c = opener_subject(doc, chunks, hit.i - 1 if negated else hit.i, a) or that_subject(doc, chunks, hit.i, a)  # ev351
    # round ev391: a verb opening its clause past a fronted phrase («وفي ختام الاجتماع وافقت اللجنة ... ورفضت»); the
    # clause before a semicolon («خرج نتنياهو لمواجهة الحملة؛ فهاجم»)
    c = c or fronted_opener_subject(doc, hit.i - 1 if negated else hit.i, a) or semicolon_subject(doc, hit, a)
    # round 117: «ويدين معارضو الاتفاق ...، ويؤكد»: an unnamed subject shared by a verb of the opener's form, also
    # over a speaker the quote layer carried to the cue
    if c is not None and unnamed_opener(doc, c, hit) and not any(
            q.cue.start == doc.tokens[hit.i].start and q.attrs.get("via") != "carry" for q in doc.quotes):
        return c
    if any(q.cue.start == doc.tokens[hit.i].start for q in doc.quotes if q.actor() is not None):
        return None  # the cue's speaker is told by the quote layer
    if c is None and not negated and (m := that_main_subject(doc, chunks, hit.i, a)) is not None:
        return m if _main_agrees(doc, m, hit) else None  # round ev925: «رأت كلينتون أن الانتخابات ...، ودعت»
    return c if c is not None and _agrees(doc, c, hit) else None


def main_over_that(doc: Doc, chunks: list[Chunk], hit: Hit, a: int, source: Chunk | None) -> Chunk | None:
    """Round ev925: «رأت كلينتون أن الانتخابات ستكون حاسمة، ودعت إلى»: a verb in «و» after the comma that closes a
    «أن» clause whose subject cannot act takes the main clause's subject over the unnamed phrase of that clause the
    argument layer read before it (``source``)."""
    if source is None or source.entity is not None or source.i > hit.i or hit.pos != "V":
        return None
    if hit.cand.proclitics[:1] != ("و",):
        return None
    m = that_main_subject(doc, chunks, hit.i, a, source)
    return m if m is not None and _main_agrees(doc, m, hit) else None


def svo_over(doc: Doc, chunks: list[Chunk], hit: Hit, a: int, source: Chunk | None) -> Chunk | None:
    """Round ev932: «السعودية في تلك الأزمة ساندت الكويت، بل ونددت بالاقتحام العراقي»: a verb in «و/ف» whose
    source read so far is an unnamed phrase that is no actor (a word of its object) takes the named subject before
    the clause's first verb (``svo_openers``) where they agree."""
    if source is None or source.entity is not None or hit.pos != "V" or dual_verb(hit):
        return None
    if can_act(doc, source) and actor_phrase(doc, source):
        return None
    svo = svo_opener_subject(doc, chunks, hit.i, a)
    return svo if svo is not None and _main_agrees(doc, svo, hit) else None


def _main_agrees(doc: Doc, c: Chunk, hit: Hit) -> bool:
    """Round ev925: the main clause's subject agrees with the verb in «و» after the «أن» clause: a named person by
    his or her gender (a feminine verb a woman's name, a masculine one no woman the entity layer knows), any other
    phrase by :func:`_agrees`."""
    if c.etype != "PERSON" or c.entity is None:
        return _agrees(doc, c, hit)
    ent = doc.entity(c.entity)
    if ent is None or plural_verb(hit) or dual_verb(hit):
        return False
    if _gender(hit.cand.key) == "f" and not masculine_perfect(hit):
        return carried_person_fits(doc, hit, c.entity)
    return ent.attrs.get("gender") != "f"


FEMININE_NAME_ENDINGS = ("ه", "ا", "ي")  # (folded: «ة» is «ه», «ى» is «ي»): «كريستيانه», «أنجيلا»


def dual_verb(hit: Hit) -> bool:
    """Whether a verb trigger is in a dual form («نفيا», «التقيا», «يلتقيان»): its reading less «ا»/«ان» is a
    form of the same entry (so «دعا», whose «ا» is the root's, is not)."""
    key = hit.cand.key
    if hit.pos != "V" or not key.endswith("ا") and not (key.startswith(("ي", "ت")) and key.endswith("ان")):
        return False
    rest = key[:-1] if key.endswith("ا") else key[:-2]
    if len(rest) < 3:
        return False
    index = lexicon()
    return any(e.id == hit.entry.id and pos == "V" for f in (rest, rest[:-1] + "ى" if rest.endswith("ي") else rest)
               for e, pos in index.get(f, ()))


def carried_person_fits(doc: Doc, hit: Hit, eid: str) -> bool:
    """Whether the actor ``eid`` carried from before can be the dropped subject of the verb at ``hit`` by its form: a
    plural verb («وقد طالبوا») never has one person, a feminine one («كما أكدت», «وأدانت») not a man — a person
    whose first name ends in no feminine-looking letter («إريك جولدستين», where «كريستيانه فيرتس» may be a woman)."""
    if dual_verb(hit):
        return False  # round 106: «وكان فلان والشركة ... نفيا»: two subjects, no one actor carried
    ent = doc.entity(eid)
    if ent is not None and plural_verb(hit) and (ent.type == "PERSON" or hit.entry.code[:2] < SAID_UP_TO and not
                                                 plural_key(nkey((ent.name.split() or [""])[0]))):
        return False  # round qu834: «لكن أصواتا معارضة ... أكدوا» after «الرئاسة المصرية»: no one body or person
    if ent is None or ent.type != "PERSON":
        return True
    text = doc.tokens[hit.i].text
    if hit.pos != "V" or not (feminine_imperfect(doc, hit) or (
            hit.cand.key.endswith("ت") and len(hit.cand.key) >= 4 and nkey(text).endswith("ت"))):
        return True  # (a feminine perfect, with no pronoun on it: «تعهد» is a man's, «إشادته» a masdar's; or present)
    if ent.attrs.get("gender") == "m":
        return False  # «بكري حسن صالح»: a man the entity layer knows (his title, a verb's agreement), whatever his name ends in
    first = nkey(ent.name.split()[0]) if ent.name.split() else ""
    return first.endswith(FEMININE_NAME_ENDINGS)



def feminine_imperfect(doc: Doc, hit: Hit) -> bool:
    """Round 182: «وتعلن ... النتائج», «ولم تعلن»: a present verb in «تـ» (not a perfect that opens with «ت», «تعهد»)
    agrees with a feminine subject (the text's third person), never with a man carried from before; «نا» on it is
    the subject of a perfect («تناقشنا»)."""
    from .modality import imperfect  # (modality's own imports reach this module)

    key = hit.cand.key
    return key[:1] == "ت" and not doc.tokens[hit.i].norm_key.endswith(key + "نا") and imperfect(key, True)


ACTING_TYPES = ("PERSON", "ORGANIZATION")


def antecedent_owner(doc: Doc, chunks: list[Chunk], hit: Hit, a: int, actor: str, actor_at: int) -> str | None:
    """«وقال فلان ... . بعد أن منح الصندوق الأردن شهادته التي تؤكد أن»: a relative verb whose antecedent a pronoun
    owns (the owner acts: «مبادرته التي دعت») where the actor carried to it was named before its sentence, and its
    sentence names before the antecedent a person or a body with no preposition on it: the nearest such is the owner,
    not the one carried (None where there is none, or it is the one carried)."""
    i = hit.i
    if hit.pos != "V" or i - 2 < a or actor_at >= doc.tokens[a].start:
        return None
    if bare(doc.tokens[i - 1].norm_key, "relatives") not in fw("relatives") or not enclitic(doc.tokens[i - 2]):
        return None
    owner = max((c for c in chunks if a <= c.i and c.j < i - 2 and c.entity is not None and c.prep is None
                 and c.etype in ACTING_TYPES), key=lambda c: c.j, default=None)
    return owner.entity if owner is not None and owner.entity != actor else None


def svo_object_over(doc: Doc, chunks: list[Chunk], hit: Hit, a: int, args: Args) -> Chunk | None:
    """Round ev960: «الرئيس السيسي أمس استقبل جون كيري», «هولاند عاد إلى باريس، واستقبل ظريف في قصر الإليزيه»: a
    singular transitive verb whose subject the argument layer read in the name right after it (VSO) while a name
    opens its clause before it (``svo_openers``: its first verb past a time word or an aside, or a verb in «و/ف»
    chained to that first verb) and agrees with it: that name is the subject, the one after the verb its object.
    Not where the verb bears a pronoun («استقبله ظريف»: the pronoun is the object), where an object was read
    besides («وأدانت الولايات المتحدة الغزو»), nor for a verb of saying; returns the subject or None."""
    src = args.source
    if src is None or src.entity is None or src.i <= hit.j or hit.pos != "V" or args.targets or args.passive:
        return None
    if not hit.entry.obj or hit.entry.code[:2] < "02" or plural_verb(hit) or dual_verb(hit) or enclitic(
            doc.tokens[hit.j]):
        return None
    titled = [t for c in chunks if hit.j < c.i and c.j < src.i and c.title and c.entity is None and c.prep is None
              for t in range(c.i, c.j + 1)]
    if any(k not in titled and not in_time(doc, doc.tokens[k]) for k in range(hit.j + 1, src.i)):
        return None  # (the name right after the verb, past its title or a time word only)
    if not _name_closes(doc, chunks, src.j + 1):
        return None  # («وهاجم داعش مواقعه»: a phrase after the name is the object, the name its subject)
    svo = svo_opener_subject(doc, chunks, hit.i, a)
    if svo is None or svo.entity == src.entity or svo.j >= hit.i:
        return None
    return svo if _main_agrees(doc, svo, hit) else None


def _name_closes(doc: Doc, chunks: list[Chunk], k: int) -> bool:
    """Round ev960: token ``k`` right after the name after the verb leaves it the verb's only phrase: the end, a
    mark or a clause's stop, a phrase a preposition governs («في قصر الإليزيه»), a time word or the name's title."""
    if k >= len(doc.tokens) or clause_stop(doc.tokens[k].text) or in_time(doc, doc.tokens[k]):
        return True
    bare_word = not any(c.i <= k <= c.j for c in chunks)  # (the preposition's own word: «في» before «قصر الإليزيه»)
    return any((c.i == k or bare_word and c.i == k + 1) and c.prep is not None or c.i == k and c.title and
               c.entity is None for c in chunks)

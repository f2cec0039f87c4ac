"""Visits and invitations, for the events stage: a visit needs a human or political visitor and a reception a human
guest (``no_visit``: «تصل المساعدات إلى اليمن» is none); a visit noun after an invitation («دعوة للرئيس الروسي
لزيارة») is the invitee's (``invitation``, ``invitee``), and the subject of a verb of receiving («وتلقى الرئيس دعوة
من ...») is the one invited, not the one who calls (``receiving_verb``, ``after_from``).
"""

from __future__ import annotations

from ..doc import Doc
from .actors import resolve_title, visitor
from .arguments import Args
from .chunks import Chunk, in_time
from .forms import PLACES, fw, keys_of, nkey
from .lexicon import Hit
from .vso import APPROXIMATORS

THING_WINDOW = 3  # words of a phrase read for a thing noun («نحو 26 باخرة»)
TRAVEL = ("042", "043")  # make and host a visit
ARRIVAL_NOUN_ENTRY = "arrive_subject"  # the trigger entry whose noun «وصول» takes its arriver as a genitive
ARRIVER_REACH = 4  # tokens from «وصول» to its arriver's phrase, past a title («وصول وزير الخارجية الفرنسي فلان»)


def _thing(doc: Doc, c: Chunk | None) -> bool:
    """Whether the unnamed phrase ``c`` names goods, aid, craft, flights, patients or passengers (function words
    ``not_guests``): no one who travels or is received on a visit («تصل المساعدات», «استقبال كل المساعدات»); round
    gr455: or that opens with refugees or migrants (``not_guest_people``: «استقبلت تركيا اللاجئين»), not a
    delegation for them («وفدا يمثل اللاجئين»)."""
    if c is None or c.entity is not None:
        return False
    words = fw("not_guests")
    if not keys_of(doc.tokens[c.i]).isdisjoint(fw("not_guest_people")):
        return True
    return any(not keys_of(doc.tokens[t]).isdisjoint(words) for t in range(c.i, min(c.j + 1, c.i + THING_WINDOW)))


def no_visit(doc: Doc, hit: Hit, args: Args, chunks: list[Chunk]) -> bool:
    """A visit needs a human or political visitor, a reception a human guest: an arrival whose subject is a thing
    («تصل المساعدات إلى اليمن», «وصلت إلى مطار عدن أمس طائرة إغاثية»: the subject after the place and the time)
    or a reception of things («جاهز لاستقبال كل المساعدات») is none."""
    if _thing(doc, args.source):
        return True
    if hit.entry.id == ARRIVAL_NOUN_ENTRY and hit.pos != "V":
        # round lo892: «وصول الوفود ... إلى طهران»: the one who arrives is the noun's genitive right after it (or past
        # his title: «وصول وزير الخارجية الفرنسي لوران فابيوس»), a visitor; none where it is not («إعلان المكتب عن
        # وصول (800) لاجئ إلى أبيي»: refugees, the source elsewhere)
        return args.source is None or not 0 < args.source.i - hit.j <= ARRIVER_REACH
    if hit.entry.code == "043" and hit.pos == "V" and _thing_after_subject(doc, hit, chunks):
        return True
    if hit.entry.code == "043" and args.targets:
        return _thing(doc, args.targets[0])
    if hit.entry.code != "043" and (args.source is not None or hit.pos != "V"):
        return False
    for c in chunks:  # VSO: the first phrase after the verb that no preposition governs, past places and times
        if (c.i <= hit.j or (c.prep is not None and c.prep not in APPROXIMATORS) or c.etype in PLACES
                or in_time(doc, c)):
            continue
        return c.i - hit.j <= 10 and _thing(doc, c)
    return False


def _thing_after_subject(doc: Doc, hit: Hit, chunks: list[Chunk]) -> bool:
    """Round gr455: a reception verb whose object, after its subject and a time set off by commas, names things
    («وقد استقبلت القاعدة العسكرية، أمس، أرتالا من الدبابات»): the second phrase no preposition governs after the
    verb, past times, with nothing but commas and times between the phrases (no «و», no verb of another clause:
    «استقبل الرئيس الوفد، وبحث معه المساعدات» is a reception); a guest after the host («استقبل الرئيس الوفد») is
    one."""
    bare: list[Chunk] = []
    last = hit.j
    for c in sorted((c for c in chunks if c.i > hit.j), key=lambda c: c.i):
        if any(doc.tokens[t].text not in COMMAS and not in_time(doc, doc.tokens[t]) for t in range(last + 1, c.i)) \
                or c.coord:
            return False
        last = c.j
        if in_time(doc, c):
            continue
        if c.prep is not None or c.etype in PLACES:
            return False
        bare.append(c)
        if len(bare) == 2:
            return _thing(doc, c)
    return False


COMMAS = ("،", ",")  # the only words that may stand between the host, a time and the object received
RECEIVED_WINDOW = 6  # words from a verb of receiving to the appeal it receives


def receiving_verb(doc: Doc, at: int, a: int) -> int | None:
    """The verb of receiving or answering (function words ``receiving_verbs``: «تلقى», «قبل», «لبى») in the words
    right before token ``at`` (an appeal or invitation noun), nearest first: its subject is the one called on or
    invited, not the one who calls."""
    words = fw("receiving_verbs")
    return next((k for k in range(at - 1, max(a, at - RECEIVED_WINDOW) - 1, -1)
                 if (key := doc.tokens[k].norm_key) in words or key.removeprefix("و") in words), None)


def after_from(doc: Doc, start: int, end: int) -> bool:
    """Whether «من» stands in tokens ``start``..``end - 1``: what follows it names the sender («دعوة من الملك
    سلمان»)."""
    return any(doc.tokens[k].norm_key == "من" for k in range(start, end))


INVITE_WINDOW = 8  # words from an invitation noun to the visit it invites to («دعوة للرئيس الروسي لزيارة»)


def invitation(doc: Doc, hit: Hit, a: int) -> int | None:
    """The invitation noun («دعوة», «دعوته»: function words ``invitations``) a few words before a visit noun
    («لزيارة»), if any: the visit is the invitee's, and only planned."""
    return next((k for k in range(hit.i - 1, max(a, hit.i - INVITE_WINDOW) - 1, -1)
                 if not keys_of(doc.tokens[k]).isdisjoint(fw("invitations"))), None)


def invitee(doc: Doc, chunks: list[Chunk], invite: int, hit: Hit, a: int) -> Chunk | None:
    """Who is invited: a name between the invitation and the visit, not after «من» («دعوة لبوتين لزيارة»), else
    the subject of a verb of receiving before it («وتلقى الرئيس السيسي دعوة من ...»); None where neither says."""
    for c in chunks:
        if invite < c.i < hit.i and c.entity is not None and visitor(doc, c) \
                and not after_from(doc, invite + 1, c.i + 1):
            return c  # (not after «من»: «دعوة من الملك سلمان» names who invites)
    verb = receiving_verb(doc, invite, a)
    guest = next((c for c in chunks if verb is not None and verb < c.i < invite and c.prep is None), None)
    if guest is not None and guest.entity is None:
        guest = resolve_title(chunks, guest, doc)  # «وتلقى الرئيس السيسي»: the name after the title
    return guest if visitor(doc, guest) else None

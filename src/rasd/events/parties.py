"""Parties a plain reading of a trigger's frame leaves empty or takes from the wrong phrase (events.arguments calls
``named_parties`` last): the owner of the aircraft or force after «لـ» is who strikes («غارات لطائرات التحالف»);
the second conjunct of an agreement's subject told after the verb is the other party («اتفقت مصر والولايات
المتحدة»); the topic of talks after «حول/بشأن/عن» is no one who talks («المحادثات حول الائتلاف الحكومي بين
الحزبين»: the sides after «بين» talk); the subject of a statement verb gives the aid its masdar tells («أعلنت بريطانيا
تقديم مساعدات»); a «لـ» phrase headed by a masdar is a purpose («لتطوير»); a count before a plural verb of killing
or after «ما لا يقل عن» is killed; the «لـ» phrase past an honoured host's seat is the one received; people the
chunker ran on over a «لـ» phrase after an act act on it («رفض عدد من الضباط لأوامر»); and the indefinite accusative
after a noun act with its doer's pronoun is its object («خلال لقائه أمس عددا من النواب»)."""

from __future__ import annotations

from ..doc import Doc
from .agents import doing_masdar
from .actors import abstract_head, acting_noun, actor_phrase, head_in, is_nisba
from .chunks import (OBJECT_PRONOUNS, PLAIN_COMPLEMENTIZERS, Chunk, count_verb, enclitic, in_time, mention_index,
                     plain_chunk, verb_key)
from .forms import bare, fw, fw_keys, nkey, token_candidates
from .lam_doers import named_lam_doer
from .lexicon import Hit, masdar, match_token
from .protocol import honored_guest
from .objects import adverbial, between_sides, lam_adjunct, lam_time, trigger_adjectives
from .readings import KILLING

AGREEMENTS = "03"  # CAMEO 03x: express intent to cooperate, agree
MEETINGS = ("040", "046")  # CAMEO: consult, negotiate
AID = "07"  # CAMEO 07x: provide aid
STATEMENTS = "01"  # CAMEO 01x: make a public statement
TOPICS = fw_keys("about_prepositions")
ON_WORDS = ("على", "علي")  # «إقدامه على»


def _past_lam(doc: Doc, c: Chunk) -> Chunk:
    """The phrase ``c`` with the «لـ» on its first word off («لطائرات التحالف» → «طائرات التحالف»)."""
    start = c.start + (2 if doc.tokens[c.i].norm_key.startswith("لل") else 1)
    return Chunk(c.i, c.j, start, c.end, c.entity, c.etype, None, False, c.title, c.definite, c.number)


def before_adverbs(doc: Doc, i: int, sent_start: int) -> int:
    """The last token before token ``i`` past a time said between commas or not («وكثفت قوات التحالف، أمس،
    غاراتها»: the subject of the light verb ends before it)."""
    t = i - 1
    while t > sent_start and (doc.tokens[t].text in ("،", ",") or in_time(doc, doc.tokens[t])):
        t -= 1
    return t


def force_owner(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> Chunk | None:
    """«غارات لطائرات التحالف على», «قصف لقوات النظام»: an attack whose «لـ» phrase right after it (past its
    adjectives) is headed by aircraft, a weapon or a military unit: that force strikes."""
    at = max(trigger_adjectives(doc, hit, sent_end, mention_index(doc)).stop, hit.j + 1)
    c = next((c for c in chunks if c.i == at), None)
    if c is None or c.prep != "ل" or c.number:  # (named or not: «غارات للطيران التركي»)
        return None
    k = doc.tokens[c.i].norm_key
    head = k[2:] if k.startswith("لل") else k[1:]  # («للقوات»: «لـ» and the article)
    if head not in fw("weapon_agents") | fw("ground_units"):
        return None
    return _past_lam(doc, c)


def _second_conjunct(doc: Doc, chunks: list[Chunk], source: Chunk) -> Chunk | None:
    """The phrase coordinated right after ``source`` («مصر | والولايات المتحدة»), its «و» off; not a country
    adjective after a dual («الجانبان المصري واليمني»: one phrase, both sides)."""
    c = next((c for c in chunks if c.i > source.j), None)
    if c is None or not c.coord or c.prep is not None or c.number or c.i > source.j + 1:
        return None
    if doc.tokens[source.i].norm_key in fw("both_sides") or (
            c.entity is None and c.i == c.j and is_nisba(doc.tokens[c.i].norm_key[1:])):
        return None
    start = c.start + 1 if c.entity is None and doc.text[c.start] == "و" else c.start
    return Chunk(c.i, c.j, start, c.end, c.entity, c.etype, None, True, c.title, c.definite, c.number)


def _comma_object(doc: Doc, chunks: list[Chunk], hit: Hit, source: Chunk) -> Chunk | None:
    """«التقى الرئيس، وزير الخارجية الأمريكي جون كيري»: a verb's subject told by a title alone, then past a comma
    another office of two words or more and the person who holds it: the title is the subject (returned), the
    person the object; else None."""
    first = next((c for c in chunks if c.i > hit.j), None)
    if first is None or not first.title or first.entity is not None or first.prep is not None or first.j >= source.i:
        return None
    office = next((c for c in chunks if c.j == source.i - 1), None)
    if office is None or office.i <= first.j + 1 or not office.title or office.entity is not None or office.j == office.i:
        return None
    between = [t.text for t in doc.tokens[first.j + 1 : office.i]]
    return first if between in (["،"], [","]) and office.prep is None else None


def undergoer(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«تعرض ابن القذافي للتعذيب», «يتعرض السجناء للتعذيب»: the subject of «تعرض» (or its genitive, the masdar
    «تعرض») right before an act of harm in «لـ» suffers it."""
    if hit.pos != "N" or hit.entry.plover != "ASSAULT" or not doc.tokens[hit.i].norm_key.startswith("ل"):
        return None
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.prep is not None or c.number:
        return None
    toks = doc.tokens
    verb = next((t for t in range(c.j - 1, max(c.i - 2, -1), -1)
                 if bare(toks[t].norm_key, "undergoing_verbs") in fw("undergoing_verbs")), None)
    if verb is None:
        return None
    return c if verb < c.i else plain_chunk(toks, verb + 1, c.j, c.end)  # («يظهر تعرض | ابن القذافي»: one run)


def aid_recipient(doc: Doc, chunks: list[Chunk], hit: Hit, sent_end: int) -> Chunk | None:
    """«تقديم مساعدات عسكرية للتحالف»: aid's phrase right after it runs on over a word in «للـ» after an indefinite
    word; that word opens whom the aid is for (a run of words never splits there: «مواقع للمتمردين» is one)."""
    toks = doc.tokens
    k = max(hit.j + 1, trigger_adjectives(doc, hit, sent_end, mention_index(doc)).stop)
    c = next((c for c in chunks if c.i <= k <= c.j and c.prep is None and c.entity is None), None)
    if c is None:
        return None
    for u in range(max(c.i, k) + 1, c.j + 1):
        key, before = toks[u].norm_key, toks[u - 1].norm_key.removeprefix("و")
        # (past a definite adjective right after a definite noun of aid: «بتقديم المساعدات العاجلة للشعب»)
        adjective = u - 1 == k and toks[hit.j].norm_key.removeprefix("و").startswith(("ال", "بال", "لل"))
        if key.startswith("لل") and len(key) >= 5 and (adjective or not before.startswith("ال")):
            return plain_chunk(toks, u, c.j, c.end)
    return None


def announced_giver(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«وأعلنت بريطانيا تقديم مساعدات», «وأكد الوزير إرسال المساعدات»: the subject right after a verb of statement
    right before a bare masdar of giving is who gives (a state too, which a noun act's subject before it is not)."""
    if hit.pos != "N" or not hit.entry.code.startswith(AID) or hit.cand.proclitics or hit.i - 2 < sent_start:
        return None
    c = next((c for c in chunks if c.j == hit.i - 1), None)
    if c is None or c.prep is not None or c.number or c.coord and c.entity is not None:
        return None
    toks = doc.tokens
    verb = c.i if c.entity is None and c.j > c.i else c.i - 1  # (the word run may take in the verb: «أكد الوزير»)
    said = match_token(toks, verb) if verb >= sent_start else None
    if said is None or said.pos != "V" or not said.entry.code.startswith(STATEMENTS) or said.j != verb:
        return None
    subject = c if verb < c.i else plain_chunk(toks, verb + 1, c.j, c.end)
    if subject.entity is None and not acting_noun(doc, subject) or verb_key(toks[subject.i].text) == verb_key(toks[verb].text):
        return None
    return subject


def purpose(doc: Doc, c: Chunk) -> bool:
    """«تقديم المساعدة لتطوير البنية التحتية», «دعا لتنظيم مظاهرة»: an unnamed phrase headed by «لـ» and an indefinite
    masdar is what the act is for, never a party to it (not a word in «مـ», a masdar's shape that names bodies too:
    «لمنظمة»)."""
    if c.prep != "ل" or c.entity is not None or c.number:
        return False
    return any(cand.proclitics[-1:] == ("ل",) and masdar(cand.key) and not cand.key.startswith(("ال", "م"))
               for cand in token_candidates(doc.tokens[c.i]))


def counted_victims(doc: Doc, chunks: list[Chunk], hit: Hit, sent_start: int) -> Chunk | None:
    """«إن ثمانية مدنيين على الأقل قتلوا جراء الغارات», «أن أربعة جنود قتلوا وأصيب خمسة»: a count of people that
    opens the clause (after «أن/إن» or at the start), a number and what it counts, right before a plural verb of
    killing (past «على الأقل») with no object after it is who was killed (the unvocalised passive)."""
    if hit.pos != "V" or hit.entry.id not in KILLING or not hit.cand.key.endswith("وا"):
        return None
    before, end = [c for c in chunks if c.j < hit.i], hit.i
    if before and adverbial(doc, before[-1]) and before[-1].j == hit.i - 1:
        on = before[-1].i - 1  # («على الأقل»: «على» a word of its own, or a clitic)
        before, end = before[:-1], on if on >= 0 and doc.tokens[on].norm_key == nkey("على") else before[-1].i
    c = before[-1] if before else None
    if c is None or c.j != end - 1 or c.j == c.i or not c.number or c.prep is not None or c.entity is not None or in_time(doc, c):
        return None
    if c.i > sent_start and doc.tokens[c.i - 1].norm_key not in PLAIN_COMPLEMENTIZERS:
        return None
    after = next((d for d in chunks if d.i > hit.j), None)
    if after is not None and after.i == hit.j + 1 and after.prep is None and not after.coord and not in_time(
            doc, after) and doc.tokens[after.i].norm_key not in fw("cause_prepositions"):
        return None  # («أن ثلاثة مسلحين قتلوا شرطيا»: they killed)
    return c


def approximated_count(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«ومقتل ما لا يقل عن 12 عنصرا», «اعتقال ما يزيد على مئة شخص»: the count past «ما (لا) يقل/يزيد عن/على» right
    after a noun act on persons (its genitive is its object) is its object, as after the verb."""
    if hit.pos != "N" or hit.entry.gen != "tgt" or enclitic(doc.tokens[hit.j]):
        return None
    t = hit.j + 2 + (doc.tokens[hit.j + 2].norm_key == "لا" if hit.j + 2 < len(doc.tokens) else 0)
    if t >= len(doc.tokens) or not count_verb(doc.tokens, t, hit.j):
        return None
    return next((c for c in chunks if c.i == t + 2 and c.number and c.prep is None), None)


def content_subject(doc: Doc, hit: Hit, source: Chunk) -> bool:
    """«وأكد استمرار إيران في دعم حلفائها», «أكدت تنظيم وقفات»: the unnamed phrase after a verb of statement headed
    by an indefinite masdar or abstraction is what is said, not who says it (its subject is named before, or
    carried)."""
    if hit.pos != "V" or not hit.entry.code.startswith(STATEMENTS) or source.i <= hit.j or source.entity is not None:
        return False
    if source.title or source.prep is not None or source.coord or acting_noun(doc, source):
        return False
    if doc.tokens[source.i].norm_key.startswith("ال"):
        return False  # («وأكدت الدراسة», «وأعلنت السلطات»: a definite noun is the subject)
    # (not a word in «مـ», a masdar's shape that names bodies too: «منظومة», «منظمة»)
    return abstract_head(doc, source) or any(masdar(c.key) for c in token_candidates(doc.tokens[source.i])
                                             if not c.key.startswith(("ال", "م")))


def lam_agent(doc: Doc, chunks: list[Chunk], hit: Hit, targets: list[Chunk]) -> tuple[Chunk, Chunk | None] | None:
    """«رفض عدد كبير من ضباط الحرس لأوامر القيادة», «اقتحام مسلحين لمقر»: people right after an act that the
    chunker ran on over a «لـ» phrase (one run, ``targets``' only phrase) is who acts; the «لـ» phrase is the act's
    object. Not where the genitive names no one who can act («قصف مواقع للمتمردين»: whose the places are)."""
    toks = doc.tokens
    t = targets[0]
    if len(targets) != 1 or t.i != hit.j + 1 or t.prep is not None or t.entity is not None:
        return None
    run = next((c for c in chunks if c.i == t.i), t)
    people = run  # («عدد كبير من ضباط»: a count of a group, the group counted names who they are)
    part = next((c for c in chunks if run.j < c.i <= run.j + 2), None) if run.number else None
    if part is not None and part.prep == "من" and part.j >= t.j:
        people = part
    end = max(t.j, people.j)
    for u in range(people.i + 1, end + 1):
        words = toks[u].words
        if len(words) > 1 and words[0].kind == "proclitic" and words[0].norm == "ل":
            who = plain_chunk(toks, people.i, u - 1)
            if not actor_phrase(doc, who) or in_time(doc, who):
                return None  # ev534: a «لـ» phrase of time («قصف الطائرات لليوم الثالث») is no object
            if lam_adjunct(doc, plain_chunk(toks, u, end)):
                return None  # round ev1010: «لاستهداف السكان لأكثر من عام»: a measure, the genitive the patient
            return plain_chunk(toks, t.i, u - 1), None if lam_time(doc, plain_chunk(toks, u, end)) else plain_chunk(
                toks, u, end, people.end if end == people.j else t.end)
    return None


def masdar_object(doc: Doc, chunks: list[Chunk], hit: Hit) -> Chunk | None:
    """«خلال لقائه أمس عددا من النواب», «بعد استقباله وفدا»: a noun act whose doer is its own pronoun takes an
    indefinite accusative phrase after it (past a time) as its object."""
    toks = doc.tokens
    if hit.pos != "N" or enclitic(toks[hit.j]) not in OBJECT_PRONOUNS or not hit.entry.obj:
        return None
    t = hit.j + 1
    while t < len(toks) and (toks[t].text in ("،", ",") or in_time(doc, toks[t])):
        t += 1
    c = next((c for c in chunks if c.i == t and c.prep is None and c.entity is None and not c.coord), None)
    if c is None or not toks[c.i].norm_key.endswith("ا") or toks[c.i].norm_key.startswith("ال"):
        return None
    if actor_phrase(doc, c) or c.number:
        return c
    part = next((d for d in chunks if c.j < d.i <= c.j + 2 and d.prep == "من"), None)  # «عددا من النواب»
    return plain_chunk(toks, c.i, part.j, part.end) if part is not None and actor_phrase(doc, part) else None


def reporter(doc: Doc, c: Chunk) -> bool:
    """An unnamed phrase headed by a source, a spokesman, a witness, a monitor or the press (function words
    ``reporter_heads``: «المصادر», «شهود عيان», «وكالة الأنباء»): it tells of acts of force, it does not do them."""
    return c.entity is None and c.prep is None and head_in(doc, c, "reporter_heads")


def named_parties(doc: Doc, chunks: list[Chunk], hit: Hit, sent: tuple[int, int], source: Chunk | None,
                  targets: list[Chunk] | None) -> tuple[Chunk | None, list[Chunk] | None]:
    """The source and targets of ``hit`` with the parties above set right (see the module)."""
    e = hit.entry
    sent_start, sent_end = sent
    if source is not None and content_subject(doc, hit, source):
        source = None
    if source is not None and e.plover == "ASSAULT" and reporter(doc, source):
        source = None  # «وتوقعت المصادر هجوما»: who tells of an attack is no one who makes it
    if hit.pos == "V" and e.obj and not targets and source is not None and source.etype == "PERSON" and (
            subject := _comma_object(doc, chunks, hit, source)) is not None:
        source, targets = subject, [source]
    if source is None and targets and (split := lam_agent(doc, chunks, hit, targets)) is not None:
        source, targets = split[0], [split[1]] if split[1] is not None else None
    if source is None and e.plover == "ASSAULT":
        source = force_owner(doc, chunks, hit, sent_end) or named_lam_doer(doc, chunks, hit, sent_end)
    if source is None and hit.pos == "V" and hit.i - 2 >= sent_start and doc.tokens[hit.i - 1].norm_key in ON_WORDS:
        source = doing_masdar(doc, chunks, hit, sent_start)  # «إقدام مسلحين على قتل», «بعد إقدامه على قتل»: a masdar
    if (guest := honored_guest(doc, chunks, hit)) is not None:
        source, targets = None, [guest]  # «استقبال سموه في مكتبه، لرئيس الجمعية فلان»
    if not targets and (met := masdar_object(doc, chunks, hit)) is not None:
        targets = [met]
    if not targets and (suffers := undergoer(doc, chunks, hit)) is not None:
        targets = [suffers]
    if source is None and (giver := announced_giver(doc, chunks, hit, sent_start)) is not None:
        source = giver
    if (not targets or len(targets) == 1 and targets[0].i < targets[0].j) and e.code.startswith(AID) and (
            recipient := aid_recipient(doc, chunks, hit, sent_end)) is not None and (not targets or (
            targets[0].i < recipient.i and targets[0].j == recipient.j)) \
            and (source is None or not source.i <= recipient.i <= source.j):  # («قدم دعما كبيرا للاحتياطات»: read as its subject)
        targets = [recipient]
    if e.code.startswith(AGREEMENTS) and "مع" in e.preps and hit.pos == "V":
        if not targets and source is not None and source.i > hit.j:
            other = _second_conjunct(doc, chunks, source)
            targets = [other] if other is not None else None
    if e.code in MEETINGS and hit.pos == "N":
        topic = next((c for c in chunks if hit.j < c.i <= hit.j + 2 and c.prep is not None and nkey(c.prep) in TOPICS), None)
        if topic is not None and source is None:
            sides = between_sides(doc, chunks, Hit(hit.i, topic.j, e, hit.pos, hit.cand), sent_end)
            if sides is not None:
                source, targets = sides[0], [sides[1]]
    if targets and e.plover != "PROTEST":  # («تجمعوا معلنين رفضهم لترشيح فلان»: a protest is at an act)
        targets = [t for t in targets if not purpose(doc, t)] or None
    if not targets and source is None and (victims := counted_victims(doc, chunks, hit, sent_start)) is not None:
        targets = [victims]
    if not targets and (count := approximated_count(doc, chunks, hit)) is not None:
        targets = [count]
    return source, targets

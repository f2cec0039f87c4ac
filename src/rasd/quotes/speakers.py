"""Who said it, for the ``quotes`` stage: the speaker of a reporting cue from its subject (after the verb, VSO,
past addressees, adverbs and honorifics; or right before it, SVO), from the clause a participle hangs on («مشيرا إلى
أن»), from «according to» («وفقا لـ»), from the organisation of an unnamed source («مسؤول في الوزارة»), or carried
over a dropped subject with gender agreement («وأضافت»), unless a sentence in between opened with another named
subject; where no named subject follows, ``unnamed`` (an issuer, a speech's owner, an unnamed source and its phrase);
``passive`` where the verb reads as a passive («يُعتبر», «أُعلن في تل أبيب أن»).
"""

from __future__ import annotations

from dataclasses import replace
from .statement_relative import statement_relative
from .statement_said import issuing_gender, said_in_statement, sentence_issuer
from .told_outlet import told_outlet_source
from .construct_title import described_holder
from ..entities.gazetteer import load as load_gazetteer, phrase_of
from ..doc import Doc, Quote, Span
from ..events.actors import can_act, resolve_title
from ..events.chunks import Chunk, chunk_flags
from .dropped_subject import object_not_subject
from .place_clause import place_before
from ..events.forms import PLACES, bare, fw, nkey
from .accounts import according_verb, according_body, asked_before, family_word, partitive_opening, relative_source
from .apposition import apposed_subject
from .where_group import group_before
from .carry import (Scene, carry, first_person, fronted_topic, group_subject, interviewee, resumed,
                    conjoined_span, people_group, source_gender)
from .offices import holds_office, named_holder, title_holder
from .bounds import after_connective
from .cleft import cleft_subject
from .contrast import contrast_goes_on
from .continued import STATEMENT_REACH, according_source, but_subject, rather_subject, statement_author
from .cues import Cue, is_complementizer, next_at, source_word
from .fronted import contrast_subject, nisba_subject, plural_before, shared_subject, speaking_head
from .clause_actors import fronted_past_clause, opened_unnamed
from .quantified import many_before
from .fronted_body import fronted_unnamed
from .fronted_group import contrast_group
from .nearest import participle_subject, temporal_subject, titled_subject, dropped_verb_before
from .passive import passive_agent
from .antecedent import nearer_antecedent
from .relatives import antecedent_phrase, relative_subject, among_whom
from .agreement import _agrees, _gender, set_off_gender, title_gender, unsexed, head_agrees
from .clauses import after_auxiliary, clause_subject_before, governed_by_verb, reopened_subject
from .named import named_after_noun, named_after_title, compared_after
from .phrases import (past_again, honored_title, honorific_pronoun, is_time, person_names, phrase_span,
                      pointed_group, source_head, subject_slot, title_head, unagreeing_cut, definite_unprepped)
from .apposed_name import apposed_speaker
from .dropped_surname import dropped_surname
from .spokesmen import genitive_person, may_be_spokesman, speaks_for, spokesman, names_own_body, the_one_speaking
from .spokesmen import spokesman_again
from .issuers import issued_statement, _issuer, statement_subject
from .unnamed import auxiliary_phrase, body, home_country, last_person, says_head, someone, unnamed_relayed
from .untagged import given_before
from .owners import speech_owner, statement_owner, work_author, cited_speech
from .institutions import sole_title_holder
from .possessed import possessor_phrase, set_off_subject
from .wording import manner_owner
from .auxiliary import set_off_after_auxiliary
from .presented import presented_topic
from .subordinate import subordinate_subject
from .unsexed import opened_subject
from .reported_by import report_phrase, report_subject
from .eponyms import titled_after_eponym
from .explained import explained_statement
from .fallbacks import lone_before, spoken_in
from .honored_office import honored_office, honored_speaker
from .untagged_relative import untagged_antecedent
from .purpose import purpose_object
from .pronoun_subject import pronoun_only, pronoun_referent, titled_contrast
from .joined_object import joined_speaker


def _speaker(
    doc: Doc, t: int, cue: Cue, chunks: list[Chunk], quotes: list[Quote], sent: Span, limit: int,
    heard: dict[str, str], bodies: dict[int, Span], scene: Scene,
) -> tuple[str | None, str]:
    """(speaker, how it was found) of the cue at token ``t``; ``heard`` collects the gender a verb gave a person
    (see _gender). How: «subject» (after the verb, or right before it), «clause» (a participle's clause or the cue
    before it), «carry» (a dropped subject), «according», «body» (an unnamed source of a named body: the body, which
    the stage keeps as the unnamed speaker's affiliation), «none»."""
    if cue.kind == "participle":
        prior = [q for q in quotes if q.cue.start >= sent.start]
        prior = [q for q in prior if not any(p.content.start <= q.cue.start < p.content.end for p in prior)]  # «قال
        # X إن تقارير تفيد بأن ...، مضيفا»: X, who reported, not the reports his words name
        lo = next((k for k in range(t, -1, -1) if doc.tokens[k].start <= (prior[-1].cue.start if prior else sent.start)), 0)
        clause = clause_subject_before(doc, chunks, t, lo + 1, opened=True)  # «...، فيما شدد كيري ...، موضحا»
        if clause is not None and _agrees(doc, clause.entity, cue.gender, heard):
            return clause.entity, "clause"
        reopened = reopened_subject(doc, chunks, lo, t, cue.gender) if prior else None
        if reopened is not None and reopened.entity is None:
            return body(doc, chunks, reopened, t, bodies), "body"  # «...، وكان المتحدث باسم الكرملين قد انتقد»
        if reopened is not None:
            return (reopened.entity if _agrees(doc, reopened.entity, cue.gender, heard) else None), "clause"
        if prior and _disagrees(doc, prior[-1], cue, heard):
            agreeing = _agreeing_before(quotes, cue, scene)  # «وقال المصدر إن ...، مشيرة»: not the source
            if agreeing is None and scene.held is None and _lone_speaker(doc, prior[-1], sent, t):
                return prior[-1].speaker, "clause"  # «وقال فلان إن ...، مشيرة»: a slip of agreement, no one else
            return agreeing, "carry"
        if prior:  # «وقال X إن ...، مشيرا»: the speaker of the cue before it in the sentence, named or not
            if prior[-1].speaker is not None or "speaker_text" in prior[-1].attrs:
                return prior[-1].speaker, "clause"
        subject = participle_subject(doc, t, chunks, sent)  # else the subject of the clause it hangs on
        if prior and subject is not None and prior[-1].content.start <= subject.start < prior[-1].content.end:
            return prior[-1].speaker, "clause"  # «وأكد أن إيران لم تقدم ...، مبينا»: who said it, not «إيران»
        titled = titled_subject(doc, chunks, subject, t, sent)  # «ولذلك دعا المبعوث الأممي ...، مؤكدا»: a person
        if subject is not None and not titled and pronoun_only(doc, subject, cue):
            return pronoun_referent(doc, t, cue, quotes, heard, scene), "pronoun_subject"  # «وكان طرحه ...، مؤكدا»
        if subject is not None and subject.entity is None and not titled and not object_not_subject(
                doc, subject, cue.gender, chunks) and not dropped_verb_before(doc, chunks, t, sent):
            return body(doc, chunks, subject, t, bodies), "body"  # (not «يجيب مؤكدا»: his dropped subject)
        honored = honored_speaker(doc, subject, quotes, scene.ranges[max(0, scene.si - 1)][0].start)
        if honored is not None:
            return honored, "clause"  # «وشدد معاليه ...، مشيراً»: the minister quoted just before
        if subject is not None and subject.entity is not None:  # «وقد أعلن التنظيم ...، مدعيا»: the head agrees
            agrees = _agrees(doc, subject.entity, cue.gender, heard) or head_agrees(doc, subject, cue.gender)
            return (subject.entity if agrees else None), "clause"
        carried = carry(doc, quotes, cue, heard, None if titled else scene, persons=titled)
        if carried is None and titled and subject is not None:  # «وصرح الوزير ...، قائلا», no one quoted before
            carried = sole_title_holder(doc, t, phrase_span(doc, subject))
        return (carried if carried is None or _agrees(doc, carried, cue.gender, heard) else None), "carry"
    if cue.dual:
        return None, "dual"  # «وشددا»: two speakers (see _pair), not one carried over
    if cue.kind == "verb" and first_person(doc, t):
        return interviewee(doc, quotes), "interview"  # «كما ذكرتُ آنفا»: the one who answers
    if cue.next and said_in_statement(doc, t):  # «أصدر فلان بيانا جاء فيه:»: the statement's issuer (round q304)
        issuer = _issuer(doc, t)
        if issuer is not None:
            return issuer[0], "issuer"
        gender = issuing_gender(doc, t)  # «فأصدر بيانا جاء فيه»: the issuing verb's dropped subject, the person
        first_named = sentence_issuer(doc, t, sent.start)  # its sentence names first, else one quoted before
        if gender is not None and first_named is not None and _agrees(doc, first_named, gender, heard):
            return first_named, "issuer"
        return (carry(doc, quotes, replace(cue, gender=gender), heard, scene) if gender is not None else None), "carry"
    after = [c for c in chunks if c.i > t]
    if cue.kind == "according" or cue.next:
        at = next_at(doc, t, cue) if cue.next else according_verb(doc, t)
        told = told_outlet_source(doc, at) if at is not None else None
        if told is not None:
            return told, "told_outlet"  # «بحسب ما أفاد به «الشرق الأوسط» فلان»: he, the paper only whom he told
        after = [c for c in after if at is not None and at < c.i <= at + 3
                 and not any(is_complementizer(doc, u) for u in range(at + 1, c.i))]  # round qu918: «وبحسب المصدر
        # فإن القوات الحكومية انسحبت»: the source stands before «فإن», what follows it is the words, no speaker
        if at is not None and family_word(doc, at + 1) and not any(c.entity is not None and c.i <= at + 1 <= c.j
                                                                    for c in chunks):
            return None, "according"  # «نقلا عن أسرة فلان», «بحسب ما نقلت عائلة فلان»: his family, not he
        for c in after:
            if c is after[0] and according_body(doc, c, chunks):
                break  # «ووفقا لمركز الإحصاءات الإيراني», «وبحسب مفوضية الأمم المتحدة»: the body, unnamed
            if c is after[0] and cue.next and at is not None and c.i == at + 1 and unnamed_relayed(doc, chunks, c):
                return body(doc, chunks, c, t, bodies), "body"  # «نقلت الوكالة عن مصادر في الحكومة أن»: they speak,
                # of the body named after them (its affiliation, as «وقالت مصادر في الحكومة»), not the body
            if c.entity is not None:
                return c.entity, "according"
            owner = manner_owner(doc, c) if source_word(doc.tokens[c.i]) else None
            if owner is not None:
                return owner, "according"  # «بحسب التعبير المفضل لفابيوس»: whose words, not «التعبير»
            if not c.title and _lam_title(doc, c):
                c = replace(c, title=True)  # «ووفقا لوزير المالية اليوناني فلان»: the title after «لـ»
            if c.title:  # «نقل عن نائب مدير عام الصندوق ميتسوهيرو فوروساوا»: the person the title names
                named = resolve_title(chunks, c, doc)  # past what describes it: «بحسب ما أشار إليه رئيس المنظمة
                named = named_after_title(doc, chunks, named, len(doc.tokens)) or named  # الألماني توماس باخ»
                if named.entity is not None:
                    return named.entity, "according"
            if c.i == after[0].i and c.entity is None and definite_unprepped(doc, c, title_head(doc, c)):
                own = replace(cue, gender="f" if doc.tokens[c.i].norm_key.endswith("ه") else "m")
                carried = carry(doc, quotes, own, heard, None)  # «وبحسب القيادي، فإن»: the one named before
                if carried is not None and (speaks_for(doc, c.i, c.j) < 0 or may_be_spokesman(doc, carried)
                                            and not names_own_body(doc, c.i)):  # («بلسان مستشفى X»: his own)
                    return carried, "title"
        said = doc.tokens[t + 1].norm_key if cue.kind == "according" and t + 1 < len(doc.tokens) else ""
        if said in fw("saying_objects"):  # «، بحسب قوله»: the one «ـه» refers to, as a dropped subject would
            own = replace(cue, gender="f" if said.endswith("ها") else "m", plural=said.endswith("هم"))
            return carry(doc, quotes, own, heard, scene), "carry"
        return None, "none"
    before_verb = after_auxiliary(doc, chunks, t) or governed_by_verb(doc, chunks, t)
    if before_verb is not None and _agrees(doc, before_verb.entity, cue.gender, heard):
        return before_verb.entity, "svo"  # «وكانت حركة طالبان حذرت أخيرا ...», «سبق للرئيس فلان أن حذر»
    set_off = set_off_after_auxiliary(doc, chunks, t, cue.gender) if cue.kind == "verb" and not cue.plural else None
    if set_off is not None:  # «وكانت فلانة، العضو في اللجنة، صرحت»: «كانت» agrees with the verb, whatever gender
        return set_off.entity, "svo"  # the entity layer read from «العضو»
    home = home_country(doc, t, cue, heard, sent.start) if cue.kind == "verb" else None
    if home is not None:
        return home[0], "home"  # «وجهة نظر بلاده التي ترى أن»: his country, named or not, and no one else
    among = among_whom(doc, t, chunks) if cue.kind == "verb" else None
    if among is not None:  # «الصقور، ممن تفيد رسالتهم بأن»: the group «of those who», not their message
        scene.held = phrase_span(doc, among) if among.entity is None else None
        return among.entity, "held" if among.entity is None else "relative"
    first = subject_slot(doc, t, chunks, limit)
    main = temporal_subject(doc, chunks, t, sent, cue.gender, heard) if first is None and cue.kind == "verb" else None
    if main is not None:
        return main, "clause"  # «فإن تصريحات فلان أضافت عقدة، عندما قال:»: he of the main clause
    ahead = subordinate_subject(doc, t, chunks, sent, cue.gender, heard) if first is None and cue.kind == "verb" else None
    if ahead is not None and _agrees(doc, ahead, cue.gender, heard):
        return ahead, "clause"  # «وبعدما حذر من أن ...، اعتبر فلان أن»: he of the main clause after it
    passive = passive_agent(doc, t, chunks, limit) if first is None and cue.kind == "verb" else (False, None)
    if passive[0]:
        return passive[1], "passive"  # «أُعلن في تل أبيب أن»: no one carried over; «على لسان X»: X
    if first is not None and first.i > t + 1 and pointed_group(doc, first.i - 1, first):
        carried = carry(doc, quotes, cue, heard, scene)
        if carried is None and scene.held is not None and not nearer_antecedent(doc, scene.held, first.i):
            return None, "held"  # «وقالت مصادر سياسية ... . وقالت هذه المصادر»: the sources quoted before
        scene.held = None  # else «هذه الأوساط» itself
    issuing = statement_subject(doc, first, limit) if first is not None else None
    if issuing is not None:
        return issuing, "issuer"  # «وقال بيان صادر عن وزارة الداخلية إن»: the ministry, not «بيان صادر»
    stated = statement_owner(doc, t, cue, heard) if first is None or first.entity is None else None
    if stated is not None:
        return stated, "owner"  # «تصريحات الرئيس فلان التي أكد فيها»: whose statements, not «التزام» after them
    issued = issued_statement(doc, t, cue) if first is None else None
    explained = explained_statement(doc, t, sent) if first is None and issued is None and cue.kind == "verb" else None
    if explained is not None:
        return explained, "issuer"  # «وهدف بيان لشركة X ...، إذ قال»: the company, not one quoted before
    if issued is not None and issued[0] is not None:
        return issued[0], "issuer"  # «وكان بيان صادر عن الوزارة، أعلن»: the ministry, no one carried over
    if issued is not None:
        scene.held = issued[1]  # «وكان بيان صادر عن الديوان الملكي قد أعلن»: the statement itself
        return None, "statement"
    aux = auxiliary_phrase(doc, t, cue) if first is None else None
    if aux is not None:
        spoken = spoken_in(doc, aux)
        if spoken is not None:
            bodies[t] = aux  # «وكان متحدث باسم الملك السابق فلان قد أعلن»: the spokesman, of the king
            return spoken, "body"
        head = next((c for c in chunks if c.start == aux.start), None)
        of_body = body(doc, chunks, head, t, bodies) if head is not None else None
        if of_body is not None:  # round qu929: «وكان مسؤولون في وزارة الخارجية قالوا»: they speak, of the ministry
            return of_body, "body"
        return None, "none"  # «وكانت عناصر محسوبة على التنظيم ذكرت»: an unnamed subject after «كان»
    if first is not None and first.i == first.j and doc.tokens[first.i].norm_key in fw("honorific_pronouns"):
        carried = (honored_speaker(doc, first, quotes, scene.ranges[max(0, scene.si - 1)][0].start) or first.entity
                   or carry(doc, quotes, cue, heard, None, persons=True))
        ent = doc.entity(carried)
        if honored_title(doc, first, ent.roles if ent is not None else []) is False:
            carried = last_person(doc, t, cue.gender, heard, honorific=first) or carried  # «وشدد معاليه»: the minister
        return carried or last_person(doc, t, cue.gender, heard), "anaphor"  # named last, not the prince
    office = honored_office(doc, first, t) if first is not None else None
    if office is not None:
        return office, "title"  # «ورأى معالي وزير الخارجية أن»: who holds that office, not one named nearer
    if first is not None:
        c = resolve_title(chunks, first, doc)
        c = (named_after_title(doc, chunks, c, limit) or c) if c.entity is None else c  # «مفتي مصر السابق الشيخ فلان»
        apposed = named_after_noun(doc, chunks, c, limit) if c.entity is None else None
        if apposed is not None and (_agrees(doc, apposed.entity, cue.gender, heard)
                                    or set_off_gender(doc, c, apposed, cue.gender)):
            c = apposed  # «وقال سكرتير الدولة للشؤون المحلية فلان»: a head no title list has
        c = titled_after_eponym(doc, chunks, c, limit) or c  # «الأمين العام لمركز الملك فلان ... الدكتور علان»
        c = compared_after(doc, first, c)  # «ويرى البحر كما يرى المضف»: not the one compared with
        if c is not first and (genitive_person(doc, first, c) or possessor_phrase(doc, c, first.i) is not None):
            c = first  # «كشف قائد عسكري موالٍ للرئيس فلان»: the commander, unnamed, not the president
        if c.entity is not None and c is first and unsexed(doc, c.entity) and c.entity not in heard:
            heard[c.entity] = cue.gender  # «وقالت كاسلو»: the verb agrees with the name right after it
        if c.entity is not None and (_agrees(doc, c.entity, cue.gender, heard) or c is not first or head_agrees(
                doc, c, cue.gender)):  # «وقد أعلن التنظيم» for «جبهة النصرة»: the head the verb agrees with
            return c.entity, "subject"
        author = statement_author(doc, c, quotes, scene.ranges[max(0, scene.si - STATEMENT_REACH)][0].start)
        if author is not None:
            return author, "author"  # «وقال فلان في بيان إن ... . وأشار البيان»: his statement, his words
        again = spokesman_again(doc, c, cue.gender, quotes, scene.ranges[max(0, scene.si - 1)][0].start)
        if again is not None:
            return again, "spokesman"  # «وقال ناطق باسم الحركة إن ... . وأضاف المتحدث»: the body again
        just = the_one_speaking(doc, c, cue.gender, quotes, scene.ranges[max(0, scene.si - 1)][0].start)
        if c.entity is None and just is not None:
            scene.held = just  # «وقال مسؤول في الشركة إن ... . وأكد المتحدث أن»: the official who just spoke
            return None, "held"
        if c.entity is None and c.title and c.definite:
            carried = carry(doc, quotes, cue, heard, None, persons=True)  # «وأوضح الوزير الفرنسي»: the minister
            if carried is None and speaks_for(doc, c.i, c.j) < 0 and not source_head(doc, c):
                carried = sole_title_holder(doc, t, phrase_span(doc, c))  # no one quoted yet: the one holder named
            if speaks_for(doc, c.i, c.j) < 0 and not source_head(doc, c) and spokesman(doc, carried):
                carried = title_holder(doc, t, phrase_span(doc, c))  # «وقال الرئيس»: not his spokesman
            elif carried is not None and not holds_office(doc, carried, phrase_span(doc, c)):
                carried = title_holder(doc, t, phrase_span(doc, c)) or named_holder(doc, carried)  # «وقال السفير»
            if speaks_for(doc, c.i, c.j) < 0 or may_be_spokesman(doc, carried):
                return carried, "title"  # «المتحدث باسم الرئيس»: a spokesman, not the president quoted before
        given = given_before(doc, chunks, c) if c.entity is None and c is first else None
        if given is not None and _agrees(doc, given, cue.gender, heard):
            return given, "subject"  # «كشف حميد رضا محمدي»: the person the entity layer named without «حميد»
        surname = _surname_person(doc, c) if c.entity is None and c is first else None
        if surname is not None and _agrees(doc, surname, cue.gender, heard):
            return surname, "subject"  # «ويضيف البحر»: a person's family name the entity layer left unmarked
        described = described_holder(doc, c, t, limit, cue, quotes, heard) if c.entity is None and c is first else None
        if described is not None and _agrees(doc, described, cue.gender, heard):
            return described, "described"  # «فلان، المحلل السياسي ... . وأشار المحلل السياسي»: he again
        if c.entity is None:
            return apposed_speaker(doc, chunks, c, limit, cue, heard) or (body(doc, chunks, c, t, bodies), "body")
    issuer = (_issuer(doc, t) or statement_relative(doc, t)) if first is None else None
    if issuer is not None:
        return issuer[0], "issuer"  # «أصدرت الوزارة بيانا أوضحت فيه»: who issued the statement
    owner = speech_owner(doc, t, cue, sent, heard) if first is None else None
    if owner is not None:
        cited = cited_speech(doc, t, sent)  # «مستندا إلى خطاب لفلان، قال فيه»: cited, not carried on (round q304)
        return owner, "cited" if cited else "owner"  # «في خطاب للرئيس فلان، قال فيه», «في لقاء معه ...، حيث قال»
    author = work_author(doc, t, cue, sent, heard) if first is None else None
    if author is not None:
        return author, "author"  # «... للعالم الفرنسي لوبون ...، وكما يقول في كتابه»: whose book it is
    if first is None and someone(doc, t):
        return None, "none"  # «هناك من يرى», «والبعض يعتبر»: an opinion of no one named
    untagged = untagged_antecedent(doc, t, sent.start) if first is None and cue.kind == "verb" else None
    if untagged is not None:
        scene.held = untagged  # «وكان فلان الذي يقول إنه»: a name the entity layer missed, no one named before
        return None, "untagged"
    relative = relative_subject(doc, t, cue, chunks, heard) if first is None else None
    if relative is not None:
        if relative[0] is None:
            scene.held = antecedent_phrase(doc, t, chunks)  # «مع النواب الذين حذروا»: the deputies, unnamed
        return relative[0], "relative"
    clause = _conjoined_subject(doc, t, chunks, quotes, sent, scene) if first is None else None
    if clause is not None and _agrees(doc, clause.entity, cue.gender, heard):
        return clause.entity, "clause"
    state = place_before(doc, t, chunks, quotes, sent, cue.gender) if first is None and clause is None else None
    if state is not None:
        return state, "clause"  # «وتحتفظ بريطانيا بحق الانسحاب، وقالت إنها»: the state, not one quoted before
    shared = shared_subject(doc, chunks, t, sent) if first is None and clause is None else None
    if shared is not None and source_gender(doc, shared) == cue.gender and not any(
            q.cue.start >= sent.start for q in quotes):
        scene.held = shared  # «دافع المجلس الأعلى للقضاء عن ...، وقال»: the council, not one quoted before
        return None, "shared"
    if first is None and t + 1 < len(doc.tokens) and doc.tokens[t + 1].norm_key in fw("subject_quantifiers"):
        return None, "none"  # «أعلن جميع المرشحين», «وأكد بعض الأطباء»: an unnamed many, no one carried
    if first is None and impersonal_subject(doc, t):
        return None, "none"  # «فإن ذلك يؤكد», «وهو ما يذكّرنا»: a fact, not a person, says it
    # SVO: the name before the cue; a state or its capital where it opens no new clause («لكن طهران تقول», not «وقال»)
    topic = fronted_topic(doc, scene, t)  # «وعن تقارير ... أضاف أن»: the topic before the verb, no subject
    opens = topic or doc.tokens[t].norm_key[:1] in ("و", "ف") or after_connective(doc, t)  # «ولذلك قالوا»
    v = t - 1  # «وكانت الوزارة قد أعلنت», «أما الحركة فقد أعلنت»: the subject before «قد»
    if v >= 0 and doc.tokens[v].norm_key in fw("verb_particles"):
        opens = opens or doc.tokens[v].norm_key[:1] in ("و", "ف")
        v -= 1
    joined = joined_speaker(doc, t, cue, sent, quotes, heard, scene) if first is None and not topic else None
    if joined is not None:
        return joined  # «والتقى الوزير نظيره فلان وأكد»: the minister, not the one he met (round qu1014)
    before = [c for c in chunks if c.j == past_again(doc, chunks, v) and c.prep is None and c.entity is not None
              and (c.etype not in PLACES or (not opens and can_act(doc, c)))]  # fmt: skip
    lo = doc.token_from(sent.start) or 0
    held = before[0] if before else set_off_subject(doc, chunks, v, lo) if not opens else None
    owned = possessor_phrase(doc, held, lo) if held is not None and not topic else None
    if owned is not None:
        scene.held = owned  # «الطبيبة الخاصة لوزيرة الخارجية فلانة قالت»: the doctor, unnamed
        return None, "svo"
    if before and not topic and (_agrees(doc, before[0].entity, cue.gender, heard)
                   or title_gender(doc, chunks, before[0]) == cue.gender  # «الناشطة يسرى مجيد قالت»
                   or opened_subject(doc, before[0], t, cue, heard)):  # «إلى أن موجيريني قالت»: she
        return before[0].entity, "svo"
    relayed = (relative_source(doc, t, chunks) or partitive_opening(doc, v, sent)) if not opens else None
    if relayed is not None:
        scene.held = relayed  # «نقلا عن مصادر قالت إن»: the sources the relative clause hangs on
        return None, "svo"
    nisba = nisba_subject(doc, chunks, v, sent) if not opens else None
    if nisba is not None:
        scene.held = nisba[1]  # «القبانجي حذر من أن»: a family name the entity layer left unmarked
        return nisba[0], "svo"
    many = (plural_before(doc, chunks, v, sent) or fronted_past_clause(doc, chunks, t, sent)
            if cue.plural and not opens else None)  # «كثيرون بعد أن ... يقولون»: past the time clause
    if many is not None:
        scene.held = many  # «لكن مسؤولين هنود قالوا إن»: the unnamed group right before a plural verb
        return None, "svo"
    contrast = contrast_subject(doc, chunks, t, sent) if not opens else None
    if contrast is not None and contrast[0].entity is not None and _agrees(doc, contrast[0].entity, cue.gender, heard):
        return contrast[0].entity, "svo"  # «لكن فلان وزير الخارجية قال»
    contrast_named = titled_contrast(doc, chunks, contrast[0]) if contrast is not None else None
    if contrast_named is not None and _agrees(doc, contrast_named, cue.gender, heard):
        return contrast_named, "svo"  # «لكن الوزير فلان، أكد», «غير أن مكتب رئيس الوزراء فلان، أكد»: the man named
    if contrast is not None and contrast[0].entity is None and (
            speaking_head(doc, contrast[0]) or contrast_group(doc, contrast[0])):  # «لكن الأصوات المعارضة قالت» (q344)
        scene.held = contrast[1]
        return None, "svo"  # «لكن مصدرا أمنيا قال», «ولكن محامي الدفاع عن فلان، قال»: an unnamed subject
    apposer = apposed_subject(doc, chunks, t, sent) if not opens else None
    if apposer is not None and _agrees(doc, apposer, cue.gender, heard):
        return apposer, "svo"  # «ويذكر أن النائب عن الحزب، فلان، المنتمي لـ...، أشار إلى أن»
    if not opens and (front := fronted_unnamed(doc, chunks, v, sent, cue.gender, heard, scene)) is not None:
        return front  # «لكن الجيش نفى», «والجيش قال»: the army, or its phrase held (round 224)
    if not opens and (says_head(doc, v) or report_subject(doc, chunks, v) or any(c.j == v and c.prep is None and c.entity is None and c.definite
                                                 and not is_time(doc, c) and not purpose_object(doc, chunks, c)
                                                 for c in chunks)):  # fmt: skip
        scene.held = (opened_unnamed(doc, chunks, v) or many_before(doc, chunks, v)  # «لكن بعض الأصوات قالت»
                      or report_phrase(doc, chunks, v))  # «إن التحقيقات كشفت أن», «تقارير تفيد»
        return None, "none" if scene.held is None else "svo"  # «والحقائق تقول لنا إن»: a subject of no one
    went_on = contrast_goes_on(doc, t, cue, quotes, sent)
    if went_on is not None:  # «وقال نائب في البرلمان إن ...، ولكنه أضاف»: the same speaker, named or not
        went_text = went_on.attrs.get("speaker_text")  # not ``held``: a Chunk above (mypyc keeps one type per name)
        scene.held = went_text if went_on.speaker is None and isinstance(went_text, Span) else None
        return went_on.speaker, "carry"
    source = according_source(doc, quotes, cue, doc.tokens[t].start)
    if source is not None:
        scene.held = source  # «وفق مصدر عسكري؛ قال أيضا»: the source goes on
        return None, "carry"
    if asked_before(doc, t, sent):
        return carry(doc, quotes, cue, heard, None), "carry"  # «وسئل عن موقف الرئيس فلان، فقال»: the one asked
    presented = presented_topic(doc, scene, t, cue, quotes)
    if presented is not None:  # the pronoun «هي/هو» that presents the person agrees with the verb
        return presented, "carry"  # «...، هي فلانة، والدة ... . وقالت»: the one the narration presents
    cleft = cleft_subject(doc, t, cue)
    if cleft is not None:
        return cleft, "cleft"  # «والذي وافق هو فلان، حيث قال»: the one the cleft names
    carried = carry(doc, quotes, cue, heard, scene)
    but = (but_subject(doc, t, cue, chunks, quotes, sent) or rather_subject(doc, t, cue, chunks, quotes, sent)
           if scene.held is None else None)  # «وهاجم المضيف ضيوفه لكنه اعترف», «فلم يأخذ الرجل ثانية، بل قال»
    if but is not None and carried is not None and not (but.etype == "PERSON" and _agrees(doc, but.entity, cue.gender,
                                                                                        heard) or _own_subject(doc, but)):
        but = None  # one quoted before goes on, unless the clause names a person of its own («وهز فلان رأسه، لكنه»)
    if but is not None and but.entity is None:
        scene.held = phrase_span(doc, but)  # «وهاجم المضيف ضيوفه لكنه اعترف»: the host, unnamed
        return None, "carry"
    if but is not None and _agrees(doc, but.entity, cue.gender, heard):
        return but.entity, "clause"
    if carried is None and scene.held is not None and resumed(doc, t, scene.held):
        scene.held = None  # «وأشار البيان ...، وعاد وقال:»: the one quoted before the statement
        carried = carry(doc, quotes, cue, heard, None)
    if carried is None and not cue.plural and opens and scene.held is None:
        carried = lone_before(doc, scene, t, cue, heard, quotes)  # «... بيشوب ... . وأضاف»: a slip of agreement
    group_phrase = group_before(doc, t, cue, sent, scene) if carried is None and cue.plural and scene.held is None else None
    if group_phrase is not None:  # «بأقلام خبراء وسياسيين، يؤكدون»; «مع ممثلي الشركة، حيث أوضحوا» (qu711)
        scene.held = group_phrase if isinstance(group_phrase, Span) else None
        return (group_phrase if isinstance(group_phrase, str) else None), "carry"
    if carried is None and cue.plural and opens and scene.held is None:
        group = group_subject(doc, scene, t)  # «وحث الأعضاء الأطراف على ... . وأكدوا»: the members
        if group is not None:
            scene.held = group[1]
            return group[0], "carry"
    return carried, "carry"


def _own_subject(doc: Doc, c: Chunk) -> bool:
    """The unnamed subject ``c`` of the clause «لكنه» goes on is one of its own, not a title that stands for one named
    before («ودافع المدرب عن اختياراته، لكنه»: the coach, not the speaker quoted before; not «ودافع الوزير»)."""
    return c.entity is None and not c.title and not title_head(doc, c) and (
        phrase_of(doc.tokens[c.i].text) not in load_gazetteer().titles)


def _surname_person(doc: Doc, c: Chunk) -> str | None:
    """A subject of one definite word that is a person's family name in the article («ويضيف البحر» after «فلان
    البحر»), or a title and that name («وأفاد الدكتور التركي»), the entity layer not marking it; else None."""
    k = doc.tokens[c.j].norm_key.removeprefix("و")
    if c.j - c.i > 1 or c.prep is not None or not (k.startswith("ال") or c.i == c.j):
        return None  # «ويضيف باسلمه»: a family name with no article, alone
    if c.j > c.i and not (c.title or doc.tokens[c.i].norm_key.removeprefix("و") in fw("speaker_titles")):
        return None
    return person_names(doc).get(k) or (dropped_surname(doc, c) if c.i == c.j else None)  # «وتابع صديقي» (q364)


def _lam_title(doc: Doc, c: Chunk) -> bool:
    """A phrase of «according to» that opens with a title written with «لـ» («لوزير المالية», «للوزير»)."""
    k = doc.tokens[c.i].norm_key
    return c.prep == "ل" and k[:1] == "ل" and (chunk_flags(k[1:], False)[0] or (
        k.startswith("لل") and chunk_flags("ال" + k[2:], False)[0]))


def _conjoined_subject(doc: Doc, t: int, chunks: list[Chunk], quotes: list[Quote], sent: Span,
                       scene: Scene) -> Chunk | None:
    """The subject a verb cue with none of its own shares with the clause before it in its sentence, where no quote
    came before in it: a verb with «و» after a comma («X يزور القاهرة، ويشير»), or after a relative that is its
    object («أعرب X أنه سيفعل ...، والتي قال إن»: X, not the antecedent nor a name in what he said)."""
    if t < 2 or any(q.cue.start >= sent.start for q in quotes):
        return None
    u = t - 1 if bare(doc.tokens[t - 1].norm_key, "relatives") in fw("relatives") else t
    if u == t and not (doc.tokens[t - 1].text in ("،", ",") and doc.tokens[t].norm_key[:1] == "و"):
        return None
    return clause_subject_before(doc, chunks, u, scene.ranges[scene.si][1])


def impersonal_subject(doc: Doc, t: int) -> bool:
    """«ذلك», «هذا», «ما» right before the verb at ``t`` as its subject («فإن ذلك يؤكد أن», «وهو ما يذكّرنا بأن»);
    «ما» is the object instead where the verb has a pronoun for it («وهو ما أكده شكري»)."""
    if t == 0 or doc.tokens[t].norm_key[:1] in ("و", "ف"):
        return False  # «في ذلك وأضاف»: a new clause
    k = doc.tokens[t - 1].norm_key
    k = bare(k, "impersonal_subjects")
    if k not in fw("impersonal_subjects"):
        return False
    before = doc.tokens[t - 2].norm_key.removeprefix("و") if t >= 2 else ""
    if before in fw("prepositions") or before in fw("adverbs") or before.endswith("ا"):
        return False  # «انطلاقًا من ذلك يؤكد», «ومع ذلك قال», «بحسب ما أفاد», «دائمًا ما أوضح»: not its subject
    suffix = [w for w in doc.tokens[t].words if w.kind == "enclitic"]
    return not (k in ("ما", "مما") and suffix and nkey(suffix[-1].norm).startswith("ه"))


def _disagrees(doc: Doc, q: Quote, cue: Cue, heard: dict[str, str]) -> bool:
    """A feminine participle after a masculine verb whose speaker is a man or unnamed («وقال المصدر إن ...، مشيرة»):
    the participle does not continue that speaker."""
    if cue.gender != "f" or q.attrs.get("gender") != "m" or q.attrs.get("kind") == "according" or "speakers" in q.attrs:
        return False
    return q.speaker is None or _gender(doc, q.speaker, heard) == "m"


def _lone_speaker(doc: Doc, q: Quote, sent: Span, t: int) -> bool:
    """The named speaker of ``q`` is the only person or body named in the sentence before the cue at ``t``."""
    if q.speaker is None:
        return False
    end = doc.tokens[t].start
    return not any(e.id != q.speaker and e.type not in PLACES and sent.start <= m.start < end
                   for e in doc.entities for m in e.mentions)


def _agreeing_before(quotes: list[Quote], cue: Cue, scene: Scene) -> str | None:
    """The speaker of the latest quote of the participle's gender in its sentence or the one before («وفيما أشارت
    المصادر إلى أن ... . وقال المصدر إن ...، مشيرة»: the sources), its unnamed phrase held in ``scene``; else None."""
    si = max(0, scene.si - 1)
    since = scene.ranges[si][0].start
    for q in reversed(quotes):
        if q.cue.start < since:
            break
        if q.attrs.get("gender") == cue.gender and bool(q.attrs.get("plural")) == cue.plural and "speakers" not in q.attrs:
            held = q.attrs.get("speaker_text")
            scene.held = held if isinstance(held, Span) and q.speaker is None else None
            return q.speaker
    return None


def clause_phrase(doc: Doc, t: int, cue: Cue, chunks: list[Chunk], quotes: list[Quote], sent: Span,
                   heard: dict[str, str]) -> Span | None:
    """The unnamed speaker a participle takes over: that of the cue before it in the sentence (unless it disagrees:
    ``_disagrees``), else the unnamed subject of its clause («نفى المتحدث باسم الحركة ...، مشيرا»)."""
    before = [q for q in quotes if q.cue.start >= sent.start]
    if before and _disagrees(doc, before[-1], cue, heard):
        return None
    lo = next((k for k in range(t, -1, -1) if doc.tokens[k].start <= before[-1].cue.start), 0) if before else 0
    reopened = reopened_subject(doc, chunks, lo, t, cue.gender) if before else None
    if reopened is not None:
        return phrase_span(doc, reopened) if reopened.entity is None else None
    if before:
        phrase = before[-1].attrs.get("speaker_text")
        return phrase if isinstance(phrase, Span) else None
    c = participle_subject(doc, t, chunks, sent)
    if c is None or c.entity is not None or honorific_pronoun(doc, c) or c.number:
        return None
    if cue.plural and people_group(doc, c):  # «واتهم المتمردون ...، معتبرين», «شكك سياسيون وخبراء ...، مؤكدين»
        return conjoined_span(doc, chunks, c)
    if c.coord or not (c.title or speaking_head(doc, c)):
        return None  # «ففي ليلة وضحاها»: no one who speaks
    return unagreeing_cut(doc, c, phrase_span(doc, c))


"""The ``quotes`` stage: who said what. Reporting cues (data/events/quote_cues.tsv), direct speech in quote
marks, indirect speech in «أنّ/إنّ» clauses, and the speaker from the subject (VSO or SVO), from the clause a
participle hangs on («مشيرا إلى أن»), or carried over a dropped subject with gender agreement («وأضافت»).

``cues`` finds the cues and what they report, ``speakers`` who said it (``unnamed`` where no named subject follows
the cue); this module walks the sentences.
"""

from __future__ import annotations

from bisect import bisect_left

from .mid_aside import aside_parts, aside_person
from .written import written_cue, wrote_word
from .but_stance import stance_cue, stance_word  # «لكنه أقر أن» (qu565)
from .asked import asked_indirectly
from .coordinated_object import coordinated_objects
from .document_subject import document_subjects
from .papers import paper_speakers
from .press_review import press_speakers
from .later_speakers import later_speakers
from .complement import missed_name, run_to_complement, set_off_name
from .relative_cue import far_relative, relative_cue_close, words_relative
from .relative_bounds import set_off_relative_end
from .kingdom import according_kingdom
from ..doc import Doc, Quote, Span
from ..events.chunks import mention_index, sentence_token_ranges
from ..events.forms import fw, nkey
from ..events.word_tests import doc_token_keys
from ..pipeline import stage
from .agencies import agency_speaker
from .second_act import second_act_end
from .relative_main import head_quote_on, relative_main_end
from .narrator_turn import own_acts_end
from .nested import inner_finding
from .legal_bodies import legal_body_in_full
from .described_too import describing_end
from .described_belief import described_belief
from .narrated import narrated_subject
from .described_named import added_description, named_after_and
from .described_subject import described_subject
from .and_phrase import and_extended
from .told_whom import told_clip
from .told_pronoun import told_by
from .apposed_name import set_off_extended
from .qualified_source import qualified_extended
from .media import according_rest, issuing_body, measured_phrase, medium_speaker, topic_with_predicate
from .short_bodies import council_in_full, short_body
from .study_body import study_body, study_partner
from .report_issuer import report_issuer
from .statement_nisba import statement_issuer
from .counted_subject import counted_subject
from .institutions import institution_speaker, known_as
from .as_said import as_said, compared_cue
from .belief import belief_cue, belief_word
from .expressed import expressed_cue, expressed_openings
from .asides import according_asides, writers_aside
from .same_named import place_genitive, same_named
from .phrase_chain import chain_extended
from .body_tail import body_name_span
from .colon_end import colon_quotation_end, other_source_end
from .body_holder import body_title_holder
from .bounds import attribution_tail, past_semicolon
from .and_that import further_clauses
from .carry import Scene
from .contrast import answer_owner, writer_contrast
from .cues import (SCARE_MAX_TOKENS, Cue, adjective, direct_spans, followed, impersonal, is_complementizer,
                   match_cue, negated, object_relative, saying_participle, supposed, verbal_noun, word_cue, cue_index)
from .content import _content
from .dangling import dangling_end
from .remarks import writers_remark_end
from .spelling import hamza_lookalike
from .followed_on import followed_on
from .mainclause import main_clause_end
from .measures import measure_adjective, negated_predicate
from .ends import aftermath_end, background_end, past_dateline, reader_address_end, reported_clauses_end
from .demands import before_truth, denial_holds, denies, object_denied
from .tails import bare_tail, described_speaker, own_words, reported_tail, tail_speaker
from .retitled import head_affiliation, retitled_holder
from .source_again import short_affiliation, source_affiliation
from .close_source import close_affiliation
from .considered import plural_suffixed, predicate_as_speaker
from .reports import parent_body, report_author
from .named_for import named_body
from .runon import apodosis_end, unquoted_background_end
from .tallies import tally_author
from .relative_who import relative_who
from .relative_pair import relative_pair
from .clause_actors import relative_group
from .topic_person import topic_person
from .referred import referred_relative
from .nouned import noun_speaker, where_noun_speaker
from .agreement import _agrees
from .through import place_in_body
from .stops import report_stop
from .openers import fronted_source, statement_speaker
from .passive import read_passive
from .predicated import pronoun_predicate
from .objects import object_content
from .pairs import _pair, dual_subject, first_of_pair
from .joint import joint_speakers
from .sides import side_pair
from .opening_according import has_hasb, opening_hasb
from .where_group import group_affiliation
from .own_source import pronoun_source
from .quoted_passage import quoted_passage
from .unclosed_run import unclosed_run
from .colon_run import colon_run
from .revealing import event_subject
from .other_party import other_party_cue
from .concessive import concessive_referent
from .according_body import body_sources, issued_data
from .speakers import clause_phrase, _speaker
from .spoken_of import spoken_of
from .spokesmen import spokesman_of_body
from .titled import quote_chunks
from .unnamed import evidence_subject, speaker_phrase
from .opener_shared import shared_opener
from .untagged_relative import self_description_end
from .untagged_titled import contrast_untagged, untagged_titled
from ..events.unnamed_clause import told_unnamed
from .wording import worded_quotation
from .fact_subject import fact_subject
from .regarded import regarded_as
from .pointed_group import plural_pointer, pointed_group
from .fronted_group import relative_fronted, that_fronted
from .frame_openers import frame_trimmed
from .honorific_name import honored_person
from .set_off_hasb import after_other_source, called_back, relayed, set_off_hasb

_ACCORDING = frozenset(nkey(w) for w in ("حسب", "وحسب", "بحسب", "وبحسب"))
_REPORTING = frozenset(("ذكر", "أفاد"))  # «وذكرت المعلومات أن»: information reported, an unnamed source
_SPARED_STEMS = ("بين", "بيّن", "تحدث", "طبق", "بلغ", "خبر")  # stems ``match_cue`` reads past the cue table
# (explains, talked, according_source; told_pronoun: «أبلغني», round qu994)

__all__ = ["Cue", "cue_index", "extract_quotes", "quotes_stage"]


def cue_word_keys(doc: Doc) -> frozenset[str]:
    """The matching keys of ``doc``'s tokens that may be a stance, belief or written cue (``stance_word``,
    ``belief_word``, ``wrote_word``: each cue's first test), asked once per distinct key of the article: a token of
    another key is none of these cues, and :func:`extract_quotes` asks none of them of it."""
    return frozenset([k for k in doc_token_keys(doc) if stance_word(k) or belief_word(k) or wrote_word(k)])


def extract_quotes(doc: Doc) -> list[Quote]:
    text = doc.text
    starts = doc.token_starts()  # (the doc's own list, made once per token list; read only)
    quoted = direct_spans(text)
    direct = [s for s in quoted if bisect_left(starts, s.end) - bisect_left(starts, s.start) > SCARE_MAX_TOKENS]
    # a short quotation is speech only where a cue introduces it («قال إن "الحل سياسي"») and it names no entity
    # («"داعش"» is a name in scare quotes wherever it stands)
    named = [(m.start, m.end) for e in doc.entities for m in e.mentions]
    short = [
        s for s in quoted
        if s not in direct and not any(s.start <= a and b <= s.end for a, b in named)
    ]  # fmt: skip
    mentions = mention_index(doc)
    quotes: list[Quote] = []
    heard: dict[str, str] = {}  # person without a known gender -> that of the verb it stood right after
    bodies: dict[int, Span] = {}  # cues whose speaker is an unnamed source of a named body -> the source's phrase
    scene = Scene(sentence_token_ranges(doc), mentions, quoted)
    hasb = has_hasb(doc)  # (no bare «حسب» in the text: no token to try for it)
    as_after = expressed_openings(doc)  # (the tokens after «كما»: ``expressed_cue`` finds none elsewhere)
    cue_words = cue_word_keys(doc)  # (the keys a stance, belief or written cue may have: nearly every token has none)
    for si, (sent, a, b) in enumerate(scene.ranges):
        cues: list[tuple[int, Cue]] = []
        inside = [d for d in direct if d.start < sent.end and sent.start < d.end]
        for t in range(a, b):
            tok = doc.tokens[t]
            cue = (None if len(tok.words) < 2 and word_cue(tok.norm or tok.text) is None and not any(
                w in tok.text for w in _SPARED_STEMS) else match_cue(doc, t))  # (``match_cue``'s first test: most
            # spared; «تحدثوا», «طبقا» with no clitic are still tried: round qu933)
            may = tok.norm_key in cue_words  # (stance, belief and written cues: none elsewhere)
            cue = cue or (stance_cue(doc, t) if may else None) or (opening_hasb(doc, t) if hasb else None) or (
                (expressed_cue(doc, t) if t in as_after else belief_cue(doc, t) if may else None) or (
                    written_cue(doc, t) if may else None))  # «وحسب البيان، فإن»: heading its
            # sentence; «كما عبر عنه فلان: «...»» (round 218); «وأعرب عن ثقته في أن» (round 282)
            if cue is None:
                continue  # (nearly every token; each test below is of a cue)
            if hamza_lookalike(doc, t, cue):
                continue  # «إبان حكمها»: during, not «أبان» (he made clear)
            if cue.kind == "verb" and (negated(doc, t) or impersonal(doc, t)):
                continue  # «لم يكشف المصدر أن»: a report that no one said it; «يذكر أن»: the writer's aside
            if cue.kind == "verb" and writers_aside(doc, t, cue):
                continue  # «والجدير ذكره أن», «مما يؤكد أن»: the writer notes a fact, or a fact confirms it
            if cue.kind == "verb" and t > 0 and doc.tokens[t - 1].norm_key in _ACCORDING:
                continue  # «وحسب رأيه»: his view, the source of «according to», no verb (round 185)
            if cue.kind == "verb" and verbal_noun(doc, t):
                continue  # «طلب عدم ذكر اسمه»: the naming, no statement
            if cue.kind == "verb" and supposed(doc, t):
                continue  # «نفى ... أن تكون القوات نقلت معلومة»: what was denied, no one reporting
            if compared_cue(doc, t, cue, cues):
                continue  # «ويرى البحر كما يرى المضف أن»: he sees it as the other does; the first cue reports
            if as_said(doc, t, cue):
                continue  # «كما قالها»: as he said it, the words named before
            if followed(doc, t, cue):
                continue  # «وتابع الجلسات»: he followed them
            if cue.kind == "verb" and (object_relative(doc, t) or referred_relative(doc, t)):
                continue  # «الشروط التي أعلنها», «الاستفتاء الذي أعلن عنه»: the thing announced, not a statement
            if adjective(doc, t, cue) or measure_adjective(doc, t, cue) or negated_predicate(doc, t, cue):
                continue  # «بطريقة لافتة»: remarkable, no one pointing out
            if regarded_as(doc, t, cue):
                continue  # «بينما ترى كل الأطراف في التنظيم تهديدا»: they regard it as a threat, no words (q344)
            if described_belief(doc, t, cue):
                continue  # «ظريف رجل عملي يرى أن»: what he is described as, not his statement
            if cue.kind == "verb" and cues and other_party_cue(doc, t):
                continue  # «أحدهما يشعر ...، والفريق الآخر يرى أن»: the other camp, in the words before (q308)
            if saying_participle(doc, t, cue, cues):
                continue  # «وأضاف قائلا:»: he added, saying; one cue
            if not any(d.start <= doc.tokens[t].start < d.end for d in inside):
                cues.append((t, cue))
        aside = according_asides(doc, cues)  # «وقال فلان، بحسب ما نقلت عنه الوكالة، إن»: the verb's, no quote
        cues = [(t, cue) for t, cue in cues if t not in aside]
        if not cues:
            continue
        chunks = quote_chunks(doc, a, b, mentions, {t for t, _ in cues})
        for n, (t, cue) in enumerate(cues):
            if n > 0 and cue.kind == "verb" and inner_finding(doc, cues[n - 1][0], t):
                continue  # «وأضافت الوكالة أن التحقيقات كشفت أن»: the agency's words, the finding no speaker
            close = relative_cue_close(doc, t, cues[n + 1][0], b) if n + 1 < len(cues) else None
            stop = report_stop(doc, t, cue, cues[n + (1 if close is None else 2) :], b, direct, short)  # not at «إنه
            # ... تعتبر من أبرز»; «وقال المسؤول الذي قال إنه ...، إن»: past the relative cue, what the «إن» opens
            opened = relative_cue_close(doc, cues[n - 1][0], t, b) if n > 0 else None
            stop = stop if opened is None else min(stop, opened)  # the relative cue's words end at that comma
            content, is_direct, after_speaker = _content(doc, t if close is None else close, cue, stop, b, direct,
                                                         short)
            if content is None:
                continue
            if not is_direct:  # «وأضاف «إن ...» never closed, «قال، «يشرفني أن ...»», «ووفقا للوكالة، فإن «...»»
                content, is_direct = quoted_passage(doc, t, content, direct, quoted, cue.kind)  # (185, qd437, qu450)
            if is_direct:
                content = unclosed_run(doc, content) or content  # «جاء فيه: «X. Y،» never closed: all of it (q308)
                content = colon_run(doc, content) or content  # «وأضاف: نريد ... . أمننا ...»: the paragraph on (qu882)
            if asked_indirectly(doc, t, cue, is_direct, content, b):
                continue  # «وتساءل إن كان ...»: whether, no words of his (round 288)
            wording = worded_quotation(doc, t, cue, quoted)
            if wording is not None:  # «جعله «أكثر صلابة» بحسب التعبير المفضل لفلان»: his words, the quotation only
                content, is_direct = wording, True
            if cue.kind == "according" and set_off_hasb(doc, t):
                content = after_other_source(doc, t, content)  # «...، بحسب فلان، وهو ما ...، حسب الخبراء»
                if relayed(content, quotes):
                    continue  # «وقال المصدر: «...»، حسب رويترز»: the agency relays his words (round qu893)
            if cue.kind == "according" and reported_tail(doc, t, quotes, sent):
                continue  # «وقال إن X، بحسب قوله»: the writer's «as he put it» of the quote before, none of its own
            described_too = None
            if not is_direct:  # «أن ...، لكنه لم يحدد موعدا»: the writer's contrast, not what was said
                content = writer_contrast(doc, content, stop, b, quoted,
                                          comment=content.start > doc.tokens[t].start) or content
                content = past_semicolon(doc, content, scene.ranges, si)  # «إن X؛ وستوفر ...»: it goes on
                content = attribution_tail(doc, content)  # «...، حسب قولهم»: the writer's, not said
                content = bare_tail(doc, content)  # «... فشلت بحسب وصفه»: the same, with no comma
                content = reported_clauses_end(doc, content, cue.plural)  # «إن A، وإن B، وتشهد المدينة»: the writer's
                content = background_end(doc, content)  # «...، وكان المتحدث باسم الكرملين قد انتقد»: background
                content = aftermath_end(doc, content)  # «أن ... فتحت المعابر وبعدها بقليل انطلقت سيول»: what came after
                content = reader_address_end(doc, content)  # «...، رغم أنكم لو تأملتم»: the writer to his readers
                content = past_dateline(doc, content)  # «رانغون - «الشرق الأوسط»: قتل ...، حسبما أفاد»
                content = apodosis_end(doc, t, content)  # «عندما يعترف بأن ...، فذلك يعني»: the writer's answer
                content = unquoted_background_end(doc, content)  # «من أنه «لن يتراجع» ...، حيث قتلت»: background
                content = dangling_end(doc, content)  # «...، في الوقت الذي [كشف]»: the next clause's opener
                content = writers_remark_end(doc, content)  # «...، وهي الحادثة التي», «...، خلال لقاء مع»
                content = main_clause_end(doc, t, content, sent)  # «وبينما ...، مؤكدين أن X، بدأت الحكومة»
                content = set_off_relative_end(doc, t, content) or content  # «منظمة X، التي تقول Y إنها Z، أن»
                content = self_description_end(doc, t, content, chunks)  # «الذي يقول إنه X وتواصل»: narrative
                content = second_act_end(doc, content, cue) or content  # «إن ...، ودعا إلى حوار»: his next act
                content = own_acts_end(doc, t, content, cue)  # «أن X هي Y وأغلق كل السفارات», «أنهم سيحبطون X ووعدوا»
                cut = relative_main_end(doc, t, content)  # «، التي أعلنت أنها ...، تمكنت»: the main verb's
                if cut is not None:
                    head_quote_on(doc, t, quotes, content, cut)  # (the quote on the head noun goes on with it)
                    content = cut
                content = colon_quotation_end(doc, content)  # «إن ...، مضيفا: «...»»: his words, quoted (round 224)
                content = other_source_end(doc, content)  # «... في حين قدرت مصادر أخرى»: another's report
                content = colon_run(doc, content, that=True) or content  # «قال: إنها خطوة ... . كنا ...» (qu888)
                described_too = describing_end(doc, content, cue)  # «أن المتمردين يستخدمون ... ووصف الوضع بأنه»
                content = described_too[0] if described_too is not None else content
            if cue.kind == "verb" and read_passive(doc, t, chunks, after_speaker):
                continue  # «يعتبر الحد الأدنى»: «is considered», no one speaks
            if cue.kind == "verb" and fact_subject(doc, t):
                continue  # «وإقراره من قبل الاتحاد يؤكد أن»: the approval shows it, no one says it (round q304)
            if cue.kind == "verb" and cue.lemma not in _REPORTING and evidence_subject(doc, t, chunks, after_speaker):
                continue  # «المعلومات تشير إلى أن»: a fact points to it, no one says it (not «ذكرت»: reported)
            if cue.kind == "verb" and event_subject(doc, t, cue, chunks, after_speaker):
                continue  # «المؤامرة ضد الوزير كشفت للمسؤولين ...»: the plot showed it, no one says it (qu882)
            if nkey(cue.lemma) in fw("double_object_cues") and not is_direct and is_complementizer(doc, after_speaker):
                content = object_content(doc, t, chunks, after_speaker, cue.plural) or content  # «اعتبر X Y ...، إلا أن»
                after_speaker = t if plural_suffixed(doc, t) else after_speaker  # «اعتبروا X Y»: X no speaker
            scene.at(si, t)
            at, said = fronted_source(doc, t, cue, cues[:n], chunks, after_speaker, sent) or (t, cue)  # «وبحسب X، أكدت»
            stated = statement_speaker(doc, t, cue, chunks, after_speaker)  # «وجاء في بيان صادر عن X أن»
            speaker, via = (stated[0], "issuer") if stated is not None else _speaker(
                doc, at, said, chunks, quotes, sent, after_speaker, heard, bodies, scene)
            described = described_subject(doc, t, cue, sent, speaker) if via == "carry" else None
            if described is not None:  # «كانت إيران اتهمت ... عبر توجيه اتهامات اعتبرت أن»: the clause's subject
                speaker, via = described, "described_noun"
            who = relative_who(doc, t, cue, content) if via == "carry" else None
            if who is not None:  # «ويرى من يدفعون فلانا نحو الترشح أن»: those who, not the one named before
                speaker, via = None, "who"
            fronted_at = relative_fronted(doc, t, sent.start) if via == "carry" and cue.kind == "verb" else None
            if fronted_at is None and via == "carry" and cue.kind == "verb":  # «فإن الشخصيات الضالعة في ... قالت» (q354)
                fronted_at = that_fronted(doc, t, cue.gender, cue.plural)
            if fronted_at is not None:  # «فالدول العربية ... التي تعتبر حليفة للغرب، اعتبرت أن»: the group (q344)
                speaker, via, scene.held = None, "held", Span(*fronted_at)
            pointed = pointed_group(doc, t, cue, quotes, scene) if who is None else None
            if pointed is not None:  # «حسبما يرى متابعون ... . ويرى هؤلاء أنه»: the group just named (round q344)
                speaker, via, scene.held = None, "held", pointed
            elif speaker is not None and plural_pointer(doc, t, cue) and (e := doc.entity(speaker)) is not None and (
                    e.type == "PERSON"):
                speaker, via = None, "pointed"  # «ويرى هؤلاء (المراقبون) أن» after one man quoted: a group, not he
            opener_text = (shared_opener(doc, chunks, t, doc.token_from(sent.start) or 0)
                          if via == "carry" and cue.kind == "verb" else None)
            if opener_text is not None:  # «ويدين معارضو الاتفاق ...، ويؤكد أنه»: those who opened the clause
                speaker, via = None, "opener"
            untitled = (untagged_titled(doc, t) or contrast_untagged(doc, t)
                        if via == "carry" and cue.kind == "verb" else None)  # «لكن فلان وزير ... قال» (q354)
            if untitled is not None or (via == "carry" and cue.kind == "verb" and speaker is not None
                                        and told_unnamed(doc, t, doc.token_from(sent.start) or 0)):
                speaker, via = None, "untagged" if untitled is not None else "unnamed_clause"  # round 109
            set_off_who = aside_person(doc, t, b) if cue.kind == "verb" else None
            if set_off_who is not None:  # «وأن المطلوب، كما يقول المستشار في الجيش، فلان، ...»: the name after
                speaker, via = set_off_who, "aside"
            said_on = words_relative(doc, t, cue, quotes, sent) if via == "carry" else None
            if said_on is not None:  # «... برفع معدل الضرائب الذي قال إنه أقل»: whose words the noun ends
                speaker, via = said_on.speaker, "words_relative"
            elif via == "carry" and speaker is not None and far_relative(doc, t, cue, speaker, sent):
                speaker, via = None, "relative"  # «تقديرات الشركة ... والتي قالت إنه»: the noun's, no one from before
            went_on = followed_on(doc, t, cue, quotes) if speaker is None else None
            if went_on is not None:  # «وموضحاً أن ...، ولذلك فإن الأمم تعتني بلغاتها، ومؤكداً»: the one before
                speaker, via = went_on.speaker, "followed"
                bodies.pop(t, None)
            told = told_by(doc, t, speaker, via, sent, chunks)
            if told is not None:  # «وهاتف فلان ... وأبلغه بأنه»: whom he told is not the teller (round qu994)
                speaker, via, scene.held = told[0], "told" if told[0] is not None else "held", told[1]
            answered = answer_owner(doc, t, cue, sent) if speaker is None and via == "carry" else None
            if answered is not None:  # «ولم تتوقف إجابة البرلماني ...، ولكنه أضاف»: the one who answered (round 246)
                speaker, via = answered[0], "answer" if answered[0] is not None else "held"
                scene.held = answered[1] if answered[0] is None else None
            narrated = narrated_subject(doc, t, cue, chunks, quotes, sent) if via == "carry" else None
            if narrated is not None:  # «وقالت المصادر إن ... وقام أحد عناصر الميليشيات بإطلاق النار، وقال لوالده»
                speaker, via, scene.held = narrated[0], "narrated" if narrated[0] is not None else "held", narrated[1]
            conceded = (concessive_referent(doc, t, cue, sent, heard)
                        if speaker is None and via == "carry" and scene.held is None else None)
            if conceded is not None:  # «... برفقة المحافظ فلان، رغم أنه أكد أن»: the one the pronoun stands for
                speaker, via = conceded, "concessive"
            if (cue.kind == "participle" and speaker is None and via in ("carry", "clause", "body")
                    and not any(q.cue.start >= sent.start for q in quotes)):
                said_by = noun_speaker(doc, t, sent)
                if said_by is not None:  # «رغم تأكيدات الملك سلمان أنه ...، مؤكدا»: the king speaks on
                    speaker, via = said_by, "noun"
            stated_by = where_noun_speaker(doc, t, sent) if cue.kind == "verb" and via == "carry" else None
            if stated_by is not None and _agrees(doc, stated_by, cue.gender, heard):  # «رغم تصريحات روحاني، حيث اعتبر»
                speaker, via = stated_by, "noun"  # (round 288)
            if cue.kind == "verb" and any(q.content.start <= doc.tokens[t].start < q.content.end and pronoun_predicate(
                    doc, doc.token_from(q.cue.start) or 0, t) for q in quotes):
                speaker, via = None, "pronoun"  # «إن الخطورة في العملية أنها كشفت»: the operation, no speaker
            within = place_in_body(doc, t, speaker) if cue.kind == "according" else None
            if within is not None:  # «وفقا لتقرير لمصرف أبوظبي الإسلامي»: the bank, unnamed, not the city
                speaker, via = None, "body_place"
            if cue.kind == "according" and speaker is None:
                described = described_speaker(doc, t, sent, heard)
                if described is not None:  # «... الذي يتوقع بحسب وصفه أنه»: the one named before whose words
                    speaker, via = described, "described"
            prior = (pronoun_source(doc, t, quotes, scene.ranges[max(si - 1, 0)][0].start)
                     if cue.kind == "according" and via in ("carry", "none") else None)  # «وحسب رأيه فإنه»: the one
            kingdom = according_kingdom(doc, t) if cue.kind == "according" and speaker is None else None
            if kingdom is not None:  # «حسبما أعلنت المملكة»: the state the paper writes from
                speaker, via = kingdom, "kingdom"
            worded = tail_speaker(doc, content, sent) if cue.kind != "according" and speaker is None else None
            if worded is not None:  # «ولفت إلى أن ...، على حد تعبير فلان»: in his words, his
                speaker, via = worded, "worded"
                bodies.pop(t, None)
            tok = doc.tokens[t]
            named_as = known_as(doc, t, content)
            if named_as is not None:  # «وقالت الجماعة التي تعرف باسم «X»»: X, not the one named before it
                speaker, via = named_as, "known_as"
                bodies.pop(t, None)
            if (speaker is not None and not (quotes and quotes[-1].speaker == speaker)
                    and not (cue.kind == "according" and own_words(doc, t))  # «بحسب قوله»: his own, named in it
                    and not content.start <= tok.start < content.end  # («بحسب كيري» inside what it reports)
                    and spoken_of(doc, speaker, Span(tok.start, tok.end), content, sent)):
                speaker, via = None, "spoken"  # «وأضاف: «يجب أن يقنع رئيس الوزراء فلان»»: spoken of, not speaking
            attrs: dict[str, object] = {"cue_lemma": cue.lemma, "kind": cue.kind, "via": via, "plural": cue.plural,
                                        "gender": cue.gender}
            if denies(cue) and (denial_holds(doc, t, content) or object_denied(doc, cue, t, content)):
                attrs["denied"] = True  # «نفى أن ...»: the content is what the speaker denied
            if t in bodies and spokesman_of_body(doc, bodies[t], speaker):
                attrs["spokesman_body"] = True  # «وقال ناطق باسم الحركة»: the body speaks through its spokesman
                attrs["affiliation"] = speaker
            elif t in bodies:
                attrs["body"] = True  # an unnamed source of a named body («مسؤول في الوزارة»): he speaks, not it
                attrs["affiliation"], speaker = speaker, None
            pair = _pair(doc, t, cue, scene) if cue.dual else None
            subject = dual_subject(doc, t, pair[0]) if pair is not None else None
            if subject is not None:  # «وأن رد مسؤولي الوكالة جاء عفويا حيث أفادا»: the officials, not the two before
                pair, speaker, attrs["via"], attrs["body"], bodies[t] = None, None, "dual_subject", True, subject[0]
                if subject[1] is not None:
                    attrs["affiliation"] = subject[1]
            if pair is None and cue.plural and (speaker is None or via == "clause") and via != "who":
                pair = relative_pair(doc, t, sent)  # «فلان وفلان اللذين ...، معتبرين أن»: both
                speaker = pair[0][0] if pair is not None else speaker  # (not the clause's one subject)
            group = (relative_group(doc, t, sent, chunks, speaker) if pair is None and cue.plural
                     and cue.kind == "participle" and via == "clause" and speaker is not None else None)
            if group is not None:  # «المرشحين الذين انتقدوا ...، معتبرين»: the candidates, not one named before
                speaker, via, scene.held = None, "held", group
                attrs["via"] = via
            sides = side_pair(doc, t, cue, sent, quotes) if pair is None and speaker is None else None
            if sides is not None:  # «وأكد الجانبان ...، وشددا على أن»: the two sides of the meeting told before
                pair, speaker, attrs["via"] = (sides, None), sides[0], "sides"
            if pair is not None:
                attrs["speakers"] = list(pair[0])  # «وشددا»: the two named together before it
                speaker = speaker if speaker is not None else first_of_pair(doc, t, pair[0])  # the contract's one id
                if pair[1] is not None:
                    attrs["speaker_text"] = pair[1]
            elif t in bodies:
                attrs["speaker_text"] = bodies[t]
            elif speaker is None and via not in ("held", "untagged"):
                phrase = (stated[1] if stated is not None
                          else clause_phrase(doc, t, cue, chunks, quotes, sent, heard) if cue.kind == "participle"
                          else speaker_phrase(doc, at, said, chunks, after_speaker))  # fmt: skip
                if phrase is not None:
                    attrs["speaker_text"] = phrase  # «وقالت مصادر قضائية»: a source the entity layer does not name
            if within is not None:
                attrs["speaker_text"] = within
            if who is not None:
                attrs["speaker_text"] = who
            if opener_text is not None:
                attrs["speaker_text"] = opener_text
            if untitled is not None and speaker is None:
                attrs["speaker_text"] = untitled  # «أكده علي القحوم عضو المكتب»: the name the entity layer missed
            counted = (counted_subject(doc, t, cue) if speaker is None and via == "carry" and t not in bodies
                       and "speakers" not in attrs else None)
            if counted is not None:  # «وكان ثلاثة من أبرز قيادات الحركة ...، تحدثوا»: the group, of the body (qu945)
                attrs["speaker_text"], attrs["affiliation"], attrs["body"], attrs["via"] = (*counted, True, "counted")
            given = attrs.get("speaker_text")
            if isinstance(given, Span) and attrs.get("denied") is True:
                given = attrs["speaker_text"] = before_truth(doc, given, content)  # «ونفى الوزير صحة الأنباء»
            agency = (agency_speaker(doc, given, tok.start) if isinstance(given, Span) and speaker is None
                      and t not in bodies and "speakers" not in attrs else None)
            if agency is not None:
                speaker, attrs["via"] = agency, "agency"  # «وأكدت وكالة أنباء الأناضول»: the agency, not «وكالة أنباء»
                del attrs["speaker_text"]
            body = (institution_speaker(doc, given, tok.start) if isinstance(given, Span) and speaker is None
                    and agency is None and t not in bodies and "speakers" not in attrs else None)
            if body is not None:
                speaker, attrs["via"] = body, "institution"  # «وقال مكتب كاميرون», «وذكرت الحكومة»: that body
                del attrs["speaker_text"]
            owner = (report_author(doc, given, quotes, tok.start) or tally_author(doc, given, tok.start)
                     or parent_body(doc, given)
                     if isinstance(given, Span) and speaker is None and agency is None and body is None
                     and t not in bodies and "speakers" not in attrs else None)
            if owner is not None:  # «وأشار التقرير» of the one body's report; «القيادة العسكرية لحزب X»: X
                speaker, attrs["via"] = owner, "report"
                del attrs["speaker_text"]
            given = attrs.get("speaker_text")
            free = (isinstance(given, Span) and speaker is None and t not in bodies and "speakers" not in attrs)
            medium = medium_speaker(doc, given, tok.start) if free and isinstance(given, Span) else None
            if medium is not None:  # «وقال موقع ويكيليكس», «وذكرت الصحيفة» after «صحيفة النهار»: that medium
                speaker, attrs["via"] = medium, "medium"
                del attrs["speaker_text"]
            named_short = ((short_body(doc, given, tok.start) or study_body(doc, given))
                     if free and medium is None and isinstance(given, Span) else None)
            if named_short is not None:  # «وأوضحت الخارجية» after «نددت الخارجية التركية»: that ministry;
                # «وفقا لدراسة أجرتها مؤسسة X»: X
                speaker, attrs["via"], medium = named_short, "short", named_short
                del attrs["speaker_text"]
                partner = study_partner(doc, given, named_short) if isinstance(given, Span) else None
                if partner is not None:  # «حسب تقرير أعده فلان وعلان»: both authors (round qu918)
                    attrs["speakers"] = [named_short, partner]
            council = (council_in_full(doc, given, tok.start) if free and medium is None and isinstance(given, Span)
                       else None)
            if council is not None:  # «أعلن مجلس مصراتة البلدي ... وقال المجلس»: its full name (round 185)
                attrs["speaker_text"] = given = council
            issued = issuing_body(doc, given) if free and medium is None and isinstance(given, Span) else None
            if issued is not None:  # «قال بلاغ لرئاسة الجمهورية»: the presidency's statement, the presidency speaks
                attrs["via"] = "issued"
                if issued[0] is not None:
                    speaker = issued[0]
                    del attrs["speaker_text"]
                else:
                    attrs["speaker_text"] = issued[1]
            if (speaker is None and via in ("carry", "relative", "svo", "held", "shared", "statement", "untagged") and scene.held is not None
                    and "speaker_text" not in attrs):
                attrs["speaker_text"] = scene.held  # «وأضافت»: still the unnamed sources
            given = attrs.get("speaker_text")
            held = (retitled_holder(doc, t, given) or body_title_holder(doc, tok.start, given)
                    or named_after_and(doc, given) or added_description(doc, t, given, quotes)
                    if isinstance(given, Span) and speaker is None
                    and t not in bodies and "speakers" not in attrs else None)
            if held is not None:  # «وقال رئيس النادي» after «رئيس نادي الهلال فلان»: he
                speaker, attrs["via"] = held, "retitled"
                del attrs["speaker_text"]
            topic = (topic_person(doc, t, cue, quotes, heard, scene) if speaker is None and via in ("carry", "clause")
                     and "speaker_text" not in attrs and "speakers" not in attrs and t not in bodies else None)
            if topic is not None:  # «ومع انشغال الأمير فلان ... . الأولى ...، مؤكدًا»: the man the passage is about
                speaker, attrs["via"] = topic, "topic"
            if speaker is None and "affiliation" not in attrs:
                _carry_affiliation(quotes, attrs)
            if speaker is None and "affiliation" not in attrs and isinstance(given, Span) and held is None:
                body = (head_affiliation(doc, quotes, given) or source_affiliation(doc, quotes, given)
                        or named_body(doc, given) or close_affiliation(doc, given) or short_affiliation(doc, given)
                        or group_affiliation(doc, given))  # «نواب جماعة الإخوان»: the Brotherhood (qu908)
                if body is not None:  # «ورد الناطق» after «وقال ناطق بلسان نتنياهو»: the same one's
                    attrs["affiliation"] = body
                if body is not None and spokesman_of_body(doc, given, body):
                    speaker, attrs["spokesman_body"] = body, True  # «متحدثة باسم الشرطة»: the police named before
            again = (called_back(doc, t, given, quotes) if cue.kind == "according" and speaker is None
                     and isinstance(given, Span) else None)
            if again is not None:  # «...»، حسب تعبير المصدر.» after «وأعرب مصدر جنوبي عن اعتقاده»: that source (qu913)
                attrs["speaker_text"] = given = again
            if said_on is not None and speaker is None and "speaker_text" in said_on.attrs:
                attrs["speaker_text"] = said_on.attrs["speaker_text"]  # the same unnamed one
            given = attrs.get("speaker_text")
            if isinstance(given, Span) and speaker is None:
                attrs["speaker_text"] = missed_name(doc, given) or set_off_name(doc, given) or run_to_complement(
                    doc, given)  # «وزير خارجية سنغافورة»: the name the entity layer missed
            given = attrs.get("speaker_text")
            if isinstance(given, Span) and speaker is None:  # «مصادر محلية وشهود عيان», «مسؤولون حاليون وسابقون»
                wider = and_extended(doc, given, Span(tok.start, tok.end), content) or given
                attrs["speaker_text"] = qualified_extended(doc, wider, cue.kind == "according") or wider
                # «مصدر في قيادة العمليات إن», «بحسب مصادر طبية في المدينة.» (round qu983)
            given = attrs.get("speaker_text")
            fuller = legal_body_in_full(doc, given) if isinstance(given, Span) and speaker is None else None
            if fuller is not None:  # «وأكد فيها الادعاء» after «مكتب الادعاء العام الفيدرالي»: that office
                attrs["speaker_text"] = given = fuller
            chained = (chain_extended(doc, given, content, Span(tok.start, tok.end)) if isinstance(given, Span)
                       and speaker is None else None)
            if chained is not None:  # «قائد المقاومة في المنطقة», «هيئة X التابعة للاتحاد الأوروبي» (round 222)
                attrs["speaker_text"] = given = chained
            placed = place_genitive(doc, given) if isinstance(given, Span) and speaker is None else None
            if placed is not None:  # «وأكد مجلس محافظة الأنبار»: the council of the place (round 213)
                attrs["speaker_text"] = given = placed
            in_full = body_name_span(doc, given) if isinstance(given, Span) and speaker is None else None
            if in_full is not None:  # «مراسل الهيئة السورية للإعلام»: the body's name in full (round 224)
                attrs["speaker_text"] = given = in_full
            if isinstance(given, Span) and speaker is None:  # «وأبلغت مصادر طبية الصحافيين أن»: not whom (qu983)
                attrs["speaker_text"] = given = told_clip(doc, t, given)
            if isinstance(given, Span) and speaker is None:  # «أسرة آخر ورثة الأسرة، الملك السابق فلان،» (qu983)
                attrs["speaker_text"] = given = set_off_extended(doc, given) or given
            same = (same_named(doc, given) if isinstance(given, Span) and speaker is None and t not in bodies
                    and "speakers" not in attrs else None)
            if same is not None:  # the very words of a person's or body's mention elsewhere: that one (round 213)
                speaker, attrs["via"] = same, "same_named"
                del attrs["speaker_text"]
            honored = (honored_person(doc, given) if isinstance(given, Span) and speaker is None and t not in bodies
                       and "speakers" not in attrs else None)
            if honored is not None:  # «المحلل السياسي ... الدكتور فلان»: the man the description is apposed to (q354)
                speaker, attrs["via"] = honored, "honorific"
                del attrs["speaker_text"]
                given = None
            issuer = report_issuer(doc, given, tok.start) if isinstance(given, Span) and speaker is None else None
            if issuer is not None:  # «إن التقرير يوضح» after «تقرير صادر عن X»: X (its entity, else its phrase)
                speaker, attrs["via"], attrs["speaker_text"] = issuer[0], "issued", issuer[1]
                if speaker is not None:
                    del attrs["speaker_text"]
            if cue.kind == "according" and not is_direct:  # «وأضاف القطاع وفقا لتقرير لمصرف X إلى محفظته ...»
                ended = _source_end(doc, tok.start, speaker, attrs)
                content = (according_rest(doc, tok.start, ended, content) or topic_with_predicate(doc, tok.start, content)
                           or measured_phrase(doc, tok.start, content) or content)  # «الاقتصاد البالغ حجمه X وفقا لـ»
            given = attrs.get("speaker_text")
            nisba = (statement_issuer(doc, given) if isinstance(given, Span) and speaker is None
                     and "affiliation" not in attrs and "speakers" not in attrs else None)
            if nisba is not None:  # «ووفقا للبيان الأوروبي»: the EU; «وقال البيان المصري»: Egypt (round qu945)
                speaker, attrs["via"] = nisba, "statement_nisba"
                for key in ("speaker_text", "body"):
                    attrs.pop(key, None)
            data_by = issued_data(doc, t) if cue.kind == "according" else None
            sourced = body_sources(doc, t) if cue.kind == "according" and data_by is None else None
            if data_by is not None or sourced is not None:  # «وفقا للأرقام الصادرة عن X»: X; «بحسب مصادر صحيفة X»
                for key in ("speaker_text", "affiliation", "body", "speakers"):
                    attrs.pop(key, None)
                speaker, attrs["via"] = data_by, "issued" if data_by is not None else "body_sources"
                if sourced is not None:
                    attrs["speaker_text"], attrs["affiliation"], attrs["body"] = sourced[0], sourced[1], True
            if prior is not None:  # quoted just before, his phrase and body with him
                speaker = prior.speaker
                attrs = {**{k: v for k, v in attrs.items() if k not in ("speaker_text", "affiliation", "body")},
                         **{k: v for k, v in prior.attrs.items() if k in ("speaker_text", "affiliation", "body")},
                         "via": "own_source", "gender": prior.attrs.get("gender")}
            if not is_direct:  # «وبالمثل، خاضت الشركة ...، حسب ما أفاد به»: the writer's connective (round q354)
                content = frame_trimmed(doc, content, tok.start) or content
            given = attrs.get("speaker_text")
            if isinstance(given, Span) and predicate_as_speaker(doc, t, cue, given):
                del attrs["speaker_text"]  # «اعتبره أهم لاعب»: the predicate, no speaker phrase
            quotes.append(
                Quote(cue=Span(tok.start, tok.end), content=content, direct=is_direct, speaker=speaker, attrs=attrs)
            )
            if not is_direct and described_too is not None:  # «ووصف الوضع بأنه الأكثر توترا»: his own words too
                quotes.append(Quote(cue=described_too[1], content=described_too[2], direct=False, speaker=speaker,
                                    attrs={**attrs, "cue_lemma": "وصف"}))
            for more, marked in further_clauses(doc, content, stop, (*direct, *short)) if is_direct else ():
                quotes.append(Quote(cue=Span(tok.start, tok.end), content=more, direct=marked, speaker=speaker,
                                    attrs=dict(attrs)))  # «أنه «X»، وأن «Y»، وأن Z»: Y and Z said too, the same cue
    return quotes


def _source_end(doc: Doc, at: int, speaker: str | None, attrs: dict[str, object]) -> int:
    """Where the source an «according to» cue at character ``at`` names ends: its speaker phrase, or the first
    mention of its speaker after the cue (``at`` where neither follows it)."""
    given = attrs.get("speaker_text")
    if isinstance(given, Span) and given.start > at:
        return given.end
    ent = doc.entity(speaker)
    ends = [m.end for m in ent.mentions if m.start > at] if ent is not None else []
    return min(ends) if ends else at


def _carry_affiliation(quotes: list[Quote], attrs: dict[str, object]) -> None:
    """An unnamed speaker carried over from an earlier quote («وقال مسؤول في الخارجية ...، مشيرا», «وأضاف») keeps
    that quote's affiliation: the same phrase, the same body."""
    phrase = attrs.get("speaker_text")
    if not isinstance(phrase, Span):
        return
    body = next((q.attrs.get("affiliation") for q in reversed(quotes) if q.attrs.get("speaker_text") == phrase), None)
    if isinstance(body, str):
        attrs["affiliation"] = body


@stage("quotes", requires=("tokens", "sentences", "entities"), assigns=("quotes",))
def quotes_stage(doc: Doc) -> None:
    doc.quotes = extract_quotes(doc)
    joint_speakers(doc, doc.quotes)  # «وأكد كل من X وY»: both (round 241)
    document_subjects(doc, doc.quotes)  # «وصفت دراسة ... . وأكدت أن»: the study (round 266)
    paper_speakers(doc, doc.quotes)  # «وكانت وثائق نشرت ... كشفت أن»: the documents or their issuer (round 288)
    press_speakers(doc, doc.quotes)  # «سلطت الصحف السودانية ... . وأشارت إلى أن»: the papers (round 288)
    coordinated_objects(doc, doc.quotes)  # «أعلنت السيطرة عليها وأنها حررتها»: the object too (round q274)
    aside_parts(doc, doc.quotes)  # «هولاند، كما تقول مصادر الإليزيه، سيلتقي»: the halves (qu620)
    later_speakers(doc)  # «وأضاف المحامي»: he again; «يتابع فلان»: the spokesman was he; interview answers

"""The content a reporting cue reports, for the ``quotes`` stage: quoted words, a «أنّ/إنّ» clause or words after a
colon, and where that content ends (a full stop, the next report, a clause the writer attaches: «، كما ذكر»,
a name in quote marks that is no speech, a time before the «أن»).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..doc import Doc, Span
from ..events.chunks import build_chunks, mention_index
from ..events.forms import bare, fw, fw_keys, nkey
from .bounds import additive, report_opening, circumstance_clause, clause_close, noun_setting
from .demands import concessive, demand_noun, denied_object, denied_truth
from .inner_quotation import long_quotation_runs_on, quotation_runs_on
from .considered import quoted_predicate
from .bare_speech import objects_or_speech
from .named_quotation import aside_then_said, headed_quotation, quoted_speaker_name, relay_start
from .self_named import self_description
from .opening_according import according_opening, fa_opening, quoted_name_mark
from .set_off_hasb import quotation_before, set_off_hasb
from ..events.word_tests import KANA_PAST
from .according_quoted import DASHES, dashed_aside_end, quoted_after_aside
from .other_verb import others_that
from .set_off import set_off_setting
from .tails import own_that, past_telling, semicolon_start
from .through import goes_on_in_fa, reported_by
from .reach import far_colon, seen_clause
from .next_line import next_line
from .edition import named_edition
from .colon_words import colon_words
from .mid_aside import dashed_subject, mid_aside
from .verb_aside import verb_aside
from .reported_as import QUOTED_NAME_REACH, reported_as
from .addressed_quotation import after_addressee
from .asked import asked_question
from .cues import (APPOSED_WINDOW, APPOSITION_OPENS, COMPLEMENT_WINDOW, DIRECT_WINDOW, SCARE_MAX_TOKENS, QUOTE_MARK,
                   CUE_ENDS, Cue, by_source, is_complementizer, match_cue, said_after, trim)
from .talk_frame import talk_frame
from .writer_clause import held_belief, possible_clause

_ALREADY = fw_keys("already_forms")

_WHILE = frozenset(nkey(w) for w in ("بينما", "فيما"))  # «while», whose «كان» sets a scene, opens no clause


def stop_mark(text: str) -> bool:
    """A full stop, colon, semicolon, exclamation or question mark, or a quote mark."""
    return text in CUE_ENDS or QUOTE_MARK.fullmatch(text) is not None


def clause_end(doc: Doc, u: int) -> bool:
    """Token ``u`` ends what a cue's subject or apposition may span: a stop, a quote mark or «أن/إن»."""
    return is_complementizer(doc, u) or stop_mark(doc.tokens[u].text)


def _apposed_relative(doc: Doc, t: int, sent_end: int) -> bool:
    """A relative clause set off by a comma right after the subject of the cue at ``t`` («قال فلان، الذي يشغل منصب
    ...»), within APPOSITION_OPENS tokens, with no «أن», quote mark or stop before it."""
    for u in range(t + 1, min(sent_end - 1, t + 1 + APPOSITION_OPENS)):
        tok = doc.tokens[u]
        if clause_end(doc, u):
            return False
        if tok.text in ("،", ","):
            return u > t + 1 and bare(doc.tokens[u + 1].norm_key, "relatives") in fw("relatives")
    return False


ACCORDING_AHEAD = 8  # tokens from «according to» to the «، (فـ)إن» of what follows it


def _according_ahead(doc: Doc, t: int, end: int) -> Span | None:
    """«وبحسب القيادي، فإنه لن ...», «ووفقا للمصدر، فإن ...»: «according to» a source, then a comma and «(فـ)إن»
    within ACCORDING_AHEAD tokens, reports what follows (to ``end``), not what came before it; None where no such
    «إن» follows (another stop first)."""
    for u in range(t + 1, min(end - 1, t + ACCORDING_AHEAD)):
        tok = doc.tokens[u]
        if tok.text in ("،", ",") and is_complementizer(doc, u + 1):
            return trim(doc.text, doc.tokens[u + 1].end, doc.tokens[end - 1].end)
        if tok.norm_key == "فان" and u > t + 1:  # «ووفقا لمصادر صحافية فإن الخطة ...»: no comma, «فـ» opens it
            return trim(doc.text, tok.end, doc.tokens[end - 1].end)
        fa = fa_opening(doc, t, u, end)  # «وحسب رأيه فإنه لا يشك», «وبحسب تقديره فيبدو أن»: round 185
        if fa is not None:
            return fa
        if stop_mark(tok.text) and not quoted_name_mark(doc, u):  # «لصحيفة «نيويورك تايمز» فإنه» (qu933)
            return None
    return None


_CONTRAST = frozenset(nkey(w) for w in ("لكن", "ولكن"))


def _according_inside(doc: Doc, t: int, end: int) -> Span | None:
    """«إلا أنه بحسب عدد من المصادر كان المركب يقل ...»: «according to» right after «أن/أنه» or «لكن» with no comma,
    or after phrases of a preposition alone («وفي كثير من الأحيان وفقا لـ...»), inside the clause they open, reports that clause, which goes on past the source (its phrase and «من» phrases
    after it: «عدد من المصادر») to ``end``; None where no word of the clause stands past the source."""
    if t < 1:
        return None
    adverbial = not (is_complementizer(doc, t - 1) or doc.tokens[t - 1].norm_key in _CONTRAST)
    if adverbial and not _adverbial_opening(doc, t):
        return None
    chunks = build_chunks(doc, t + 1, end, mention_index(doc), set())
    if not chunks or chunks[0].i != t + 1:
        return None
    last = chunks[0].j
    for c in chunks[1:]:
        if c.prep is None or c.i > last + (3 if doc.tokens[last + 1].norm_key in fw("subject_quantifiers") else 2):
            break
        last = c.j  # «عدد | من المصادر», «بعض | من المشاركين»
    if adverbial and last + 2 < end and doc.tokens[last + 1].text in ("،", ","):
        last += 1  # «وفي الأسبوع الماضي، وبحسب شهود عيان، قصفت»: the aside's closing comma
    if last + 1 >= end - 1 or not doc.tokens[last + 1].text[:1].isalnum():
        return None
    return trim(doc.text, doc.tokens[last + 1].start, doc.tokens[end - 1].end)


_GOES_ON = frozenset(nkey(w) for w in ("إلى", "الى", "على", "علي"))


def _according_through(doc: Doc, t: int, end: int) -> int | None:
    """«تشتمل هذه الخطة بحسب كيري على «...»», «وارتفع عدد القتلى وفقا للمرصد إلى 50»: «according to» a source
    inside a clause, with no comma before it, and the clause going on right after the source's name (one phrase
    the entity layer names, or a report word and the phrases naming whose it is; no «ما»: «بحسب ما قال») with
    «إلى/على» or a verb in «فـ» («أما نجاحها بحسب باريس فيكمن في ...»), to ``end``: the character where the whole clause, the
    source inside it, ends; None where the clause does not go on past the source."""
    if t < 1 or not doc.tokens[t - 1].text[:1].isalnum() or is_complementizer(doc, t - 1):
        return None
    chunks = build_chunks(doc, t + 1, end, mention_index(doc), set())
    if not chunks or chunks[0].i not in (t + 1, t + 2) or nkey(doc.tokens[chunks[0].i].text) in ("ما", "لما"):
        return None  # (t + 2: past «لـ» written apart)
    after = chunks[0].j + 1
    while after < end and doc.tokens[after].text in ("»", '"') and any(
            doc.tokens[k].text in ("«", '"') for k in range(t + 1, chunks[0].j + 1)):
        after += 1  # «وفقا لـ«المرصد» إلى»: the name's closing mark
    if chunks[0].entity is None:
        owned = reported_by(doc, chunks, t, after)  # «وفقا لتقرير لمصرف أبوظبي الإسلامي إلى»: whose report
        if owned is None:
            return None
        after = owned
    if after + 1 >= end or not (doc.tokens[after].norm_key in _GOES_ON or goes_on_in_fa(doc, after)):
        return None  # («وفقا لبيانات منشورة على الموقع»: the source's own phrase goes on)
    return doc.tokens[end - 1].end


_COPULAS = fw_keys("copula_pronouns")
COPULA_REACH = 6  # tokens from «according to» to the comma that closes the source's phrase


def _copula_after(doc: Doc, t: int, end: int) -> int | None:
    """«X، بحسب المتحدث باسمه، هو ...»: an «according to» phrase set off by commas in the middle of a nominal clause,
    its predicate going on after it with «هو/هي»: the token past the clause's end (``end``), so that the content is
    the whole clause around the aside; None where no comma before it, or no copula after the closing comma within
    COPULA_REACH tokens."""
    if t < 1 or doc.tokens[t - 1].text not in ("،", ","):
        return None
    for u in range(t + 2, min(end - 1, t + 1 + COPULA_REACH)):
        if doc.tokens[u].text in ("،", ","):
            return end if doc.tokens[u + 1].norm_key in _COPULAS and u + 2 < end else None
        if not doc.tokens[u].text[:1].isalnum() and doc.tokens[u].text not in ("«", "»", '"'):
            return None
    return None


def _adverbial_opening(doc: Doc, t: int) -> bool:
    """«وفي كثير من الأحيان وفقا لإفادة ...»: all of the sentence before the cue at ``t`` is phrases of a preposition
    (and prepositions), no clause that «according to» could report."""
    first = doc.sentence_of(doc.tokens[t].start)
    a = next((u for u in range(t - 1, -1, -1) if first is None or doc.tokens[u].start < first.start), -1) + 1
    if a >= t:
        return False
    chunks = build_chunks(doc, a, t, mention_index(doc), set())
    covered = {u for c in chunks for u in range(c.i, c.j + 1)}
    return bool(chunks) and all(c.prep is not None for c in chunks) and all(
        u in covered or bare(doc.tokens[u].norm_key, "prepositions") in fw("prepositions")
        or doc.tokens[u].text in ("،", ",") for u in range(a, t))


def _content(
    doc: Doc, t: int, cue: Cue, stop: int, sent_end: int, direct: list[Span], short: Sequence[Span] = ()
) -> tuple[Span | None, bool, int]:
    """(content, direct?, last token index the speaker may occupy) for the cue at token ``t``."""
    text = doc.text
    if cue.kind == "according":
        first = doc.sentence_of(doc.tokens[t].start)
        if first is None or not by_source(doc, t):
            return None, False, t
        opened = own_that(doc, t, min(stop, sent_end))
        if opened is not None:
            return opened, False, t  # «يتوقع بحسب وصفه أنه مسألة وقت»: what follows «أن»
        ahead = _according_ahead(doc, t, min(stop, sent_end)) or according_opening(doc, t, stop, sent_end)
        if ahead is not None:
            return ahead, False, t + 4  # «وبحسب القيادي، فإنه ...»: what follows
        inside = _according_inside(doc, t, min(stop, sent_end))
        if inside is not None:
            return inside, False, t + 4  # «إلا أنه بحسب عدد من المصادر كان المركب ...»: what follows
        through = _according_through(doc, t, min(stop, sent_end))
        if through is not None:
            return trim(text, first.start, through), False, t + 4  # «تشتمل الخطة بحسب كيري على «...»»: all of it
        verbal = verb_aside(doc, t, first.start, min(stop, sent_end))
        if verbal is not None:
            return verbal, False, t + 4  # «ويعد بحسب الخبراء عسكريا، نشوب الخلاف ... نجاحا»: the verb's clause
        quotation = quoted_after_aside(doc, t, min(stop, sent_end), (*direct, *short))
        if quotation is not None:  # «الأمر الذي يعكس، وفق مصادر فرنسية، «المستوى ...»»: the quotation (round q344)
            return quotation, True, t + 4
        closing = quotation_before(doc, t, direct) if set_off_hasb(doc, t) else None
        if closing is not None:  # «»، حسب بومبيو.»: the quotation closing before it (round qu893)
            return closing, True, t + 4
        opens = _attached_clause(doc, t + 1, first.start, reported=True) if t > 0 and doc.tokens[t - 1].text in (
            "،", ",") else None
        opens = opens or semicolon_start(doc, first.start)  # «ووسط أزمة ...؛ بما في ذلك ...، اقتحموا ...، وفقا لـ»
        opens = past_telling(doc, opens, t) or opens  # «أعلنت X حاجتها ... الذي أسفر عن ... وفق»: the toll
        dashed = dashed_aside_end(doc, t, min(stop, sent_end))
        if dashed is not None:  # «فيما يصل عدد X - بحسب مصادر - إلى 15»: all of the clause, the aside inside (q344)
            return trim(text, _attached_clause(doc, t, first.start) or opens, doc.tokens[dashed - 1].end), False, t + 4
        copula = _copula_after(doc, t, min(stop, sent_end))
        if copula is not None:  # «ومن أبرز الأهداف ...، بحسب المتحدث باسمه، هو العمل على ...»: all of it
            return trim(text, opens, doc.tokens[copula - 1].end), False, t + 4
        last = t - 1 if doc.tokens[t - 1].text in DASHES else t  # «... إلى 50 - بحسب المرصد»: not the dash
        return trim(text, opens, doc.tokens[last].start), False, t + 4  # «قال إن X، بحسب»: X
    question = asked_question(doc, t, cue, sent_end)
    if question is not None:
        return question[0], False, question[1]  # «وتساءل ما الذي يدفع شابا إلى ...؟»: his question, unmarked
    aside = reported_as(doc, t, sent_end) if cue.kind == "verb" and not dashed_subject(doc, t, sent_end) else None
    if aside is not None:
        said = [d for d in (*direct, *short) if d.end == doc.tokens[t - 3].start and d.start >= aside[0]]
        if said:  # «...، ولهذا فقد «تم الاتفاق على خطة»، كما قال فلان.»: the quotation
            return trim(text, said[0].start, said[0].end), True, aside[1]
        opens = _attached_clause(doc, t, aside[0])
        last = t - 2 if doc.tokens[t - 2].text in ("،", ",", "-", "–", "—") else t - 1  # «... كما يقول فلان، إذ»
        return trim(text, opens or aside[0], doc.tokens[last].start), False, aside[1]  # «...، كما أفاد المرصد.»
    mid = mid_aside(doc, t, sent_end) if cue.kind == "verb" else None
    if mid is not None:  # «وأن المطلوب، كما يقول فلان، مساعدة ...»: all of it, the aside inside
        whole = doc.sentence_of(doc.tokens[t].start)
        begin = whole.start if whole is not None else 0
        opens = mid[2] if mid[2] is not None else _attached_clause(doc, t, begin) or begin  # «حيث X، كما قال»
        lead = doc.token_from(opens)
        if lead is not None and lead + 1 < t and is_complementizer(doc, lead):
            opens = doc.tokens[lead + 1].start  # «إن الاتفاق – كما كتب فلان – حلّ»: what «إن» opens (round 288)
        return trim(text, opens, mid[0]), False, mid[1]
    seen = seen_clause(doc, t, cue, min(stop, sent_end))
    if seen is not None:
        return seen[0], False, seen[1]  # «وطبقا لما يراه خبراء سيبقى الوضع ...»: what they see
    framed = talk_frame(doc, t, sent_end)  # «لـX في معرض حديثه عن ...، وكيف ... إن:»: far, no comma (qu466)
    apposed = framed or _apposed_relative(doc, t, sent_end) or set_off_setting(doc, t, sent_end)  # «، الذي»/«، رغم»
    limit = min(stop, sent_end, t + (APPOSED_WINDOW if apposed else COMPLEMENT_WINDOW))
    named_to = relay_start(doc, t, cue)  # passed over: a relay's subject, a quoted name («لقناة «X» الإذاعية إن»)
    for u in range(t + 1, limit):
        tok = doc.tokens[u]
        if tok.start < named_to:
            continue  # («بعنوان «فنزويلا: الكوارث»»: not the title's colon)
        comp = is_complementizer(doc, u)  # (asked below up to eight times)
        if u >= t + COMPLEMENT_WINDOW and not (comp and (doc.tokens[u - 1].text in ("،", ",") or framed)):
            continue  # past the window only the «، إن» that closes the relative clause (or the talk's phrase)
        if cue.lemma in fw("object_cues") and tok.norm_key == "عن" and not said_after(doc, u, limit, direct):
            return None, False, t  # «كشف المسؤول عن خطة ...»: a thing revealed, not a statement
        truth = denied_truth(doc, cue, u, min(stop, sent_end))
        if truth is not None:  # «ونفت الوزارة صحة ما تردد عن ...»: what was reported, denied
            close = clause_close(doc, truth - 1, stop, (*direct, *short))
            last = close - 1 if close is not None else min(stop, sent_end) - 1
            return trim(text, doc.tokens[truth].start, doc.tokens[last].end), False, u - 1
        denied = denied_object(doc, cue, t, u, min(stop, sent_end))
        if denied is not None:  # «ونفى فلان أي تنسيق مع ...،»: what he denied, no «أن» (round 222)
            return trim(text, doc.tokens[denied[0]].start, doc.tokens[denied[1]].end), False, denied[0] - 1
        opening = [d for d in direct if d.start - 1 == tok.start]
        if opening and (_quoted_name(doc, u, opening[0], limit) or quoted_speaker_name(doc, t, u, opening[0])):
            continue  # «وذكرت «جيه إل إل» أن»: the speaker's name in quote marks, not what it said
        if opening and named_edition(doc, t, cue, u):
            continue  # «أعلنت عن النسخة الثانية من «جائزة ...»»: the name of what was announced (round q304)
        if opening and headed_quotation(doc, t, u, opening[0]):
            named_to = opening[0].end  # «وقال لقناة «إيه.بي.سي» الإذاعية إن»: a name the noun before it heads
            continue
        predicate = quoted_predicate(doc, t, cue, u, opening[0]) if opening and u - t <= DIRECT_WINDOW + 8 else None
        if predicate is not None:  # «معتبرا بيع التمثال سلوكا «غير أخلاقي»»: both objects, his opinion (round 246)
            return predicate, False, t
        if opening and (u - t <= DIRECT_WINDOW + 8 or after_addressee(doc, t, u, sent_end)):  # «لـ«X» «...»»
            return past_that(text, trim(text, opening[0].start, opening[0].end)), True, u
        if comp and doc.tokens[u - 1].norm_key in fw("possibility_modals"):
            continue  # «ومن أبرز ما يمكن أن ينظر إليه»: the «أن» of «may», not what was said
        if comp and doc.tokens[u - 1].norm_key in _ALREADY:
            continue  # «كابلات سبق أن تعرضت لقصف»: the «أن» of «had already», not what was said (round 294)
        if comp and doc.tokens[u - 1].norm_key[1:] in fw("obligation_modals") and nkey(
                doc.tokens[u - 1].text)[:1] in ("و", "ف"):
            continue  # «شدد على وجوب ...، ويجب أن»: the «أن» of a modal that opens a clause, not what was said
        if comp and self_description(doc, t, u):
            continue  # «أكد رجل عرّف عن نفسه بأنه أحد عناصرها إن»: who he is, then what he said
        if comp and concessive(doc, u):
            continue  # «والكل يشير إلى جهة ...، وإن كانوا كلهم ...»: even though, nothing reported
        if comp and (possible_clause(doc, u) or held_belief(doc, t, u)):
            continue  # «أعلن الولاء لفلان ...، ومن الممكن أن يكون»: a guess; «، وسط اعتقاد بأن»: a belief (qu603)
        if (comp and u > t + 1 and doc.tokens[u - 1].norm_key in fw("contrast_heads")
                and nkey(cue.lemma) not in fw("double_object_cues")):  # («اعتبر X Y، إلا أن»: the objects, said)
            return None, False, t  # «وعد بتحسين الخدمات، غير أنه اتضح أن»: the writer's contrast, nothing reported
        if comp and u > t + 4 and others_that(doc, u):
            return None, False, t  # «وأكد وفاة جندي ...، كما استبعد أن»: the other verb's «أن» (round 185)
        if comp and additive(doc, u):
            return None, False, t  # «شدد على ...، إضافة إلى أن»: a fact added, not what was stressed
        if comp and _unsaid(doc, u):
            return None, False, t  # «وحذر كي لا يقال إن»: what no one should say, no report
        if comp:
            k = u + 2 if u + 2 < len(doc.tokens) and doc.tokens[u + 1].text == ":" else u + 1  # «إن: «...»»
            nxt = doc.tokens[k] if k < len(doc.tokens) else None
            if nxt is not None:
                op = [d for d in (*direct, *short) if d.start - 1 == nxt.start]
                if op and not _quoted_subject(doc, op[0]) and not (
                        op[0] in short and quotation_runs_on(doc, op[0], min(stop, sent_end))) and not (
                        op[0] not in short and long_quotation_runs_on(doc, op[0], min(stop, sent_end))):
                    return trim(text, op[0].start, op[0].end), True, u
            end = doc.tokens[stop - 1].end if stop > u + 1 else doc.tokens[u].end
            if stop < sent_end:
                end = doc.tokens[report_opening(doc, u, stop)].start
            close = clause_close(doc, u, stop, (*direct, *short))
            if close is not None:
                end = doc.tokens[close].start  # «أن ...، فيما أصيب آخرون»: the writer's clause, not what was said
            setting = noun_setting(doc, u, close if close is not None else stop)
            if setting is not None:
                end = doc.tokens[setting].start  # «أنها ستغلق المصنع وسط اعتقاد بأنها ...»: a belief, not said
            acting = circumstance_clause(doc, u, close if close is not None else setting or stop)
            if acting is not None:
                end = doc.tokens[acting].start  # «أن X، داعيًا إلى قتاله»: what he did as he said it
            need = demand_noun(doc, u)  # «على ضرورة أن تكون ...»: the need is said, not the state
            span = trim(text, doc.tokens[u].end if need is None else doc.tokens[need].start, end)
            return span, False, u
        if tok.text in (":",) and u + 1 < sent_end and is_complementizer(doc, u + 1):
            continue  # «وقال: إن الحكومة ...»: what «إن» opens, as with no colon
        if tok.text == ":" and u + 1 == sent_end:
            line = next_line(doc, u, direct)
            if line is not None:
                return line[0], line[1], u  # «قال الوزير:» then a line of his words
        if tok.text in (":",) and u + 1 < sent_end:
            nxt = doc.tokens[u + 1]
            op = [d for d in (*direct, *short) if d.start - 1 == nxt.start]
            if op:
                return trim(text, op[0].start, op[0].end), True, u
            words, own = colon_words(text, trim(text, tok.end, doc.tokens[min(stop, sent_end) - 1].end))
            return words, own, u  # «وقال: ما زلنا نختلف»: his own words, with no marks (round 288)
    far = far_colon(doc, limit, min(stop, sent_end), direct, t) if cue.kind == "verb" else None
    if far is not None:
        return trim(text, far[0].start, far[0].end), True, far[1]  # «يقول متحدث باسم شركة X، التي ...: «...»»
    return objects_or_speech(doc, t, cue, min(stop, sent_end))  # «وعدّ فلان X محاولة لـ»; «قال الوزير لقد استمعنا»


_THAT_OPENERS = ("أن ", "بأن ")


def past_that(text: str, span: Span | None) -> Span | None:
    """A quotation that opens with «أن/بأن» («وأضاف فلان «أن القوات دمرت ...»»: the complementizer written inside
    the marks, which no words said can open with): the words after it."""
    if span is None:
        return None
    opener = next((w for w in _THAT_OPENERS if text.startswith(w, span.start)), None)
    return trim(text, span.start + len(opener), span.end) or span if opener is not None else span


def _unsaid(doc: Doc, u: int) -> bool:
    """The «إن» at ``u`` right after «يقال/قيل» (impersonal_reports) in a clause of purpose negated («كي لا يقال»,
    «لئلا يقال», «حتى لا يقال»: purpose_negations): what must not be said, reported by no one."""
    if u < 2 or doc.tokens[u - 1].norm_key not in fw("impersonal_reports"):
        return False
    before = [doc.tokens[k].norm_key for k in range(max(0, u - 3), u - 1)]
    return any(" ".join(before[n:]) in fw("purpose_negations") for n in range(len(before)))


def _quoted_name(doc: Doc, u: int, span: Span, limit: int) -> bool:
    """The quotation opening at token ``u`` is a name in quote marks, not words said: at most QUOTED_NAME_REACH
    tokens with no «أن/إن» in them, and right after its closing mark «أن/إن» (what the name said follows: «وذكرت
    «جيه إل إل» أن»), or a colon and another quotation («... في مجموعة «جيه إل إل»: «تواصل ...»»)."""
    close = next((k for k in range(u + 1, min(limit, u + QUOTED_NAME_REACH + 2))
                  if doc.tokens[k].start >= span.end), None)
    if close is None or close + 1 >= limit or not QUOTE_MARK.fullmatch(doc.tokens[close].text):
        return False
    if any(is_complementizer(doc, k) for k in range(u + 1, close)):
        return False
    nxt = doc.tokens[close + 1]
    named = next((m.end for m in doc.mentions if m.type == "PERSON" and m.start == nxt.start), None)
    after = next((k for k in range(close + 1, limit) if doc.tokens[k].start >= named), limit) if named else close + 1
    if is_complementizer(doc, _past_time(doc, after, limit)):  # «مدير «المرصد» رامي عبد الرحمن، أن»: his name too
        return True  # «وأعلنت «اللجنة السورية لحقوق الإنسان» أمس، أن»: when, then what it said
    if nxt.text == ":" and close + 2 < limit and QUOTE_MARK.fullmatch(doc.tokens[close + 2].text) is not None:
        return True
    return aside_then_said(doc, close, limit)  # «وتقول «مجموعة ...»، ومقرها بروكسل: «...»»


TIME_REACH = 4  # tokens of a time and its comma between a quoted name and its «أن»


def _past_time(doc: Doc, u: int, limit: int) -> int:
    """The token past a time the times layer read from ``u`` on and commas («أمس،», «، مساء الأحد،»), within
    TIME_REACH tokens and before ``limit``; ``u`` where neither stands there."""
    v = u
    while v < min(limit - 1, u + TIME_REACH) and (doc.tokens[v].text in ("،", ",") or any(
            x.start < doc.tokens[v].end and doc.tokens[v].start < x.end for x in doc.times)):
        v += 1
    return v


REPORTED_REACH = 6  # tokens from a reporting verb to the «أن/إن» of what it reports


def _attached_clause(doc: Doc, t: int, start: int, reported: bool = False) -> int | None:
    """Where the clause a «، كما» cue at ``t`` reports opens in its sentence (from character ``start``): after the
    closest «أن/إن» before it, or after a clause opener set off by a comma (kama_clause_openers: «...، رغم موافقة
    الدول على الحل، كما أعلن فلان»: the agreement, not what the writer said before it); None where neither stands
    there (the whole sentence: «وردت الولايات المتحدة ...، مما أسفر عن ...، كما أفاد المرصد»). ``reported``: only
    an «أن/إن» a reporting verb stands before (within REPORTED_REACH tokens) opens it («...، بعد أن خسروا ...، بحسب
    مصادر»: the whole sentence, not the time clause)."""
    for k in range(t - 3, 0, -1):
        tok = doc.tokens[k]
        if tok.start < start:
            return None
        if is_complementizer(doc, k) and (not reported or any(
                (c := match_cue(doc, v)) is not None and c.kind == "verb" for v in range(max(0, k - REPORTED_REACH), k))
                or doc.tokens[k - 1].norm_key in fw("finding_verbs")):  # «نجد أن تعرفة الكهرباء ...، بحسب»
            return tok.end  # (after «بحسب»: only the «أن» of a reporting verb, not «بعد أن», «يمكن أن»)
        if tok.norm_key in fw("kama_clause_openers") and doc.tokens[k - 1].text in ("،", ",") and not (
                reported and tok.norm_key in _WHILE and doc.tokens[k + 1].norm_key in KANA_PAST):
            return tok.end  # (not «، بينما كانت قافلة تمر» before «، حسب»: the scene of the act told, qu893)
    return None


def _quoted_subject(doc: Doc, quoted: Span) -> bool:
    """A short quotation right after «أن/إن» that a clause goes on after («إن «المجموعة الخراسانية» (أو تنظيم
    خراسان) كانت في ...»): a name in quote marks, the clause's subject, not the words said; the clause is."""
    toks = doc.tokens
    k = doc.token_from(quoted.end)
    # (the tokens starting inside the quotation: a run of the tokens, which are in text order, found by bisection)
    first = bisect_left(toks, quoted.start, key=lambda t: t.start)
    inside = bisect_left(toks, quoted.end, key=lambda t: t.start) - first
    while k is not None and k < len(toks) and QUOTE_MARK.fullmatch(toks[k].text):
        k += 1
    if k is None or k >= len(toks) or inside > SCARE_MAX_TOKENS:
        return False
    nxt = toks[k].text
    return nxt == "(" or (nxt[:1].isalpha() and not is_complementizer(doc, k) and nkey(nxt) not in fw("adverbs"))

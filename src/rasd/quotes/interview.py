"""Round qu466: the answers of a printed interview are quotes of the one interviewed, for the ``quotes`` stage.

A news interview is printed as questions and answers, each on its own line: a question opens with «*», an answer
with «-» («* وماذا عن اليمن؟ / - هناك تهديد استراتيجي ...»). No verb of saying opens an answer, yet each is the
interviewee's own words (``events.interview_answers`` tells the interview and who was interviewed). Each answer
is one quote: its cue the answer's mark (what sets the words off as his, where a verb would stand), its content
its paragraphs (the marked line after its mark and the unmarked ones after it before the next question; qu843),
its speaker the one interviewed. The quote is ``direct``: the answers are printed verbatim, in the first person, the line
mark doing the work of quote marks (a dialogue dash); the output marks it ``"form": "interview"`` (``Quote.to_dict``)
so a reader can tell it from words in quote marks. The questions are the interviewer's, no quote; where no one
interviewed is known, no quote either (a speaker of no one is no gain over the plain text).

Round qu471: a quote cued inside an answer that is his own words again («كما ذكرتُ آنفا، ...», «وإنني دائما ما أوضح
أن ...»: a cue of the one interviewed, or a first-person «كما ذكرتُ» with no speaker) is dropped, the answer's quote
holding those words already (no double count); one of another («وكما ذكر الأمير ... أن») stays. The last answer runs
to the text's end, but the writer may close the article: an unmarked paragraph after its first that names the one
interviewed (third person, of him) or opens with a writer's note («يذكر أن», «الجدير بالذكر»: ``background_openers``),
or the text's short unpunctuated last line (a signature), ends it, and no paragraph after is his. A quote cued in
a question whose words end in «؟» is the interviewer's asking, no one's words, and goes (a view reported before the
asking, «قال الوزير إن ...، هل توافقه؟», keeps its words up to the question word).
"""

from __future__ import annotations

from dataclasses import replace

from ..doc import Doc, Quote, Span
from ..events.forms import fw_keys
from ..events.interview_answers import ANSWER_MARKS, answers, interviewee
from .carry import first_person
from .cues import trim

SIGNATURE_WORDS = 4  # at most, in a writer's signature line («لندن: فلان الفلاني»), which has no full stop


def interview_quotes(doc: Doc) -> list[Quote]:
    """A direct quote of the one interviewed for each paragraph of each answer of ``doc`` where it is a printed
    interview (the marked line and the unmarked ones after it, all cued by the answer's mark), in text order; none
    where it is none or where no one interviewed is known."""
    spans = answers(doc.text)
    speaker = interviewee(doc) if spans else None
    if speaker is None:
        return []
    out: list[Quote] = []
    for start, end in spans:
        mark = start + len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        width = next((len(m) for m in ANSWER_MARKS if doc.text.startswith(m, mark)), 0)  # «-», «ج:»
        paras = _paragraphs(doc, mark + width, end, speaker) if width else []
        if paras:
            out.append(Quote(cue=Span(mark, mark + width), content=Span(paras[0].start, paras[-1].end), direct=True,
                             speaker=speaker, attrs={"via": "interview", "kind": "interview"}))
    return out


def _paragraphs(doc: Doc, at: int, end: int, speaker: str) -> list[Span]:
    """The paragraphs of the answer whose words run from ``at`` (after its mark) to ``end`` (the next marked line):
    the marked line and the unmarked ones after it, up to a writer's closing one (``_writer_close``). Round qu843:
    the answer is one quote spanning them all («- جاء تولي أكينجي ... / الآن، وبالنظر إلى العملية السياسية ...»,
    up to the next «*» question), not one quote per paragraph."""
    out: list[Span] = []
    for line in doc.text[at:end].split("\n"):
        content = trim(doc.text, at, at + len(line))
        if content is not None and out and _writer_close(doc, content, speaker):
            break
        if content is not None:
            out.append(content)
        at += len(line) + 1
    return out


def _writer_close(doc: Doc, para: Span, speaker: str) -> bool:
    """The unmarked paragraph ``para`` after an answer's marked line is the writer's, not the answer's: it names the
    one interviewed ``speaker`` (the writer's third person of him), opens with a writer's note («يذكر أن»,
    ``background_openers``), or is the text's short last line with no full stop (a signature; a short line within an
    answer, one of a list, is his)."""
    toks = doc.tokens_starting(para.start, para.end)
    if not toks:
        return False
    if toks[0].norm_key.removeprefix("و") in fw_keys("background_openers"):
        return True
    last = not doc.text[para.end:].strip()  # the text's last line (with no full stop after it: a signature)
    if last and len(toks) <= SIGNATURE_WORDS:
        return True
    who = doc.entity(speaker)
    return who is not None and any(para.start <= m.start < para.end for m in who.mentions)


def _said_again(doc: Doc, q: Quote, said: list[Quote]) -> bool:
    """``q`` is cued inside an answer's quote in ``said`` and is the one interviewed's words again: cued by him, or
    a first-person «كما ذكرتُ» with no speaker found («وهذا كما ذكرت أمر إيجابي»)."""
    inside = [a for a in said if a.content.start <= q.cue.start < a.content.end]
    if not inside or q.cue == inside[0].cue:
        return False
    if q.speaker is not None:
        return q.speaker == inside[0].speaker
    t = doc.token_at(q.cue.start)
    return t is not None and first_person(doc, t, answering=True)


def _asked(doc: Doc, q: Quote, asked: list[tuple[int, int]]) -> Quote | None:
    """``q`` where it stands, else what is left of it: cued in a question of the interview (``asked``) with words
    that end in «؟», it is the interviewer's asking («وهل يرى البريطانيون أنه كاف؟», «كيف ترى ...، وهل تعتقد أن
    المعسكرات سيكون لها مردود؟»), no one's words (None); a view he reports before he asks, set off by a comma or
    «..» before a question word («قال الوزير إن الاتفاق جيد، هل توافقه؟»: ``question_openers``), keeps its words up
    to there."""
    if not doc.text[q.content.start : q.content.end + 1].rstrip().endswith(("؟", "?")):
        return q
    if not any(a <= q.cue.start < b for a, b in asked):
        return q
    toks = doc.tokens_starting(q.content.start, q.content.end)
    cut = [k for k in range(len(toks) - 1) if toks[k].text.strip(".") in ("", "،", ",")
           and toks[k + 1].norm_key in fw_keys("question_openers")]
    kept = trim(doc.text, q.content.start, toks[cut[-1]].start) if cut else None
    return replace(q, content=kept) if kept is not None else None


def add_interview_quotes(doc: Doc) -> None:
    """Put the answers' quotes (``interview_quotes``) among ``doc.quotes``, each before the first quote whose cue
    stands after its own (the others keep their order); a quote cued inside an answer that is his words again
    (``_said_again``) goes, the answer holding them, and so does one the interviewer asks (``_asked``)."""
    said = interview_quotes(doc)
    asked = answers(doc.text, "q") if said else []
    kept: list[Quote] = []
    for q in doc.quotes:
        left = None if _said_again(doc, q, said) else _asked(doc, q, asked)
        if left is not None:
            kept.append(left)
    doc.quotes = kept
    for q in said:
        at = next((i for i, old in enumerate(doc.quotes) if old.cue.start > q.cue.start), len(doc.quotes))
        doc.quotes.insert(at, q)

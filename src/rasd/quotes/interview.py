"""Round qu466: the answers of a printed interview are quotes of the one interviewed, for the ``quotes`` stage.

A news interview is printed as questions and answers, each on its own line: a question opens with «*», an answer
with «-» («* وماذا عن اليمن؟ / - هناك تهديد استراتيجي ...»). No verb of saying opens an answer, yet each is the
interviewee's own words (``events.interview_answers`` tells the interview and who was interviewed). Each paragraph
of an answer is one quote: its cue the answer's mark (what sets the words off as his, where a verb would stand), its
content the paragraph (the marked line after its mark, or an unmarked one after it before the next question), its
speaker the one interviewed. The quote is ``direct``: the answers are printed verbatim, in the first person, the line
mark doing the work of quote marks. The questions are the interviewer's, no quote; where
no one interviewed is known, no quote either (a speaker of no one is no gain over the plain text).
"""

from __future__ import annotations

from ..doc import Doc, Quote, Span
from ..events.interview_answers import ANSWER_MARKS, answers, interviewee
from .cues import trim


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
        if not doc.text.startswith(ANSWER_MARKS, mark):
            continue
        at = mark + 1
        for line in doc.text[at:end].split("\n"):
            content = trim(doc.text, at, at + len(line))
            if content is not None:
                out.append(Quote(cue=Span(mark, mark + 1), content=content, direct=True, speaker=speaker,
                                 attrs={"via": "interview", "kind": "interview"}))
            at += len(line) + 1
    return out


def add_interview_quotes(doc: Doc) -> None:
    """Put the answers' quotes (``interview_quotes``) among ``doc.quotes``, each before the first quote whose cue
    stands after its own (the others keep their order)."""
    for q in interview_quotes(doc):
        at = next((i for i, old in enumerate(doc.quotes) if old.cue.start > q.cue.start), len(doc.quotes))
        doc.quotes.insert(at, q)

"""Round ev454: who says the answers of a press interview, for a first-person act in them.

A news interview is printed as questions and answers, each on its own line: a question opens with «*», an answer
with «-» («* وماذا عن اليمن؟ كيف تدعمون الجهود هناك؟ / - ... ونحن نقدم مساعدات مباشرة»). The answers are the words
of the one interviewed, though no verb of saying opens them: a first-person act in an answer («نقدم», «التقيت») is
his (or, with «نحن», his side's: the entity's own actor, a minister's government). The one interviewed is the
speaker of the lead's first quote («قال نيكوس أناستاسيادس ... إن»), else the first person the lead names
(«حوارا مع وزير الخارجية البريطاني فيليب هاموند»); with neither, no one.
"""

from __future__ import annotations

from ..doc import Doc

QUESTION_MARKS = ("*", "س:")  # the line marks of a printed interview: punctuation, or «س:»/«ج:» (سؤال/جواب; qu843)
ANSWER_MARKS = ("-", "–", "ج:")
MIN_TURNS = 2  # questions and answers each, for the article to be an interview


def _marked_lines(text: str) -> list[tuple[int, str]]:
    """The lines of ``text`` that open with a question or answer mark: (line start, "q" or "a")."""
    out: list[tuple[int, str]] = []
    start = 0
    for line in text.split("\n"):
        head = line.lstrip()
        if head.startswith(QUESTION_MARKS):
            out.append((start, "q"))
        elif head.startswith(ANSWER_MARKS):
            out.append((start, "a"))
        start += len(line) + 1
    return out


def _interview_marks(text: str) -> list[tuple[int, str]]:
    """The marked lines of ``text`` (see ``_marked_lines``) where it is a printed interview (MIN_TURNS questions and
    answers each), else none."""
    marks = _marked_lines(text)
    kinds = [kind for _, kind in marks]
    return marks if kinds.count("q") >= MIN_TURNS and kinds.count("a") >= MIN_TURNS else []


def answers(text: str, turn: str = "a") -> list[tuple[int, int]]:
    """(start, end) of each answer of ``text`` where it is a printed interview (or each question, ``turn`` "q"):
    from its marked line to the next marked line (its unmarked paragraphs after it are the answer's still, as
    ``answerer`` reads them) or the text's end; none where the text is no interview (a bulleted list has no question
    lines)."""
    marks = _interview_marks(text)
    return [(start, marks[n + 1][0] if n + 1 < len(marks) else len(text))
            for n, (start, kind) in enumerate(marks) if kind == turn]


def interviewee(doc: Doc) -> str | None:
    """The one interviewed in ``doc`` where it is a printed interview (see ``_interviewee``), else None."""
    questions = [s for s, kind in _interview_marks(doc.text) if kind == "q"]
    return _interviewee(doc, questions[0]) if questions else None


def _interviewee(doc: Doc, first_question: int) -> str | None:
    """The one interviewed: the speaker of the first quote of the lead, else the first person the lead names (the
    lead: the text before the first question; a quote inside an answer may be of another)."""
    quotes = sorted((q for q in doc.quotes if q.actor() is not None and q.content.start < first_question),
                    key=lambda q: q.content.start)
    if quotes:
        return quotes[0].actor()
    named = [(min(m.start for m in e.mentions), e.id) for e in doc.entities
             if e.type == "PERSON" and e.mentions and min(m.start for m in e.mentions) < first_question]
    return min(named)[1] if named else None


def answerer(doc: Doc, at: int) -> str | None:
    """The one interviewed where offset ``at`` stands in an answer of a printed interview, else None."""
    marks = _interview_marks(doc.text)
    questions = [s for s, kind in marks if kind == "q"]
    if not questions:
        return None
    last = next((kind for s, kind in reversed(marks) if s <= at), None)
    return _interviewee(doc, questions[0]) if last == "a" else None

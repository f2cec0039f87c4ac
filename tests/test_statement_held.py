"""«وأضاف البيان» after an unnamed speaker's quote said «في بيان» speaks for that speaker (rasd.quotes.statement_held);
without «في بيان» the statement word stays the speaker phrase."""

from __future__ import annotations

from rasd.doc import Span
from rasd.pipeline import Pipeline

PIPE = Pipeline()


def _phrases(text: str) -> list[str | None]:
    """The speaker phrase of each quote of ``text`` (None where there is none)."""
    doc = PIPE(text)
    out: list[str | None] = []
    for q in doc.quotes:
        phrase = q.attrs.get("speaker_text")
        out.append(doc.text[phrase.start : phrase.end] if isinstance(phrase, Span) else None)
    return out


def test_statement_of_unnamed_family() -> None:
    text = ("وأشارت أسرة الملك السابق أحمد فؤاد، في بيان نشرته على صفحتها أمس إلى أنه لم يتلق دعوة. "
            "كما أضاف البيان أنه قرر إلغاء سفره.")
    got = _phrases(text)
    assert len(got) == 2 and got[0] is not None and got[1] == got[0]


def test_statement_word_without_statement_kept() -> None:
    got = _phrases("وقال مسؤول في الوزارة إن الهجوم مدان. وأضاف البيان أن المملكة تقف مع الشعب اليمني.")
    assert got == ["مسؤول في الوزارة", "البيان"]


def test_named_issuer_still_speaks() -> None:
    doc = PIPE("وقالت وزارة الخارجية السعودية في بيان إن الهجوم مدان. وأضاف البيان أن المملكة تقف مع الشعب اليمني.")
    assert [q.speaker for q in doc.quotes] == ["E1", "E1"]

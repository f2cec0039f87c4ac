"""Round qu580: the speaker a «لكنه/لكنها» continuation goes on with is the subject of the clause before, not the
prepositional phrase after it («وأعرب الوزير عن تفاؤله، لكنه أكد»: the minister, not «عن تفاؤله», which
``missed_name`` read as a name though its first word is a preposition); a speaker text cut inside a foreign name
runs on to the end of the name («وقالت إيه سو ميات:»), not an Arab name before a common word."""

from __future__ import annotations

from rasd.doc import Doc, Span
from rasd.quotes.foreign_run import foreign_run

from conftest import analyze_news


def _texts(doc: Doc) -> list[str]:
    out = []
    for q in doc.quotes:
        given = q.attrs.get("speaker_text")
        out.append(doc.text[given.start : given.end] if isinstance(given, Span) else "")
    return out


def _span(doc: Doc, words: str) -> Span:
    at = doc.text.index(words)
    return Span(at, at + len(words))


def test_but_he_goes_on_with_the_subject_not_the_phrase() -> None:
    doc = analyze_news("وأعرب الوزير عن تفاؤله، لكنه أكد أن المفاوضات ما زالت صعبة.")
    assert _texts(doc) == ["الوزير"]


def test_but_he_goes_on_with_the_subject_of_a_title() -> None:
    doc = analyze_news("وأعرب رئيس الوزراء عن أسفه، لكنه قال إن الحكومة ستحقق في الحادث.")
    assert _texts(doc) == ["رئيس الوزراء"]


def test_feminine_subject_unchanged() -> None:
    doc = analyze_news("وأعربت الوزيرة عن قلقها، لكنها أكدت أن الحوار مستمر.")
    assert _texts(doc) == ["الوزيرة"]


def test_foreign_name_runs_on_to_its_last_word() -> None:
    doc = analyze_news("وقالت إيه سو ميات: إن الحكومة لم تف بوعودها.")
    assert _texts(doc) == ["إيه سو ميات"]
    assert foreign_run(doc, _span(doc, "إيه سو")) == _span(doc, "إيه سو ميات")


def test_source_of_a_ministry_stays() -> None:
    doc = analyze_news("وقال مصدر عن الوزارة إن القرار نهائي.")
    assert _texts(doc) == ["مصدر"]


def test_arab_name_before_a_common_word_stays_cut() -> None:
    doc = analyze_news("وقالت مصادر أحمد الكبير: إن القرار نهائي.")
    assert foreign_run(doc, _span(doc, "مصادر أحمد")) is None


def test_foreign_run_needs_the_end_of_what_is_said() -> None:
    doc = analyze_news("وقالت إيه سو ميات أمس إن الحكومة لم تف بوعودها.")
    assert foreign_run(doc, _span(doc, "إيه سو")) is None

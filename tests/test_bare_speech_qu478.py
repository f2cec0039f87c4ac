"""Round qu478: first-person words right after «قال فلان» with no «إن», colon or quote mark (quotes/bare_speech.py)."""

from rasd import analyze


def _quotes(text: str) -> list[tuple[str, str, bool]]:
    doc = analyze(text, "2015-05-01")
    return [(doc.text[q.content.start:q.content.end], doc.text[q.cue.start:q.cue.end], q.direct) for q in doc.quotes]


def test_first_person_after_subject_is_direct() -> None:
    assert _quotes("وقال الوزير لقد استمعنا إلى هذه المخاوف، وهناك جانبان لهذا الأمر.") == [
        ("لقد استمعنا إلى هذه المخاوف، وهناك جانبان لهذا الأمر", "وقال", True)]


def test_we_opener() -> None:
    assert _quotes("وأضاف المتحدث باسم الحكومة نحن لن نسمح بتكرار هذه الهجمات.") == [
        ("نحن لن نسمح بتكرار هذه الهجمات", "وأضاف", True)]


def test_setting_before_opener_is_not_speech() -> None:
    assert _quotes("وقال الوزير في المؤتمر نحن هنا.") == []


def test_that_clause_unchanged() -> None:
    assert _quotes("وقال مصدر في الوزارة إن الوضع تحت السيطرة.") == [("الوضع تحت السيطرة", "وقال", False)]

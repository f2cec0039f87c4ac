"""Round 228 (speed, output identical): ``Doc.token_at``, ``token_range`` and ``token_from`` bisect a per-Doc list of
token starts kept in ``doc.memo`` (made again when the token list is replaced), and ``quotes.expressed_cue`` tests the
«كما» before a verb first. Each answer must be the one a plain scan of the tokens gives."""

from conftest import analyze_news

from rasd.doc import Span
from rasd.quotes.expressed import expressed_cue


def _scan_at(doc, offset: int) -> int | None:  # type: ignore[no-untyped-def]
    return next((k for k, t in enumerate(doc.tokens) if t.start <= offset < t.end), None)


def _scan_from(doc, offset: int) -> int | None:  # type: ignore[no-untyped-def]
    return next((k for k, t in enumerate(doc.tokens) if t.start >= offset), None)


def test_token_lookups_match_a_plain_scan() -> None:
    doc = analyze_news("وأعلن وزير الداخلية، صباح أمس، أن قوات الأمن اعتقلت ثلاثة مطلوبين في الرياض.")
    for offset in range(len(doc.text) + 2):
        assert doc.token_at(offset) == _scan_at(doc, offset)
        assert doc.token_from(offset) == _scan_from(doc, offset)
    span = Span(doc.text.index("قوات"), doc.text.index("مطلوبين") + len("مطلوبين"))
    assert [t.text for t in doc.tokens_in(span)] == ["قوات", "الأمن", "اعتقلت", "ثلاثة", "مطلوبين"]


def test_token_lookups_follow_a_new_token_list() -> None:
    doc = analyze_news("وقال المتحدث باسم الوزارة إن الاجتماع انتهى.")
    at = doc.text.index("الوزارة")
    assert doc.tokens[doc.token_at(at)].text == "الوزارة"  # (the starts are kept in doc.memo now)
    doc.tokens = doc.tokens[3:]  # counter-case: a replaced token list is never read through the old starts
    assert doc.tokens[doc.token_at(at)].text == "الوزارة"
    assert doc.token_at(doc.text.index("المتحدث")) is None


def test_expressed_cue_still_reads_the_verb_after_kama() -> None:
    doc = analyze_news("وبقي الموقف كما وصفه السفير: «نحن مستعدون للحوار مع كل الأطراف».")
    t = next(k for k, tok in enumerate(doc.tokens) if tok.text == "وصفه")
    cue = expressed_cue(doc, t)
    assert cue is not None and cue.lemma == "وصف"


def test_expressed_cue_counter_first_token_reads_no_last_token() -> None:
    doc = analyze_news("وصفه السفير: «نحن مستعدون للحوار» كما")
    assert doc.tokens[-1].text == "كما"
    assert expressed_cue(doc, 0) is None  # (the token before the first is none, not the last one)

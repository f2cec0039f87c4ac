"""Round pf928 (speed): per-sentence work read once, with the same answers.

- events.linked_days._told_times: the times each sentence tells (not those inside quoted words), made once per
  document for all its sentences (``Doc.memoized``) instead of a scan of the article's quotes on each of the ~3 asks
  per sentence;
- events.done_by.doer_at: the article's mention index read once per scan, not once per word;
- the token's own key (``Token.norm_key``) read where a scan keyed each token's text again (modality cues after a
  trigger, light verbs before it, «إن/أن», «عبّر»), and the doc's own token starts where a list of them was made
  again (sentence token ranges, quotes, openers).
Each test checks the answer itself, and a counter-case that must not change."""

from conftest import analyze_news, news_quote_rows

from rasd.events.chunks import _expressed, sentence_token_ranges
from rasd.events.done_by import doer_at
from rasd.events.forms import light_verb_before, nkey
from rasd.events.linked_days import _told_times, _told_times_of
from rasd.events.modality_cues import _after_keys
from rasd.events.forms import Cand
from rasd.events.lexicon import Hit, lexicon
from rasd.quotes.cues import is_complementizer


def _hit(i: int, j: int) -> Hit:
    """A real ``Hit`` at tokens i..j (a lexicon entry, «هجوم»): the compiled install checks the arguments' classes."""
    entry = next(e for e, pos in lexicon().get("هجوم", ()) if pos == "N")
    return Hit(i, j, entry, "N", Cand("هجوم"))


def _tok(doc, word: str) -> int:  # type: ignore[no-untyped-def]
    return next(k for k, t in enumerate(doc.tokens) if t.text == word)


_TOLD = ("وقال وزير الخارجية أمس الثلاثاء إن بلاده ستستضيف مؤتمرا للمانحين في الخامس من سبتمبر المقبل. "
         "وكانت اللجنة قد اجتمعت يوم الأحد الماضي في العاصمة لبحث الخطة.")


def test_told_times_of_each_sentence_as_read_afresh_and_without_quoted_times() -> None:
    doc = analyze_news(_TOLD)
    assert len(doc.sentences) == 2
    got = [[doc.text[ts.start : ts.end] for ts in _told_times(doc, s)] for s in doc.sentences]
    assert got == [[doc.text[ts.start : ts.end] for ts in _told_times_of(doc, s)] for s in doc.sentences]
    assert any("أمس" in t for t in got[0])  # (the writer's «أمس الثلاثاء»: told)
    assert not any("سبتمبر" in t for t in got[0])  # (inside the minister's words: not the story's)
    assert any("الأحد" in t for t in got[1])


def test_told_times_follow_a_change_of_the_quotes() -> None:
    doc = analyze_news(_TOLD)
    first = doc.sentences[0]
    assert not any("سبتمبر" in doc.text[ts.start : ts.end] for ts in _told_times(doc, first))
    doc.quotes = []  # (another list: the index is made again, and the minister's day is the story's now)
    assert any("سبتمبر" in doc.text[ts.start : ts.end] for ts in _told_times(doc, first))


def test_told_times_of_a_span_that_is_no_sentence_read_afresh() -> None:
    doc = analyze_news(_TOLD)
    s = doc.sentences[1]
    part = type(s)(s.start, s.start + 30)  # (not one of the doc's sentences: no entry in the index)
    assert [ts.start for ts in _told_times(doc, part)] == [ts.start for ts in _told_times_of(doc, part)]


def test_linked_day_still_dates_the_next_statement_and_not_an_undated_story() -> None:
    dated = analyze_news("وأكد وزير الداخلية يوم الأربعاء 29 يوليو أن قوات الأمن اعتقلت خمسة مشتبه بهم. "
                         "وأكد الوزير أن التحقيقات مستمرة مع الموقوفين.")
    assert [(e.code, e.date) for e in dated.events] == [
        ("010", "2015-07-29"), ("173", "2015-07-29"), ("010", "2015-07-29")]  # (the minister's day goes on)
    plain = analyze_news("وأكد وزير الداخلية أن قوات الأمن اعتقلت خمسة مشتبه بهم. "
                         "وأكد الوزير أن التحقيقات مستمرة مع الموقوفين.")
    assert [e.date for e in plain.events] == ["2015-08-02"] * 3  # (no day told: the article's)


def test_doer_after_the_act_pronoun_found_and_a_name_stops_the_scan() -> None:
    doc = analyze_news("وأدان المجلس عمليات قصف قامت بها الميليشيات على الأحياء السكنية في المدينة.")
    j = _tok(doc, "قصف")
    assert doer_at(doc, j, len(doc.tokens)) == _tok(doc, "الميليشيات")
    doc = analyze_news("وأدان المجلس عمليات قصف نفذتها الميليشيات على الأحياء السكنية في المدينة.")
    assert doer_at(doc, _tok(doc, "قصف"), len(doc.tokens)) is None  # (no «قامت بها»)


def test_token_keys_read_from_the_tokens_are_the_keys_of_their_text() -> None:
    doc = analyze_news("وقالت الوزارة إن القوات شنت هجوما، وأكدت أنها ستواصل العمليات.")
    k = _tok(doc, "شنت")
    keys = _after_keys(doc, _hit(k, k), 6)
    assert keys == [nkey(doc.tokens[t].text) for t in range(k + 1, k + 1 + len(keys))]
    assert keys and doc.tokens[k + 1 + len(keys)].text == "،"  # (stops at the comma)
    assert is_complementizer(doc, _tok(doc, "إن")) and is_complementizer(doc, _tok(doc, "أنها"))
    assert not is_complementizer(doc, _tok(doc, "القوات"))
    h = _tok(doc, "هجوما")
    assert light_verb_before(doc.tokens, h, 0, 3, lambda x: x in ("،", ".")) == k
    assert light_verb_before(doc.tokens, _tok(doc, "العمليات"), 0, 3, lambda x: x in ("،", ".")) is None


def test_expressed_verb_not_the_preposition() -> None:
    doc = analyze_news("وعبر رئيس المجلس عن قلقه من التصعيد، فيما تنقل الشاحنات البضائع عبر الحدود.")
    toks = doc.tokens
    assert _expressed(toks, _tok(doc, "وعبر"), len(toks)) is True
    assert _expressed(toks, _tok(doc, "عبر"), len(toks)) is False  # (no «و/ف», no shadda: across)


def test_sentence_token_ranges_cover_each_sentence() -> None:
    doc = analyze_news(_TOLD)
    ranges = sentence_token_ranges(doc)
    assert [(a, b) for _, a, b in ranges] == [
        (min(k for k, t in enumerate(doc.tokens) if t.start >= s.start),
         max(k for k, t in enumerate(doc.tokens) if t.start < s.end) + 1) for s in doc.sentences]
    rows = news_quote_rows(_TOLD)
    assert rows == [("وقال", None, "وزير الخارجية", "بلاده ستستضيف مؤتمرا للمانحين في الخامس من سبتمبر المقبل",
                     False)]  # (the minister's words, read in the quotes' own sentence ranges)

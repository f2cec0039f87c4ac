"""Speed round 139 (no output change): the time grammar's day parsers return at once where their first word cannot
open a day (``dates.may_open_date``, ``components.may_open_day``, the first words ``Lexicon.date_heads`` and
``unit_clitic_heads``), and still read every day that opens with a word of their tables or a number; the chunker's
cached tests of a token's text (``chunks.may_join``, ``opens_none``). Hand-made sentences."""

from __future__ import annotations

from rasd.events.chunks import may_join, opens_none
from rasd.text.segment import tokenize
from rasd.text.sentences import sentence_spans
from rasd.time.context import Ctx
from rasd.time.dates import may_open_date
from rasd.time.grammar import prepare
from rasd.time.lexicon import lexicon

from conftest import analyze_news


def _gates(text: str) -> dict[str, bool]:
    tokens = tokenize(text)
    prep = prepare(tokens, sentence_spans(text, tokens))
    ctx = Ctx(prep.units, None, lexicon(), prep.sent_of)
    return {u.text: may_open_date(ctx, k) for k, u in enumerate(prep.units)}


def _times(text: str) -> list[tuple[str, str | None]]:
    doc = analyze_news(text)
    return [(doc.text[t.start : t.end], t.value) for t in doc.times]


def test_a_day_opens_at_an_ordinal_a_weekday_and_digits() -> None:
    gates = _gates("وصل الوفد يوم الخميس 30 يوليو وغادر في الثاني من أغسطس.")
    assert gates["يوم"] and gates["30"] and gates["يوليو"] and gates["الثاني"]
    assert not gates["الوفد"] and not gates["وغادر"]  # (no day opens at a plain word)


def test_an_ordinal_day_of_a_month_is_still_read() -> None:
    assert _times("وصل الوفد إلى الرياض في الثاني من أغسطس لبحث الأزمة.") == [("الثاني من أغسطس", "2015-08-02")]
    assert _times("وصل الوفد إلى الرياض يوم الخميس 30 يوليو لبحث الأزمة.") == [
        ("يوم الخميس 30 يوليو", "2015-07-30")
    ]


def test_a_day_counted_in_a_month_is_still_read() -> None:
    assert _times("وعقد المجلس جلسته في الثالث عشر من الشهر الماضي.") == [
        ("الثالث عشر من الشهر الماضي", "2015-07-13")
    ]
    assert _times("وعقد المجلس جلسته في 13 من الشهر الجاري.") == [("13 من الشهر الجاري", "2015-08-13")]
    assert _times("وعقد المجلس جلسته في منتصف الشهر الماضي.") == [
        ("منتصف الشهر الماضي", "2015-07-10/2015-07-20")
    ]


def test_no_day_where_none_is_told() -> None:
    assert _times("وصل الوفد إلى الرياض لبحث الأزمة مع المسؤولين.") == []
    assert _times("واستقبل الثاني من الضيوف الوزير في مكتبه.") == []  # an ordinal, no month: no day


def test_the_chunker_reads_a_token_text_once() -> None:
    assert may_join("الدولية", True)
    assert not may_join("والحكومة", True)  # «و» opens a coordinated phrase
    assert not may_join("بشدة", False)  # a word of manner
    assert not may_join("طال", True) and may_join("طال", False)  # a targeting perfect, with verbs only
    assert opens_none("دعا", False) and not opens_none("الوزير", True)

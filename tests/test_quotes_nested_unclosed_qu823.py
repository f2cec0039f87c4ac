"""Round qu823: a quotation whose outer mark is never closed because the one closing mark left is written once for
it and a nested quotation («وأضاف عضو اللجنة «أطالب ... بـ«توخي الدقة ...».»): the outer quotation runs to that
last mark, direct; balanced nested quotations, scare quotes, titles in quote marks and the unclosed cases that are
not of this shape (a full stop between, a colon that introduces the nested quotation, marks mismatched) keep their
reading."""

from __future__ import annotations

from rasd.doc import Doc
from rasd.quotes.cues import PAIRS, QUOTE_MARK, direct_spans
from rasd.quotes.nested_pairs import paragraph_pairs

from conftest import analyze_news


def _quotes(doc: Doc) -> list[tuple[str, bool, str]]:
    return [(doc.text[q.cue.start : q.cue.end], q.direct, doc.text[q.content.start : q.content.end])
            for q in doc.quotes]


def _inside(text: str) -> list[str]:
    return [text[s.start : s.end] for s in direct_spans(text)]


_DEMAND = ("وأضاف النائب عن محافظة الأنبار «أطالب الحكومة والتحالف الدولي بـ«الحذر في تنفيذ الغارات وتجنيب المدنيين "
           "مخاطر القصف».")


def test_outer_quotation_runs_to_the_last_mark() -> None:
    assert _inside(_DEMAND) == [
        "أطالب الحكومة والتحالف الدولي بـ«الحذر في تنفيذ الغارات وتجنيب المدنيين مخاطر القصف",
        "الحذر في تنفيذ الغارات وتجنيب المدنيين مخاطر القصف",
    ]


def test_outer_quotation_is_the_cues_direct_words() -> None:
    doc = analyze_news(_DEMAND)
    assert _quotes(doc) == [("وأضاف", True, "أطالب الحكومة والتحالف الدولي بـ«الحذر في تنفيذ الغارات وتجنيب "
                                                "المدنيين مخاطر القصف")]


def test_demand_inside_is_reported_not_asserted() -> None:
    doc = analyze_news(_DEMAND)
    demand = next(e for e in doc.events if doc.text[e.trigger.start : e.trigger.end] == "أطالب")
    assert demand.modality == "reported"


def test_balanced_nested_quotation_unchanged() -> None:
    text = "وقال الوزير «إن الحكومة ترفض ما يسمى «الدولة الإسلامية» وكل من يدعمها»."
    assert _inside(text) == ["إن الحكومة ترفض ما يسمى «الدولة الإسلامية» وكل من يدعمها", "الدولة الإسلامية"]


def test_scare_quotes_unchanged() -> None:
    text = 'وقال الوزير إن تنظيم «"داعش"» يتراجع في المنطقة.'
    assert _inside(text) == ['"داعش"', "داعش"]


def test_title_in_guillemets_unchanged() -> None:
    text = "وقال المتحدث لـ«الشرق الأوسط» إن المفاوضات مستمرة."
    assert _inside(text) == ["الشرق الأوسط"]
    assert _quotes(analyze_news(text)) == [("وقال", False, "المفاوضات مستمرة")]


def test_full_stop_between_keeps_it_open() -> None:
    para = "وأوضح أن الحركة «طلبت من السكان تأمين الخبز. وأشار إلى أن «القوات شنت هجوما على المراسم»."
    assert paragraph_pairs(para, QUOTE_MARK, PAIRS) == [(para.index("القوات"), para.rindex("»"))]


def test_colon_introduced_quotation_keeps_it_open() -> None:
    para = "وأضاف: «إن الدعم يثقل الميزانية العامة، قائلا: «لا غرابة في ارتفاع الاستهلاك»."
    assert paragraph_pairs(para, QUOTE_MARK, PAIRS) == [(para.index("لا غرابة"), para.rindex("»"))]


def test_words_after_the_last_mark_keep_it_open() -> None:
    para = "وقال «سنتوجه إلى «المحكمة الدولية» قريبا وسيكون لنا موقف آخر"
    assert paragraph_pairs(para, QUOTE_MARK, PAIRS) == [(para.index("المحكمة"), para.index("» قريبا"))]


def test_mismatched_marks_keep_it_open() -> None:
    para = 'وأكد على تأمين «الوصول السريع ودون عقبات" للمساعدات، مذكرا بـ«رفع القيود»'
    assert paragraph_pairs(para, QUOTE_MARK, PAIRS) == [(para.index("رفع"), para.rindex("»"))]

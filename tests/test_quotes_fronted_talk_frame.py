"""Round qu471: a phrase of the speaker's talk that opens the cue's sentence («وفي معرض حديثه مع «الشرق الأوسط»
يقول فلان (36 عاما) وهو من ...، وهو الحي الذي ...، بأن ...») makes the far «أن» after the cue's long subject the
cue's still (``talk_frame.fronted_frame``); a sentence opened by another phrase gets no such reach."""

from __future__ import annotations

from rasd.doc import Doc, Quote

from conftest import analyze_news

REST = (" يقول أحمد الزامكي (36 عامًا) وهو من مرابطي المقاومة بحي السعادة شرق خور مكسر، وهو الحي الذي شهد أعنف"
        " المعارك على مستوى المدينة وعدن، بأن المقاومة التي تشكلت من الجميع وقفت في صف واحد لمواجهة القوات الغازية.\n")


def _cued(doc: Doc, cue: str) -> list[Quote]:
    return [q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == cue]


def test_fronted_talk_phrase_reaches_the_far_that() -> None:
    doc = analyze_news("وفي معرض حديثه مع «الشرق الأوسط»" + REST)
    said = _cued(doc, "يقول")
    assert len(said) == 1
    assert doc.text[said[0].content.start : said[0].content.end].startswith("المقاومة التي تشكلت من الجميع")
    ent = doc.entity(said[0].speaker)
    assert ent is not None and ent.name == "أحمد الزامكي"


def test_fronted_in_his_reply_reaches_the_far_that() -> None:
    # «وفي رده على سؤال ...»: «في» and the noun of his talk, no head
    doc = analyze_news("وفي رده على سؤال حول المعارك في المدينة" + REST)
    said = _cued(doc, "يقول")
    assert len(said) == 1 and doc.text[said[0].content.start : said[0].content.end].startswith("المقاومة")


def test_other_fronted_phrase_gets_no_reach() -> None:
    # counter-case: «وفي حي المعلا» is a place, no talk of his: the far «بأن» is not reached
    doc = analyze_news("وفي حي المعلا" + REST)
    assert not [q for q in _cued(doc, "يقول")
                if doc.text[q.content.start : q.content.end].startswith("المقاومة")]


def test_that_inside_the_fronted_phrase_blocks_it() -> None:
    # counter-case: the phrase reports words of its own («أن» before the cue): no fronted talk phrase
    doc = analyze_news("وفي معرض رده على تقارير أن المدينة سقطت" + REST)
    assert not [q for q in _cued(doc, "يقول")
                if doc.text[q.content.start : q.content.end].startswith("المقاومة")]

"""Round ev342: which events and their modality, on hand-made sentences (the sample's day, 2015-08-02).

A rejection of a notion under a name («ترفض ما تسميه») or in a list of feelings («بمشاعر الغضب ورفض الواقع») is no
REJECT; a «بـ» masdar after a negated light verb («ولا يدلي بتصريحات») and the act after the «أن» of a verb of
denying whose subject is set off by commas («نفى الوزير، فلان، أنه رفض») are negated; a present verb of meeting
with «بشكل دوري» is a custom; aid received («تلقت X قروضا من Y») is aid given by Y to X; a definite noun that tells
again an act told on a day of its own is merged with it although it was dated only by the document's day.
"""

from __future__ import annotations

from conftest import analyze_news, event_arg, news_codes, news_modality

from rasd.doc import Event, Span
from rasd.events.duplicates import dedup


def test_a_notion_under_a_name_is_not_rejected() -> None:
    codes = news_codes("وتنتقد الجماعات المتشددة التي ترفض ما تسميه الديمقراطية الغربية الحكومة.")
    assert ("ترفض", "120") not in codes
    # a proposal rejected is an act
    assert ("ورفض", "120") in news_codes("ورفض البرلمان الأردني ما اقترحته الحكومة من تعديلات.")


def test_a_rejection_listed_among_feelings_is_a_mood() -> None:
    assert ("ورفض", "120") not in news_codes("وأدى ذلك إلى شعور بالغضب والإحباط ورفض الواقع.")
    # with the pronoun of its owner, after a verb of expressing: a rejection told
    assert ("ورفضه", "120") in news_codes("وأعرب الوزير عن قلقه ورفضه لقرار الحكومة الإسرائيلية.")


def test_a_masdar_after_a_negated_light_verb_is_negated() -> None:
    text = "وقال المسؤول إن الوزير لا يتحدث كثيرا ولا يدلي بتصريحات للصحافيين."
    assert news_modality(text, "بتصريحات") == "negated"
    assert news_modality("وقال المسؤول إن الوزير لم يقم بزيارة إلى الخارج.", "بزيارة") == "negated"
    # no negation: told as reported
    assert news_modality("وقال المسؤول إن الوزير يدلي بتصريحات للصحافيين.", "بتصريحات") == "reported"


def test_the_act_denied_past_a_subject_set_off_by_commas() -> None:
    text = "نفى وزير الخارجية الفرنسي، لوران فابيوس، أنه رفض لقاء وزير الخارجية الإيراني."
    assert news_modality(text, "رفض") == "negated"
    # a verb of saying, no denial
    text = "وقال وزير الخارجية الفرنسي، لوران فابيوس، إنه رفض لقاء وزير الخارجية الإيراني."
    assert news_modality(text, "رفض") == "reported"


def test_a_periodic_meeting_is_a_custom() -> None:
    assert not [c for t, c in news_codes("ويلتقي الوزير السعودي نظراءه الخليجيين بشكل دوري.") if c.startswith("04")]
    # a past meeting with a word of manner is one meeting
    assert ("والتقى", "040") in news_codes("والتقى الوزير السعودي نظيره الكويتي بشكل مفاجئ في الرياض.")


def test_aid_received_is_given_by_the_one_it_came_from() -> None:
    doc = analyze_news("وتلقت الأردن قروضا بقيمة مليار دولار من الكويت الشهر الماضي.")
    ev = next(e for e in doc.events if e.code.startswith("07"))
    assert (event_arg(doc, ev, "source"), event_arg(doc, ev, "target")) == ("الكويت", "الأردن")
    # a call received stays a call
    assert [c for _, c in news_codes("وتلقى الرئيس اتصالا هاتفيا من أمير قطر.")] == ["041"]  # round ev901: by telephone


def _visit(start: int, date: str, default: bool, sentence: int) -> Event:
    return Event(id="", code="042", plover="CONSULT", trigger=Span(start, start + 5), sentence=Span(sentence, sentence + 80),
                 source="E1", date=date, triggers=[Span(start, start + 5)],
                 attrs={"pos": "N", "trigger_id": "visit", "date_default": default})


def test_a_retelling_dated_by_default_joins_the_act_told_on_its_day() -> None:
    told, again = _visit(10, "2015-08-01", False, 0), _visit(200, "2015-08-02", True, 150)
    assert len(dedup([told, again], anaphors=frozenset({id(again)}))) == 1
    # an indefinite noun («زيارة أخرى») is another visit
    told, again = _visit(10, "2015-08-01", False, 0), _visit(200, "2015-08-02", True, 150)
    assert len(dedup([told, again])) == 2
    # a retelling with a day of its own is another act
    told, again = _visit(10, "2015-08-01", False, 0), _visit(200, "2015-08-02", False, 150)
    assert len(dedup([told, again], anaphors=frozenset({id(again)}))) == 2


def test_a_retelling_told_first_takes_the_day_of_the_act() -> None:
    again, told = _visit(10, "2015-08-02", True, 0), _visit(200, "2015-07-31", False, 150)
    merged = dedup([again, told], anaphors=frozenset({id(again)}))
    assert [(e.date, len(e.triggers)) for e in merged] == [("2015-07-31", 2)]
    # a later day than the document's is no day the retelling was told of
    again, told = _visit(10, "2015-08-02", True, 0), _visit(200, "2015-08-05", False, 150)
    assert len(dedup([again, told], anaphors=frozenset({id(again)}))) == 2


def _unsourced(start: int, date: str, default: bool, doer_span: list[int] | None) -> Event:
    ev = Event(id="", code="190", plover="ASSAULT", trigger=Span(start, start + 5), sentence=Span(start, start + 80),
               target="E2", date=date, triggers=[Span(start, start + 5)],
               attrs={"pos": "N", "trigger_id": "attack", "date_default": default})
    if doer_span is not None:
        ev.attrs["source_span"] = doer_span
    return ev


def test_the_act_told_on_its_day_brings_its_doer_to_the_retelling_told_first() -> None:
    # «الهجوم على X» (the article's day) ... «بعد هجوم شنته الجبهة على X فجر الجمعة»: one attack, the front's
    again, told = _unsourced(10, "2015-08-01", True, None), _unsourced(300, "2015-07-31", False, [310, 316])
    merged = dedup([again, told], anaphors=frozenset({id(again)}))
    assert len(merged) == 1 and merged[0].attrs.get("source_span") == [310, 316]
    assert merged[0].date == "2015-07-31"
    # a repeat on the same day keeps no stray subject of the repeat
    first, repeat = _unsourced(10, "2015-07-31", False, None), _unsourced(300, "2015-07-31", False, [310, 316])
    merged = dedup([first, repeat], anaphors=frozenset({id(first)}))
    assert len(merged) == 1 and merged[0].attrs.get("source_span") is None

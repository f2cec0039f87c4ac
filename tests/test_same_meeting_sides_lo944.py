"""Session 54 (lo944): a meeting told again by its definite noun is that meeting though a side of the noun is empty
(the speaker named, the side he met left unsaid), though a visit of one of the sides (the occasion of the meeting)
or a definite meeting noun with a side empty is told between, and, after «خلال» («وجرى خلال اللقاء بحث ...»),
though it stands further on than ``REACH``, dated by the article's day. A meeting of other parties stays apart.
Hand-made news sentences (paraphrases), no article text."""

from __future__ import annotations

from conftest import analyze_news

from rasd.events.same_meetings import same_meetings
from rasd.spans import Event, Span

_SPEECH = ("وقال الأمير إن «المملكة ماضية في دعم الأشقاء في اليمن حتى تستعيد الدولة سيطرتها على كامل أراضيها، "
           "وإن التحالف سيواصل عملياته لحماية المدنيين وتأمين وصول المساعدات الإنسانية إلى جميع المحافظات».\n") * 6


def _meetings(text: str) -> list[tuple[str, str, str | None, str | None, list[str]]]:
    doc = analyze_news(text)
    names = {e.id: e.name for e in doc.entities}
    return [(e.code, text[e.trigger.start : e.trigger.end], names.get(e.source or ""), names.get(e.target or ""),
             [text[t.start : t.end] for t in e.triggers]) for e in doc.events if e.code.startswith("04")]


def test_the_meeting_framed_by_khilal_far_on_past_the_guests_visit_is_the_reception() -> None:
    text = ("استقبل الأمير محمد بن سلمان أمس في الرياض رئيس الوزراء اليمني خالد بحاح، الذي يزور المملكة حاليا.\n"
            + _SPEECH + "وجرى خلال اللقاء بحث العلاقات الثنائية بين البلدين.\n")
    rows = _meetings(text)
    assert ("043", "استقبل", "محمد بن سلمان", "خالد بحاح", ["استقبل", "اللقاء"]) in rows
    assert [r for r in rows if r[0] == "040"] == []
    assert len(text) - text.index("اللقاء") < len(text) and text.index("اللقاء") > 1000  # beyond REACH


def test_a_later_meeting_of_other_sides_keeps_its_own_noun() -> None:
    # counter-case: «والتقى بحاح اليوم الجبير، وجرى خلال اللقاء» tells the new meeting, not the reception
    text = ("استقبل الأمير محمد بن سلمان أمس في الرياض رئيس الوزراء اليمني خالد بحاح.\n" + _SPEECH
            + "والتقى بحاح اليوم وزير الخارجية عادل الجبير، وجرى خلال اللقاء بحث العلاقات الثنائية.\n")
    rows = _meetings(text)
    assert ("043", "استقبل", "محمد بن سلمان", "خالد بحاح", ["استقبل"]) in rows
    assert ("040", "والتقى", "خالد بحاح", "عادل الجبير", ["والتقى", "اللقاء"]) in rows


_TEXT = ("التقى رئيس الوزراء العراقي حيدر العبادي اليوم في بغداد المبعوث الأممي يان كوبيش.\n"
         "كما تناول اللقاء جهود الأمم المتحدة في إغاثة النازحين.\n"
         "ونقلت قناة العراقية عن العبادي قوله خلال اللقاء إن النصر قريب.\n"
         "وفي المساء التقى وزير الخارجية إبراهيم الجعفري اللقاء.\n")


def _event(doc, n: int, word: str, source: str | None, target: str | None, occurrence: int = 0):  # type: ignore[no-untyped-def]
    at = -1
    for _ in range(occurrence + 1):
        at = doc.text.index(word, at + 1)
    ids = {e.name: e.id for e in doc.entities}
    sent = doc.sentence_of(at)
    return Event(id=f"V{n}", code="040", plover="CONSULT", trigger=Span(at, at + len(word)),
                 sentence=Span(sent.start, sent.end), source=ids[source] if source else None,
                 target=ids[target] if target else None, date="2015-08-02", triggers=[Span(at, at + len(word))],
                 attrs={"pos": "V" if n == 1 else "N"})


def test_a_noun_naming_one_side_of_the_meeting_is_that_meeting() -> None:
    doc = analyze_news(_TEXT)
    met = _event(doc, 1, "التقى", "حيدر العبادي", "يان كوبيش")
    noun = _event(doc, 2, "اللقاء", "حيدر العبادي", None, occurrence=1)
    kept = same_meetings(doc, [met, noun])
    assert kept == [met]
    assert [doc.text[t.start : t.end] for t in met.triggers] == ["التقى", "اللقاء"]


def test_a_noun_with_a_side_empty_told_between_lets_the_later_noun_join() -> None:
    doc = analyze_news(_TEXT)
    met = _event(doc, 1, "التقى", "حيدر العبادي", "يان كوبيش")
    aside = _event(doc, 2, "اللقاء", None, "الأمم المتحدة")  # a side misread, the other empty: itself told again
    noun = _event(doc, 3, "اللقاء", "يان كوبيش", "حيدر العبادي", occurrence=1)
    kept = same_meetings(doc, [met, aside, noun])
    assert kept == [met, aside]
    assert [t.start for t in met.triggers] == [met.trigger.start, noun.trigger.start]


def test_a_noun_naming_a_side_not_in_the_meeting_stays_apart() -> None:
    # counter-cases: the one side named is no side of the meeting; a noun of other sides after a noun with a side
    # empty is another meeting
    doc = analyze_news(_TEXT)
    met = _event(doc, 1, "التقى", "حيدر العبادي", "يان كوبيش")
    other = _event(doc, 2, "اللقاء", "إبراهيم الجعفري", None, occurrence=1)
    assert same_meetings(doc, [met, other]) == [met, other]
    met = _event(doc, 1, "التقى", "حيدر العبادي", "يان كوبيش")
    aside = _event(doc, 2, "اللقاء", None, "الأمم المتحدة")
    third = _event(doc, 3, "اللقاء", "إبراهيم الجعفري", "يان كوبيش", occurrence=1)
    assert same_meetings(doc, [met, aside, third]) == [met, aside, third]
    assert len(met.triggers) == 1


_TALKS = ("أجرى العاهل الأردني الملك عبد الله الثاني في عمّان أمس مباحثات مع الرئيس الفلسطيني محمود عباس تناولت "
          "مستجدات القضية الفلسطينية. وأكد الرئيس عباس الذي توجه إلى {place} للمشاركة في مؤتمر اقتصادي، أن التنسيق "
          "مع الأردن مستمر.\nوقال مسؤول فلسطيني لـ«الشرق الأوسط»، إن الرئيس عباس طلب خلال اللقاء دعم الأردن لمشروع "
          "القرار في مجلس الأمن.\n")


def test_a_speakers_noun_past_his_visit_to_the_place_of_the_talks_is_the_talks() -> None:
    rows = _meetings(_TALKS.format(place="عمّان"))
    assert ("040", "مباحثات", "عبد الله الثاني", "محمود عباس", ["مباحثات", "اللقاء"]) in rows
    assert [r for r in rows if r[1] == "اللقاء"] == []


def test_past_a_visit_elsewhere_the_noun_stays_apart() -> None:
    # counter-case: the visit goes to another town: the meeting «خلال اللقاء» may be one held there
    rows = _meetings(_TALKS.format(place="القاهرة"))
    assert ("040", "مباحثات", "عبد الله الثاني", "محمود عباس", ["مباحثات"]) in rows
    assert [r[1] for r in rows if r[1] == "اللقاء"] == ["اللقاء"]

"""Round qu620: a source set off by commas between a subject and its verb («هولاند، كما تقول مصادر الإليزيه،
سيلتقي روحاني»): the name before the aside acts, the one after the verb is its target; the quote keeps the whole
clause as its content and gives the two halves around the aside as ``content_parts``. «صرح ... بأن» finds its
speaker as «أن» does."""

from conftest import analyze_news

from rasd.events.said_asides import said_aside_start

HOLLANDE = ("ولا شك أن الرئيس الفرنسي فرنسوا هولاند، كما تقول مصادر الإليزيه، سيلتقي الرئيس الإيراني حسن روحاني "
            "في نيويورك الشهر المقبل.")


def _names(doc):  # type: ignore[no-untyped-def]
    return {e.id: e.name for e in doc.entities}


def _meeting(text: str) -> tuple[str | None, str | None]:
    doc = analyze_news(text)
    names = _names(doc)
    ev = next(e for e in doc.events if e.code == "040")
    return names.get(ev.source), names.get(ev.target)


def test_the_subject_before_a_said_aside_meets_the_one_after_the_verb() -> None:
    assert _meeting(HOLLANDE) == ("فرنسوا هولاند", "حسن روحاني")


def test_a_said_aside_with_qala_and_sawfa() -> None:
    text = ("ولا شك أن الرئيس الفرنسي فرنسوا هولاند، كما قال مسؤول فرنسي، سوف يلتقي الرئيس الإيراني حسن روحاني "
            "في نيويورك.")
    assert _meeting(text) == ("فرنسوا هولاند", "حسن روحاني")


def test_the_quote_keeps_its_speaker_and_gives_the_halves() -> None:
    doc = analyze_news(HOLLANDE)
    q = next(q for q in doc.quotes if doc.text[q.cue.start : q.cue.end] == "تقول")
    d = q.to_dict(doc.text)
    assert d["speaker_text"]["text"] == "مصادر الإليزيه"
    assert _names(doc)[d["speaker_affiliation"]] == "الإليزيه"
    assert d["content"]["text"].startswith("الرئيس الفرنسي فرنسوا هولاند، كما تقول")
    assert [p["text"] for p in d["content_parts"]] == [
        "الرئيس الفرنسي فرنسوا هولاند", "سيلتقي الرئيس الإيراني حسن روحاني في نيويورك الشهر المقبل"]


def test_counter_a_quote_with_no_aside_has_no_parts() -> None:
    doc = analyze_news("وقال المتحدث إن الرئيس الفرنسي فرنسوا هولاند سيلتقي الرئيس الإيراني حسن روحاني في نيويورك.")
    (q,) = doc.quotes
    assert "content_parts" not in q.to_dict(doc.text)


def test_counter_a_sentence_opening_kama_qala_keeps_the_next_cue() -> None:
    doc = analyze_news("كما قال الرئيس الفرنسي فرنسوا هولاند في خطابه الأخير، وأكد وزير الخارجية أن باريس ستستقبل "
                       "الرئيس الإيراني حسن روحاني.")
    names = _names(doc)
    (q,) = doc.quotes
    d = q.to_dict(doc.text)
    assert (d["cue"]["text"], d["speaker_text"]["text"]) == ("وأكد", "وزير الخارجية")
    assert d["content"]["text"] == "باريس ستستقبل الرئيس الإيراني حسن روحاني"
    assert "content_parts" not in d
    ev = next(e for e in doc.events if e.code == "043")
    assert (names.get(ev.source), names.get(ev.target)) == ("باريس", "حسن روحاني")


def test_counter_kama_with_no_verb_of_saying_is_no_said_aside() -> None:
    for aside in ("كما في كل عام", "كما يبدو للمراقبين", "كما قالها الرئيس"):
        doc = analyze_news(f"ولا شك أن الرئيس الفرنسي فرنسوا هولاند، {aside}، سيلتقي الرئيس الإيراني حسن روحاني.")
        v = next(k for k, t in enumerate(doc.tokens) if t.text == "سيلتقي")
        assert said_aside_start(doc, v, 0) == v, aside
    doc = analyze_news(HOLLANDE)
    v = next(k for k, t in enumerate(doc.tokens) if t.text == "سيلتقي")
    assert doc.tokens[said_aside_start(doc, v, 0)].text == "،" and doc.tokens[said_aside_start(doc, v, 0) - 1].text == "هولاند"


def test_sarraha_bi_anna_finds_its_speaker_as_anna_does() -> None:
    for that in ("بأن", "أن"):
        doc = analyze_news(f"وصرح المتحدث الرسمي باسم وزارة النقل {that} القطار سينطلق الأسبوع المقبل.")
        names = _names(doc)
        (q,) = doc.quotes
        d = q.to_dict(doc.text)
        assert names[d["speaker"]] == "وزارة النقل", that  # round qu872: the ministry speaks through him
        assert "speaker_text" not in d, that
        assert d["content"]["text"] == "القطار سينطلق الأسبوع المقبل", that
        ev = next(e for e in doc.events if e.code == "010")
        assert names.get(ev.source) == "وزارة النقل", that

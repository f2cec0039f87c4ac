"""Round qu894: a relay cue («نقلت الصحيفة/الوكالة عن ...») whose «عن» is followed by an unnamed source of a named
body («عن مصادر في الحكومة اليمنية», «عن مسؤول كبير في وزارة الدفاع الأميركية») quotes the source, not the body:
speaker none, the source's phrase as ``speaker_text`` and the body as its affiliation — as «وقالت مصادر في الحكومة
اليمنية» has it. A person named after «عن» («عن المتحدث باسم الحكومة فلان») stays the speaker."""

from conftest import analyze_news, news_quote_rows


def _rows(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(cue, speaker name, speaker_text, affiliation name) of each quote."""
    doc = analyze_news(text)
    out = []
    for q in doc.quotes:
        given = q.attrs.get("speaker_text")
        body = q.attrs.get("affiliation")
        ent = doc.entity(q.speaker) if q.speaker else None
        aff = doc.entity(body) if isinstance(body, str) else None
        out.append((doc.text[q.cue.start : q.cue.end], ent.name if ent else None,
                    doc.text[given.start : given.end] if given is not None else None, aff.name if aff else None))
    return out


def test_sources_in_a_government_after_a_relay_are_the_speakers() -> None:
    rows = _rows("ونقلت صحيفة محلية عن مصادر في الحكومة اليمنية أن الوفد الحكومي سيغادر إلى جنيف بعد غد.")
    assert rows == [("ونقلت", None, "مصادر في الحكومة اليمنية", "الحكومة اليمنية")]


def test_a_relay_with_a_dropped_subject_quotes_the_sources_too() -> None:
    rows = _rows("ونقلت عن مصادر في الحكومة اليمنية أن المشاورات ستستأنف في الكويت مطلع الشهر المقبل.")
    assert rows == [("ونقلت", None, "مصادر في الحكومة اليمنية", "الحكومة اليمنية")]


def test_a_senior_official_in_a_ministry_speaks_with_his_ministry_as_affiliation() -> None:
    rows = _rows("ونقلت وكالة رويترز عن مسؤول كبير في وزارة الدفاع الأميركية قوله إن الغارات الجوية ستتواصل حتى "
                 "نهاية الشهر.")
    assert rows == [("ونقلت", None, "مسؤول كبير في وزارة الدفاع الأميركية", "وزارة الدفاع الأميركية")]


def test_the_relay_reads_as_the_said_form_does() -> None:
    relayed = _rows("ونقلت الوكالة عن مسؤول في وزارة الخارجية الأميركية أن واشنطن سترسل مبعوثا إلى المنطقة.")
    said = _rows("وقال مسؤول في وزارة الخارجية الأميركية إن واشنطن سترسل مبعوثا إلى المنطقة.")
    assert relayed[0][1:] == said[0][1:] == (None, "مسؤول في وزارة الخارجية الأميركية", "وزارة الخارجية الأميركية")


def test_a_named_spokesman_after_the_relay_stays_the_speaker() -> None:
    rows = news_quote_rows("ونقلت الوكالة عن المتحدث باسم الحكومة اليمنية راجح بادي قوله إن الوفد سيغادر إلى جنيف غدا.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("ونقلت", "راجح بادي", None)]


def test_a_named_minister_after_the_relay_stays_the_speaker() -> None:
    rows = news_quote_rows("ونقل التلفزيون الرسمي عن وزير الخارجية وليد المعلم قوله إن دمشق ترحب بأي جهد لمكافحة "
                           "الإرهاب.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("ونقل", "وليد المعلم", None)]


def test_an_adviser_named_after_his_title_stays_the_speaker() -> None:
    rows = news_quote_rows("ونقلت الوكالة عن مستشار المرشد الإيراني للشؤون الدولية علي أكبر ولايتي قوله إن طهران "
                           "لن تسمح بتفتيش مواقعها العسكرية.")
    assert [(r[0], r[1], r[2]) for r in rows] == [("ونقلت", "علي أكبر ولايتي", None)]


def test_sources_close_to_a_leader_are_not_the_leader() -> None:
    rows = _rows("ونقلت الصحيفة عن مصادر مقربة من الرئيس اليمني عبد ربه منصور هادي أن الوفد سيغادر إلى جنيف غدا.")
    assert rows[0][:3] == ("ونقلت", None, "مصادر مقربة")


def test_a_chained_verb_of_a_named_body_keeps_its_subject() -> None:
    rows = news_quote_rows("أعلنت منظمة هيومن رايتس ووتش أمس عن تحقيق جديد في السجون، ثم بثت شريطا مصورا توضح فيه أن "
                           "المعتقلين يتعرضون لسوء المعاملة.")
    assert [(r[0], r[1]) for r in rows] == [("توضح", "منظمة هيومن رايتس ووتش")]


def test_an_added_statement_in_the_same_sentence_keeps_the_minister() -> None:
    rows = news_quote_rows("وقال وزير الخارجية الفرنسي لوران فابيوس في مؤتمر صحافي بباريس إن بلاده تدعم الحل "
                           "السياسي، وأضاف أن الحوار هو الطريق الوحيد لإنهاء الأزمة.")
    assert [(r[0], r[1]) for r in rows] == [("وقال", "لوران فابيوس"), ("وأضاف", "لوران فابيوس")]

"""Round qu844: an «according to» source («وفقا لـ/بحسب X») inside the clause it attributes is the attribution,
not content: the quote keeps its whole clause and gives the two halves around the source as ``content_parts``.
«أضاف X إلى محفظته/رصيده» adds to a portfolio: no speech cue; «وأضاف أن ...» and «وأضاف إلى ذلك أن ...» stay
quotes."""

from conftest import analyze_news


def _quotes(text: str) -> list[tuple[str, str, list[str]]]:
    doc = analyze_news(text)
    out = []
    for q in doc.quotes:
        d = q.to_dict(doc.text)
        out.append((d["cue"]["text"], d["content"]["text"], [p["text"] for p in d.get("content_parts", [])]))
    return out


def test_a_source_between_subject_and_object_is_left_out_of_the_parts() -> None:
    text = ("وأضاف قطاع الفنادق وفقا لتقرير لمصرف أبوظبي الإسلامي إلى محفظته أكثر من 900 غرفة فندقية جديدة "
            "خلال العام الماضي.")
    [(cue, content, parts)] = _quotes(text)
    assert cue == "وفقا"
    assert content.startswith("وأضاف قطاع الفنادق وفقا لتقرير")
    assert parts == ["وأضاف قطاع الفنادق", "إلى محفظته أكثر من 900 غرفة فندقية جديدة خلال العام الماضي"]


def test_a_source_set_off_by_dashes() -> None:
    text = "يبلغ عدد المدارس الأهلية في المحافظة - بحسب مصادر في وزارة التعليم - نحو 40 مدرسة."
    [(cue, content, parts)] = _quotes(text)
    assert cue == "بحسب"
    assert parts == ["يبلغ عدد المدارس الأهلية في المحافظة", "نحو 40 مدرسة"]


def test_a_source_set_off_by_commas() -> None:
    text = "أما الهدف الثاني من الزيارة، بحسب المتحدث باسم الوزارة، فهو توقيع اتفاقيات للتعاون في مجال الطاقة."
    [(cue, content, parts)] = _quotes(text)
    assert cue == "بحسب"
    assert content == text[:-1]
    assert parts == ["أما الهدف الثاني من الزيارة", "فهو توقيع اتفاقيات للتعاون في مجال الطاقة"]


def test_a_content_after_the_source_gives_no_parts() -> None:
    text = "ومن أهم أهداف الزيارة، بحسب المتحدث باسم الوزارة، هو توقيع اتفاقيات للتعاون في مجال الطاقة."
    [(cue, content, parts)] = _quotes(text)
    assert (cue, content, parts) == ("بحسب", "هو توقيع اتفاقيات للتعاون في مجال الطاقة", [])


def test_a_source_at_the_end_gives_no_parts() -> None:
    text = "ارتفع عدد السياح القادمين إلى المدينة إلى مليوني سائح خلال العام الماضي، وفقا لوزارة السياحة."
    quotes = _quotes(text)
    assert [q[0] for q in quotes] == ["وفقا"]
    assert quotes[0][2] == []


def test_adding_to_a_portfolio_is_no_speech() -> None:
    assert _quotes("وأضاف قطاع الضيافة إلى محفظته أكثر من 1200 غرفة فندقية جديدة خلال الربع الثاني.") == []
    assert _quotes("وأضافت الشركة إلى رصيدها ثلاث طائرات جديدة هذا العام.") == []


def test_added_that_stays_a_quote() -> None:
    [(cue, content, parts)] = _quotes("وأضاف الوزير أن الوزارة ستواصل دعم المشاريع الصغيرة.")
    assert (cue, content, parts) == ("وأضاف", "الوزارة ستواصل دعم المشاريع الصغيرة", [])


def test_added_to_that_is_a_connector_and_stays_a_quote() -> None:
    [(cue, content, _parts)] = _quotes("وقال الوزير إن الحكومة تدرس الملف. وأضاف إلى ذلك أن الحكومة ستعلن خطة جديدة.")[1:]
    assert (cue, content) == ("وأضاف", "الحكومة ستعلن خطة جديدة")
